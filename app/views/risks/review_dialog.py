"""Review… : record a monthly review (date, scores, note) with the score history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.risk import Matrix, next_review
from app.core.risk_summary import RiskFacts
from app.models.risk_edits import ReviewInput
from app.views.formats import date_format, date_text
from app.views.risks.score_chart import ScoreChart


def level_combo(matrix: Matrix, axis: str, value: int | None, optional: bool,
                parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    if optional:
        combo.addItem("\u2014", None)
    for level in range(1, matrix.scale + 1):
        combo.addItem(f"{level} \u2014 {matrix.level_label(axis, level)}", level)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


class ReviewDialog(QDialog):
    def __init__(self, risk: RiskFacts, matrix: Matrix, today: date, interval: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risk, self.interval = risk, interval
        self.setWindowTitle(self.tr("Review {code}").format(code=risk.code))
        heading = QLabel(f"<b>{risk.code}</b> \u2014 {risk.title}", self)
        heading.setWordWrap(True)
        self.on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.probability = level_combo(matrix, "probability", risk.probability, False, self)
        self.impact = level_combo(matrix, "impact", risk.impact, False, self)
        self.residual_probability = level_combo(matrix, "probability",
                                                risk.residual_probability, True, self)
        self.residual_impact = level_combo(matrix, "impact", risk.residual_impact, True, self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What changed since the last review"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.next_label = QLabel(self)
        self.on.dateChanged.connect(self._update_next)
        form = QFormLayout()
        form.addRow(self.tr("Review &date:"), self.on)
        inherent = QHBoxLayout()
        inherent.addWidget(self.probability, 1)
        inherent.addWidget(QLabel("\u00d7", self))
        inherent.addWidget(self.impact, 1)
        residual = QHBoxLayout()
        residual.addWidget(self.residual_probability, 1)
        residual.addWidget(QLabel("\u00d7", self))
        residual.addWidget(self.residual_impact, 1)
        form.addRow(self.tr("&Probability \u00d7 impact:"), inherent)
        form.addRow(self.tr("&Residual:"), residual)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.next_label)
        for label, field in ((form.labelForField(inherent), self.probability),
                             (form.labelForField(residual), self.residual_probability)):
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.chart = ScoreChart(self)
        self.chart.set_history(matrix, risk.reviews, (self.tr("Score"),
                                                      self.tr("Residual score")),
                               self.tr("No reviews yet"))
        self.history = QTableWidget(len(risk.reviews), 3, self)
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Score"),
                                                self.tr("Note")])
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, review in enumerate(reversed(risk.reviews)):
            residual_text = "" if review.residual_score is None else \
                f" / {review.residual_score}"
            for col, text in enumerate((date_text(review.reviewed_on),
                                        f"{review.probability}\u00d7{review.impact} = "
                                        f"{review.score}{residual_text}", review.note)):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record Review"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Score history"), self))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self._update_next()
        self.resize(560, 640)

    def _update_next(self) -> None:
        self.next_label.setText(self.tr("The next review will be due on {date}.").format(
            date=date_text(next_review(self.reviewed_on(), self.interval))))

    def reviewed_on(self) -> date:
        qd = self.on.date()
        return date(qd.year(), qd.month(), qd.day())

    def review(self) -> ReviewInput:
        return ReviewInput(self.reviewed_on(), self.probability.currentData(),
                           self.impact.currentData(), self.residual_probability.currentData(),
                           self.residual_impact.currentData(), self.note.toPlainText())
