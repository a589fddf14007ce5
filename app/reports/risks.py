"""Risks: the inherent and residual heat maps (drawn like the Risks page: threats left,
opportunities on a mirrored matrix right, probability names between them, each cell in
its rating's colour with its count and codes), then the top risks table."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from app.core.enums import RiskKind
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.risk import CODE_PATTERN, Matrix, is_open
from app.core.risk_summary import RiskFacts
from app.reports import dates
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import INK, MUTED, Drawing, Heading, TextBlock
from app.reports.options import Section
from app.reports.table import Cell, Column, GridTable, contrast
from app.reports.text import Typesetter

INHERENT = QT_TRANSLATE_NOOP("report", "Inherent: before the response")
RESIDUAL = QT_TRANSLATE_NOOP("report", "Residual: after the response")
NOT_ASSESSED = QT_TRANSLATE_NOOP("report", "({count} not assessed)")
THREATS, OPPORTUNITIES = (QT_TRANSLATE_NOOP("report", "Threats"),
                          QT_TRANSLATE_NOOP("report", "Opportunities"))
PROBABILITY, IMPACT = (QT_TRANSLATE_NOOP("report", "Probability"),
                       QT_TRANSLATE_NOOP("report", "Impact"))
TOP = QT_TRANSLATE_NOOP("report", "Top risks")
NO_RISKS = QT_TRANSLATE_NOOP("report", "No open threats.")
OPEN_ONLY = QT_TRANSLATE_NOOP("report", "Open risks only; closed ones are left out.")
HEADERS = (QT_TRANSLATE_NOOP("report", "Code"), QT_TRANSLATE_NOOP("report", "Risk"),
           QT_TRANSLATE_NOOP("report", "Score"), QT_TRANSLATE_NOOP("report", "Rating"),
           QT_TRANSLATE_NOOP("report", "Owner"), QT_TRANSLATE_NOOP("report", "Response"),
           QT_TRANSLATE_NOOP("report", "Next review"))
OVERDUE = QT_TRANSLATE_NOOP("report", "{date} overdue")


def _t(text: str) -> str:
    return translate("report", text)


def short_code(code: str) -> str:
    match = CODE_PATTERN.match(code)
    return str(int(match.group(1))) if match else code


def paint_heat_map(c: Canvas, ts: Typesetter, w: float, h: float, matrix: Matrix,
                   risks: list[RiskFacts], residual: bool, title: str) -> None:
    n = matrix.scale
    size = 7.5
    line = size * 1.5
    cells: dict[tuple[RiskKind, int, int], list[RiskFacts]] = defaultdict(list)
    for risk in risks:
        p, i = ((risk.residual_probability, risk.residual_impact) if residual
                else (risk.probability, risk.impact))
        if p is not None and i is not None:
            cells[(risk.kind, p, i)].append(risk)
    widest = max((ts.width(t, size) for t in matrix.probability_labels), default=40)
    label_w = min(max(widest, ts.width(_t(PROBABILITY), size)) + 12, 90)
    grid_w = (w - label_w) / 2
    cw = grid_w / n
    top, bottom = 2 * line + 4, 2 * line + 2
    ch = (h - top - bottom) / n
    x_threat, x_opp = 0.0, grid_w + label_w

    def Y(y: float) -> float:  # noqa: N802 - top-down to page
        return h - y

    c.setFillColor(INK)
    ts.draw(c, 0, Y(size * 1.2), ts.fit(title, w, 9, True), 9, bold=True)
    for x, caption in ((x_threat, THREATS), (x_opp, OPPORTUNITIES)):
        ts.draw(c, x + grid_w / 2, Y(line + size * 1.3), _t(caption), size, align="center")
    middle = x_threat + grid_w
    ts.draw(c, middle + label_w / 2, Y(line + size * 1.3), ts.fit(_t(PROBABILITY), label_w, size),
            size, align="center")
    for p in range(1, n + 1):
        y = top + (n - p) * ch
        lines = ts.wrap(matrix.level_label("probability", p), label_w - 6, size, max_lines=2)
        first = y + ch / 2 - (len(lines) - 1) * size * 0.6 + size * 0.35
        for k, text in enumerate(lines):
            ts.draw(c, middle + label_w / 2, Y(first + k * size * 1.2), text, size,
                    align="center")
    for kind, x0 in ((RiskKind.THREAT, x_threat), (RiskKind.OPPORTUNITY, x_opp)):
        for i in range(1, n + 1):
            x = x0 + ((i - 1) if kind == RiskKind.THREAT else (n - i)) * cw
            c.setFillColor(INK)
            ts.draw(c, x + cw / 2, Y(top + n * ch + size * 1.3),
                    ts.fit(matrix.level_label("impact", i), cw - 2, size * 0.9), size * 0.9,
                    align="center")
            for p in range(1, n + 1):
                y = top + (n - p) * ch
                _cell(c, ts, x, Y(y + ch), cw, ch, matrix, p, i, cells.get((kind, p, i), []))
        c.setFillColor(MUTED)
        ts.draw(c, x0 + grid_w / 2, Y(top + n * ch + line + size * 1.2), _t(IMPACT), size,
                align="center")


def _cell(c: Canvas, ts: Typesetter, x: float, y: float, w: float, h: float, matrix: Matrix,
          p: int, i: int, risks: list[RiskFacts]) -> None:
    rating = matrix.rating(p, i)
    fill = rating.color if rating else "#ffffff"
    c.setFillColor(HexColor(fill))
    c.setStrokeColor(HexColor("#ffffff"))
    c.setLineWidth(1)
    c.rect(x, y, w, h, stroke=1, fill=1)
    if not risks:
        return
    ink = HexColor(contrast(fill))
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    ts.draw(c, x + w - 3, y + h - 9, str(len(risks)), 8, bold=True, align="right")
    risks = sorted(risks, key=lambda r: (len(r.code), r.code))
    size = 6.2
    short = ts.width(risks[0].code, size) + 6 > w - 6
    cx, cy = x + 3, y + h - 3 - size - 2
    right = x + w - 3 - 12
    for risk in risks:
        text = short_code(risk.code) if short else risk.code
        cw = ts.width(text, size) + 5
        if cx + cw > right and cx > x + 3:
            cx, cy, right = x + 3, cy - size - 4, x + w - 3
        if cy < y + 2 or cx + cw > right:
            break
        c.setFillColor(HexColor("#ffffff"))
        c.roundRect(cx, cy - 1.5, cw, size + 3, 1.5, stroke=0, fill=1)
        c.setFillColor(INK)
        ts.draw(c, cx + cw / 2, cy + 0.3, text, size, align="center")
        cx += cw + 2


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    ts, data = ctx.ts, ctx.data
    width, height = ctx.portrait
    summary = data.risks
    open_risks = [r for r in data.all_risks or [] if is_open(r.status)]
    story: list[Flowable] = [Heading(ts, Section.RISKS.label, key="risks")]
    map_h = min(175.0, height * 0.27)
    missing = sum(1 for r in open_risks
                  if r.residual_probability is None or r.residual_impact is None)
    residual_title = _t(RESIDUAL) + (" " + _t(NOT_ASSESSED).format(count=missing)
                                     if missing else "")
    for residual, title in ((False, _t(INHERENT)), (True, residual_title)):
        story.append(Drawing(lambda c, w, h, r=residual, t=title: paint_heat_map(
            c, ts, w, h, summary.matrix, open_risks, r, t), width, map_h))
        story.append(Spacer(1, 8))
    story.append(TextBlock(ts, _t(OPEN_ONLY), 7.5, muted=True))
    story.append(Heading(ts, _t(TOP), level=1))
    if not summary.top:
        return PORTRAIT, story + [TextBlock(ts, _t(NO_RISKS))]
    widths = (40, 0, 30, 58, 70, 0, 62)
    flexible = (width - sum(widths)) / 2
    columns = [Column(_t(h), w or flexible, "right" if k == 2 else "left",
                      lines=3 if k in (1, 5) else 2 if k == 6 else 1)
               for k, (h, w) in enumerate(zip(HEADERS, widths, strict=True))]
    ratings = summary.matrix
    rows = []
    for risk in summary.top:
        rating = ratings.rating(risk.probability, risk.impact)
        response = " \u2014 ".join(t for t in (risk.strategy.label if risk.strategy else "",
                                               risk.actions.strip()) if t)
        review = dates.short(risk.next_review_on)
        late = risk.overdue(summary.today)
        rows.append([risk.code, risk.title, str(risk.score),
                     Cell(rating.label, rating.color) if rating else "", risk.owner,
                     response,
                     Cell(_t(OVERDUE).format(date=review) if late else review,
                          color="#b3261e" if late else None, bold=late)])
    story.append(GridTable(ts, columns, rows, size=7.5))
    return PORTRAIT, story
