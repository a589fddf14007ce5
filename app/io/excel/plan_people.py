"""The Stakeholders and Engagement sheets against the register (no Qt)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.core.enums import Attitude, Engagement
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.stakeholders import DUPLICATE_NAME, check_score
from app.io.excel import schema
from app.io.excel.cells import cell_text, parse_bool, parse_choice, parse_int
from app.io.excel.diff import IMPORT, FieldChange, RowChange, RowKind
from app.io.excel.plan import BAD, NEEDED, Planner, show
from app.models.commands import Changes, InsertRows, SetFields
from app.models.people import Person

TEXT_LIMITS = {"organisation": 200, "title": 200, "contact": 300, "strategy": None,
               "communication": 200, "notes": None}
SCORES = ("power", "interest", "target_power", "target_interest")
FIELDS = ("name", *TEXT_LIMITS, *SCORES, "attitude", "team_member", "confidential")
ENGAGEMENT = ("engagement_current", "engagement_desired")
NOT_IN_REGISTER = QT_TRANSLATE_NOOP(
    "errors", "this row's person is not on the Stakeholders sheet; add them there first.")


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _id(value: Any) -> int | None:
    try:
        return parse_int(value)
    except Exception:
        return None


def plan_stakeholders(p: Planner) -> None:
    content = p.content
    visible = {r.id: r for r in content.people}
    everyone = dict(content.person_names)
    p.person_ids_by_name = {fold(n): i for i, n in everyone.items()}
    sheet = p.data.sheets.get(schema.STAKEHOLDERS)
    if sheet is None:
        p.people = {i: i for i in visible} if p.same else {}
        return
    scale = content.stakeholder_scale
    seen: set[int] = set()
    finals: dict[str, tuple[int, int]] = {}  # folded name -> (person id, sheet row)
    position = (p.session.scalar(select(func.max(Person.position))) or 0)
    diff = p.diff(schema.STAKEHOLDERS)
    for row in sheet.rows:
        wid = _id(row.values.get("id"))
        matched = p.same and wid in visible and wid not in seen
        if matched:  # even a row with problems is not a deleted person
            seen.add(wid)  # type: ignore[arg-type]
        name = " ".join(cell_text(row.values.get("name")).split())[:200]
        if not name:
            p.problem(sheet, row.number, "name", None, translate("errors", NEEDED))
            continue
        values: dict[str, Any] = {"name": name}
        for key, limit in TEXT_LIMITS.items():
            values[key] = cell_text(row.values.get(key))[:limit] if limit else \
                cell_text(row.values.get(key))
        for key in SCORES:
            values[key] = p.parse(sheet, row, key,
                                  lambda v, k=key, n=name: check_score(k, v, scale, n))
        values["attitude"] = p.parse(sheet, row, "attitude",
                                     lambda v: parse_choice(v, Attitude) or Attitude.NEUTRAL)
        for key in ("team_member", "confidential"):
            values[key] = p.parse(sheet, row, key, parse_bool)
        if BAD in values.values():
            continue
        _complete_target(values)
        if matched:
            person_id = wid
            old = {k: getattr(visible[wid], k) for k in values}  # type: ignore[index]
            changed = {k: v for k, v in values.items() if v != old[k]}
            if changed:
                p.person_updates[person_id] = (old, changed)
                diff.rows.append(RowChange(RowKind.CHANGED, row.number, name,
                                           p.changes(sheet, old, changed)))
        else:
            person_id = p.next_id(Person)
            position += 1
            p.pending_people[person_id] = {
                "id": person_id, "position": position, **values,
                "engagement_current": None, "engagement_desired": None}
            diff.rows.append(RowChange(RowKind.ADDED, row.number, name, tuple(
                FieldChange(p.header(sheet, k), "", show(v)) for k, v in values.items()
                if v not in (None, "", False)) if p.details else ()))
        if fold(name) in finals:
            p.problem(sheet, row.number, "name", name,
                      translate("errors", DUPLICATE_NAME).format(name=name))
        finals[fold(name)] = (person_id, row.number)
        if wid is not None:
            p.people[wid] = person_id
    if p.same:
        p.deleted_people = set(visible) - seen
        for person_id in sorted(p.deleted_people):
            diff.rows.append(RowChange(RowKind.DELETED, None, visible[person_id].name))
    # The names tasks, risks and RACI columns may use: kept people, hidden ones, new ones.
    names = {fold(n): i for i, n in everyone.items()
             if i not in p.deleted_people and i not in seen}
    for folded, (person_id, row_number) in finals.items():
        if folded in names and names[folded] != person_id:
            p.problem(sheet, row_number, "name", folded,
                      translate("errors", DUPLICATE_NAME).format(name=folded))
        names[folded] = person_id
    p.person_ids_by_name = names


def _complete_target(values: dict[str, Any]) -> None:
    """A target is a point: one half given takes the other from today's score."""
    power, interest = values["target_power"], values["target_interest"]
    if (power is None) != (interest is None):
        if power is None:
            values["target_power"] = values["power"]
        else:
            values["target_interest"] = values["interest"]


def plan_engagement(p: Planner) -> None:
    sheet = p.data.sheets.get(schema.ENGAGEMENT)
    pending: dict[int, dict] = p.pending_people
    updates: dict[int, tuple[dict, dict]] = p.person_updates
    if sheet is not None:
        visible = {r.id: r for r in p.content.people}
        diff = p.diff(schema.ENGAGEMENT)
        for row in sheet.rows:
            wid = _id(row.values.get("id"))
            person_id = p.people.get(wid) if wid is not None else None
            if person_id is None and p.same and wid in visible and \
                    schema.STAKEHOLDERS not in p.data.sheets:
                person_id = wid
            if wid in p.deleted_people or person_id in p.deleted_people:
                continue  # taken off the register: its engagement goes with it
            if person_id is None:
                if any(row.values.get(k) for k in ENGAGEMENT):
                    p.problem(sheet, row.number, "name", row.values.get("name"),
                              translate("errors", NOT_IN_REGISTER))
                continue
            values = {k: p.parse(sheet, row, k, parse_choice, list(Engagement))
                      for k in ENGAGEMENT}
            if BAD in values.values():
                continue
            if person_id in pending:
                pending[person_id].update(values)
                continue
            record = visible[person_id]
            old = {k: getattr(record, k) for k in ENGAGEMENT}
            changed = {k: v for k, v in values.items() if v != old[k]}
            if changed:
                before, after = updates.get(person_id, ({}, {}))
                updates[person_id] = ({**before, **old}, {**after, **changed})
                diff.rows.append(RowChange(RowKind.CHANGED, row.number, record.name,
                                           p.changes(sheet, old, changed)))
    if pending:
        p.steps.append(InsertRows(IMPORT, Person, list(pending.values()), Changes.PEOPLE))
    for person_id, (old, new) in updates.items():
        p.steps.append(SetFields(IMPORT, Person, {"id": person_id},
                                 {k: old[k] for k in new}, new, Changes.PEOPLE))
