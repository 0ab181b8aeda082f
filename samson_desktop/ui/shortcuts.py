"""The keys that are not menu actions, as (key, handler) tables: one for the window, one per page, swapped
with the page; and where typed letters and digits may act as page keys."""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: (keys, handler): the keys as QKeySequence texts, the handler called without arguments.
Binding = tuple[Sequence[str], Callable[[], None]]

#: The answer keys of the weighting and question pages: 1 … 9, 0 for 10, N for "not relevant".
ANSWER_KEYS = {**{str(d): (10 if d == 0 else d) for d in range(10)}, "N": 0}
#: Widgets in which letters and digits are text.
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
#: The widget property that marks an answer area: typed digits and N answer there.
ANSWER_AREA = "answerArea"
#: Shows or hides the earlier time point's values of the question on screen.
EARLIER_KEY = "F4"


def mark_answer_area(widget: QWidget) -> None:
    """Let the answer keys act while ``widget`` or one of its children has the focus."""
    widget.setProperty(ANSWER_AREA, True)


def in_answer_area(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(ANSWER_AREA):
            return True
        widget = widget.parentWidget()
    return False


def typed_keys_may_act(focus: QWidget | None, pages: Iterable[QWidget]) -> bool:
    """Whether a letter or digit typed while ``focus`` has the keyboard may act as a page key
    (answer, weight, not relevant, reveal) instead of reaching that widget.

    Yes in an answer area (the answer buttons, the voices, the weighting cards), where no widget
    has the focus, on a page itself, and on the window's own frame and step bar. No on every
    other control of a page (text, lists, tables, combo boxes, buttons, charts): a key typed there
    is that control's, and must never change an answer.
    """
    if focus is None or in_answer_area(focus):
        return True
    if isinstance(focus, TEXT_FIELDS) or (isinstance(focus, QComboBox) and focus.isEditable()):
        return False
    return not any(page is not focus and page.isAncestorOf(focus) for page in pages)


def answer_bindings(answer: Callable[[int], None]) -> list[Binding]:
    """The answer keys, each also on the number pad, calling ``answer(score)`` (0: not relevant)."""
    return [((label, f"Num+{label}") if label.isdigit() else (label,), lambda k=key: answer(k))
            for label, key in ANSWER_KEYS.items()]


def _typed(keys: Sequence[str]) -> bool:
    """A key without Ctrl, Alt or Meta that types a letter or a digit."""
    sequence = QKeySequence(keys[0])
    if sequence.isEmpty():
        return False
    combination = sequence[0]
    if combination.keyboardModifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
        return False
    key = combination.key()
    return Qt.Key_0 <= key <= Qt.Key_9 or Qt.Key_A <= key <= Qt.Key_Z


class KeyTable:
    """A table of bindings as shortcuts of the window, switched on and off together."""

    def __init__(self, window: QWidget, bindings: Sequence[Binding]):
        self.shortcuts: list[tuple[QShortcut, bool]] = []
        for keys, handler in bindings:
            typed = _typed(keys)
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.WindowShortcut)
                shortcut.setEnabled(False)
                shortcut.activated.connect(handler)
                self.shortcuts.append((shortcut, typed))
        self.active = False

    def update(self, typed_ok: bool) -> None:
        for shortcut, typed in self.shortcuts:
            shortcut.setEnabled(self.active and (typed_ok or not typed))


class WindowKeys(QObject):
    """The window's own tables: global ones (on while their condition holds) and one per page."""

    def __init__(self, window: QWidget, undo_keys: list[QKeySequence],
                 pages: Callable[[], Iterable[QWidget]] | None = None):
        super().__init__(window)
        self._window = window
        #: The window's pages (its ``built_pages`` unless given): inside them only the answer areas
        #: take typed keys as page keys.
        self._pages_of_window = pages or getattr(window, "built_pages", lambda: ())
        self._global: list[tuple[KeyTable, Callable[[], bool]]] = []
        self._pages: dict[int, KeyTable] = {}
        self._text_keys = _TextFieldKeys(undo_keys, self)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def add_global(self, bindings: Sequence[Binding], when: Callable[[], bool] = lambda: True) -> None:
        self._global.append((KeyTable(self._window, bindings), when))
        self.update()

    def set_page(self, step: int, bindings: Sequence[Binding]) -> None:
        self._pages[step] = KeyTable(self._window, bindings)

    def show_page(self, step: int) -> None:
        """Swap the page tables: only the table of the page on screen is on."""
        for page_step, table in self._pages.items():
            table.active = page_step == step
        self.update()

    def typed_keys_may_act(self, focus: QWidget | None) -> bool:
        return typed_keys_may_act(focus, self._pages_of_window())

    def update(self) -> None:
        typed_ok = self.typed_keys_may_act(QApplication.focusWidget())
        for table, when in self._global:
            table.active = when()
            table.update(typed_ok)
        for table in self._pages.values():
            table.update(typed_ok)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            _TextFieldKeys.watch(new, self._text_keys, leave=not self.typed_keys_may_act(new))
        self.update()


class _TextFieldKeys(QObject):
    """Keys of the window inside text fields: Ctrl+Z undoes the document (which holds the field's
    edits too) and Esc leaves the field, so that the digit keys answer again. Esc leaves any other
    control that keeps the typed keys (a list, a button) the same way."""

    def __init__(self, undo_keys: list[QKeySequence], parent: QObject):
        super().__init__(parent)
        self._undo_keys = undo_keys

    @staticmethod
    def watch(widget: QWidget, keys: _TextFieldKeys, leave: bool = False) -> None:
        """Give a text field, or a control to ``leave`` with Esc, these keys once; this covers
        fields that pages create later too."""
        if (isinstance(widget, TEXT_FIELDS) or leave) and not widget.property("samsonTextKeys"):
            widget.setProperty("samsonTextKeys", True)
            widget.installEventFilter(keys)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.ExactMatch for k in self._undo_keys):
                return True  # not accepted by the field, so the window's Undo/Redo shortcut fires
        elif kind == QEvent.KeyPress and event.key() == Qt.Key_Escape and event.modifiers() == Qt.NoModifier:
            if isinstance(obj, QWidget) and obj.hasFocus():
                obj.clearFocus()
                return True
        return False
