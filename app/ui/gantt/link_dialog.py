"""Double-click a link: change its type and lag, or delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from app.core.enums import LinkType
from app.core.errors import UserError
from app.core.predecessors import lag_text, parse_lag
from app.ui.gantt import task_commands as tasks

if TYPE_CHECKING:
    from app.ui.gantt.controller import GanttController


class LinkDialog(QDialog):
    DELETE = 2

    def __init__(self, pred: str, succ: str, kind: LinkType, lag: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Task Dependency"))
        self.kind = QComboBox(self)
        for link_type in LinkType:
            self.kind.addItem(f"{link_type.label} ({link_type.value})", link_type.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.lag = QLineEdit(lag, self)
        self.lag.setPlaceholderText(self.tr("e.g. 2d, -1d, 50%"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        delete = buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        delete.clicked.connect(lambda: self.done(self.DELETE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), QLabel(pred, self))
        form.addRow(self.tr("To:"), QLabel(succ, self))
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Lag:"), self.lag)
        form.addRow(buttons)


def edit_link(c: GanttController, link_id: int) -> None:
    snap = c.snapshot
    link = next((lk for lk in snap.links if lk.id == link_id), None)
    if link is None:
        return
    pred, succ = snap.by_id[link.predecessor], snap.by_id[link.successor]
    dialog = LinkDialog(f"{pred.number} \u2013 {pred.name}", f"{succ.number} \u2013 {succ.name}",
                        link.type, lag_text(link.lag, link.lag_unit, snap.minutes_per_day),
                        c.page)
    result = dialog.exec()
    if result == LinkDialog.DELETE:
        c.run(tasks.delete_link, link_id)
    elif result == QDialog.DialogCode.Accepted:
        try:
            lag, unit = parse_lag(dialog.lag.text(), snap.minutes_per_day, snap.minutes_per_week)
        except UserError as error:
            c.error(error)
            return
        c.run(tasks.edit_link, link_id, LinkType(dialog.kind.currentData()), lag, unit)
