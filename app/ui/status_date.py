"""The status date on the main toolbar: progress is reported as of this date.

Changing it is one undoable command (SetStatusDate), which also keeps the key figures
of the date being left for the dashboard's trend charts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from app.models.commands import Changes
from app.models.commands.status import SetStatusDate
from app.views.formats import date_format


class StatusDateBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = None
        self.label = QLabel(self)
        self.edit = QDateEdit(self)
        self.edit.setObjectName("status_date")
        self.edit.setCalendarPopup(True)
        self.label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self._stored: date | None = None
        self._dirty = False  # the user changed the date since it was loaded
        self.edit.dateChanged.connect(self._changed)
        self.edit.editingFinished.connect(self.commit)
        # A day picked in the popup is final; commit once the popup has closed.
        self.edit.calendarWidget().clicked.connect(lambda *_: QTimer.singleShot(0, self.commit))
        self.retranslate()
        self.set_port(None)

    def set_port(self, port) -> None:
        if self.port is not None:
            self.port.changed.disconnect(self._on_changed)
        self.port = port
        if port is not None:
            port.changed.connect(self._on_changed)
        self.setEnabled(port is not None and not port.document.read_only)
        self.load()

    def _on_changed(self, flags: int) -> None:
        if Changes(flags) & Changes.PROJECT:
            self.load()

    def load(self) -> None:
        self._stored = self.port.document.project().status_date if self.port else None
        shown = self._stored or date.today()
        self.edit.blockSignals(True)
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.edit.blockSignals(False)
        self._dirty = False
        # No status date: today is used, shown in italics until one is chosen.
        font = QFont(self.edit.font())
        font.setItalic(self._stored is None)
        self.edit.setFont(font)
        self._update_tip()

    def _changed(self, _value: QDate) -> None:
        self._dirty = True

    def value(self) -> date:
        return self.edit.date().toPython()

    def commit(self) -> None:
        """Set the project's status date to the one shown, if the user changed it."""
        if not self._dirty or self.port is None:
            return
        self._dirty = False
        new = self.value()
        if new != self._stored and not self.port.execute(SetStatusDate(self._stored, new)):
            self.load()  # refused: show the stored date again

    def retranslate(self) -> None:
        self.label.setText(self.tr("Status &date:"))
        self.edit.setDisplayFormat(date_format())
        self._update_tip()

    def _update_tip(self) -> None:
        tip = self.tr("Progress is reported as of the end of this day (Alt+D).")
        if self._stored is None:
            tip += " " + self.tr("No status date is set: today is used until one is chosen.")
        self.edit.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
