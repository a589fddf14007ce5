"""RACI rules (no Qt): cell values, validation per row and column, summaries.

A cell holds one letter or the combined "A/R". Validation of a row (a task):
exactly one A and at least one R are errors when missing; more R's or C's than
the project's thresholds are warnings. A row with no letters at all is not yet
planned, not wrong: it is counted apart so that a plan that does not use RACI
does not drown in errors. A column's load is the number of rows where it holds
R or A (A/R counts once); above the threshold the column is overloaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from app.core.enums import RaciVariant
from app.core.i18n import QT_TRANSLATE_NOOP, translate

COMBINED = "A/R"
_ORDER = "ARSCI"
_EMPTY_MARKS = ("", "-", "\u2013", "\u2014", "\u00b7")

MEANINGS: dict[str, str] = {
    "R": QT_TRANSLATE_NOOP("raci", "Responsible: does the work"),
    "A": QT_TRANSLATE_NOOP("raci", "Accountable: approves, answers for the result"),
    "S": QT_TRANSLATE_NOOP("raci", "Support: helps those responsible"),
    "C": QT_TRANSLATE_NOOP("raci", "Consulted: asked before, two-way"),
    "I": QT_TRANSLATE_NOOP("raci", "Informed: told after, one-way"),
    COMBINED: QT_TRANSLATE_NOOP("raci", "Accountable and responsible"),
}
COLORS = {"R": "#90caf9", "A": "#ef9a9a", "S": "#ce93d8", "C": "#fff59d", "I": "#c5e1a5",
          COMBINED: "#f48fb1"}


def letters(variant: RaciVariant) -> tuple[str, ...]:
    """The single letters a project of this variant uses, in the usual order."""
    return ("R", "A", "S", "C", "I") if variant == RaciVariant.RASCI else ("R", "A", "C", "I")


def choices(variant: RaciVariant) -> tuple[str, ...]:
    """Every value a cell may hold (empty first), in the order a click cycles them."""
    single = letters(variant)
    return ("", "R", "A", COMBINED, *single[2:])


def cycle(value: str, variant: RaciVariant) -> str:
    """The value after `value` when a cell is clicked; unknown values restart the cycle."""
    offered = choices(variant)
    return offered[(offered.index(value) + 1) % len(offered)] if value in offered else "R"


def parse_cell(text: str) -> str | None:
    """A typed or pasted value as a cell value ('r', ' a / r ', 'RA', '-'), or None.

    Only single letters and the combined A/R are RACI values; whether S is allowed
    depends on the variant (see `allowed`).
    """
    raw = text.strip().strip('"').upper().replace(" ", "")
    if raw in _EMPTY_MARKS:
        return ""
    for separator in ",+&\uff0f\u3001":
        raw = raw.replace(separator, "/")
    parts = raw.split("/") if "/" in raw else list(raw)
    found = set(parts)
    if "" in found or not found <= set(_ORDER) or len(parts) != len(found):
        return None
    if len(found) == 1:
        return parts[0]
    return COMBINED if found == {"A", "R"} else None


def allowed(value: str, variant: RaciVariant) -> bool:
    return value in choices(variant)


def has(value: str, letter: str) -> bool:
    return letter in value.split("/") if value else False


# -- validation ---------------------------------------------------------------------

class Level(IntEnum):
    OK = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True)
class Thresholds:
    """Above these counts a row or column gets a warning (stored per project)."""

    max_responsible: int = 3
    max_consulted: int = 5
    max_load: int = 10

    @classmethod
    def from_setting(cls, value: Mapping[str, Any] | None) -> Thresholds:
        """Read back a stored setting; missing or nonsensical values take the default."""
        base = cls()
        values = {}
        for name in ("max_responsible", "max_consulted", "max_load"):
            raw = (value or {}).get(name)
            ok = isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= 999
            values[name] = raw if ok else getattr(base, name)
        return cls(**values)

    def to_setting(self) -> dict[str, int]:
        return {"max_responsible": self.max_responsible, "max_consulted": self.max_consulted,
                "max_load": self.max_load}


_SHORT = {
    "no_a": QT_TRANSLATE_NOOP("raci", "No A"),
    "many_a": QT_TRANSLATE_NOOP("raci", "{count} A"),
    "no_r": QT_TRANSLATE_NOOP("raci", "No R"),
    "many_r": QT_TRANSLATE_NOOP("raci", "{count} R"),
    "many_c": QT_TRANSLATE_NOOP("raci", "{count} C"),
    "letter": QT_TRANSLATE_NOOP("raci", "\u201c{value}\u201d not in {variant}"),
}
_LONG = {
    "no_a": QT_TRANSLATE_NOOP("raci", "No one is accountable: exactly one A is needed."),
    "many_a": QT_TRANSLATE_NOOP(
        "raci", "{count} are accountable ({names}): exactly one A is needed."),
    "no_r": QT_TRANSLATE_NOOP("raci", "No one is responsible: at least one R is needed."),
    "many_r": QT_TRANSLATE_NOOP(
        "raci", "{count} are responsible (more than {max}): is the work really shared?"),
    "many_c": QT_TRANSLATE_NOOP(
        "raci", "{count} are consulted (more than {max}): could some just be informed?"),
    "letter": QT_TRANSLATE_NOOP(
        "raci", "\u201c{value}\u201d ({names}) is not a letter of {variant}."),
}
_ERRORS = {"no_a", "many_a", "no_r", "letter"}


@dataclass(frozen=True)
class Finding:
    code: str  # no_a, many_a, no_r, many_r, many_c, letter
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def level(self) -> Level:
        return Level.ERROR if self.code in _ERRORS else Level.WARNING

    def short(self) -> str:
        return translate("raci", _SHORT[self.code]).format(**self.params)

    def message(self) -> str:
        return translate("raci", _LONG[self.code]).format(**self.params)


def check_row(cells: Sequence[str], variant: RaciVariant, thresholds: Thresholds,
              names: Sequence[str] | None = None) -> list[Finding]:
    """What is wrong with one row's cells (errors first); [] for an empty row."""
    if not any(cells):
        return []
    names = list(names) if names is not None else [str(i + 1) for i in range(len(cells))]

    def who(letter: str) -> list[str]:
        return [names[i] for i, value in enumerate(cells) if has(value, letter)]

    found: list[Finding] = []
    strange = sorted({v for v in cells if v and not allowed(v, variant)})
    for value in strange:
        found.append(Finding("letter", {"value": value, "variant": variant.value, "names": ", ".join(
            names[i] for i, v in enumerate(cells) if v == value)}))
    accountable, responsible = who("A"), who("R")
    if not accountable:
        found.append(Finding("no_a"))
    elif len(accountable) > 1:
        found.append(Finding("many_a", {"count": len(accountable),
                                        "names": ", ".join(accountable)}))
    if not responsible:
        found.append(Finding("no_r"))
    elif len(responsible) > thresholds.max_responsible:
        found.append(Finding("many_r", {"count": len(responsible),
                                        "max": thresholds.max_responsible}))
    consulted = who("C")
    if len(consulted) > thresholds.max_consulted:
        found.append(Finding("many_c", {"count": len(consulted),
                                        "max": thresholds.max_consulted}))
    return found


def level_of(findings: Iterable[Finding]) -> Level:
    return max((f.level for f in findings), default=Level.OK)


@dataclass(frozen=True)
class ColumnLoad:
    """How much one person or role carries: counts per letter and the R-or-A load."""

    counts: dict[str, int]
    load: int
    overloaded: bool


def column_loads(rows: Iterable[Sequence[str]], width: int,
                 thresholds: Thresholds) -> list[ColumnLoad]:
    counts = [dict.fromkeys(_ORDER, 0) for _ in range(width)]
    load = [0] * width
    for cells in rows:
        for i, value in enumerate(cells):
            if not value:
                continue
            parts = value.split("/")
            for letter in parts:
                if letter in counts[i]:
                    counts[i][letter] += 1
            if "R" in parts or "A" in parts:
                load[i] += 1
    return [ColumnLoad(c, n, n > thresholds.max_load) for c, n in zip(counts, load, strict=True)]


# -- the matrix and its summary -----------------------------------------------------

@dataclass(frozen=True)
class RaciColumn:
    role_id: int
    name: str  # the person's name, or the role's
    person_id: int | None = None


@dataclass
class RaciRow:
    task_id: int
    wbs: str
    name: str
    level: int  # 1 for top-level tasks
    summary: bool
    milestone: bool
    cells: list[str]

    @property
    def deliverable(self) -> bool:
        return self.summary or self.milestone


@dataclass
class Matrix:
    """Tasks in outline order x RACI columns, as stored (no Qt, no database)."""

    columns: list[RaciColumn] = field(default_factory=list)
    rows: list[RaciRow] = field(default_factory=list)
    variant: RaciVariant = RaciVariant.RACI
    thresholds: Thresholds = field(default_factory=Thresholds)

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def check(self, row: RaciRow) -> list[Finding]:
        return check_row(row.cells, self.variant, self.thresholds, self.names())

    def loads(self) -> list[ColumnLoad]:
        return column_loads((r.cells for r in self.rows), len(self.columns), self.thresholds)

    def without_people(self, person_ids: set[int]) -> Matrix:
        """The matrix less the columns of these people (confidential ones left out of an
        export or report)."""
        keep = [i for i, c in enumerate(self.columns) if c.person_id not in person_ids]
        if len(keep) == len(self.columns):
            return self
        columns = [self.columns[i] for i in keep]
        rows = [replace(r, cells=[r.cells[i] for i in keep]) for r in self.rows]
        return Matrix(columns, rows, self.variant, self.thresholds)

    def with_cells(self, cells: Mapping[int, list[str]]) -> Matrix:
        """The same rows and columns with other letters (by task id; absent = empty)."""
        empty = [""] * len(self.columns)
        rows = [replace(r, cells=cells.get(r.task_id) or list(empty)) for r in self.rows]
        return Matrix(self.columns, rows, self.variant, self.thresholds)


@dataclass(frozen=True)
class RowReport:
    task_id: int
    wbs: str
    name: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Summary:
    """What the dashboard and the report show: problem rows and load per person."""

    variant: RaciVariant
    thresholds: Thresholds
    rows_planned: int  # rows with at least one letter
    deliverables_unplanned: int  # summary tasks and milestones without any letter
    errors: tuple[RowReport, ...]
    warnings: tuple[RowReport, ...]  # rows with warnings and no error
    loads: tuple[tuple[RaciColumn, ColumnLoad], ...]

    @property
    def overloaded(self) -> list[RaciColumn]:
        return [column for column, load in self.loads if load.overloaded]


def summarize(matrix: Matrix) -> Summary:
    errors, warnings = [], []
    planned = unplanned = 0
    names = matrix.names()
    for row in matrix.rows:
        if not any(row.cells):
            unplanned += row.deliverable
            continue
        planned += 1
        findings = check_row(row.cells, matrix.variant, matrix.thresholds, names)
        report = RowReport(row.task_id, row.wbs, row.name, tuple(findings))
        level = level_of(findings)
        if level == Level.ERROR:
            errors.append(report)
        elif level == Level.WARNING:
            warnings.append(report)
    return Summary(matrix.variant, matrix.thresholds, planned, unplanned, tuple(errors), tuple(warnings),
                   tuple(zip(matrix.columns, matrix.loads(), strict=True)))


# -- clipboard blocks (tab-separated text, as Excel writes and reads it) ------------

def to_tsv(block: Sequence[Sequence[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in block)


def from_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text; Excel's closing newline makes no row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]
