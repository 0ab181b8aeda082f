"""The anonymity setting: participant names stay out of the report and the CSV when it is on."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from factories import session_doc
from samson_desktop.fileformat import parse_session, session_to_bytes
from samson_desktop.fileformat.codec import session_from_dict
from samson_desktop.report.answer_sheet import build_answer_sheets
from samson_desktop.report.csv_export import csv_text
from samson_desktop.report.session_report import build_session_report

NAMES = ("Kari Nordmann", "Ola Hansen")
VOICES = [
    {"id": "v1", "name": "Kommunen", "kind": "municipality"},
    {"id": "p1", "name": NAMES[0], "kind": "participant"},
    {"id": "p2", "name": NAMES[1], "kind": "participant"},
]


def _session(anonymous: bool):
    answers = {}
    for n, q in enumerate(f"f{f}.q{k}" for f in range(1, 8) for k in (1, 2)):
        answers[q] = {"voices": {"v1": 3 + n % 4, "p1": 8 - n % 3, "p2": 2 + n % 5}}
    return session_from_dict(session_doc(voices=VOICES, answers=answers, anonymous_report=anonymous,
                                         language="en"))


def _report_text(session, tmp_path) -> str:
    path = build_session_report(session, tmp_path / "report.pdf")
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize("anonymous", [True, False])
def test_report_names_participants_only_when_allowed(tmp_path, anonymous):
    text = _report_text(_session(anonymous), tmp_path)
    assert "Kommunen" in text  # a stakeholder group keeps its name either way
    for name in NAMES:
        assert (name in text) is not anonymous
    # Single participants are merged into one voice in the report when names are left out.
    assert ("Participants (2)" in text) is anonymous


@pytest.mark.parametrize("anonymous", [True, False])
def test_csv_names_participants_only_when_allowed(anonymous):
    text = csv_text([_session(anonymous)])
    header = text.splitlines()[0]
    assert "voice: Kommunen" in header
    for name in NAMES:
        assert (name in text) is not anonymous
    assert ("voice: Participant 1" in header) is anonymous


def test_answer_sheets_number_participants_when_anonymous():
    pdf = build_answer_sheets(_session(True), "en")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Participant 1" in text and "Participant 2" in text and "Kommunen" in text
    assert not any(name in text for name in NAMES)


def test_the_setting_round_trips_through_the_file():
    on = parse_session(session_to_bytes(_session(True)), "on.samson")
    off = parse_session(session_to_bytes(_session(False)), "off.samson")
    assert on.anonymous_report is True and off.anonymous_report is False
    assert b"anonymous_report" not in session_to_bytes(off)  # absent means off: older files stay the same
