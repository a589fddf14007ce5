"""The calendar editor: weekly hours, dated exceptions and holiday presets.

The dialog edits a copy and hands back a new WorkCalendar from `calendar()`; the
caller turns that into an undoable command, so nothing here writes the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.calendar import STANDARD_WEEK, Exception_, WorkCalendar
from app.core.errors import UserError
from app.core.holiday_presets import CHINA, countries, holiday_exceptions
from app.ui.calendar_widgets import (
    ExceptionModel,
    Hours,
    Index,
    MonthPreview,
    WeekModel,
    error_text_colour,
    typical_workday,
    warning_icon,
)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar popup and an unambiguous format."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor


class MessageLine(QWidget):
    """An inline message under a table: warning icon and red text for errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self._error = False
        self.hide()

    def show_message(self, text: str, error: bool = True) -> None:
        self._error = error
        self.text.setText(text)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(warning_icon().pixmap(size))
        self._icon.setVisible(error)
        self._apply_colour()
        self.setVisible(bool(text))

    def _apply_colour(self) -> None:
        palette = QApplication.palette(self.text)
        if self._error:
            palette.setColor(QPalette.ColorRole.WindowText, error_text_colour(palette))
        self.text.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colour()  # a theme switch changes which red is readable
        super().changeEvent(event)


_countries: list[tuple[str, str]] = []


def _country_list() -> list[tuple[str, str]]:
    # Reading the holidays registry takes a moment; once per session is enough.
    if not _countries:
        _countries.extend(countries())
    return _countries


def _table(model: WeekModel | ExceptionModel, parent: QWidget, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setWordWrap(False)  # one line a row; a long bad entry is in the message below
    # Tab leaves the table (arrows move inside) so every control is reachable by Tab.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class CalendarDialog(QDialog):
    """Edit one working-time calendar; `calendar()` returns the edited copy."""

    def __init__(self, calendar: WorkCalendar, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._refused: date | None = None  # last date refused as a duplicate
        # The last preset result, kept as data so a language switch can re-word it.
        self._preset_note: tuple[int, int] | UserError | None = None

        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(calendar.name, self)
        self.name_label.setBuddy(self.name_edit)
        self.name_message = MessageLine(self)

        self.week_box = QGroupBox(self)
        self.week_model = WeekModel(calendar.week, self)
        self.week_view = _table(self.week_model, self.week_box, WeekModel.HOURS)
        self.week_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_total = QLabel(self.week_box)
        self.standard_button = QPushButton(self.week_box)
        self.week_message = MessageLine(self.week_box)

        self.exception_box = QGroupBox(self)
        self.exception_model = ExceptionModel(list(calendar.exceptions.values()), self)
        self.exception_model.workday_for = self._workday_for
        self.exception_view = _table(self.exception_model, self.exception_box,
                                     ExceptionModel.NAME)
        self.exception_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exception_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.exception_view.setItemDelegateForColumn(ExceptionModel.DATE,
                                                     DateDelegate(self.exception_view))
        self.add_button = QPushButton(self.exception_box)
        self.remove_button = QPushButton(self.exception_box)
        # Delete removes the selection only while the table itself has focus, so it
        # never steals the key from a cell editor.
        self.remove_action = QAction(self.exception_view)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.exception_view.addAction(self.remove_action)
        self.exception_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.exception_message = MessageLine(self.exception_box)

        self.preset_box = QGroupBox(self)
        self.country_label = QLabel(self.preset_box)
        self.country_combo = QComboBox(self.preset_box)
        for code, name in _country_list():
            self.country_combo.addItem(name, code)
        self.from_label, self.to_label = QLabel(self.preset_box), QLabel(self.preset_box)
        self.from_year, self.to_year = QSpinBox(self.preset_box), QSpinBox(self.preset_box)
        for label, spin, year in ((self.from_label, self.from_year, date.today().year),
                                  (self.to_label, self.to_year, date.today().year + 1)):
            spin.setRange(1950, 2100)
            spin.setValue(year)
            label.setBuddy(spin)
        self.country_label.setBuddy(self.country_combo)
        self.apply_button = QPushButton(self.preset_box)
        self.preset_status = MessageLine(self.preset_box)

        self.preview_box = QGroupBox(self)
        self.preview = MonthPreview(self.preview_box)
        self.legend = QLabel(self.preview_box)
        self.legend.setWordWrap(True)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)  # Enter accepts wherever it is not used by a control

        self._lay_out()
        self._connect()
        self.retranslate()  # sets every text, then the messages and the preview
        self.name_edit.setFocus()

    def _lay_out(self) -> None:
        week = QGridLayout(self.week_box)
        week.addWidget(self.week_view, 0, 0, 1, 2)
        week.addWidget(self.week_message, 1, 0, 1, 2)
        week.addWidget(self.week_total, 2, 0)
        week.addWidget(self.standard_button, 2, 1)
        # All seven days visible without scrolling.
        header = self.week_view.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.week_view.setMinimumHeight(header.defaultSectionSize() * 7 + 2
                                        * self.week_view.frameWidth()
                                        + self.week_view.horizontalHeader().sizeHint().height())

        # The exception table takes what room is left, at least a few rows, so a wrapped
        # message never squeezes the week table (layouts shrink every item alike).
        self.exception_view.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Ignored)
        self.exception_view.setMinimumHeight(header.defaultSectionSize() * 4)
        exceptions = QGridLayout(self.exception_box)
        exceptions.addWidget(self.exception_view, 0, 0, 1, 3)
        exceptions.addWidget(self.exception_message, 1, 0, 1, 3)
        exceptions.addWidget(self.add_button, 2, 0)
        exceptions.addWidget(self.remove_button, 2, 1)
        exceptions.setColumnStretch(2, 1)
        exceptions.setRowStretch(0, 1)

        preset = QFormLayout(self.preset_box)
        preset.addRow(self.country_label, self.country_combo)
        years = QHBoxLayout()
        years.addWidget(self.from_year, 1)
        years.addWidget(self.to_label)
        years.addWidget(self.to_year, 1)
        preset.addRow(self.from_label, years)
        preset.addRow(self.apply_button)
        preset.addRow(self.preset_status)

        preview = QVBoxLayout(self.preview_box)
        preview.addWidget(self.preview)
        preview.addWidget(self.legend)

        # The preview sits beside the week it mirrors, the presets beside the table they
        # fill. Box layouts (not one grid) so wrapped messages get the height they need.
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.week_box)
        left.addWidget(self.exception_box, 1)
        right.addWidget(self.preview_box)
        right.addWidget(self.preset_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        main = QVBoxLayout(self)
        main.addLayout(name_row)
        main.addWidget(self.name_message)
        main.addLayout(columns, 1)
        main.addWidget(self.button_box)
        self.resize(self.sizeHint().expandedTo(QSize(980, 680)))

        order = [self.name_edit, self.week_view, self.standard_button, self.preview,
                 self.exception_view, self.add_button, self.remove_button, self.country_combo,
                 self.from_year, self.to_year, self.apply_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._refresh)
        self.week_model.edited.connect(self._refresh)
        self.exception_model.edited.connect(self._edited_exceptions)
        self.exception_model.refused.connect(self._refuse)
        self.standard_button.clicked.connect(lambda: self.week_model.set_week(STANDARD_WEEK))
        self.add_button.clicked.connect(self.add_exception)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        self.exception_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.from_year.valueChanged.connect(
            lambda year: self.to_year.setValue(max(year, self.to_year.value())))
        self.to_year.valueChanged.connect(
            lambda year: self.from_year.setValue(min(year, self.from_year.value())))
        self.apply_button.clicked.connect(self.apply_preset)

    def retranslate(self) -> None:
        """Re-set every text; called again whenever the language changes."""
        self.setWindowTitle(self.tr("Working Time Calendar"))
        self.name_label.setText(self.tr("&Name:"))
        self.week_box.setTitle(self.tr("&Weekly working hours"))
        self.standard_button.setText(self.tr("&Standard (Mon\u2013Fri 8:00\u201312:00, "
                                             "13:00\u201317:00)"))
        self.standard_button.setToolTip(self.tr("Replace the weekly hours with the standard week"))
        self.exception_box.setTitle(self.tr("E&xceptions (holidays and changed days)"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_action.setText(self.tr("Remove"))
        self.preset_box.setTitle(self.tr("Public &holidays"))
        self.country_label.setText(self.tr("&Country:"))
        self.country_combo.setItemText(self.country_combo.findData(CHINA), self.tr(
            "China \u2014 statutory holidays and make-up workdays"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.apply_button.setText(self.tr("Appl&y preset"))
        self.apply_button.setToolTip(self.tr("Add the country's holidays for these years to "
                                             "the exceptions; they replace exceptions on the "
                                             "same days"))
        self.preview_box.setTitle(self.tr("Pre&view"))
        self.legend.setText(self.tr("Red: non-working day. Bold: make-up working day."))
        self.week_model.retranslate()
        self.exception_model.retranslate()
        self._refresh()
        self._show_preset_note()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def calendar(self) -> WorkCalendar:
        """The edited calendar, a new value; raises UserError while an entry is invalid."""
        return WorkCalendar(self.name_edit.text().strip(), self.week_model.week(),
                            self.exception_model.exceptions())

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # guards a programmatic accept of a bad entry
            super().accept()

    def _workday_for(self, day: date) -> Hours:
        hours = self.week_model.hours()
        return hours[day.weekday()] or typical_workday(hours)

    def add_exception(self) -> None:
        """A non-working day after the last exception (or today), selected for editing."""
        day = self.exception_model.next_free_day(date.today())
        row = self.exception_model.add(Exception_(day, "", ()))
        index = self.exception_model.index(row, ExceptionModel.DATE)
        self.exception_view.setCurrentIndex(index)
        self.exception_view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.exception_view.scrollTo(index)
        self.exception_view.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in
                       self.exception_view.selectionModel().selectedRows()})
        if not rows:
            return
        self.exception_model.remove_rows(rows)
        # Keep a selection where the first removed row was, so Delete can repeat.
        left = self.exception_model.rowCount()
        if left:
            index = self.exception_model.index(min(rows[0], left - 1), ExceptionModel.DATE)
            self.exception_view.setCurrentIndex(index)
            self.exception_view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def apply_preset(self) -> None:
        """Merge the chosen country's holidays; on a UserError nothing changes."""
        code = self.country_combo.currentData()
        years = range(self.from_year.value(), self.to_year.value() + 1)
        workday = typical_workday(self.week_model.hours())
        try:
            added = holiday_exceptions(code, years, self._language, workday)
        except UserError as error:
            self._preset_note = error
        else:
            self._preset_note = self.exception_model.merge(added)
            if added:
                first = added[0].day
                self.preview.setCurrentPage(first.year, first.month)
        self._show_preset_note()

    def _show_preset_note(self) -> None:
        if self._preset_note is None:
            self.preset_status.show_message("")
            return
        if isinstance(self._preset_note, UserError):
            self.preset_status.show_message(self._preset_note.message(), error=True)
            return
        new, replaced = self._preset_note
        if not new and not replaced:
            text = self.tr("All of the preset's days are already in the exceptions.")
        else:
            text = self.tr("Added %n day(s).", None, new)
            if replaced:
                text += " " + self.tr("Replaced %n existing day(s).", None, replaced)
        self.preset_status.show_message(text, error=False)

    def _refuse(self, day: date) -> None:
        self._refused = day
        self._refresh()

    def _edited_exceptions(self) -> None:
        self._refused = None  # a successful edit supersedes the last refusal
        self._refresh()

    def _selection_changed(self) -> None:
        rows = self.exception_view.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows))
        if rows:
            day = self.exception_model.day_at(rows[0].row())
            self.preview.setSelectedDate(day)

    def _refresh(self) -> None:
        """Messages, the OK button and the preview follow every edit."""
        name_ok = bool(self.name_edit.text().strip())
        self.name_message.show_message("" if name_ok else self.tr("The calendar needs a name."))
        week_errors = self.week_model.errors()
        self.week_message.show_message("\n".join(week_errors))
        exception_errors = self.exception_model.errors()
        notes = list(exception_errors)
        if self._refused is not None:
            notes.insert(0, self.tr("There is already an exception on {date}; the date was "
                                    "not changed.").format(date=self._refused.isoformat()))
        self.exception_message.show_message("\n".join(notes))
        self.ok_button.setEnabled(name_ok and not week_errors and not exception_errors)

        hours = self.week_model.hours()
        minutes = sum(end - start for day in hours for start, end in day or ())
        self.week_total.setText(self.tr("{n} h per week").format(
            n=f"{minutes / 60:.2f}".rstrip("0").rstrip(".")))
        self.remove_button.setEnabled(self.exception_view.selectionModel().hasSelection())
        self.preview.show_days([bool(day) or day is None for day in hours],
                               self.exception_model.working_days())
