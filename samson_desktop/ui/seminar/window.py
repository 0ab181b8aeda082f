"""The peer-learning seminar window: the organiser's choices and the four views the room sees."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ...core.seminar import Seminar, SeminarError
from ...fileformat.portfolio_files import session_files
from .. import i18n
from ..theme import theme
from ..widgets.labels import plain_markup
from . import files
from .cases_page import CasesPage
from .deck import DeckBuilder
from .field_page import FieldPage
from .inside_page import InsidePage
from .setup import SeminarSetup
from .side_by_side import SideBySide
from .strong_page import StrongPage

CASES_TAB, SIDE_TAB, FIELD_TAB, STRONG_TAB, INSIDE_TAB = range(5)
SEMINAR_FILTER_SUFFIX = "*.samson-seminar"


class SeminarWindow(QMainWindow):
    """Pick the sessions and the sharing choices; show side by side, field by field, what the strong ones do and
    inside each case; save the choices; build the deck. Everything shown comes from the shared ``Seminar``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("SeminarWindow")
        self.setup = SeminarSetup()
        self.seminar: Seminar | None = None
        self.seminar_path: Path | None = None
        self._presentation = False
        self._maximized_before = False
        #: What went wrong reading the files picked last (one plain line each).
        self._problems: list[str] = []

        self.cases_page = CasesPage(self.setup, self.language)
        self.side_by_side = SideBySide()
        self.field_page = FieldPage()
        self.strong_page = StrongPage()
        self.inside_page = InsidePage()
        self.tabs = QTabWidget()
        for page in (self.cases_page, self.side_by_side, self.field_page, self.strong_page, self.inside_page):
            self.tabs.addTab(page, "")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs, 1)
        self.deck = DeckBuilder(self)
        layout.addWidget(self.deck)
        self.setCentralWidget(central)
        self._connect()
        self._keys()
        self.retranslate()
        self._rebuild()
        self.resize(1280, 720)

    def _connect(self) -> None:
        page = self.cases_page
        page.sharingChanged.connect(self._rebuild)
        page.removeRequested.connect(self._remove_case)
        page.addFilesRequested.connect(self.choose_files)
        page.addFolderRequested.connect(self.choose_folder)
        page.openRequested.connect(self.choose_seminar_file)
        page.saveRequested.connect(self.save_seminar)
        page.latestTwoChanged.connect(self._set_latest_two)
        page.titleChanged.connect(self._set_title)
        self.tabs.currentChanged.connect(self._tab_changed)
        theme().changed.connect(self._theme_changed)
        i18n.manager().languageChanged.connect(self.retranslate)

    def _keys(self) -> None:
        bindings = [
            (QKeySequence.StandardKey.Close, self.close),
            (Qt.Key.Key_Escape, self.escape),
            (Qt.Key.Key_F11, lambda: self.set_presentation(not self._presentation)),
            ("Ctrl+Shift+H", lambda: theme().set_high_contrast(not theme().high_contrast)),
            ("Ctrl+O", self.choose_seminar_file),
            ("Ctrl+S", self.save_seminar),
            ("Ctrl+Shift+O", self.choose_files),
            ("Ctrl+P", self.deck.build),
            ("Ctrl+=", theme().zoom_in), ("Ctrl++", theme().zoom_in), ("Ctrl+-", theme().zoom_out),
            ("Ctrl+0", lambda: theme().set_zoom(1.0)),
            ("Ctrl+PgDown", lambda: self._next_tab(1)), ("Ctrl+PgUp", lambda: self._next_tab(-1)),
        ]
        for tab in range(self.tabs.count()):
            bindings.append((f"Ctrl+{tab + 1}", lambda t=tab: self.show_tab(t)))
        self.shortcuts = []
        for key, slot in bindings:
            self.shortcuts.append(QShortcut(QKeySequence(key), self, activated=slot))

    # --- language ------------------------------------------------------------------------------
    def language(self) -> str:
        """The language the room sees: the interface's."""
        return i18n.manager().language()

    def retranslate(self, *_args) -> None:
        titles = [self.tr("Cases and sharing"), self.tr("Side by side"), self.tr("Field by field"),
                  self.tr("What the strong ones do"), self.tr("Inside each case")]
        for tab, title in enumerate(titles):
            self.tabs.setTabText(tab, f"&{tab + 1} {title}")
            self.tabs.setTabToolTip(tab, self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(tab + 1)))
        self.tabs.setAccessibleName(self.tr("Seminar views"))
        self.cases_page.retranslate()
        self.deck.retranslate()
        for view in (self.side_by_side, self.field_page, self.strong_page, self.inside_page):
            view.retranslate()
        self._rebuild()

    # --- the seminar ---------------------------------------------------------------------------
    def _rebuild(self, *_args) -> None:
        """Build the shared seminar from the choices and show it in every view."""
        language = self.language()
        message = ""
        try:
            self.seminar = self.setup.build(language) if self.setup.session_count() else None
        except SeminarError as exc:
            self.seminar = None
            message = exc.text(language)
        if not self.setup.session_count():
            message = self.tr("No sessions yet: add the session files of two or more collaborations.")
        self.cases_page.set_message("\n".join(part for part in (message, *self._problems) if part))
        self.setWindowTitle(self._window_title())
        has = self.seminar is not None
        for tab in range(SIDE_TAB, self.tabs.count()):
            self.tabs.setTabEnabled(tab, has)
        self.deck.set_enabled(has)
        if not has:
            if self.tabs.currentIndex() != CASES_TAB:
                self.tabs.setCurrentIndex(CASES_TAB)
            return
        for view in (self.side_by_side, self.field_page, self.strong_page, self.inside_page):
            view.set_seminar(self.seminar)

    def _window_title(self) -> str:
        title = self.setup.title.strip() or self.tr("Peer-learning seminar")
        return f"{title} — SAMSON"

    def _set_title(self, text: str) -> None:
        self.setup.title = text
        self._rebuild()

    def _set_latest_two(self, on: bool) -> None:
        self.setup.latest_two = on
        self.cases_page.show_cases()
        self._rebuild()

    def _remove_case(self, key: str) -> None:
        self.setup.remove_case(key)
        self.cases_page.show_cases()
        self._rebuild()

    # --- files ---------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add session files"), "",
                                                      self.tr("SAMSON sessions (*.samson);;All files (*)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of sessions"))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        self.add_paths(session_files(folder))

    def add_paths(self, paths: Sequence[Path]) -> None:
        loaded = files.read_sessions(list(paths), self)
        self.setup.add(loaded.sessions)
        self._problems = loaded.problems
        self.cases_page.show_cases()
        self._rebuild()

    def choose_seminar_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a seminar"), "", self.tr("SAMSON seminars (%1);;All files (*)")
            .replace("%1", SEMINAR_FILTER_SUFFIX))
        if name:
            self.open_seminar(Path(name))

    def open_seminar(self, path: Path) -> bool:
        try:
            self._problems = files.open_seminar_file(path, self.setup, self)
        except files.SeminarFileError as exc:
            QMessageBox.warning(self, self.tr("The seminar could not be opened"),
                                plain_markup(exc.summary(i18n.message_language())))
            return False
        self.seminar_path = path
        self.cases_page.show_cases()
        self._rebuild()
        return True

    def save_seminar(self) -> bool:
        if not self.setup.session_count():
            return False
        suggestion = str(self.seminar_path or Path(self.tr("seminar") + ".samson-seminar"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the seminar"), suggestion,
            self.tr("SAMSON seminars (%1)").replace("%1", SEMINAR_FILTER_SUFFIX))
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".samson-seminar"):
            path = path.with_name(path.name + ".samson-seminar")
        try:
            files.save_seminar_file(path, self.setup, None)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The seminar was not saved"),
                                plain_markup(f"{path.name}: {exc.strerror or exc}"))
            return False
        self.seminar_path = path
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 10000)
        return True

    # --- views and keys ------------------------------------------------------------------------
    def show_tab(self, tab: int) -> None:
        if tab != CASES_TAB:
            self.cases_page.hide_real_names()
        if self.tabs.isTabEnabled(tab) and self.tabs.isTabVisible(tab):
            self.tabs.setCurrentIndex(tab)
            widget = self.tabs.currentWidget()
            focus = {SIDE_TAB: lambda: self.side_by_side.tiles[0] if self.side_by_side.tiles else widget,
                     FIELD_TAB: lambda: self.field_page.lines, STRONG_TAB: lambda: self.strong_page.fields,
                     INSIDE_TAB: lambda: self.inside_page.cases}.get(tab, lambda: widget)()
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _next_tab(self, step: int) -> None:
        tab = self.tabs.currentIndex()
        for _ in range(self.tabs.count()):
            tab = (tab + step) % self.tabs.count()
            if self.tabs.isTabEnabled(tab) and self.tabs.isTabVisible(tab):
                self.show_tab(tab)
                return

    def _tab_changed(self, tab: int) -> None:
        # The room's views are on the wall: the organiser's real names go away.
        if tab != CASES_TAB:
            self.cases_page.hide_real_names()

    def escape(self) -> None:
        """Esc: back from one case large or from a case's questions, then out of presentation, then close."""
        if self.tabs.currentIndex() == SIDE_TAB and self.side_by_side.show_grid():
            return
        if self.tabs.currentIndex() == FIELD_TAB and self.field_page.close_questions():
            self.field_page.lines.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._presentation:
            self.set_presentation(False)
            return
        self.close()

    def is_presentation(self) -> bool:
        return self._presentation

    def set_presentation(self, on: bool) -> None:
        """Full screen and large type for the wall; the organiser's real names are hidden first."""
        if on == self._presentation:
            return
        self._presentation = on
        if on:
            self.cases_page.hide_real_names()
            self._maximized_before = self.isMaximized()
        self.statusBar().setVisible(not on)
        self.deck.setVisible(not on)
        self.side_by_side.set_presentation(on)
        self.field_page.set_presentation(on)
        # The organiser's page is not for the wall; its tab gives the others room in large type.
        if on and self.tabs.currentIndex() == CASES_TAB and self.seminar is not None:
            self.show_tab(SIDE_TAB)
        self.tabs.setTabVisible(CASES_TAB, not on or self.seminar is None)
        theme().set_presentation(on)
        if on:
            self.showFullScreen()
        elif self._maximized_before:
            self.showMaximized()
        else:
            self.showNormal()

    def _theme_changed(self) -> None:
        self.side_by_side.set_high_contrast(theme().high_contrast)
        for view in (self.field_page.lines, self.inside_page.lines):
            view.update()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self._presentation:
            self.set_presentation(False)
        self.deck.shutdown()
        event.accept()


def open_seminar_window(parent: QWidget | None = None, folder: Path | None = None,
                        seminar_file: Path | None = None) -> SeminarWindow:
    """Open the seminar window, empty, with the sessions of ``folder``, or with a saved seminar."""
    window = SeminarWindow(parent)
    window.show()
    if seminar_file is not None:
        window.open_seminar(seminar_file)
    elif folder is not None:
        window.add_folder(folder)
    return window
