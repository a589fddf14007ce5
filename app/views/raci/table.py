"""The matrix view: letters typed fill the selection, a click on the current cell cycles it.

The view only turns gestures into signals; the page makes commands of them.
Task names sit in the vertical header, so they stay put while 40 columns scroll.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.core.enums import RaciVariant
from app.core.raci import COMBINED, letters
from app.views.raci.model import CHECK

_CLIPBOARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste,
                   QKeySequence.StandardKey.Cut)


class RowHeader(QHeaderView):
    """The vertical header, as wide as the page says (measuring 1,000 names is slow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.width_hint = 200
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width_hint, super().sizeHint().height())


class RaciTable(QTableView):
    letter_typed = Signal(str)  # fill the selection with this value ("" clears)
    cycle_requested = Signal()  # the next value for the current cell (and the selection)
    clipboard_key = Signal(object)  # a QKeySequence.StandardKey: Copy, Paste or Cut

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variant = RaciVariant.RACI
        self._press: QPersistentModelIndex | None = None
        self.setVerticalHeader(RowHeader(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as elsewhere in the app
        self.setWordWrap(False)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # Eliding would cut the second header line (the counts); widths fit the names.
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)

    # -- keys ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Our clipboard keys beat any window-wide shortcut while the table has focus.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and any(event.matches(k) for k in _CLIPBOARD_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        for key in _CLIPBOARD_KEYS:
            if event.matches(key):
                self.clipboard_key.emit(key)
                return
        if self.state() != QAbstractItemView.State.EditingState and self._letter(event):
            return
        super().keyPressEvent(event)

    def _letter(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                 | Qt.KeyboardModifier.KeypadModifier):
            return False
        key, text = event.key(), event.text().upper()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.letter_typed.emit("")
        elif key == Qt.Key.Key_Space:
            self.cycle_requested.emit()
        elif text == "/":
            self.letter_typed.emit(COMBINED)
        elif len(text) == 1 and text in letters(self.variant):
            self.letter_typed.emit(text)
        else:
            return False
        return True

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        # With a Chinese input method on, a letter arrives committed (maybe full-width).
        text = unicodedata.normalize("NFKC", event.commitString()).strip().upper()
        if text in letters(self.variant) or text == "/":
            self.letter_typed.emit(COMBINED if text == "/" else text)
            event.accept()
            return
        super().inputMethodEvent(event)

    # -- clicks ----------------------------------------------------------------------

    def _cycles(self, event: QMouseEvent) -> QPersistentModelIndex | None:
        """A plain click on the only selected cell cycles it (a first click selects)."""
        index = self.indexAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and index.isValid() and index.column() != CHECK
                and index == self.currentIndex() and self._only_selected(index)):
            return QPersistentModelIndex(index)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = self._cycles(event)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # The second click of a quick pair cycles again, as two slow clicks would.
        self._press = self._cycles(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        if press is not None and press.isValid() \
                and press == self.indexAt(event.position().toPoint()):
            self.cycle_requested.emit()

    # -- selection -------------------------------------------------------------------

    def _only_selected(self, index) -> bool:
        ranges = self.selectionModel().selection()
        return (len(ranges) == 1 and ranges[0].width() == 1 and ranges[0].height() == 1
                and ranges[0].topLeft() == index)

    def letter_cells(self) -> list[tuple[int, int]]:
        """Selected cells outside the check column (the current cell if none).

        Read from the selection's ranges: listing 40,000 selected indexes takes seconds.
        """
        found: set[tuple[int, int]] = set()
        for part in self.selectionModel().selection():
            columns = range(max(part.left(), CHECK + 1), part.right() + 1)
            found.update((r, c) for r in range(part.top(), part.bottom() + 1) for c in columns)
        cells = sorted(found)
        current = self.currentIndex()
        if not cells and current.isValid() and current.column() != CHECK:
            cells = [(current.row(), current.column())]
        return cells
