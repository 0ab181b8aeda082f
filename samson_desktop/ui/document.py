"""The open session as a Qt object: every edit goes through its undo stack and is announced by one signal."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.builders import now_iso
from ..core.character import Character
from ..core.explanations import with_explanation
from ..core.model import Answer, Measure, QuestionSet, Session, Voice
from ..core.scoring import SessionScores, score_session
from ..fileformat import write_session
from ..fileformat.disk_guard import Fingerprint, fingerprint


class Change(Struct, frozen=True):
    """What changed, so that views update only what they show.

    kind is one of "answer", "weight", "info", "voices", "measures", "character", "explanations" or
    "session" (all of it, after new/open/recover). ids names the affected question, value, measure,
    field or question ids.
    """

    kind: str
    ids: tuple[str, ...] = ()


class _SetCommand(QUndoCommand):
    """Swap one part of the session between an old and a new state."""

    def __init__(self, doc: "SessionDocument", text: str, apply: Callable[[Any], None],
                 old: Any, new: Any, change: Change, merge_key: tuple | None = None):
        super().__init__(text)
        self._doc, self._apply, self._old, self._new = doc, apply, old, new
        self._change, self._merge_key = change, merge_key

    def redo(self) -> None:
        self._apply(self._new)
        self._doc._announce(self._change)

    def undo(self) -> None:
        self._apply(self._old)
        self._doc._announce(self._change)

    def id(self) -> int:
        # Consecutive edits of the same text field merge into one undo step.
        return 1 if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetCommand) or other._merge_key != self._merge_key:
            return False
        self._new = other._new
        return True


class SessionDocument(QObject):
    changed = Signal(object)  # Change
    dirtyChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None

    def __init__(self, session: Session, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._path = path
        #: The session file as this document last read or wrote it; a save first checks that the
        #: file on disk is still this one. Whoever read the file sets it; without, it is the file
        #: as it is when the document is made.
        self.disk: Fingerprint | None = fingerprint(path) if path is not None else None
        self._scores: SessionScores | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # --- reading -----------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def path(self) -> Path | None:
        return self._path

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def scores(self) -> SessionScores:
        """The session's scores, computed once per change."""
        if self._scores is None:
            self._scores = score_session(self._session)
        return self._scores

    # --- whole-session operations (not undoable: they start a new history) --------------
    def replace(self, session: Session, path: Path | None, dirty: bool = False,
                disk: Fingerprint | None = None) -> None:
        self._session, self._path, self.disk = session, path, disk
        self.undo_stack.clear()
        if dirty:
            # A recovered autosave has not been saved to its file yet.
            self.undo_stack.resetClean()
            self.undo_stack.push(QUndoCommand(self.tr("Recovered changes")))
        else:
            self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self._announce(Change("session"))
        self.dirtyChanged.emit(self.is_dirty())

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self._path or "")
        if not str(target):
            raise ValueError("no file name to save to")
        self._session.modified_at = now_iso()
        write_session(self._session, target)
        self.disk = fingerprint(target)
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()
        return target

    # --- undoable edits ----------------------------------------------------------------
    def set_answer(self, question_id: str, answer: Answer, text: str | None = None,
                   merge: bool = False) -> None:
        old = self._session.answers.get(question_id, Answer())
        if old == answer:
            return

        def apply(value: Answer) -> None:
            if value.is_empty():
                self._session.answers.pop(question_id, None)
            else:
                self._session.answers[question_id] = value

        self._push(text or self.tr("Answer"), apply, old, answer, Change("answer", (question_id,)),
                   ("answer-note", question_id) if merge else None)

    def set_weight(self, value_id: str, weight: int | None) -> None:
        old = self._session.weights.get(value_id)
        if old == weight:
            return

        def apply(value: int | None) -> None:
            if value is None:
                self._session.weights.pop(value_id, None)
            else:
                self._session.weights[value_id] = value

        self._push(self.tr("Weight"), apply, old, weight, Change("weight", (value_id,)))

    def set_info(self, merge_key: str | None = None, **changes: Any) -> None:
        """Change session attributes: collaboration, time_point, facilitator, language."""
        old = {name: getattr(self._session, name) for name in changes}
        if old == changes:
            return

        def apply(values: dict[str, Any]) -> None:
            for name, value in values.items():
                setattr(self._session, name, value)

        self._push(self.tr("Session details"), apply, old, dict(changes), Change("info", tuple(changes)),
                   ("info", merge_key) if merge_key else None)

    def set_character(self, character: Character | None, merge_key: str | None = None) -> None:
        """Record the character of the collaboration; an empty one is stored as not recorded."""
        if character is not None and character.is_empty():
            character = None
        old = self._session.character
        if old == character:
            return

        def apply(value: Character | None) -> None:
            self._session.character = value

        self._push(self.tr("Character of the collaboration"), apply, old, character, Change("character"),
                   ("character", merge_key) if merge_key else None)

    def set_left_out(self, names: list[str]) -> None:
        """Who the collaboration leaves out: one entry per party or group, blanks dropped."""
        cleaned = [name.strip() for name in names if name.strip()]
        self.set_info(merge_key="left_out", left_out=cleaned)

    def set_explanation(self, kind: str, target: str, since: str, text: str, merge: bool = True) -> None:
        """The group's explanation of why a field or question changed since the session ``since``.

        Typing into one explanation merges into one undo step; blank text removes the explanation.
        """
        old = list(self._session.explanations)
        new = with_explanation(old, kind, target, since, text)
        if new == old:
            return

        def apply(value: list) -> None:
            self._session.explanations = list(value)

        self._push(self.tr("Explanation"), apply, old, new, Change("explanations", (target,)),
                   ("explanation", kind, target, since) if merge else None)

    def set_question_set(self, question_set: QuestionSet) -> None:
        """Use another question set; only while no answer or measure refers to the current one."""
        if self._session.answers or self._session.measures:
            raise ValueError("the question set can only change before the first answer or measure")
        old = self._session.question_set
        if old is question_set:
            return

        def apply(value: QuestionSet) -> None:
            self._session.question_set = value

        # Every view shows questions, so a new set is announced like a new session.
        self._push(self.tr("Question set"), apply, old, question_set, Change("session"))

    def set_voices(self, voices: list[Voice]) -> None:
        """Replace the voice list; answers of removed voices are dropped in the same undo step."""
        old_state = (list(self._session.voices), dict(self._session.answers))
        keep = {v.id for v in voices}
        answers = {}
        for qid, answer in self._session.answers.items():
            trimmed = {vid: s for vid, s in answer.voices.items() if vid in keep}
            marked = tuple(vid for vid in answer.not_applicable_voices if vid in keep)
            new_answer = answer
            if len(trimmed) != len(answer.voices) or marked != answer.not_applicable_voices:
                new_answer = replace(answer, voices=trimmed, not_applicable_voices=marked)
            if not new_answer.is_empty():
                answers[qid] = new_answer
        new_state = (list(voices), answers)
        if new_state == old_state:
            return

        def apply(state: tuple[list[Voice], dict[str, Answer]]) -> None:
            self._session.voices = list(state[0])
            self._session.answers = dict(state[1])

        self._push(self.tr("Voices"), apply, old_state, new_state, Change("voices"))

    def add_measure(self, measure: Measure) -> None:
        self._replace_measures(self._session.measures + [measure], self.tr("Add measure"), (measure.id,))

    def update_measure(self, measure: Measure, merge: bool = False) -> None:
        measures = [measure if m.id == measure.id else m for m in self._session.measures]
        self._replace_measures(measures, self.tr("Edit measure"), (measure.id,),
                               ("measure", measure.id) if merge else None)

    def remove_measure(self, measure_id: str) -> None:
        self.remove_measures([measure_id])

    def remove_measures(self, measure_ids: Sequence[str]) -> None:
        """Remove several measures in one undo step (one pass, however many are removed)."""
        gone = set(measure_ids)
        measures = [m for m in self._session.measures if m.id not in gone]
        text = self.tr("Remove measure") if len(gone) == 1 else self.tr("Remove measures")
        self._replace_measures(measures, text, tuple(measure_ids))

    def new_measure_id(self) -> str:
        # An id carried over from the earlier time point stays that measure's, even once removed here.
        earlier = self._session.earlier
        taken = {m.id for m in self._session.measures} | {c.id for c in (earlier.carried if earlier else ())}
        n = len(taken) + 1
        while f"m{n}" in taken:
            n += 1
        return f"m{n}"

    # --- plumbing -----------------------------------------------------------------------
    def _replace_measures(self, measures: list[Measure], text: str, ids: tuple[str, ...],
                          merge_key: tuple | None = None) -> None:
        old = list(self._session.measures)
        if old == measures:
            return

        def apply(value: list[Measure]) -> None:
            self._session.measures = list(value)

        self._push(text, apply, old, measures, Change("measures", ids), merge_key)

    def _push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any,
              change: Change, merge_key: tuple | None = None) -> None:
        self.undo_stack.push(_SetCommand(self, text, apply, old, new, change, merge_key))

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    def _announce(self, change: Change) -> None:
        self._scores = None
        self.changed.emit(change)
