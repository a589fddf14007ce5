"""The Dashboard page: key-figure tiles that click through to the page that explains
them, and four charts (S-curve, burndown, milestone slip, risk exposure).

The figures come from app.models.health (shared with the PDF report); this page only
lays them out. A tile asks the main window to show another page through
`drill_requested`, carrying what to do with that page once it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.durations import format_duration
from app.core.health import Band, Basis
from app.models.calendars import project_calendar
from app.models.commands import Changes
from app.models.health import (
    HealthCache,
    KeyFigures,
    Trends,
    key_figures,
    load_task_facts,
    load_trends,
)
from app.views.base import Page
from app.views.dashboard import drill
from app.views.dashboard.charts import Chart
from app.views.dashboard.plots import burndown_lines, exposure_lines, milestone_lines, s_lines
from app.views.dashboard.thresholds import BandsDialog, set_bands
from app.views.dashboard.tiles import Tile
from app.views.formats import date_text

TILES = ("progress", "spi", "cpi", "milestones", "late", "critical", "risks", "reviews",
         "raci", "engagement")
COLUMNS = 5


@dataclass(frozen=True)
class Drill:
    """Show the page of type `page`, then `apply` (a filter, a selection) to it."""

    page: type
    apply: Callable[[Page], None]


class DashboardPage(Page):
    icon_name = "dashboard"
    flags = Changes.ALL
    drill_requested = Signal(object)  # a Drill

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: KeyFigures | None = None
        self.trends: Trends | None = None
        self.cache = HealthCache()  # what an edit did not change is not read again
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.bands_button = QPushButton(self)
        self.bands_button.clicked.connect(self.edit_bands)
        self.tiles = {key: Tile(key, self) for key in TILES}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, key in enumerate(TILES):
            grid.addWidget(self.tiles[key], i // COLUMNS, i % COLUMNS)
            self.tiles[key].activated.connect(lambda k=key: self.open_tile(k))
        self.charts = {"s_curve": Chart("s_curve", self),
                       "burndown": Chart("burndown", self, legend_at=(-8, 8)),
                       "milestones": Chart("milestones", self, y_dates=True, legend_columns=2),
                       "exposure": Chart("exposure", self, legend_at=(8, -8))}
        for chart in self.charts.values():
            chart.export_requested.connect(lambda c=chart: self.export_chart(c))
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.top.addWidget(self.charts["s_curve"])
        self.top.addWidget(self.charts["burndown"])
        self.bottom.addWidget(self.charts["milestones"])
        self.bottom.addWidget(self.charts["exposure"])
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.top)
        self.split.addWidget(self.bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.bands_button)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.split, 1)
        self.setFocusProxy(self.tiles[TILES[0]])

    def title(self) -> str:
        return self.tr("Dashboard")

    # -- reading -------------------------------------------------------------------------

    def set_port(self, port) -> None:
        self.cache = HealthCache()
        super().set_port(port)

    def changed(self, changes: Changes) -> None:
        self.cache.forget(changes)
        super().changed(changes)

    def refresh(self) -> None:
        super().refresh()
        if self.port is None:
            self.figures = self.trends = None
            return
        with self.port.document.reader() as session:
            tasks = load_task_facts(session, cache=self.cache)
            calendar = project_calendar(session)
            # The PM's own dashboard counts confidential stakeholders too.
            self.figures = key_figures(session, tasks=tasks, calendar=calendar,
                                       include_confidential=True, cache=self.cache)
            self.trends = load_trends(session, self.figures, tasks, calendar, self.cache)
        self.show_figures()

    def show_figures(self) -> None:
        if self.figures is None or self.trends is None:
            return
        self._heading(self.figures)
        self._tiles(self.figures)
        self._charts(self.figures, self.trends)

    # -- number formats ------------------------------------------------------------------

    def amount(self, value: float) -> str:
        """An earned-value amount: money by cost, working days by duration."""
        figures = self.figures
        if figures and figures.ev.basis == Basis.DURATION:
            return format_duration(round(value), figures.minutes_per_day)
        return QLocale().toString(float(value), "f", 0)

    @staticmethod
    def index(value: float | None) -> str:
        return "\u2014" if value is None else QLocale().toString(float(value), "f", 2)

    # -- heading and tiles ---------------------------------------------------------------

    def edit_bands(self) -> None:
        """The SPI / CPI band thresholds, one undo step."""
        if self.port is None or self.figures is None:
            return
        dialog = BandsDialog(self.figures.thresholds, self)
        if not dialog.exec():
            return
        chosen = dialog.thresholds()
        with self.port.document.reader() as session:
            command = set_bands(session, chosen)
        if command is not None:
            self.port.execute(command)

    def _heading(self, f: KeyFigures) -> None:
        self.bands_button.setText(self.tr("&Bands\u2026"))
        self.bands_button.setToolTip(self.tr(
            "Green from {green}, amber from {amber} (SPI and CPI)").format(
            green=self.index(f.thresholds.green), amber=self.index(f.thresholds.amber)))
        basis = (self.tr("Earned value by cost ({currency})").format(currency=f.currency)
                 if f.ev.basis == Basis.COST else
                 self.tr("Earned value by working duration (no task has a budget)"))
        plan = (self.tr("measured against the baseline") if f.baseline is not None else
                self.tr("no baseline: measured against the current schedule"))
        when = (self.tr("Status date {date}") if f.status_date_set else
                self.tr("No status date set: figures as of today, {date}")).format(
            date=date_text(f.status_date))
        self.heading.setText(f"<b>{when}</b> \u00b7 {basis}, {plan}")

    def _tiles(self, f: KeyFigures) -> None:
        ev, t = f.ev, self.tiles
        t["progress"].set_content(
            self.tr("Progress"),
            self.tr("{done}% done").format(done=_pct(ev.percent_complete)),
            self.tr("{planned}% planned by the status date").format(
                planned=_pct(ev.percent_planned)),
            f.progress_band, self.tr("Earned value and planned value as shares of the "
                                     "budget at completion. Opens the tasks in progress."))
        t["spi"].set_content(
            self.tr("Schedule (SPI)"), self.index(ev.spi),
            self.tr("SV {sv} \u00b7 PV {pv} \u00b7 EV {ev}").format(
                sv=self.amount(ev.sv), pv=self.amount(ev.pv), ev=self.amount(ev.ev)),
            f.spi_band, self.tr("Schedule performance index, EV \u00f7 PV. "
                                "Opens the late tasks."))
        t["cpi"].set_content(
            self.tr("Cost (CPI)"), self.index(ev.cpi),
            self.tr("CV {cv} \u00b7 EAC {eac} \u00b7 VAC {vac}").format(
                cv=self.amount(ev.cv), eac=self.amount(ev.eac), vac=self.amount(ev.vac)),
            f.cpi_band, self.tr("Cost performance index, EV \u00f7 AC; EAC = BAC \u00f7 CPI. "
                                "Opens the tasks that cost more than they earned."))
        m = f.milestones
        t["milestones"].set_content(
            self.tr("Milestones"),
            self.tr("{hit} hit \u00b7 {missed} missed").format(hit=len(m.hit),
                                                               missed=len(m.missed)),
            self.tr("{upcoming} due in the next 30 days, {total} in all").format(
                upcoming=len(m.upcoming), total=m.total),
            Band.NONE if not m.total else Band.RED if m.missed else Band.GREEN,
            self.tr("Opens the milestones that were missed or are coming up."))
        t["late"].set_content(
            self.tr("Late tasks"), str(len(f.late)),
            self.tr("Behind baseline, deadline or status date"),
            _zero_green(len(f.late)), self.tr("Opens the late tasks."))
        finish = self.tr("Forecast finish {date}").format(date=date_text(f.forecast_finish))
        finish_band = Band.NONE
        if f.planned_finish and f.forecast_finish:
            late = f.forecast_finish.date() > f.planned_finish.date()
            finish_band = Band.RED if late else Band.GREEN
            finish += " \u00b7 " + self.tr("baseline {date}").format(
                date=date_text(f.planned_finish))
        t["critical"].set_content(self.tr("Critical tasks"), str(len(f.critical)), finish,
                                  finish_band, self.tr("Opens the unfinished critical tasks."))
        ratings = " \u00b7 ".join(f"{r.label} {r.threats + r.opportunities}"
                                  for r in reversed(f.risks_by_rating))
        t["risks"].set_content(self.tr("Open risks"), str(f.risks_open), ratings, Band.NONE,
                               self.tr("Open risks by current rating. Opens the register."))
        overdue = ", ".join(f.risk_reviews_overdue[:4]) + (
            "\u2026" if len(f.risk_reviews_overdue) > 4 else "")
        t["reviews"].set_content(
            self.tr("Overdue risk reviews"), str(len(f.risk_reviews_overdue)),
            overdue or self.tr("Every review is on time"), _zero_green(
                len(f.risk_reviews_overdue)), self.tr("Opens the risks whose review is overdue."))
        raci_band = Band.RED if f.raci_errors else Band.AMBER if (
            f.raci_warnings or f.raci_overloaded) else Band.GREEN
        t["raci"].set_content(
            self.tr("RACI problems"), self.tr("{errors} errors").format(errors=f.raci_errors),
            self.tr("{warnings} warnings \u00b7 {overloaded} overloaded").format(
                warnings=f.raci_warnings, overloaded=f.raci_overloaded),
            raci_band, self.tr("Opens the RACI rows with problems."))
        t["engagement"].set_content(
            self.tr("Engagement gaps"), str(f.engagement_gaps),
            self.tr("{unassessed} of {people} people not assessed").format(
                unassessed=f.engagement_unassessed, people=f.stakeholders),
            _zero_green(f.engagement_gaps),
            self.tr("People not at their desired engagement level. Opens them in the "
                    "stakeholder register."))

    # -- charts --------------------------------------------------------------------------

    def _charts(self, f: KeyFigures, trends: Trends) -> None:
        c = self.charts
        days = f.minutes_per_day
        by_cost = trends.basis == Basis.COST
        c["s_curve"].title.setText(self.tr("S-curve: planned, earned and actual"))
        c["s_curve"].show_lines(
            s_lines(trends, self._line_names(), 1 if by_cost else days),
            f.currency if by_cost else self.tr("days"),
            self.tr("Nothing is planned yet."),
            (lambda v: QLocale().toString(v, "f", 0)) if by_cost else _days_text)
        c["burndown"].title.setText(self.tr("Burndown: work remaining"))
        c["burndown"].show_lines(burndown_lines(trends, self._line_names(), days),
                                 self.tr("days"), self.tr("Nothing is planned yet."),
                                 _days_text)
        c["milestones"].title.setText(self.tr("Milestone slip: forecast at each status date"))
        c["milestones"].show_lines(
            milestone_lines(trends, self.tr("Status date")), "",
            self.tr("No milestones yet. Forecasts are kept each time the status date moves."))
        c["exposure"].title.setText(self.tr("Risk exposure from the review history"))
        c["exposure"].show_lines(exposure_lines(trends, self._line_names()), "",
                                 self.tr("No risks yet."))

    def _line_names(self) -> dict[str, str]:
        return {"planned": self.tr("Planned (PV)"), "earned": self.tr("Earned (EV)"),
                "actual": self.tr("Actual (AC)"), "planned_remaining": self.tr("Planned"),
                "remaining": self.tr("Remaining"), "exposure": self.tr("Exposure (sum of scores)"),
                "threats": self.tr("Open threats")}

    def export_chart(self, chart: Chart) -> None:
        suggested = Path.home() / f"{chart.key}.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Chart"), str(suggested),
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        if not chart.save_png(target):
            QMessageBox.warning(self, self.tr("Export Chart"), self.tr(
                "The chart could not be written to {path}. Choose a folder you can write "
                "to.").format(path=str(target)))

    # -- click-through -------------------------------------------------------------------

    def open_tile(self, key: str) -> None:
        """Ask for the page and filter that explain the tile `key`."""
        if self.figures is None:
            return
        request = drill.request(key, self.figures)
        if request is not None:
            self.drill_requested.emit(Drill(*request))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            for chart in self.charts.values():
                chart.retranslate()
            self.show_figures()
        elif event.type() == QEvent.Type.PaletteChange:
            for chart in self.charts.values():
                chart.apply_palette()
        super().changeEvent(event)


def _pct(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


def _days_text(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _zero_green(count: int) -> Band:
    return Band.GREEN if count == 0 else Band.AMBER
