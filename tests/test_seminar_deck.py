"""The seminar deck and `samson seminar`: pages, vector and embedded fonts, privacy, refusals, broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from seminar_fixtures import FILES, HIDDEN, case_docs, later_doc, write_cases
from samson_desktop.cli.main import main
from samson_desktop.core.seminar import NAME_REAL, CaseInput, Sharing, build_seminar
from samson_desktop.fileformat.sessionfile import parse_session
from samson_desktop.fileformat.seminar_file import (
    SeminarCase,
    SeminarFile,
    relative_session_path,
    write_seminar,
)
from samson_desktop.report import texts
from samson_desktop.report.seminar_deck import build_seminar_deck, slides
from samson_desktop.report.seminar_texts import SeminarTexts

ORDER = ("north", "south", "east", "west")


def _files(tmp_path: Path) -> list[str]:
    paths = write_cases(tmp_path / "sessions")
    return [str(paths[k]) for k in ORDER]


def _strings(pdf: Path) -> str:
    """Every string a reader can get out of the PDF: page text, document info, XMP and bookmarks."""
    reader = PdfReader(pdf)
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    xmp = reader.trailer["/Root"].get("/Metadata")
    if xmp is not None:
        parts.append(xmp.get_object().get_data().decode("utf-8", "replace"))

    def outline(items) -> None:
        for item in items:
            if isinstance(item, list):
                outline(item)
            else:
                parts.append(str(item.title))

    outline(reader.outline)
    return "\n".join(parts)


def _deck(tmp_path: Path, *extra: str, files: list[str] | None = None) -> Path:
    out = tmp_path / "deck.pdf"
    assert main(["seminar", *(files or _files(tmp_path)), "-o", str(out), *extra]) == 0
    return out


def test_the_deck_has_every_page(tmp_path, capsys):
    out = _deck(tmp_path)
    assert "Deck of 4 cases written to" in capsys.readouterr().out
    reader = PdfReader(out)
    # Title, field by field, side by side, four cases, seven fields, and the matching of question sets.
    assert len(reader.pages) == 15
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = [page.extract_text() for page in reader.pages]
    assert "Likemannsseminar" in text[0] and "4 saker" in text[0]
    assert "Felt for felt" in text[1]
    assert "Side om side" in text[2]
    assert text[3].startswith("Sak A") or "Sak A" in text[3]
    assert "Sterkeste felt" in text[3] and "Vi møtes hver uke i kafeen" in text[3]
    assert "hva de sterke gjør" in text[7]
    assert "Sammenligning på tvers av spørsmålssett" in text[14]
    assert "2-3 En ny påstand om felles mål" in text[14]


def test_english_deck(tmp_path):
    text = _strings(_deck(tmp_path, "--lang", "en"))
    for words in ("Peer-learning seminar", "Field by field", "Side by side", "Case A", "Strongest fields",
                  "What they do", "Comparing different question sets"):
        assert words in text


def test_every_norwegian_word_is_there(tmp_path):
    texts.MISSING.clear()
    _deck(tmp_path, "--lang", "nb")
    assert texts.MISSING == set()


def test_vector_pages_with_embedded_fonts(tmp_path):
    reader = PdfReader(_deck(tmp_path))
    for page in reader.pages:
        resources = page["/Resources"]
        xobjects = resources.get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            assert "Helvetica" not in str(font.get("/BaseFont"))
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_nothing_hidden_reaches_the_deck(tmp_path):
    text = _strings(_deck(tmp_path)).casefold()
    assert "sak a" in text and "vi møtes hver uke i kafeen" in text  # the extraction sees shared text
    for key in ORDER:
        for hidden in HIDDEN[key]:
            assert hidden.casefold() not in text, f"{key}: {hidden!r} is in the deck"
    for name in FILES.values():
        assert name.casefold() not in text


def test_the_check_finds_what_is_shared(tmp_path):
    """With every case sharing everything, the hidden strings are in the deck: the check above can fail."""
    paths = write_cases(tmp_path / "sessions")
    target = tmp_path / "all.samson-seminar"
    everything = Sharing(name=NAME_REAL, notes=True, measure_owners=True, party_names=True)
    cases = [SeminarCase([relative_session_path(paths[k], target)], everything) for k in ORDER]
    write_seminar(SeminarFile(cases, "Alt deles"), target)
    assert main(["seminar", str(target)]) == 0
    text = _strings(target.with_name("all.pdf"))
    for shared in ("Nordbyløftet", "Nordby bydel", "Ola Nordby-eier", "Nordby-notat", "Sørstrand seniornettverk"):
        assert shared in text
    # Hostile text is printed as the characters typed, never read as markup.
    assert "<b>fet</b> &amp; <img src=x>" in text


def test_anonymise_overrides_the_seminar_file(tmp_path):
    paths = write_cases(tmp_path / "sessions")
    target = tmp_path / "s.samson-seminar"
    cases = [SeminarCase([relative_session_path(paths[k], target)], Sharing(name=NAME_REAL, party_names=True,
                                                                          notes=True, measure_owners=True))
             for k in ORDER]
    write_seminar(SeminarFile(cases, "Høst", "en"), target)
    out = tmp_path / "anon.pdf"
    assert main(["seminar", str(target), "-o", str(out), "--anonymise"]) == 0
    text = _strings(out).casefold()
    assert "case a" in text and "høst" in text
    for key in ORDER:
        for hidden in HIDDEN[key]:
            assert hidden.casefold() not in text


def test_metadata_says_only_the_title_and_the_app(tmp_path):
    meta = PdfReader(_deck(tmp_path, "--title", "Høstsamling")).metadata
    assert meta.title == "Høstsamling"
    assert meta.author == "SAMSON desktop"
    assert meta.subject == "Likemannsseminar: 4 saker"


def test_latest_two_show_change(tmp_path, capsys):
    paths = write_cases(tmp_path / "sessions")
    later = tmp_path / "sessions" / "nordby-t2.samson"
    later.write_text(json.dumps(later_doc(case_docs()["north"])), encoding="utf-8")
    files = [str(later), str(paths["north"]), str(paths["south"])]
    text = " ".join(_strings(_deck(tmp_path, "--latest-two", files=files)).split())
    assert "Endring siden Tidspunkt 1: +" in text
    assert "nordby-t2" not in text.casefold()
    out = tmp_path / "latest.pdf"
    assert main(["seminar", *files, "-o", str(out)]) == 0
    assert "is left out: another file is a later time point" in capsys.readouterr().err


def test_one_case_is_refused(tmp_path, capsys):
    paths = write_cases(tmp_path / "sessions")
    out = tmp_path / "one.pdf"
    assert main(["seminar", str(paths["north"]), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "needs at least two cases" in err and "there is 1 here" in err
    assert not out.exists()
    later = tmp_path / "sessions" / "t2.samson"
    later.write_text(json.dumps(later_doc(case_docs()["north"])), encoding="utf-8")
    assert main(["seminar", str(paths["north"]), str(later), "-o", str(out)]) == 1
    assert "needs at least two cases" in capsys.readouterr().err


@pytest.mark.parametrize("content, expected", [
    (b"{", "Line 1, column 2: the file is not valid JSON"),
    (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": []}]}',
     "Case 1, sessions: should not be empty"),
    (b'{"format": "samson-seminar", "format_version": 1, "cases": [{"sessions": ["gone.samson"]}, '
     b'{"sessions": ["also-gone.samson"]}]}', 'Case 1, sessions, item 1: "gone.samson": the file does not exist'),
    (b'{"format": "samson-seminar", "format_version": 1, "cases": []}', "needs at least two cases"),
])
def test_broken_seminar_files(tmp_path, capsys, content, expected):
    target = tmp_path / "broken.samson-seminar"
    target.write_bytes(content)
    assert main(["seminar", str(target)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (tmp_path / "broken.pdf").exists()
    assert target.read_bytes() == content


def test_usage_errors(tmp_path, capsys):
    files = _files(tmp_path)
    assert main(["seminar", *files]) == 2
    assert "-o DECK.pdf" in capsys.readouterr().err
    assert main(["seminar", files[0], str(tmp_path / "x.samson-seminar"), "-o", "x.pdf"]) == 2
    assert "not both" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["seminar", *files, "-o", "x.pdf", "--lang", "de"])
    assert caught.value.code == 2


def test_a_broken_session_stops_the_deck(tmp_path, capsys):
    files = _files(tmp_path)
    Path(files[1]).write_text('{"format": "samson-session"', encoding="utf-8")
    out = tmp_path / "deck.pdf"
    assert main(["seminar", *files, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "sorstrand-t1.samson: Line 1" in err and "No deck was written" in err
    assert not out.exists()


def test_many_cases_spread_the_radars_over_pages():
    docs = case_docs()
    sessions = []
    for n in range(13):
        doc = json.loads(json.dumps(docs["north"]))
        doc["session_id"], doc["collaboration"]["name"] = f"s{n}", f"Samarbeid {n}"
        sessions.append(parse_session(json.dumps(doc).encode()))
    seminar = build_seminar([CaseInput((s,)) for s in sessions], "en")
    titles = [s.title for s in slides(seminar, SeminarTexts("en"), "")]
    assert titles[2:4] == ["Side by side (1 of 2)", "Side by side (2 of 2)"]
    assert len(titles) == 2 + 2 + 13 + 7  # one question set: no page on matching
    assert titles[-1] == "7 Field 7: what the strong ones do" and titles[4] == "Case A"


def test_a_case_with_nothing_answered_still_gets_its_pages(tmp_path):
    docs = case_docs()
    empty = json.loads(json.dumps(docs["south"]))
    empty["answers"], empty["measures"], empty["weights"] = {}, [], {}
    cases = [CaseInput((parse_session(json.dumps(d).encode()),)) for d in (docs["north"], empty)]
    seminar = build_seminar(cases, "nb")
    assert seminar.cases[1].overall is None and seminar.cases[1].strongest() == []
    out = build_seminar_deck(seminar, tmp_path / "deck.pdf")
    text = " ".join(_strings(out).split())
    assert "Sak B" in text and "Ingen tiltak ennå." in text
