"""Bokmål wording: the parties are "parter", never "stemmer" (the scale's word); "Avtalt", not "Vedtatt".

"Stemmer" for the voices stood on the same screen as the scale's "stemmer ikke i det hele tatt" /
"stemmer helt" and read as voting. The file format's ids ("voices", "agreed") stay as they are.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel

from factories import session_doc
from samson_desktop.fileformat import parse_session, session_to_bytes
from samson_desktop.report.answer_sheet import write_answer_sheets
from samson_desktop.report.session_report import build_session_report
from samson_desktop.ui.main_window import STEP_COUNT, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme
from samson_desktop.ui.widgets.labels import status_name

VOICES = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
          {"id": "v2", "name": "Verkstedet", "kind": "social_enterprise"},
          {"id": "p1", "name": "", "kind": "participant"}]
ANSWERS = {"f1.q1": {"voices": {"v1": 2, "v2": 9}, "not_applicable_voices": ["p1"]},
           "f1.q2": {"voices": {"v1": 5, "v2": 6}, "consensus": 6}}
MEASURES = [{"id": "m1", "question_id": "f1.q1", "text": "Felles kaffe", "quadrant": "more-known",
             "status": "agreed"}]
#: The scale's own wording keeps its "stemmer": it is what the statement does, not who speaks.
SCALE = re.compile(r"stemmer (ikke i det hele tatt|helt)")
VOTING = re.compile(r"\b[Ss]temme(r|n|ne|ns|nes)?\b")
#: Compounds read as voting too: "stemmerom", "stemmeseddel", "avstemning".
VOTING_COMPOUND = re.compile(r"[Ss]temme(rom|seddel|sedler|giv)|[Aa]vstemning")
DECIDED = re.compile(r"\b[Vv]edtatt\b")


def _session():
    return parse_session(json.dumps(session_doc(voices=VOICES, answers=ANSWERS, measures=MEASURES)).encode())


def _offending(text: str) -> list[str]:
    text = SCALE.sub("", text.replace("&amp;", "").replace("&", ""))  # "S&temmerom" shows as "Stemmerom"
    return [m.group(0) for pattern in (VOTING, VOTING_COMPOUND, DECIDED) for m in pattern.finditer(text)]


def _texts_on_screen(window) -> list[str]:
    """Every text a page, menu or item view of the window shows."""
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        if menu_action.menu() is not None:
            texts += [a.text() for a in menu_action.menu().actions()]
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip(), widget.accessibleName()]
        menu = widget.menu() if hasattr(widget, "menu") else None
        if menu is not None:
            texts += [a.text() for a in menu.actions()]
    for widget in window.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in window.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps its column count private: one column
            columns = 1
        for column in range(columns):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(model.rowCount(root)):
                texts.append(str(model.data(model.index(row, column)) or ""))
    return texts


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(_session(), settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.set_language("nb")
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.finish_setup()
    yield win
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)


def test_the_window_calls_the_parties_parter_and_an_agreed_measure_avtalt(window):
    for step in range(STEP_COUNT):
        window.go_to_step(step)
    texts = _texts_on_screen(window)
    offending = sorted({word for text in texts for word in _offending(text)})
    assert offending == []
    assert "Parter" in texts
    assert status_name("agreed") == "Avtalt"


def test_the_report_and_the_answer_sheets_say_parter_and_avtalt(tmp_path):
    session = _session()
    text = " ".join(page.extract_text() for page in
                    PdfReader(build_session_report(session, tmp_path / "r.pdf", language="nb")).pages)
    assert _offending(text) == []
    assert "Parter" in text and "Avtalt" in text
    sheets = write_answer_sheets(session, tmp_path / "sheets.pdf", "nb")
    sheet_text = " ".join(page.extract_text() for page in PdfReader(sheets).pages)
    assert _offending(sheet_text) == []


def test_the_file_keeps_its_ids():
    written = json.loads(session_to_bytes(_session()))
    assert written["voices"][0]["id"] == "v1"
    assert written["measures"][0]["status"] == "agreed"
    assert "not_applicable_voices" in written["answers"]["f1.q1"]


def test_no_bokmal_text_anywhere_speaks_of_voting():
    """Every bokmål text the project ships: the window's translations, the report's and answer sheets'
    texts and the phone page; the phone room is "mobilrom", never "stemmerom"."""
    root = Path(__file__).resolve().parents[1]
    translations = ET.parse(root / "translations" / "samson_nb.ts").getroot()
    texts = [node.text or "" for node in translations.iter("translation")]
    texts += [(root / "samson_desktop" / "report" / name).read_text(encoding="utf-8")
              for name in ("texts.py", "answer_sheet.py")]
    texts.append((root / "resources" / "phone" / "phone.js").read_text(encoding="utf-8"))
    offending = sorted({word for text in texts for word in _offending(text)})
    assert offending == []
