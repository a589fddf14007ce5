"""Small pieces of the page: a titled panel, the question asked before a delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.models.stakeholders import DeletionImpact

CONTEXT = "StakeholdersPage"
LISTED = 5  # names shown before "and N more"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def panel(body: QWidget) -> tuple[QLabel, QLabel, QWidget]:
    """`body` under a bold title and a one-line hint; returns (title, hint, panel)."""
    container = QWidget()
    title, hint = QLabel(container), QLabel(container)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    hint.setWordWrap(True)
    hint.setEnabled(False)  # drawn in the palette's quieter colour
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    layout.addWidget(hint)
    return title, hint, container


def _some(items: Sequence[str]) -> str:
    shown = ", ".join(items[:LISTED])
    if len(items) > LISTED:
        shown += " " + tr("and {count} more").format(count=len(items) - LISTED)
    return shown


def deletion_question(names: Sequence[str], impact: DeletionImpact) -> str:
    """What a delete takes with it, said before it happens."""
    lines = [tr("Delete {names}?").format(names=_some([f"\u201c{n}\u201d" for n in names])),
             "", tr("This also changes:")]
    if impact.tasks:
        lines.append("\u2022 " + tr("task assignments removed ({count}): {tasks}").format(
            count=len(impact.tasks), tasks=_some(impact.tasks)))
    if impact.risks:
        lines.append("\u2022 " + tr("risks left without an owner ({count}): {risks}").format(
            count=len(impact.risks), risks=_some(impact.risks)))
    if impact.raci_letters:
        lines.append("\u2022 " + tr("RACI letters removed with the column ({count})").format(
            count=impact.raci_letters))
    lines += ["", tr("Undo (Ctrl+Z) puts everything back.")]
    return "\n".join(lines)
