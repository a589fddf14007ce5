"""The green / amber / red bands of SPI and CPI: a dialog and the undoable command."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)
from sqlalchemy.orm import Session

from app.core.health import Thresholds
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands import Changes, Command, InsertRows, SetFields
from app.models.health import SETTING_KEY
from app.models.project import Setting

SET_BANDS = QT_TRANSLATE_NOOP("commands", "Set Health Bands")


def set_bands(session: Session, thresholds: Thresholds) -> Command | None:
    new = thresholds.to_dict()
    setting = session.get(Setting, SETTING_KEY)
    if setting is None:
        return InsertRows(SET_BANDS, Setting, [{"key": SETTING_KEY, "value": new}],
                          Changes.SETTINGS)
    if setting.value == new:
        return None
    return SetFields(SET_BANDS, Setting, {"key": SETTING_KEY}, {"value": setting.value},
                     {"value": new}, Changes.SETTINGS)


class BandsDialog(QDialog):
    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Health Bands"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("SPI and CPI at or above the first value are green, at or "
                               "above the second amber, below it red."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.green = QDoubleSpinBox(self)
        self.amber = QDoubleSpinBox(self)
        for spin, value in ((self.green, thresholds.green), (self.amber, thresholds.amber)):
            spin.setRange(0.01, 2.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.01)
            spin.setValue(value)
        # Amber can never be above green: the second follows the first down.
        self.green.valueChanged.connect(lambda v: self.amber.setMaximum(v))
        self.amber.setMaximum(self.green.value())
        form.addRow(self.tr("&Green from:"), self.green)
        form.addRow(self.tr("&Amber from:"), self.amber)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def thresholds(self) -> Thresholds:
        return Thresholds(round(self.green.value(), 2), round(self.amber.value(), 2))
