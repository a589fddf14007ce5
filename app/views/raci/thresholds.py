"""The dialog for the warning thresholds of RACI validation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from app.core.raci import Thresholds


class ThresholdsDialog(QDialog):
    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("RACI Warnings"))
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        intro = QLabel(self.tr("Errors are fixed rules: exactly one A and at least one R per "
                               "row. Warnings appear above these counts."))
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, text in (
                ("max_responsible", self.tr("Most &R per row:")),
                ("max_consulted", self.tr("Most &C per row:")),
                ("max_load", self.tr("Most rows with R or A per &person or role:"))):
            spin = QSpinBox(self)
            spin.setRange(1, 999)
            spin.setValue(getattr(thresholds, name))
            self.spins[name] = spin
            form.addRow(text, spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def thresholds(self) -> Thresholds:
        return Thresholds(**{name: spin.value() for name, spin in self.spins.items()})
