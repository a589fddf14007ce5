"""The register as a Qt table model: an adapter over RiskFacts that never writes.

An edit becomes `edit_requested(risk_id, field, value)`; the page turns it into a
checked command and the change notice brings the new row back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.core.risk import Rating
from app.core.risk_summary import RiskFacts
from app.views.formats import date_text
from app.views.risks.columns import COLUMNS, CONTEXT, HEADER_TIPS, INDEX
from app.views.risks.data import RegisterData

Index = QModelIndex | QPersistentModelIndex
RISK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole
LEVEL_KEYS = ("probability", "impact", "residual_probability", "residual_impact")
TINT_ALPHA = 70  # rating colour over the palette's base: readable light or dark


def contrast(color: str) -> QColor:
    """Black or white text, whichever reads better on `color` (by perceived brightness:
    HSL lightness calls amber dark and puts white on it)."""
    c = QColor(color)
    luma = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor("#000000" if luma > 140 else "#ffffff")


class RegisterModel(QAbstractTableModel):
    edit_requested = Signal(int, str, object)  # risk id, field, value

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: RegisterData | None = None
        self.risks: list[RiskFacts] = []
        self._ratings: list[Rating | None] = []
        self._residual: list[Rating | None] = []
        self._tasks: dict[int, str] = {}
        self._owners: dict[int, str] = {}
        self._haystacks: list[str | None] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ---------------------------------------------------------------------

    def set_data(self, data: RegisterData | None) -> None:
        """New rows; a same-sized register of the same risks updates in place, so the
        view keeps its selection, scroll and sort."""
        same = data is not None and self.data_ is not None and \
            [r.id for r in data.risks] == [r.id for r in self.risks]
        if not same:
            self.beginResetModel()
        self.data_ = data
        self.risks = list(data.risks) if data else []
        matrix = data.matrix if data else None
        self._ratings = [matrix.rating(r.probability, r.impact) if matrix else None
                         for r in self.risks]
        self._residual = [matrix.rating(r.residual_probability, r.residual_impact)
                          if matrix else None for r in self.risks]
        self._tasks = data.task_names() if data else {}
        self._owners = dict(data.people) if data else {}
        self._haystacks = [None] * len(self.risks)
        if same:
            if self.risks:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.risks) - 1, len(COLUMNS) - 1))
        else:
            self.endResetModel()

    def row_of(self, risk_id: int) -> int:
        return next((n for n, r in enumerate(self.risks) if r.id == risk_id), -1)

    def haystack(self, row: int) -> str:
        """The text a filter searches, folded once per load."""
        hay = self._haystacks[row]
        if hay is None:
            r = self.risks[row]
            hay = self._haystacks[row] = " ".join(
                (r.code, r.title, r.category, r.cause, r.event, r.effect, r.owner, r.actions,
                 r.trigger)).casefold()
        return hay

    def rating(self, row: int, residual: bool = False) -> Rating | None:
        return (self._residual if residual else self._ratings)[row]

    # -- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.risks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, col.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CONTEXT, HEADER_TIPS.get(col.key, col.header))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if COLUMNS[index.column()].editor and COLUMNS[index.column()].editor != "links":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), COLUMNS[index.column()]
        risk = self.risks[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col.key)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(risk, col.key)
        if role == SORT_ROLE:
            return self.sort_key(row, col.key)
        if role == RISK_ID_ROLE:
            return risk.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col.key)
        if role == Qt.ItemDataRole.ForegroundRole:
            rating = self._cell_rating(row, col.key)
            return QBrush(contrast(rating.color)) if rating else None
        if role == Qt.ItemDataRole.FontRole and col.key == "next_review_on" \
                and self.data_ and risk.overdue(self.data_.today):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col.key)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = COLUMNS[index.column()].key
        risk = self.risks[index.row()]
        if value == self.value(risk, key):
            return False
        self.edit_requested.emit(risk.id, key, value)
        return False  # the change notice refreshes the row once the edit is stored

    # -- values ----------------------------------------------------------------------

    @staticmethod
    def value(risk: RiskFacts, key: str) -> Any:
        if key == "tasks":
            return list(risk.task_ids)
        return getattr(risk, key, None)

    def display(self, row: int, key: str) -> str:
        risk = self.risks[row]
        if key in ("kind", "status", "strategy"):
            value = getattr(risk, key)
            return value.label if value else ""
        if key == "owner_id":
            return risk.owner
        if key == "rating":
            rating = self._ratings[row]
            return rating.label if rating else ""
        if key == "tasks":
            return ", ".join(self._tasks.get(t, "?") for t in risk.task_ids)
        if key in ("identified_on", "closed_on"):
            return date_text(getattr(risk, key))
        if key == "next_review_on":
            text = date_text(risk.next_review_on)
            overdue = self.data_ is not None and risk.overdue(self.data_.today)
            return f"\u26a0 {text}" if overdue else text
        value = getattr(risk, key, None)
        return "" if value is None else str(value)

    def sort_key(self, row: int, key: str) -> Any:
        risk = self.risks[row]
        if key == "rating":
            rating = self._ratings[row]
            return (rating.rank if rating else -1, risk.score)
        if key == "code":
            return (len(risk.code), risk.code)  # R-99 before R-100
        if key == "trend":
            return risk.trend
        if key in ("score", "residual_score", *LEVEL_KEYS):
            value = getattr(risk, key)
            return -1 if value is None else value
        if key in ("identified_on", "next_review_on", "closed_on"):
            value = getattr(risk, key)
            return value.toordinal() if value else 0
        return self.display(row, key).casefold()

    def _cell_rating(self, row: int, key: str) -> Rating | None:
        if key in ("rating", "score"):
            return self._ratings[row]
        if key == "residual_score":
            return self._residual[row]
        return None

    def _background(self, row: int, key: str) -> QBrush | None:
        full = self._cell_rating(row, key)
        if full is not None:
            return QBrush(QColor(full.color))
        rating = self._ratings[row]
        if rating is None:
            return None
        tint = QColor(rating.color)
        tint.setAlpha(TINT_ALPHA)
        # Blend with the base ourselves: alternating rows and dark palettes stay even.
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        a = TINT_ALPHA / 255
        mixed = QColor(round(base.red() * (1 - a) + tint.red() * a),
                       round(base.green() * (1 - a) + tint.green() * a),
                       round(base.blue() * (1 - a) + tint.blue() * a))
        return QBrush(mixed)

    def tooltip(self, row: int, key: str) -> str | None:
        risk = self.risks[row]
        matrix = self.data_.matrix if self.data_ else None
        if key == "title":
            parts = [(QCoreApplication.translate("RegisterModel", "Cause"), risk.cause),
                     (QCoreApplication.translate("RegisterModel", "Event"), risk.event),
                     (QCoreApplication.translate("RegisterModel", "Effect"), risk.effect)]
            return "\n".join(f"{name}: {text}" for name, text in parts if text) or None
        if key in LEVEL_KEYS and matrix is not None:
            axis = "probability" if key.endswith("probability") else "impact"
            return matrix.level_label(axis, getattr(risk, key)) or None
        if key == "next_review_on" and self.data_ and risk.overdue(self.data_.today):
            return QCoreApplication.translate("RegisterModel", "Review overdue since {date}").format(
                date=date_text(risk.next_review_on))
        if key == "trend" and risk.reviews:
            return " \u2192 ".join(str(r.score) for r in risk.reviews[-6:])
        if key == "tasks":
            return "\n".join(self._tasks.get(t, "?") for t in risk.task_ids) or None
        if key in ("cause", "event", "effect", "actions", "trigger"):
            return getattr(risk, key) or None
        return None


def column(key: str) -> int:
    return INDEX[key]
