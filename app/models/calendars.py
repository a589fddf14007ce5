"""Reading and writing calendars as core WorkCalendar values."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.calendar import Exception_, WorkCalendar
from app.models.project import Calendar, CalendarException, CalendarWeekday, Project


def load_calendar(session: Session, calendar_id: int) -> WorkCalendar:
    cal = session.get_one(Calendar, calendar_id)
    week = [()] * 7
    for row in cal.weekdays:
        week[row.weekday] = tuple((int(s), int(e)) for s, e in row.intervals)
    exceptions = {
        row.day: Exception_(row.day, row.name, tuple((int(s), int(e)) for s, e in row.intervals))
        for row in cal.exceptions
    }
    return WorkCalendar(cal.name, tuple(week), exceptions)


def project_calendar(session: Session) -> WorkCalendar:
    project = session.get_one(Project, 1)
    if project.calendar_id is None:
        return WorkCalendar()
    return load_calendar(session, project.calendar_id)


def store_calendar(session: Session, calendar_id: int, calendar: WorkCalendar) -> None:
    """Replace the stored calendar's name, week and exceptions with `calendar`'s."""
    cal = session.get(Calendar, calendar_id)
    if cal is None:
        cal = Calendar(id=calendar_id, name=calendar.name)
        session.add(cal)
    cal.name = calendar.name
    session.execute(delete(CalendarWeekday).where(CalendarWeekday.calendar_id == calendar_id))
    session.execute(delete(CalendarException)
                    .where(CalendarException.calendar_id == calendar_id))
    session.flush()
    session.expire(cal, ["weekdays", "exceptions"])
    session.add_all(CalendarWeekday(calendar_id=calendar_id, weekday=i,
                                    intervals=[list(iv) for iv in intervals])
                    for i, intervals in enumerate(calendar.week))
    session.add_all(CalendarException(calendar_id=calendar_id, day=exc.day, name=exc.name,
                                      intervals=[list(iv) for iv in exc.intervals])
                    for exc in sorted(calendar.exceptions.values(), key=lambda e: e.day))


def calendar_names(session: Session) -> list[tuple[int, str]]:
    return list(session.execute(select(Calendar.id, Calendar.name).order_by(Calendar.id)))
