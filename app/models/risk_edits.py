"""Risk register edits as undoable commands, checked before they are built (no Qt).

Each function reads what it needs in the given session, refuses bad input with a
UserError naming the risk and the field, and returns a command for the port.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.enums import RiskKind, RiskStatus, RiskStrategy
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.risk import (
    AXES,
    Matrix,
    check_dates,
    check_level,
    check_scale,
    check_strategy,
    next_code,
    next_review,
    remap_optional,
    strategies,
)
from app.models.commands import Changes, Command, DeleteRows, InsertRows, Macro, SetFields
from app.models.people import Person, Risk, RiskReview, RiskTask
from app.models.project import Project, RiskLevel, RiskMatrixCell, RiskRating
from app.models.risk_data import register_today

EDIT_RISK = QT_TRANSLATE_NOOP("commands", "Edit Risk")
RESCORE_RISK = QT_TRANSLATE_NOOP("commands", "Re-score Risk")
ADD_RISK = QT_TRANSLATE_NOOP("commands", "Add Risk")
DELETE_RISKS = QT_TRANSLATE_NOOP("commands", "Delete Risks")
REVIEW_RISK = QT_TRANSLATE_NOOP("commands", "Review Risk")
LINK_TASKS = QT_TRANSLATE_NOOP("commands", "Link Risk to Tasks")
EDIT_SCALE = QT_TRANSLATE_NOOP("commands", "Edit Risk Scale")
CHANGE_SCALE = QT_TRANSLATE_NOOP("commands", "Change Risk Scale")

NEW_THREAT = QT_TRANSLATE_NOOP("risk", "New threat")
NEW_OPPORTUNITY = QT_TRANSLATE_NOOP("risk", "New opportunity")

DUPLICATE_CODE = QT_TRANSLATE_NOOP(
    "errors", "The code {code} is already used by \u201c{title}\u201d; risk codes must be "
    "unique.")
NO_OWNER = QT_TRANSLATE_NOOP(
    "errors", "{code}: the owner must be a person of this project's register (person "
    "{owner} does not exist).")
NO_TASK = QT_TRANSLATE_NOOP("errors", "{code}: task {task} does not exist.")
EMPTY = QT_TRANSLATE_NOOP("errors", "{code}: the title cannot be empty.")
EMPTY_CODE = QT_TRANSLATE_NOOP("errors", "A risk code cannot be empty (for example R-001).")
NO_RATINGS = QT_TRANSLATE_NOOP("errors", "The risk matrix needs at least one rating.")
BAD_RATING = QT_TRANSLATE_NOOP(
    "errors", "Rating \u201c{label}\u201d: the colour {color} is not a colour like #ff7043.")
EMPTY_LABEL = QT_TRANSLATE_NOOP(
    "errors", "The {axis} level {level} needs a name.")
UNRATED_CELL = QT_TRANSLATE_NOOP(
    "errors", "The matrix cell probability {probability} \u00d7 impact {impact} has no rating.")
AXIS_NAMES = {"probability": QT_TRANSLATE_NOOP("risk", "probability"),
              "impact": QT_TRANSLATE_NOOP("risk", "impact")}

RISK_FLAGS = Changes.RISKS
SCALE_FLAGS = Changes.RISKS | Changes.SETTINGS
LEVEL_FIELDS = ("probability", "impact", "residual_probability", "residual_impact")
TEXT_FIELDS = ("title", "cause", "event", "effect", "category", "actions", "trigger")
DATE_FIELDS = ("identified_on", "next_review_on", "closed_on")


class RiskEdit(SetFields):
    """A field edit that never merges: two edits of one risk are two undo steps."""

    def merge(self, other: Command) -> bool:
        return False


def _risk(session: Session, risk_id: int) -> Risk:
    risk = session.get(Risk, risk_id)
    if risk is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The item being changed no longer exists."))
    return risk


def _scale(session: Session) -> int:
    return session.get_one(Project, 1).risk_scale


def _next_id(session: Session, entity: Any) -> int:
    return (session.scalar(select(func.max(entity.id))) or 0) + 1


def set_fields(session: Session, risk_id: int, values: dict[str, Any],
               name: str = EDIT_RISK) -> Command | None:
    """Change fields of one risk (None when nothing changes)."""
    risk = _risk(session, risk_id)
    new = dict(values)
    code = risk.code
    scale = _scale(session)
    for key in list(new):
        value = new[key]
        if key in LEVEL_FIELDS:
            new[key] = check_level(value, scale, key, code, optional=key.startswith("residual"))
        elif key in TEXT_FIELDS:
            new[key] = str(value or "").strip()
            if key == "title" and not new[key]:
                raise UserError(EMPTY, code=code)
        elif key == "code":
            new[key] = _check_code(session, risk_id, value)
        elif key == "owner_id":
            if value is not None and session.get(Person, value) is None:
                raise UserError(NO_OWNER, code=code, owner=value)
        elif key == "kind":
            new[key] = RiskKind(value)
            strategy = risk.strategy
            if "strategy" not in values and strategy is not None \
                    and strategy not in strategies(new[key]):
                new["strategy"] = None  # a threat response means nothing to an opportunity
        elif key == "strategy":
            new[key] = RiskStrategy(value) if value else None
        elif key == "status":
            new[key] = RiskStatus(value)
    if "strategy" in new:
        check_strategy(code, RiskKind(new.get("kind", risk.kind)), new["strategy"])
    status = new.get("status", risk.status)
    if "status" in new:
        # Keep "closed" and the closed date together, as every reader expects.
        if status == RiskStatus.CLOSED and new.get("closed_on", risk.closed_on) is None:
            new["closed_on"] = max(register_today(session), risk.identified_on or date.min)
        elif status != RiskStatus.CLOSED and "closed_on" not in new:
            new["closed_on"] = None
    check_dates(code, new.get("identified_on", risk.identified_on),
                next_review=new.get("next_review_on", risk.next_review_on),
                closed=new.get("closed_on", risk.closed_on))
    return RiskEdit.diff(session, name, Risk, {"id": risk_id}, new, RISK_FLAGS)


def _check_code(session: Session, risk_id: int, value: object) -> str:
    code = str(value or "").strip()
    if not code:
        raise UserError(EMPTY_CODE)
    other = session.scalars(select(Risk).where(Risk.code == code, Risk.id != risk_id)).first()
    if other is not None:
        raise UserError(DUPLICATE_CODE, code=code, title=other.title)
    return code


def rescore(session: Session, risk_id: int, residual: bool, probability: int,
            impact: int) -> Command | None:
    """A marker dragged to another heat-map cell."""
    keys = ("residual_probability", "residual_impact") if residual else ("probability", "impact")
    return set_fields(session, risk_id, dict(zip(keys, (probability, impact), strict=True)),
                      RESCORE_RISK)


def add_risk(session: Session, kind: RiskKind = RiskKind.THREAT,
             title: str | None = None) -> InsertRows:
    project = session.get_one(Project, 1)
    today = register_today(session)
    middle = project.risk_scale // 2 + 1
    codes = session.scalars(select(Risk.code))
    default = NEW_THREAT if kind == RiskKind.THREAT else NEW_OPPORTUNITY
    row = dict(id=_next_id(session, Risk), code=next_code(codes),
               title=title or translate("risk", default), cause="", event="", effect="",
               category="", kind=kind, probability=middle, impact=middle,
               residual_probability=None, residual_impact=None, owner_id=None, strategy=None,
               actions="", trigger="", status=RiskStatus.IDENTIFIED, identified_on=today,
               next_review_on=next_review(today, project.review_interval_days), closed_on=None)
    return InsertRows(ADD_RISK, Risk, [row], RISK_FLAGS)


def delete_risks(session: Session, risk_ids: Iterable[int]) -> Macro | None:
    ids = sorted(set(risk_ids))
    if not ids:
        return None
    # Children first, so that undo puts the risks back before their links and reviews.
    return Macro(DELETE_RISKS, [
        DeleteRows.capture(session, DELETE_RISKS, RiskTask, [RiskTask.risk_id.in_(ids)],
                           RISK_FLAGS),
        DeleteRows.capture(session, DELETE_RISKS, RiskReview, [RiskReview.risk_id.in_(ids)],
                           RISK_FLAGS),
        DeleteRows.capture(session, DELETE_RISKS, Risk, [Risk.id.in_(ids)], RISK_FLAGS)])


@dataclass(frozen=True)
class ReviewInput:
    reviewed_on: date
    probability: object
    impact: object
    residual_probability: object = None
    residual_impact: object = None
    note: str = ""


def review_risk(session: Session, risk_id: int, review: ReviewInput) -> Macro:
    """Record a review: its scores become the risk's, the next review moves on."""
    risk = _risk(session, risk_id)
    project = session.get_one(Project, 1)
    scale = project.risk_scale
    levels = {key: check_level(getattr(review, key), scale, key, risk.code,
                               optional=key.startswith("residual")) for key in LEVEL_FIELDS}
    check_dates(risk.code, risk.identified_on, reviewed=review.reviewed_on)
    row = dict(id=_next_id(session, RiskReview), risk_id=risk_id,
               reviewed_on=review.reviewed_on, note=review.note.strip(), **levels)
    commands: list[Command] = [InsertRows(REVIEW_RISK, RiskReview, [row], RISK_FLAGS)]
    after = dict(levels, next_review_on=next_review(review.reviewed_on,
                                                    project.review_interval_days))
    update = RiskEdit.diff(session, REVIEW_RISK, Risk, {"id": risk_id}, after, RISK_FLAGS)
    if update is not None:
        commands.append(update)
    return Macro(REVIEW_RISK, commands)


def link_tasks(session: Session, risk_id: int, task_ids: Iterable[int]) -> Macro | None:
    from app.models.tasks import Task

    risk = _risk(session, risk_id)
    wanted = set(task_ids)
    known = set(session.scalars(select(Task.id).where(Task.id.in_(wanted))))
    for task in sorted(wanted - known):
        raise UserError(NO_TASK, code=risk.code, task=task)
    current = set(session.scalars(select(RiskTask.task_id).where(RiskTask.risk_id == risk_id)))
    if current == wanted:
        return None
    gone, added = sorted(current - wanted), sorted(wanted - current)
    commands: list[Command] = []
    if gone:
        commands.append(DeleteRows.capture(
            session, LINK_TASKS, RiskTask,
            [RiskTask.risk_id == risk_id, RiskTask.task_id.in_(gone)], RISK_FLAGS))
    if added:
        commands.append(InsertRows(LINK_TASKS, RiskTask,
                                   [{"risk_id": risk_id, "task_id": t} for t in added],
                                   RISK_FLAGS))
    return Macro(LINK_TASKS, commands)


# -- the scale and its matrix ---------------------------------------------------------

@dataclass(frozen=True)
class ScaleChange:
    """How one risk's scores move when the scale changes (shown before applying)."""

    risk_id: int
    code: str
    old: tuple[int | None, ...]  # probability, impact, residual probability, residual impact
    new: tuple[int | None, ...]


def scale_changes(session: Session, new_scale: int) -> list[ScaleChange]:
    old_scale = _scale(session)
    result = []
    for risk in session.scalars(select(Risk).order_by(Risk.code)):
        old = tuple(getattr(risk, key) for key in LEVEL_FIELDS)
        new = tuple(remap_optional(v, old_scale, new_scale) for v in old)
        result.append(ScaleChange(risk.id, risk.code, old, new))
    return result


def _check_matrix(matrix: Matrix) -> None:
    check_scale(matrix.scale)
    if not matrix.ratings:
        raise UserError(NO_RATINGS)
    for rating in matrix.ratings:
        color = rating.color
        if len(color) != 7 or color[0] != "#" or any(c not in "0123456789abcdefABCDEF"
                                                     for c in color[1:]):
            raise UserError(BAD_RATING, label=rating.label, color=color)
    for axis, labels in zip(AXES, (matrix.probability_labels, matrix.impact_labels),
                            strict=True):
        for level in range(1, matrix.scale + 1):
            if level > len(labels) or not labels[level - 1].strip():
                raise UserError(EMPTY_LABEL, axis=translate("risk", AXIS_NAMES[axis]),
                                level=level)
    codes = {r.code for r in matrix.ratings}
    for p in range(1, matrix.scale + 1):
        for i in range(1, matrix.scale + 1):
            if matrix.cells.get((p, i)) not in codes:
                raise UserError(UNRATED_CELL, probability=p, impact=i)


def replace_matrix(session: Session, matrix: Matrix) -> Macro | None:
    """New level names, ratings and cells; a new size also re-maps every score."""
    _check_matrix(matrix)
    old_scale = _scale(session)
    commands: list[Command] = [
        DeleteRows.capture(session, EDIT_SCALE, RiskMatrixCell, [], SCALE_FLAGS),
        DeleteRows.capture(session, EDIT_SCALE, RiskRating, [], SCALE_FLAGS),
        DeleteRows.capture(session, EDIT_SCALE, RiskLevel, [], SCALE_FLAGS),
        InsertRows(EDIT_SCALE, RiskRating, [
            {"code": r.code, "label": r.label.strip(), "color": r.color.lower(), "rank": n}
            for n, r in enumerate(matrix.ratings)], SCALE_FLAGS),
        InsertRows(EDIT_SCALE, RiskLevel, [
            {"axis": axis, "level": n, "label": labels[n - 1].strip()}
            for axis, labels in zip(AXES, (matrix.probability_labels, matrix.impact_labels),
                                    strict=True)
            for n in range(1, matrix.scale + 1)], SCALE_FLAGS),
        InsertRows(EDIT_SCALE, RiskMatrixCell, [
            {"probability": p, "impact": i, "rating": matrix.cells[(p, i)]}
            for p in range(1, matrix.scale + 1) for i in range(1, matrix.scale + 1)],
            SCALE_FLAGS)]
    name = EDIT_SCALE
    if matrix.scale != old_scale:
        name = CHANGE_SCALE
        commands.append(SetFields(CHANGE_SCALE, Project, {"id": 1},
                                  {"risk_scale": old_scale}, {"risk_scale": matrix.scale},
                                  SCALE_FLAGS))
        commands.extend(_remap_scores(session, old_scale, matrix.scale))
    if _same(session, matrix) and matrix.scale == old_scale:
        return None
    return Macro(name, commands)


def _remap_scores(session: Session, old: int, new: int) -> list[Command]:
    commands: list[Command] = []
    for entity in (Risk, RiskReview):
        for row in session.scalars(select(entity)):
            before = {k: getattr(row, k) for k in LEVEL_FIELDS}
            after = {k: remap_optional(v, old, new) for k, v in before.items()}
            changed = {k for k in before if before[k] != after[k]}
            if changed:
                commands.append(SetFields(CHANGE_SCALE, entity, {"id": row.id},
                                          {k: before[k] for k in changed},
                                          {k: after[k] for k in changed}, SCALE_FLAGS))
    return commands


def _same(session: Session, matrix: Matrix) -> bool:
    from app.models.risk_data import load_matrix

    current = load_matrix(session)
    return (current.probability_labels == tuple(matrix.probability_labels)
            and current.impact_labels == tuple(matrix.impact_labels)
            and [(r.code, r.label, r.color.lower()) for r in current.ratings]
            == [(r.code, r.label.strip(), r.color.lower()) for r in matrix.ratings]
            and dict(current.cells) == dict(matrix.cells))


def risk_codes(session: Session) -> Sequence[str]:
    return session.scalars(select(Risk.code).order_by(Risk.code)).all()
