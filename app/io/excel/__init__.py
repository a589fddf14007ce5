"""Excel workbooks both ways (openpyxl, no Qt).

- `export_workbook`: a project as one workbook, a sheet per module, ready to read
  and to edit (app/io/excel/writer.py).
- `plan_workbook_import`: an edited workbook compared with the project, as a preview
  (per sheet, per row, per field old -> new) and one undoable command
  (app/io/excel/plan.py).
- `import_workbook`: `planwright import IN.xlsx -o FILE.pwp`.
- Foreign task sheets (any spreadsheet or CSV with a task list): app/io/excel/foreign.py.
"""

from __future__ import annotations

from pathlib import Path

from app.core.progress import Progress
from app.io.excel.content import load_content
from app.io.excel.writer import write_workbook
from app.models.document import Document

_READING = "Reading the project"


def export_workbook(source: Document | Path, target: Path, *,
                    include_confidential: bool = False,
                    progress: Progress | None = None) -> None:
    """Write the project (an open Document or a .pwp path) to `target` (.xlsx)."""
    progress = progress or Progress()
    document = source if isinstance(source, Document) else Document.open(source,
                                                                         read_only=True)
    try:
        with document.reader() as session:
            content = load_content(session, include_confidential)
    finally:
        if document is not source:
            document.close()
    write_workbook(content, Path(target), progress)
