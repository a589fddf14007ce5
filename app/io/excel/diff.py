"""What an import would change, for the preview (no Qt): per sheet, per row, per field."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.excel.cells import CellProblem
from app.models.commands import Command

IMPORT = QT_TRANSLATE_NOOP("commands", "Import Excel Workbook")
PROBLEMS = QT_TRANSLATE_NOOP(
    "errors", "Nothing was imported: the workbook has {count} problem(s). The first: {first}")


class RowKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    DELETED = "deleted"


class FieldChange(NamedTuple):
    """One field of a row, old -> new (a tuple: an import makes hundreds of thousands)."""

    field: str  # the column's header
    old: str
    new: str


@dataclass(frozen=True)
class RowChange:
    kind: RowKind
    row: int | None  # sheet row; None for a deleted row
    label: str  # what the row is: a task's name, a risk's code and title...
    fields: tuple[FieldChange, ...] = ()


@dataclass
class SheetDiff:
    key: str
    title: str
    rows: list[RowChange] = field(default_factory=list)

    def count(self, kind: RowKind) -> int:
        return sum(1 for r in self.rows if r.kind == kind)


@dataclass
class ImportPlan:
    sheets: list[SheetDiff]
    command: Command | None
    problems: list[CellProblem]
    same_project: bool  # rows matched by id; else everything is added

    @property
    def changes(self) -> int:
        return sum(len(s.rows) for s in self.sheets)

    def error(self) -> UserError:
        return UserError(PROBLEMS, count=len(self.problems),
                         first=self.problems[0].message() if self.problems else "")

    def summary_lines(self) -> list[str]:
        lines = []
        for sheet in self.sheets:
            if sheet.rows:
                lines.append(translate("io", _SHEET_LINE).format(
                    sheet=sheet.title, added=sheet.count(RowKind.ADDED),
                    changed=sheet.count(RowKind.CHANGED),
                    deleted=sheet.count(RowKind.DELETED)))
        return lines


_SHEET_LINE = QT_TRANSLATE_NOOP("io", "{sheet}: {added} added, {changed} changed, "
                                "{deleted} deleted")
