"""A probability × impact heat map: threats, and opportunities on a mirrored matrix.

Each cell is filled with its rating's colour and shows its count and the codes that
fit. Clicking a cell asks the page to filter the register; dragging a code to
another cell of the same matrix asks it to re-score that risk. The widget only
paints and reports gestures: the register model and the commands do the rest.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.core.enums import RiskKind
from app.core.risk import CODE_PATTERN, Matrix
from app.core.risk_summary import RiskFacts
from app.views.risks.filters import Cell
from app.views.risks.register_model import contrast

MARGIN = 6
PAD = 3
KINDS = (RiskKind.THREAT, RiskKind.OPPORTUNITY)


@dataclass
class _Press:
    pos: QPointF
    risk_id: int | None
    cell: Cell | None
    dragging: bool = False


def short_code(code: str) -> str:
    """R-012 -> 12; other codes stay as they are."""
    match = CODE_PATTERN.match(code)
    return str(int(match.group(1))) if match else code


class HeatMap(QWidget):
    cell_clicked = Signal(object)  # Cell
    rescored = Signal(int, bool, int, int)  # risk id, residual, probability, impact

    def __init__(self, residual: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.residual = residual
        self.matrix: Matrix | None = None
        self.risks: list[RiskFacts] = []
        self.selected: Cell | None = None
        self.title = ""
        self.captions = ("", "", "", "")  # threats, opportunities, probability, impact
        self.focus_cell: Cell | None = None
        self._by_cell: dict[tuple[RiskKind, int, int], list[RiskFacts]] = {}
        self._press: _Press | None = None
        self._drag_pos = QPointF()
        self._frame_key: tuple = ()
        self._frame_value = (0.0, 0.0, 0.0, 1.0, 1.0, 0.0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(QSize(320, 180))

    # -- content ---------------------------------------------------------------------

    def set_content(self, matrix: Matrix | None, risks: list[RiskFacts],
                    selected: Cell | None) -> None:
        self.matrix, self.selected = matrix, selected
        self.risks = risks
        cells: dict[tuple[RiskKind, int, int], list[RiskFacts]] = defaultdict(list)
        for risk in risks:
            p, i = self.levels(risk)
            if p is not None and i is not None:
                cells[(risk.kind, p, i)].append(risk)
        for group in cells.values():
            group.sort(key=lambda r: (len(r.code), r.code))
        self._by_cell = dict(cells)
        if matrix and self.focus_cell and max(self.focus_cell.probability,
                                              self.focus_cell.impact) > matrix.scale:
            self.focus_cell = None
        self.update()

    def set_texts(self, title: str, captions: tuple[str, str, str, str]) -> None:
        self.title, self.captions = title, captions
        self.update()

    def levels(self, risk: RiskFacts) -> tuple[int | None, int | None]:
        if self.residual:
            return risk.residual_probability, risk.residual_impact
        return risk.probability, risk.impact

    def risks_in(self, cell: Cell) -> list[RiskFacts]:
        return self._by_cell.get((cell.kind, cell.probability, cell.impact), [])

    @property
    def shown_count(self) -> int:
        return sum(len(v) for v in self._by_cell.values())

    # -- geometry --------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(7.0, size * 0.85))
        return font

    def _frame(self) -> tuple[float, float, float, float, float, float]:
        """x of the threat grid, x of the opportunity grid, top y, cell width/height,
        width of the probability label column between the grids (memoised: every
        hit test and cell asks)."""
        key = (self.width(), self.height(), id(self.matrix), self.captions[2],
               self.font().key())
        if self._frame_key != key:
            self._frame_key, self._frame_value = key, self._compute_frame()
        return self._frame_value

    def _compute_frame(self) -> tuple[float, float, float, float, float, float]:
        fm = self.fontMetrics()
        n = self.matrix.scale if self.matrix else 5
        widest = max((fm.horizontalAdvance(t) for t in self.matrix.probability_labels),
                     default=40) if self.matrix else 40
        label_w = min(max(widest, fm.horizontalAdvance(self.captions[2])) + 12, 110)
        top = MARGIN + 2 * (fm.height() + 2)
        bottom = 2 * (fm.height() + 2) + MARGIN
        grid_w = max(10.0, (self.width() - 2 * MARGIN - label_w) / 2)
        cell_w = grid_w / n
        cell_h = max(10.0, (self.height() - top - bottom) / n)
        return MARGIN, MARGIN + grid_w + label_w, top, cell_w, cell_h, label_w

    def cell_rect(self, cell: Cell) -> QRectF:
        n = self.matrix.scale if self.matrix else 5
        x_threat, x_opp, top, cw, ch, _ = self._frame()
        if cell.kind == RiskKind.THREAT:
            x = x_threat + (cell.impact - 1) * cw
        else:  # mirrored: the highest impacts meet in the middle
            x = x_opp + (n - cell.impact) * cw
        return QRectF(x, top + (n - cell.probability) * ch, cw, ch)

    def cells(self) -> list[Cell]:
        n = self.matrix.scale if self.matrix else 0
        return [Cell(kind, self.residual, p, i) for kind in KINDS
                for p in range(1, n + 1) for i in range(1, n + 1)]

    def cell_at(self, pos: QPointF | QPoint) -> Cell | None:
        point = QPointF(pos)
        return next((c for c in self.cells() if self.cell_rect(c).contains(point)), None)

    def chip_rects(self, cell: Cell) -> list[tuple[QRectF, RiskFacts]]:
        """Where the codes of a cell are drawn: as many as fit, in code order."""
        return [(rect, risk) for rect, risk, _ in self._chips(cell)]

    def _chips(self, cell: Cell) -> list[tuple[QRectF, RiskFacts, str]]:
        rect = self.cell_rect(cell).adjusted(PAD, PAD, -PAD, -PAD)
        risks = self.risks_in(cell)
        if not risks:
            return []
        fm = QFontMetrics(self._small_font())
        bold = QFont(self.font())
        bold.setBold(True)
        count_w = QFontMetrics(bold).horizontalAdvance(str(len(risks))) + PAD
        chip_h = fm.height() + 2
        # Narrow cells show "12" for R-012; the tooltip and the register name it in full.
        short = fm.horizontalAdvance(risks[0].code) + 6 > rect.width()
        x, y = rect.left(), rect.top()
        right_limit = rect.right() - count_w  # the first row leaves room for the count
        placed = []
        for risk in risks:
            text = short_code(risk.code) if short else risk.code
            w = fm.horizontalAdvance(text) + 6
            if x + w > right_limit and x > rect.left():
                x, y = rect.left(), y + chip_h + 2
                right_limit = rect.right()
            if x + w > right_limit and y == rect.top():
                x, y = rect.left(), y + chip_h + 2
                right_limit = rect.right()
            if y + chip_h > rect.bottom() or x + w > right_limit:
                break
            placed.append((QRectF(x, y, w, chip_h), risk, text))
            x += w + 3
        return placed

    def chip_at(self, pos: QPointF | QPoint) -> RiskFacts | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        return next((r for rect, r in self.chip_rects(cell) if rect.contains(QPointF(pos))),
                    None)

    def chip_rect(self, risk_id: int) -> QRectF | None:
        for cell in self.cells():
            for rect, risk in self.chip_rects(cell):
                if risk.id == risk_id:
                    return rect
        return None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 300)

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        if self.matrix is None:
            return
        n = self.matrix.scale
        x_threat, x_opp, top, cw, ch, label_w = self._frame()
        line = fm.height() + 2
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                       self.width() - 2 * MARGIN))
        painter.setFont(self.font())
        sub = MARGIN + line
        for x, caption in ((x_threat, self.captions[0]), (x_opp, self.captions[1])):
            painter.drawText(QRectF(x, sub, n * cw, line), Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(caption, Qt.TextElideMode.ElideRight, int(n * cw)))
        middle = x_threat + n * cw
        painter.drawText(QRectF(middle, sub, label_w, line), Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(self.captions[2], Qt.TextElideMode.ElideRight,
                                       int(label_w)))
        for p in range(1, n + 1):  # probability names between the two matrices
            y = top + (n - p) * ch
            painter.drawText(QRectF(middle + 2, y, label_w - 4, ch), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.matrix.level_label("probability", p))
        small = self._small_font()
        sfm = QFontMetrics(small)
        painter.setFont(small)
        bottom = top + n * ch
        for kind in KINDS:
            for i in range(1, n + 1):
                rect = self.cell_rect(Cell(kind, self.residual, 1, i))
                label = self.matrix.level_label("impact", i)
                painter.drawText(QRectF(rect.left(), bottom + 1, cw, line),
                                 Qt.AlignmentFlag.AlignCenter,
                                 sfm.elidedText(label, Qt.TextElideMode.ElideRight, int(cw) - 2))
        painter.setFont(self.font())
        for x in (x_threat, x_opp):
            painter.drawText(QRectF(x, bottom + line, n * cw, line), Qt.AlignmentFlag.AlignCenter,
                             self.captions[3])
        for cell in self.cells():
            self._paint_cell(painter, cell)
        if self._press and self._press.dragging and self._press.risk_id is not None:
            self._paint_drag(painter)
        painter.end()

    def _paint_cell(self, painter: QPainter, cell: Cell) -> None:
        rect = self.cell_rect(cell)
        rating = self.matrix.rating(cell.probability, cell.impact)
        fill = QColor(rating.color) if rating else self.palette().color(QPalette.ColorRole.Base)
        ink = contrast(fill.name())
        painter.fillRect(rect, fill)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 1))
        painter.drawRect(rect)
        risks = self.risks_in(cell)
        if risks:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(rect.adjusted(PAD, PAD - 1, -PAD, -PAD),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             str(len(risks)))
            painter.setFont(self._small_font())
            base = self.palette().color(QPalette.ColorRole.Base)
            base.setAlpha(225)
            dragged = self._press.risk_id if self._press and self._press.dragging else None
            for chip, risk, text in self._chips(cell):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(base)
                painter.setOpacity(0.35 if risk.id == dragged else 1.0)
                painter.drawRoundedRect(chip, 3, 3)
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
                painter.setOpacity(1.0)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if cell == self.selected:
            painter.setPen(QPen(highlight, 3))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if cell == self.focus_cell and self.hasFocus():
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        target = self._drop_target()
        if target is not None and cell == target:
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

    def _paint_drag(self, painter: QPainter) -> None:
        risk = next((r for r in self.risks if r.id == self._press.risk_id), None)
        if risk is None:
            return
        fm = QFontMetrics(self._small_font())
        w, h = fm.horizontalAdvance(risk.code) + 8, fm.height() + 4
        chip = QRectF(self._drag_pos.x() - w / 2, self._drag_pos.y() - h / 2, w, h)
        painter.setFont(self._small_font())
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, risk.code)

    # -- gestures --------------------------------------------------------------------

    def _drop_target(self) -> Cell | None:
        press = self._press
        if press is None or not press.dragging or press.cell is None:
            return None
        cell = self.cell_at(self._drag_pos)
        return cell if cell is not None and cell.kind == press.cell.kind else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        chip = self.chip_at(pos)
        self._press = _Press(pos, chip.id if chip else None, self.cell_at(pos))
        self._drag_pos = pos
        if self._press.cell is not None:
            self.focus_cell = self._press.cell
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        press = self._press
        if press is None or press.risk_id is None:
            return
        self._drag_pos = event.position()
        distance = (self._drag_pos - press.pos).manhattanLength()
        if not press.dragging and distance >= QApplication.startDragDistance():
            press.dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        press, self._press = self._press, None
        self.unsetCursor()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        if press.dragging:
            self._drag_pos = pos
            self._press = press
            target = self._drop_target()
            self._press = None
            if target is not None and target != press.cell:
                self.rescored.emit(press.risk_id, self.residual, target.probability,
                                   target.impact)
        else:
            cell = self.cell_at(pos)
            if cell is not None:
                self.cell_clicked.emit(cell)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self.unsetCursor()
            self.update()
            return
        if self.matrix is None:
            return super().keyPressEvent(event)
        n = self.matrix.scale
        cell = self.focus_cell or Cell(RiskKind.THREAT, self.residual, n, n)
        # Move in screen columns: threats 0..n-1 then the mirrored opportunities.
        col = cell.impact - 1 if cell.kind == RiskKind.THREAT else 2 * n - cell.impact
        row = cell.probability
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        if key in moves:
            dc, dr = moves[key]
            col = min(max(col + dc, 0), 2 * n - 1)
            row = min(max(row + dr, 1), n)
            kind = RiskKind.THREAT if col < n else RiskKind.OPPORTUNITY
            impact = col + 1 if col < n else 2 * n - col
            self.focus_cell = Cell(kind, self.residual, row, impact)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.focus_cell = cell
            self.cell_clicked.emit(cell)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        if self.focus_cell is None and self.matrix is not None:
            n = self.matrix.scale
            self.focus_cell = Cell(RiskKind.THREAT, self.residual, n, n)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.matrix is not None:
            cell = self.cell_at(event.position() if hasattr(event, "position")
                                else QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip(cell), self)
            return True
        return super().event(event)

    def tooltip(self, cell: Cell) -> str:
        rating = self.matrix.rating(cell.probability, cell.impact)
        lines = [self.tr("{probability} \u00d7 {impact}: {rating}").format(
            probability=self.matrix.level_label("probability", cell.probability),
            impact=self.matrix.level_label("impact", cell.impact),
            rating=rating.label if rating else "")]
        risks = self.risks_in(cell)
        lines += [f"{r.code}  {r.title}" for r in risks[:15]]
        if len(risks) > 15:
            lines.append(self.tr("\u2026 and {count} more").format(count=len(risks) - 15))
        lines.append(self.tr("Click to show these risks; drag a code to re-score it."))
        return "\n".join(lines)
