"""Project menu: properties and the working calendar, each one undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.calendars import calendar_names, load_calendar
from app.models.commands import Changes, Command, Macro, ReplaceCalendar, SetFields
from app.models.commands.status import SetStatusDate
from app.models.people import Person
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
        if "stakeholder_scale" in changes:
            with port.document.reader() as session:
                commands += rescaled_people(session, old["stakeholder_scale"],
                                            changes["stakeholder_scale"])
    if commands:
        port.execute(commands[0] if len(commands) == 1 else Macro(EDIT_PROPERTIES, commands))


def rescaled_people(session: Session, old: int, new: int) -> list[Command]:
    """Commands that move every stakeholder's scores from a 1..old scale to 1..new."""
    def scaled(value: int | None) -> int | None:
        if value is None or value <= 0:
            return value
        return min(new, max(1, round(1 + (value - 1) * (new - 1) / (old - 1))))

    commands: list[Command] = []
    for person in session.scalars(select(Person)):
        fields = ("power", "interest", "target_power", "target_interest")
        before = {f: getattr(person, f) for f in fields}
        after = {f: scaled(v) for f, v in before.items()}
        if after != before:
            commands.append(SetFields(EDIT_PROPERTIES, Person, {"id": person.id}, before,
                                      after, Changes.PEOPLE))
    return commands


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
