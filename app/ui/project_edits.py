"""Project menu: properties and the working calendar, each one undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.calendars import calendar_names, load_calendar
from app.models.commands import Changes, Command, Macro, ReplaceCalendar, SetFields
from app.models.commands.status import SetStatusDate
from app.models.project import Project

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

EDIT_PROPERTIES = QT_TRANSLATE_NOOP("commands", "Edit Project Properties")


def edit_properties(window: MainWindow) -> None:
    from app.ui.properties_dialog import ProjectPropertiesDialog

    port = window.port
    if port is None:
        return
    with port.document.reader() as session:
        project = session.get_one(Project, 1)
        calendars = calendar_names(session)
        session.expunge(project)
    dialog = ProjectPropertiesDialog(project, calendars, window)
    if port.document.read_only:
        read_only = QCoreApplication.translate("MainWindow", "read-only")
        dialog.setWindowTitle(f"{dialog.windowTitle()} [{read_only}]")
    if not dialog.exec():
        return
    changes = dialog.changes()
    commands: list[Command] = []
    if "status_date" in changes:  # keeps the figures of the date left (dashboard trends)
        commands.append(SetStatusDate(project.status_date, changes.pop("status_date")))
    if changes:
        old = {key: getattr(project, key) for key in changes}
        commands.insert(0, SetFields(EDIT_PROPERTIES, Project, {"id": 1}, old, changes,
                                     Changes.PROJECT))
    if commands:
        port.execute(commands[0] if len(commands) == 1 else Macro(EDIT_PROPERTIES, commands))


def edit_calendar(window: MainWindow) -> None:
    from app.ui.calendar_dialog import CalendarDialog

    port = window.port
    if port is None:
        return
    with port.document.reader() as session:
        project = session.get_one(Project, 1)
        calendar_id = project.calendar_id or 1
        calendar = load_calendar(session, calendar_id)
        language = project.language
    dialog = CalendarDialog(calendar, language, window)
    if dialog.exec():
        edited = dialog.calendar()
        if edited != calendar:
            port.execute(ReplaceCalendar(calendar_id, calendar, edited))
