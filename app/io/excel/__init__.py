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

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.progress import Progress
from app.io.excel.content import load_content
from app.io.excel.writer import write_workbook
from app.models.document import Document


def export_workbook(source: Document | Path, target: Path, *,
                    include_confidential: bool = False,
                    progress: Progress | None = None) -> None:
    """Write the project (an open Document or a .pwp path) to `target` (.xlsx)."""
    progress = progress or Progress()
    document = source if isinstance(source, Document) else Document.open(source,
                                                                         read_only=True)
    with few_collections():
        try:
            with document.reader() as session:
                content = load_content(session, include_confidential)
        finally:
            if document is not source:
                document.close()
        write_workbook(content, Path(target), progress)


@contextmanager
def few_collections() -> Iterator[None]:
    """No cyclic garbage collection while a workbook is written or read: the work makes
    a million small objects without cycles, and the collector would walk the growing
    heap again and again (a third of an import's time). Collected once at the end."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def plan_workbook_import(document: Document, source: Path,
                         progress: Progress | None = None):
    """Read `source` and compare it with the open project: an ImportPlan whose command
    the caller executes (through the undo stack in the GUI)."""
    from app.io.excel.plan import plan_workbook_import as plan
    from app.io.excel.reader import read_workbook

    progress = progress or Progress()
    with few_collections():
        data = read_workbook(Path(source), progress)
        with document.reader() as session:
            return plan(session, data, progress)


def import_workbook(source: Path, target: Path, *, language: str = "en",
                    overwrite: bool = False, progress: Progress | None = None):
    """`planwright import IN.xlsx -o FILE.pwp`: a new project holding the workbook.

    Built beside `target` and moved into place only when complete, so a bad workbook
    leaves no file behind (and an existing one, with --force, untouched). Nobody
    previews this import: the plan returned counts its rows but holds no per-field
    values of the rows added.
    """
    from app.io.excel.plan import plan_workbook_import as plan
    from app.io.excel.reader import read_workbook

    progress = progress or Progress()
    target = _free_target(target, overwrite)
    with few_collections():
        data = read_workbook(Path(source), progress)
        return _new_project(target, _project_name(data) or Path(source).stem, language,
                            lambda session: plan(session, data, progress, details=False),
                            progress)


def _project_name(data) -> str:
    from app.io.excel import schema
    from app.io.excel.cells import cell_text

    sheet = data.sheets.get(schema.SUMMARY)
    for row in sheet.rows if sheet else ():
        if cell_text(row.values.get("id")) == "name":
            return " ".join(cell_text(row.values.get("value")).split())[:200]
    return ""


def import_task_list(source: Path, target: Path, *, language: str = "en",
                     overwrite: bool = False, progress: Progress | None = None):
    """`planwright import tasks.xlsx|tasks.csv -o FILE.pwp` for a list Planwright did not
    write: the first sheet with a task list, columns mapped from their names."""
    from app.io.excel.foreign import plan_foreign
    from app.io.excel.foreign_read import auto_mapping, read_tables

    progress = progress or Progress()
    target = _free_target(target, overwrite)
    tables = read_tables(Path(source))
    table = next((t for t in tables if auto_mapping(t)["name"] is not None), tables[0])
    return _new_project(target, Path(source).stem, language,
                        lambda session: plan_foreign(session, table, auto_mapping(table)),
                        progress)


def _free_target(target: Path, overwrite: bool) -> Path:
    from app.models.document import EXISTS, DocumentError

    target = Path(target).absolute()
    if target.exists() and not overwrite:
        raise DocumentError("exists", EXISTS, path=str(target))
    return target


def _new_project(target: Path, name: str, language: str, plan, progress: Progress):
    """Create a project beside `target`, apply what `plan(session)` gives, and move it
    into place only when that worked (refused problems leave no file)."""
    import os

    building = target.with_name(target.name + ".import")
    building.unlink(missing_ok=True)
    document = Document.create(building, name=name, language=language)
    try:
        with document.reader() as session:
            result = plan(session)
        if result.problems:
            raise result.error()
        if result.command is not None:
            document.editor.plans = None  # one edit, then closed: no plan to keep
            document.editor.apply(result.command)
    except BaseException:
        document.close()
        building.unlink(missing_ok=True)
        raise
    document.close()
    os.replace(building, target)
    progress.report(1.0)
    return result
