"""Small pieces of the page: a titled panel, the question asked before a delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.stakeholders import DeletionImpact

LISTED = 5  # names shown before "and N more"



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


AND_MORE = QT_TRANSLATE_NOOP("StakeholdersPage", "and {count} more")
DELETE_WHO = QT_TRANSLATE_NOOP("StakeholdersPage", "Delete {names}?")
ALSO = QT_TRANSLATE_NOOP("StakeholdersPage", "This also changes:")
TASKS = QT_TRANSLATE_NOOP("StakeholdersPage", "task assignments removed ({count}): {tasks}")
RISKS = QT_TRANSLATE_NOOP("StakeholdersPage", "risks left without an owner ({count}): {risks}")
RACI = QT_TRANSLATE_NOOP("StakeholdersPage", "RACI letters removed with the column ({count})")
UNDO = QT_TRANSLATE_NOOP("StakeholdersPage", "Undo (Ctrl+Z) puts everything back.")


def _t(text: str) -> str:
    return QCoreApplication.translate("StakeholdersPage", text)


def _some(items: Sequence[str]) -> str:
    shown = ", ".join(items[:LISTED])
    if len(items) > LISTED:
        shown += " " + _t(AND_MORE).format(count=len(items) - LISTED)
    return shown


def deletion_question(names: Sequence[str], impact: DeletionImpact) -> str:
    """What a delete takes with it, said before it happens."""
    lines = [_t(DELETE_WHO).format(names=_some([f"\u201c{n}\u201d" for n in names])), "",
             _t(ALSO)]
    if impact.tasks:
        lines.append("\u2022 " + _t(TASKS).format(count=len(impact.tasks),
                                                   tasks=_some(impact.tasks)))
    if impact.risks:
        lines.append("\u2022 " + _t(RISKS).format(count=len(impact.risks),
                                                   risks=_some(impact.risks)))
    if impact.raci_letters:
        lines.append("\u2022 " + _t(RACI).format(count=impact.raci_letters))
    lines += ["", _t(UNDO)]
    return "\n".join(lines)
