"""A workshop run with phones, end to end: six browser phones for three parties weight the values and answer two
questions through the real window; the facilitator reveals and accepts from the keyboard; file, scores and PDF."""

from __future__ import annotations

from statistics import fmean

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from browser import phone_context
from factories import session_bytes
from samson_desktop.core.scoring import score_session
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.ui.main_window import QUESTIONS, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings

#: six browser phones through the real window; `make test-slow` and CI run it.
pytestmark = pytest.mark.slow

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
          {"id": "v3", "name": "Beboerne", "kind": "citizen"}]
#: Two phones per party: (party name, the phone's answer to each item in order).
PHONES = [
    ("Kommunen", [8, 6, 9, 7, 4, 6]), ("Kommunen", [9, 5, 9, 8, 5, "Ikke relevant / vet ikke"]),
    ("Verkstedet", [7, 9, 4, 10, 3, 2]), ("Verkstedet", [6, 9, 5, 9, 2, 3]),
    ("Beboerne", [10, 8, 6, 5, 8, 7]), ("Beboerne", [9, 7, 6, 6, 9, 8]),
]
VALUES = ["openness", "democracy", "creativity", "leadership"]


def press(qtbot, window, key, modifier=Qt.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def answer_on_phone(page, answer) -> None:
    label = str(answer)
    page.get_by_role("button", name=label, exact=True).click()
    page.get_by_role("button", name=f"Send svar: {label}").click()
    page.get_by_text(f"Mottatt: {label}").wait_for()


def test_a_workshop_with_six_phones_for_three_parties(qtbot, tmp_path, browser, monkeypatch):
    path = tmp_path / "phones.samson"
    path.write_bytes(session_bytes(voices=VOICES))
    window = MainWindow(read_session(path), path, settings=Settings(path=tmp_path / "settings.json"))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)  # show the small parties
    try:
        press(qtbot, window, Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
        room = window.room.room_window
        assert room.isVisible()
        room.address_combo.setCurrentIndex(room.address_combo.findData("127.0.0.1"))
        qtbot.mouseClick(room.start_button, Qt.LeftButton)
        assert window.room.is_open()

        contexts, pages = [], []
        for party, _answers in PHONES:
            context = phone_context(browser)
            page = context.new_page()
            page.goto(room.controller.join_url)
            page.get_by_role("button", name=party).click()
            page.get_by_text(f"Part: {party}").wait_for()
            contexts.append(context)
            pages.append(page)
        qtbot.waitUntil(lambda: room.controller.snapshot()["counts"]["joined"] == 6)

        items = [f"value:{v}" for v in VALUES]
        press(qtbot, window, Qt.Key_3, Qt.ControlModifier)
        assert window.current_step() == WEIGHTING
        qids = [q.id for q in window.document.session.question_set.questions()[:2]]
        for index in range(6):
            if index == 4:
                press(qtbot, window, Qt.Key_4, Qt.ControlModifier)
                assert window.current_step() == QUESTIONS
            item = items[index] if index < 4 else qids[index - 4]
            if index < 4:
                window.page(WEIGHTING).move_current(VALUES.index(item[6:]) - VALUES.index(
                    window.page(WEIGHTING).current_value_id()))
            press(qtbot, window, Qt.Key_F5)  # open on the phones
            label = "Spørsmål" if index >= 4 else "Hvor viktig"
            for page in pages:
                page.locator("#item-label", has_text=label).wait_for()
            for page, (_party, answers) in zip(pages, PHONES):
                answer_on_phone(page, answers[index])
            qtbot.waitUntil(lambda: room.controller.snapshot()["counts"]["answered"] == 6)
            press(qtbot, window, Qt.Key_F6)  # close and show
            qtbot.waitUntil(lambda: room.controller.snapshot()["phase"] == "revealed")
            press(qtbot, window, Qt.Key_F7)  # accept
            if index >= 4:
                press(qtbot, window, Qt.Key_PageDown)

        session = window.document.session

        def numbers(party: str, index: int) -> list[int]:
            return [a[index] for p, a in PHONES if p == party and isinstance(a[index], int)]

        for index, value in enumerate(VALUES):
            means = [fmean(numbers(p, index)) for p in ("Kommunen", "Verkstedet", "Beboerne")]
            assert session.weights[value] == int(fmean(means) + 0.5)
        for index, qid in enumerate(qids, 4):
            voices = session.answers[qid].voices
            assert voices == {v: pytest.approx(fmean(numbers(n, index)))
                              for v, n in (("v1", "Kommunen"), ("v2", "Verkstedet"), ("v3", "Beboerne"))}
            assert len(session.answers[qid].extra["ballots"]) == 6

        # Save, then the PDF report.
        press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
        saved = read_session(path)
        assert saved.weights == session.weights
        assert saved.answers[qids[1]].voices["v1"] == 6  # the "not relevant" phone is left out of the mean
        assert {b["score"] for b in saved.answers[qids[1]].extra["ballots"]} >= {"not_applicable"}
        scores = score_session(saved)
        first = scores.question(qids[0])
        assert first.score == pytest.approx(fmean([4.5, 2.5, 8.5]))
        assert first.spread == pytest.approx(6.0)
        pdf = tmp_path / "phones.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        press(qtbot, window, Qt.Key_P, Qt.ControlModifier)
        qtbot.waitUntil(lambda: pdf.is_file() and pdf.stat().st_size > 0, timeout=60_000)
        from samson_desktop.ui import export_actions

        qtbot.waitUntil(lambda: not export_actions.is_busy(), timeout=60_000)
        text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert "Kommunen" in text and "Verkstedet" in text and "Beboerne" in text
        for context in contexts:
            context.close()
    finally:
        window.document.undo_stack.setClean()
        window.close()
    assert not window.room.is_open()  # the room stops with the window
    assert parse_session(path.read_bytes()).weights  # and the file on disk is whole
