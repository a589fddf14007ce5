"""Link Tasks… : tick the tasks a risk threatens (or helps)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.risk_summary import RiskFacts
from app.views.risks.data import TaskRef


class LinksDialog(QDialog):
    def __init__(self, risk: RiskFacts, tasks: Sequence[TaskRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tasks Linked to {code}").format(code=risk.code))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter tasks"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        linked = set(risk.task_ids)
        for task in tasks:
            item = QListWidgetItem(f"{task.wbs}  {task.name}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.id in linked
                               else Qt.CheckState.Unchecked)
            if task.summary:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.filter.textChanged.connect(self._filter)
        label = QLabel(self.tr("&Tasks (Space ticks the current one):"), self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{risk.code}</b> \u2014 {risk.title}", self))
        layout.addWidget(self.filter)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked(self) -> Iterable[int]:
        return [self.list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]
