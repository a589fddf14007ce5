"""Copy and paste rows, baselines, the chart as an image."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
)

from app.core.durations import format_duration
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.gantt import baseline_commands, clipboard
from app.ui.gantt import outline_commands as outline
from app.ui.gantt import task_commands as tasks
from app.ui.gantt.dates import parse_date
from app.views.formats import date_text
from app.views.gantt import painter as paint

if TYPE_CHECKING:
    from app.ui.gantt.controller import GanttController

TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "The chart would be {width} \u00d7 {height} pixels, too big for an image; zoom "
              "out, fold summaries or filter the tasks first.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "{path} could not be written.")
MAX_SIDE = 30000


# -- clipboard ------------------------------------------------------------------------

def copy_rows(c: GanttController) -> None:
    snap = c.snapshot
    rows = [snap.by_id[i] for i in c.page.selected_ids()]
    text = clipboard.rows_to_text(rows, lambda r: [
        format_duration(r.duration or 0, snap.minutes_per_day), date_text(r.start),
        date_text(r.finish)])
    if text:
        QGuiApplication.clipboard().setText(text)


def paste_rows(c: GanttController) -> None:
    snap = c.snapshot
    try:
        new = clipboard.text_to_tasks(QGuiApplication.clipboard().text(), parse_date,
                                      snap.minutes_per_day, snap.minutes_per_week,
                                      lambda day: tasks.day_start(snap.calendar, day))
    except UserError as error:
        c.error(error)
        return
    ids: list[int] = []

    def build(session):
        command, new_ids = outline.insert_tasks(session, snap, c.page.current_id(), False, new,
                                                outline.PASTE)
        ids.extend(new_ids)
        return command

    if c.run(build):
        c.page.select_ids(ids)


# -- baselines ------------------------------------------------------------------------

class BaselineDialog(QDialog):
    def __init__(self, kept: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GanttExtras", "Set Baseline"))
        self.number = QComboBox(self)
        for n in range(11):
            label = kept.get(n)
            default = QCoreApplication.translate("GanttExtras", "Baseline") if n == 0 else QCoreApplication.translate("GanttExtras", "Baseline {number}").format(number=n)
            self.number.addItem(f"{default} \u2014 {label}" if label else default, n)
        self.name = QLineEdit(self)
        self.name.setText(QCoreApplication.translate("GanttExtras", "Baseline {date}").format(date=date_text(date.today())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("GanttExtras", "&Save as:"), self.number)
        form.addRow(QCoreApplication.translate("GanttExtras", "&Name:"), self.name)
        form.addRow(buttons)


def set_baseline(c: GanttController) -> None:
    dialog = BaselineDialog(dict(c.snapshot.baselines), c.page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    number = dialog.number.currentData()
    name = dialog.name.text().strip() or dialog.number.currentText()
    if c.run(baseline_commands.set_baseline, number, name):
        c.page.show_baseline_number(number)


def clear_baseline(c: GanttController) -> None:
    kept = c.snapshot.baselines
    if not kept:
        return
    labels = [name or QCoreApplication.translate("GanttExtras", "Baseline {number}").format(number=n) for n, name in kept]
    label, ok = QInputDialog.getItem(c.page, QCoreApplication.translate("GanttExtras", "Clear Baseline"), QCoreApplication.translate("GanttExtras", "&Baseline to clear:"),
                                     labels, 0, False)
    if ok and label in labels:
        c.run(baseline_commands.clear_baseline, kept[labels.index(label)][0])


# -- the chart as an image ------------------------------------------------------------

def export_image(c: GanttController) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        c.page, QCoreApplication.translate("GanttExtras", "Export Chart as Image"), "", QCoreApplication.translate("GanttExtras", "PNG image (*.png);;SVG image (*.svg)"))
    if not path:
        return
    if not path.lower().endswith((".png", ".svg")):
        path += ".png"
    try:
        write_image(c.page, path)
    except UserError as error:
        c.error(error)


def chart_size(page) -> tuple[float, float, int, int]:
    """(left x, header height, width, height) of an image of every row on show."""
    rows = [r for r in page.model.rows if r.start is not None and r.finish is not None]
    scale = page.timeline.scale
    if not rows:
        return 0.0, 0, 400, 100
    left = scale.x(min(r.start for r in rows)) - 40
    right = scale.x(max(r.finish for r in rows)) + 300  # room for the last labels
    header = page.timeline.header.height()
    height = header + len(page.model.rows) * page.canvas.row_height
    return left, header, int(right - left), int(height)


def write_image(page, path: str) -> None:
    left, header, width, height = chart_size(page)
    if width > MAX_SIDE or height > MAX_SIDE:
        raise UserError(TOO_BIG, width=width, height=height)
    canvas = page.canvas
    if path.lower().endswith(".svg"):
        from PySide6.QtSvg import QSvgGenerator

        target = QSvgGenerator()
        target.setFileName(path)
        target.setSize(QSize(width, height))
        target.setViewBox(QRectF(0, 0, width, height))
        target.setTitle(page.port.document.project().name if page.port else "")
    else:
        target = QImage(width, height, QImage.Format.Format_ARGB32)
        target.fill(canvas.palette().base().color())
    p = QPainter(target)
    page.timeline.header.paint(p, left, width, header)
    p.translate(0, header)
    view = canvas.view(width, height - header)
    view.x0, view.y0 = left, 0
    p.setClipRect(QRectF(0, 0, width, height - header))
    paint.paint_background(p, view, canvas.colours)
    links = [lk for lk in view.snapshot.links if lk.predecessor in view.row_of
             and lk.successor in view.row_of]
    critical = {r.id for r in view.rows if r.critical}
    paint.paint_links(p, view, links, canvas.colours, critical)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint.paint_rows(p, view, 0, len(view.rows) - 1, canvas.colours)
    paint.paint_lines(p, view, canvas.colours, canvas.today)
    p.end()
    if isinstance(target, QImage) and not target.save(path):
        raise UserError(NOT_WRITTEN, path=path)
