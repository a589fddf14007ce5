"""Loading our translations and Qt's own, and switching language while running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import i18n
from app.paths import resources_dir


class Translations:
    """Owns the installed translators; `set_language` takes effect at once.

    Qt then sends every widget a LanguageChange event; widgets re-set their texts
    in `changeEvent`. Pure modules translate through app.core.i18n, which is pointed
    at QCoreApplication.translate here.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []
        i18n.install(QCoreApplication.translate)

    def set_language(self, language: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                               QLocale.Country.UnitedStates))
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{language}", qt_dir),
                                 (f"planwright_{language}", str(resources_dir() / "i18n"))):
                translator = QTranslator(self.app)
                if translator.load(name, folder):
                    self.app.installTranslator(translator)
                    self._installed.append(translator)
