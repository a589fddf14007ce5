"""What a Microsoft Project file holds that Planwright does not keep, said out loud.

Nothing is dropped silently: each kind of thing that an import leaves out (or turns
into something simpler) becomes one warning line naming the element and the tasks,
resources or calendars it concerns. Values Project computes from others (costs, work
totals, slack, early and late dates, variances, earned value) are not listed: they
follow from what is imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP, translate

# -- the project and its calendars -----------------------------------------------------
FROM_FINISH = QT_TRANSLATE_NOOP(
    "io", "The project is scheduled back from its finish date (<ScheduleFromStart> 0); "
    "Planwright schedules it forward from its start.")
CUSTOM_FIELDS = QT_TRANSLATE_NOOP(
    "io", "{count} custom field definition(s) (<ExtendedAttributes>: {items}) are not "
    "imported.")
OUTLINE_CODES = QT_TRANSLATE_NOOP(
    "io", "{count} outline code definition(s) (<OutlineCodes>: {items}) are not imported.")
WORK_WEEKS = QT_TRANSLATE_NOOP(
    "io", "Work weeks (<WorkWeeks>) of {count} calendar(s) ({items}) are not imported; "
    "their standard week applies all year.")
RESOURCE_CALENDARS = QT_TRANSLATE_NOOP(
    "io", "{count} resource calendar(s) ({items}) are not imported; tasks are scheduled "
    "on the project calendar.")

# -- tasks ---------------------------------------------------------------------------------
BLANK_ROWS = QT_TRANSLATE_NOOP("io", "{count} blank row(s) (<IsNull>, UID {items}) are "
                               "skipped.")
SPLIT = QT_TRANSLATE_NOOP(
    "io", "{count} split task(s) (gaps in <TimephasedData>, UID {items}) become one "
    "continuous bar: Planwright does not split tasks.")
LEVELLING = QT_TRANSLATE_NOOP(
    "io", "Levelling delays (<LevelingDelay>) of {count} task(s) (UID {items}) are dropped.")
ELAPSED = QT_TRANSLATE_NOOP(
    "io", "Elapsed durations (<DurationFormat>) of {count} task(s) (UID {items}) become "
    "the working time between their start and finish.")
ESTIMATED = QT_TRANSLATE_NOOP(
    "io", "{count} task(s) (UID {items}) have estimated durations (<Estimated>); they are "
    "imported as firm durations.")
RECURRING = QT_TRANSLATE_NOOP(
    "io", "{count} recurring task(s) (<Recurring>, UID {items}) are imported as ordinary "
    "summary tasks with their occurrences.")
SUBPROJECTS = QT_TRANSLATE_NOOP(
    "io", "{count} inserted subproject(s) (<IsSubproject>, UID {items}) are imported as "
    "plain tasks, without their content.")
EXTERNAL = QT_TRANSLATE_NOOP(
    "io", "{count} external task(s) (<ExternalTask>, UID {items}) from other projects are "
    "imported as plain tasks.")
CROSS_PROJECT = QT_TRANSLATE_NOOP(
    "io", "Links to other projects (<CrossProject>) of {count} task(s) (UID {items}) are "
    "dropped.")
INACTIVE = QT_TRANSLATE_NOOP(
    "io", "{count} inactive task(s) (<Active> 0, UID {items}) are imported as active.")
TASK_CALENDARS = QT_TRANSLATE_NOOP(
    "io", "{count} task(s) (UID {items}) have their own calendar (<CalendarUID>): it is "
    "kept with the task, but Planwright schedules every task on the project calendar.")
TASK_CUSTOM = QT_TRANSLATE_NOOP(
    "io", "Custom field values (<ExtendedAttribute>, <OutlineCode>) of {count} task(s) "
    "(UID {items}) are not imported.")
HYPERLINKS = QT_TRANSLATE_NOOP(
    "io", "Hyperlinks (<Hyperlink>) of {count} task(s) (UID {items}) are not imported.")
ELAPSED_PERCENT_LAG = QT_TRANSLATE_NOOP(
    "io", "Percent lags in elapsed time (<LagFormat> 20) into {count} task(s) (UID {items}) "
    "become percent lags in working time.")

# -- resources and assignments ----------------------------------------------------------------
NOT_PEOPLE = QT_TRANSLATE_NOOP(
    "io", "{count} material or cost resource(s) ({items}) are not imported, nor their "
    "assignments: Planwright assigns people.")
RATES = QT_TRANSLATE_NOOP(
    "io", "Cost rates (<StandardRate>, <OvertimeRate>, <CostPerUse>, <Rates>) of {count} "
    "resource(s) ({items}) are not imported.")
RESOURCE_CUSTOM = QT_TRANSLATE_NOOP(
    "io", "Custom field values (<ExtendedAttribute>) of {count} resource(s) ({items}) are "
    "not imported.")
RESOURCE_BASELINES = QT_TRANSLATE_NOOP(
    "io", "Baselines (<Baseline>) of {count} resource(s) ({items}) are not imported; task "
    "baselines are.")
ASSIGNMENT_WORK = QT_TRANSLATE_NOOP(
    "io", "Work (<Work>, <WorkContour>) of the assignments on {count} task(s) (UID {items}) "
    "is not imported: in Planwright, work is the duration times the units, spread evenly.")

_SHOWN = 12  # subjects named in one line; the rest are counted


@dataclass(frozen=True)
class ImportWarning:
    """One line of what an import left out: an "io" template and what it concerns."""

    template: str
    subjects: tuple[int | str, ...]  # task UIDs, or resource / calendar names

    def message(self) -> str:
        return translate("io", self.template).format(count=len(self.subjects),
                                                     items=_items(self.subjects))


class Findings:
    """Collects what was left out, one entry per kind, in the order first met."""

    def __init__(self) -> None:
        self._by_kind: dict[str, list[int | str]] = {}

    def add(self, template: str, subject: int | str = "") -> None:
        subjects = self._by_kind.setdefault(template, [])
        if subject not in subjects:
            subjects.append(subject)

    def warnings(self) -> tuple[ImportWarning, ...]:
        return tuple(ImportWarning(template, tuple(subjects))
                     for template, subjects in self._by_kind.items())


def _items(subjects: Iterable[int | str]) -> str:
    """"3, 5\u20139, 12" for UIDs; names joined; the list cut short after a dozen."""
    subjects = list(subjects)
    if subjects and all(isinstance(s, int) for s in subjects):
        parts: list[str] = []
        ordered = sorted(subjects)
        start = prev = ordered[0]
        for uid in [*ordered[1:], None]:
            if uid is not None and uid == prev + 1:
                prev = uid
                continue
            parts.append(str(start) if start == prev else
                         f"{start}, {prev}" if prev == start + 1 else f"{start}\u2013{prev}")
            if uid is not None:
                start = prev = uid
    else:
        parts = [f"\u201c{s}\u201d" for s in subjects]
    shown = ", ".join(parts[:_SHOWN])
    return shown + (", \u2026" if len(parts) > _SHOWN else "")
