"""The .xlsx export read back by a real spreadsheet program: LibreOffice Calc, headless, in a Norwegian
locale, where a CSV's 9.6667 stays text and 4.6 turns into a date. Every number must stay a number,
every date a date and every text text (a formula-like text included)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from factories import session_doc
from samson_desktop.cli.main import main
from samson_desktop.fileformat import parse_session, read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.report.tables import MEASURE_COLUMNS, spool
from samson_desktop.report.xlsx_export import ANSWERS_SHEET, MEASURES_SHEET, write_xlsx

#: LibreOffice converts the workbook back; `make test-slow` and CI run it.
pytestmark = pytest.mark.slow

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
#: LibreOffice takes its locale from its profile: Norwegian bokmål, comma as the decimal separator.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nb-NO</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nb-NO</value></prop></item>
</oor:items>
"""
HOSTILE_MEASURE = {"id": "m9", "question_id": "f1.q1", "text": "=SUM(1;2)", "status": "proposed",
                   "due": "2026-11-30", "note": "4.6"}


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    # Not a skip: CI installs it (.ci/run), and without it the export is not tested at all.
    assert found, "LibreOffice is needed for this test: apt-get install libreoffice-calc-nogui"
    return found


def to_ods(paths: list[Path], tmp_path: Path) -> None:
    """Open each file in LibreOffice Calc (Norwegian locale) and save it as .ods beside itself."""
    profile = tmp_path / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "nb_NO.UTF-8", "LC_ALL": "nb_NO.UTF-8"}
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), *map(str, paths)],
        capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    for path in paths:
        assert (tmp_path / "ods" / f"{path.stem}.ods").is_file(), result.stdout + result.stderr


def ods_sheets(path: Path) -> dict[str, list[list[tuple[str, str]]]]:
    """Each sheet as rows of (value type, value) cells, as LibreOffice stored them."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("content.xml"))
    sheets = {}
    for table in root.iter(f"{{{NS['table']}}}table"):
        rows = []
        for row in table.iter(f"{{{NS['table']}}}table-row"):
            cells: list[tuple[str, str]] = []
            for cell in row.iter(f"{{{NS['table']}}}table-cell"):
                kind = cell.get(f"{{{NS['office']}}}value-type", "")
                if kind == "float":
                    value = cell.get(f"{{{NS['office']}}}value")
                elif kind == "date":
                    value = cell.get(f"{{{NS['office']}}}date-value")
                else:
                    value = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{NS['text']}}}p"))
                repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                cells.extend([(kind, value)] * min(repeat, 100))
            if any(kind for kind, _v in cells):
                rows.append(cells)
        sheets[table.get(f"{{{NS['table']}}}name")] = rows
    return sheets


def check_sheet(rows_back, header, rows) -> int:
    """Compare what LibreOffice read with the typed rows the export wrote; returns the numbers checked."""
    assert [value for _kind, value in rows_back[0][:len(header)]] == list(header)
    assert len(rows_back) == 1 + len(rows)
    numbers = 0
    for back, row in zip(rows_back[1:], rows):
        for col, value in enumerate(row):
            kind, got = back[col] if col < len(back) else ("", "")
            if value is None:
                assert kind == "", (header[col], got)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                assert kind == "float", (header[col], kind, got)
                assert float(got) == pytest.approx(value, rel=1e-12, abs=1e-12)
                numbers += 1
            elif isinstance(value, dt.date):
                assert (kind, got[:10]) == ("date", value.isoformat()), header[col]
            else:
                assert kind == "string", (header[col], kind, got)
                assert got == value
    return numbers


def test_libreoffice_in_norwegian_reads_every_number_as_a_number(tmp_path):
    demo = read_session(demo_session_paths()[0])
    extra = parse_session(json.dumps(session_doc(session_id="hostile", measures=[HOSTILE_MEASURE],
                                                 answers={"f1.q1": {"consensus": 4, "note": "=1+1"}}),
                                     ensure_ascii=False).encode("utf-8"))
    out = tmp_path / "eksport.xlsx"
    assert main(["export", str(demo_session_paths()[0]), "--xlsx", str(out)]) == 0
    both = tmp_path / "begge.xlsx"
    write_xlsx([demo, extra], both)
    # The trap the workbook avoids: the same numbers in a CSV are not numbers to Norwegian Calc.
    trap = tmp_path / "felle.csv"
    trap.write_text("importance,score\n4.6,9.6667\n", encoding="utf-8")
    to_ods([out, both, trap], tmp_path)

    trap_rows = ods_sheets(tmp_path / "ods" / "felle.ods")
    assert trap_rows and trap_rows[next(iter(trap_rows))][1][1][0] != "float", "the locale is not Norwegian"

    back = ods_sheets(tmp_path / "ods" / "begge.ods")
    assert list(back) == [ANSWERS_SHEET, MEASURES_SHEET]
    with spool([demo, extra]) as tables:
        answers = list(tables.answer_rows())
        measures = list(tables.measure_rows())
        numbers = check_sheet(back[ANSWERS_SHEET], tables.answer_header(), answers)
    assert numbers > 100
    check_sheet(back[MEASURES_SHEET], MEASURE_COLUMNS, measures)
    hostile = back[MEASURES_SHEET][-1]
    assert hostile[MEASURE_COLUMNS.index("measure")] == ("string", "=SUM(1;2)")
    assert hostile[MEASURE_COLUMNS.index("follow_up_note")] == ("string", "4.6")
    assert hostile[MEASURE_COLUMNS.index("due")] == ("date", "2026-11-30")

    single = ods_sheets(tmp_path / "ods" / "eksport.ods")
    assert len(single[ANSWERS_SHEET]) == 1 + len(demo.question_set.questions())
    assert len(single[MEASURES_SHEET]) == 1 + len(demo.measures)
