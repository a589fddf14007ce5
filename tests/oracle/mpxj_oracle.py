"""MPXJ's MicrosoftScheduler as a test oracle for app.core.schedule (tests only, never app/).

    reason = unavailable()          # None, or why the oracle cannot run here
    dates = mpxj_schedule(tasks, links, calendar, project_start, status_date)
    # {task id: (start, finish)}
    full = mpxj_dates(tasks, links, calendar, project_start, status_date, percent_lags)
    # {task id: MpxjDates(start, finish, early/late dates, total/free slack, critical)}

The same `TaskIn`/`LinkIn` lists and `WorkCalendar` that app.core.schedule takes are
built into an org.mpxj.ProjectFile through MPXJ's Java API (a calendar with each day's
working hours and dated exceptions, tasks nested under their summaries, durations and
lags in minutes, relations, constraints, deadlines, manual tasks, actual dates), which
org.mpxj.cpm.MicrosoftScheduler then schedules as Microsoft Project would.

The JVM starts once per process, on the first call (JPype cannot start it twice).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LinkType
from app.core.schedule import LinkIn, TaskIn
from app.core.schedule_links import outline_order

MINUTES_PER_DAY = 480  # Project's defaults, which convert days and weeks to minutes
MINUTES_PER_WEEK = 2400

_java: dict[str, Any] = {}  # the Java classes, once the JVM runs


@dataclass(frozen=True)
class MpxjDates:
    """One task as MicrosoftScheduler (and MPXJ's MicrosoftSlackCalculator) leave it."""

    start: datetime
    finish: datetime
    early_start: datetime | None
    early_finish: datetime | None
    late_start: datetime | None
    late_finish: datetime | None
    total_slack: int | None  # working minutes
    free_slack: int | None
    critical: bool


def unavailable() -> str | None:
    """Why the oracle cannot run here (no JPype, no mpxj, no Java), or None."""
    for module in ("jpype", "mpxj"):
        if importlib.util.find_spec(module) is None:
            return f"the MPXJ oracle needs the Python package {module!r} (pip install .[test])"
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        return "the MPXJ oracle needs a Java runtime (no java on PATH and no JAVA_HOME)"
    try:
        start_jvm()
    except Exception as exc:  # noqa: BLE001 - whatever stops the JVM means "skip"
        return f"the MPXJ oracle could not start a JVM: {exc}"
    return None


def start_jvm() -> None:
    """Start the JVM with MPXJ's jars on its class path (importing mpxj adds them)."""
    if _java:
        return
    import jpype
    import mpxj  # noqa: F401 - puts MPXJ's jars on the class path

    if not jpype.isJVMStarted():
        jpype.startJVM(convertStrings=True)
    java = jpype.JClass
    relation_type, day_of_week = java("org.mpxj.RelationType"), java("java.time.DayOfWeek")
    _java.update(
        Integer=java("java.lang.Integer"), LocalDate=java("java.time.LocalDate"),
        LocalDateTime=java("java.time.LocalDateTime"), LocalTime=java("java.time.LocalTime"),
        Constraint=java("org.mpxj.ConstraintType"), Duration=java("org.mpxj.Duration"),
        LocalTimeRange=java("org.mpxj.LocalTimeRange"),
        ProjectFile=java("org.mpxj.ProjectFile"), Relation=java("org.mpxj.Relation"),
        TaskMode=java("org.mpxj.TaskMode"), TimeUnit=java("org.mpxj.TimeUnit"),
        MicrosoftScheduler=java("org.mpxj.cpm.MicrosoftScheduler"),
        relation={LinkType.FS: relation_type.FINISH_START,
                  LinkType.SS: relation_type.START_START,
                  LinkType.FF: relation_type.FINISH_FINISH,
                  LinkType.SF: relation_type.START_FINISH},
        week=(day_of_week.MONDAY, day_of_week.TUESDAY, day_of_week.WEDNESDAY,
              day_of_week.THURSDAY, day_of_week.FRIDAY, day_of_week.SATURDAY,
              day_of_week.SUNDAY))


def mpxj_schedule(tasks: Sequence[TaskIn], links: Sequence[LinkIn], calendar: WorkCalendar,
                  project_start: datetime, status_date: datetime | None = None,
                  percent_lags: Mapping[tuple[int, int], float] | None = None
                  ) -> dict[int, tuple[datetime, datetime]]:
    """Schedule with MPXJ's MicrosoftScheduler: {task id: (start, finish)}."""
    dates = mpxj_dates(tasks, links, calendar, project_start, status_date, percent_lags)
    return {task_id: (d.start, d.finish) for task_id, d in dates.items()}


def mpxj_dates(tasks: Sequence[TaskIn], links: Sequence[LinkIn], calendar: WorkCalendar,
               project_start: datetime, status_date: datetime | None = None,
               percent_lags: Mapping[tuple[int, int], float] | None = None
               ) -> dict[int, MpxjDates]:
    """Schedule with MPXJ's MicrosoftScheduler: every task's dates, slack and criticality.

    `percent_lags` maps (predecessor id, successor id) to a lag in percent of the
    predecessor's duration, given to MPXJ instead of that link's minutes (MPXJ scales
    it itself). `status_date` is set on the project; MicrosoftScheduler does not read it.
    """
    start_jvm()
    j = _java
    project = j["ProjectFile"]()
    props = project.getProjectProperties()
    props.setMinutesPerDay(j["Integer"](MINUTES_PER_DAY))
    props.setMinutesPerWeek(j["Integer"](MINUTES_PER_WEEK))
    props.setDaysPerMonth(j["Integer"](20))
    props.setStartDate(_java_moment(project_start))
    if status_date is not None:
        props.setStatusDate(_java_moment(status_date))
    props.setDefaultCalendar(_calendar(project, calendar))

    # Parents first, so that each task is added under its summary.
    ordered = [tasks[i] for i in outline_order([(t.id, t.parent_id, t.position)
                                                 for t in tasks])]
    java_tasks: dict[int, Any] = {}
    for t in ordered:
        parent = java_tasks.get(t.parent_id) if t.parent_id is not None else None
        java_tasks[t.id] = (parent if parent is not None else project).addTask()
    summaries = {t.parent_id for t in tasks if t.parent_id is not None}
    for t in ordered:
        _task(java_tasks[t.id], t, calendar, t.id in summaries)

    for link in links:
        percent = (percent_lags or {}).get((link.predecessor, link.successor))
        if percent is not None:
            lag = j["Duration"].getInstance(float(percent), j["TimeUnit"].PERCENT)
        else:
            unit = j["TimeUnit"].ELAPSED_MINUTES if link.elapsed else j["TimeUnit"].MINUTES
            lag = j["Duration"].getInstance(float(link.lag), unit)
        java_tasks[link.successor].addPredecessor(
            j["Relation"].Builder().predecessorTask(java_tasks[link.predecessor])
            .type(j["relation"][link.type]).lag(lag))

    j["MicrosoftScheduler"]().schedule(project, _java_moment(project_start))
    return {task_id: MpxjDates(
        _moment(jt.getStart()), _moment(jt.getFinish()),
        _moment(jt.getEarlyStart()), _moment(jt.getEarlyFinish()),
        _moment(jt.getLateStart()), _moment(jt.getLateFinish()),
        _minutes_of(jt.getTotalSlack()), _minutes_of(jt.getFreeSlack()),
        bool(jt.getCritical())) for task_id, jt in java_tasks.items()}


_CONSTRAINTS = {
    ConstraintType.ASAP: "AS_SOON_AS_POSSIBLE", ConstraintType.ALAP: "AS_LATE_AS_POSSIBLE",
    ConstraintType.SNET: "START_NO_EARLIER_THAN", ConstraintType.SNLT: "START_NO_LATER_THAN",
    ConstraintType.FNET: "FINISH_NO_EARLIER_THAN", ConstraintType.FNLT: "FINISH_NO_LATER_THAN",
    ConstraintType.MSO: "MUST_START_ON", ConstraintType.MFO: "MUST_FINISH_ON",
}


def _task(jt: Any, t: TaskIn, calendar: WorkCalendar, summary: bool) -> None:
    j = _java
    jt.setName(t.name or f"T{t.id}")
    jt.setUniqueID(j["Integer"](t.id))
    jt.setConstraintType(getattr(j["Constraint"], _CONSTRAINTS[t.constraint_type]))
    if t.constraint_date is not None:
        jt.setConstraintDate(_java_moment(t.constraint_date))
    if t.deadline is not None:
        jt.setDeadline(_java_moment(t.deadline))
    if summary:  # MPXJ rolls a summary up from the tasks under it
        jt.setSummary(True)
        return
    duration = max(0, t.duration)
    manual = t.manual and t.start is not None
    if manual:  # the dates the user typed; the duration is what lies between them
        finish = t.finish or calendar.add_working_minutes(t.start, duration)
        duration = max(0, calendar.working_minutes_between(t.start, finish))
        jt.setTaskMode(j["TaskMode"].MANUALLY_SCHEDULED)
        jt.setStart(_java_moment(t.start))
        jt.setFinish(_java_moment(finish))
    else:
        jt.setTaskMode(j["TaskMode"].AUTO_SCHEDULED)
    # Progress as Project records it: percent complete splits the duration into actual
    # and remaining work, and a finished task's duration is its actual duration.
    done = 0
    if t.actual_start is not None and not manual:
        jt.setActualStart(_java_moment(t.actual_start))
        if t.actual_finish is not None:
            jt.setActualFinish(_java_moment(t.actual_finish))
            duration = done = max(0, calendar.working_minutes_between(t.actual_start,
                                                                      t.actual_finish))
        else:
            done = duration * max(0, min(100, t.percent_complete)) // 100
        jt.setPercentageComplete(j["Integer"](100 if t.actual_finish is not None
                                              else t.percent_complete))
    jt.setMilestone(bool(t.milestone or duration == 0))  # as Project marks them
    jt.setDuration(_working(duration))
    jt.setActualDuration(_working(done))
    jt.setRemainingDuration(_working(duration - done))


def _calendar(project: Any, calendar: WorkCalendar) -> Any:
    j = _java
    java_calendar = project.addCalendar()
    java_calendar.setName(calendar.name or "Standard")
    for day, intervals in zip(j["week"], calendar.week, strict=True):
        java_calendar.setWorkingDay(day, bool(intervals))
        hours = java_calendar.addCalendarHours(day)
        for begin, end in intervals:
            hours.add(_time_range(begin, end))
    for day, exception in sorted(calendar.exceptions.items()):
        java_day = j["LocalDate"].of(day.year, day.month, day.day)
        java_exception = java_calendar.addCalendarException(java_day, java_day)
        for begin, end in exception.intervals:  # none: a day off
            java_exception.add(_time_range(begin, end))
    return java_calendar


def _time_range(begin: int, end: int) -> Any:
    time = _java["LocalTime"]
    # 24:00, the end of the day, is LocalTime's 00:00.
    return _java["LocalTimeRange"](time.of(begin // 60, begin % 60),
                                   time.of(end // 60 % 24, end % 60))


def _working(minutes: int) -> Any:
    return _java["Duration"].getInstance(float(minutes), _java["TimeUnit"].MINUTES)


_MINUTES_PER_UNIT = {"MINUTES": 1, "HOURS": 60, "DAYS": MINUTES_PER_DAY,
                     "WEEKS": MINUTES_PER_WEEK}


def _minutes_of(duration: Any) -> int | None:
    if duration is None:
        return None
    return round(float(duration.getDuration())
                 * _MINUTES_PER_UNIT[str(duration.getUnits().name())])


def _java_moment(moment: datetime) -> Any:
    return _java["LocalDateTime"].of(moment.year, moment.month, moment.day,
                                     moment.hour, moment.minute)


def _moment(moment: Any) -> datetime | None:
    if moment is None:
        return None
    return datetime(moment.getYear(), moment.getMonthValue(), moment.getDayOfMonth(),
                    moment.getHour(), moment.getMinute())
