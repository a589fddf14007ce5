"""The register as a Qt table model: an adapter over records that never writes.

Edits are handed to `edit` (the page turns them into commands); the model then gets
fresh records from the page's refresh. When only values change the rows stay put
(dataChanged, not a reset), so the selection and the current cell survive an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.core.enums import Attitude, Engagement
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.stakeholder_grid import ATTITUDE_COLORS, QUADRANT_COLORS
from app.core.stakeholders import ATTITUDE_ORDER, ENGAGEMENT_ORDER, Quadrant
from app.models.stakeholders import StakeholderRecord

Role = Qt.ItemDataRole
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "RegisterModel"


@dataclass(frozen=True)
class RegisterColumn:
    field: str
    header: str  # source text in context RegisterModel
    kind: str  # text, score, target, attitude, engagement, flag, quadrant (read-only)


def _c(field: str, header: str, kind: str = "text") -> RegisterColumn:
    return RegisterColumn(field, header, kind)


COLUMNS: tuple[RegisterColumn, ...] = (
    _c("name", QT_TRANSLATE_NOOP("RegisterModel", "Name")),
    _c("organisation", QT_TRANSLATE_NOOP("RegisterModel", "Organisation")),
    _c("title", QT_TRANSLATE_NOOP("RegisterModel", "Title")),
    _c("contact", QT_TRANSLATE_NOOP("RegisterModel", "Contact")),
    _c("power", QT_TRANSLATE_NOOP("RegisterModel", "Power"), "score"),
    _c("interest", QT_TRANSLATE_NOOP("RegisterModel", "Interest"), "score"),
    _c("quadrant", QT_TRANSLATE_NOOP("RegisterModel", "Quadrant"), "quadrant"),
    _c("attitude", QT_TRANSLATE_NOOP("RegisterModel", "Attitude"), "attitude"),
    _c("engagement_current", QT_TRANSLATE_NOOP("RegisterModel", "Current engagement"),
       "engagement"),
    _c("engagement_desired", QT_TRANSLATE_NOOP("RegisterModel", "Desired engagement"),
       "engagement"),
    _c("target_power", QT_TRANSLATE_NOOP("RegisterModel", "Target power"), "target"),
    _c("target_interest", QT_TRANSLATE_NOOP("RegisterModel", "Target interest"), "target"),
    _c("strategy", QT_TRANSLATE_NOOP("RegisterModel", "Strategy")),
    _c("communication", QT_TRANSLATE_NOOP("RegisterModel", "Communication")),
    _c("notes", QT_TRANSLATE_NOOP("RegisterModel", "Notes")),
    _c("team_member", QT_TRANSLATE_NOOP("RegisterModel", "Team member"), "flag"),
    _c("confidential", QT_TRANSLATE_NOOP("RegisterModel", "Confidential"), "flag"),
)
COLUMN_OF = {column.field: i for i, column in enumerate(COLUMNS)}
CHOICES: dict[str, Sequence[Any]] = {"attitude": ATTITUDE_ORDER,
                                     "engagement": (None, *ENGAGEMENT_ORDER)}

Editor = Callable[[int, dict[str, Any]], bool]


def dot_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[StakeholderRecord] = []
        self.scale = 10
        self.edit: Editor | None = None
        self._icons: dict[str, QIcon] = {}

    # -- contents ----------------------------------------------------------------------

    def set_records(self, records: Sequence[StakeholderRecord], scale: int) -> None:
        same_rows = [r.id for r in records] == [r.id for r in self.records]
        if same_rows and scale == self.scale:
            self.records = list(records)
            if records:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(records) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.records, self.scale = list(records), scale
        self.endResetModel()

    def record(self, row: int) -> StakeholderRecord:
        return self.records[row]

    def row_of(self, person_id: int) -> int:
        for row, record in enumerate(self.records):
            if record.id == person_id:
                return row
        return -1

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section].header)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = COLUMNS[index.column()].kind
        if kind == "flag":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if kind == "quadrant":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], COLUMNS[index.column()]
        value = self._value(record, column)
        if role == Role.DisplayRole:
            return None if column.kind == "flag" else display_value(value)
        if role == Role.EditRole:
            return "" if value is None else (str(value) if column.kind in ("score", "target")
                                             else value)
        if role == Role.CheckStateRole and column.kind == "flag":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return _sort_key(value)
        if role == ID_ROLE:
            return record.id
        if role == Role.DecorationRole:
            return self._decoration(value)
        if role == Role.TextAlignmentRole and column.kind in ("score", "target"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Role.ToolTipRole and column.kind == "text" and len(str(value)) > 30:
            return str(value)
        return None

    def _value(self, record: StakeholderRecord, column: RegisterColumn) -> Any:
        if column.kind == "quadrant":
            return record.quadrant(self.scale)
        return getattr(record, column.field)

    def _decoration(self, value: Any) -> QIcon | None:
        color = ATTITUDE_COLORS.get(value) if isinstance(value, Attitude) else \
            QUADRANT_COLORS.get(value) if isinstance(value, Quadrant) else None
        if color is None:
            return None
        if color not in self._icons:
            self._icons[color] = dot_icon(color)
        return self._icons[color]

    def setData(self, index: QModelIndex, value: Any,  # noqa: N802
                role: int = Role.EditRole) -> bool:
        if not index.isValid() or self.edit is None:
            return False
        column = COLUMNS[index.column()]
        if role == Role.CheckStateRole and column.kind == "flag":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Role.EditRole or column.kind in ("flag", "quadrant"):
            return False
        return self.edit(self.records[index.row()].id, {column.field: value})


def display_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Attitude | Engagement | Quadrant):
        return value.label
    return str(value)


def _sort_key(value: Any) -> Any:
    """Enums sort in their scale's order, text without regard to case; blanks first."""
    if value is None:
        return -1
    if isinstance(value, Engagement):
        return ENGAGEMENT_ORDER.index(value)
    if isinstance(value, Attitude):
        return ATTITUDE_ORDER.index(value)
    if isinstance(value, Quadrant):
        return list(Quadrant).index(value)
    if isinstance(value, str):
        return value.casefold()
    return int(value)
