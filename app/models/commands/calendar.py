"""Calendar edits: the whole calendar is swapped, old for new, as one step."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.calendars import store_calendar
from app.models.commands.base import Changes, Command

EDIT_CALENDAR = QT_TRANSLATE_NOOP("commands", "Edit Calendar")


class ReplaceCalendar(Command):
    changes = Changes.CALENDAR

    def __init__(self, calendar_id: int, old: WorkCalendar, new: WorkCalendar,
                 name: str = EDIT_CALENDAR) -> None:
        self.calendar_id, self.old, self.new, self.name = calendar_id, old, new, name

    def apply(self, session: Session) -> None:
        store_calendar(session, self.calendar_id, self.new)

    def revert(self, session: Session) -> None:
        store_calendar(session, self.calendar_id, self.old)
