"""The cover: logo, project name, code, client, manager, dates, confidentiality line."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.reports import dates
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import ACCENT, INK, MUTED, RULE, Drawing

TITLE = QT_TRANSLATE_NOOP("report", "Project status report")
FIELDS = (QT_TRANSLATE_NOOP("report", "Project code"), QT_TRANSLATE_NOOP("report", "Client"),
          QT_TRANSLATE_NOOP("report", "Project manager"),
          QT_TRANSLATE_NOOP("report", "Status date"),
          QT_TRANSLATE_NOOP("report", "Planned finish"),
          QT_TRANSLATE_NOOP("report", "Report date"))
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "report", "Confidential: prepared for {client} and the project's steering committee. "
    "Do not distribute further.")
CONFIDENTIAL_NO_CLIENT = QT_TRANSLATE_NOOP(
    "report", "Confidential: prepared for the project's steering committee. Do not "
    "distribute further.")
WITH_CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "report", "This copy includes stakeholders marked confidential.")
OBJECTIVES = QT_TRANSLATE_NOOP("report", "Objectives")
NO_STATUS_DATE = QT_TRANSLATE_NOOP("report", "not set (today is used)")


def _t(text: str) -> str:
    return translate("report", text)


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    width, height = ctx.portrait
    project = ctx.data.project
    values = (project.code, project.client, project.manager,
              dates.long(project.status_date) if project.status_date else _t(NO_STATUS_DATE),
              dates.long(ctx.data.finish), dates.long(ctx.data.made_on))
    ts = ctx.ts

    def paint(c: Canvas, w: float, h: float) -> None:
        y = h
        logo = ctx.options.logo
        if logo is not None:
            try:
                image = ImageReader(str(logo))
                iw, ih = image.getSize()
                scale = min(160 / iw, 60 / ih)
                c.drawImage(image, 0, y - ih * scale, iw * scale, ih * scale, mask="auto")
            except OSError:
                pass  # an unreadable logo is left out; the dialog checked it when chosen
        y -= 150
        c.setFillColor(ACCENT)
        c.rect(0, y + 34, 48, 4, stroke=0, fill=1)
        c.setFillColor(MUTED)
        ts.draw(c, 0, y + 12, _t(TITLE), 13)
        c.setFillColor(INK)
        lines = ts.wrap(project.name, w, 26, bold=True, max_lines=3)
        for line in lines:
            y -= 32
            ts.draw(c, 0, y, line, 26, bold=True)
        y -= 40
        label_w = max(ts.width(_t(f), 10) for f in FIELDS) + 16
        for field, value in zip(FIELDS, values, strict=True):
            if not value:
                continue
            c.setFillColor(MUTED)
            ts.draw(c, 0, y, _t(field), 10)
            c.setFillColor(INK)
            ts.draw(c, label_w, y, ts.fit(value, w - label_w, 11), 11)
            y -= 20
        about = project.objectives.strip() or project.description.strip()
        if about:
            y -= 16
            if project.objectives.strip():
                c.setFillColor(MUTED)
                ts.draw(c, 0, y, _t(OBJECTIVES), 10, bold=True)
                y -= 16
            c.setFillColor(INK)
            room = max(1, int((y - 90) // 13.5))
            for line in ts.wrap(about, w, 9.5, max_lines=room):
                ts.draw(c, 0, y, line, 9.5)
                y -= 13.5
        c.setStrokeColor(RULE)
        c.line(0, 60, w, 60)
        c.setFillColor(MUTED)
        note = (_t(CONFIDENTIAL).format(client=project.client) if project.client
                else _t(CONFIDENTIAL_NO_CLIENT))
        notes = ts.wrap(note, w, 8.5)
        if ctx.options.include_confidential:
            notes += ts.wrap(_t(WITH_CONFIDENTIAL), w, 8.5)
        line_y = 46
        for line in notes:
            ts.draw(c, 0, line_y, line, 8.5)
            line_y -= 12
        c.setFillColor(HexColor("#000000"))

    return PORTRAIT, [Drawing(paint, width, height - 2)]
