"""Which page and filter explain each dashboard tile (the click-through)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.health import KeyFigures
from app.views.gantt.page import GanttPage
from app.views.raci.page import RaciPage
from app.views.risks.page import RisksPage
from app.views.stakeholders.page import StakeholdersPage


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def request(key: str, f: KeyFigures) -> tuple[type, Callable] | None:
    """(page type, what to do with the page once shown) for the tile `key`."""
    if key == "progress":
        return GanttPage, lambda page: page.show_filter("In progress")
    gantt_lists = {
        "spi": (f.late, tr(QT_TRANSLATE_NOOP("DashboardPage", "Late tasks (from the dashboard)"))),
        "late": (f.late, tr(QT_TRANSLATE_NOOP("DashboardPage", "Late tasks (from the dashboard)"))),
        "cpi": (f.over_budget, tr(QT_TRANSLATE_NOOP("DashboardPage", "Over budget (from the dashboard)"))),
        "milestones": (f.milestones.missed + f.milestones.upcoming,
                       tr(QT_TRANSLATE_NOOP("DashboardPage", "Missed and coming milestones (from the dashboard)"))),
        "critical": (f.critical, tr(QT_TRANSLATE_NOOP("DashboardPage", "Unfinished critical tasks (from the dashboard)"))),
    }
    if key == "milestones" and not gantt_lists[key][0]:
        return GanttPage, lambda page: page.show_filter("Milestones")
    if key in gantt_lists:
        ids, caption = gantt_lists[key]
        return GanttPage, lambda page: page.show_tasks(ids, caption)
    if key == "risks":
        return RisksPage, lambda page: page.show_risks()
    if key == "reviews":
        return RisksPage, lambda page: page.show_risks(overdue=True)
    if key == "raci":
        return RaciPage, lambda page: page.show_problems()
    if key == "engagement":
        return StakeholdersPage, lambda page: page.show_people(f.engagement_gap_ids)
    return None
