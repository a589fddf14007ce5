"""Project properties: the charter fields PMs are asked for."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.project import Project
from app.views.formats import date_format

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD", "SGD", "AUD", "CAD", "CHF")
TEXT_FIELDS = ("name", "code", "manager", "client")
LONG_FIELDS = ("description", "objectives", "success_criteria")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(min(high, max(low, value)))
    return spin


class ProjectPropertiesDialog(QDialog):
    """Edits a copy of the project's fields; `changes()` gives what differs."""

    def __init__(self, project: Project, calendars: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setMinimumWidth(560)
        self.edits: dict[str, QLineEdit] = {f: QLineEdit(getattr(project, f)) for f in TEXT_FIELDS}
        self.edits["name"].setMaxLength(200)
        self.edits["code"].setMaxLength(40)
        self.start = QDateEdit(_qdate(project.start_date))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_format())
        self.start_time = QTimeEdit(QTime(project.start_minute // 60, project.start_minute % 60))
        self.start_time.setDisplayFormat("HH:mm")
        self.has_status = QCheckBox()
        self.status = QDateEdit(_qdate(project.status_date or date.today()))
        self.status.setCalendarPopup(True)
        self.status.setDisplayFormat(date_format())
        self.has_status.setChecked(project.status_date is not None)
        self.status.setEnabled(project.status_date is not None)
        self.has_status.toggled.connect(self.status.setEnabled)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(project.currency)
        self.currency.lineEdit().setMaxLength(3)
        self.calendar = QComboBox()
        for calendar_id, name in calendars:
            self.calendar.addItem(name, calendar_id)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(project.calendar_id)))
        # Options no other dialog reaches. Critical slack is shown in whole days, as
        # Project's "tasks are critical if slack is less than or equal to" is.
        per_day = max(1, project.minutes_per_day)
        self.critical_days = _spin(0, 100, project.critical_slack // per_day)
        self.review_days = _spin(1, 365, project.review_interval_days)
        self.scale = _spin(3, 10, project.stakeholder_scale)
        self.texts = {f: QPlainTextEdit(getattr(project, f)) for f in LONG_FIELDS}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: palette(link);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in self.edits.values():
            edit.textChanged.connect(self._validate)
        self.currency.currentTextChanged.connect(self._validate)
        self.start.dateChanged.connect(self._validate)
        self.status.dateChanged.connect(self._validate)
        self.has_status.toggled.connect(self._validate)
        self._build()
        self.retranslate()
        self._validate()

    def _build(self) -> None:
        general = QWidget()
        self.form = QFormLayout(general)
        self.labels: dict[str, QLabel] = {}
        start_row = QHBoxLayout()
        start_row.addWidget(self.start, 1)
        start_row.addWidget(self.start_time)
        status_row = QHBoxLayout()
        status_row.addWidget(self.has_status)
        status_row.addWidget(self.status, 1)
        for key, widget in (("name", self.edits["name"]), ("code", self.edits["code"]),
                            ("manager", self.edits["manager"]),
                            ("client", self.edits["client"]), ("start", start_row),
                            ("status", status_row), ("currency", self.currency),
                            ("calendar", self.calendar)):
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], widget)
            buddy = {"start": self.start, "status": self.status}.get(key, widget)
            self.labels[key].setBuddy(buddy)
        options = QWidget()
        self.options_form = QFormLayout(options)
        for key, widget in (("critical", self.critical_days), ("review", self.review_days),
                            ("scale", self.scale)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget)
            self.options_form.addRow(self.labels[key], widget)
        self.scale_note = QLabel()
        self.scale_note.setWordWrap(True)
        self.options_form.addRow(self.scale_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        for key in LONG_FIELDS:
            self.tabs.addTab(self.texts[key], "")
        self.tabs.addTab(options, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project Properties"))
        for key, text in (("name", self.tr("&Name:")), ("code", self.tr("C&ode:")),
                          ("manager", self.tr("&Manager:")), ("client", self.tr("C&lient:")),
                          ("start", self.tr("&Start date:")),
                          ("status", self.tr("S&tatus date:")),
                          ("currency", self.tr("C&urrency:")),
                          ("calendar", self.tr("Default c&alendar:")),
                          ("critical", self.tr("Tasks are c&ritical if slack is at most:")),
                          ("review", self.tr("Risk re&view interval:")),
                          ("scale", self.tr("Stakeholder power/interest sc&ale: 1 to"))):
            self.labels[key].setText(text)
        self.critical_days.setSuffix(self.tr(" days"))
        self.review_days.setSuffix(self.tr(" days"))
        self.scale_note.setText(self.tr(
            "Changing the scale rescales every stakeholder's power and interest to it."))
        self.has_status.setToolTip(self.tr("Set a status date"))
        for i, text in enumerate((self.tr("General"), self.tr("Description"),
                                  self.tr("Objectives"), self.tr("Success criteria"),
                                  self.tr("Options"))):
            self.tabs.setTabText(i, text)
        self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _validate(self) -> None:
        message = ""
        if not self.edits["name"].text().strip():
            message = self.tr("The project needs a name.")
        elif len(self.currency.currentText().strip()) != 3 or \
                not self.currency.currentText().strip().isalpha():
            message = self.tr("The currency must be a three-letter code such as CNY or USD.")
        elif self.has_status.isChecked() and self.status.date() < self.start.date():
            message = self.tr("The status date is before the project start.")
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {f: e.text().strip() for f, e in self.edits.items()}
        values.update({f: e.toPlainText() for f, e in self.texts.items()})
        values["start_date"] = self.start.date().toPython()
        values["start_minute"] = self.start_time.time().hour() * 60 + \
            self.start_time.time().minute()
        values["status_date"] = self.status.date().toPython() if self.has_status.isChecked() \
            else None
        values["currency"] = self.currency.currentText().strip().upper()
        values["calendar_id"] = self.calendar.currentData()
        values["critical_slack"] = self.critical_days.value() * max(1, self.project.minutes_per_day)
        values["review_interval_days"] = self.review_days.value()
        values["stakeholder_scale"] = self.scale.value()
        return values

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if getattr(self.project, k) != v}
