"""The Risks sheet against the register (no Qt); the checks are app/core/risk.py's."""

from __future__ import annotations

import re
from typing import Any

from app.core.enums import RiskKind, RiskStatus, RiskStrategy
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.risk import check_dates, check_level, check_strategy, next_code
from app.io.excel import schema
from app.io.excel.cells import cell_text, parse_choice, parse_date, parse_int
from app.io.excel.diff import IMPORT, FieldChange, RowChange, RowKind
from app.io.excel.plan import BAD, NEEDED, Planner, show
from app.io.excel.plan_people import fold
from app.models.commands import Changes, DeleteRows, InsertRows, SetFields
from app.models.people import Risk, RiskTask

NO_WBS = QT_TRANSLATE_NOOP("errors", "there is no task with the WBS code {code} on the Tasks "
                           "sheet.")
NO_OWNER = QT_TRANSLATE_NOOP(
    "errors", "there is nobody called \u201c{name}\u201d on the Stakeholders sheet or in the "
              "project.")
DUPLICATE = QT_TRANSLATE_NOOP("errors", "the code {code} is used by another risk.")
TEXTS = {"title": 300, "category": 100, "cause": None, "event": None, "effect": None,
         "actions": None, "trigger": None}
LEVELS = ("probability", "impact", "residual_probability", "residual_impact")
DATES = ("identified_on", "next_review_on", "closed_on")
_SPLIT = re.compile(r"[,;\u3001\uff0c\s]+")


def _id(value: Any) -> int | None:
    try:
        return parse_int(value)
    except UserError:
        return None


def plan_risks(p: Planner) -> None:
    sheet = p.data.sheets.get(schema.RISKS)
    if sheet is None:
        return
    current = {r.id: r for r in p.content.risks}
    wbs = {t.id: t.wbs for t in p.content.tasks}
    scale = p.content.risk_matrix.scale
    names = {i: n for i, n in p.content.person_names.items()}
    hidden = p.content.hidden_people
    seen: set[int] = set()
    codes: dict[str, int] = {}
    diff = p.diff(schema.RISKS)
    inserts, steps, gone_links, new_links = [], [], [], []
    pending_codes: list[tuple[dict, Any]] = []
    for row in sheet.rows:
        wid = _id(row.values.get("id"))
        matched = p.same and wid in current and wid not in seen
        if matched:  # even a row with problems is not a deleted risk
            seen.add(wid)  # type: ignore[arg-type]
        code = cell_text(row.values.get("code"))[:20]
        label = code or cell_text(row.values.get("title"))
        shown_label = " ".join(filter(None, (code, cell_text(row.values.get("title")))))
        values: dict[str, Any] = {"code": code}
        for key, limit in TEXTS.items():
            text = cell_text(row.values.get(key))
            values[key] = text[:limit] if limit else text
        if not values["title"]:
            p.problem(sheet, row.number, "title", None, translate("errors", NEEDED))
            values["title"] = BAD
        values["kind"] = p.parse_same(sheet, row, "kind", _kind)
        for key in LEVELS:
            values[key] = p.parse(sheet, row, key, lambda v, k=key, c=label: check_level(
                v, scale, k, c, optional=k.startswith("residual")))
        values["strategy"] = p.parse_same(sheet, row, "strategy", parse_choice,
                                          tuple(RiskStrategy))
        values["status"] = p.parse_same(sheet, row, "status", _status)
        for key in DATES:
            values[key] = p.parse_same(sheet, row, key, parse_date)
        owner_text = cell_text(row.values.get("owner"))
        owner = None
        if owner_text:
            owner = p.person_ids_by_name.get(fold(owner_text))
            if owner is None:
                p.problem(sheet, row.number, "owner", owner_text,
                          translate("errors", NO_OWNER).format(name=owner_text))
                owner = BAD
        elif matched and current[wid].owner_id in hidden:  # type: ignore[index]
            owner = current[wid].owner_id  # type: ignore[index]
        values["owner_id"] = owner
        if BAD in values.values():
            continue
        try:
            check_strategy(label, values["kind"], values["strategy"])
            check_dates(label, values["identified_on"], next_review=values["next_review_on"],
                        closed=values["closed_on"])
        except UserError as error:
            key = "strategy" if error.template.find("strateg") >= 0 else "identified_on"
            p.problem(sheet, row.number, key, row.values.get(key), error.message())
            continue
        tasks = _tasks(p, sheet, row, matched and current[wid] or None, wbs)  # type: ignore[index]
        if tasks is BAD:
            continue
        if matched:
            risk_id = wid
            p.risk_owner_set.add(risk_id)  # type: ignore[arg-type]
            risk = current[wid]  # type: ignore[index]
            old = {k: getattr(risk, k) for k in values}
            new = {k: v for k, v in values.items() if v != old[k]}
            if "code" in new and not new["code"]:
                p.problem(sheet, row.number, "code", None, translate("errors", NEEDED))
                continue
            if new:
                steps.append(SetFields(IMPORT, Risk, {"id": risk_id}, {k: old[k] for k in new},
                                       new, Changes.RISKS))
            have = set(risk.task_ids)
            fields = list(p.changes(sheet, _display(old, names), _display(new, names)))
            if tasks != have:
                gone_links += [{"risk_id": risk_id, "task_id": t}
                               for t in sorted(have - tasks) if t not in p.deleted_tasks]
                new_links += [{"risk_id": risk_id, "task_id": t} for t in sorted(tasks - have)]
                fields.append(FieldChange(p.header(sheet, "tasks"),
                                          ", ".join(sorted(wbs[t] for t in have if t in wbs)),
                                          cell_text(row.values.get("tasks"))))
            if fields:
                diff.rows.append(RowChange(RowKind.CHANGED, row.number, shown_label,
                                           tuple(fields)))
        else:
            risk_id = p.next_id(Risk)
            row_values = {"id": risk_id, **values}
            inserts.append(row_values)
            if not code:
                pending_codes.append((row_values, row))
            new_links += [{"risk_id": risk_id, "task_id": t} for t in sorted(tasks)]
            diff.rows.append(RowChange(RowKind.ADDED, row.number, shown_label, tuple(
                FieldChange(p.header(sheet, k), "", show(v)) for k, v in _display(
                    {k: v for k, v in values.items() if v not in (None, "")}, names).items()
            ) if p.details else ()))
        if values["code"]:
            if values["code"] in codes:
                p.problem(sheet, row.number, "code", values["code"],
                          translate("errors", DUPLICATE).format(code=values["code"]))
            codes[values["code"]] = risk_id  # type: ignore[assignment]
    if p.same:
        p.deleted_risks = set(current) - seen
    kept = {r.code for i, r in current.items() if i not in seen and i not in p.deleted_risks}
    for code in set(codes) & kept:
        p.problems.append(sheet.where(sheet.rows[0].number if sheet.rows else 3, "code", code,
                                      translate("errors", DUPLICATE).format(code=code)))
    for row_values, _row in pending_codes:  # R-001 style codes after the highest one
        row_values["code"] = next_code([*codes, *kept])
        codes[row_values["code"]] = row_values["id"]
    for risk_id in sorted(p.deleted_risks):
        diff.rows.append(RowChange(RowKind.DELETED, None,
                                   f"{current[risk_id].code} {current[risk_id].title}"))
    if inserts:
        p.steps.append(InsertRows(IMPORT, Risk, inserts, Changes.RISKS))
    p.steps.extend(steps)
    if gone_links:
        p.steps.append(DeleteRows(IMPORT, RiskTask, gone_links, Changes.RISKS))
    if new_links:
        p.steps.append(InsertRows(IMPORT, RiskTask, new_links, Changes.RISKS))


def _kind(value: Any) -> RiskKind:
    return parse_choice(value, RiskKind) or RiskKind.THREAT


def _status(value: Any) -> RiskStatus:
    return parse_choice(value, RiskStatus) or RiskStatus.IDENTIFIED


def _display(values: dict[str, Any], names: dict[int, str]) -> dict[str, Any]:
    shown = {("owner" if k == "owner_id" else k): v for k, v in values.items()}
    if "owner" in shown:
        shown["owner"] = names.get(shown["owner"], "") if shown["owner"] else ""
    return shown


def _tasks(p: Planner, sheet, row, risk, wbs: dict[int, str]) -> Any:
    """Linked task ids: unchanged text keeps the same tasks; else WBS codes of the
    Tasks sheet as it is now."""
    text = cell_text(row.values.get("tasks"))
    if risk is not None and p.same:
        old = ", ".join(sorted((wbs[t] for t in risk.task_ids if t in wbs),
                               key=lambda c: tuple(int(x) if x.isdigit() else 0
                                                   for x in c.split("."))))
        if set(filter(None, _SPLIT.split(text))) == set(filter(None, _SPLIT.split(old))):
            return set(risk.task_ids) - p.deleted_tasks
    result = set()
    for code in filter(None, _SPLIT.split(text)):
        task = p.task_wbs.get(code.strip().rstrip("."))
        if task is None:
            p.problem(sheet, row.number, "tasks", text,
                      translate("errors", NO_WBS).format(code=code))
            return BAD
        result.add(task)
    return result
