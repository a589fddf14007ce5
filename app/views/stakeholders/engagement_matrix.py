"""The engagement assessment matrix (PMBOK): stakeholders by engagement level, with
C where each one is and D where the project needs them; gaps shaded and counted.

Click a level to put C there, Shift+click for D; the keys C and D do the same on the
current cell, and clicking a mark again takes it away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.core.stakeholders import ENGAGEMENT_ORDER, engagement_gap
from app.models.stakeholders import StakeholderRecord

Role = Qt.ItemDataRole
GAP_COLUMN = len(ENGAGEMENT_ORDER)
GAP_COLOR = QColor(230, 150, 40)
MET_COLOR = QColor(60, 170, 110)
CURRENT, DESIRED = "engagement_current", "engagement_desired"


class EngagementModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[StakeholderRecord] = []

    def set_records(self, records: Sequence[StakeholderRecord]) -> None:
        if [r.id for r in records] == [r.id for r in self.records]:
            self.records = list(records)
            if records:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(records) - 1, GAP_COLUMN))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(records) - 1)
            return
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else GAP_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Role.DisplayRole) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.records[section].name
        if section == GAP_COLUMN:
            return self.tr("Gap")
        return ENGAGEMENT_ORDER[section].label

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], index.column()
        current, desired = record.engagement_current, record.engagement_desired
        gap = engagement_gap(current, desired)
        if column == GAP_COLUMN:
            return self._gap_data(gap, role)
        level = ENGAGEMENT_ORDER[column]
        if role == Role.DisplayRole:
            marks = [m for m, on in ((self.tr("C"), current is level),
                                     (self.tr("D"), desired is level)) if on]
            return " ".join(marks)
        if role == Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Role.FontRole and level in (current, desired):
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.BackgroundRole and gap is not None:
            return self._shade(column, current, desired, gap)
        if role == Role.ToolTipRole:
            return self._tooltip(record)
        return None

    def _gap_data(self, gap: int | None, role: int) -> Any:
        if role == Role.DisplayRole:
            return "" if not gap else f"{gap:+d}".replace("-", "\u2212")
        if role == Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Role.BackgroundRole and gap:
            return QBrush(_alpha(GAP_COLOR, 0.55))
        if role == Role.ToolTipRole:
            if gap is None:
                return self.tr("Not assessed: set both C and D")
            return self.tr("{steps} steps to the desired engagement").format(steps=abs(gap)) \
                if gap else self.tr("Where the project needs them")
        return None

    def _shade(self, column: int, current, desired, gap: int) -> QBrush | None:
        a, b = ENGAGEMENT_ORDER.index(current), ENGAGEMENT_ORDER.index(desired)
        if not gap:
            return QBrush(_alpha(MET_COLOR, 0.35)) if column == a else None
        if min(a, b) <= column <= max(a, b):
            return QBrush(_alpha(GAP_COLOR, 0.5 if column in (a, b) else 0.22))
        return None

    def _tooltip(self, record: StakeholderRecord) -> str:
        def label(value):
            return value.label if value else self.tr("not set")
        return self.tr("{name}: current {current}, desired {desired}").format(
            name=record.name, current=label(record.engagement_current),
            desired=label(record.engagement_desired))


def _alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


class EngagementMatrix(QTableView):
    engagement_requested = Signal(int, str, object)  # person id, field, Engagement or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = EngagementModel(self)
        self.setModel(self.matrix)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.matrix.headerDataChanged.connect(self._fit)
        self.matrix.modelReset.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        """Every level as wide as the longest level name: the columns compare at a glance."""
        fm = self.horizontalHeader().fontMetrics()
        widest = max(fm.horizontalAdvance(str(self.matrix.headerData(
            c, Qt.Orientation.Horizontal))) for c in range(GAP_COLUMN))
        self._level_width = widest + 14
        self.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("+4") + 14)
        self.horizontalHeader().setSectionResizeMode(
            GAP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        columns = self._level_width * GAP_COLUMN + self.horizontalHeader().sectionSize(GAP_COLUMN)
        width = (self.verticalHeader().sizeHint().width() + columns + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(width, super().sizeHint().height())

    def _toggle(self, index: QModelIndex, field: str) -> None:
        if not index.isValid() or index.column() >= GAP_COLUMN:
            return
        record = self.matrix.records[index.row()]
        level = ENGAGEMENT_ORDER[index.column()]
        value = None if getattr(record, field) is level else level
        self.engagement_requested.emit(record.id, field, value)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._toggle(self.indexAt(event.position().toPoint()), DESIRED if shift else CURRENT)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = {Qt.Key.Key_C: CURRENT, Qt.Key.Key_Space: CURRENT, Qt.Key.Key_D: DESIRED}
        field = keys.get(Qt.Key(event.key()))
        if field and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._toggle(self.currentIndex(), field)
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid() or index.column() >= GAP_COLUMN:
            return
        menu = QMenu(self)
        for text, field in ((self.tr("Current Engagement Here (C)"), CURRENT),
                            (self.tr("Desired Engagement Here (D)"), DESIRED)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, f=field: self._toggle(index, f))
            menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))
