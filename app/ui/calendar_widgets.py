"""Item models and small widgets behind the calendar editor dialog.

The models hold the text the user typed, not only parsed values, so a bad entry
stays visible and marked until it is fixed; parsing and validation are
app.core.calendar's. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QStyle,
    QWidget,
)

from app.core.calendar import STANDARD_DAY, Exception_, Interval, format_intervals, parse_intervals
from app.core.errors import UserError

Index = QModelIndex | QPersistentModelIndex
Hours = tuple[Interval, ...]
ROOT = QModelIndex()

# Translucent, so it tints whatever base colour the palette has: pink under
# dark text on a light theme, dark red under light text on a dark theme.
ERROR_BACKGROUND = QColor(230, 60, 60, 90)


def error_text_colour(palette: QPalette) -> QColor:
    """A red that stays readable on the palette's window colour."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#c62828")


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _checked(value: object) -> bool:
    # Views hand the check state over as an int or as the enum, depending on the path.
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)


def _hours_text(hours: Hours) -> str:
    minutes = sum(end - start for start, end in hours)
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def typical_workday(week: Sequence[Hours | None]) -> Hours:
    """The hours of a usual working day (make-up days and ticked exceptions get them)."""
    days = [hours for hours in week[:5] if hours]
    return max(days, key=days.count) if days else STANDARD_DAY


@dataclass(eq=False)  # rows are tracked by identity while re-sorting
class _Row:
    text: str = ""  # as typed, kept while invalid so the user can fix it
    hours: Hours | None = ()  # None while `text` is invalid
    error: UserError | None = None

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        try:
            self.hours, self.error = parse_intervals(self.text), None
        except UserError as error:
            self.hours, self.error = None, error


@dataclass(eq=False)
class _DayRow(_Row):
    remembered: str = ""  # hours restored when the day is ticked again


@dataclass(eq=False)
class _ExceptionRow(_Row):
    day: date = date.min
    name: str = ""

    @classmethod
    def of(cls, exception: Exception_) -> _ExceptionRow:
        row = cls(day=exception.day, name=exception.name)
        row.set_text(format_intervals(exception.intervals))
        return row

    def same_as(self, exception: Exception_) -> bool:
        return (self.name, self.hours) == (exception.name, tuple(exception.intervals))


class _HoursModel(QAbstractTableModel):
    """What both tables share: a working tick, and hours typed as text, marked when invalid."""

    WORKING: int
    HOURS: int
    EDITABLE: frozenset[int]
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.WORKING:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _hours_data(self, row: _Row, column: int, role: int) -> Any:
        if column == self.WORKING and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.text else Qt.CheckState.Unchecked
        if column != self.HOURS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.text
        if row.error is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.DecorationRole:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error.message()
        return None

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def _raise_first_error(self) -> None:
        for row in self._rows:
            if row.error is not None:
                raise row.error

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))


class WeekModel(_HoursModel):
    """Seven rows, Monday first: weekday, working tick, hours as text, hours per day."""

    DAY, WORKING, HOURS, TOTAL = range(4)
    EDITABLE = frozenset({HOURS})

    def __init__(self, week: Sequence[Hours], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_week(week)

    def _headers(self) -> tuple[str, ...]:
        return self.tr("Day"), self.tr("Working"), self.tr("Hours"), self.tr("Per day")

    def set_week(self, week: Sequence[Hours]) -> None:
        self.beginResetModel()
        self._rows = [_DayRow(format_intervals(hours), tuple(hours), None,
                              format_intervals(hours or STANDARD_DAY)) for hours in week]
        self.endResetModel()
        self.edited.emit()

    def day_name(self, row: int) -> str:
        # QLocale follows the UI language (app.ui.translations sets the default).
        return QLocale().dayName(row + 1, QLocale.FormatType.LongFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.DAY and role == Qt.ItemDataRole.DisplayRole:
            return self.day_name(index.row())
        if column == self.WORKING and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Working day")
        if column == self.TOTAL and role == Qt.ItemDataRole.DisplayRole and row.hours is not None:
            return self.tr("{n} h").format(n=_hours_text(row.hours))
        return self._hours_data(row, column, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if index.column() == self.WORKING and role == Qt.ItemDataRole.CheckStateRole:
            text = row.remembered if _checked(value) else ""
        elif index.column() == self.HOURS and role == Qt.ItemDataRole.EditRole:
            text = str(value)
        else:
            return False
        self.set_text(index.row(), text)
        return True

    def set_text(self, row: int, text: str) -> None:
        day = self._rows[row]
        day.set_text(text)
        if day.hours:
            day.remembered = format_intervals(day.hours)
        self._changed(row)

    def hours(self) -> list[Hours | None]:
        """Each day's hours, None for a day whose text is invalid."""
        return [row.hours for row in self._rows]

    def errors(self) -> list[str]:
        return [self.tr("{day}: {message}").format(day=self.day_name(i), message=row.error.message())
                for i, row in enumerate(self._rows) if row.error is not None]

    def week(self) -> tuple[Hours, ...]:
        """The valid week; raises the first row's UserError while any text is invalid."""
        self._raise_first_error()
        return tuple(row.hours for row in self._rows)


class ExceptionModel(_HoursModel):
    """Dated exceptions, always sorted by date; empty hours mean a non-working day."""

    DATE, NAME, WORKING, HOURS = range(4)
    EDITABLE = frozenset({DATE, NAME, HOURS})
    refused = Signal(object)  # the datetime.date that is already taken

    def __init__(self, exceptions: Sequence[Exception_], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = sorted((_ExceptionRow.of(e) for e in exceptions), key=lambda r: r.day)
        # Hours a day gets when it is ticked as working; the dialog points this at the week.
        self.workday_for: Callable[[date], Hours] = lambda day: STANDARD_DAY

    def _headers(self) -> tuple[str, ...]:
        return self.tr("Date"), self.tr("Name"), self.tr("Working"), self.tr("Hours")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.DATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(_qdate(row.day), "yyyy-MM-dd ddd")
            if role == Qt.ItemDataRole.EditRole:
                return _qdate(row.day)
        if column == self.NAME and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name
        if column == self.WORKING and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Working day") if row.text else self.tr("Non-working day")
        return self._hours_data(row, column, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        if column == self.DATE and role == Qt.ItemDataRole.EditRole:
            return self._set_day(row, value.toPython() if isinstance(value, QDate) else value)
        if column == self.NAME and role == Qt.ItemDataRole.EditRole:
            row.name = str(value).strip()
        elif column == self.WORKING and role == Qt.ItemDataRole.CheckStateRole:
            row.set_text(format_intervals(self.workday_for(row.day)) if _checked(value) else "")
        elif column == self.HOURS and role == Qt.ItemDataRole.EditRole:
            row.set_text(str(value))
        else:
            return False
        self._changed(index.row())
        return True

    def _set_day(self, row: _ExceptionRow, day: date) -> bool:
        if day == row.day:
            return True
        if any(other.day == day for other in self._rows):
            self.refused.emit(day)
            return False
        row.day = day
        self._sort()
        self.edited.emit()
        return True

    def _sort(self) -> None:
        # Selection and the current cell follow the moved row (persistent indexes).
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows.sort(key=lambda r: r.day)
        position = {id(row): i for i, row in enumerate(self._rows)}
        for old in self.persistentIndexList():
            new_row = position[id(before[old.row()])]
            self.changePersistentIndex(old, self.index(new_row, old.column()))
        self.layoutChanged.emit()

    def day_at(self, row: int) -> date:
        return self._rows[row].day

    def next_free_day(self, today: date) -> date:
        """The day after the last exception, or today when there is none."""
        return date.fromordinal(self._rows[-1].day.toordinal() + 1) if self._rows else today

    def add(self, exception: Exception_) -> int:
        """Insert a new day in date order; returns its row."""
        row = next((i for i, r in enumerate(self._rows) if r.day > exception.day),
                   len(self._rows))
        self.beginInsertRows(ROOT, row, row)
        self._rows.insert(row, _ExceptionRow.of(exception))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()
        if rows:
            self.edited.emit()

    def merge(self, added: Sequence[Exception_]) -> tuple[int, int]:
        """Lay `added` over the table (they win on their own days): (new, replaced) counts."""
        by_day = {row.day: row for row in self._rows}
        new = [e for e in added if e.day not in by_day]
        replaced = [e for e in added if e.day in by_day and not by_day[e.day].same_as(e)]
        self.beginResetModel()
        for exception in replaced:
            by_day[exception.day].name = exception.name
            by_day[exception.day].set_text(format_intervals(exception.intervals))
        self._rows = sorted(self._rows + [_ExceptionRow.of(e) for e in new], key=lambda r: r.day)
        self.endResetModel()
        self.edited.emit()
        return len(new), len(replaced)

    def working_days(self) -> dict[date, bool]:
        """Whether each exception day works, invalid hours included (for the preview)."""
        return {row.day: bool(row.text) for row in self._rows}

    def errors(self) -> list[str]:
        return [self.tr("{date}: {message}").format(date=row.day.isoformat(),
                                                    message=row.error.message())
                for row in self._rows if row.error is not None]

    def exceptions(self) -> dict[date, Exception_]:
        """The valid exceptions; raises the first UserError while any hours are invalid."""
        self._raise_first_error()
        return {row.day: Exception_(row.day, row.name, row.hours) for row in self._rows}


class MonthPreview(QCalendarWidget):
    """A month view marking non-working days in red and make-up working days in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._week: list[bool] = [True] * 5 + [False] * 2
        self._days: dict[date, bool] = {}

    def show_days(self, week: Sequence[bool], days: Mapping[date, bool]) -> None:
        """`week`: whether each weekday works (Monday first); `days`: exception days."""
        self._week, self._days = list(week), dict(days)
        off, on, make_up = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        palette = self.palette()
        off.setForeground(error_text_colour(palette))
        # Explicit text colour: Qt paints Saturday and Sunday red by default.
        on.setForeground(palette.color(QPalette.ColorRole.Text))
        make_up.setForeground(palette.color(QPalette.ColorRole.Text))
        make_up.setFontWeight(QFont.Weight.Bold)
        for weekday, working in enumerate(self._week):
            self.setWeekdayTextFormat(Qt.DayOfWeek(weekday + 1), on if working else off)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears them all
        for day, working in self._days.items():
            weekday_works = self._week[day.weekday()]
            if working and not weekday_works:
                self.setDateTextFormat(_qdate(day), make_up)
            elif not working:
                self.setDateTextFormat(_qdate(day), off)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.show_days(self._week, self._days)
        super().changeEvent(event)
