"""The calendar editor dialog, driven as a user would (offscreen)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDate, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from app.core.calendar import STANDARD_WEEK, Exception_, WorkCalendar  # noqa: E402
from app.ui.calendar_dialog import CalendarDialog  # noqa: E402
from app.ui.calendar_widgets import ExceptionModel, WeekModel  # noqa: E402

SATURDAY = 5


@pytest.fixture
def standard() -> WorkCalendar:
    return WorkCalendar("Standard", STANDARD_WEEK, {})


@pytest.fixture
def dialog(qtbot, standard):
    dlg = CalendarDialog(standard, "en")
    qtbot.addWidget(dlg)
    return dlg


def week_cell(dlg, row, column):
    return dlg.week_model.index(row, column)


def exc_cell(dlg, row, column):
    return dlg.exception_model.index(row, column)


def test_opens_on_standard_calendar(dialog, standard):
    assert dialog.name_edit.text() == "Standard"
    assert dialog.week_model.rowCount() == 7
    assert dialog.week_model.data(week_cell(dialog, 0, WeekModel.HOURS)) == \
        "08:00\u201312:00, 13:00\u201317:00"
    assert dialog.week_model.data(week_cell(dialog, 0, WeekModel.TOTAL)) == "8 h"
    assert dialog.ok_button.isEnabled()
    assert dialog.calendar() == standard
    assert dialog.calendar() is not standard


def test_saturday_made_working(dialog):
    model = dialog.week_model
    model.setData(week_cell(dialog, SATURDAY, WeekModel.HOURS), "09:00-12:00")
    assert dialog.calendar().week[SATURDAY] == ((9 * 60, 12 * 60),)
    assert model.data(week_cell(dialog, SATURDAY, WeekModel.WORKING),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(week_cell(dialog, SATURDAY, WeekModel.TOTAL)) == "3 h"
    assert "43 h" in dialog.week_total.text()


def test_typing_hours_in_the_table(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    view, index = dialog.week_view, week_cell(dialog, SATURDAY, WeekModel.HOURS)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "09:00-12:00")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: dialog.calendar().week[SATURDAY] == ((540, 720),))
    assert dialog.isVisible()  # Enter committed the cell, it did not close the dialog


def test_working_tick_clears_and_restores_hours(dialog):
    model = dialog.week_model
    monday = week_cell(dialog, 0, WeekModel.WORKING)
    model.setData(monday, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.calendar().week[0] == ()
    model.setData(monday, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.calendar().week[0] == STANDARD_WEEK[0]
    sunday = week_cell(dialog, 6, WeekModel.WORKING)
    model.setData(sunday, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.calendar().week[6] == STANDARD_WEEK[0]


def test_bad_hours_block_ok_until_fixed(dialog):
    model, index = dialog.week_model, week_cell(dialog, 1, WeekModel.HOURS)
    model.setData(index, "08:00-12:00, 11:00-17:00")
    assert not dialog.ok_button.isEnabled()
    assert not dialog.week_message.isHidden()
    assert "Tuesday" in dialog.week_message.text.text()
    assert "overlap" in dialog.week_message.text.text()
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)
    dialog.accept()
    assert dialog.result() != CalendarDialog.DialogCode.Accepted

    model.setData(index, "nonsense")
    assert "not a time range" in dialog.week_message.text.text()

    model.setData(index, "08:00-12:00, 13:00-17:30")
    assert dialog.ok_button.isEnabled()
    assert dialog.week_message.isHidden()
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.calendar().week[1] == ((480, 720), (780, 1050))


def test_standard_button_resets_week(dialog):
    dialog.week_model.setData(week_cell(dialog, 2, WeekModel.HOURS), "bad")
    dialog.week_model.setData(week_cell(dialog, 6, WeekModel.HOURS), "10:00-11:00")
    dialog.standard_button.click()
    assert dialog.ok_button.isEnabled()
    assert dialog.calendar().week == STANDARD_WEEK


def test_empty_name_blocks_ok(dialog):
    dialog.name_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("Site calendar")
    assert dialog.ok_button.isEnabled()
    assert dialog.calendar().name == "Site calendar"


def test_add_and_remove_exceptions(qtbot, dialog):
    model = dialog.exception_model
    dialog.add_button.click()
    assert model.rowCount() == 1
    first = dialog.calendar().exceptions[date.today()]
    assert not first.working
    dialog.add_button.click()
    dialog.add_button.click()
    days = sorted(dialog.calendar().exceptions)
    assert [d.toordinal() - days[0].toordinal() for d in days] == [0, 1, 2]

    model.setData(exc_cell(dialog, 1, ExceptionModel.NAME), "Site closed")
    model.setData(exc_cell(dialog, 1, ExceptionModel.HOURS), "08:00-12:00")
    exc = dialog.calendar().exceptions[days[1]]
    assert (exc.name, exc.intervals) == ("Site closed", ((480, 720),))
    assert model.data(exc_cell(dialog, 1, ExceptionModel.WORKING),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # Multi-select with the mouse-free path: select rows 0 and 2, press Delete.
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.exception_view
    view.selectRow(0)
    view.selectionModel().select(exc_cell(dialog, 2, 0),
                                 view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    dialog.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert list(dialog.calendar().exceptions) == [days[1]]

    view.selectRow(0)
    dialog.remove_button.click()
    assert dialog.calendar().exceptions == {}
    assert not dialog.remove_button.isEnabled()


def test_exceptions_sorted_and_duplicate_date_refused(qtbot, standard):
    days = [date(2026, 3, 2), date(2026, 3, 1), date(2026, 3, 5)]
    cal = WorkCalendar("Site", STANDARD_WEEK, {d: Exception_(d, f"x{d.day}") for d in days})
    dlg = CalendarDialog(cal, "en")
    qtbot.addWidget(dlg)
    model = dlg.exception_model
    assert [model.day_at(r) for r in range(3)] == sorted(days)

    assert not model.setData(exc_cell(dlg, 0, ExceptionModel.DATE), date(2026, 3, 5))
    assert "2026-03-05" in dlg.exception_message.text.text()
    assert dlg.ok_button.isEnabled()  # a refused edit leaves a valid table behind
    assert sorted(dlg.calendar().exceptions) == sorted(days)

    # Moving a day re-sorts the table and clears the refusal message.
    assert model.setData(exc_cell(dlg, 0, ExceptionModel.DATE), date(2026, 3, 9))
    assert [model.day_at(r) for r in range(3)] == \
        [date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9)]
    assert dlg.calendar().exceptions[date(2026, 3, 9)].name == "x1"
    assert dlg.exception_message.isHidden()


def test_bad_exception_hours(dialog):
    dialog.add_button.click()
    dialog.exception_model.setData(exc_cell(dialog, 0, ExceptionModel.HOURS), "17:00-08:00")
    assert not dialog.ok_button.isEnabled()
    assert date.today().isoformat() in dialog.exception_message.text.text()
    dialog.exception_model.setData(exc_cell(dialog, 0, ExceptionModel.HOURS), "")
    assert dialog.ok_button.isEnabled()


def test_china_preset_2026(dialog):
    assert dialog.country_combo.currentData() == "CN"
    dialog.from_year.setValue(2026)
    dialog.to_year.setValue(2026)
    dialog.apply_button.click()
    exceptions = dialog.calendar().exceptions
    assert 20 <= len(exceptions) <= 30
    make_up = exceptions[date(2026, 2, 14)]  # a Saturday worked for the Spring Festival
    assert make_up.working and make_up.intervals == STANDARD_WEEK[0]
    assert not exceptions[date(2026, 10, 1)].working
    assert "Added 25 day(s)" in dialog.preset_status.text.text()
    # The preview marks the make-up Saturday bold.
    assert dialog.preview.dateTextFormat(QDate(2026, 2, 14)).fontWeight() == QFont.Weight.Bold
    holiday = dialog.preview.dateTextFormat(QDate(2026, 10, 1))  # a Thursday off
    assert holiday.foreground().color() != dialog.preview.palette().text().color()

    dialog.apply_button.click()  # applying again adds nothing
    assert len(dialog.calendar().exceptions) == len(exceptions)
    assert "already" in dialog.preset_status.text.text()


def test_preset_wins_on_its_own_days(qtbot):
    mine = Exception_(date(2026, 10, 1), "Our own", ((480, 720),))
    other = Exception_(date(2026, 7, 7), "Kick-off", ())
    dlg = CalendarDialog(WorkCalendar("S", STANDARD_WEEK, {e.day: e for e in (mine, other)}),
                         "zh_CN")
    qtbot.addWidget(dlg)
    dlg.from_year.setValue(2026)
    dlg.to_year.setValue(2026)
    dlg.apply_button.click()
    exceptions = dlg.calendar().exceptions
    assert exceptions[other.day] == other
    assert exceptions[mine.day].name == "国庆节" and not exceptions[mine.day].working
    assert "Replaced 1 existing day(s)" in dlg.preset_status.text.text()


def test_china_preset_without_data_changes_nothing(dialog):
    dialog.add_button.click()
    before = dialog.calendar()
    dialog.from_year.setValue(2027)
    dialog.to_year.setValue(2028)
    dialog.apply_button.click()
    assert "No published holiday data" in dialog.preset_status.text.text()
    assert "2027" in dialog.preset_status.text.text()
    assert dialog.calendar() == before


def test_other_country_preset(dialog):
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("DE"))
    dialog.from_year.setValue(2026)
    dialog.to_year.setValue(2026)
    dialog.apply_button.click()
    exceptions = dialog.calendar().exceptions
    assert date(2026, 12, 25) in exceptions
    assert all(not e.working for e in exceptions.values())


def test_year_spins_stay_ordered(dialog):
    dialog.from_year.setValue(2030)
    assert dialog.to_year.value() == 2030
    dialog.to_year.setValue(2020)
    assert dialog.from_year.value() == 2020


def test_input_calendar_not_mutated(qtbot):
    day = date(2026, 5, 1)
    original = WorkCalendar("Site", STANDARD_WEEK, {day: Exception_(day, "Labour Day")})
    snapshot = WorkCalendar(original.name, original.week, dict(original.exceptions))
    dlg = CalendarDialog(original, "en")
    qtbot.addWidget(dlg)
    dlg.name_edit.setText("Changed")
    dlg.week_model.setData(dlg.week_model.index(SATURDAY, WeekModel.HOURS), "09:00-12:00")
    dlg.exception_model.setData(dlg.exception_model.index(0, ExceptionModel.NAME), "Other")
    dlg.add_button.click()
    dlg.from_year.setValue(2026)
    dlg.to_year.setValue(2026)
    dlg.apply_button.click()
    assert dlg.calendar() != original
    assert original == snapshot


def test_keyboard_enter_accepts_escape_rejects(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == CalendarDialog.DialogCode.Accepted
    dialog.show()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == CalendarDialog.DialogCode.Rejected


def test_every_text_is_retranslated_live(qtbot, dialog):
    from PySide6.QtCore import QTranslator

    class Marking(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            # An empty string means "no translation" (None would crash the binding).
            return "»" + source if context.endswith(("Dialog", "Model")) else ""

        def isEmpty(self):  # noqa: N802
            return False

    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        # Qt posts LanguageChange to every widget; the dialog re-sets its texts.
        qtbot.waitUntil(lambda: dialog.add_button.text() == "»&Add")
        assert dialog.country_combo.itemText(0).startswith("»China")
        assert dialog.week_model.headerData(2, Qt.Orientation.Horizontal) == "»Hours"
        assert dialog.week_model.data(dialog.week_model.index(0, WeekModel.TOTAL)) == "»8 h"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.add_button.text() == "&Add")


def test_ticking_an_exception_working_gives_it_the_days_hours(dialog):
    dialog.week_model.setData(week_cell(dialog, 0, WeekModel.HOURS), "07:00-15:00")
    model = dialog.exception_model
    monday, saturday = date(2026, 3, 2), date(2026, 3, 7)
    for day in (monday, saturday):
        model.add(Exception_(day))
    for row in range(2):
        model.setData(exc_cell(dialog, row, ExceptionModel.WORKING), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    exceptions = dialog.calendar().exceptions
    assert exceptions[monday].intervals == ((420, 900),)  # Monday's own hours
    assert exceptions[saturday].intervals == STANDARD_WEEK[1]  # a usual workday's hours
    model.setData(exc_cell(dialog, 1, ExceptionModel.WORKING), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert not dialog.calendar().exceptions[saturday].working


def test_enter_does_not_accept_while_invalid(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.week_model.setData(week_cell(dialog, 0, WeekModel.HOURS), "25:00-26:00")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != CalendarDialog.DialogCode.Accepted
