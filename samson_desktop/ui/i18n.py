"""Switch the interface language at run time: swap the Qt translators and tell every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..resources import translations_path

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
#: The locale behind each interface language: number and date formats, Qt's own strings.
LOCALES = {"nb": "nb_NO", "en": "en_GB"}


def language_name(language: str) -> str:
    """A language's name in that language, the way people look for it in a menu."""
    return {"nb": "Norsk bokmål", "en": "English"}.get(language, language)


class LanguageManager(QObject):
    """Owns the installed translators; ``languageChanged`` fires once per switch, after the swap."""

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._language = ""
        self._translators: list[QTranslator] = []

    def language(self) -> str:
        return self._language or DEFAULT_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Install the translators for ``language``; returns True when the language changed."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self._language:
            return False
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        locale = QLocale(LOCALES[language])
        QLocale.setDefault(locale)
        # Qt's own strings first, so that our file (installed last, searched first) wins.
        qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        self._install(f"qtbase_{language}", qt_folder)
        self._install(f"samson_{language}", str(translations_path()))
        self._language = language
        self.languageChanged.emit(language)
        return True

    def _install(self, name: str, folder: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
            self._translators.append(translator)

    def reset(self) -> None:
        """Remove every translator installed here, back to the untranslated source strings."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators = []
        self._language = ""

    def loaded_files(self) -> list[str]:
        return [t.filePath() for t in self._translators]


_manager: LanguageManager | None = None


def manager() -> LanguageManager:
    """The application's one language manager."""
    global _manager
    if _manager is None:
        _manager = LanguageManager()
    return _manager


def message_language() -> str:
    """The language of messages built outside Qt (file problems): the one installed, else English,
    the language of the untranslated interface."""
    return manager()._language or "en"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
