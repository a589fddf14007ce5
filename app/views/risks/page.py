"""Risks page: heat maps over the register, with reviews, links and the scale editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.core.enums import RiskKind
from app.core.errors import UserError
from app.core.risk_summary import RiskFacts
from app.models.commands import Changes, Command
from app.models.risk_edits import (
    add_risk,
    delete_risks,
    link_tasks,
    replace_matrix,
    rescore,
    review_risk,
    scale_changes,
    set_fields,
)
from app.views.base import Page
from app.views.risks.columns import COLUMNS, INDEX
from app.views.risks.data import RegisterData, load_register
from app.views.risks.delegates import RegisterDelegate
from app.views.risks.filter_bar import FilterBar
from app.views.risks.filters import Cell, RegisterFilter
from app.views.risks.heatmap import HeatMap
from app.views.risks.register_model import RISK_ID_ROLE, RegisterModel

SHORTCUTS = {"add_threat": "Ins", "add_opportunity": "Alt+Ins", "review": "Ctrl+R",
             "links": "Ctrl+L", "scale": "Ctrl+Shift+M", "clear": "Ctrl+Shift+F"}


class RisksPage(Page):
    icon_name = "risks"
    flags = (Changes.RISKS | Changes.PEOPLE | Changes.SETTINGS | Changes.PROJECT
             | Changes.TASKS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: RegisterData | None = None
        self.model = RegisterModel(self)
        self.model.edit_requested.connect(self._edit)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.setFocusProxy(self.view)  # Ctrl+3 lands in the register
        self.view.setModel(self.proxy)
        # Every filter, sort or refresh resets the proxy: keep the user's place.
        self._kept: tuple[list[int], int | None, int] = ([], None, 0)
        self.proxy.modelAboutToBeReset.connect(self._keep_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.view.setItemDelegate(RegisterDelegate(self.model, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(INDEX["code"], Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._size_columns()

        self.bar = FilterBar(self)
        self.bar.changed.connect(self._filters_changed)
        self.bar.cell_cleared.connect(lambda: self.set_cell(None))
        self.maps = (HeatMap(False, self), HeatMap(True, self))
        for heat in self.maps:
            heat.cell_clicked.connect(self._cell_clicked)
            heat.rescored.connect(self._rescored)
        self._build_actions()

        maps = QWidget(self)
        row = QHBoxLayout(maps)
        row.setContentsMargins(0, 0, 0, 0)
        for heat in self.maps:
            row.addWidget(heat, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(maps)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    # -- construction ----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        handlers: dict[str, Callable[[], object]] = {
            "add_threat": lambda: self.add(RiskKind.THREAT),
            "add_opportunity": lambda: self.add(RiskKind.OPPORTUNITY),
            "delete": self.delete_selected, "review": self.review,
            "links": self.edit_links, "scale": self.edit_scale, "clear": self.clear_filters}
        self.actions_: dict[str, QAction] = {}
        for key, handler in handlers.items():
            action = QAction(self)
            action.triggered.connect(lambda _=False, h=handler: h())
            if key == "delete":
                # Only in the grid: Delete in the filter box must edit the text.
                action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.view.addAction(action)
            else:
                action.setShortcut(QKeySequence(SHORTCUTS[key]))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            self.actions_[key] = action
            if key == "clear":
                self.toolbar.addSeparator()
            self.toolbar.addAction(action)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.bar.text.setFocus(), self.bar.text.selectAll()))
        self.addAction(find)

    def _size_columns(self) -> None:
        width = self.view.fontMetrics().averageCharWidth()
        for n, col in enumerate(COLUMNS):
            self.view.setColumnWidth(n, max(4, col.width) * width + 16)

    def title(self) -> str:
        return self.tr("Risks")

    def retranslate(self) -> None:
        texts = {"add_threat": self.tr("Add &Threat"),
                 "add_opportunity": self.tr("Add &Opportunity"),
                 "delete": self.tr("&Delete"), "review": self.tr("&Review\u2026"),
                 "links": self.tr("&Link Tasks\u2026"),
                 "scale": self.tr("Scale and &Matrix\u2026"),
                 "clear": self.tr("&Clear Filters")}
        for key, text in texts.items():
            action = self.actions_[key]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip(chr(0x2026))} ({keys})")
        self.bar.retranslate()
        captions = (self.tr("Threats"), self.tr("Opportunities"), self.tr("Probability"),
                    self.tr("Impact"))
        for heat in self.maps:
            heat.set_texts(self._map_title(heat), captions)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_cell_text()

    def _map_title(self, heat: HeatMap) -> str:
        if not heat.residual:
            return self.tr("Inherent: before the response")
        missing = sum(1 for r in heat.risks if None in heat.levels(r))
        title = self.tr("Residual: after the response")
        if missing:
            title += " " + self.tr("({count} not assessed)").format(count=missing)
        return title

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.stale = True
            if self.isVisible() and self.port:
                self.refresh()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        if self.port is None:
            self.data = None
        else:
            with self.port.document.reader() as session:
                self.data = load_register(session)
        self.model.set_data(self.data)
        if self.data is not None:
            self.bar.fill(self.data)
        cell = self.proxy.filters.cell
        if cell is not None and self.data and max(cell.probability, cell.impact) \
                > self.data.matrix.scale:
            cell = None
        self.proxy.set_filters(self.bar.filters(cell))
        self._update_maps()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(self.bar.filters(self.proxy.filters.cell))
        self._update_maps()

    def _update_maps(self) -> None:
        risks = self.proxy.visible_risks(ignore_cell=True) if self.data else []
        for heat in self.maps:
            heat.set_content(self.data.matrix if self.data else None, risks,
                             self.proxy.filters.cell)
            heat.set_texts(self._map_title(heat), heat.captions)
        self.bar.set_count(self.proxy.rowCount(), self.model.rowCount())

    # -- selection -------------------------------------------------------------------

    def current_risk(self) -> RiskFacts | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.risks[row] if 0 <= row < len(self.model.risks) else None

    def selected_ids(self) -> list[int]:
        return [index.data(RISK_ID_ROLE) for index in self.view.selectionModel().selectedRows()]

    def _keep_selection(self) -> None:
        current = self.current_risk()
        self._kept = (self.selected_ids(), current.id if current else None,
                      max(0, self.view.currentIndex().column()))

    def _restore_selection(self) -> None:
        ids, current, column = self._kept
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | \
            QItemSelectionModel.SelectionFlag.Rows
        for risk_id in ids:
            index = self.proxy_index(risk_id)
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self.proxy_index(current, column)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def proxy_index(self, risk_id: int, column: int = 0) -> QModelIndex:
        row = self.model.row_of(risk_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, max(column, 0)))

    def select_risk(self, risk_id: int, column: int = 0) -> bool:
        index = self.proxy_index(risk_id, column)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # -- edits -----------------------------------------------------------------------

    def run(self, build: Callable[[Session], Command | None]) -> bool:
        """Build a checked command in a read session, then execute it through the port."""
        if self.port is None:
            return False
        try:
            with self.port.document.reader() as session:
                command = build(session)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Risks"), error.message())
            return False
        return command is not None and self.port.execute(command)

    def _edit(self, risk_id: int, key: str, value: object) -> None:
        self.run(lambda s: set_fields(s, risk_id, {key: value}))

    def add(self, kind: RiskKind) -> None:
        if self.run(lambda s: add_risk(s, kind)):
            self.bar.clear()  # the new risk must be visible, whatever was filtered
            self.set_cell(None)
            newest = max(self.model.risks, key=lambda r: r.id, default=None)
            if newest and self.select_risk(newest.id, INDEX["title"]):
                self.view.setFocus()
                self.view.edit(self.view.currentIndex())

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self.current_risk().id] if self.current_risk() else [])
        if ids:
            self.run(lambda s: delete_risks(s, ids))

    def review(self) -> None:
        from app.views.risks.review_dialog import ReviewDialog

        risk = self.current_risk()
        if risk is None or self.data is None:
            return
        dialog = ReviewDialog(risk, self.data.matrix, self.data.today,
                              self.data.review_interval, self)
        if dialog.exec():
            self.run(lambda s: review_risk(s, risk.id, dialog.review()))

    def edit_links(self) -> None:
        from app.views.risks.links_dialog import LinksDialog

        risk = self.current_risk()
        if risk is None or self.data is None:
            return
        dialog = LinksDialog(risk, self.data.tasks, self)
        if dialog.exec():
            chosen = list(dialog.checked())
            self.run(lambda s: link_tasks(s, risk.id, chosen))

    def edit_scale(self) -> None:
        from app.views.risks.scale_dialog import ScaleDialog

        if self.data is None or self.port is None:
            return

        def preview(scale: int):
            with self.port.document.reader() as session:
                return scale_changes(session, scale)

        dialog = ScaleDialog(self.data.matrix, self.data.language, preview, self)
        if dialog.exec():
            matrix = dialog.matrix()
            self.run(lambda s: replace_matrix(s, matrix))

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()].key == "tasks":
            self.edit_links()
        elif COLUMNS[index.column()].key == "trend":
            self.review()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for key in ("review", "links", None, "add_threat", "add_opportunity", "delete"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_[key])
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- heat maps ---------------------------------------------------------------------

    def _cell_clicked(self, cell: Cell) -> None:
        self.set_cell(None if cell == self.proxy.filters.cell else cell)

    def set_cell(self, cell: Cell | None) -> None:
        self.proxy.update(cell=cell)
        self._update_cell_text()
        self._update_maps()

    def _update_cell_text(self) -> None:
        cell = self.proxy.filters.cell
        if cell is None or self.data is None:
            self.bar.set_cell_text(None)
            return
        matrix = self.data.matrix
        kind = self.tr("threats") if cell.kind == RiskKind.THREAT else self.tr("opportunities")
        basis = self.tr("residual") if cell.residual else self.tr("inherent")
        self.bar.set_cell_text(self.tr("{probability} \u00d7 {impact} ({kind}, {basis})").format(
            probability=matrix.level_label("probability", cell.probability),
            impact=matrix.level_label("impact", cell.impact), kind=kind, basis=basis))

    def _rescored(self, risk_id: int, residual: bool, probability: int, impact: int) -> None:
        self.run(lambda s: rescore(s, risk_id, residual, probability, impact))

    def clear_filters(self) -> None:
        self.bar.clear()
        self.set_cell(None)

    def show_risks(self, overdue: bool = False) -> None:
        """Open risks, only those with an overdue review if asked (the dashboard)."""
        self.clear_filters()
        self.bar.overdue.setChecked(overdue)
