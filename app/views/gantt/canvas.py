"""The timeline's drawing surface: paints the visible rows and turns mouse gestures
into requests (move, stretch, progress, link) that the page's owner makes commands of.

A drag only moves a preview; the plan changes once, when the button is released.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.enums import LinkType
from app.views.gantt import painter as paint
from app.views.gantt.data import GanttRow, LinkRow
from app.views.gantt.links import LinkIndex, distance_to
from app.views.gantt.model import GanttModel
from app.views.gantt.scale import TimeScale
from app.views.gantt.tooltip import task_tooltip

EDGE = 5  # pixels at a bar's ends that grab the end instead of the bar


@dataclass
class Drag:
    row: GanttRow
    mode: str  # "move", "finish", "progress", "link"
    x: float  # where the press was
    y: float
    dx: float = 0.0
    target: GanttRow | None = None
    pos: QPointF | None = None


class Canvas(QWidget):
    bar_moved = Signal(int, datetime)  # task id, new start
    bar_stretched = Signal(int, datetime)  # task id, new finish
    progress_dragged = Signal(int, int)  # task id, percent
    link_drawn = Signal(int, int, str)  # predecessor id, successor id, LinkType value
    link_activated = Signal(int)  # link id (double-click)
    task_activated = Signal(int)  # task id (double-click)
    zoom_requested = Signal(float, float)  # factor, around this x
    wheel_scrolled = Signal(int, int)  # dx, dy pixels

    def __init__(self, model: GanttModel, scale: TimeScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.scale = model, scale
        self.selection: QItemSelectionModel | None = None
        self.row_height = 24
        self.x0, self.y0 = 0.0, 0.0
        self.show_critical, self.show_baseline, self.label = True, True, "name"
        self.today = date.today()
        self.drag: Drag | None = None
        self._links: LinkIndex | None = None
        self.colours = paint.Colours.from_palette(self.palette())
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.rows_moved)
        model.dataChanged.connect(lambda *_: self.update())

    # -- geometry --------------------------------------------------------------------

    def view(self, width: int | None = None, height: int | None = None) -> paint.View:
        return paint.View(self.scale, self.model.snapshot, self.model.rows, self.model.row_of,
                          self.row_height, self.x0, self.y0,
                          self.width() if width is None else width,
                          self.height() if height is None else height,
                          self.show_critical, self.show_baseline, self.label)

    def rows_moved(self, *_args) -> None:
        """Rows were shown, hidden or reloaded: the link index is stale."""
        self._links = None
        self.update()

    def links_crossing(self, first: int, last: int) -> list[LinkRow]:
        if self._links is None:
            row_of = self.model.row_of
            spans = []
            for link in self.model.snapshot.links:
                a, b = row_of.get(link.predecessor), row_of.get(link.successor)
                if a is not None and b is not None:
                    spans.append((min(a, b), max(a, b), link))
            self._links = LinkIndex(spans)
        return self._links.crossing(first, last)

    def row_at(self, y: float) -> int | None:
        index = int((y - self.y0) // self.row_height)
        return index if 0 <= index < len(self.model.rows) else None

    def hit(self, pos: QPointF) -> tuple[GanttRow | None, str]:
        """The row under `pos` and which part of its bar: "bar", "finish", "progress" or ""."""
        index = self.row_at(pos.y())
        if index is None:
            return None, ""
        row = self.model.rows[index]
        span = self.view().bar_span(row)
        if span is None or not (span[0] - EDGE <= pos.x() <= span[1] + EDGE):
            return row, ""
        left, right = span
        if row.summary or row.is_milestone:
            return row, "bar"
        if pos.x() >= right - EDGE:
            return row, "finish"
        done = paint.progress_x(self.view(), row)
        if pos.x() <= left + EDGE or (done is not None and abs(pos.x() - done) <= EDGE):
            return row, "progress"
        return row, "bar"

    def link_at(self, pos: QPointF) -> LinkRow | None:
        view = self.view()
        first, last = paint.visible_range(view)
        best, best_distance = None, 4.0
        for link in self.links_crossing(first, last):
            points = paint.link_route(view, link)
            if points:
                distance = distance_to(points, pos.x(), pos.y())
                if distance <= best_distance:
                    best, best_distance = link, distance
        return best

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        view = self.view()
        if view.rows:
            first, last = paint.visible_range(view)
            paint.paint_background(p, view, self.colours)
            if self.selection is not None:
                selected = {i for i in range(first, last + 1)
                            if self.selection.isRowSelected(i)}
                paint.paint_selection(p, view, selected, self.colours)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            critical = {r.id for r in view.rows[first:last + 1] if r.critical}
            links = self.links_crossing(first, last)
            if view.critical:
                critical |= {lk.predecessor for lk in links
                             if self.model.snapshot.by_id[lk.predecessor].critical}
            paint.paint_links(p, view, links, self.colours, critical)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint.paint_rows(p, view, first, last, self.colours)
            paint.paint_lines(p, view, self.colours, self.today)
            if self.drag is not None:
                self._paint_drag(p, view)
        p.end()

    def _paint_drag(self, p: QPainter, view: paint.View) -> None:
        drag = self.drag
        index = self.model.row_of.get(drag.row.id)
        if index is None:
            return
        top = view.top(index)
        pen = QPen(self.palette().text().color(), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        span = view.bar_span(drag.row)
        if drag.mode == "link" and drag.pos is not None and span is not None:
            p.drawLine(QPointF((span[0] + span[1]) / 2, top + self.row_height / 2), drag.pos)
            return
        if span is None:
            return
        left, right = span
        if drag.mode == "move":
            left, right = left + drag.dx, right + drag.dx
        elif drag.mode == "finish":
            right = max(left, right + drag.dx)
        elif drag.mode == "progress":
            shade = QColor(self.colours.bar_progress)
            shade.setAlpha(120)
            p.fillRect(QRectF(left, top + self.row_height * 0.22,
                              max(0.0, min(right, drag.x + drag.dx) - left),
                              self.row_height * 0.44), shade)
            return
        p.drawRect(QRectF(left, top + self.row_height * 0.18, right - left,
                          self.row_height * 0.52))

    # -- mouse -----------------------------------------------------------------------

    def _select(self, index: int, event: QMouseEvent) -> None:
        if self.selection is None:
            return
        flags = QItemSelectionModel.SelectionFlag.Rows
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            flags |= QItemSelectionModel.SelectionFlag.Toggle
        else:
            flags |= QItemSelectionModel.SelectionFlag.ClearAndSelect
        model_index = self.model.index(index, self.model.column_of("name"))
        self.selection.setCurrentIndex(model_index, flags)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        index = self.row_at(pos.y())
        if index is not None:
            self._select(index, event)
        row, part = self.hit(pos)
        if row is None or not part:
            return
        mode = {"bar": "move", "finish": "finish", "progress": "progress"}[part]
        if row.summary:
            mode = "link-only"
        self.drag = Drag(row, mode, pos.x(), pos.y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        drag = self.drag
        if drag is None:
            row, part = self.hit(pos)
            shapes = {"finish": Qt.CursorShape.SizeHorCursor,
                      "progress": Qt.CursorShape.PointingHandCursor,
                      "bar": Qt.CursorShape.SizeAllCursor}
            self.setCursor(shapes.get(part, Qt.CursorShape.ArrowCursor))
            return
        drag.dx = pos.x() - drag.x
        # Leaving the row up or down turns a move into drawing a link (as Project does).
        if drag.mode in ("move", "link-only") and abs(pos.y() - drag.y) > self.row_height * 0.8:
            drag.mode = "link"
        if drag.mode == "link":
            drag.pos = pos
            target, _part = self.hit(pos)
            drag.target = target if target is not None and target.id != drag.row.id else None
            self.setCursor(Qt.CursorShape.CrossCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        row = drag.row
        if drag.mode == "link":
            if drag.target is not None:
                self.link_drawn.emit(row.id, drag.target.id,
                                     _link_type(event.modifiers()).value)
            return
        if abs(drag.dx) < 3 or row.start is None:
            return
        if drag.mode == "move":
            start = self.scale.snap(self.scale.at(self.scale.x(row.start) + drag.dx))
            if start != row.start:
                self.bar_moved.emit(row.id, start)
        elif drag.mode == "finish":
            finish = self.scale.snap(self.scale.at(self.scale.x(row.finish) + drag.dx))
            self.bar_stretched.emit(row.id, max(finish, row.start))
        elif drag.mode == "progress":
            moment = self.scale.at(drag.x + drag.dx + self.x0)
            calendar = self.model.snapshot.calendar
            worked = calendar.working_minutes_between(row.start, min(moment, row.finish))
            percent = 0 if not row.duration else round(100 * max(0, worked) / row.duration)
            self.progress_dragged.emit(row.id, max(0, min(100, percent)))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.drag = None
        link = self.link_at(event.position())
        if link is not None:
            self.link_activated.emit(link.id)
            return
        row, _part = self.hit(event.position())
        if row is not None:
            self.task_activated.emit(row.id)

    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta.y():
                self.zoom_requested.emit(1.25 if delta.y() > 0 else 0.8, event.position().x())
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.wheel_scrolled.emit(-(delta.y() or delta.x()), 0)
        else:
            self.wheel_scrolled.emit(-delta.x(), -delta.y())
        event.accept()

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row, part = self.hit(QPointF(event.pos()))
            if row is not None and part:
                QToolTip.showText(event.globalPos(), task_tooltip(row, self.model.snapshot), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _link_type(modifiers: Qt.KeyboardModifier) -> LinkType:
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    return {(False, False): LinkType.FS, (True, False): LinkType.SS,
            (False, True): LinkType.FF, (True, True): LinkType.SF}[(shift, ctrl)]
