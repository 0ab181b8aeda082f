"""The window's menu actions, named by id and declared as data: text, keys, when enabled; menus as lists of ids."""

from __future__ import annotations

from enum import StrEnum
from typing import Callable

from msgspec import Struct
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

from ..core.model import Session, localized
from . import i18n
from .pages.registry import STEP_COUNT, WORKSHOP_ORDER, step_name, step_number


class ActionId(StrEnum):
    """Every menu action of the window; the value is its name (object name ``action_<value>``)."""

    NEW = "new"
    OPEN = "open"
    NEXT_TIME_POINT = "next_time_point"
    SAVE = "save"
    SAVE_AS = "save_as"
    EXPORT_REPORT = "export_report"
    EXPORT_REPORT_NB = "export_report_nb"
    EXPORT_REPORT_EN = "export_report_en"
    ANSWER_SHEETS = "answer_sheets"
    ANSWER_SHEETS_NB = "answer_sheets_nb"
    ANSWER_SHEETS_EN = "answer_sheets_en"
    EXPORT_CSV = "export_csv"
    SEMINAR = "seminar"
    SEMINAR_FOLDER = "seminar_folder"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    PRESENTATION = "presentation"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    HIGH_CONTRAST = "high_contrast"
    NEXT = "next"
    PREVIOUS = "previous"
    FOCUS_NOTE = "focus_note"
    STEP_1 = "step_1"
    STEP_2 = "step_2"
    STEP_3 = "step_3"
    STEP_4 = "step_4"
    STEP_5 = "step_5"
    STEP_6 = "step_6"
    STEP_7 = "step_7"
    STEP_8 = "step_8"
    LANGUAGE_NB = "language_nb"
    LANGUAGE_EN = "language_en"
    PHONE_ROOM = "phone_room"
    ROOM_OPEN_ITEM = "room_open_item"
    ROOM_REVEAL = "room_reveal"
    ROOM_ACCEPT = "room_accept"
    ROOM_PROJECTOR = "room_projector"
    KEYS = "keys"
    ABOUT = "about"


STEP_ACTIONS = tuple(ActionId(f"step_{step + 1}") for step in range(STEP_COUNT))
LANGUAGE_ACTIONS = {language: ActionId(f"language_{language}") for language in i18n.LANGUAGES}
#: The report and the answer sheets in a language of their own (the plain actions use the interface's).
REPORT_IN = {language: ActionId(f"export_report_{language}") for language in i18n.LANGUAGES}
SHEETS_IN = {language: ActionId(f"answer_sheets_{language}") for language in i18n.LANGUAGES}


class ActionSpec(Struct, frozen=True):
    """How an action looks: ``text`` gives its (translated) text, ``keys`` its shortcuts, and
    ``enabled`` (given the window) whether it can be used now; None means always."""

    text: Callable[[], str]
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    checkable: bool = False
    enabled: Callable[[object], bool] | None = None


SPECS: dict[ActionId, ActionSpec] = {}


def _translated(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("MainWindow", source)


def register(action_id: ActionId, text: str | Callable[[], str], keys: tuple = (), checkable: bool = False,
             enabled: Callable[[object], bool] | None = None) -> None:
    """Declare an action; a plain ``text`` is a source string of the context "MainWindow"."""
    SPECS[action_id] = ActionSpec(_translated(text) if isinstance(text, str) else text, keys, checkable, enabled)


register(ActionId.NEW, QT_TRANSLATE_NOOP("MainWindow", "&New session"), (QKeySequence.New,))
register(ActionId.OPEN, QT_TRANSLATE_NOOP("MainWindow", "&Open…"), (QKeySequence.Open,))
register(ActionId.NEXT_TIME_POINT, QT_TRANSLATE_NOOP("MainWindow", "New &time point from this session…"),
         enabled=lambda w: w.current_document() is not None)
register(ActionId.SAVE, QT_TRANSLATE_NOOP("MainWindow", "&Save"), (QKeySequence.Save,))
register(ActionId.SAVE_AS, QT_TRANSLATE_NOOP("MainWindow", "Save &as…"), ("Ctrl+Shift+S",))
register(ActionId.EXPORT_REPORT, QT_TRANSLATE_NOOP("MainWindow", "Export &report…"), ("Ctrl+P",))
register(ActionId.ANSWER_SHEETS, QT_TRANSLATE_NOOP("MainWindow", "&Answer sheets…"))
register(ActionId.EXPORT_CSV, QT_TRANSLATE_NOOP("MainWindow", "Export &CSV…"))
register(ActionId.SEMINAR, QT_TRANSLATE_NOOP("MainWindow", "Peer-learning s&eminar…"), ("Ctrl+Shift+L",))
register(ActionId.SEMINAR_FOLDER, QT_TRANSLATE_NOOP("MainWindow", "Seminar from a fo&lder…"))
register(ActionId.QUIT, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), (QKeySequence.Quit, "Ctrl+Q"))
register(ActionId.UNDO, QT_TRANSLATE_NOOP("MainWindow", "&Undo %1"), ("Ctrl+Z",),
         enabled=lambda w: bool((stack := _undo_stack(w)) and stack.canUndo()))
register(ActionId.REDO, QT_TRANSLATE_NOOP("MainWindow", "&Redo %1"), ("Ctrl+Shift+Z", "Ctrl+Y"),
         enabled=lambda w: bool((stack := _undo_stack(w)) and stack.canRedo()))
register(ActionId.PRESENTATION, QT_TRANSLATE_NOOP("MainWindow", "&Presentation mode"), ("F11",), checkable=True)
register(ActionId.ZOOM_IN, QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), ("Ctrl+=", "Ctrl++"))
register(ActionId.ZOOM_OUT, QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), ("Ctrl+-",))
register(ActionId.ZOOM_RESET, QT_TRANSLATE_NOOP("MainWindow", "&Normal size"), ("Ctrl+0",))
register(ActionId.HIGH_CONTRAST, QT_TRANSLATE_NOOP("MainWindow", "&High contrast"), ("Ctrl+Shift+H",),
         checkable=True)
register(ActionId.NEXT, QT_TRANSLATE_NOOP("MainWindow", "&Next question"), ("PgDown", "Alt+Right"))
register(ActionId.PREVIOUS, QT_TRANSLATE_NOOP("MainWindow", "&Previous question"), ("PgUp", "Alt+Left"))
register(ActionId.FOCUS_NOTE, QT_TRANSLATE_NOOP("MainWindow", "Write a &note"), ("F2", "Ctrl+L"))
for _step, _id in enumerate(STEP_ACTIONS):
    register(_id, lambda s=_step: f"&{step_number(s)}  {step_name(s)}", (f"Ctrl+{_step + 1}",))
for _language, _id in LANGUAGE_ACTIONS.items():
    # A language is named in itself, whatever the interface language.
    register(_id, lambda lang=_language: i18n.language_name(lang), checkable=True)
    register(REPORT_IN[_language], lambda lang=_language: i18n.language_name(lang) + "…")
    register(SHEETS_IN[_language], lambda lang=_language: i18n.language_name(lang) + "…")
register(ActionId.PHONE_ROOM, QT_TRANSLATE_NOOP("MainWindow", "&Phone room…"), ("Ctrl+Shift+R",))
register(ActionId.ROOM_OPEN_ITEM, QT_TRANSLATE_NOOP("MainWindow", "&Open this question on the phones"), ("F5",),
         enabled=lambda w: w.room.is_open())
register(ActionId.ROOM_REVEAL, QT_TRANSLATE_NOOP("MainWindow", "Close and &show the answers"), ("F6",),
         enabled=lambda w: w.room.is_open())
register(ActionId.ROOM_ACCEPT, QT_TRANSLATE_NOOP("MainWindow", "&Accept the answers"), ("F7",),
         enabled=lambda w: w.room.is_open())
register(ActionId.ROOM_PROJECTOR, QT_TRANSLATE_NOOP("MainWindow", "Pro&jector view"), ("F8",),
         enabled=lambda w: w.room.is_open())
register(ActionId.KEYS, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), ("F1",))
register(ActionId.ABOUT, QT_TRANSLATE_NOOP("MainWindow", "&About SAMSON"))


SEPARATOR = "-"


class Menu(Struct, frozen=True):
    """A menu: its name (for menus filled when shown), its title, and its items: action ids,
    ``SEPARATOR`` and submenus."""

    name: str
    title: str
    items: tuple = ()


MENU_BAR: tuple[Menu, ...] = (
    Menu("file", QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        ActionId.NEW, ActionId.OPEN, ActionId.NEXT_TIME_POINT,
        Menu("recent", QT_TRANSLATE_NOOP("MainWindow", "Open &recent")),
        Menu("demo", QT_TRANSLATE_NOOP("MainWindow", "Open &demo")),
        SEPARATOR, ActionId.SAVE, ActionId.SAVE_AS,
        SEPARATOR, ActionId.EXPORT_REPORT,
        Menu("report_in", QT_TRANSLATE_NOOP("MainWindow", "Export report &in"), tuple(REPORT_IN.values())),
        ActionId.ANSWER_SHEETS,
        Menu("sheets_in", QT_TRANSLATE_NOOP("MainWindow", "Answer sheets i&n"), tuple(SHEETS_IN.values())),
        ActionId.EXPORT_CSV,
        SEPARATOR, ActionId.SEMINAR, ActionId.SEMINAR_FOLDER,
        SEPARATOR, ActionId.QUIT)),
    Menu("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (ActionId.UNDO, ActionId.REDO)),
    Menu("view", QT_TRANSLATE_NOOP("MainWindow", "&View"), (
        ActionId.PRESENTATION,
        SEPARATOR, ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET,
        SEPARATOR, ActionId.HIGH_CONTRAST,
        Menu("language", QT_TRANSLATE_NOOP("MainWindow", "&Language"), tuple(LANGUAGE_ACTIONS.values())))),
    Menu("go", QT_TRANSLATE_NOOP("MainWindow", "&Go"), (
        ActionId.NEXT, ActionId.PREVIOUS, ActionId.FOCUS_NOTE,
        Menu("fields", QT_TRANSLATE_NOOP("MainWindow", "&Field")),
        SEPARATOR, *(STEP_ACTIONS[step] for step in WORKSHOP_ORDER))),
    Menu("room", QT_TRANSLATE_NOOP("MainWindow", "Phone &room"), (
        ActionId.PHONE_ROOM, SEPARATOR, ActionId.ROOM_OPEN_ITEM, ActionId.ROOM_REVEAL, ActionId.ROOM_ACCEPT,
        ActionId.ROOM_PROJECTOR)),
    Menu("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), (ActionId.KEYS, ActionId.ABOUT)),
)


def key_sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The sequences of ``keys`` (a standard key gives the platform's bindings), without repeats."""
    found: list[QKeySequence] = []
    for key in keys:
        for seq in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]):
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


class ActionSet(QObject):
    """The window's actions by id, its menus by name, and their texts in the current language."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.actions: dict[ActionId, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._menu_titles: list[tuple[QMenu, str]] = []
        for action_id, spec in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{action_id.value}")
            action.setShortcuts(key_sequences(*spec.keys))
            action.setCheckable(spec.checkable)
            # Added to the window as well, so shortcuts work while the menu bar is hidden (presentation);
            # the default context, Qt.WindowShortcut, leaves text fields their typing.
            window.addAction(action)
            self.actions[action_id] = action
        self.language_group = QActionGroup(self)
        for action_id in LANGUAGE_ACTIONS.values():
            self.language_group.addAction(self.actions[action_id])

    def __getitem__(self, action_id: ActionId | str) -> QAction:
        return self.actions[ActionId(action_id)]

    def connect(self, handlers: dict[ActionId, Callable]) -> None:
        """Connect each action's ``triggered`` to its handler (called without arguments)."""
        for action_id, handler in handlers.items():
            self.actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())

    def build_menus(self, bar: QMenuBar) -> None:
        for menu in MENU_BAR:
            self._fill(bar.addMenu(""), menu)

    def _fill(self, target: QMenu, menu: Menu) -> None:
        self.menus[menu.name] = target
        self._menu_titles.append((target, menu.title))
        for item in menu.items:
            if item == SEPARATOR:
                target.addSeparator()
            elif isinstance(item, Menu):
                self._fill(target.addMenu(""), item)
            else:
                target.addAction(self.actions[item])

    def retranslate(self) -> None:
        for menu, title in self._menu_titles:
            menu.setTitle(QCoreApplication.translate("MainWindow", title))
        for action_id, spec in SPECS.items():
            self.actions[action_id].setText(spec.text())
        self.update()

    def update(self, *_args) -> None:
        """Follow the window's state: what can be used now, and the undo and redo texts."""
        for action_id, spec in SPECS.items():
            if spec.enabled is not None:
                self.actions[action_id].setEnabled(spec.enabled(self._window))
        stack = _undo_stack(self._window)
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        self.actions[ActionId.UNDO].setText(_fill(QT_TRANSLATE_NOOP("MainWindow", "&Undo %1"), undo))
        self.actions[ActionId.REDO].setText(_fill(QT_TRANSLATE_NOOP("MainWindow", "&Redo %1"), redo))

    def fill_fields_menu(self, session: Session, show_question: Callable[[str], None]) -> None:
        """Go › Field: each action field with questions, opening its first question."""
        menu = self.menus["fields"]
        menu.clear()
        for field in session.question_set.fields:
            if field.questions:
                title = localized(field.title, i18n.manager().language()).replace("&", "&&")
                action = menu.addAction(f"&{field.number}  {title}")
                action.triggered.connect(lambda _c=False, q=field.questions[0].id: show_question(q))


def _undo_stack(window) -> QUndoStack | None:
    document = window.current_document()
    return document.undo_stack if document is not None else None


def _fill(source: str, argument: str) -> str:
    return QCoreApplication.translate("MainWindow", source).replace("%1", argument).strip()

