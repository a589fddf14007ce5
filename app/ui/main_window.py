"""The main window: assembles pages, menus, the undo stack and the open document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands import Changes
from app.models.document import Document
from app.ui import project_edits
from app.ui.actions import ActionSpec, build_actions, retranslate_actions
from app.ui.document_port import DocumentPort
from app.ui.excel_exchange import ExcelExchange
from app.ui.exchange import Exchange
from app.ui.files import Files
from app.ui.gantt.controller import GanttController
from app.ui.icons import app_icon, icon
from app.ui.messages import show_error
from app.ui.report_export import ReportExport
from app.ui.settings import Settings
from app.ui.start_pane import StartPane
from app.ui.status_date import StatusDateBox
from app.ui.translations import Translations
from app.ui.undo import retranslate_stack
from app.views.base import Page
from app.views.dashboard.page import DashboardPage
from app.views.gantt.page import GanttPage
from app.views.raci.page import RaciPage
from app.views.risks.page import RisksPage
from app.views.stakeholders.page import StakeholdersPage

LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"))


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, translations: Translations) -> None:
        super().__init__()
        self.settings, self.translations = settings, translations
        self.port: DocumentPort | None = None
        self.files = Files(self)
        self.exchange = Exchange(self)
        self.report = ReportExport(self)
        self.excel = ExcelExchange(self)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.pages: list[Page] = [GanttPage(), StakeholdersPage(), RisksPage(), RaciPage(),
                                  DashboardPage()]
        self.gantt = GanttController(self.pages[0], self)
        self.pages[4].drill_requested.connect(self._drill)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_undo_dock()
        self.retranslate()
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._show_start()

    # -- assembly --------------------------------------------------------------------

    def _build_central(self) -> None:
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(170)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.page_stack = QStackedWidget()
        for page in self.pages:
            self.nav.addItem(QListWidgetItem(icon(page.icon_name), ""))
            self.page_stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.page_stack.setCurrentIndex)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.page_stack, 1)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.start = StartPane()
        self.start.new_requested.connect(self.files.new)
        self.start.open_requested.connect(self.files.open)
        self.start.sample_requested.connect(self.files.open_sample)
        self.start.recent_requested.connect(self.open_path)
        self.central = QStackedWidget()
        self.central.addWidget(self.start)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

    def _build_actions(self) -> None:
        f = self.files
        self.specs = [
            ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&New\u2026"), f.new, QKeySequence.StandardKey.New, "new"),
            ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Open\u2026"), f.open, QKeySequence.StandardKey.Open, "open"),
            ActionSpec("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As\u2026"), f.save_as,
                       QKeySequence.StandardKey.SaveAs, "save-as"),
            ActionSpec("close", QT_TRANSLATE_NOOP("MainWindow", "&Close"), self.close_document,
                       QKeySequence.StandardKey.Close),
            ActionSpec("sample", QT_TRANSLATE_NOOP("MainWindow", "Open &Sample Project"), f.open_sample),
            ActionSpec("import_mspdi", QT_TRANSLATE_NOOP("MainWindow", "Microsoft &Project XML\u2026"),
                       self.exchange.import_mspdi),
            ActionSpec("export_mspdi", QT_TRANSLATE_NOOP("MainWindow", "Microsoft &Project XML\u2026"),
                       self.exchange.export_mspdi),
            ActionSpec("import_excel", QT_TRANSLATE_NOOP("MainWindow", "Excel &Workbook…"),
                       self.excel.import_workbook),
            ActionSpec("export_excel", QT_TRANSLATE_NOOP("MainWindow", "Excel &Workbook…"),
                       self.excel.export_workbook),
            ActionSpec("import_tasks", QT_TRANSLATE_NOOP("MainWindow", "&Task List from a Spreadsheet…"),
                       self.excel.import_task_list),
            ActionSpec("export_pdf", QT_TRANSLATE_NOOP("MainWindow", "PDF Status &Report\u2026"),
                       self.report.export_pdf),
            ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, "Ctrl+Q"),
            ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), self.undo, QKeySequence.StandardKey.Undo,
                       "undo"),
            ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), self.redo, QKeySequence.StandardKey.Redo,
                       "redo"),
            ActionSpec("properties", QT_TRANSLATE_NOOP("MainWindow", "Project &Properties\u2026"),
                       lambda: project_edits.edit_properties(self), "Alt+Return", "properties"),
            ActionSpec("calendar", QT_TRANSLATE_NOOP("MainWindow", "Working &Calendar\u2026"),
                       lambda: project_edits.edit_calendar(self), None, "calendar"),
            ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About Planwright"), self.about),
        ]
        page_texts = (QT_TRANSLATE_NOOP("MainWindow", "&Gantt"), QT_TRANSLATE_NOOP("MainWindow", "&Stakeholders"),
                      QT_TRANSLATE_NOOP("MainWindow", "&Risks"), QT_TRANSLATE_NOOP("MainWindow", "RA&CI"),
                      QT_TRANSLATE_NOOP("MainWindow", "&Dashboard"))
        for i, (page, text) in enumerate(zip(self.pages, page_texts, strict=True)):
            self.specs.append(ActionSpec(f"page{i + 1}", text, lambda i=i: self.show_page(i),
                                         f"Ctrl+{i + 1}", page.icon_name))
        self.actions_ = build_actions(self, self.specs)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_menu = QMenu(self)
        self.import_menu.addAction(a["import_mspdi"])
        self.import_menu.addAction(a["import_excel"])
        self.import_menu.addAction(a["import_tasks"])
        self.export_menu = QMenu(self)
        self.export_menu.addAction(a["export_mspdi"])
        self.export_menu.addAction(a["export_excel"])
        self.export_menu.addAction(a["export_pdf"])
        for item in ("new", "open", self.recent_menu, "sample", None, "save_as",
                     self.import_menu, self.export_menu, None, "close", None, "quit"):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(a[item])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([a["undo"], a["redo"]])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a[f"page{i + 1}"] for i in range(len(self.pages))])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:  # each language named in itself, never translated
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_menu.addAction(action)
        self.project_menu = bar.addMenu("")
        self.project_menu.addActions([a["properties"], a["calendar"]])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        for key in ("new", "open", "save_as", None, "undo", "redo", None, "properties",
                    "calendar"):
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions_[key])
        self.status_date = StatusDateBox(self.toolbar)
        self.toolbar.addWidget(self.status_date)

    def _build_undo_dock(self) -> None:
        self.undo_view = QUndoView()
        self.undo_dock = QDockWidget(self)
        self.undo_dock.setObjectName("undo_history")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        toggle = self.undo_dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+H"))
        toggle.setIcon(icon("history"))
        self.view_menu.insertAction(self.language_menu.menuAction(), toggle)
        self.view_menu.insertAction(toggle, self.toolbar.toggleViewAction())

    # -- language --------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.translations.set_language(code)
        self.settings.language = code

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        retranslate_actions(self.actions_, self.specs)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.project_menu.setTitle(self.tr("&Project"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.undo_dock.setWindowTitle(self.tr("Undo History"))
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        for i, page in enumerate(self.pages):
            self.nav.item(i).setText(page.title())
            self.nav.item(i).setToolTip(f"{page.title()} (Ctrl+{i + 1})")
        if self.port:
            retranslate_stack(self.port.stack)
        self._update_undo_actions()
        self._update_title()
        self._update_banner()

    # -- the document ----------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        path = Path(path)
        if self.port and self.port.document.path == path.absolute():
            return True
        try:
            document = Document.open(path)
        except UserError as error:
            show_error(self, error, self.tr("Cannot open the project"))
            if not path.exists():
                self.settings.remove_recent(path.absolute())
                self.start.set_recent(self.settings.recent_files())
            return False
        self.close_document()
        self.set_document(document)
        return True

    def set_document(self, document: Document) -> None:
        self.port = DocumentPort(document, self.show_user_error, self)
        self.port.changed.connect(self._on_changed)
        self.port.stack.indexChanged.connect(self._update_undo_actions)
        self.undo_view.setStack(self.port.stack)
        self.settings.add_recent(document.path)
        for page in self.pages:
            page.set_port(self.port)
        self.status_date.set_port(self.port)
        self.central.setCurrentIndex(1)
        if self.nav.currentRow() < 0:
            page = self.settings.value("window/page", 0)
            index = int(page) if str(page).isdigit() else 0
            self.nav.setCurrentRow(min(index, len(self.pages) - 1))
        self.nav.setFocus()
        self._enable_document_actions(True)
        self.retranslate()

    def document_replaced(self) -> None:
        self.settings.add_recent(self.port.document.path)
        self.retranslate()

    def close_document(self) -> None:
        if self.port is None:
            return
        port, self.port = self.port, None
        self.undo_view.setStack(None)
        for page in self.pages:
            page.set_port(None)
        self.status_date.set_port(None)
        port.close()
        port.deleteLater()
        self._show_start()

    def _show_start(self) -> None:
        self.start.set_recent(self.settings.recent_files())
        self.central.setCurrentIndex(0)
        self._enable_document_actions(False)
        self.retranslate()

    def _enable_document_actions(self, on: bool) -> None:
        for key in ("save_as", "close", "properties", "calendar", "export_mspdi", "export_excel",
                    "export_pdf", "import_tasks",
                    *(f"page{i + 1}" for i in range(len(self.pages)))):
            self.actions_[key].setEnabled(on)
        self._update_undo_actions()

    def _on_changed(self, flags: int) -> None:
        changes = Changes(flags)
        for page in self.pages:
            page.changed(changes)
        if changes & Changes.PROJECT:
            self._update_title()

    def _update_title(self) -> None:
        if self.port is None:
            self.setWindowTitle("Planwright")
            return
        doc = self.port.document
        read_only = self.tr("read-only")
        suffix = f" [{read_only}]" if doc.read_only else ""
        self.setWindowTitle(f"{doc.project().name} \u2014 {doc.path.name}{suffix} \u2014 Planwright")
        self.setWindowFilePath(str(doc.path))

    def _update_banner(self) -> None:
        doc = self.port.document if self.port else None
        if doc is None or not doc.read_only:
            self.banner.hide()
            return
        self.banner.setText(self.tr("Read-only: {reason} Changes cannot be made; use File \u2192 "
                                    "Save As to make an editable copy.").format(
            reason=doc.read_only_reason()))
        self.banner.show()

    def show_page(self, index: int) -> None:
        """Switch pages from the keyboard: focus goes into the page, so its own keys
        (Insert, Delete, letters...) work at once."""
        if self.port:
            self.nav.setCurrentRow(index)
            self.pages[index].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _drill(self, drill) -> None:
        """A dashboard tile: show the page that explains it, then filter it."""
        for i, page in enumerate(self.pages):
            if isinstance(page, drill.page):
                self.show_page(i)
                drill.apply(page)
                page.setFocus()
                return

    # -- undo ------------------------------------------------------------------------

    def undo(self) -> None:
        if self.port:
            self.port.stack.undo()

    def redo(self) -> None:
        if self.port:
            self.port.stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.port.stack if self.port else None
        for key, can, text, label in (
                ("undo", stack and stack.canUndo(), stack and stack.undoText(),
                 self.tr("&Undo {action}")),
                ("redo", stack and stack.canRedo(), stack and stack.redoText(),
                 self.tr("&Redo {action}"))):
            action = self.actions_[key]
            action.setEnabled(bool(can))
            if can:
                action.setText(label.format(action=text))

    def show_user_error(self, error: UserError) -> None:
        show_error(self, error)

    # -- window manners --------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for n, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{n % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"), self._clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start.set_recent([])

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Planwright"), self.tr(
            "<b>Planwright {version}</b><p>Offline project planning: schedule, stakeholders, "
            "risks and responsibilities in one file.</p>").format(version=__version__))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if _dropped_project(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = _dropped_project(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.set_value("window/page", max(0, self.nav.currentRow()))
        self.close_document()
        self.settings.sync()
        super().closeEvent(event)
        QApplication.instance().quit()


def _dropped_project(mime) -> Path | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pwp"):
            return Path(url.toLocalFile())
    return None
