"""What goes into the packaged application and what stays out (read by planwright.spec).

PyInstaller follows imports, so openpyxl (Excel), reportlab (PDF) and pyqtgraph
(dashboard) are collected as soon as the app imports them. This module adds what
it cannot see (modules named in strings, files read from disk) and removes what
the app never uses, without breaking those three:

- pyqtgraph imports PySide6.QtOpenGL and QtOpenGLWidgets with importlib at module
  level (PlotCurveItem, OpenGLHelpers), so both are added when pyqtgraph is there;
  it needs numpy; QtSvg (SVG export) and QtTest are optional to it.
- reportlab imports Pillow at module level (reportlab.lib.utils), so Pillow stays;
  its Qt and Tk adapters (PIL.ImageQt, PIL.ImageTk) go.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
NAME = "Planwright"
EXE = "planwright"
ICONS = Path(__file__).resolve().parent / "icons"

# Never imported by the running app: test tools, the MSPDI test oracle (Java),
# build tools, GUI toolkits and Qt bindings we do not use. Mako (through Alembic)
# would pull in Pygments for coloured error pages, and Pygments Pillow and numpy.
_EXCLUDES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "pytest_timeout", "hypothesis", "ruff",
    "mpxj", "jpype", "_jpype",
    "pip", "setuptools", "pkg_resources", "wheel", "PyInstaller",
    "PyQt5", "PyQt6", "PySide2", "sip",
    # Planwright never uses the network; without these OpenSSL (5 MB) stays out and
    # hashlib uses Python's own md5/sha implementations.
    "ssl", "_ssl", "_hashlib",
    "IPython", "matplotlib", "scipy", "pandas", "pygments", "mako.ext.pygmentplugin",
    "numpy.f2py", "numpy.distutils", "numpy.testing._private.extbuild",
    "PIL.ImageQt", "PIL.ImageTk", "PIL.ImageShow",
    "pyqtgraph.examples", "pyqtgraph.opengl", "pyqtgraph.jupyter",
    # Pillow's AVIF and WebP codecs (6 MB of libraries); reportlab reads PNG and JPEG.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    # Qt modules in PySide6-Essentials that nothing here uses.
    *(f"PySide6.{m}" for m in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
        "QtSql", "QtXml", "QtDesigner", "QtUiTools", "QtHelp", "QtDBus", "QtConcurrent",
        "QtPrintSupport", "QtTest")),
]

# Qt plugins and translations the PySide6 hooks collect but the app never loads.
_DROP = [
    r"PySide6/Qt/plugins/platforms/lib(qeglfs|qlinuxfb|qvnc|qminimalegl)\.",
    r"PySide6/Qt/plugins/egldeviceintegrations/",
    # evdev and TUIO input are for framebuffer devices; TUIO drags in QtNetwork and Kerberos.
    r"PySide6/Qt/plugins/generic/",
    # The GTK theme would load the user's GTK against the cairo and pango collected here,
    # which breaks when they differ; Qt's own style and the portal theme stay.
    r"PySide6/Qt/plugins/platformthemes/libqgtk3\.",
    r"PySide6/Qt/plugins/(sqldrivers|qmltooling|networkinformation|tls|designer)/",
    r"PySide6/(qml|Qt/qml)/",
    r"PIL/.*ImageQt",
]
# Of Qt's own translations keep Simplified Chinese only (English is built in).
_QT_TRANSLATION = re.compile(r"PySide6/(Qt/)?translations/(\w+?)_([a-zA-Z_]+)\.qm$")


def excludes() -> list[str]:
    # numpy is optional to Pillow and openpyxl; only pyqtgraph needs it.
    return _EXCLUDES + ([] if uses("pyqtgraph") else ["numpy"])


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    dest = dest.replace("\\", "/")
    if any(re.search(pattern, dest) for pattern in _DROP):
        return False
    match = _QT_TRANSLATION.search(dest)
    return not match or match.group(3) == "zh_CN"


def prune(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop what `keep` rejects, then (Linux) the libraries only dropped files needed."""
    kept = [entry for entry in binaries if keep(entry[0])]
    if not sys.platform.startswith("linux"):
        return kept
    from PyInstaller.depend.bindepend import get_imports

    def plain_library(dest: str) -> bool:
        parent = str(PurePosixPath(dest).parent)
        return (parent in (".", "PySide6/Qt/lib") or parent.endswith(".libs")) \
            and not PurePosixPath(dest).name.startswith("libpython")

    needed: set[str] = set()
    for dest, src, _ in kept:
        if not plain_library(dest):  # ldd lists the whole closure, not only direct needs
            needed |= {PurePosixPath(name).name for name, _ in get_imports(src)}
    return [entry for entry in kept
            if not plain_library(entry[0]) or PurePosixPath(entry[0]).name in needed]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def uses(package: str) -> bool:
    """Whether the app imports `package` (and it is installed to be collected)."""
    pattern = re.compile(rf"^\s*(import|from)\s+{package}\b", re.MULTILINE)
    return importlib.util.find_spec(package) is not None and any(
        pattern.search(path.read_text("utf-8")) for path in (ROOT / "app").rglob("*.py"))


def hidden_imports() -> list[str]:
    """Modules the app imports by name at run time, which PyInstaller cannot see."""
    from PyInstaller.utils.hooks import collect_submodules

    sys.path.insert(0, str(ROOT))
    from app.cli import SUBCOMMANDS
    from app.subcommands.export import EXPORTERS

    names = [*SUBCOMMANDS.values(), *(spec.partition(":")[0] for spec in EXPORTERS.values())]
    names += collect_submodules("app.subcommands")
    # holidays loads each country's module by name; sqlite is SQLAlchemy's only dialect here.
    names += collect_submodules("holidays.countries") + collect_submodules("holidays.financial")
    names += ["sqlalchemy.dialects.sqlite", "alembic.runtime.migration", "alembic.ddl.sqlite"]
    if uses("pyqtgraph"):
        names += ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"]
    return sorted(set(names))


def datas() -> list[tuple[str, str]]:
    """Files read from disk: our resources, Alembic's migration scripts, catalogues."""
    from PyInstaller.utils.hooks import collect_data_files

    found = [(str(ROOT / "resources"), "resources"),
             # Alembic reads the migration scripts as files, not as frozen modules.
             (str(ROOT / "app" / "models" / "migrations"), "app/models/migrations")]
    # holidays' names in the two languages the app asks for (en_US, zh_CN).
    found += collect_data_files("holidays", includes=["locale/en_US/**/*.mo",
                                                      "locale/zh_CN/**/*.mo"])
    if uses("reportlab"):
        found += collect_data_files("reportlab", includes=["fonts/*"])
    return found
