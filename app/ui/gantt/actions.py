"""The Gantt page's actions: declared once with text, shortcut, icon and handler.

Shortcuts belong to the page (Qt.WidgetWithChildrenShortcut) so that other pages
can use the same keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.gantt.controller import GanttController


@dataclass(frozen=True)
class Spec:
    id: str
    text: str  # context "GanttActions"
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    checkable: bool = False


SPECS = (
    Spec("task_info", QT_TRANSLATE_NOOP("GanttActions", "Task &Information\u2026"),
         ("Shift+F2",), "task-info"),
    Spec("insert", QT_TRANSLATE_NOOP("GanttActions", "&Insert Task"), ("Ins",), "task-insert"),
    Spec("insert_below", QT_TRANSLATE_NOOP("GanttActions", "Insert Task &Below"),
         ("Ctrl+Return", "Ctrl+Enter")),
    Spec("delete", QT_TRANSLATE_NOOP("GanttActions", "&Delete Task"), ("Del",), "task-delete"),
    Spec("outdent", QT_TRANSLATE_NOOP("GanttActions", "&Outdent"), ("Alt+Shift+Left",),
         "outdent"),
    Spec("indent", QT_TRANSLATE_NOOP("GanttActions", "I&ndent"), ("Alt+Shift+Right",),
         "indent"),
    Spec("move_up", QT_TRANSLATE_NOOP("GanttActions", "Move &Up"), ("Alt+Shift+Up",),
         "move-up"),
    Spec("move_down", QT_TRANSLATE_NOOP("GanttActions", "Move Do&wn"), ("Alt+Shift+Down",),
         "move-down"),
    Spec("link", QT_TRANSLATE_NOOP("GanttActions", "&Link Tasks"), ("Ctrl+F2",), "link"),
    Spec("unlink", QT_TRANSLATE_NOOP("GanttActions", "Unlin&k Tasks"), ("Ctrl+Shift+F2",),
         "unlink"),
    Spec("copy", QT_TRANSLATE_NOOP("GanttActions", "&Copy Rows"), ("Ctrl+C",)),
    Spec("paste", QT_TRANSLATE_NOOP("GanttActions", "&Paste Rows"), ("Ctrl+V",)),
    Spec("find", QT_TRANSLATE_NOOP("GanttActions", "&Find\u2026"), ("Ctrl+F",)),
    Spec("expand", QT_TRANSLATE_NOOP("GanttActions", "&Show Subtasks"),
         ("Alt+Shift+=", "Alt+Shift++")),
    Spec("collapse", QT_TRANSLATE_NOOP("GanttActions", "&Hide Subtasks"), ("Alt+Shift+-",)),
    Spec("zoom_in", QT_TRANSLATE_NOOP("GanttActions", "Zoom &In"), ("Ctrl+=", "Ctrl++"),
         "zoom-in"),
    Spec("zoom_out", QT_TRANSLATE_NOOP("GanttActions", "Zoom &Out"), ("Ctrl+-",), "zoom-out"),
    Spec("zoom_fit", QT_TRANSLATE_NOOP("GanttActions", "Zoom to &Fit"), ("Ctrl+Shift+0",),
         "zoom-fit"),
    Spec("scroll_to", QT_TRANSLATE_NOOP("GanttActions", "Scroll to &Task"), ("Ctrl+Shift+F5",),
         "scroll-to-task"),
    Spec("critical", QT_TRANSLATE_NOOP("GanttActions", "&Critical Path"), (), "critical", True),
    Spec("baseline", QT_TRANSLATE_NOOP("GanttActions", "Show &Baseline"), (), "baseline", True),
    Spec("set_baseline", QT_TRANSLATE_NOOP("GanttActions", "Set Baseline\u2026")),
    Spec("clear_baseline", QT_TRANSLATE_NOOP("GanttActions", "Clear Baseline\u2026")),
    Spec("export", QT_TRANSLATE_NOOP("GanttActions", "&Export Chart as Image\u2026"), (),
         "export-image"),
    Spec("progress_mode", QT_TRANSLATE_NOOP("GanttActions", "&Progress Update Mode"),
         ("Ctrl+Shift+U",), "", True),
    Spec("mark_on_track", QT_TRANSLATE_NOOP("GanttActions", "Mark on T&rack"),
         ("Ctrl+Shift+T",)),
)
TOOLBAR = ("task_info", "insert", "delete", None, "outdent", "indent", "move_up", "move_down",
           None, "link", "unlink", None, "zoom_in", "zoom_out", "zoom_fit", "scroll_to", None,
           "critical", "baseline")
LABELS = (("name", QT_TRANSLATE_NOOP("GanttActions", "Task name")),
          ("people", QT_TRANSLATE_NOOP("GanttActions", "Assigned to")),
          ("", QT_TRANSLATE_NOOP("GanttActions", "No labels")))


def tr(text: str) -> str:
    return QCoreApplication.translate("GanttActions", text)


class GanttActions(QObject):
    def __init__(self, controller: GanttController) -> None:
        super().__init__(controller)
        self.controller = controller
        page = self.page = controller.page
        self.actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(page)
            action.setObjectName(f"gantt_{spec.id}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(spec.checkable)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            page.addAction(action)
            self.actions[spec.id] = action
        for key, handler in self._handlers().items():
            self.actions[key].triggered.connect(lambda _=False, h=handler: h())
        self.actions["critical"].setChecked(True)
        self.actions["baseline"].setChecked(True)
        from app.ui.gantt.progress_mode import ProgressMode

        self.progress_mode = ProgressMode(page)
        self.actions["progress_mode"].toggled.connect(self.progress_mode.set_on)
        self.actions["critical"].toggled.connect(page.set_critical)
        self.actions["baseline"].toggled.connect(page.set_baseline_shown)
        self.label_group = QActionGroup(self)
        for key, _text in LABELS:
            action = self.label_group.addAction("")
            action.setCheckable(True)
            action.setChecked(key == "name")
            action.triggered.connect(lambda _=False, k=key: page.set_label(k))
        self.baselines = QComboBox(page)
        self.baselines.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.baselines.activated.connect(self._baseline_chosen)
        page.model.modelReset.connect(self._fill_baselines)
        self._build_toolbar()
        page.installEventFilter(self)
        self.retranslate()

    def _handlers(self) -> dict[str, Callable[[], object]]:
        c, page = self.controller, self.page
        timeline = page.timeline
        from app.ui.gantt import extras

        return {
            "task_info": c.task_information, "insert": c.insert,
            "insert_below": lambda: c.insert(below=True), "delete": c.delete,
            "outdent": c.outdent, "indent": c.indent, "move_up": c.move_up,
            "move_down": c.move_down, "link": c.link_selected, "unlink": c.unlink_selected,
            "copy": lambda: extras.copy_rows(c), "paste": lambda: extras.paste_rows(c),
            "find": lambda: (page.search.setFocus(), page.search.selectAll()),
            "expand": lambda: self._fold(False), "collapse": lambda: self._fold(True),
            "zoom_in": lambda: timeline.zoom(1.5), "zoom_out": lambda: timeline.zoom(1 / 1.5),
            "zoom_fit": timeline.zoom_to_fit,
            "scroll_to": lambda: timeline.scroll_to_row(page.table.currentIndex().row()),
            "set_baseline": lambda: extras.set_baseline(c),
            "clear_baseline": lambda: extras.clear_baseline(c),
            "export": lambda: extras.export_image(c),
            "mark_on_track": c.mark_on_track,
        }

    def _fold(self, collapsed: bool) -> None:
        ids = self.page.selected_ids()
        model = self.page.model
        if not ids:
            model.set_all_collapsed(collapsed)
            return
        for task_id in ids:
            model.set_collapsed(task_id, collapsed)

    def _build_toolbar(self) -> None:
        bar = self.page.toolbar
        for key in TOOLBAR:
            if key is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[key])
        bar.addWidget(self.baselines)
        self.menu = QMenu(self.page)
        self.labels_menu = QMenu(self.page)
        self.labels_menu.addActions(self.label_group.actions())
        for spec in SPECS:
            self.menu.addAction(self.actions[spec.id])
            if spec.id in ("task_info", "move_down", "unlink", "find", "collapse",
                           "scroll_to", "clear_baseline", "export"):
                self.menu.addSeparator()
        self.menu.addMenu(self.labels_menu)
        self.more = QToolButton(self.page)
        self.more.setMenu(self.menu)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addSeparator()
        bar.addWidget(self.more)

    def _fill_baselines(self) -> None:
        snapshot = self.page.model.snapshot
        self.baselines.blockSignals(True)
        self.baselines.clear()
        for number, name in snapshot.baselines:
            self.baselines.addItem(name or QCoreApplication.translate("GanttActions", "Baseline {number}").format(number=number),
                                   number)
        if snapshot.baseline is not None:
            self.baselines.setCurrentIndex(self.baselines.findData(snapshot.baseline))
        self.baselines.setEnabled(bool(snapshot.baselines))
        self.baselines.blockSignals(False)

    def _baseline_chosen(self, index: int) -> None:
        self.page.show_baseline_number(self.baselines.itemData(index))

    def retranslate(self) -> None:
        for spec in SPECS:
            action = self.actions[spec.id]
            action.setText(tr(spec.text))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = action.text().replace("&", "").rstrip("\u2026")
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        for action, (_key, text) in zip(self.label_group.actions(), LABELS, strict=True):
            action.setText(tr(text))
        self.labels_menu.setTitle(QCoreApplication.translate("GanttActions", "Bar &Labels"))
        self.more.setText(QCoreApplication.translate("GanttActions", "More"))
        self.more.setToolTip(QCoreApplication.translate("GanttActions", "All Gantt commands"))
        self.baselines.setToolTip(QCoreApplication.translate("GanttActions", "Baseline shown"))
        self._fill_baselines()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
