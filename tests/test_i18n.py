"""Languages: switching at run time without a restart, complete translation files, Qt's own buttons."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from samson_desktop.resources import translations_path
from samson_desktop.ui import i18n
from samson_desktop.ui.main_window import SETUP, WEIGHTING, MainWindow
from samson_desktop.ui.settings import Settings
from tests.factories import question_set_doc, session_bytes


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "s.samson"
    path.write_bytes(session_bytes())
    win = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    assert win.open_path(path)
    yield win
    win.set_language("nb")
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_the_default_language_is_bokmaal(window):
    assert i18n.manager().language() == "nb"
    assert window.step_bar.buttons[SETUP].text().endswith("Oppsett")
    assert window.page(SETUP).title.text() == "Oppsett av økten"


def test_switching_language_changes_visible_text_without_restart(window, tmp_path):
    setup = window.page(SETUP)
    weighting = window.page(WEIGHTING)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&Fil"
    window.actions["language_en"].trigger()
    assert i18n.manager().language() == "en"
    assert window.step_bar.buttons[SETUP].text().endswith("Setup")
    assert setup.title.text() == "Session setup"
    assert weighting.title.text() == "Weighting of the values"
    assert file_menu.text() == "&File"
    assert QLocale().name() == "en_GB"
    assert Settings.load(tmp_path / "settings.json").language == "en"
    window.actions["language_nb"].trigger()
    assert setup.title.text() == "Oppsett av økten"
    assert file_menu.text() == "&Fil"


def test_question_content_comes_from_the_question_sets_own_languages(window, tmp_path):
    qset = question_set_doc()
    qset["values"][0]["title"] = {"nb": "Åpenhet", "en": "Openness"}
    qset["values"][0]["description"] = {"nb": "Alle kan bidra.", "en": "Everyone can contribute."}
    path = tmp_path / "two-languages.samson"
    path.write_bytes(session_bytes(question_set=qset))
    assert window.open_path(path)
    card = window.page(WEIGHTING).cards[0]
    assert (card.title.text(), card.description.text()) == ("Åpenhet", "Alle kan bidra.")
    window.set_language("en")
    assert (card.title.text(), card.description.text()) == ("Openness", "Everyone can contribute.")


def test_switching_to_the_current_language_does_nothing(window, qtbot):
    with qtbot.assertNotEmitted(i18n.manager().languageChanged):
        i18n.manager().set_language("nb")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_translation_files_are_complete_and_compiled(language):
    ts = translations_path(f"samson_{language}.ts")
    root = ET.parse(ts).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    empty = [m.findtext("source") for m in messages
             if not (m.findtext("translation") or m.find("translation").findall("numerusform"))]
    assert empty == []
    qm = translations_path(f"samson_{language}.qm")
    assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_qt_standard_buttons_speak_bokmaal(window):
    box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.Save, QMessageBox.Discard, QMessageBox.Cancel)}
    assert texts == {"Lagre", "Forkast", "Avbryt"}
    window.set_language("en")
    box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Save | QMessageBox.Cancel)
    assert box.button(QMessageBox.Save).text().replace("&", "") == "Save"


def test_a_string_from_every_page_module_is_translated():
    translate = QCoreApplication.translate
    i18n.manager().set_language("nb")
    assert translate("StartPage", "New session") == "Ny økt"
    assert translate("MainWindow", "Weighting") == "Vekting"
    assert translate("ReportPage", "Export report…") == "Eksporter rapport …"
    assert translate("Phase", "Mobilisation and collaboration") == "Mobilisering og samarbeid"


# --- one language at a time -------------------------------------------------------------
def test_switching_language_switches_the_status_bar_and_the_field_menu(window):
    window.statusBar().show_autosaved()
    assert window.statusBar().autosave_label.text().startswith("Lagret automatisk")
    window.set_language("en")
    assert window.statusBar().autosave_label.text().startswith("Autosaved")
    menu = window.actions.menus["fields"]
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    assert titles and all("Field" in title and "Felt" not in title for title in titles), titles


def test_setup_shows_the_language_the_questions_are_shown_in_and_choosing_it_switches_the_window(window):
    setup = window.page(SETUP)
    combo = setup.language_combo
    assert combo.currentData() == "nb"
    window.set_language("en")
    assert combo.currentData() == "en"  # the questions are in English now, and setup says so
    combo.setCurrentIndex(combo.findData("nb"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.manager().language() == "nb"
    assert window.step_bar.buttons[SETUP].text().endswith("Oppsett")


def test_the_window_title_names_samson_once_and_last(window):
    """Window systems append the application's name to a title that does not already end with it."""
    title = window.windowTitle()
    assert title.endswith(" — SAMSON") and title.count("SAMSON") == 1, title
    window.document.set_weight("openness", 3)
    assert window.windowTitle().endswith(" * — SAMSON")
