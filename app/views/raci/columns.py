"""Column management: add a person or a named role, rename, reorder (keys or drag), remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from app.core.raci import RaciColumn
from app.models.people import Person, RaciRole
from app.views.raci import edits
from app.views.raci.model import CHECK

if TYPE_CHECKING:
    from app.views.raci.page import RaciPage


class ColumnEditor(QObject):
    def __init__(self, page: RaciPage) -> None:
        super().__init__(page)
        self.page = page
        header = page.view.horizontalHeader()
        header.sectionMoved.connect(self._dragged)
        header.sectionDoubleClicked.connect(self._double_clicked)

    def current(self) -> RaciColumn | None:
        """The column of the current cell (a header click makes its column current)."""
        column = self.page.view.currentIndex().column()
        columns = self.page.model.matrix.columns
        return columns[column - 1] if 0 < column <= len(columns) else None

    def _need_current(self) -> RaciColumn | None:
        column = self.current()
        if column is None:
            QMessageBox.information(self.page, self.tr("RACI"), self.tr(
                "Select a cell in the column first."))
        return column

    def add_person(self) -> None:
        if self.page.port is None:
            return
        with self.page.port.document.reader() as session:
            taken = set(session.scalars(select(RaciRole.person_id)
                                        .where(RaciRole.person_id.is_not(None))))
            people = [(pid, name) for pid, name in session.execute(
                select(Person.id, Person.name).order_by(Person.position, Person.name))
                if pid not in taken]
        if not people:
            QMessageBox.information(self.page, self.tr("Add Person Column"), self.tr(
                "Every stakeholder in the register already has a column. Add people on the "
                "Stakeholders page, or add a named role."))
            return
        names = [name for _, name in people]
        name, ok = QInputDialog.getItem(self.page, self.tr("Add Person Column"),
                                        self.tr("&Stakeholder:"), names, 0, False)
        if ok and name in names:
            person_id = people[names.index(name)][0]
            self.page.run(lambda s: edits.add_person_column(s, person_id), focus_last=True)

    def add_role(self) -> None:
        name, ok = QInputDialog.getText(self.page, self.tr("Add Role Column"), self.tr(
            "Role &name (for example \u201cDBA\u201d or \u201cSteering committee\u201d):"))
        if ok:
            self.page.run(lambda s: edits.add_role_column(s, name), focus_last=True)

    def rename(self) -> None:
        column = self._need_current()
        if column is None:
            return
        if column.person_id is not None:  # refused with the reason, before asking
            self.page.run(lambda s: edits.rename_column(s, column.role_id, column.name))
            return
        name, ok = QInputDialog.getText(self.page, self.tr("Rename Column"),
                                        self.tr("Role &name:"), QLineEdit.EchoMode.Normal,
                                        column.name)
        if ok:
            self.page.run(lambda s: edits.rename_column(s, column.role_id, name))

    def move(self, step: int) -> None:
        column = self._need_current()
        if column is None:
            return
        order = [c.role_id for c in self.page.model.matrix.columns]
        at = order.index(column.role_id)
        to = min(max(at + step, 0), len(order) - 1)
        if to != at:
            order.insert(to, order.pop(at))
            self.page.run(lambda s: edits.reorder_columns(s, order))

    def remove(self) -> None:
        column = self._need_current()
        if column is not None:
            self.page.run(lambda s: edits.remove_column(s, column.role_id))

    def _double_clicked(self, section: int) -> None:
        if section != CHECK:
            self.page.view.setCurrentIndex(self.page.model.index(
                max(self.page.view.currentIndex().row(), 0), section))
            self.rename()

    def _dragged(self, logical: int, old_visual: int, new_visual: int) -> None:
        """A header drag becomes a reorder command; the header itself goes back, and the
        refresh after the command shows the stored order."""
        header = self.page.view.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        if CHECK in (logical, new_visual) or logical > len(self.page.model.matrix.columns):
            return
        order = [c.role_id for c in self.page.model.matrix.columns]
        order.insert(new_visual - 1, order.pop(logical - 1))
        self.page.run(lambda s: edits.reorder_columns(s, order))
