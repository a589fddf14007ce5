"""The legend: each letter the project uses, its colour and meaning in the UI language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.core.enums import RaciVariant
from app.core.i18n import translate
from app.core.raci import COLORS, MEANINGS, letters


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.variant = RaciVariant.RACI

    def set_variant(self, variant: RaciVariant) -> None:
        self.variant = variant
        self.retranslate()

    def retranslate(self) -> None:
        chips = []
        for letter in letters(self.variant):
            meaning = escape(translate("raci", MEANINGS[letter]))
            chips.append(f'<span style="background-color:{COLORS[letter]}; color:#000000;">'
                         f'&nbsp;<b>{letter}</b>&nbsp;</span>&nbsp;{meaning}')
        keys = escape(self.tr("Type a letter to fill the selection, / for A/R, Space or a click "
                              "on the selected cell to cycle, Delete to clear, F2 to choose; "
                              "Ctrl+C and Ctrl+V exchange blocks with Excel."))
        self.setText("&nbsp;&nbsp;&nbsp; ".join(chips) + f"<br><small>{keys}</small>")
