"""Typing paper answer sheets in, keyboard only, into the document (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factories import session_doc
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.ui.document import SessionDocument
from samson_desktop.ui.voice_entry import VoiceEntryDialog

VOICES = [
    {"id": "v1", "name": "Kommunen", "kind": "municipality"},
    {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
]
ORDER = [f"f{f}.q{n}" for f in range(1, 8) for n in (1, 2)]


@pytest.fixture
def doc():
    session = session_from_dict(session_doc(
        voices=VOICES,
        answers={"f1.q2": {"consensus": 6, "voices": {"v2": 4}, "note": "kept"}},
    ))
    return SessionDocument(session)


@pytest.fixture
def dialog(qtbot, doc):
    dlg = VoiceEntryDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _keys(qtbot, widget, keys):
    for key in keys:
        qtbot.keyClick(widget, key)


def test_picking_a_voice_and_typing_every_question(qtbot, doc, dialog):
    assert dialog.current_voice_id() is None
    assert dialog.voice_list.count() == 2
    qtbot.keyClick(dialog.voice_list, Qt.Key.Key_Return)
    assert dialog.current_voice_id() == "v1"
    assert dialog.current_question_id() == "f1.q1"
    digits = [Qt.Key.Key_7, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_9, Qt.Key.Key_2, Qt.Key.Key_5,
              Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_4, Qt.Key.Key_8, Qt.Key.Key_8, Qt.Key.Key_2, Qt.Key.Key_1]
    _keys(qtbot, dialog.entry, digits)
    expected = [7, 3, 10, 1, 9, 2, 5, 5, 6, 4, 8, 8, 2, 1]
    assert [doc.session.answer(q).voices.get("v1") for q in ORDER] == expected
    # Other parts of an answer are kept.
    kept = doc.session.answer("f1.q2")
    assert (kept.consensus, kept.voices, kept.note) == (6, {"v1": 3, "v2": 4}, "kept")
    assert dialog.is_done()
    # Enter moves on to the next voice.
    qtbot.keyClick(dialog.stack.currentWidget(), Qt.Key.Key_Return)
    assert dialog.current_voice_id() == "v2"
    assert dialog.current_question_id() == "f1.q1"


def test_not_relevant_backspace_and_skip(qtbot, doc, dialog):
    dialog.start_voice("v2")
    _keys(qtbot, dialog.entry, [Qt.Key.Key_5])            # f1.q1 = 5
    assert dialog.current_question_id() == "f1.q2"
    _keys(qtbot, dialog.entry, [Qt.Key.Key_N])            # f1.q2: v2 had 4, now "not relevant"
    assert "v2" not in doc.session.answer("f1.q2").voices
    assert doc.session.answer("f1.q2").not_applicable_voices == ("v2",)
    assert doc.session.answer("f1.q2").consensus == 6 and not doc.session.answer("f1.q2").not_applicable
    _keys(qtbot, dialog.entry, [Qt.Key.Key_Space, Qt.Key.Key_Return])  # skip f2.q1 and f2.q2
    assert dialog.current_question_id() == "f3.q1"
    assert "f2.q1" not in doc.session.answers
    _keys(qtbot, dialog.entry, [Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace])
    assert dialog.current_question_id() == "f1.q2"
    assert dialog.entry.not_relevant.isChecked()
    _keys(qtbot, dialog.entry, [Qt.Key.Key_8])            # retype f1.q2
    assert doc.session.answer("f1.q2").voices == {"v2": 8}
    assert doc.session.answer("f1.q2").not_applicable_voices == ()
    assert dialog.current_question_id() == "f2.q1"
    # Backspace at the first question stays there.
    dialog.start_voice("v2")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Backspace)
    assert dialog.current_question_id() == "f1.q1"
    assert doc.session.answer("f1.q1").voices == {"v2": 5}


def test_one_undo_step_per_voice(qtbot, doc, dialog):
    before = dict(doc.session.answers)
    dialog.start_voice("v1")
    _keys(qtbot, dialog.entry, [Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4])
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Escape)       # back to the voices: v2 is selected next
    assert dialog.current_voice_id() is None
    assert dialog.voice_list.currentItem().data(Qt.ItemDataRole.UserRole) == "v2"
    qtbot.keyClick(dialog.voice_list, Qt.Key.Key_Return)
    _keys(qtbot, dialog.entry, [Qt.Key.Key_9])
    dialog.accept()
    assert doc.undo_stack.count() == 2
    assert doc.undo_stack.undoText() == "Type in scores: Verkstedet"
    doc.undo_stack.undo()
    assert doc.session.answer("f1.q1").voices == {"v1": 2}
    doc.undo_stack.undo()
    assert doc.session.answers == before
    doc.undo_stack.redo()
    assert [doc.session.answer(q).voices.get("v1") for q in ORDER[:3]] == [2, 3, 4]


def test_typing_nothing_leaves_no_undo_step(qtbot, doc, dialog):
    dialog.start_voice("v1")
    _keys(qtbot, dialog.entry, [Qt.Key.Key_Space, Qt.Key.Key_Space])
    dialog.reject()
    assert doc.undo_stack.count() == 0


def test_retyping_the_same_score_changes_nothing(qtbot, doc, dialog):
    dialog.start_voice("v2", position=1)
    assert dialog.current_question_id() == "f1.q2"
    qtbot.keyClick(dialog.entry, Qt.Key.Key_4)
    dialog.reject()
    assert doc.undo_stack.count() == 0


def test_the_question_is_shown_large_with_its_number(qtbot, doc, dialog):
    dialog.start_voice("v2", position=1)
    assert dialog.entry.number.text() == "1-2"
    assert "1-2" in dialog.entry.question.text()  # the factory's text carries its number
    assert dialog.entry.buttons.button(4).isChecked()
    qtbot.keyClick(dialog.entry, Qt.Key.Key_7)
    assert dialog.entry.number.text() == "2-1"
    assert "1-2" in dialog.entry.previous.text() and "7" in dialog.entry.previous.text()


def test_clicking_a_score_button_works_like_its_key(qtbot, doc, dialog):
    dialog.start_voice("v1")
    qtbot.mouseClick(dialog.entry.buttons.button(10), Qt.MouseButton.LeftButton)
    assert doc.session.answer("f1.q1").voices == {"v1": 10}
    assert dialog.current_question_id() == "f1.q2"


def test_a_session_without_voices_says_so(qtbot):
    doc = SessionDocument(session_from_dict(session_doc(voices=[])))
    dlg = VoiceEntryDialog(doc)
    qtbot.addWidget(dlg)
    assert dlg.voice_list.count() == 0
    assert dlg.current_question_id() is None
    dlg.type_score(5)  # nothing to type into
    assert doc.session.answers == {}


def test_removing_the_voice_being_typed_goes_back_to_the_list(qtbot, doc, dialog):
    dialog.start_voice("v2")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_3)
    doc.set_voices([v for v in doc.session.voices if v.id != "v2"])
    assert dialog.current_voice_id() is None
    assert dialog.voice_list.count() == 1
