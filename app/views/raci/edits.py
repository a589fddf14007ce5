"""Commands for the RACI page's gestures (no Qt): columns, variant, thresholds, pastes.

Each function reads what it needs and returns one command (or None when nothing
would change); bad input raises a UserError that names the problem and nothing
is written.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.enums import RaciVariant
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.raci import Thresholds, allowed, letters, parse_cell
from app.models.commands import Changes, Command, DeleteRows, InsertRows, Macro, SetFields
from app.models.people import Person, RaciCell, RaciRole
from app.models.project import Project, Setting
from app.models.raci import SETTING_KEY

ADD_COLUMN = QT_TRANSLATE_NOOP("commands", "Add RACI Column")
RENAME_COLUMN = QT_TRANSLATE_NOOP("commands", "Rename RACI Column")
MOVE_COLUMN = QT_TRANSLATE_NOOP("commands", "Move RACI Column")
REMOVE_COLUMN = QT_TRANSLATE_NOOP("commands", "Remove RACI Column")
SET_VARIANT = QT_TRANSLATE_NOOP("commands", "Change RACI Variant")
SET_THRESHOLDS = QT_TRANSLATE_NOOP("commands", "Change RACI Warning Thresholds")

EMPTY_NAME = QT_TRANSLATE_NOOP("errors", "A role column needs a name.")
LONG_NAME = QT_TRANSLATE_NOOP("errors", "A role name can have at most {max} characters.")
TAKEN_NAME = QT_TRANSLATE_NOOP("errors", "There is already a column named \u201c{name}\u201d.")
HAS_COLUMN = QT_TRANSLATE_NOOP("errors", "\u201c{name}\u201d already has a RACI column.")
PERSON_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "\u201c{name}\u201d is a stakeholder: rename them in the stakeholder register.")
NOT_A_LETTER = QT_TRANSLATE_NOOP(
    "errors", "Row {row}, column {column} of the pasted block: \u201c{value}\u201d is not one "
    "of {letters} (or A/R); nothing was pasted.")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "errors", "The pasted block is {width} columns wide but only {room} fit from the "
    "current column; nothing was pasted.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The pasted block has {height} rows but only {room} are shown from the "
    "current row; nothing was pasted.")

MAX_NAME = 100


def _role_names(session: Session, but: int | None = None) -> dict[str, int]:
    names = {}
    person_names = dict(session.execute(select(Person.id, Person.name)).tuples().all())
    for role in session.scalars(select(RaciRole)):
        if role.id != but:
            label = person_names.get(role.person_id, "") if role.person_id else role.name
            names[label.casefold()] = role.id
    return names


def _clean_name(session: Session, name: str, but: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError(EMPTY_NAME)
    if len(name) > MAX_NAME:
        raise UserError(LONG_NAME, max=MAX_NAME)
    if name.casefold() in _role_names(session, but):
        raise UserError(TAKEN_NAME, name=name)
    return name


def _next_role(session: Session) -> tuple[int, int]:
    """An id and a position (last) for a new column."""
    top_id, top_position = session.execute(
        select(func.max(RaciRole.id), func.max(RaciRole.position))).one()
    return (top_id or 0) + 1, (top_position if top_position is not None else -1) + 1


def add_person_column(session: Session, person_id: int) -> Command:
    person = session.get_one(Person, person_id)
    if session.scalar(select(RaciRole.id).where(RaciRole.person_id == person_id)):
        raise UserError(HAS_COLUMN, name=person.name)
    role_id, position = _next_role(session)
    return InsertRows(ADD_COLUMN, RaciRole, [
        {"id": role_id, "person_id": person_id, "name": "", "position": position}],
        Changes.RACI)


def add_role_column(session: Session, name: str) -> Command:
    name = _clean_name(session, name)
    role_id, position = _next_role(session)
    return InsertRows(ADD_COLUMN, RaciRole, [
        {"id": role_id, "person_id": None, "name": name, "position": position}], Changes.RACI)


def rename_column(session: Session, role_id: int, name: str) -> Command | None:
    role = session.get_one(RaciRole, role_id)
    if role.person_id is not None:
        raise UserError(PERSON_COLUMN, name=session.get_one(Person, role.person_id).name)
    name = _clean_name(session, name, but=role_id)
    return SetFields.diff(session, RENAME_COLUMN, RaciRole, {"id": role_id}, {"name": name},
                          Changes.RACI)


def reorder_columns(session: Session, order: Sequence[int]) -> Command | None:
    """Positions 0, 1, 2... following `order` (role ids); one step however many move."""
    steps = [SetFields.diff(session, MOVE_COLUMN, RaciRole, {"id": role_id},
                            {"position": position}, Changes.RACI)
             for position, role_id in enumerate(order)]
    steps = [s for s in steps if s is not None]
    return Macro(MOVE_COLUMN, steps) if steps else None


def remove_column(session: Session, role_id: int) -> Command:
    cells = DeleteRows.capture(session, REMOVE_COLUMN, RaciCell, [RaciCell.role_id == role_id],
                               Changes.RACI)
    role = DeleteRows.capture(session, REMOVE_COLUMN, RaciRole, [RaciRole.id == role_id],
                              Changes.RACI)
    return Macro(REMOVE_COLUMN, [cells, role])


def set_variant(session: Session, variant: RaciVariant) -> Command | None:
    # Flagged RACI only: a PROJECT flag would reschedule for a change that moves no date.
    return SetFields.diff(session, SET_VARIANT, Project, {"id": 1}, {"raci_variant": variant},
                          Changes.RACI)


def set_thresholds(session: Session, thresholds: Thresholds) -> Command | None:
    new = thresholds.to_setting()
    setting = session.get(Setting, SETTING_KEY)
    if setting is None:
        return InsertRows(SET_THRESHOLDS, Setting, [{"key": SETTING_KEY, "value": new}],
                          Changes.SETTINGS | Changes.RACI)
    if setting.value == new:
        return None
    return SetFields(SET_THRESHOLDS, Setting, {"key": SETTING_KEY}, {"value": setting.value},
                     {"value": new}, Changes.SETTINGS | Changes.RACI)


def paste_values(block: Sequence[Sequence[str]], variant: RaciVariant) -> list[list[str]]:
    """Pasted text as cell values; the first cell that is not RACI is named."""
    values = []
    for r, row in enumerate(block):
        out = []
        for c, text in enumerate(row):
            value = parse_cell(text)
            if value is None or not allowed(value, variant):
                raise UserError(NOT_A_LETTER, row=r + 1, column=c + 1, value=text.strip(),
                                letters=", ".join(letters(variant)))
            out.append(value)
        values.append(out)
    return values


def check_fits(block: Sequence[Sequence[str]], rows_left: int, columns_left: int) -> None:
    width = max((len(r) for r in block), default=0)
    if width > columns_left:
        raise UserError(TOO_WIDE, width=width, room=columns_left)
    if len(block) > rows_left:
        raise UserError(TOO_LONG, height=len(block), room=rows_left)
