"""Assemble the PDF: page templates (portrait for text, landscape for charts), a header
and a "page X of Y" footer on every page, sections in order, progress and Cancel.

`write_report` is the one entry point for the GUI, the CLI and tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from app import __version__
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Progress
from app.models.document import Document
from app.reports import dates
from app.reports.data import ReportData, load_report_data
from app.reports.fonts import NO_CJK_FONT, font_set
from app.reports.options import ReportOptions, Section
from app.reports.text import Typesetter

MARGIN = 30.0
HEADER = 22.0  # band above the frame
FOOTER = 22.0
PORTRAIT, LANDSCAPE = "portrait", "landscape"

_PAGE = QT_TRANSLATE_NOOP("report", "Page {page} of {pages}")
_MADE = QT_TRANSLATE_NOOP("report", "Status report \u00b7 {date}")
_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}")
_WRITING = QT_TRANSLATE_NOOP("report", "Writing page {page}\u2026")


@dataclass
class Context:
    """What every section builder gets."""

    data: ReportData
    options: ReportOptions
    ts: Typesetter
    portrait: tuple[float, float]  # frame width, height
    landscape: tuple[float, float]

    def frame(self, orientation: str) -> tuple[float, float]:
        return self.portrait if orientation == PORTRAIT else self.landscape


def _frame_size(page: tuple[float, float]) -> tuple[float, float]:
    return page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - HEADER - FOOTER


def _canvas_class(ts: Typesetter, title: str, made_on: date) -> type[Canvas]:
    """A canvas that holds pages back until the end, then numbers them."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self._decorate(number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, pages: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(HexColor("#5f6368"))
            self.setStrokeColor(HexColor("#c4c7cc"))
            self.setLineWidth(0.5)
            top = height - MARGIN - HEADER + 6
            self.line(MARGIN, top, width - MARGIN, top)
            ts.draw(self, MARGIN, top + 5, ts.fit(title, width * 0.7, 8), 8)
            ts.draw(self, width - MARGIN, top + 5, "Planwright", 7, align="right")
            bottom = MARGIN + FOOTER - 8
            self.line(MARGIN, bottom, width - MARGIN, bottom)
            ts.draw(self, MARGIN, bottom - 11, translate("report", _MADE).format(
                date=dates.long(made_on)), 7.5)
            ts.draw(self, width - MARGIN, bottom - 11, translate("report", _PAGE).format(
                page=number, pages=pages), 7.5, align="right")
            self.restoreState()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    def __init__(self, target: str, paper: tuple[float, float], first: str,
                 progress: Progress, total: int, **kwargs) -> None:
        super().__init__(target, pagesize=paper, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + HEADER, bottomMargin=MARGIN + FOOTER, **kwargs)
        landscape = (paper[1], paper[0])
        templates = []
        order = ((PORTRAIT, paper), (LANDSCAPE, landscape))
        for name, size in sorted(order, key=lambda o: o[0] != first):  # the first page's first
            w, h = _frame_size(size)
            frame = Frame(MARGIN, MARGIN + FOOTER, w, h, 0, 0, 0, 0, id=name)
            templates.append(PageTemplate(name, [frame], pagesize=size))
        self.addPageTemplates(templates)
        self.progress, self.total, self.done = progress, max(1, total), 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        self.done += 1
        self.progress.report(0.1 + 0.85 * self.done / self.total,
                             translate("report", _WRITING).format(page=self.page))


def _sections() -> dict[Section, Callable[[Context], tuple[str, list[Flowable]]]]:
    from app.reports import cover, milestones, raci, risks, schedule, stakeholders, summary

    return {Section.COVER: cover.build, Section.SUMMARY: summary.build,
            Section.SCHEDULE: schedule.build, Section.MILESTONES: milestones.build,
            Section.RISKS: risks.build, Section.STAKEHOLDERS: stakeholders.build,
            Section.RACI: raci.build}


def check_fonts(ts: Typesetter, data: ReportData, options: ReportOptions) -> None:
    """Refuse before writing when Chinese text would print blank."""
    texts = [translate("report", _PAGE), data.project.name,
             data.project.client, data.project.manager, *(s.label for s in options.sections)]
    if data.gantt:
        texts += [r.name for r in data.gantt.rows[:2000]] + [r.people or "" for r in
                                                             data.gantt.rows[:2000]]
    if data.stakeholders:
        texts += [p.name for p in data.stakeholders.people]
    if data.all_risks:
        texts += [r.title for r in data.all_risks]
    if not ts.fonts.has_cjk and any(_is_cjk(ch) for t in texts for ch in (t or "")):
        raise UserError(NO_CJK_FONT)


def _is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" \
        or "\uff00" <= char <= "\uffef"


def write_report(source: Document | Path, target: Path, options: ReportOptions | None = None,
                 progress: Progress | None = None, made_on: date | None = None) -> int:
    """Write the report of `source` (an open Document or a .pwp path) to `target`.

    The file appears complete or not at all (written beside it, then moved over it);
    Cancel leaves nothing behind. Returns the number of pages.
    """
    options = options or ReportOptions()
    progress = progress or Progress()
    progress.report(0.0)
    doc = source if isinstance(source, Document) else Document.open(source, read_only=True)
    try:
        with doc.reader() as session:
            data = load_report_data(session, options, made_on)
    finally:
        if doc is not source:
            doc.close()
    progress.report(0.05)
    ts = Typesetter(font_set())
    check_fonts(ts, data, options)
    paper = options.paper.size
    context = Context(data, options, ts, _frame_size(paper), _frame_size((paper[1], paper[0])))
    story: list[Flowable] = []
    builders = _sections()
    first = ""
    for number, section in enumerate(options.sections, 1):
        orientation, flowables = builders[section](context)
        if story:
            story += [NextPageTemplate(orientation), PageBreak()]
        first = first or orientation
        story += flowables
        progress.report(0.05 + 0.05 * number / len(options.sections))
    title = " \u00b7 ".join(t for t in (data.project.code, data.project.name) if t)
    target = Path(target)
    part = target.with_name(target.name + ".part")
    counted = _Doc(str(part), paper, first or PORTRAIT, progress, len(story), title=data.project.name,
                   author=data.project.manager, creator=f"Planwright {__version__}",
                   initialFontName=ts.fonts.regular)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        counted.build(story, canvasmaker=_canvas_class(ts, title, data.made_on))
        os.replace(part, target)
    except OSError as error:
        raise UserError(_CANNOT_WRITE, path=str(target), reason=error.strerror or str(error)) \
            from error
    finally:
        part.unlink(missing_ok=True)
    progress.report(1.0)
    return counted.page
