"""The PDF session report: every text as typed, embedded fonts, metadata, outline, languages, CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape as sax_escape

import pytest
from pypdf import PdfReader

from factories import question_set_doc, session_doc
from samson_desktop.cli.main import main
from samson_desktop.core.model import localized
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report import plaintext, texts
from samson_desktop.report.session_report import build_session_report

DEMOS = [p for p in demo_session_paths() if p.exists()]
HOSTILE = "<b>fet</b> &amp; <img src=x> ]]> 😀 «sitat» æøå ÆØÅ \x00\x01\x07\x1b <!-- --> </para> &#x41;"
RTL = "שלום עולם مرحبا بالعالم"


def session_from(**overrides):
    return parse_session(json.dumps(session_doc(**overrides), ensure_ascii=False).encode("utf-8"))


def squash(text: str) -> str:
    """Compare without whitespace: line wrapping and table layout move spaces and line breaks."""
    return re.sub(r"\s+", "", text)


FOOTER = re.compile(r"\s*(Side|Page) \d+ (av|of) \d+\s*$")


def pdf_text(path: Path) -> str:
    """The text of every page, without the running header and footer, so that a note running
    over a page break reads as one piece again."""
    pages = []
    for number, page in enumerate(PdfReader(path).pages):
        text = page.extract_text()
        if number > 0:
            # The header ("SAMSON report", then collaboration · time point · date) comes first,
            # the page number last.
            text = FOOTER.sub("", text.split("\n", 2)[2])
        pages.append(text)
    return "\n".join(pages)


def assert_printed(typed: str, text: str) -> None:
    """``typed`` appears in the extracted PDF text exactly, up to whitespace and unprintable controls."""
    expected = squash(plaintext.clean(typed))
    assert expected in squash(text), f"not found in the PDF: {typed[:80]!r}"


def full_answers(qset: dict, voices: tuple[str, ...] = ()) -> dict:
    answers = {}
    for k, q in enumerate(q for f in qset["fields"] for q in f["questions"]):
        if voices:
            answers[q["id"]] = {"voices": {v: 1 + (k + i * 3) % 10 for i, v in enumerate(voices)}}
        else:
            answers[q["id"]] = {"consensus": 1 + k % 10}
    return answers


WEIGHTS = {"openness": 8, "democracy": 6, "creativity": 7, "leadership": 9}


# --- the demo sessions, in both languages -------------------------------------------------------

@pytest.mark.skipif(not DEMOS, reason="demo sessions not present")
@pytest.mark.parametrize("demo", DEMOS, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_demo_report_contains_every_field_question_measure_voice_and_note(tmp_path, demo, lang):
    session = read_session(demo)
    out = build_session_report(session, tmp_path / "demo.pdf", language=lang)
    text = pdf_text(out)
    qset = session.question_set
    for fld in qset.fields:
        assert_printed(f"{fld.number} {localized(fld.title, lang)}", text)
        for question in fld.questions:
            assert_printed(localized(question.text, lang), text)
            assert qset.question_number(question.id) in text
    for measure in session.measures:
        assert_printed(measure.text, text)
        if measure.owner:
            assert_printed(measure.owner, text)
    for voice in session.voices:
        assert_printed(voice.name, text)
    for answer in session.answers.values():
        if answer.note:
            assert_printed(answer.note, text)
    assert_printed(session.collaboration.name, text)
    heading = "Slik leser du rapporten" if lang == "nb" else "How to read this report"
    assert heading in text


def test_every_norwegian_string_has_a_translation(tmp_path):
    texts.MISSING.clear()
    qset = question_set_doc(3)
    session = session_from(question_set=qset, weights=WEIGHTS, answers=full_answers(qset, ("v1", "v2")),
                           voices=[{"id": "v1", "name": "Kommunen", "kind": "municipality"},
                                   {"id": "v2", "name": "Frivilligsentralen", "kind": "voluntary"}],
                           measures=[{"id": "m1", "question_id": "f1.q1", "text": "Tiltak",
                                      "quadrant": "less-new", "status": "in_progress", "owner": "Kari",
                                      "due": "2026-06-01"}])
    build_session_report(session, tmp_path / "nb.pdf", language="nb")
    assert texts.MISSING == set()


def test_language_follows_the_session_unless_asked(tmp_path):
    session = session_from(language="en")
    assert "How to read this report" in pdf_text(build_session_report(session, tmp_path / "a.pdf"))
    nb = pdf_text(build_session_report(session, tmp_path / "b.pdf", language="nb"))
    assert "Slik leser du rapporten" in nb and "How to read this report" not in nb


# --- the PDF itself -----------------------------------------------------------------------------

def test_metadata_title_author_subject_and_lang(tmp_path):
    session = session_from(facilitator="Kari Nordmann")
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf"))
    meta = reader.metadata
    assert meta["/Title"] == "SAMSON-rapport – Testsamarbeid – T1"
    assert meta["/Author"] == "Kari Nordmann"
    assert "Testsamarbeid" in meta["/Subject"]
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"
    english = PdfReader(build_session_report(session, tmp_path / "e.pdf", language="en"))
    assert english.trailer["/Root"]["/Lang"] == "en"
    assert english.metadata["/Title"].startswith("SAMSON report")


def test_every_font_is_an_embedded_dejavu_font(tmp_path):
    session = session_from(answers={"f1.q1": {"consensus": 5, "note": "😀 ✓ «æøå»"}})
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf"))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_outline_has_a_bookmark_per_section_on_its_own_page(tmp_path):
    session = session_from(voices=[{"id": "v1", "name": "Kommunen", "kind": "municipality"}],
                           answers={"f1.q1": {"voices": {"v1": 4}}},
                           measures=[{"id": "m1", "question_id": "f2.q1", "text": "Gjør noe",
                                      "quadrant": "more-new", "status": "proposed"}])
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf", language="en"))
    top = [(e.title, reader.get_destination_page_number(e)) for e in reader.outline if not isinstance(e, list)]
    titles = [t for t, _p in top]
    for expected in ["How to read this report", "Values", "Overall profile", "1 Field 1", "7 Field 7",
                     "Voices", "Priority list", "Action plan", "Appendix: question set"]:
        assert expected in titles
    pages = [p for _t, p in top]
    assert pages == sorted(pages) and pages[0] == 0 and pages[-1] == len(reader.pages) - 1
    for title, page in top:
        heading = title if title != "Testsamarbeid" else None
        if heading:
            assert squash(heading) in squash(reader.pages[page].extract_text())


def test_voices_section_profiles_spread_and_pairs(tmp_path):
    qset = question_set_doc(3)
    voices = [{"id": "v1", "name": "Kommunen", "kind": "municipality"},
              {"id": "v2", "name": "Sosial entreprenør", "kind": "social_enterprise"}]
    answers = {"f1.q1": {"voices": {"v1": 2, "v2": 9}}, "f1.q2": {"voices": {"v1": 5, "v2": 6}}}
    session = session_from(question_set=qset, voices=voices, answers=answers, language="en")
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert "Field profile per voice" in text and "Where the voices differ most" in text
    assert "Voices furthest apart" in text
    assert_printed("Kommunen: 2.0 Sosial entreprenør: 9.0", text)  # the spread table, largest first
    assert_printed("Kommunen Sosial entreprenør 4.0 Sosial entreprenør 2", text)  # pair, mean |diff|, higher, n


@pytest.mark.parametrize("count", [3, 13, 200])
def test_every_voice_is_drawn_and_named_however_many_there_are(tmp_path, count):
    """A chart of all voices grows past a page from 13 voices; the schema allows 200."""
    qset = question_set_doc(2)
    voices = [{"id": f"p{i}", "name": f"Deltaker {i:03d}", "kind": "participant"} for i in range(count)]
    session = session_from(question_set=qset, voices=voices, language="en",
                           answers=full_answers(qset, tuple(v["id"] for v in voices)))
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf"))
    text = pdf_text(tmp_path / "r.pdf")
    for voice in voices:
        assert voice["name"] in text
    if count > 7:
        assert f"Voices {count - (count - 1) % 7}–{count} of {count}" in text
    # Every voice appears in a chart legend: the drawings' strings hold every name.
    drawn = "".join(page.extract_text() for page in reader.pages)
    assert all(drawn.count(v["name"]) >= 2 for v in voices)  # the legend and the table


def test_anonymous_report_leaves_participant_names_out(tmp_path):
    voices = [{"id": "p1", "name": "Kari Nordmann", "kind": "participant"},
              {"id": "p2", "name": "Ola Nordmann", "kind": "participant"},
              {"id": "k", "name": "Kommunen", "kind": "municipality"}]
    answers = {"f1.q1": {"voices": {"p1": 2, "p2": 4, "k": 9}}}
    session = session_from(voices=voices, answers=answers, anonymous_report=True, language="en")
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert "Nordmann" not in text
    assert "Participants (2)" in text and "Kommunen" in text
    assert_printed("Participants (2): 3.0", text)  # merged: the mean of the participants


def test_no_voices_section_without_voices(tmp_path):
    reader = PdfReader(build_session_report(session_from(), tmp_path / "r.pdf", language="en"))
    assert "Voices" not in [e.title for e in reader.outline if not isinstance(e, list)]


def test_page_numbers_and_running_header(tmp_path):
    session = session_from(collaboration={"name": "Ungdomsløftet Nordbyen"})
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf"))
    total = len(reader.pages)
    for number in (2, total):
        page = reader.pages[number - 1].extract_text()
        assert f"Side {number} av {total}" in page
        assert "Ungdomsløftet Nordbyen · T1 · 14. mars 2026" in page
    assert "Side 1 av" not in reader.pages[0].extract_text()  # the cover has none


def test_charts_are_vector_drawings_without_images(tmp_path):
    session = session_from(weights=WEIGHTS, answers=full_answers(question_set_doc()))
    reader = PdfReader(build_session_report(session, tmp_path / "r.pdf"))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


# --- content --------------------------------------------------------------------------------------

def test_numbers_have_one_decimal_with_n_and_missing_scores_as_dash(tmp_path):
    qset = question_set_doc(3)
    answers = {"f1.q1": {"consensus": 7}, "f1.q2": {"consensus": 6}, "f1.q3": {"not_applicable": True}}
    session = session_from(question_set=qset, weights=WEIGHTS, answers=answers, language="en")
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert "6.5 (n=2)" in text  # field 1: mean of 7 and 6, two answered
    assert "– (n=0)" in text  # field 2 has no answers
    assert "not relevant: 1" in text
    nb = pdf_text(build_session_report(session, tmp_path / "nb.pdf", language="nb"))
    assert "6,5 (n=2)" in nb


def test_without_the_character_the_continuum_shows_only_the_profile_strength(tmp_path):
    qset = question_set_doc(2)
    answers = {f"f{f}.q{q}": {"consensus": f} for f in range(1, 8) for q in (1, 2)}  # field k scores k
    session = session_from(question_set=qset, weights=WEIGHTS, answers=answers, language="en")
    text = squash(pdf_text(build_session_report(session, tmp_path / "r.pdf")))
    assert squash("Profile strength 4.0: the mean of the seven field scores (1–10)") in text
    assert squash("not how thick the collaboration is") in text
    assert squash("The character of the collaboration is not filled in") in text
    assert squash("Character not filled in") in text and "▼ Character:" not in text
    assert squash("thin co-creation") in text and squash("thick co-production") in text


def test_with_the_character_the_continuum_places_it_and_names_the_profile_strength_apart(tmp_path):
    qset = question_set_doc(2)
    answers = {f"f{f}.q{q}": {"consensus": f} for f in range(1, 8) for q in (1, 2)}
    character = {"time_perspective": "lasting", "relation_depth": "mutual",
                 "citizen_roles": ["co_initiator", "co_designer", "co_implementer"],
                 "citizen_influence": "transformative", "citizen_resources": "substitution",
                 "goal_attainment": 3, "expectations_met": 9}
    session = session_from(question_set=qset, weights=WEIGHTS, answers=answers, language="en",
                           character=character, left_out=["Young people", "=The schools"])
    text = squash(pdf_text(build_session_report(session, tmp_path / "r.pdf")))
    assert squash("▼ Character: towards thick co-production") in text
    assert squash("Profile strength 4.0") in text
    assert squash("The character of the collaboration is not filled in") not in text
    for words in ("Lasting, not a project", "Lasting mutual dependence", "Co-initiators, Co-designers, "
                  "Co-implementers", "Transformative", "Substitution: they replace public services"):
        assert squash(words) in text
    assert squash("Largest gap first. Gap = importance − score") in text
    assert squash("this is not the same list as the lowest scores among the values weighted highest") in text
    assert squash("Not part of it") in text and squash("Young people") in text and squash("=The schools") in text


def test_half_finished_session(tmp_path):
    qset = question_set_doc(6)
    answers = {"f1.q1": {"consensus": 8, "note": "Bare så vidt begynt"}, "f3.q2": {"voices": {"v1": 2}}}
    session = session_from(question_set=qset, weights={"openness": 5}, answers=answers,
                           voices=[{"id": "v1", "name": "Kommunen", "kind": "municipality"}])
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert squash("Profilen har ingen styrke ennå") in squash(text)
    assert_printed("Bare så vidt begynt", text)
    for fld in session.question_set.fields:
        for question in fld.questions:
            assert_printed(localized(question.text, "nb"), text)


def test_all_not_relevant(tmp_path):
    qset = question_set_doc(3)
    answers = {q["id"]: {"not_applicable": True, "note": f"Ikke aktuelt {q['id']}"}
               for f in qset["fields"] for q in f["questions"]}
    session = session_from(question_set=qset, weights=WEIGHTS, answers=answers)
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert "Ingen spørsmål er besvart ennå" in text
    assert "ikke relevant: 3" in text
    for qid in answers:
        assert_printed(f"Ikke aktuelt {qid}", text)


def test_very_long_notes_long_words_and_newlines(tmp_path):
    # Near the file format's limits: a note holds at most 20,000 characters, an owner 300.
    words = " ".join(f"ord{i}" for i in range(2000))
    url = "https://example.org/" + "very-long-path-without-spaces/" * 60
    note = f"Første linje\nAndre linje\r\n{words}\n{url}\n\n\nslutt"
    measure = "Tiltak " + "x" * 3000 + " slutt"
    session = session_from(answers={"f2.q1": {"consensus": 5, "note": note}},
                           measures=[{"id": "m1", "question_id": "f2.q1", "text": measure,
                                      "quadrant": "more-known", "status": "agreed", "owner": "o" * 300}])
    out = build_session_report(session, tmp_path / "r.pdf")
    text = pdf_text(out)
    assert_printed(note, text)
    assert_printed(measure, text)
    assert len(note) < 20000
    assert_printed("o" * 300, text)


def test_two_hundred_measures(tmp_path):
    qset = question_set_doc(8)
    qids = [q["id"] for f in qset["fields"] for q in f["questions"]]
    measures = [{"id": f"m{i}", "question_id": qids[i % len(qids)], "text": f"Tiltak nummer {i} for {qids[i % len(qids)]}",
                 "quadrant": ("more-known", "more-new", "less-known", "less-new")[i % 4],
                 "status": "proposed", "owner": f"Eier {i}", "due": "2026-09-01"} for i in range(200)]
    session = session_from(question_set=qset, weights=WEIGHTS, answers=full_answers(qset), measures=measures)
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    for m in measures:
        assert_printed(m["text"], text)
        assert_printed(m["owner"], text)


def test_hostile_text_is_printed_literally_and_never_as_markup(tmp_path):
    voices = [{"id": "v1", "name": HOSTILE, "kind": "citizen"}, {"id": "v2", "name": "=cmd()", "kind": "other"}]
    session = session_from(
        collaboration={"name": HOSTILE, "description": HOSTILE},
        time_point={"label": HOSTILE, "date": "2026-03-14", "place": HOSTILE, "phase": "planning"},
        facilitator=HOSTILE,
        voices=voices,
        answers={"f1.q1": {"voices": {"v1": 2, "v2": 9}, "note": HOSTILE + "\n" + HOSTILE}},
        measures=[{"id": "m1", "question_id": "f1.q1", "text": HOSTILE, "quadrant": "more-new",
                   "status": "proposed", "owner": HOSTILE, "due": "2026-05-01"}],
    )
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert_printed(HOSTILE, text)
    # One occurrence each at least for: name (cover, header), description, place, facilitator, voice,
    # note (twice), measure text, owner.
    assert squash(text).count(squash(plaintext.clean(HOSTILE))) >= 9
    assert "<b>fet</b>" in text and "&amp;" in text and "<img src=x>" in text


def test_right_to_left_text_builds_and_keeps_its_letters(tmp_path):
    session = session_from(answers={"f1.q1": {"consensus": 4, "note": f"før {RTL} etter"}})
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    # reportlab sets the letters in typed order; pypdf reads right-to-left runs back reversed.
    # Both orders are accepted; every word must be there, whole.
    flat = squash(text)
    for word in RTL.split():
        assert word in flat or word[::-1] in flat
    assert "før" in text and "etter" in text


def test_user_text_in_the_question_set_is_also_literal(tmp_path):
    qset = question_set_doc(2)
    qset["fields"][0]["title"]["nb"] = "Felt <i>kursiv</i> & co"
    qset["fields"][0]["questions"][0]["text"]["nb"] = "Spørsmål med <br/> og &lt; i seg"
    session = session_from(question_set=qset)
    text = pdf_text(build_session_report(session, tmp_path / "r.pdf"))
    assert_printed("Felt <i>kursiv</i> & co", text)
    assert_printed("Spørsmål med <br/> og &lt; i seg", text)


# --- plain text helpers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a & b", "<b>", "]]>", "&amp;", "æøå «»", "'\"", ""])
def test_escape_is_xml_escape(text):
    assert plaintext.escape(text) == sax_escape(text)


def test_clean_removes_unprintable_controls_and_unifies_newlines():
    assert plaintext.clean("a\x00b\x07c\r\nd\re\tf\u2028g") == "ab" + "c\nd\ne    f\ng"
    assert plaintext.clean("\ud800x") == "x"  # a lone surrogate cannot be encoded
    assert plaintext.para("1 < 2\n& 3") == "1 &lt; 2<br/>&amp; 3"


def test_wrap_breaks_long_words_and_keeps_every_character():
    from reportlab.pdfbase.pdfmetrics import getFont

    from samson_desktop.report.fonts import REGULAR, register_fonts

    register_fonts()
    measure = getFont(REGULAR).stringWidth
    text = "kort " + "x" * 300 + " ord igjen\nny linje"
    wrapped = plaintext.wrap(text, 100, measure, 8.5)
    assert all(measure(line, 8.5) <= 100 for line in wrapped.split("\n"))
    assert squash(wrapped) == squash(text)
    assert wrapped.split("\n")[-1] == "ny linje"


def test_texts_numbers_and_dates():
    nb, en = texts.Texts("nb"), texts.Texts("en")
    assert nb.num(6.333) == "6,3" and en.num(6.333) == "6.3"
    assert en.num(None) == "–" and en.num(-0.5) == "−0.5" and en.num(7) == "7.0"
    assert nb.date("2026-03-14") == "14. mars 2026" and en.date("2026-03-14") == "14 March 2026"
    assert nb.short_date("2026-12-01") == "1.12.2026" and en.short_date("2026-12-01") == "1 Dec 2026"
    assert nb.label("more-new") == "Mer av: ny praksis" and en.label(None) == "–"
    assert texts.report_language(None, "nb") == "nb" and texts.report_language("en", "nb") == "en"


# --- lean imports ----------------------------------------------------------------------------------

def test_the_report_imports_no_qt_pyqtgraph_or_numpy(tmp_path):
    source = tmp_path / "s.samson"
    source.write_text(json.dumps(session_doc(), ensure_ascii=False), encoding="utf-8")
    code = (
        "import sys\n"
        "from samson_desktop.cli.main import main\n"
        f"assert main(['report', {str(source)!r}, '-o', {str(tmp_path / 'o.pdf')!r}]) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'numpy')]\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path.cwd())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]")


# --- command line ----------------------------------------------------------------------------------

def _run(*args):
    return subprocess.run([sys.executable, "-m", "samson_desktop", *args], capture_output=True, text=True,
                          env={**os.environ})


def test_cli_report_writes_next_to_the_input_by_default(tmp_path, capsys):
    source = tmp_path / "økt.samson"
    source.write_text(json.dumps(session_doc(), ensure_ascii=False), encoding="utf-8")
    assert main(["report", str(source)]) == 0
    assert (tmp_path / "økt.pdf").read_bytes().startswith(b"%PDF")
    assert "økt.pdf" in capsys.readouterr().out


def test_cli_report_output_and_language(tmp_path):
    source = tmp_path / "s.samson"
    source.write_text(json.dumps(session_doc(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "sub" / "report.pdf"
    out.parent.mkdir()
    assert main(["report", str(source), "-o", str(out), "--lang", "en"]) == 0
    assert "How to read this report" in pdf_text(out)
    assert main(["report", str(source), "-o", str(out.parent)]) == 0  # a folder: NAME.pdf inside it
    assert (out.parent / "s.pdf").exists()


def test_cli_report_broken_file_exits_1_with_a_message_and_writes_nothing(tmp_path):
    source = tmp_path / "broken.samson"
    source.write_text('{"format": "samson-session", "format_version": 1', encoding="utf-8")
    result = _run("report", str(source))
    assert result.returncode == 1
    assert "broken.samson" in result.stderr and "not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "broken.pdf").exists()


def test_cli_report_unwritable_output_exits_1(tmp_path):
    source = tmp_path / "s.samson"
    source.write_text(json.dumps(session_doc(), ensure_ascii=False), encoding="utf-8")
    result = _run("report", str(source), "-o", str(tmp_path / "missing-folder" / "r.pdf"))
    assert result.returncode == 1
    assert "cannot write the report" in result.stderr and "Traceback" not in result.stderr


def test_cli_report_usage_errors_exit_2(tmp_path):
    assert _run("report").returncode == 2
    assert _run("report", "x.samson", "--lang", "de").returncode == 2
