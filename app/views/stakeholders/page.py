"""Stakeholders page: the register, the power/interest grid and the engagement matrix.

All three show the register's filtered rows and share one selection. Gestures in any
of them become stakeholder commands run through the port (one undo step each).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.core.stakeholders import Quadrant, engagement_gaps, shareable
from app.models.commands import Changes, Command
from app.models.commands.stakeholders import (
    ENGAGE,
    add_stakeholder,
    delete_stakeholders,
    edit_stakeholder,
    move_stakeholder,
)
from app.models.stakeholders import (
    deletion_impact,
    load_stakeholders,
    stakeholder_scale,
)
from app.views.base import Page
from app.views.stakeholders.engagement_matrix import EngagementMatrix
from app.views.stakeholders.grid_export import export_grid
from app.views.stakeholders.grid_widget import PowerInterestGrid
from app.views.stakeholders.register_model import COLUMN_OF, RegisterModel
from app.views.stakeholders.register_view import RegisterProxy, RegisterView
from app.views.stakeholders.selection import SharedSelection
from app.views.stakeholders.texts import deletion_question, panel

Builder = Callable[[Session], Command | None]
SHORTCUT = Qt.ShortcutContext.WidgetWithChildrenShortcut


class StakeholdersPage(Page):
    icon_name = "stakeholders"
    flags = Changes.PEOPLE | Changes.PROJECT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegisterModel(self)
        self.model.edit = self._register_edit
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.register = RegisterView(self.proxy, self)
        self.setFocusProxy(self.register)  # Ctrl+2 lands in the register
        self.grid = PowerInterestGrid(self)
        self.matrix = EngagementMatrix(self)
        self._build_bar()
        self._build_layout()
        self._connect()
        self.retranslate()

    # -- assembly ----------------------------------------------------------------------

    def _action(self, handler: Callable[[], None], shortcut: QKeySequence | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcutContext(SHORTCUT)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def _build_bar(self) -> None:
        self.add_action = self._action(self.add, QKeySequence(Qt.Key.Key_Insert))
        self.delete_action = self._action(self.delete_selected,
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.export_action = self._action(self.export, "Ctrl+Shift+E")
        self.targets_action = self._action(lambda: self.grid.set_show_targets(
            self.targets_action.isChecked()), checkable=True)
        self.targets_action.setChecked(True)
        self.confidential_action = self._action(lambda: None, checkable=True)
        self.find_action = self._action(lambda: (self.filter.setFocus(),
                                                 self.filter.selectAll()),
                                        QKeySequence(QKeySequence.StandardKey.Find))
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.add_action, self.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.export_action, self.confidential_action,
                                 self.targets_action])
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.quadrant_filter = QComboBox(self)
        self.quadrant_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_quadrant(Quadrant(self.quadrant_filter.itemData(i))
                                              if self.quadrant_filter.itemData(i) else None))
        self.count = QLabel(self)
        self.status = QLabel(self)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.filter)
        bar.addWidget(self.quadrant_filter)
        bar.addWidget(self.count)
        self.filter.setMinimumWidth(180)
        self.grid_title, self.grid_hint, grid_panel = panel(self.grid)
        self.matrix_title, self.matrix_hint, matrix_panel = panel(self.matrix)
        self.gap_label = QLabel(self)
        matrix_panel.layout().insertWidget(1, self.gap_label)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.addWidget(grid_panel)
        self.lower.addWidget(matrix_panel)
        self.lower.setStretchFactor(0, 1)  # the grid takes what the matrix leaves
        self.lower.setStretchFactor(1, 0)
        self._split_by_user = False
        self.lower.splitterMoved.connect(lambda *_: setattr(self, "_split_by_user", True))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, self.proxy.dataChanged):
            signal.connect(self._update_views)
        self.selection = SharedSelection(self.register, self.grid, self.matrix, self)
        self.grid.moved.connect(lambda pid, p, i: self._run(
            lambda s: move_stakeholder(s, pid, p, i)))
        self.grid.nudged.connect(lambda pid, p, i: self._run(
            lambda s: move_stakeholder(s, pid, p, i, nudge=True)))
        self.matrix.engagement_requested.connect(lambda pid, field, value: self._run(
            lambda s: edit_stakeholder(s, pid, {field: value}, ENGAGE)))

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Stakeholders")

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add Stakeholder"))
        self.add_action.setToolTip(self.tr("Add a stakeholder (Insert)"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected stakeholders (Delete)"))
        self.export_action.setText(self.tr("E&xport Grid\u2026"))
        self.export_action.setToolTip(self.tr("Save the power/interest grid as a PNG or SVG "
                                              "image (Ctrl+Shift+E)"))
        self.confidential_action.setText(self.tr("Include &Confidential"))
        self.confidential_action.setToolTip(self.tr(
            "Confidential stakeholders are left out of exports unless this is on"))
        self.targets_action.setText(self.tr("Show &Targets"))
        self.targets_action.setToolTip(self.tr("Arrows from where stakeholders are to where "
                                               "the project wants them"))
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        current = self.quadrant_filter.currentIndex()
        self.quadrant_filter.blockSignals(True)
        self.quadrant_filter.clear()
        self.quadrant_filter.addItem(self.tr("All quadrants"), "")
        for quadrant in Quadrant:
            self.quadrant_filter.addItem(quadrant.label, str(quadrant))
        self.quadrant_filter.setCurrentIndex(max(0, current))
        self.quadrant_filter.blockSignals(False)
        self.grid_title.setText(self.tr("Power/interest grid"))
        self.grid_hint.setText(self.tr("Drag a marker to set power and interest; arrow keys "
                                       "move the selected one. Hover for details."))
        self.matrix_title.setText(self.tr("Engagement assessment"))
        self.matrix_hint.setText(self.tr("Click a level for current (C), Shift+click for "
                                         "desired (D); keys C and D do the same."))
        self.register.setAccessibleName(self.tr("Stakeholder register"))
        self.grid.setAccessibleName(self.tr("Power/interest grid"))
        self.matrix.setAccessibleName(self.tr("Engagement assessment"))
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)
            self.matrix.matrix.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                      self.matrix.matrix.columnCount() - 1)
            self.proxy.invalidate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------

    def set_port(self, port) -> None:
        # Including confidential people is a choice for one project, never carried over.
        self.confidential_action.setChecked(False)
        self.status.clear()
        super().set_port(port)

    def refresh(self) -> None:
        super().refresh()
        selected = self.selected_ids()
        if self.port is None:
            self.model.set_records([], 10)
        else:
            with self.port.document.reader() as session:
                records, scale = load_stakeholders(session), stakeholder_scale(session)
            self.model.set_records(records, scale)
        self.register.size_columns()
        if selected and selected != self.selected_ids():
            self.select_ids(selected)

    def _update_views(self, *_args) -> None:
        records = self.proxy.visible_records()
        self.grid.set_records(records, self.model.scale)
        self.matrix.matrix.set_records(records)
        self._fit_matrix()
        self._update_counts()
        self.selection.mirror()

    def _fit_matrix(self) -> None:
        """The matrix as wide as its columns need (names change its width), until the
        user moves the divider."""
        total = sum(self.lower.sizes())
        if self._split_by_user or total <= 0:
            return
        # The grid is the picture people come for: the matrix gets at most 45 %.
        want = min(self.matrix.sizeHint().width(), round(total * 0.45))
        self.lower.setSizes([total - want, want])

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_matrix()

    def _update_counts(self) -> None:
        self.count.setText(self.tr("{shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))
        gaps = engagement_gaps(self.matrix.matrix.records)
        text = self.tr("Gaps: {gaps} of {assessed} assessed ({steps} steps to close)").format(
            gaps=gaps.count, assessed=gaps.assessed, steps=gaps.steps)
        if gaps.unassessed:
            text += " \u00b7 " + self.tr("{count} not assessed").format(count=gaps.unassessed)
        self.gap_label.setText(text)

    # -- selection, shared by the three views ------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.selection.ids()

    def select_ids(self, ids: Iterable[int], toggle: bool = False) -> None:
        self.selection.select(ids, toggle)

    def show_people(self, ids: Iterable[int]) -> None:
        """Clear the filters and select these people (the dashboard's engagement gaps)."""
        self.filter.clear()
        self.quadrant_filter.setCurrentIndex(0)
        self.select_ids(ids)

    # -- edits -------------------------------------------------------------------------

    def _run(self, build: Builder) -> bool:
        """Build a command from the stored state and run it; refusals are explained."""
        if self.port is None:
            return False
        try:
            with self.port.document.reader() as session:
                command = build(session)
        except UserError as error:
            self._warn(error)
            return False
        return command is None or self.port.execute(command)

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Stakeholders"), error.message())

    def _register_edit(self, person_id: int, values: dict) -> bool:
        done = self._run(lambda s: edit_stakeholder(s, person_id, values))
        if not done:
            # Refused in place: the cell opens again for a better value.
            index = self.register.currentIndex()
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                QTimer.singleShot(0, lambda: index.isValid() and self.register.edit(index))
        return done

    def add(self) -> None:
        if self.port is None:
            return
        with self.port.document.reader() as session:
            command = add_stakeholder(session)
        if self.port.execute(command):
            self.filter.clear()
            self.quadrant_filter.setCurrentIndex(0)
            person_id = command.rows[0]["id"]
            self.select_ids([person_id])
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(person_id),
                                                              COLUMN_OF["name"]))
            self.register.setFocus()
            self.register.setCurrentIndex(index)
            self.register.edit(index)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.port is None or not ids:
            return
        with self.port.document.reader() as session:
            impact = deletion_impact(session, ids)
        if impact.any:
            names = [self.model.record(self.model.row_of(i)).name for i in ids]
            answer = QMessageBox.question(
                self, self.tr("Delete Stakeholders"), deletion_question(names, impact),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda s: delete_stakeholders(s, ids))

    # -- export ------------------------------------------------------------------------

    def export(self) -> None:
        if self.port is None:
            return
        document = self.port.document
        suggested = document.path.with_name(
            self.tr("{project} - stakeholders.png").format(project=document.path.stem))
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Grid"), str(suggested),
                                                   f"{png};;{svg}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if chosen == svg else ".png")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        visible = self.proxy.visible_records()
        shown = shareable(visible, self.confidential_action.isChecked())
        title = self.tr("{project}: power/interest grid").format(
            project=self.port.document.project().name)
        try:
            export_grid(target, shown, self.model.scale, self.font(), title)
        except UserError as error:
            self._warn(error)
            return
        withheld = len(visible) - len(shown)
        message = self.tr("Saved {file}.").format(file=target.name)
        if withheld:
            message += " " + self.tr("{count} confidential left out.").format(count=withheld)
        self.status.setText(message)
