"""Microsoft Project XML (MSPDI) exchange: import as a new project, export (no Qt).

`import_mspdi` reads an untrusted file with defusedxml, checks every value it keeps
and reports what Planwright does not model; `export_mspdi` writes a file Microsoft
Project, ProjectLibre and GanttProject open, elements in the schema's order.
"""

from app.io.mspdi.importer import ImportReport, import_mspdi
from app.io.mspdi.unsupported import ImportWarning
from app.io.mspdi.writer import export_mspdi

__all__ = ["ImportReport", "ImportWarning", "export_mspdi", "import_mspdi"]
