"""Moving the status date, which keeps the key figures of the date being left."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands.base import Changes, Command
from app.models.health import key_figures
from app.models.project import Project
from app.models.tasks import StatusSnapshot

SET_STATUS_DATE = QT_TRANSLATE_NOOP("commands", "Set Status Date")


def _at(day: date) -> datetime:
    return datetime.combine(day, time())


class SetStatusDate(Command):
    """Set the project's status date (None clears it).

    Progress is entered as of a status date, so when the date moves on the figures of
    the date being left are final: they are kept as that date's StatusSnapshot (one per
    date, replaced if the date is left again), and the trend charts draw from them.
    Undo restores the date and the snapshot as they were.
    """

    name = SET_STATUS_DATE
    changes = Changes.PROJECT

    def __init__(self, old: date | None, new: date | None) -> None:
        self.old, self.new = old, new
        self._figures: dict | None = None  # computed once; a redo stores the same
        self._replaced: tuple[int, datetime, dict] | None = None  # the snapshot overwritten

    def apply(self, session: Session) -> None:
        project = session.get_one(Project, 1)
        if self.old is not None and self.old != self.new:
            self._keep_snapshot(session, self.old)
        project.status_date = self.new
        session.flush()

    def _keep_snapshot(self, session: Session, day: date) -> None:
        if self._figures is None:
            self._figures = key_figures(session, day, include_confidential=True).snapshot()
        existing = session.scalar(select(StatusSnapshot)
                                  .where(StatusSnapshot.status_date == _at(day)))
        if existing is not None:
            self._replaced = (existing.id, existing.taken_at, dict(existing.figures or {}))
            existing.taken_at, existing.figures = datetime.now(), self._figures
        else:
            self._replaced = None
            session.add(StatusSnapshot(status_date=_at(day), taken_at=datetime.now(),
                                       figures=self._figures))

    def revert(self, session: Session) -> None:
        session.get_one(Project, 1).status_date = self.old
        if self.old is not None and self.old != self.new:
            if self._replaced is not None:
                snapshot_id, taken_at, figures = self._replaced
                row = session.get_one(StatusSnapshot, snapshot_id)
                row.taken_at, row.figures = taken_at, figures
            else:
                session.execute(delete(StatusSnapshot)
                                .where(StatusSnapshot.status_date == _at(self.old)))
        session.flush()
