"""The workshop window: it composes the step bar, the pages, the menus and keys, the files and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from ..core.builders import new_session
from ..core.model import Session
from ..fileformat.question_sets import standard_question_set
from ..resources import resource_path
from . import i18n, session_claims, tool_windows
from .actions import LANGUAGE_ACTIONS, REPORT_IN, SHEETS_IN, STEP_ACTIONS, ActionId, ActionSet
from .autosave import Autosaver
from .document import SessionDocument
from .file_controller import FileController
from .first_paint import FirstPaint
from .pages.registry import (  # noqa: F401 - the steps are part of the window's interface
    FOLLOWUP, MEASURES, OVERVIEW, QUESTIONS, REPORT, SETUP, START, STEP_COUNT, STEP_NAMES, WEIGHTING, PageStack,
    neighbour_step, step_counts, step_name, step_number, step_order)
from .room_link import PhoneRoomLink
from .settings import Settings
from .shortcuts import WindowKeys, answer_bindings
from .status_bar import StatusBar
from .step_bar import StepBar
from .theme import theme
from .view_controller import ViewController


class MainWindow(QMainWindow):
    """One session per window; every edit goes through ``document`` and its undo stack."""

    stepChanged = Signal(int)
    #: Right after the first paint; the pages not on screen are built after it, one per idle turn.
    painted = Signal()
    #: Once every page has been built.
    ready = Signal()

    def __init__(self, session: Session | None = None, path: Path | None = None,
                 settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings.load()
        self._document: SessionDocument | None = None
        self.autosaver: Autosaver | None = None
        self.room = PhoneRoomLink(self)
        self.setObjectName("SamsonMainWindow")

        self.actions = ActionSet(self)
        self.actions.build_menus(self.menuBar())
        self.step_bar = StepBar([step_number(step) for step in range(STEP_COUNT)])
        self.pages = PageStack(self)
        self.setStatusBar(StatusBar())
        self.view = ViewController(self, self.settings, [self.menuBar(), self.step_bar, self.statusBar()])
        self.keys = WindowKeys(self, self.actions[ActionId.UNDO].shortcuts() + self.actions[ActionId.REDO].shortcuts())
        self.files = FileController(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._connect_signals()

        if session is not None:
            self._create_document(session, path)  # ends with retranslate()
        else:
            self.retranslate()
        self.view.restore_geometry()
        FirstPaint(self, self._on_first_paint)
        self.go_to_step(START if session is None else SETUP)

    def _connect_signals(self) -> None:
        # Menu actions
        a = ActionId
        self.actions.connect({
            a.NEW: self.new_session, a.OPEN: self.files.open_dialog, a.SAVE: self.save, a.SAVE_AS: self.files.save_as,
            a.NEXT_TIME_POINT: self.files.next_time_point,
            a.EXPORT_REPORT: lambda: self.page(REPORT).export_report(i18n.manager().language()),
            a.ANSWER_SHEETS: lambda: self.page(REPORT).export_answer_sheets(i18n.manager().language()),
            a.EXPORT_CSV: lambda: self.page(REPORT).export_csv(), a.SEMINAR: lambda: tool_windows.open_seminar(self),
            a.SEMINAR_FOLDER: lambda: tool_windows.open_seminar(self, True), a.QUIT: QApplication.closeAllWindows,
            a.UNDO: lambda: self.document.undo_stack.undo(), a.REDO: lambda: self.document.undo_stack.redo(),
            a.PRESENTATION: lambda: self.set_presentation(not self.is_presentation()),
            a.ZOOM_IN: self.view.zoom_in, a.ZOOM_OUT: self.view.zoom_out, a.ZOOM_RESET: self.view.zoom_reset,
            a.HIGH_CONTRAST: lambda: self.set_high_contrast(not theme().high_contrast),
            a.NEXT: lambda: self._step_on(1), a.PREVIOUS: lambda: self._step_on(-1), a.FOCUS_NOTE: self.focus_note,
            a.KEYS: lambda: tool_windows.create("keys", self).open(),
            a.ABOUT: lambda: tool_windows.create("about", self).show(self),
            **{action: (lambda s=step: self.go_to_step(s, focus=True)) for step, action in enumerate(STEP_ACTIONS)},
            **{action: (lambda lang=lang: self.set_language(lang)) for lang, action in LANGUAGE_ACTIONS.items()},
            **{action: (lambda lang=lang: self.page(REPORT).export_report(lang)) for lang, action in REPORT_IN.items()},
            **{action: (lambda lang=lang: self.page(REPORT).export_answer_sheets(lang))
               for lang, action in SHEETS_IN.items()},
        })
        menus = self.actions.menus
        menus["recent"].aboutToShow.connect(lambda: self.files.fill_recent_menu(menus["recent"]))
        menus["demo"].aboutToShow.connect(lambda: self.files.fill_demo_menu(menus["demo"]))
        menus["fields"].aboutToShow.connect(lambda: self.actions.fill_fields_menu(self.document.session,
                                                                                   self.show_question))
        # Keys that no menu shows
        self.keys.add_global([(("Esc",), lambda: self.set_presentation(False))], when=self.is_presentation)
        # Steps and pages
        self.step_bar.step_requested.connect(self.go_to_step)
        self.pages.pageBuilt.connect(self._on_page_built)
        self.pages.allBuilt.connect(self.ready)
        self.actions.connect(self.room.handlers())
        # Files
        self.files.recentChanged.connect(self._refresh_recent)
        self.files.saved.connect(lambda _path: self.statusBar().show_saved())
        # Look and language
        self.view.presentationChanged.connect(self._on_presentation_changed)
        i18n.manager().languageChanged.connect(self.retranslate)
        theme().changed.connect(self._on_theme_changed)

    def _on_page_built(self, step: int, page: QWidget) -> None:
        if step in (WEIGHTING, QUESTIONS, FOLLOWUP):  # the answer keys come with the pages that take them
            self.keys.set_page(step, answer_bindings(self.answer_key))
        if step == START:
            self.files.connect_start_page(page)
        elif step == SETUP and hasattr(page, "languageRequested"):
            page.languageRequested.connect(self.set_language)
        elif step == QUESTIONS and hasattr(page, "questionChanged"):
            page.questionChanged.connect(self._show_session)
        elif step == OVERVIEW and hasattr(page, "questionRequested"):
            page.questionRequested.connect(self.show_question)

    def _on_first_paint(self) -> None:
        self.painted.emit()
        if self.pages.built(START) is not None:
            self.pages.built(START).load_details()  # the names in the recent files, read once on screen
        icon = resource_path("icons", "samson.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.pages.build_in_idle_turns()

    def finish_setup(self) -> None:
        """Build every page now, not in idle turns (screenshots, the smoke test)."""
        for step in range(STEP_COUNT):
            self.page(step)

    # --- the session --------------------------------------------------------------------
    @property
    def document(self) -> SessionDocument:
        if self._document is None:
            self._create_document(new_session(standard_question_set(), language=i18n.manager().language()), None)
        return self._document

    def current_document(self) -> SessionDocument | None:
        """The document, or None while the window has none yet (nothing to save)."""
        return self._document

    def _create_document(self, session: Session, path: Path | None) -> None:
        document = self._document = SessionDocument(session, path, self)
        self.autosaver = Autosaver(document, self)
        session_claims.follow_document(self, document)
        self.autosaver.saved.connect(lambda _path: self.files.autosave_worked())
        self.autosaver.failed.connect(self.files.autosave_failed)
        for signal in (document.changed, document.dirtyChanged, document.pathChanged):
            signal.connect(self._show_session)
        stack = document.undo_stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.actions.update)
        self.retranslate()

    def load_session(self, session: Session, path: Path | None, dirty: bool = False) -> None:
        if self._document is None:
            self._create_document(session, path)
        if self._document.session is not session or dirty:
            self._document.replace(session, path, dirty=dirty)

    # --- files (the file controller does the work) -------------------------------------------
    def new_session(self) -> bool:
        return self.files.new_session()

    def open_path(self, file: str | Path) -> bool:
        return self.files.open_path(file)

    def open_demo(self, index: int) -> bool:
        return self.files.open_demo(index)

    def save(self) -> bool:
        return self.files.save()

    def offer_recovery(self) -> int:
        return self.files.offer_recovery()

    def _refresh_recent(self) -> None:
        start = self.pages.built(START)
        if start is not None:
            start.refresh_recent()

    # --- steps and keys ----------------------------------------------------------------------
    def page(self, step: int) -> QWidget:
        """The page of a step, built at once if it does not exist yet."""
        return self.pages.page(step)

    def built_pages(self) -> list[QWidget]:
        return self.pages.built_pages()

    def current_step(self) -> int:
        return self.pages.current_step()

    def question_page(self) -> QWidget:
        return self.page(QUESTIONS)

    def go_to_step(self, step: int, focus: bool = False) -> None:
        step = min(max(step, 0), STEP_COUNT - 1)
        page = self.pages.go_to(step)
        self.step_bar.set_current(step)
        self.keys.show_page(step)
        if focus or step in (WEIGHTING, QUESTIONS, FOLLOWUP):
            page.setFocus(Qt.OtherFocusReason)
        self.stepChanged.emit(step)

    def _step_on(self, direction: int) -> None:
        """Next or previous question (or measure to follow up) on its page, else the next or previous step."""
        step = self.current_step()
        if step in (QUESTIONS, FOLLOWUP) and self.page(step).step_within(direction):
            return
        self.go_to_step(neighbour_step(self._document and self._document.session, step, direction), focus=True)

    @Slot(str)
    def show_question(self, question_id: str) -> None:
        self.go_to_step(QUESTIONS)
        self.page(QUESTIONS).show_question(question_id)

    def focus_note(self) -> None:
        step = FOLLOWUP if self.current_step() == FOLLOWUP else QUESTIONS  # there: the line on what happened
        self.go_to_step(step)
        self.page(step).focus_note()

    def answer_key(self, key: int) -> None:
        """1..10 or 0 for "not relevant", for the page on screen (weighting or questions)."""
        self.page(self.current_step()).answer_key(key)

    # --- look and language -------------------------------------------------------------------
    def is_presentation(self) -> bool:
        return self.view.is_presentation()

    def set_presentation(self, on: bool) -> None:
        self.view.set_presentation(on)

    def _on_presentation_changed(self, on: bool) -> None:
        self.actions[ActionId.PRESENTATION].setChecked(on)
        self.pages.set_presentation(on)
        self.keys.update()

    def set_high_contrast(self, on: bool) -> None:
        self.view.set_high_contrast(on)

    @Slot(str)
    def set_language(self, language: str) -> None:
        self.view.set_language(language)

    def _on_theme_changed(self) -> None:
        self.step_bar.fit()
        self.actions[ActionId.HIGH_CONTRAST].setChecked(theme().high_contrast)
        self.statusBar().show_zoom(theme().zoom)

    def retranslate(self, *_args) -> None:
        self.actions.retranslate()
        self.actions[LANGUAGE_ACTIONS[i18n.manager().language()]].setChecked(True)
        self.pages.setAccessibleName(self.tr("Current step"))
        self.pages.retranslate()
        self._show_session()
        self._on_theme_changed()

    # A slot of the class: a method first connected once the window is on screen restyles it whole.
    @Slot(bool)
    @Slot(str)
    @Slot(object)
    def _show_session(self, *_args) -> None:
        """The session in the step bar's counts, the title and the status bar's file."""
        document = self._document
        session = document.session if document is not None else None
        self.step_bar.set_steps([step_name(step) for step in range(STEP_COUNT)], step_counts(session))
        self.step_bar.set_order(step_order(session))
        self.statusBar().show_file(document.path if document is not None else None)
        parts = []
        if document is not None:
            name = session.collaboration.name.strip() or self.tr("New session")
            parts.append(f"{name} · {session.time_point.label}" if session.time_point.label else name)
            if document.path is not None:
                parts.append(document.path.name)
            parts[-1] += " *" if document.is_dirty() else ""
        # Ending in "SAMSON", the window system adds no name of its own; "[*]" doubled shows as typed.
        self.setWindowTitle(" — ".join([*parts, "SAMSON"]).replace("[*]", "[*][*]"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if not self.files.maybe_save():
            event.ignore()
            return
        self.view.store_geometry()
        self.room.shutdown()
        self.files.close()
        event.accept()
