"""Everything a report shows, read in one session through the same summaries the pages,
the dashboard and the checks use (nothing is recomputed here)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.core import raci as raci_rules
from app.core.health import TaskFacts
from app.core.risk_summary import RiskFacts
from app.models.gantt_data import Snapshot, load_people
from app.models.gantt_data import load as load_gantt
from app.models.health import KeyFigures, key_figures, load_task_facts
from app.models.project import Project
from app.models.raci import load_matrix as load_raci_matrix
from app.models.risk_data import RiskSummary, load_risks, risk_summary
from app.models.stakeholders import StakeholderSummary, load_stakeholders, stakeholder_summary
from app.reports.options import ReportOptions, Section


@dataclass(frozen=True)
class ProjectFacts:
    name: str
    code: str
    client: str
    manager: str
    start: date
    status_date: date | None
    description: str
    objectives: str
    currency: str


@dataclass
class ReportData:
    project: ProjectFacts
    today: date  # the status date, else the day the report is made
    made_on: date
    gantt: Snapshot | None = None
    risks: RiskSummary | None = None
    all_risks: list[RiskFacts] | None = None
    stakeholders: StakeholderSummary | None = None
    raci: raci_rules.Matrix | None = None
    raci_summary: raci_rules.Summary | None = None
    figures: KeyFigures | None = None
    tasks: list[TaskFacts] | None = None  # work tasks as the health figures see them

    @property
    def finish(self) -> datetime | None:
        if not self.gantt:
            return None
        return max((r.finish for r in self.gantt.rows if r.finish), default=None)


def load_report_data(session: Session, options: ReportOptions,
                     made_on: date | None = None) -> ReportData:
    project = session.get_one(Project, 1)
    made_on = made_on or date.today()
    facts = ProjectFacts(project.name, project.code, project.client, project.manager,
                         project.start_date, project.status_date, project.description,
                         project.objectives, project.currency)
    data = ReportData(facts, project.status_date or made_on, made_on)
    wanted = set(options.sections)
    if wanted & {Section.SUMMARY, Section.SCHEDULE, Section.MILESTONES, Section.COVER}:
        data.gantt = load_gantt(session)
    if wanted & {Section.SUMMARY, Section.RISKS}:
        data.risks = risk_summary(session)
        data.all_risks = load_risks(session)
    if Section.STAKEHOLDERS in wanted:
        data.stakeholders = stakeholder_summary(session, options.include_confidential)
    if wanted & {Section.SUMMARY, Section.RACI}:
        data.raci = load_raci_matrix(session)
        data.raci_summary = raci_rules.summarize(data.raci)
    if not options.include_confidential:
        _leave_out_confidential(session, data)
    if wanted & {Section.SUMMARY, Section.MILESTONES}:
        data.tasks = load_task_facts(session)
        data.figures = key_figures(session, include_confidential=options.include_confidential,
                                   tasks=data.tasks,
                                   calendar=data.gantt.calendar if data.gantt else None)
    return data


def _leave_out_confidential(session: Session, data: ReportData) -> None:
    """Confidential stakeholders appear nowhere in the report unless included: not as
    RACI columns, risk owners or task assignees either (the stakeholder section leaves
    them out through `stakeholder_summary`)."""
    hidden = {p.id for p in load_stakeholders(session) if p.confidential}
    if not hidden:
        return
    if data.raci is not None:
        data.raci = data.raci.without_people(hidden)
        data.raci_summary = raci_rules.summarize(data.raci)

    def unowned(risk: RiskFacts) -> RiskFacts:
        return replace(risk, owner="") if risk.owner_id in hidden else risk

    if data.all_risks:
        data.all_risks = [unowned(r) for r in data.all_risks]
    if data.risks is not None:
        data.risks = replace(data.risks, top=[unowned(r) for r in data.risks.top],
                             overdue=[unowned(r) for r in data.risks.overdue])
    if data.gantt is not None:
        load_people(session, data.gantt, leave_out=hidden)
