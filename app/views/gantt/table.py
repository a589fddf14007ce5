"""The task table: outline indentation with expand/collapse, cell editors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.views.gantt.columns import COLUMNS
from app.views.gantt.model import ROW_ROLE, GanttModel

INDENT = 16
ARROW = 14


class NameDelegate(QStyledItemDelegate):
    """Indents names by outline level; a triangle before a summary folds it."""

    def _indent(self, index: QModelIndex) -> int:
        row = index.data(ROW_ROLE)
        return (row.level - 1) * INDENT + ARROW + 2 if row else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        shift = self._indent(index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(shift + 2, 0, -2, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(opt.font)
        if row is not None and row.summary:
            model: GanttModel = index.model()
            x = option.rect.left() + shift - ARROW - 2 + ARROW / 2
            y = option.rect.center().y()
            painter.setBrush(option.palette.color(role))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if model.is_collapsed(row.id):
                points = [QPointF(x - 3, y - 5), QPointF(x + 3, y), QPointF(x - 3, y + 5)]
            else:
                points = [QPointF(x - 5, y - 3), QPointF(x + 5, y - 3), QPointF(x, y + 3)]
            painter.drawPolygon(QPolygonF(points))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                  rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         elided)
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: QModelIndex) -> None:
        editor.setGeometry(option.rect.adjusted(self._indent(index), 0, 0, 0))

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # noqa: N802
                    index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            row = index.data(ROW_ROLE)
            if row is not None and row.summary:
                x = event.position().x() - option.rect.left()
                arrow_left = (row.level - 1) * INDENT
                if arrow_left <= x <= arrow_left + ARROW + 2:
                    model.toggle(row.id)
                    return True
        return super().editorEvent(event, model, option, index)


class NotesDelegate(QStyledItemDelegate):
    """A small page symbol where a task has notes (the text is the tooltip)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        row = index.data(ROW_ROLE)
        if row is None or not row.notes:
            return
        painter.save()
        size = min(option.rect.height() - 8, 14)
        rect = QRect(0, 0, int(size * 0.8), size)
        rect.moveCenter(option.rect.center())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawRect(rect)
        for i in (1, 2, 3):
            y = rect.top() + rect.height() * i // 4
            painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
        painter.restore()


class GanttTable(QTableView):
    def __init__(self, model: GanttModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for i, column in enumerate(COLUMNS):
            self.setColumnWidth(i, column.width)
            self.setColumnHidden(i, not column.shown)
        self.name_delegate = NameDelegate(self)
        self.notes_delegate = NotesDelegate(self)
        self.setItemDelegateForColumn(model.column_of("name"), self.name_delegate)
        self.setItemDelegateForColumn(model.column_of("notes"), self.notes_delegate)

    @property
    def row_height(self) -> int:
        return self.verticalHeader().defaultSectionSize()

    def selected_rows(self) -> list[int]:
        """Indexes of the selected rows, top to bottom."""
        return sorted({i.row() for i in self.selectionModel().selectedRows()}
                      | {i.row() for i in self.selectionModel().selectedIndexes()})
