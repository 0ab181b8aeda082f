"""The workshop window: seven steps on a stack, a step bar to jump anywhere, menus and keyboard control."""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import i18n
from .error_dialog import as_message, show_file_error
from .settings import Settings
from .theme import theme

if TYPE_CHECKING:
    from ..core.model import Session
    from .autosave import Autosaver
    from .document import Change, SessionDocument

# The session, file and scoring modules are imported where first needed, and the Qt namespace
# (whose first use costs PySide6 ~15 ms) is reached as QtCore.Qt inside methods that run after
# the first paint: the window paints its start page before any of that is loaded.

START, SETUP, WEIGHTING, QUESTIONS, OVERVIEW, MEASURES, REPORT = range(7)
STEP_COUNT = 7
STEP_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Start"),
    QT_TRANSLATE_NOOP("MainWindow", "Setup"),
    QT_TRANSLATE_NOOP("MainWindow", "Weighting"),
    QT_TRANSLATE_NOOP("MainWindow", "Questions"),
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Measures"),
    QT_TRANSLATE_NOOP("MainWindow", "Report"),
)
#: Pages from their own modules: step -> (module in samson_desktop.ui.pages, class name).
EXTERNAL_PAGES = {
    QUESTIONS: ("question_page", "QuestionPage"),
    OVERVIEW: ("overview_page", "OverviewPage"),
    MEASURES: ("measures_page", "MeasuresPage"),
}
#: Pages shown inside a scroll area: where zoom or many voices need more room than the screen has,
#: they scroll instead of pushing the window beyond the screen.
SCROLLED_PAGES = (START, QUESTIONS, OVERVIEW, MEASURES, REPORT)
SESSION_FILTER = QT_TRANSLATE_NOOP("MainWindow", "SAMSON sessions (*.samson)")
ANSWER_KEYS = {**{str(d): (10 if d == 0 else d) for d in range(10)}, "N": 0}


def _sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        for seq in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]):
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


class _FirstPaint(QObject):
    """Calls back once, right after the window's first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class _TextFieldKeys(QObject):
    """Keys of the window inside text fields: Ctrl+Z undoes the document (which holds the field's
    edits too) and Esc leaves the field, so that the digit keys answer again."""

    def __init__(self, undo_keys: list[QKeySequence], parent: QObject):
        super().__init__(parent)
        self._undo_keys = undo_keys

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.ExactMatch for k in self._undo_keys):
                return True  # not accepted by the field, so the window's Undo/Redo shortcut fires
        elif (kind == QEvent.KeyPress and event.key() == QtCore.Qt.Key_Escape
              and event.modifiers() == QtCore.Qt.NoModifier):
            if isinstance(obj, QWidget) and obj.hasFocus():
                obj.clearFocus()
                return True
        return False


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is missing from this installation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setProperty("role", "lead")
        self.label.setAlignment(QtCore.Qt.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This part of SAMSON is not available in this installation."))

    def set_presentation(self, on: bool) -> None:
        pass


class MainWindow(QMainWindow):
    """One session per window; every edit goes through ``document`` and its undo stack."""

    stepChanged = Signal(int)
    #: Right after the first paint; slots run before the remaining pages are built.
    painted = Signal()
    #: After the first paint, once the document and every page exist.
    ready = Signal()

    def __init__(self, session: Session | None = None, path: Path | None = None,
                 settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings.load()
        self._document: SessionDocument | None = None
        self.autosaver: Autosaver | None = None
        self._pages: list[QWidget | None] = [None] * STEP_COUNT
        self._presentation = False
        self._maximized_before = False
        self._texts: list[tuple[object, Callable[[], str]]] = []
        self.actions: dict[str, QAction] = {}

        i18n.manager().set_language(self.settings.language)
        self._sync_theme()
        self.setObjectName("SamsonMainWindow")
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._text_keys = _TextFieldKeys(
            self.actions["undo"].shortcuts() + self.actions["redo"].shortcuts(), self)

        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        i18n.manager().languageChanged.connect(self.retranslate)
        theme().changed.connect(self._on_theme_changed)
        if session is not None:
            self._create_document(session, path)
        self.retranslate()
        self._restore_geometry()
        self._first_paint = _FirstPaint(self, self._on_first_paint)
        self._setup_done = False
        self.go_to_step(START if session is None else SETUP)

    # =====================================================================================
    # building
    # =====================================================================================
    def _action(self, name: str, slot: Callable, keys: tuple = (), text: Callable[[], str] | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts(_sequences(*keys))
        # The default context, Qt.WindowShortcut: a window-wide key, yet text fields keep their typing.
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        # Added to the window as well, so shortcuts work while the menu bar is hidden (presentation).
        self.addAction(action)
        self.actions[name] = action
        if text is not None:
            self._texts.append((action, text))
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("new", self.new_session, (QKeySequence.New,), lambda: self.tr("&New session"))
        a("open", self.open_dialog, (QKeySequence.Open,), lambda: self.tr("&Open…"))
        a("save", self.save, (QKeySequence.Save,), lambda: self.tr("&Save"))
        a("save_as", self.save_as, ("Ctrl+Shift+S",), lambda: self.tr("Save &as…"))
        a("export_report", self.export_report, ("Ctrl+P",), lambda: self.tr("Export &report…"))
        a("export_csv", self.export_csv, (), lambda: self.tr("Export &CSV…"))
        a("quit", self.quit_app, (QKeySequence.Quit, "Ctrl+Q"), lambda: self.tr("&Quit"))
        a("undo", self.undo, ("Ctrl+Z",), lambda: self._undo_text())
        a("redo", self.redo, ("Ctrl+Shift+Z", "Ctrl+Y"), lambda: self._redo_text())
        a("presentation", self.toggle_presentation, ("F11",), lambda: self.tr("&Presentation mode"), checkable=True)
        a("leave_presentation", lambda: self.set_presentation(False), ("Esc",))
        a("zoom_in", self.zoom_in, ("Ctrl+=", "Ctrl++"), lambda: self.tr("Zoom &in"))
        a("zoom_out", self.zoom_out, ("Ctrl+-",), lambda: self.tr("Zoom &out"))
        a("zoom_reset", self.zoom_reset, ("Ctrl+0",), lambda: self.tr("&Normal size"))
        a("high_contrast", self.set_high_contrast, ("Ctrl+Shift+H",), lambda: self.tr("&High contrast"), checkable=True)
        a("next", self.go_next, ("PgDown", "Alt+Right"), lambda: self.tr("&Next question"))
        a("previous", self.go_previous, ("PgUp", "Alt+Left"), lambda: self.tr("&Previous question"))
        a("focus_note", self.focus_note, ("F2", "Ctrl+L"), lambda: self.tr("Write a &note"))
        for step in range(STEP_COUNT):
            a(f"step_{step + 1}", lambda _c=False, s=step: self.go_to_step(s, focus=True), (f"Ctrl+{step + 1}",),
              lambda s=step: f"&{s + 1}  " + self.step_name(s))
        a("keys", self.show_keyboard_help, ("F1",), lambda: self.tr("&Keyboard shortcuts"))
        a("about", self.show_about, (), lambda: self.tr("&About SAMSON"))
        self.actions["leave_presentation"].setEnabled(False)
        for label, key in ANSWER_KEYS.items():
            keys = [label] + ([f"Num+{label}"] if label.isdigit() else [])
            a(f"answer_{label}", lambda _c=False, k=key: self.answer_key(k), tuple(keys))
        self.language_group = QActionGroup(self)
        for language in i18n.LANGUAGES:
            action = self._action(f"language_{language}", lambda _c=False, lang=language: self.set_language(lang),
                                  checkable=True)
            action.setText(i18n.language_name(language))  # a language is named in itself
            self.language_group.addAction(action)

    def _menu(self, bar_or_menu, text: Callable[[], str]) -> QMenu:
        menu = bar_or_menu.addMenu("")
        self._texts.append((menu, text))
        return menu

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, lambda: self.tr("&File"))
        file_menu.addAction(self.actions["new"])
        file_menu.addAction(self.actions["open"])
        self.recent_menu = self._menu(file_menu, lambda: self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_menu = self._menu(file_menu, lambda: self.tr("Open &demo"))
        self.demo_menu.aboutToShow.connect(self._fill_demo_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.actions["save"])
        file_menu.addAction(self.actions["save_as"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["export_report"])
        file_menu.addAction(self.actions["export_csv"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["quit"])

        edit_menu = self._menu(bar, lambda: self.tr("&Edit"))
        edit_menu.addAction(self.actions["undo"])
        edit_menu.addAction(self.actions["redo"])

        view_menu = self._menu(bar, lambda: self.tr("&View"))
        view_menu.addAction(self.actions["presentation"])
        view_menu.addSeparator()
        view_menu.addAction(self.actions["zoom_in"])
        view_menu.addAction(self.actions["zoom_out"])
        view_menu.addAction(self.actions["zoom_reset"])
        view_menu.addSeparator()
        view_menu.addAction(self.actions["high_contrast"])
        language_menu = self._menu(view_menu, lambda: self.tr("&Language"))
        for language in i18n.LANGUAGES:
            language_menu.addAction(self.actions[f"language_{language}"])

        go_menu = self._menu(bar, lambda: self.tr("&Go"))
        go_menu.addAction(self.actions["next"])
        go_menu.addAction(self.actions["previous"])
        go_menu.addAction(self.actions["focus_note"])
        self.fields_menu = self._menu(go_menu, lambda: self.tr("&Field"))
        self.fields_menu.aboutToShow.connect(self._fill_fields_menu)
        go_menu.addSeparator()
        for step in range(STEP_COUNT):
            go_menu.addAction(self.actions[f"step_{step + 1}"])

        help_menu = self._menu(bar, lambda: self.tr("&Help"))
        help_menu.addAction(self.actions["keys"])
        help_menu.addAction(self.actions["about"])

    def _build_central(self) -> None:
        self.step_bar = QFrame()
        self.step_bar.setProperty("role", "stepbar")
        bar_layout = QHBoxLayout(self.step_bar)
        bar_layout.setContentsMargins(12, 6, 12, 6)
        bar_layout.setSpacing(6)
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.step_buttons: list[QPushButton] = []
        for step in range(STEP_COUNT):
            button = QPushButton()
            button.setProperty("role", "step")
            button.setCheckable(True)
            button.setObjectName(f"step_button_{step + 1}")
            button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            button.setMinimumWidth(32)  # the bar may get narrower than its texts; see _fit_step_bar
            self.step_group.addButton(button, step)
            self.step_buttons.append(button)
            bar_layout.addWidget(button)
        bar_layout.addStretch(1)
        self.step_group.idClicked.connect(lambda step: self.go_to_step(step))

        self.stack = QStackedWidget()
        for _step in range(STEP_COUNT):
            self.stack.addWidget(QWidget())  # filled in on first use, so start-up stays fast

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.file_label = QLabel()
        self.autosave_label = QLabel()
        self.zoom_label = QLabel()
        status.addWidget(self.file_label, 1)
        status.addPermanentWidget(self.autosave_label)
        status.addPermanentWidget(self.zoom_label)

    # --- pages -------------------------------------------------------------------------
    def _make_page(self, step: int, parent: QWidget) -> QWidget:
        if step == START:
            from .pages.start_page import StartPage

            page = StartPage(self.settings, demo_session_paths, parent)
            page.newRequested.connect(self.new_session)
            page.openRequested.connect(self.open_dialog)
            page.openPathRequested.connect(self.open_path)
            page.demoRequested.connect(self.open_demo)
            return page
        document = self.document
        if step == SETUP:
            from .pages.setup_page import SetupPage

            return SetupPage(document, parent)
        if step == WEIGHTING:
            from .pages.weighting_page import WeightingPage

            return WeightingPage(document, parent)
        if step == REPORT:
            from .pages.report_page import ReportPage

            return ReportPage(document, parent)
        module_name, class_name = EXTERNAL_PAGES[step]
        try:
            module = importlib.import_module(f"samson_desktop.ui.pages.{module_name}")
            page = getattr(module, class_name)(document, parent)
        except ImportError:
            traceback.print_exc(file=sys.stderr)
            return PlaceholderPage(parent)
        if step == QUESTIONS:
            page.questionChanged.connect(self._on_question_changed)
        if step == OVERVIEW:
            page.questionRequested.connect(self.show_question)
        return page

    def page(self, step: int) -> QWidget:
        """The page of a step, built on first use."""
        existing = self._pages[step]
        if existing is not None:
            return existing
        # Each page is built inside its final parent: with the application's style sheet, moving
        # a finished page into the window would restyle every widget in it once more.
        area = _scroll_area(self.stack) if step in SCROLLED_PAGES else None
        page = self._make_page(step, area.viewport() if area is not None else self.stack)
        page.setObjectName(f"page_{step + 1}")
        if area is not None:
            area.setWidget(page)
            area.setFocusProxy(page)
        placeholder = self.stack.widget(step)
        current = self.stack.currentIndex()
        self.stack.insertWidget(step, area or page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current >= 0:
            self.stack.setCurrentIndex(current)
        self._pages[step] = page
        if self._presentation:
            page.set_presentation(True)
        return page

    def built_pages(self) -> list[QWidget]:
        return [p for p in self._pages if p is not None]

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Give each text field of this window the window's Ctrl+Z and Esc as it gains the focus;
        this also covers fields that pages create later (a new voice row, a table editor)."""
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

        if new is not None and isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)) \
                and new.window() is self and not new.property("samsonTextKeys"):
            new.setProperty("samsonTextKeys", True)
            new.installEventFilter(self._text_keys)

    def _on_first_paint(self) -> None:
        self.painted.emit()
        QTimer.singleShot(0, self.finish_setup)

    def finish_setup(self) -> None:
        """Build what the first paint did not need: the document and every page."""
        if self._setup_done:
            return
        self._setup_done = True
        self.document  # noqa: B018 - creates the document
        self.page(START).load_details()
        from PySide6.QtGui import QIcon

        icon_path = _icon_path()
        if icon_path:
            self.setWindowIcon(QIcon(str(icon_path)))
        for step in range(STEP_COUNT):
            self.page(step)
        self.ready.emit()

    # --- document ----------------------------------------------------------------------
    @property
    def document(self) -> SessionDocument:
        if self._document is None:
            from ..core.builders import new_session
            from ..fileformat.question_sets import standard_question_set

            self._create_document(new_session(standard_question_set(), language=i18n.manager().language()), None)
        return self._document

    def has_document(self) -> bool:
        return self._document is not None

    def _create_document(self, session: Session, path: Path | None) -> None:
        from . import session_claims
        from .autosave import Autosaver
        from .document import SessionDocument
        from .file_guard import FileGuard

        document = SessionDocument(session, path, self)
        self._document = document
        self.file_guard = FileGuard(self)
        self.autosaver = Autosaver(document, self)
        # The window claims the file it shows, so that no other window opens it as well.
        session_claims.follow(self, path)
        document.pathChanged.connect(lambda new_path: session_claims.follow(self, new_path))
        self.autosaver.saved.connect(self._on_autosaved)
        document.changed.connect(self._on_document_changed)
        document.dirtyChanged.connect(lambda _dirty: self._update_title())
        document.pathChanged.connect(lambda _path: self._update_title())
        stack = document.undo_stack
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.undoTextChanged.connect(self._update_undo_actions)
        stack.redoTextChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self._update_title()
        self._update_step_captions()

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in ("info", "session"):
            self._update_title()
        if change.kind in ("weight", "answer", "measures", "session"):
            self._update_step_captions()
        if change.kind == "session":
            self._update_file_label()

    def _is_pristine(self) -> bool:
        """True when this window holds nothing worth keeping: replacing it loses nothing."""
        if self._document is None:
            return True
        return not self._document.is_dirty()

    # =====================================================================================
    # files
    # =====================================================================================
    def maybe_save(self) -> bool:
        """Ask before unsaved changes would be lost; False means: stop, the user cancelled."""
        if self._document is None or not self._document.is_dirty():
            return True
        name = self._document.session.collaboration.name or self.tr("this session")
        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            as_message(self.tr("Save the changes to “%1” first?").replace("%1", name)),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_session(self) -> bool:
        if not self.maybe_save():
            return False
        from ..core.builders import new_session
        from ..fileformat.question_sets import standard_question_set

        language = i18n.manager().language()
        self.document.replace(new_session(standard_question_set(), language=language), None)
        self.go_to_step(SETUP)
        setup = self.page(SETUP)
        setup.name_edit.setFocus(QtCore.Qt.OtherFocusReason)
        return True

    def open_dialog(self) -> bool:
        folder = self.settings.last_folder or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a session"), folder,
            self.tr(SESSION_FILTER) + ";;" + self.tr("All files (*)"))
        if not name:
            return False
        return self.open_path(name)

    def open_path(self, file: str | Path) -> bool:
        path = Path(file)
        if self._document is not None and self._document.path and _same_file(self._document.path, path):
            return True  # already open here
        from ..fileformat import SessionFileError
        from ..fileformat.disk_guard import read_guarded
        from .file_guard import OpenChoice

        self.document  # noqa: B018 - the file guard comes with the document
        choice = self.file_guard.before_open(path)
        if choice in (OpenChoice.SHOWN, OpenChoice.CANCEL):
            return choice is OpenChoice.SHOWN
        if not self.maybe_save():
            return False
        try:
            session, disk = read_guarded(path)
        except SessionFileError as exc:
            show_file_error(self, exc)
            if not path.exists():
                self.settings.remove_recent(path)
                self.settings.save()
                self._refresh_recent()
            return False
        if choice is OpenChoice.COPY:
            # Not this file's window: saving asks for a new name, and the file stays the other window's.
            self.load_session(session, None)
            self.statusBar().showMessage(
                self.tr("A copy of %1: saving asks for a new file name").replace("%1", path.name), 10000)
        else:
            self.load_session(session, path.resolve(), disk=disk)
            self._remember(path)
        self.go_to_step(SETUP)
        return True

    def load_session(self, session: Session, path: Path | None, dirty: bool = False, disk=None) -> None:
        if self._document is None:
            self._create_document(session, path)
            if dirty or disk is not None:
                self._document.replace(session, path, dirty=dirty, disk=disk)
        else:
            self._document.replace(session, path, dirty=dirty, disk=disk)

    def reload(self) -> bool:
        """Show the session file as it is on disk now, throwing away this window's unsaved changes."""
        from ..fileformat import SessionFileError
        from ..fileformat.disk_guard import read_guarded

        path = self.document.path
        if path is None:
            return False
        try:
            session, disk = read_guarded(path)
        except SessionFileError as exc:
            show_file_error(self, exc)
            return False
        self.load_session(session, path, disk=disk)
        self.statusBar().showMessage(self.tr("Reloaded from the file"), 4000)
        return True

    def open_demo(self, index: int) -> bool:
        import uuid

        from ..fileformat import SessionFileError, read_session

        paths = demo_session_paths()
        if not 0 <= index < len(paths) or not self.maybe_save():
            return False
        try:
            session = read_session(paths[index])
        except SessionFileError as exc:
            show_file_error(self, exc)
            return False
        # A copy: its own id and no file, so saving never touches the demo.
        session.session_id = str(uuid.uuid4())
        self.load_session(session, None)
        self.go_to_step(OVERVIEW)
        return True

    def save(self) -> bool:
        document = self.document
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.document
        suggestion = document.path or Path(self.settings.last_folder or Path.home()) / self._suggested_name()
        while True:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the session"), str(suggestion), self.tr(SESSION_FILTER))
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() != ".samson":
                path = path.with_name(path.name + ".samson")
            if any(_same_file(path, demo) for demo in demo_session_paths()):
                QMessageBox.information(self, self.tr("Save the session"), self.tr(
                    "The demo sessions stay as they are. Please choose another file name."))
                suggestion = Path.home() / path.name
                continue
            if not self.file_guard.free_to_save_as(path):
                suggestion = path
                continue
            return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from .file_guard import Decision

        decision = self.file_guard.before_save(self.document, path)
        if decision is Decision.SAVE_AS:
            return self.save_as()
        if decision is Decision.RELOAD:
            self.reload()
            return False  # nothing of this window's was saved
        if decision is Decision.CANCEL:
            return False
        try:
            saved = self.document.save(path)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("The session was not saved"), as_message(
                self.tr("SAMSON could not write %1:\n%2\n\nYour changes are still here and in the "
                        "autosave. Try another folder.").replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))))
            return False
        self._remember(saved)
        self.statusBar().showMessage(self.tr("Saved"), 4000)
        self._update_file_label()
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_folder = str(Path(path).resolve().parent)
        self.settings.save()
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        start = self._pages[START]
        if start is not None:
            start.refresh_recent()

    def _suggested_name(self) -> str:
        session = self.document.session
        parts = [session.collaboration.name.strip(), session.time_point.label.strip()]
        stem = " ".join(p for p in parts if p) or self.tr("session")
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in stem).strip()
        return (safe or "session") + ".samson"

    def export_report(self) -> None:
        self.page(REPORT).export_report()

    def export_csv(self) -> None:
        self.page(REPORT).export_csv()

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    # --- recovery ----------------------------------------------------------------------
    def offer_recovery(self) -> int:
        """Offer every autosave left by a crash; returns how many sessions were recovered."""
        from .autosave import find_leftovers

        recovered = 0
        for leftover in find_leftovers():
            session = leftover.session
            name = session.collaboration.name or self.tr("a session without a name")
            when = leftover.saved_at.strftime("%Y-%m-%d %H:%M")
            answer = QMessageBox.question(
                self, self.tr("Recover unsaved changes?"),
                as_message(self.tr(
                    "SAMSON was not closed properly. Unsaved changes to “%1” from %2 were kept.\n\n"
                    "Yes: recover them. No: throw them away. Cancel: decide at the next start.")
                    .replace("%1", name).replace("%2", when)),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel, QMessageBox.Yes)
            if answer == QMessageBox.Yes:
                target = self if self._is_pristine() else MainWindow(settings=self.settings)
                original = leftover.original
                if original is not None and not self._free_for(target, original):
                    # Another window shows that file now: recovered as a copy, saved under a new name.
                    target.statusBar().showMessage(self.tr(
                        "%1 is open in another window: the recovered changes are a copy").replace(
                        "%1", original.name), 10000)
                    original = None
                target.load_session(session, original, dirty=True, disk=leftover.disk)
                target.go_to_step(SETUP)
                if target is not self:
                    _keep_open(target)
                    target.show()
                target.autosaver.flush()  # under this window's name, before the old copy goes
                if target.autosaver.current_file() != leftover.file:
                    leftover.discard()
                recovered += 1
            elif answer == QMessageBox.No:
                leftover.discard()
            else:
                leftover.release()
        return recovered

    @staticmethod
    def _free_for(window: "MainWindow", path: Path) -> bool:
        from . import session_claims

        here = session_claims.window_for(path)
        return here in (None, window) and (here is window or session_claims.owner_elsewhere(path) is None)

    # =====================================================================================
    # navigation and keys
    # =====================================================================================
    def step_name(self, step: int) -> str:
        return self.tr(STEP_NAMES[step])

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> QWidget:
        return self.page(self.current_step())

    def go_to_step(self, step: int, focus: bool = False) -> None:
        step = min(max(step, 0), STEP_COUNT - 1)
        page = self.page(step)
        self.stack.setCurrentIndex(step)
        self.step_buttons[step].setChecked(True)
        on_answer_page = step in (WEIGHTING, QUESTIONS)
        for label in ANSWER_KEYS:
            self.actions[f"answer_{label}"].setEnabled(on_answer_page)
        if focus or on_answer_page:
            page.setFocus(QtCore.Qt.OtherFocusReason)
        self.stepChanged.emit(step)

    def question_page(self):
        return self.page(QUESTIONS)

    def show_question(self, question_id: str) -> None:
        self.go_to_step(QUESTIONS)
        page = self.page(QUESTIONS)
        if hasattr(page, "show_question"):
            page.show_question(question_id)

    def answer_key(self, key: int) -> None:
        """1..10 or 0 for "not relevant", for the page on screen (weighting or questions)."""
        page = self.current_page()
        if hasattr(page, "answer_key"):
            page.answer_key(key)

    def go_next(self) -> None:
        step = self.current_step()
        if step == QUESTIONS:
            page = self.page(QUESTIONS)
            if hasattr(page, "next_question") and page.next_question():
                return
        self.go_to_step(step + 1, focus=True)

    def go_previous(self) -> None:
        step = self.current_step()
        if step == QUESTIONS:
            page = self.page(QUESTIONS)
            if hasattr(page, "previous_question") and page.previous_question():
                return
        self.go_to_step(step - 1, focus=True)

    def focus_note(self) -> None:
        if self.current_step() != QUESTIONS:
            self.go_to_step(QUESTIONS)
        page = self.page(QUESTIONS)
        if hasattr(page, "focus_note"):
            page.focus_note()

    def undo(self) -> None:
        if self._document is not None:
            self._document.undo_stack.undo()

    def redo(self) -> None:
        if self._document is not None:
            self._document.undo_stack.redo()

    def _on_question_changed(self, _question_id: str) -> None:
        self._update_step_captions()

    # =====================================================================================
    # view
    # =====================================================================================
    def is_presentation(self) -> bool:
        return self._presentation

    def toggle_presentation(self) -> None:
        self.set_presentation(not self._presentation)

    def set_presentation(self, on: bool) -> None:
        if on == self._presentation:
            self.actions["presentation"].setChecked(on)
            return
        self._presentation = on
        self.actions["presentation"].setChecked(on)
        self.actions["leave_presentation"].setEnabled(on)
        self.menuBar().setVisible(not on)
        self.step_bar.setVisible(not on)
        self.statusBar().setVisible(not on)
        theme().set_presentation(on)
        for page in self.built_pages():
            page.set_presentation(on)
        if on:
            self._maximized_before = self.isMaximized()
            self.showFullScreen()
        elif self._maximized_before:
            self.showMaximized()
        else:
            self.showNormal()

    def zoom_in(self) -> None:
        theme().zoom_in()
        self._store_view_settings()

    def zoom_out(self) -> None:
        theme().zoom_out()
        self._store_view_settings()

    def zoom_reset(self) -> None:
        theme().set_zoom(1.0)
        self._store_view_settings()

    def set_high_contrast(self, on: bool) -> None:
        theme().set_high_contrast(bool(on))
        self._store_view_settings()

    def _store_view_settings(self) -> None:
        self.settings.zoom = theme().zoom
        self.settings.theme = "high_contrast" if theme().high_contrast else "normal"
        self.settings.save()

    def _sync_theme(self) -> None:
        current = theme()
        wanted = (self.settings.zoom, self.settings.theme == "high_contrast")
        app = QApplication.instance()
        if (current.zoom, current.high_contrast) != wanted or not app.styleSheet():
            current.zoom, current.high_contrast = wanted
            current.apply()

    def _on_theme_changed(self) -> None:
        self._fit_step_bar()
        self.actions["high_contrast"].setChecked(theme().high_contrast)
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(theme().zoom * 100))))

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.settings.save()
        i18n.manager().set_language(language)

    # =====================================================================================
    # text
    # =====================================================================================
    def retranslate(self, *_args) -> None:
        for target, text in self._texts:
            if isinstance(target, QMenu):
                target.setTitle(text())
            else:
                target.setText(text())
        for step, button in enumerate(self.step_buttons):
            button.setAccessibleName(self.tr("Step %1: %2").replace("%1", str(step + 1))
                                     .replace("%2", self.step_name(step)))
            button.setToolTip(button.accessibleName() + f"  (Ctrl+{step + 1})")
        self.step_bar.setAccessibleName(self.tr("Steps of the workshop"))
        self.stack.setAccessibleName(self.tr("Current step"))
        self.actions[f"language_{i18n.manager().language()}"].setChecked(True)
        self.actions["high_contrast"].setChecked(theme().high_contrast)
        for page in self.built_pages():
            page.retranslate()
        self._update_step_captions()
        self._update_title()
        self._update_file_label()
        self._on_theme_changed()
        self._update_undo_actions()

    def _update_step_captions(self) -> None:
        counts: dict[int, str] = {}
        if self._document is not None:
            session = self._document.session
            counts[WEIGHTING] = f"{len(session.weights)}/4"
            total = len(session.question_set.questions())
            done = sum(1 for a in session.answers.values() if a.effective_score is not None or a.not_applicable)
            counts[QUESTIONS] = f"{done}/{total}"
            if session.measures:
                counts[MEASURES] = str(len(session.measures))
        self._step_texts = []
        for step, button in enumerate(self.step_buttons):
            named = f"{step + 1}  {self.step_name(step)}"
            full = f"{named}  {counts[step]}" if step in counts else named
            self._step_texts.append((full, named, str(step + 1)))
            button.setAccessibleDescription(counts.get(step, ""))
        self._fit_step_bar()

    def _fit_step_bar(self) -> None:
        """The longest step texts that fit the window: with counts, with names, or numbers only."""
        texts = getattr(self, "_step_texts", None)
        if not texts:
            return
        layout = self.step_bar.layout()
        for level in range(3):
            for button, variants in zip(self.step_buttons, texts):
                button.setText(variants[level])
            layout.invalidate()
            if layout.sizeHint().width() <= self.width():
                break

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_step_bar()

    def _update_title(self) -> None:
        parts = ["SAMSON"]
        if self._document is not None:
            session = self._document.session
            name = session.collaboration.name.strip() or self.tr("New session")
            if session.time_point.label:
                name += f" · {session.time_point.label}"
            parts.append(name)
            if self._document.path is not None:
                parts.append(self._document.path.name)
        title = " — ".join(parts)
        if self._document is not None and self._document.is_dirty():
            title += " *"
        # "[*]" is Qt's modified-marker; doubled it is shown as typed.
        self.setWindowTitle(title.replace("[*]", "[*][*]"))

    def _update_file_label(self) -> None:
        if self._document is None or self._document.path is None:
            self.file_label.setText(self.tr("Not saved to a file yet"))
        else:
            self.file_label.setTextFormat(QtCore.Qt.PlainText)
            self.file_label.setText(str(self._document.path))

    def _on_autosaved(self, _path: Path) -> None:
        from datetime import datetime

        self.autosave_label.setText(self.tr("Autosaved %1").replace("%1", datetime.now().strftime("%H:%M:%S")))

    def _undo_text(self) -> str:
        text = self._document.undo_stack.undoText() if self._document else ""
        return self.tr("&Undo %1").replace("%1", text).strip()

    def _redo_text(self) -> str:
        text = self._document.undo_stack.redoText() if self._document else ""
        return self.tr("&Redo %1").replace("%1", text).strip()

    def _update_undo_actions(self, *_args) -> None:
        stack = self._document.undo_stack if self._document else None
        self.actions["undo"].setEnabled(bool(stack and stack.canUndo()))
        self.actions["redo"].setEnabled(bool(stack and stack.canRedo()))
        self.actions["undo"].setText(self._undo_text())
        self.actions["redo"].setText(self._redo_text())

    # --- menus filled on demand --------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.existing_recent()
        for index, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{index % 10}  {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(no recent sessions)")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.settings.save()
        self._refresh_recent()

    def _fill_demo_menu(self) -> None:
        self.demo_menu.clear()
        for index, _path in enumerate(demo_session_paths()):
            action = self.demo_menu.addAction(self.tr("Demo, time point %1").replace("%1", str(index + 1)))
            action.triggered.connect(lambda _c=False, i=index: self.open_demo(i))

    def _fill_fields_menu(self) -> None:
        from ..core.model import localized

        self.fields_menu.clear()
        session = self.document.session
        for field in session.question_set.fields:
            if not field.questions:
                continue
            title = localized(field.title, session.language).replace("&", "&&")
            action = self.fields_menu.addAction(f"&{field.number}  {title}")
            action.triggered.connect(lambda _c=False, q=field.questions[0].id: self.show_question(q))

    # --- dialogs -----------------------------------------------------------------------
    def keyboard_shortcuts(self) -> list[tuple[str, str]]:
        return [
            (self.tr("1 … 9, 0"), self.tr("Answer the question (0 is 10); on the values page: weight the marked value")),
            (self.tr("N"), self.tr("Not relevant / don't know")),
            (self.tr("Page Down, Alt+Right"), self.tr("Next question; on other pages: next step")),
            (self.tr("Page Up, Alt+Left"), self.tr("Previous question; on other pages: previous step")),
            (self.tr("F2 or Ctrl+L"), self.tr("Write a note for the question")),
            (self.tr("Tab, Shift+Tab"), self.tr("Move between the controls of a page")),
            (self.tr("Esc"), self.tr("Leave the note field; leave presentation mode")),
            (self.tr("Ctrl+1 … Ctrl+7"), self.tr("Go to step 1 … 7")),
            (self.tr("Ctrl+Z"), self.tr("Undo")),
            (self.tr("Ctrl+Shift+Z, Ctrl+Y"), self.tr("Redo")),
            (self.tr("F11"), self.tr("Presentation mode on or off")),
            (self.tr("Ctrl+= / Ctrl+- / Ctrl+0"), self.tr("Larger / smaller / normal type")),
            (self.tr("Ctrl+Shift+H"), self.tr("High contrast on or off")),
            (self.tr("Ctrl+N, Ctrl+O, Ctrl+S"), self.tr("New, open, save")),
            (self.tr("Ctrl+P"), self.tr("Export the PDF report")),
            (self.tr("F1"), self.tr("This list")),
        ]

    def show_keyboard_help(self) -> None:
        from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                                       QTableWidget, QTableWidgetItem)

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("SAMSON: keyboard shortcuts"))
        rows = self.keyboard_shortcuts()
        table = QTableWidget(len(rows), 2, dialog)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        for row, (keys, meaning) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(meaning))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.setCurrentCell(-1, -1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(min(1100, self.width()), min(640, self.height()))
        self.keys_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SAMSON"), as_message(self.tr(
            "SAMSON desktop %1\n\nAn offline scorecard and dialogue tool for co-creation workshops: "
            "four values, seven action fields, measures, live charts and a PDF report.\n\n"
            "Free software under the MIT licence. Type: DejaVu Sans.").replace("%1", __version__)))

    # =====================================================================================
    # closing
    # =====================================================================================
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if not self.maybe_save():
            event.ignore()
            return
        if self._presentation:
            self.set_presentation(False)
        self.settings.window_geometry = bytes(self.saveGeometry()).hex()
        self.settings.save()
        if self.autosaver is not None:
            self.autosaver.close()
            from . import session_claims

            session_claims.release(self)
        event.accept()

    def _restore_geometry(self) -> None:
        restored = False
        if self.settings.window_geometry:
            try:
                restored = self.restoreGeometry(bytes.fromhex(self.settings.window_geometry))
            except ValueError:
                restored = False
        if not restored:
            self.resize(1280, 720)


def demo_session_paths() -> list[Path]:
    from ..fileformat.question_sets import demo_session_paths as paths

    return paths()


def _scroll_area(parent: QWidget) -> QScrollArea:
    """A page's scroll area: the page fills its width and scrolls when it needs more height."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    return area


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _icon_path() -> Path | None:
    from ..resources import resource_path

    path = resource_path("icons", "samson.svg")
    return path if path.is_file() else None


#: Windows opened beside the first one (recovery of several sessions, several files).
_extra_windows: list[MainWindow] = []


def _keep_open(window: MainWindow) -> None:
    _extra_windows.append(window)
    window.destroyed.connect(lambda *_: _extra_windows.remove(window) if window in _extra_windows else None)
