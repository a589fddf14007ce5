"""Stakeholder edits as commands: checked here, so every caller gets the same refusals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.enums import Attitude, Engagement
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.stakeholders import SCORE_FIELDS, check_score, clean_name
from app.models.commands.base import Changes, Command, Macro
from app.models.commands.rows import DeleteRows, InsertRows, SetFields
from app.models.people import Person, RaciCell, RaciRole, Risk
from app.models.project import Project
from app.models.tasks import Assignment

ADD = QT_TRANSLATE_NOOP("commands", "Add Stakeholder")
EDIT = QT_TRANSLATE_NOOP("commands", "Edit Stakeholder")
MOVE = QT_TRANSLATE_NOOP("commands", "Move Stakeholder on Grid")
NUDGE = QT_TRANSLATE_NOOP("commands", "Nudge Stakeholder on Grid")
ENGAGE = QT_TRANSLATE_NOOP("commands", "Set Engagement")
DELETE = QT_TRANSLATE_NOOP("commands", "Delete Stakeholder")
DELETE_MANY = QT_TRANSLATE_NOOP("commands", "Delete Stakeholders")
NEW_NAME = QT_TRANSLATE_NOOP("stakeholders", "New stakeholder")
GONE = QT_TRANSLATE_NOOP("errors", "This stakeholder no longer exists; nothing was changed.")
BAD_CHOICE = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is not one of the choices.")

TEXT_FIELDS = ("organisation", "title", "contact", "strategy", "communication", "notes")
FLAG_FIELDS = ("team_member", "confidential")
CHOICE_FIELDS: dict[str, type] = {"attitude": Attitude, "engagement_current": Engagement,
                                  "engagement_desired": Engagement}


class EditFields(SetFields):
    """A register edit or a finished drag: its own undo step, never merged with the next."""

    def merge(self, other: Command) -> bool:
        return False


def _others(session: Session, person_id: int | None) -> list[str]:
    query = select(Person.name)
    if person_id is not None:
        query = query.where(Person.id != person_id)
    return list(session.scalars(query))


def clean_value(session: Session, person: Person, field: str, value: Any) -> Any:
    """`value` as stored for `field`, or a UserError saying why it is refused."""
    if field == "name":
        return clean_name(value, _others(session, person.id))
    if field in SCORE_FIELDS:
        scale = session.get_one(Project, 1).stakeholder_scale
        return check_score(field, value, scale, person.name)
    if field in TEXT_FIELDS:
        return str(value).strip()
    if field in FLAG_FIELDS:
        return bool(value)
    if field in CHOICE_FIELDS:
        if value is None or value == "":
            if field == "attitude":
                raise UserError(BAD_CHOICE, value="")
            return None
        try:
            return CHOICE_FIELDS[field](value)
        except ValueError:
            raise UserError(BAD_CHOICE, value=value) from None
    raise KeyError(field)


def edit_stakeholder(session: Session, person_id: int, values: dict[str, Any],
                     name: str = EDIT) -> Command | None:
    """One undoable edit of some fields, or None when nothing changes."""
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(GONE)
    clean = {field: clean_value(session, person, field, value) for field, value in values.items()}
    _complete_target(person, clean)
    old = {field: getattr(person, field) for field in clean}
    changed = {field: v for field, v in clean.items() if old[field] != v}
    if not changed:
        return None
    return EditFields(name, Person, {"id": person_id}, {f: old[f] for f in changed}, changed,
                      Changes.PEOPLE)


def _complete_target(person: Person, clean: dict[str, Any]) -> None:
    """A target is a point: setting one half fills the other from today's score,
    clearing one half clears the other."""
    halves = {"target_power": ("target_interest", "interest"),
              "target_interest": ("target_power", "power")}
    given = [f for f in halves if f in clean]
    if len(given) != 1:
        return
    other, score = halves[given[0]]
    if clean[given[0]] is None:
        clean[other] = None
    elif getattr(person, other) is None:
        clean[other] = getattr(person, score)


def move_stakeholder(session: Session, person_id: int, power: int, interest: int,
                     nudge: bool = False) -> Command | None:
    """A marker dropped on the grid (one step), or moved by the arrow keys: a run of
    nudges of one person merges into one step, as a drag would be."""
    if not nudge:
        return edit_stakeholder(session, person_id, {"power": power, "interest": interest},
                                MOVE)
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(GONE)
    new = {f: clean_value(session, person, f, v)
           for f, v in (("power", power), ("interest", interest))}
    old = {"power": person.power, "interest": person.interest}
    if new == old:
        return None
    # Both scores always, so that the next nudge has the same fields and merges.
    return SetFields(NUDGE, Person, {"id": person_id}, old, new, Changes.PEOPLE)


def add_stakeholder(session: Session, values: dict[str, Any] | None = None) -> InsertRows:
    """A new person at the end of the register, with a free name unless one is given."""
    next_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
    position = (session.scalar(select(func.max(Person.position))) or 0) + 1
    taken = {n.casefold() for n in _others(session, None)}
    name = translate("stakeholders", NEW_NAME)
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{name} {n}"
    row: dict[str, Any] = {"id": next_id, "position": position, "name": candidate}
    scratch = Person(**row)
    for field, value in (values or {}).items():
        row[field] = clean_value(session, scratch, field, value)
    return InsertRows(ADD, Person, [row], Changes.PEOPLE)


def delete_stakeholders(session: Session, ids: Sequence[int]) -> Command:
    """Delete people with their assignments, RACI columns and risk ownership, undoably.

    The database would cascade these deletions by itself; they are taken out one by
    one first so that undo can put every row back as it was.
    """
    ids = list(ids)
    roles = list(session.scalars(select(RaciRole.id).where(RaciRole.person_id.in_(ids))))
    steps: list[Command] = [
        DeleteRows.capture(session, DELETE, RaciCell, [RaciCell.role_id.in_(roles)],
                           Changes.RACI),
        DeleteRows.capture(session, DELETE, RaciRole, [RaciRole.id.in_(roles)], Changes.RACI),
        DeleteRows.capture(session, DELETE, Assignment, [Assignment.person_id.in_(ids)],
                           Changes.TASKS),
    ]
    for risk_id, owner in session.execute(select(Risk.id, Risk.owner_id)
                                          .where(Risk.owner_id.in_(ids))):
        steps.append(SetFields(DELETE, Risk, {"id": risk_id}, {"owner_id": owner},
                               {"owner_id": None}, Changes.RISKS))
    steps.append(DeleteRows.capture(session, DELETE, Person, [Person.id.in_(ids)],
                                    Changes.PEOPLE))
    # Only flag what really changes: a TASKS flag would reschedule for nothing.
    steps = [s for s in steps if not isinstance(s, DeleteRows) or s.rows or s.entity is Person]
    return Macro(DELETE if len(ids) == 1 else DELETE_MANY, steps)
