"""The chart side of the page: date header, canvas and scroll bars, zoom."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QScrollBar, QWidget

from app.views.gantt.canvas import Canvas
from app.views.gantt.header import TimeHeader
from app.views.gantt.model import GanttModel
from app.views.gantt.scale import TimeScale

MARGIN = timedelta(days=14)


class Timeline(QWidget):
    def __init__(self, model: GanttModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.scale = TimeScale(datetime(2000, 1, 1), 24.0)
        self.header = TimeHeader(self.scale, self)
        self.canvas = Canvas(model, self.scale, self)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header, 0, 0)
        layout.addWidget(self.canvas, 1, 0)
        layout.addWidget(self.vbar, 1, 1)
        layout.addWidget(self.hbar, 2, 0)
        self.hbar.valueChanged.connect(self._scrolled)
        self.canvas.zoom_requested.connect(self.zoom)
        self.canvas.wheel_scrolled.connect(self._wheel)
        self._extent = (self.scale.origin, self.scale.origin)
        model.modelReset.connect(self.fit_extent)

    # -- vertical scrolling follows the table ------------------------------------------

    def follow(self, source: QScrollBar) -> None:
        """Mirror the table's (hidden) vertical scroll bar, both ways."""
        source.rangeChanged.connect(self.vbar.setRange)
        source.valueChanged.connect(self.vbar.setValue)
        self.vbar.valueChanged.connect(source.setValue)
        source.valueChanged.connect(self._set_y)
        self.vbar.setPageStep(source.pageStep())
        self.vbar.setSingleStep(source.singleStep())
        self.vbar.setRange(source.minimum(), source.maximum())

    def _set_y(self, value: int) -> None:
        self.canvas.y0 = -value
        self.canvas.update()

    def _wheel(self, dx: int, dy: int) -> None:
        if dx:
            self.hbar.setValue(self.hbar.value() + dx)
        if dy:
            self.vbar.setValue(self.vbar.value() + dy // 2)

    # -- horizontal extent and zoom ---------------------------------------------------

    def fit_extent(self) -> None:
        """Let the scroll range cover the plan, keeping what is on screen in place."""
        snapshot = self.model.snapshot
        starts = [r.start for r in snapshot.rows if r.start is not None]
        finishes = [r.finish for r in snapshot.rows if r.finish is not None]
        project = datetime.combine(snapshot.project_start, time()) \
            if snapshot.project_start else datetime.now().replace(microsecond=0)
        first = min([project, *starts]) - MARGIN
        last = max([project, *finishes]) + MARGIN * 4
        if (first, last) == self._extent:
            return
        left_moment = self.scale.at(self.hbar.value())
        fresh = self._extent[0] == self.scale.origin == datetime(2000, 1, 1)
        self._extent = (first, last)
        self.scale.origin = first
        self._update_range()
        self.scroll_to(project - timedelta(days=2) if fresh else left_moment)

    def _update_range(self) -> None:
        width = self.scale.x(self._extent[1])
        self.hbar.setPageStep(max(1, self.canvas.width()))
        self.hbar.setSingleStep(20)
        self.hbar.setRange(0, max(0, int(width) - self.canvas.width()))

    def scroll_to(self, moment: datetime) -> None:
        self.hbar.setValue(int(self.scale.x(moment)))
        self._scrolled(self.hbar.value())

    def _scrolled(self, value: int) -> None:
        self.canvas.x0 = value
        self.header.set_offset(value)
        self.canvas.update()

    def set_px_per_day(self, px_per_day: float, around: float | None = None) -> None:
        around = self.canvas.width() / 2 if around is None else around
        moment = self.scale.at(self.hbar.value() + around)
        self.scale.px_per_day = px_per_day
        self._update_range()
        self.hbar.setValue(int(self.scale.x(moment) - around))
        self._scrolled(self.hbar.value())

    def zoom(self, factor: float, around: float | None = None) -> None:
        self.set_px_per_day(self.scale.zoomed(factor), around)

    def zoom_to_fit(self) -> None:
        rows = [r for r in self.model.rows if r.start is not None and r.finish is not None]
        if not rows:
            return
        first = min(r.start for r in rows)
        last = max(r.finish for r in rows)
        days = max(1.0, (last - first).total_seconds() / 86400)
        self.set_px_per_day(max(0.15, min(1500.0, self.canvas.width() * 0.9 / days)))
        self.scroll_to(first - timedelta(days=days * 0.03))

    def scroll_to_row(self, index: int) -> None:
        if 0 <= index < len(self.model.rows):
            row = self.model.rows[index]
            if row.start is not None:
                self.scroll_to(row.start - timedelta(days=1 + 40 / self.scale.px_per_day))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_range()
