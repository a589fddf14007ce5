"""Persistent user settings (QSettings in an INI file the CLI can read too)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.language import LANGUAGES, settings_file, system_language

MAX_RECENT = 10


class Settings:
    def __init__(self) -> None:
        path = settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self.qsettings.value("language", "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value)

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        if isinstance(value, str):  # QSettings hands back a lone string for one item
            value = [value]
        return [Path(p) for p in value or []]

    def add_recent(self, path: Path) -> None:
        items = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self.qsettings.setValue("recent_files",
                                [str(p) for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self.qsettings.setValue("recent_files", [])

    def last_file(self) -> Path | None:
        recent = self.recent_files()
        return recent[0] if recent else None

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return (self.qsettings.value("window/geometry"), self.qsettings.value("window/state"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def value(self, key: str, default: object = None) -> object:
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()
