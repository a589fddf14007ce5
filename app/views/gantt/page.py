"""The Gantt page: the task table and the timeline side by side, one model, one
selection, one vertical scroll. Actions and edits are added by app.ui.gantt."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.heap import collector_paused
from app.language import settings_file
from app.models.commands import Changes
from app.views.base import Page
from app.views.gantt import data
from app.views.gantt.columns import COLUMNS
from app.views.gantt.filters import FILTERS, text_filter
from app.views.gantt.model import GanttModel
from app.views.gantt.table import GanttTable
from app.views.gantt.timeline import Timeline

# Changes that need everything read again; others update rows in place.
_RELOAD = Changes.PROJECT | Changes.CALENDAR | Changes.BASELINE


class GanttPage(Page):
    icon_name = "gantt"
    flags = Changes.TASKS | Changes.LINKS | Changes.PEOPLE | Changes.CALENDAR | \
        Changes.BASELINE | Changes.PROJECT | Changes.RISKS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GanttModel(self)
        self.toolbar = QToolBar(self)
        self.filter_box = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.table = GanttTable(self.model, self)
        self.setFocusProxy(self.table)  # Ctrl+1 lands in the task table
        self.timeline = Timeline(self.model, self)
        self.canvas = self.timeline.canvas
        self.canvas.selection = self.table.selectionModel()
        self.canvas.row_height = self.table.row_height
        self.timeline.follow(self.table.verticalScrollBar())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.canvas.update())
        height = 2 * (self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setFixedHeight(height)
        self.timeline.header.setFixedHeight(height)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 700])
        self.baseline_number: int | None = None
        self.listed: tuple[str, frozenset[int]] | None = None  # see show_tasks
        self.synced = -1  # the editor's edit count the rows were last read at
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.search)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.filter_box.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.model.modelReset.connect(self._update_count)
        self.model.toggled.connect(self._update_count)
        self._restore_settings()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Gantt")

    # -- reading the plan -------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        keep = self.selected_ids()
        current = self.current_id()
        if self.port is None:
            self.model.set_snapshot(data.Snapshot())
            return
        with collector_paused():  # ten thousand rows built to last: see app.core.heap
            with self.port.document.reader() as session:
                snapshot = data.load(session, self.baseline_number)
            self.synced = self.port.document.editor.edits
            self.model.set_snapshot(snapshot)
        self.select_ids(keep, current)

    def changed(self, changes: Changes) -> None:
        if not changes & self.flags:
            return
        if not self.isVisible() or self.stale or changes & _RELOAD or self.port is None:
            super().changed(changes)
            return
        snapshot = self.model.snapshot
        editor = self.port.document.editor
        # In step with the edit before this one: only the rows this one wrote changed.
        touched = editor.last_touched if self.synced == editor.edits - 1 else None
        self.synced = editor.edits
        with self.port.document.reader() as session:
            rows: list | None = []
            if changes & (Changes.TASKS | Changes.LINKS):  # a link change moves dates too
                rows = data.refresh_tasks(session, snapshot, touched)
            if rows is not None and changes & Changes.LINKS:
                data.load_links(session, snapshot)
            if rows is not None and changes & Changes.PEOPLE:
                data.load_people(session, snapshot)
            if rows is not None and changes & Changes.RISKS:  # markers of linked risks
                data.load_risks(session, snapshot)
        if rows is None:  # tasks added, removed or moved in the outline
            self.refresh()
            return
        if changes & (Changes.LINKS | Changes.PEOPLE | Changes.RISKS):
            self.canvas.rows_moved()
            self.model.all_changed()
        self.model.rows_changed(rows)
        self.timeline.fit_extent()

    # -- selection --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.model.rows
        return [rows[i].id for i in self.table.selected_rows() if i < len(rows)]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None,
                   column: int | None = None) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last = len(COLUMNS) - 1
        for task_id in ids:
            i = self.model.row_of.get(task_id)
            if i is not None:
                selection.select(self.model.index(i, 0), self.model.index(i, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        target = current if current is not None else (ids[0] if ids else None)
        if target in self.model.row_of:
            col = self.table.currentIndex().column() if column is None else column
            index = self.model.index(self.model.row_of[target], max(0, col))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    # -- view options -----------------------------------------------------------------

    def set_critical(self, on: bool) -> None:
        self.canvas.show_critical = on
        self.canvas.update()

    def set_baseline_shown(self, on: bool) -> None:
        self.canvas.show_baseline = on
        self.canvas.update()

    def set_label(self, label: str) -> None:
        self.canvas.label = label
        self.canvas.update()

    def show_baseline_number(self, number: int | None) -> None:
        self.baseline_number = number
        if self.port is not None:
            self.refresh()

    def show_filter(self, source_text: str) -> None:
        """Choose one of FILTERS by its English source text (the dashboard's tiles)."""
        texts = [text for text, _ in FILTERS]
        self.search.clear()
        self.filter_box.setCurrentIndex(texts.index(source_text))

    def show_tasks(self, ids, caption: str) -> None:
        """Show only the tasks `ids` (with their summaries) as an extra filter named
        `caption`; choosing another filter ends it (the dashboard's tiles)."""
        self.listed = (caption, frozenset(ids))
        self.search.clear()
        self.retranslate()
        self.filter_box.setCurrentIndex(len(FILTERS))
        self._apply_filter()

    def _apply_filter(self) -> None:
        predicates: list[Callable] = []
        index = max(0, self.filter_box.currentIndex())
        if index < len(FILTERS):
            kind = FILTERS[index][1]
            if kind is not None:
                predicates.append(kind)
        elif self.listed is not None:
            listed = self.listed[1]
            predicates.append(lambda row: row.id in listed)
        if self.search.text().strip():
            predicates.append(text_filter(self.search.text()))
        keep, current = self.selected_ids(), self.current_id()
        self.model.set_filter((lambda row: all(p(row) for p in predicates))
                              if predicates else None)
        self.select_ids(keep, current)

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total}").format(
            shown=len(self.model.rows), total=len(self.model.snapshot.rows)))

    # -- columns and layout, remembered -------------------------------------------------

    def _column_menu(self, pos) -> None:
        menu = QMenu(self)
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda on, i=i: self.show_column(i, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, index: int, shown: bool) -> None:
        self.table.setColumnHidden(index, not shown)
        if shown and self.table.columnWidth(index) < 20:
            self.table.setColumnWidth(index, COLUMNS[index].width)
        self.save_settings()

    def _settings(self) -> QSettings:
        return QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def save_settings(self) -> None:
        settings = self._settings()
        settings.setValue("gantt/columns", self.table.horizontalHeader().saveState())
        settings.setValue("gantt/splitter", self.splitter.saveState())
        settings.setValue("gantt/zoom", self.timeline.scale.px_per_day)

    def _restore_settings(self) -> None:
        settings = self._settings()
        state = settings.value("gantt/columns")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        splitter = settings.value("gantt/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        with suppress(TypeError, ValueError):
            self.timeline.scale.px_per_day = float(settings.value("gantt/zoom", 24.0))
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.save_settings())
        header.sectionMoved.connect(lambda *_: self.save_settings())
        self.splitter.splitterMoved.connect(lambda *_: self.save_settings())

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        index = self.filter_box.currentIndex()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItems([self.tr(text) for text, _ in FILTERS])
        if self.listed is not None:
            self.filter_box.addItem(self.listed[0])
        self.filter_box.setCurrentIndex(max(0, index))
        self.filter_box.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Find (Ctrl+F)"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.model.all_changed()
            self.timeline.header.update()
        super().changeEvent(event)
