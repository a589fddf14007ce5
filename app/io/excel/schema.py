"""The sheets and columns of a Planwright workbook (no Qt).

Every sheet Planwright writes has a hidden first row of stable column keys and a
hidden first column of row ids: headers are in the UI language and may be moved or
renamed by whoever edits the workbook, while the keys let the import find each
column and match each row whatever happened to the visible part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.core.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "planwright-workbook"
FORMAT_VERSION = 1
META_SHEET = "_planwright"
LISTS_SHEET = "_lists"
KEY_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
ID = "id"

Kind = Literal["id", "text", "int", "number", "date", "datetime", "duration", "percent",
               "bool", "choice", "names"]


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, context "excel"
    kind: Kind = "text"
    width: float = 14
    editable: bool = True

    @property
    def title(self) -> str:
        if self.key.startswith(ROLE_PREFIX):  # a RACI column: a name from the project
            return self.header
        return translate("excel", self.header)


def _c(key: str, header: str, kind: Kind = "text", width: float = 14,
       editable: bool = True) -> Column:
    return Column(key, header, kind, width, editable)


ID_COLUMN = _c(ID, QT_TRANSLATE_NOOP("excel", "Id"), "id", 6, False)

SUMMARY, TASKS, GANTT, STAKEHOLDERS, ENGAGEMENT, RISKS, RACI, CALENDAR = (
    "summary", "tasks", "gantt", "stakeholders", "engagement", "risks", "raci", "calendar")
SHEET_ORDER = (SUMMARY, TASKS, GANTT, STAKEHOLDERS, ENGAGEMENT, RISKS, RACI, CALENDAR)
SHEET_TITLES = {
    SUMMARY: QT_TRANSLATE_NOOP("excel", "Summary"),
    TASKS: QT_TRANSLATE_NOOP("excel", "Tasks"),
    GANTT: QT_TRANSLATE_NOOP("excel", "Gantt"),
    STAKEHOLDERS: QT_TRANSLATE_NOOP("excel", "Stakeholders"),
    ENGAGEMENT: QT_TRANSLATE_NOOP("excel", "Engagement"),
    RISKS: QT_TRANSLATE_NOOP("excel", "Risks"),
    RACI: QT_TRANSLATE_NOOP("excel", "RACI"),
    CALENDAR: QT_TRANSLATE_NOOP("excel", "Calendar"),
}


def sheet_title(key: str) -> str:
    return translate("excel", SHEET_TITLES[key])


SUMMARY_COLUMNS = (
    _c(ID, QT_TRANSLATE_NOOP("excel", "Key"), "id", 12, False),
    _c("label", QT_TRANSLATE_NOOP("excel", "Property"), "text", 28, False),
    _c("value", QT_TRANSLATE_NOOP("excel", "Value"), "text", 48),
)
# Summary rows: (key, label, kind, editable). Key figures come after the properties.
SUMMARY_ROWS: tuple[tuple[str, str, Kind, bool], ...] = (
    ("name", QT_TRANSLATE_NOOP("excel", "Project name"), "text", True),
    ("code", QT_TRANSLATE_NOOP("excel", "Project code"), "text", True),
    ("manager", QT_TRANSLATE_NOOP("excel", "Project manager"), "text", True),
    ("client", QT_TRANSLATE_NOOP("excel", "Client"), "text", True),
    ("start_date", QT_TRANSLATE_NOOP("excel", "Start date"), "date", True),
    ("status_date", QT_TRANSLATE_NOOP("excel", "Status date"), "date", True),
    ("currency", QT_TRANSLATE_NOOP("excel", "Currency"), "text", True),
    ("hours_per_day", QT_TRANSLATE_NOOP("excel", "Hours per day"), "number", True),
    ("hours_per_week", QT_TRANSLATE_NOOP("excel", "Hours per week"), "number", True),
    ("description", QT_TRANSLATE_NOOP("excel", "Description"), "text", True),
    ("objectives", QT_TRANSLATE_NOOP("excel", "Objectives"), "text", True),
    ("success_criteria", QT_TRANSLATE_NOOP("excel", "Success criteria"), "text", True),
    ("fig_finish", QT_TRANSLATE_NOOP("excel", "Finish"), "datetime", False),
    ("fig_tasks", QT_TRANSLATE_NOOP("excel", "Tasks"), "int", False),
    ("fig_milestones", QT_TRANSLATE_NOOP("excel", "Milestones"), "int", False),
    ("fig_critical", QT_TRANSLATE_NOOP("excel", "Critical tasks"), "int", False),
    ("fig_complete", QT_TRANSLATE_NOOP("excel", "% complete (by duration)"), "percent", False),
    ("fig_stakeholders", QT_TRANSLATE_NOOP("excel", "Stakeholders"), "int", False),
    ("fig_open_risks", QT_TRANSLATE_NOOP("excel", "Open risks"), "int", False),
    ("fig_raci_errors", QT_TRANSLATE_NOOP("excel", "Tasks with RACI errors"), "int", False),
)

TASK_COLUMNS = (
    ID_COLUMN,
    _c("wbs", QT_TRANSLATE_NOOP("excel", "WBS"), "text", 9, False),
    _c("level", QT_TRANSLATE_NOOP("excel", "Outline level"), "int", 8),
    _c("name", QT_TRANSLATE_NOOP("excel", "Task name"), "text", 40),
    _c("duration", QT_TRANSLATE_NOOP("excel", "Duration"), "duration", 10),
    _c("start", QT_TRANSLATE_NOOP("excel", "Start"), "datetime", 16, False),
    _c("finish", QT_TRANSLATE_NOOP("excel", "Finish"), "datetime", 16, False),
    _c("predecessors", QT_TRANSLATE_NOOP("excel", "Predecessors"), "text", 14),
    _c("percent", QT_TRANSLATE_NOOP("excel", "% complete"), "percent", 9),
    _c("people", QT_TRANSLATE_NOOP("excel", "Assigned to"), "names", 22),
    _c("milestone", QT_TRANSLATE_NOOP("excel", "Milestone"), "bool", 9),
    _c("manual", QT_TRANSLATE_NOOP("excel", "Manually scheduled"), "bool", 9),
    _c("constraint_type", QT_TRANSLATE_NOOP("excel", "Constraint"), "choice", 20),
    _c("constraint_date", QT_TRANSLATE_NOOP("excel", "Constraint date"), "datetime", 16),
    _c("deadline", QT_TRANSLATE_NOOP("excel", "Deadline"), "datetime", 16),
    _c("actual_start", QT_TRANSLATE_NOOP("excel", "Actual start"), "datetime", 16),
    _c("actual_finish", QT_TRANSLATE_NOOP("excel", "Actual finish"), "datetime", 16),
    _c("baseline_start", QT_TRANSLATE_NOOP("excel", "Baseline start"), "datetime", 16, False),
    _c("baseline_finish", QT_TRANSLATE_NOOP("excel", "Baseline finish"), "datetime", 16,
       False),
    _c("total_slack", QT_TRANSLATE_NOOP("excel", "Total slack (days)"), "number", 10, False),
    _c("critical", QT_TRANSLATE_NOOP("excel", "Critical"), "bool", 8, False),
    _c("notes", QT_TRANSLATE_NOOP("excel", "Notes"), "text", 30),
)

STAKEHOLDER_COLUMNS = (
    ID_COLUMN,
    _c("name", QT_TRANSLATE_NOOP("excel", "Name"), "text", 22),
    _c("organisation", QT_TRANSLATE_NOOP("excel", "Organisation"), "text", 20),
    _c("title", QT_TRANSLATE_NOOP("excel", "Role / title"), "text", 20),
    _c("contact", QT_TRANSLATE_NOOP("excel", "Contact"), "text", 22),
    _c("power", QT_TRANSLATE_NOOP("excel", "Power"), "int", 8),
    _c("interest", QT_TRANSLATE_NOOP("excel", "Interest"), "int", 8),
    _c("quadrant", QT_TRANSLATE_NOOP("excel", "Quadrant"), "text", 16, False),
    _c("target_power", QT_TRANSLATE_NOOP("excel", "Target power"), "int", 8),
    _c("target_interest", QT_TRANSLATE_NOOP("excel", "Target interest"), "int", 8),
    _c("attitude", QT_TRANSLATE_NOOP("excel", "Attitude"), "choice", 12),
    _c("team_member", QT_TRANSLATE_NOOP("excel", "Team member"), "bool", 9),
    _c("confidential", QT_TRANSLATE_NOOP("excel", "Confidential"), "bool", 9),
    _c("strategy", QT_TRANSLATE_NOOP("excel", "Strategy"), "text", 28),
    _c("communication", QT_TRANSLATE_NOOP("excel", "Communication"), "text", 20),
    _c("notes", QT_TRANSLATE_NOOP("excel", "Notes"), "text", 28),
)

ENGAGEMENT_COLUMNS = (
    ID_COLUMN,
    _c("name", QT_TRANSLATE_NOOP("excel", "Name"), "text", 22, False),
    _c("engagement_current", QT_TRANSLATE_NOOP("excel", "Current engagement"), "choice", 16),
    _c("engagement_desired", QT_TRANSLATE_NOOP("excel", "Desired engagement"), "choice", 16),
    _c("gap", QT_TRANSLATE_NOOP("excel", "Gap (steps)"), "int", 9, False),
)

RISK_COLUMNS = (
    ID_COLUMN,
    _c("code", QT_TRANSLATE_NOOP("excel", "Code"), "text", 9),
    _c("title", QT_TRANSLATE_NOOP("excel", "Title"), "text", 30),
    _c("kind", QT_TRANSLATE_NOOP("excel", "Type"), "choice", 12),
    _c("category", QT_TRANSLATE_NOOP("excel", "Category"), "text", 14),
    _c("cause", QT_TRANSLATE_NOOP("excel", "Cause"), "text", 24),
    _c("event", QT_TRANSLATE_NOOP("excel", "Event"), "text", 24),
    _c("effect", QT_TRANSLATE_NOOP("excel", "Effect"), "text", 24),
    _c("probability", QT_TRANSLATE_NOOP("excel", "Probability"), "int", 9),
    _c("impact", QT_TRANSLATE_NOOP("excel", "Impact"), "int", 9),
    _c("score", QT_TRANSLATE_NOOP("excel", "Score"), "int", 7, False),
    _c("rating", QT_TRANSLATE_NOOP("excel", "Rating"), "text", 11, False),
    _c("owner", QT_TRANSLATE_NOOP("excel", "Owner"), "choice", 18),
    _c("strategy", QT_TRANSLATE_NOOP("excel", "Response"), "choice", 12),
    _c("actions", QT_TRANSLATE_NOOP("excel", "Actions"), "text", 28),
    _c("trigger", QT_TRANSLATE_NOOP("excel", "Trigger"), "text", 20),
    _c("residual_probability", QT_TRANSLATE_NOOP("excel", "Residual probability"), "int", 9),
    _c("residual_impact", QT_TRANSLATE_NOOP("excel", "Residual impact"), "int", 9),
    _c("residual_score", QT_TRANSLATE_NOOP("excel", "Residual score"), "int", 8, False),
    _c("residual_rating", QT_TRANSLATE_NOOP("excel", "Residual rating"), "text", 11, False),
    _c("status", QT_TRANSLATE_NOOP("excel", "Status"), "choice", 16),
    _c("identified_on", QT_TRANSLATE_NOOP("excel", "Identified on"), "date", 12),
    _c("next_review_on", QT_TRANSLATE_NOOP("excel", "Next review"), "date", 12),
    _c("closed_on", QT_TRANSLATE_NOOP("excel", "Closed on"), "date", 12),
    _c("tasks", QT_TRANSLATE_NOOP("excel", "Linked tasks (WBS)"), "text", 16),
)

# RACI: id, WBS, task, then one column per RACI role (key "role:<id>"), then the check.
RACI_FIXED = (
    ID_COLUMN,
    _c("wbs", QT_TRANSLATE_NOOP("excel", "WBS"), "text", 9, False),
    _c("name", QT_TRANSLATE_NOOP("excel", "Task name"), "text", 36, False),
)
RACI_CHECK = _c("check", QT_TRANSLATE_NOOP("excel", "Check"), "text", 40, False)
ROLE_PREFIX = "role:"
NEW_ROLE = "role:new"  # the key row of a column added by hand says nothing; see plan_raci

CALENDAR_COLUMNS = (
    _c(ID, QT_TRANSLATE_NOOP("excel", "Key"), "id", 8, False),
    _c("day", QT_TRANSLATE_NOOP("excel", "Day or date"), "text", 16),
    _c("name", QT_TRANSLATE_NOOP("excel", "Name"), "text", 26),
    _c("hours", QT_TRANSLATE_NOOP("excel", "Working hours"), "text", 30),
)
WEEKDAYS = (QT_TRANSLATE_NOOP("excel", "Monday"), QT_TRANSLATE_NOOP("excel", "Tuesday"),
            QT_TRANSLATE_NOOP("excel", "Wednesday"), QT_TRANSLATE_NOOP("excel", "Thursday"),
            QT_TRANSLATE_NOOP("excel", "Friday"), QT_TRANSLATE_NOOP("excel", "Saturday"),
            QT_TRANSLATE_NOOP("excel", "Sunday"))
NON_WORKING = QT_TRANSLATE_NOOP("excel", "Non-working")
EXCEPTION_KEY = "exception"

COLUMNS = {SUMMARY: SUMMARY_COLUMNS, TASKS: TASK_COLUMNS, STAKEHOLDERS: STAKEHOLDER_COLUMNS,
           ENGAGEMENT: ENGAGEMENT_COLUMNS, RISKS: RISK_COLUMNS, CALENDAR: CALENDAR_COLUMNS}

YES = QT_TRANSLATE_NOOP("excel", "Yes")
NO = QT_TRANSLATE_NOOP("excel", "No")
