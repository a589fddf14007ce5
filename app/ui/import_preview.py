"""The preview of a workbook import: per sheet, per row, per field old → new.

Nothing is applied until the user presses Apply; with problems in the workbook the
dialog lists them (sheet, row, column, value) and Apply stays disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.excel.diff import ImportPlan, RowKind

EXPAND_BELOW = 300  # rows; a larger preview starts folded


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Sheet, row and item"), self.tr("Field"),
                                   self.tr("Now"), self.tr("From the workbook")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()

    def _kind(self, kind: RowKind) -> str:
        return {RowKind.ADDED: self.tr("Added"), RowKind.CHANGED: self.tr("Changed"),
                RowKind.DELETED: self.tr("Deleted")}[kind]

    def _fill(self) -> None:
        plan = self.plan
        if plan.problems:
            self.summary.setText(self.tr(
                "The workbook has {count} problem(s); fix them in the workbook and import "
                "it again. Nothing has been changed.").format(count=len(plan.problems)))
            top = QTreeWidgetItem(self.tree, [self.tr("Problems ({count})").format(
                count=len(plan.problems))])
            for problem in plan.problems:
                item = QTreeWidgetItem(top, [
                    self.tr("{sheet}, row {row}, column {column}").format(
                        sheet=problem.sheet, row=problem.row, column=problem.column),
                    problem.header, problem.value, problem.problem])
                item.setToolTip(3, problem.problem)
            top.setExpanded(True)
            self.apply_button.setEnabled(False)
            return
        intro = (self.tr("Rows are matched by the ids Planwright keeps in the workbook.")
                 if plan.same_project else
                 self.tr("This workbook comes from another project: everything in it is "
                         "added and nothing is deleted."))
        self.summary.setText(intro + " " + self.tr(
            "Apply makes all of these changes as one step (Ctrl+Z undoes it)."))
        expand = plan.changes < EXPAND_BELOW
        for sheet in plan.sheets:
            top = QTreeWidgetItem(self.tree, [self.tr(
                "{sheet}: {added} added, {changed} changed, {deleted} deleted").format(
                sheet=sheet.title, added=sheet.count(RowKind.ADDED),
                changed=sheet.count(RowKind.CHANGED), deleted=sheet.count(RowKind.DELETED))])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for row in sheet.rows:
                where = (self.tr("Row {row}").format(row=row.row) + " \u00b7 "
                         if row.row else "")
                item = QTreeWidgetItem(top, [f"{where}{self._kind(row.kind)}: {row.label}"])
                if row.kind == RowKind.DELETED:
                    font = item.font(0)
                    font.setStrikeOut(True)
                    item.setFont(0, font)
                for change in row.fields:
                    QTreeWidgetItem(item, ["", change.field, change.old, change.new])
                item.setExpanded(expand and len(row.fields) <= 6)
            top.setExpanded(True)
        for column, width in enumerate((340, 150, 180)):
            self.tree.setColumnWidth(column, width)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
