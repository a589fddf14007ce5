"""The dashboard's charts: pyqtgraph plots with dates along the bottom, hover values,
zoom and pan (wheel and drag; double-click resets), and export to PNG.

pyqtgraph's own context menu is English-only, so it is replaced by ours.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # before pyqtgraph is imported

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QPointF, Qt, Signal  # noqa: E402
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.formats import date_text  # noqa: E402

Formatter = Callable[[float], str]


def stamp(day: date | datetime) -> float:
    """Seconds since the epoch, local time, as pyqtgraph's date axis reads them."""
    moment = day if isinstance(day, datetime) else datetime.combine(day, time())
    return moment.timestamp()


def day_of(value: float) -> date:
    return datetime.fromtimestamp(value).date()


def day_text(value: float) -> str:
    return date_text(day_of(value))


class DateAxis(pg.DateAxisItem):
    """Dates written the same way in every language: months as 11 12 2027 02, days as
    03-15."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Tick spacing is measured on each level's example text: ours is "03-15" wide.
        self.zoomLevels = {spacing: copy.copy(level)
                           for spacing, level in self.zoomLevels.items()}
        for level in self.zoomLevels.values():
            level.exampleText = "00-00"

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        result = []
        for value in values:
            try:
                moment = datetime.fromtimestamp(value)
            except (OverflowError, OSError, ValueError):
                result.append("")
                continue
            if spacing >= 300 * 86400:
                result.append(f"{moment.year}")
            elif spacing >= 20 * 86400:  # months; the years are in the axis label
                result.append(moment.strftime("%Y" if moment.month == 1 else "%m"))
            else:
                result.append(moment.strftime("%m-%d"))
        return result


class NumberAxis(pg.AxisItem):
    """Amounts grouped and shortened (2.5M, 800k) so they fit beside the plot."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [compact(v) for v in values]


def years(values: Sequence[Sequence[float]]) -> str:
    """The years dates span ("2026", "2026\u20132027"): month ticks omit them."""
    xs = [x for line in values for x in line]
    if not xs:
        return ""
    first, last = day_of(min(xs)).year, day_of(max(xs)).year
    return str(first) if first == last else f"{first}\u2013{last}"


def compact(value: float) -> str:
    size = abs(value)
    if size >= 1e6:
        return f"{value / 1e6:.3g}M"
    if size >= 1e4:
        return f"{value / 1e3:.3g}k"
    return f"{value:g}"


@dataclass
class Line:
    name: str
    xs: Sequence[float]
    ys: Sequence[float]
    colour: str
    dashed: bool = False
    symbols: bool = False
    step: bool = False


class Chart(QWidget):
    """A titled plot with a legend; `show_lines` replaces what it draws."""

    export_requested = Signal()

    def __init__(self, key: str, parent: QWidget | None = None, y_dates: bool = False,
                 legend_at: tuple[int, int] = (8, 8), legend_columns: int = 1) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.export_button = QToolButton(self)
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(self.export_requested)
        axes = {"bottom": DateAxis(orientation="bottom"),
                "left": DateAxis(orientation="left") if y_dates else NumberAxis("left")}
        self.y_dates = y_dates
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMinimumHeight(150)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._menu)
        # Negative offsets anchor the legend to the right or bottom, away from the data.
        self.legend = self.plot.addLegend(offset=legend_at, labelTextSize="8pt")
        self.legend.setColumnCount(legend_columns)
        self.hover = pg.TextItem(anchor=(0, 1))
        self.hover.setZValue(100)
        self.plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.cursor.hide()
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.lines: list[Line] = []
        self.format_y: Formatter = lambda v: f"{v:,.0f}"
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        self.apply_palette()
        self._build_actions()
        self.retranslate()

    # -- looks ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
        self.hover.setColor(text)
        self.hover.fill = pg.mkBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        self.cursor.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid), width=1))
        if self.legend is not None:
            self.legend.setLabelTextColor(text)
            base = QColor(palette.color(QPalette.ColorRole.Base))
            base.setAlpha(170)  # lines behind the legend stay visible
            self.legend.setBrush(pg.mkBrush(base))

    # -- content -------------------------------------------------------------------------

    def show_lines(self, lines: list[Line], y_label: str = "", empty_text: str = "",
                   format_y: Formatter | None = None) -> None:
        lines = [line for line in lines if len(line.xs)]
        if format_y is not None:
            self.format_y = format_y
        plot = self.plot.getPlotItem()
        if lines == self.lines and self.lines and plot.getAxis("left").labelText == y_label:
            return  # unchanged (an edit elsewhere): keep the user's zoom and pan
        self.lines = lines
        for item in list(plot.listDataItems()):
            plot.removeItem(item)
        self.legend.clear()
        for line in self.lines:
            pen = pg.mkPen(QColor(line.colour), width=2,
                           style=Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine)
            kwargs = {}
            if line.symbols:
                kwargs = {"symbol": "o", "symbolSize": 6, "symbolBrush": QColor(line.colour),
                          "symbolPen": None}
            plot.plot(list(line.xs), list(line.ys), pen=pen, name=line.name, **kwargs)
        plot.setLabel("bottom", years([line.xs for line in self.lines]))
        plot.setLabel("left", years([line.ys for line in self.lines]) if self.y_dates
                      else y_label)
        shown = bool(self.lines)
        self.plot.setVisible(shown)
        self.empty.setVisible(not shown)
        self.empty.setText(empty_text)
        self.hover.hide()
        self.cursor.hide()
        plot.enableAutoRange()

    # -- hover values --------------------------------------------------------------------

    def _moved(self, position: QPointF) -> None:
        plot = self.plot.getPlotItem()
        if not self.lines or not plot.sceneBoundingRect().contains(position):
            self.hover.hide()
            self.cursor.hide()
            return
        point = plot.vb.mapSceneToView(position)
        text = self.values_at(point.x())
        if not text:
            self.hover.hide()
            self.cursor.hide()
            return
        self.cursor.setValue(point.x())
        self.cursor.show()
        self.hover.setText(text)
        self.hover.setPos(point.x(), point.y())
        self.hover.show()

    def values_at(self, x: float) -> str:
        """The nearest point of each line to `x` (within a few days), as text."""
        rows = []
        (x0, x1), _ = self.plot.getPlotItem().vb.viewRange()
        reach = max(3 * 86400.0, (x1 - x0) / 40)
        for line in self.lines:
            best = min(range(len(line.xs)), key=lambda i: abs(line.xs[i] - x))
            if abs(line.xs[best] - x) > reach:
                continue
            value = line.ys[best]
            shown = day_text(value) if self.y_dates else self.format_y(value)
            rows.append(f"{line.name} ({day_text(line.xs[best])}): {shown}")
        return "\n".join(rows)

    # -- menu and export -----------------------------------------------------------------

    def _build_actions(self) -> None:
        """Zoom from the keyboard too (the chart focused: Tab or a click)."""
        self.actions_: dict[str, QAction] = {}
        for key, shortcuts, handler in (
                ("zoom_in", ("+", "="), lambda: self.zoom(0.8)),
                ("zoom_out", ("-",), lambda: self.zoom(1.25)),
                ("reset", ("Home",), self.reset_zoom),
                ("export", (), self.export_requested.emit)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, h=handler: h())
            self.addAction(action)
            self.actions_[key] = action

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export PNG\u2026"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image"))
        texts = {"zoom_in": self.tr("Zoom In"), "zoom_out": self.tr("Zoom Out"),
                 "reset": self.tr("Reset Zoom"), "export": self.tr("Export as PNG\u2026")}
        for key, text in texts.items():
            self.actions_[key].setText(text)
        self.title.setToolTip(self.tr("Wheel or + and - to zoom, drag to pan, Home to reset; "
                                     "right-click for more."))

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions(list(self.actions_.values()))
        menu.exec(self.plot.mapToGlobal(pos))

    def zoom(self, factor: float) -> None:
        self.plot.getPlotItem().vb.scaleBy((factor, factor))

    def reset_zoom(self) -> None:
        view = self.plot.getPlotItem().vb
        view.autoRange()
        view.enableAutoRange()

    def save_png(self, path: Path | str) -> bool:
        """The chart as shown (title and legend included), at the screen's pixel ratio."""
        self.hover.hide()
        self.cursor.hide()
        return self.grab().save(str(path), "PNG")
