"""The PDF report's options: sections, paper, Gantt width, confidential people, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.options import Paper, ReportOptions, Section
from app.ui.settings import Settings

KEY = "report"  # settings group remembering the last choices


class ReportDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("PDF Status Report"))
        sections = QGroupBox(self.tr("Sections"))
        column = QVBoxLayout(sections)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(section.label)
            box.toggled.connect(self._update)
            column.addWidget(box)
            self.section_boxes[section] = box
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(paper.value, paper)
        self.pages_wide = QSpinBox()
        self.pages_wide.setRange(0, 20)
        self.pages_wide.setSpecialValueText(self.tr("Readable scale (as many as needed)"))
        self.pages_wide.setSuffix(self.tr(" pages wide"))
        self.confidential = QCheckBox(self.tr("Include stakeholders marked &confidential"))
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Gantt chart:"), self.pages_wide)
        logo_label = QLabel(self.tr("&Logo on the cover:"))
        logo_label.setBuddy(self.logo)  # a row holding a layout gets no buddy by itself
        form.addRow(logo_label, logo_row)
        form.addRow("", self.confidential)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export\u2026"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sections)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._restore()

    def _restore(self) -> None:
        chosen = str(self.settings.value(f"{KEY}/sections", ",".join(Section)) or "")
        for section, box in self.section_boxes.items():
            box.setChecked(section.value in chosen.split(","))
        paper = str(self.settings.value(f"{KEY}/paper", Paper.A4.value))
        self.paper.setCurrentIndex(max(0, self.paper.findText(paper)))
        try:
            self.pages_wide.setValue(int(self.settings.value(f"{KEY}/pages_wide", 0) or 0))
        except (TypeError, ValueError):
            self.pages_wide.setValue(0)
        self.logo.setText(str(self.settings.value(f"{KEY}/logo", "") or ""))
        # Confidential people are never included by default, whatever was chosen last.
        self.confidential.setChecked(False)
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(any(b.isChecked() for b in self.section_boxes.values()))
        self.pages_wide.setEnabled(self.section_boxes[Section.SCHEDULE].isChecked())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Logo"),
                                              self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def options(self) -> ReportOptions:
        logo = self.logo.text().strip()
        return ReportOptions(
            sections=tuple(s for s, b in self.section_boxes.items() if b.isChecked()),
            paper=Paper(self.paper.currentData()), pages_wide=self.pages_wide.value(),
            include_confidential=self.confidential.isChecked(),
            logo=Path(logo) if logo and Path(logo).is_file() else None)

    def accept(self) -> None:
        options = self.options()
        self.settings.set_value(f"{KEY}/sections", ",".join(options.sections))
        self.settings.set_value(f"{KEY}/paper", options.paper.value)
        self.settings.set_value(f"{KEY}/pages_wide", options.pages_wide)
        self.settings.set_value(f"{KEY}/logo", self.logo.text().strip())
        super().accept()
