"""Actions declared once: id, menu, text, shortcut, icon and handler."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.icons import icon

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # source text in context "MainWindow", translated on every language change
    handler: Callable[[], object]
    shortcut: Shortcut = None
    icon: str = ""
    tip: str = ""


def build_actions(parent: QWidget, specs: Sequence[ActionSpec]) -> dict[str, QAction]:
    actions = {}
    for spec in specs:
        action = QAction(parent)
        action.setObjectName(spec.id)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _=False, h=spec.handler: h())
        parent.addAction(action)
        actions[spec.id] = action
    return actions


def retranslate_actions(actions: dict[str, QAction], specs: Sequence[ActionSpec]) -> None:
    for spec in specs:
        action = actions[spec.id]
        action.setText(QCoreApplication.translate("MainWindow", spec.text))
        tip = QCoreApplication.translate("MainWindow", spec.tip) if spec.tip else \
            action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
