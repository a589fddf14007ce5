"""The RACI sheet against the matrix (no Qt): letters checked by app/core/raci.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.raci import allowed, parse_cell
from app.io.excel import schema
from app.io.excel.cells import cell_text, parse_int
from app.io.excel.diff import IMPORT, FieldChange, RowChange, RowKind
from app.io.excel.plan import BAD, Planner
from app.io.excel.plan_people import fold
from app.models.commands import Changes, InsertRows
from app.models.commands.raci import CellEdit, SetRaciCells
from app.models.people import RaciRole

BAD_LETTER = QT_TRANSLATE_NOOP(
    "errors", "\u201c{value}\u201d is not a RACI value of this project ({letters}).")
TWICE = QT_TRANSLATE_NOOP("errors", "{name} has two columns on the RACI sheet.")


def _id(value: Any) -> int | None:
    try:
        return parse_int(value)
    except UserError:
        return None


def plan_raci(p: Planner) -> None:
    sheet = p.data.sheets.get(schema.RACI)
    if sheet is None:
        return
    matrix = p.content.raci
    variant = matrix.variant
    existing = {c.role_id: i for i, c in enumerate(matrix.columns)}
    people_roles = dict(p.session.execute(select(RaciRole.person_id, RaciRole.id)
                                          .where(RaciRole.person_id.is_not(None))).tuples().all())
    position = p.session.scalar(select(func.max(RaciRole.position))) or 0
    columns: list[tuple[str, int, str]] = []  # (value key, role id, name)
    new_roles: list[dict[str, Any]] = []
    used: set[int] = set()
    candidates = [(k, sheet.headers.get(k, "")) for k in sheet.columns
                  if k.startswith(schema.ROLE_PREFIX)]
    candidates += [(f"#{n}", header) for n, header in sheet.extra
                   if _letters_only(sheet, f"#{n}")]
    for key, header in candidates:
        role_id = _id(key[len(schema.ROLE_PREFIX):]) if key.startswith(
            schema.ROLE_PREFIX) else None
        if not (p.same and role_id in existing):
            name = " ".join(header.split())
            if not name:
                continue
            person = p.person_ids_by_name.get(fold(name))
            role_id = people_roles.get(person) if person is not None else None
            if role_id is None:
                role_id = p.next_id(RaciRole)
                position += 1
                new_roles.append({"id": role_id, "person_id": person,
                                  "name": "" if person else name[:100], "position": position})
                if person is not None:
                    people_roles[person] = role_id
        if role_id in used:
            p.problem(sheet, schema.HEADER_ROW, key, header,
                      translate("errors", TWICE).format(name=header))
            continue
        used.add(role_id)  # type: ignore[arg-type]
        columns.append((key, role_id, header))  # type: ignore[arg-type]
    if p.same:
        p.deleted_roles = set(existing) - used
    rows = {r.task_id: r for r in matrix.rows}
    letters = ", ".join(c for c in ("R", "A", "A/R", "S", "C", "I") if allowed(c, variant))
    edits: list[CellEdit] = []
    diff = p.diff(schema.RACI)
    # Per column: where its old letters are; per distinct text: its letter (a sheet of
    # 400,000 cells holds a handful of different texts).
    where = [(key, role_id, header, existing.get(role_id)) for key, role_id, header in columns]
    parsed: dict[Any, str | None] = {}
    for row in sheet.rows:
        wid = _id(row.values.get("id"))
        task_id = p.tasks.get(wid) if wid is not None else None
        if task_id is None and p.same and schema.TASKS not in p.data.sheets and wid in rows:
            task_id = wid
        if task_id is None or task_id in p.deleted_tasks:
            continue  # the task is not in the plan any more (or never was)
        old_row = rows.get(task_id)
        old_cells = old_row.cells if old_row else None
        fields: list[FieldChange] = []
        detail = p.details or old_row is not None
        first = len(edits)
        found = row.values
        for key, role_id, header, index in where:
            raw = found.get(key)
            if raw is None and old_cells is None:
                continue  # an empty cell of a row without letters: nothing changes
            value = parsed.get(raw, BAD) if raw is None or type(raw) is str else BAD
            if value is BAD:
                value = _letter(raw, variant)
                if raw is None or type(raw) is str:
                    parsed[raw] = value
            if value is None:
                text = cell_text(raw)
                p.problem(sheet, row.number, key, text, translate("errors", BAD_LETTER).format(
                    value=text, letters=letters))
                continue
            old = old_cells[index] if old_cells is not None and index is not None else ""
            if value != old:
                edits.append(CellEdit(task_id, role_id, old, value))
                if detail:
                    fields.append(FieldChange(header, old, value))
        if len(edits) > first:
            name = cell_text(row.values.get("name")) or (old_row.name if old_row else "")
            diff.rows.append(RowChange(RowKind.CHANGED if old_row else RowKind.ADDED,
                                       row.number, name, tuple(fields)))
    for role in new_roles:
        diff.rows.append(RowChange(RowKind.ADDED, schema.HEADER_ROW, next(
            h for _k, r, h in columns if r == role["id"])))
    for role_id in sorted(p.deleted_roles):
        diff.rows.append(RowChange(RowKind.DELETED, None,
                                   matrix.columns[existing[role_id]].name))
    if new_roles:
        p.steps.append(InsertRows(IMPORT, RaciRole, new_roles, Changes.RACI))
    if edits:
        p.steps.append(SetRaciCells(IMPORT, edits))


def _letter(raw: Any, variant) -> str | None:
    """The letter a cell holds, or None when it is no letter of this project."""
    value = parse_cell(cell_text(raw))
    return value if value is not None and allowed(value, variant) else None


def _letters_only(sheet, key: str) -> bool:
    """A column added by hand is a new role when it holds RACI letters (and only those);
    anything else is the reader's own notes and is left alone."""
    values = [cell_text(r.values.get(key)) for r in sheet.rows]
    values = [v for v in values if v]
    return bool(values) and all(parse_cell(v) not in (None, "") for v in values)
