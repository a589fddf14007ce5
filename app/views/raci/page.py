"""RACI page: tasks x people and roles, edited in place, validated as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.core.enums import RaciVariant
from app.core.errors import UserError
from app.core.raci import Matrix, cycle, from_tsv, to_tsv
from app.models.commands import Changes, Command
from app.models.commands.raci import (
    CLEAR_CELLS,
    CYCLE_LETTER,
    PASTE_CELLS,
    SET_LETTERS,
    CellEdit,
    SetRaciCells,
)
from app.models.project import Project
from app.models.raci import load_cells, load_columns, load_matrix
from app.views.base import Page
from app.views.raci import edits
from app.views.raci.columns import ColumnEditor
from app.views.raci.delegates import LetterDelegate
from app.views.raci.legend import Legend
from app.views.raci.model import CHECK, TASK_ID_ROLE, RaciModel
from app.views.raci.table import RaciTable
from app.views.raci.thresholds import ThresholdsDialog

_SCOPE = Qt.ShortcutContext.WidgetWithChildrenShortcut


class RaciPage(Page):
    icon_name = "raci"
    flags = Changes.RACI | Changes.TASKS | Changes.PEOPLE | Changes.PROJECT | Changes.SETTINGS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RaciModel()
        self.model.edit_requested.connect(self._edit_cells)
        self.view = RaciTable(self)
        self.setFocusProxy(self.view)  # Ctrl+4 lands in the matrix
        self.view.setModel(self.model)
        self.delegate = LetterDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.letter_typed.connect(self.fill)
        self.view.cycle_requested.connect(self.cycle)
        self.view.clipboard_key.connect(self._clipboard_key)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.columns = ColumnEditor(self)
        self._pending = Changes.ALL  # what changed since the last refresh
        self._build_actions()
        self._build_layout()
        self.retranslate()

    # -- assembly --------------------------------------------------------------------

    def _action(self, key: str, handler: Callable[[], object], shortcut=None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcutContext(_SCOPE)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _=False: handler())
        self.addAction(action)
        self.actions_[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions_: dict[str, QAction] = {}
        c = self.columns
        self._action("deliverables", self._apply_filters, "Ctrl+Shift+D", True).setChecked(True)
        self._action("problems", self._apply_filters, "Ctrl+Shift+P", True)
        self._action("add_person", c.add_person, "Ctrl+Shift+N")
        self._action("add_role", c.add_role, "Ctrl+Shift+R")
        self._action("rename", c.rename, "Shift+F2")
        self._action("left", lambda: c.move(-1), "Alt+Shift+Left")
        self._action("right", lambda: c.move(1), "Alt+Shift+Right")
        self._action("remove", c.remove, "Ctrl+Shift+Delete")
        self._action("thresholds", self.edit_thresholds)
        # The table takes these keys itself while it has focus (see RaciTable.event).
        self._action("copy", self.copy, QKeySequence.StandardKey.Copy)
        self._action("cut", self.cut, QKeySequence.StandardKey.Cut)
        self._action("paste", self.paste, QKeySequence.StandardKey.Paste)
        self._action("find", lambda: (self.filter.setFocus(), self.filter.selectAll()),
                     QKeySequence.StandardKey.Find)

    def _build_layout(self) -> None:
        a = self.actions_
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([a["deliverables"], a["problems"]])
        self.toolbar.addSeparator()
        self.variant_label = QLabel(self)
        self.variant = QComboBox(self)
        for variant in RaciVariant:
            self.variant.addItem("", variant)
        self.variant.activated.connect(self._variant_chosen)
        self.variant_label.setBuddy(self.variant)
        self.toolbar.addWidget(self.variant_label)
        self.toolbar.addWidget(self.variant)
        self.toolbar.addSeparator()
        self.toolbar.addActions([a["add_person"], a["add_role"], a["rename"], a["left"],
                                 a["right"], a["remove"]])
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["thresholds"])
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filters)
        self.filter.returnPressed.connect(self._focus_table)
        self.filter.installEventFilter(self)
        self.count = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.legend = Legend(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802
        # Down from the filter goes to the matrix, as Enter does.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down:
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    def _focus_table(self) -> None:
        self.view.setFocus()
        current = self.view.currentIndex()
        if self.model.rowCount() and self.model.columnCount() > CHECK + 1 and (
                not current.isValid() or current.column() == CHECK):
            self.view.setCurrentIndex(self.model.index(max(current.row(), 0), CHECK + 1))

    def title(self) -> str:
        return self.tr("RACI")

    def retranslate(self) -> None:
        a = self.actions_
        for key, text, tip in (
                ("deliverables", self.tr("&Deliverables Only"),
                 self.tr("Show only summary tasks and milestones (and rows with letters)")),
                ("problems", self.tr("&Problems Only"),
                 self.tr("Show only rows with errors or warnings")),
                ("add_person", self.tr("Add &Person\u2026"),
                 self.tr("Add a column for a stakeholder from the register")),
                ("add_role", self.tr("Add R&ole\u2026"),
                 self.tr("Add a column for a named role such as \u201cDBA\u201d")),
                ("rename", self.tr("Re&name\u2026"), self.tr("Rename the current role column")),
                ("left", self.tr("Move &Left"), self.tr("Move the current column left")),
                ("right", self.tr("Move Ri&ght"), self.tr("Move the current column right")),
                ("remove", self.tr("Remo&ve Column"),
                 self.tr("Remove the current column and its letters")),
                ("thresholds", self.tr("&Warnings\u2026"),
                 self.tr("When many R, many C or a heavy load deserve a warning")),
                ("copy", self.tr("&Copy"), ""), ("cut", self.tr("Cu&t"), ""),
                ("paste", self.tr("&Paste"), ""), ("find", self.tr("&Find"), "")):
            a[key].setText(text)
            shortcut = a[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("&", "")
            a[key].setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.variant_label.setText(self.tr("&Variant:") + " ")
        for i in range(self.variant.count()):
            self.variant.setItemText(i, RaciVariant(self.variant.itemData(i)).label)
        self.filter.setPlaceholderText(self.tr("Filter tasks (Ctrl+F)"))
        self.legend.retranslate()
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              max(0, self.model.columnCount() - 1))
            self.stale = True
            if self.isVisible() and self.port:
                self.refresh()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        self._pending |= changes & self.flags
        super().changed(changes)

    def set_port(self, port) -> None:
        self.model.set_matrix(Matrix())  # a new document: nothing to compare with
        super().set_port(port)

    def _load(self) -> Matrix:
        """The matrix from the file; after a change of letters only, just the letters."""
        pending, self._pending = self._pending, Changes.NONE
        if not self.port:
            return Matrix()
        with self.port.document.reader() as session:
            if pending == Changes.RACI and self.model.matrix.rows:
                columns = load_columns(session)
                variant = session.get_one(Project, 1).raci_variant  # its edit flags RACI
                if columns == self.model.matrix.columns and variant == self.model.matrix.variant:
                    return self.model.matrix.with_cells(load_cells(session, columns))
            return load_matrix(session)

    def refresh(self) -> None:
        super().refresh()
        matrix = self._load()
        current = self.view.currentIndex()
        task = current.data(TASK_ID_ROLE) if current.isValid() else None
        role = self.model.matrix.columns[current.column() - 1].role_id \
            if current.column() > CHECK else None
        old_shape = (self.model.columnCount(), self.model.rowCount())
        self.model.set_matrix(matrix)
        self.view.variant = self.delegate.variant = matrix.variant
        self.variant.setCurrentIndex(self.variant.findData(matrix.variant))
        self.legend.set_variant(matrix.variant)
        if old_shape != (self.model.columnCount(), self.model.rowCount()) or not current.isValid():
            self._size_sections()
        self._restore(task, role)
        self._update_labels()

    def _size_sections(self) -> None:
        metrics = self.view.fontMetrics()
        bold = self.font()
        bold.setBold(True)
        widest = max((metrics.horizontalAdvance(self.model.headerData(
            r, Qt.Orientation.Vertical)) for r in range(self.model.rowCount())), default=120)
        self.view.verticalHeader().width_hint = min(max(widest * 11 // 10 + 16, 160), 420)
        self.view.verticalHeader().updateGeometry()
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.view.setColumnWidth(CHECK, max(metrics.horizontalAdvance("0" * 12), 110))
        header = QFontMetrics(bold)  # the current column's header is drawn bold
        for i in range(1, self.model.columnCount()):
            # Room for the name, the counts and the overload icon, within reason for 40.
            lines = self.model.headerData(i, Qt.Orientation.Horizontal).split("\n")
            width = max(header.horizontalAdvance(line) for line in lines) + 36
            self.view.setColumnWidth(i, min(max(width, 64), 140))
        self.view.updateGeometries()

    def _restore(self, task: int | None, role: int | None) -> None:
        row = self.model.view_row_of(task) if task is not None else None
        column = self.model.column_of(role) if role is not None else None
        if row is None and column is None:
            return
        index = self.model.index(row or 0, column or CHECK + 1)
        if index.isValid() and self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def show_problems(self) -> None:
        """Every row with an error or a warning, nothing else (the dashboard)."""
        self.filter.clear()
        self.actions_["deliverables"].setChecked(False)
        self.actions_["problems"].setChecked(True)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.model.set_filters(deliverables_only=self.actions_["deliverables"].isChecked(),
                               problems_only=self.actions_["problems"].isChecked(),
                               text=self.filter.text())
        self._size_sections()
        self._update_labels()

    def _update_labels(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.matrix.rows)
        self.count.setText(self.tr("{shown} of {total} tasks").format(shown=shown, total=total))
        matrix = self.model.matrix
        if self.port and not matrix.columns:
            self.status.setText(self.tr(
                "No columns yet: add people from the stakeholder register (Ctrl+Shift+N) or "
                "named roles (Ctrl+Shift+R)."))
            return
        if self.port and not shown and total:
            self.status.setText(self.tr("No rows match: turn off Deliverables Only or Problems "
                                        "Only, or clear the filter."))
            return
        errors, warnings = self.model.counts()
        text = self.tr("{errors} rows with errors, {warnings} with warnings.").format(
            errors=errors, warnings=warnings)
        overloaded = [c.name for c, load in zip(matrix.columns, self.model.loads, strict=True)
                      if load.overloaded]
        if overloaded:
            text += " " + self.tr("Overloaded: {names}.").format(names=", ".join(overloaded))
        self.status.setText(text if self.port else "")

    # -- editing ---------------------------------------------------------------------

    def run(self, build: Callable[[Session], Command | None], focus_last: bool = False) -> bool:
        """Build a command from the stored data and execute it; refusals are shown."""
        if self.port is None:
            return False
        try:
            with self.port.document.reader() as session:
                command = build(session)
        except UserError as error:
            self.show_error(error)
            return False
        if command is None:
            return False
        ok = self.port.execute(command)
        if focus_last and ok:  # a new column is the last one: go there
            if self.stale:
                self.refresh()
            if self.model.matrix.columns:
                self._restore(None, self.model.matrix.columns[-1].role_id)
        return ok

    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("RACI"), error.message())

    def _execute_cells(self, name: str, values: dict[tuple[int, int], str]) -> bool:
        edits_ = []
        for (row, column), value in values.items():
            if column == CHECK:
                continue
            task = self.model.row_at(row)
            edits_.append(CellEdit(task.task_id, self.model.matrix.columns[column - 1].role_id,
                                   task.cells[column - 1], value))
        command = SetRaciCells(name, edits_)
        return bool(command.edits) and self.port is not None and self.port.execute(command)

    def _edit_cells(self, values: dict[tuple[int, int], str]) -> None:
        self._execute_cells(SET_LETTERS if any(values.values()) else CLEAR_CELLS, values)

    def fill(self, value: str) -> None:
        cells = self.view.letter_cells()
        self._execute_cells(SET_LETTERS if value else CLEAR_CELLS,
                            dict.fromkeys(cells, value))

    def cycle(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or current.column() == CHECK:
            return
        value = cycle(self.model.value(current.row(), current.column()), self.model.matrix.variant)
        cells = self.view.letter_cells()
        self._execute_cells(CYCLE_LETTER, dict.fromkeys(cells, value))

    def _clipboard_key(self, key: QKeySequence.StandardKey) -> None:
        {QKeySequence.StandardKey.Copy: self.copy, QKeySequence.StandardKey.Cut: self.cut,
         QKeySequence.StandardKey.Paste: self.paste}[key]()

    def copy(self) -> bool:
        cells = self.view.letter_cells()
        if not cells:
            return False
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        columns = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        chosen = set(cells)
        block = [[self.model.value(r, c) if (r, c) in chosen else "" for c in columns]
                 for r in rows]
        QGuiApplication.clipboard().setText(to_tsv(block))
        return True

    def cut(self) -> None:
        if self.copy():
            self.fill("")

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text or self.port is None or not self.model.matrix.columns:
            return
        block = from_tsv(text)
        cells = self.view.letter_cells()
        if not cells:
            return
        try:
            if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
                value = edits.paste_values(block, self.model.matrix.variant)[0][0]
                values = dict.fromkeys(cells, value)  # one value fills the selection
            else:
                top = min(r for r, _ in cells)
                left = min(c for _, c in cells)
                edits.check_fits(block, self.model.rowCount() - top,
                                 self.model.columnCount() - left)
                parsed = edits.paste_values(block, self.model.matrix.variant)
                values = {(top + r, left + c): value for r, row in enumerate(parsed)
                          for c, value in enumerate(row)}
        except UserError as error:
            self.show_error(error)
            return
        if self._execute_cells(PASTE_CELLS, values):
            self._select_block(values)

    def _select_block(self, values: dict[tuple[int, int], str]) -> None:
        rows = [r for r, _ in values]
        columns = [c for _, c in values]
        selection = QItemSelection(self.model.index(min(rows), min(columns)),
                                   self.model.index(max(rows), max(columns)))
        self.view.selectionModel().select(selection,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- settings --------------------------------------------------------------------

    def _variant_chosen(self, index: int) -> None:
        variant = RaciVariant(self.variant.itemData(index))
        if not self.run(lambda s: edits.set_variant(s, variant)):
            self.variant.setCurrentIndex(self.variant.findData(self.model.matrix.variant))

    def edit_thresholds(self) -> None:
        if self.port is None:
            return
        dialog = ThresholdsDialog(self.model.matrix.thresholds, self)
        if dialog.exec():
            thresholds = dialog.thresholds()
            self.run(lambda s: edits.set_thresholds(s, thresholds))

    # -- menus -----------------------------------------------------------------------

    def _menu(self) -> QMenu:
        a = self.actions_
        menu = QMenu(self)
        for key in ("copy", "cut", "paste", None, "add_person", "add_role", "rename", "left",
                    "right", "remove", None, "deliverables", "problems", "thresholds"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(a[key])
        return menu

    def _context_menu(self, point: QPoint) -> None:
        self._menu().exec(self.view.viewport().mapToGlobal(point))

    def _header_menu(self, point: QPoint) -> None:
        header = self.view.horizontalHeader()
        section = header.logicalIndexAt(point)
        if section > CHECK:
            row = max(self.view.currentIndex().row(), 0)
            self.view.setCurrentIndex(self.model.index(row, section))
        self._menu().exec(header.mapToGlobal(point))
