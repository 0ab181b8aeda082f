"""The workshop window: files, the unsaved-changes prompt, keys, presentation mode, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
)

from samson_desktop.core.model import Collaboration
from samson_desktop.fileformat import read_session
from samson_desktop.fileformat.question_sets import demo_session_paths
from samson_desktop.ui.main_window import (
    OVERVIEW,
    QUESTIONS,
    REPORT,
    SETUP,
    START,
    STEP_COUNT,
    WEIGHTING,
    MainWindow,
)
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import BASE_POINT_SIZE, theme
from tests.factories import question_set_doc, session_bytes


@pytest.fixture
def make_window(qtbot, tmp_path):
    created = []

    def make(path=None, show=False):
        window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
        created.append(window)
        if show:
            window.resize(1280, 720)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if path is not None:
            assert window.open_path(path)
        return window

    yield make
    for window in created:
        if window.is_presentation():
            window.set_presentation(False)
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    # Restyling the application while deleted windows still wait for deletion crashes Qt.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)
    theme().set_high_contrast(False)


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.samson"
    path.write_bytes(session_bytes())
    return path


def press(qtbot, key, modifier=Qt.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


# --- title ------------------------------------------------------------------------------
def test_the_title_always_says_samson_and_shows_user_text_as_typed(make_window, session_file):
    window = make_window(show=True)
    assert "SAMSON" in window.windowTitle()
    window.open_path(session_file)
    assert "SAMSON" in window.windowTitle() and "Testsamarbeid" in window.windowTitle()
    name = "<b>x</b> [*] <img src=x>"
    window.document.set_info(collaboration=Collaboration(name))
    assert "SAMSON" in window.windowTitle()
    # What the window system shows is the name exactly as typed, with the dirty mark after it.
    shown = window.windowHandle().title()
    assert name in shown and shown.endswith(" * — SAMSON")


# --- the unsaved-changes prompt ---------------------------------------------------------
def test_close_with_unsaved_changes_and_save(make_window, session_file, monkeypatch):
    window = make_window(session_file)
    window.document.set_weight("openness", 6)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.Save)
    assert window.close()
    assert len(asked) == 1
    assert read_session(session_file).weights == {"openness": 6}


def test_close_with_unsaved_changes_and_discard(make_window, session_file, monkeypatch):
    window = make_window(session_file)
    window.document.set_weight("openness", 6)
    before = session_file.read_bytes()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Discard)
    assert window.close()
    assert session_file.read_bytes() == before


def test_close_with_unsaved_changes_and_cancel(make_window, session_file, monkeypatch):
    window = make_window(session_file, show=True)
    window.document.set_weight("openness", 6)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert window.document.is_dirty()


def test_save_on_close_of_a_new_session_asks_for_a_name_and_cancel_keeps_it_open(make_window, monkeypatch):
    window = make_window(show=True)
    window.new_session()
    window.document.set_weight("openness", 6)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not window.close()  # the save dialog was cancelled, so nothing may be lost
    assert window.document.is_dirty()


def test_no_prompt_without_changes(make_window, session_file, monkeypatch):
    window = make_window(session_file)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("asked without need"))
    assert window.close()


def test_opening_another_file_asks_first(make_window, session_file, tmp_path, monkeypatch):
    other = tmp_path / "other.samson"
    other.write_bytes(session_bytes(session_id="s-2", collaboration={"name": "Annet"}))
    window = make_window(session_file)
    window.document.set_weight("openness", 6)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Cancel)
    assert not window.open_path(other)
    assert window.document.session.weights == {"openness": 6}
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Discard)
    assert window.open_path(other)
    assert window.document.session.collaboration.name == "Annet"


# --- files ------------------------------------------------------------------------------
def test_save_as_adds_the_suffix_and_remembers_the_file(make_window, tmp_path, monkeypatch):
    window = make_window()
    window.new_session()
    window.document.set_info(collaboration=Collaboration("Nytt samarbeid"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ny"), ""))
    assert window.save()
    saved = tmp_path / "ny.samson"
    assert read_session(saved).collaboration.name == "Nytt samarbeid"
    assert window.document.path == saved
    assert window.settings.recent_files[0] == str(saved.resolve())
    assert Settings.load(tmp_path / "settings.json").recent_files[0] == str(saved.resolve())
    start = window.page(START)
    start.refresh_recent()
    assert start.recent_list.count() == 1


def test_the_start_page_reads_the_names_in_recent_files_when_it_is_first_shown(qtbot, tmp_path, session_file):
    """With a session open, the start page is built in an idle turn; it reads the recent files'
    names only when the facilitator goes to it, and shows them then."""
    other = tmp_path / "annet.samson"
    other.write_bytes(session_bytes(session_id="s-2", collaboration={"name": "Annet samarbeid"}))
    settings = Settings(path=tmp_path / "settings.json")
    settings.add_recent(other)
    window = MainWindow(read_session(session_file), session_file, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(window.pages.all_built, timeout=10_000)
    start = window.pages.built(START)
    assert "Annet samarbeid" not in start.recent_list.item(0).text()  # not read while out of sight
    window.go_to_step(START)
    assert "Annet samarbeid" in start.recent_list.item(0).text()
    window.document.undo_stack.setClean()


def test_a_bad_file_gets_a_clear_message_and_is_left_alone(make_window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.samson"
    bad.write_bytes(session_bytes(weights={"openness": 11}))
    before = bad.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window = make_window()
    original = window.document.session
    assert not window.open_path(bad)
    assert len(shown) == 1
    assert "broken.samson: Vekter, åpenhet: skulle vært høyst 10, ikke 11" in shown[0]
    assert "$" not in shown[0] and "Traceback" not in shown[0]
    assert bad.read_bytes() == before
    assert window.document.session is original


def test_a_demo_opens_as_an_unsaved_copy(make_window, tmp_path, monkeypatch):
    demo = demo_session_paths()[0]
    if not demo.is_file():
        pytest.skip("demo sessions not bundled")
    before = demo.read_bytes()
    window = make_window()
    assert window.open_demo(0)
    assert window.document.path is None
    assert window.document.session.session_id != read_session(demo).session_id
    assert window.current_step() == OVERVIEW
    window.document.set_weight("openness", 1)
    # Saving asks for a name; the demo itself is refused as a target.
    targets = iter([(str(demo), ""), (str(tmp_path / "mine.samson"), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(targets))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    assert window.save()
    assert demo.read_bytes() == before
    assert (tmp_path / "mine.samson").is_file()


def test_open_recent_menu_lists_saved_files(make_window, session_file):
    window = make_window(session_file)
    menu = window.actions.menus["recent"]
    window.files.fill_recent_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert any(session_file.name in t for t in texts)


# --- keys -------------------------------------------------------------------------------
def test_digits_typed_into_text_fields_are_text_not_answers(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    window.go_to_step(SETUP)
    setup = window.page(SETUP)
    setup.name_edit.setFocus()
    setup.name_edit.selectAll()
    qtbot.keyClicks(setup.name_edit, "Lag 1 2 3 N")
    assert window.document.session.collaboration.name == "Lag 1 2 3 N"
    assert window.document.session.weights == {} and window.document.session.answers == {}
    # The same keys on the weighting page weight values.
    press(qtbot, Qt.Key_3, Qt.ControlModifier)
    press(qtbot, Qt.Key_4)
    assert window.document.session.weights == {"openness": 4}


def test_ctrl_z_in_a_text_field_undoes_the_document(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    window.go_to_step(SETUP)
    setup = window.page(SETUP)
    setup.place_edit.setFocus()
    press(qtbot, Qt.Key_End)
    qtbot.keyClicks(setup.place_edit, "abc")
    assert window.document.session.time_point.place == "Husetabc"
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.session.time_point.place == "Huset"
    assert setup.place_edit.text() == "Huset"


def test_step_keys_and_page_keys_move_freely(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    for step in range(STEP_COUNT):
        press(qtbot, getattr(Qt, f"Key_{step + 1}"), Qt.ControlModifier)
        assert window.current_step() == step
    press(qtbot, Qt.Key_2, Qt.ControlModifier)
    press(qtbot, Qt.Key_PageDown)
    assert window.current_step() == WEIGHTING
    press(qtbot, Qt.Key_PageUp)
    assert window.current_step() == SETUP
    qtbot.mouseClick(window.step_bar.buttons[REPORT], Qt.LeftButton)
    assert window.current_step() == REPORT


def test_weighting_by_keyboard_moves_to_the_next_value_and_arrows_adjust(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    press(qtbot, Qt.Key_3, Qt.ControlModifier)
    page = window.page(WEIGHTING)
    press(qtbot, Qt.Key_0)
    assert page.current_value_id() == "democracy"
    press(qtbot, Qt.Key_Up)
    press(qtbot, Qt.Key_Left)
    press(qtbot, Qt.Key_N)  # "not relevant" means nothing for a weight
    assert window.document.session.weights == {"openness": 9}


def test_questions_answered_by_keys(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    press(qtbot, Qt.Key_4, Qt.ControlModifier)
    page = window.page(QUESTIONS)
    first = page.current_question_id()
    press(qtbot, Qt.Key_0)
    assert window.document.session.answers[first].consensus == 10
    press(qtbot, Qt.Key_N)
    assert window.document.session.answers[first].not_applicable
    press(qtbot, Qt.Key_PageDown)
    assert page.current_question_id() != first
    press(qtbot, Qt.Key_PageUp)
    assert page.current_question_id() == first


def test_the_keyboard_help_opens_from_its_action_and_names_the_note_key(make_window, qtbot):
    window = make_window(show=True)
    window.actions["keys"].trigger()  # F1; its module is loaded on first use
    help_dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "KeyboardHelp")
    qtbot.waitExposed(help_dialog)
    keys = dict(help_dialog.rows())
    assert any("F2" in k for k in keys)
    assert window.actions["focus_note"].shortcuts()[0].toString() == "F2"
    help_dialog.close()


# --- presentation, zoom, contrast -------------------------------------------------------
def test_f11_toggles_presentation_mode_with_large_type(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    normal_size = QApplication.font().pointSizeF()
    assert normal_size >= BASE_POINT_SIZE
    press(qtbot, Qt.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.is_presentation()
    assert QApplication.font().pointSizeF() > normal_size
    assert not window.menuBar().isVisible() and not window.step_bar.isVisible()
    press(qtbot, Qt.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.is_presentation()
    assert QApplication.font().pointSizeF() == normal_size
    assert window.step_bar.isVisible()


def test_escape_leaves_presentation_mode(make_window, session_file, qtbot):
    window = make_window(session_file, show=True)
    window.set_presentation(True)
    press(qtbot, Qt.Key_Escape)
    assert not window.is_presentation()


def test_zoom_keys_change_the_type_and_are_remembered(make_window, qtbot, tmp_path):
    window = make_window(show=True)
    size = QApplication.font().pointSizeF()
    press(qtbot, Qt.Key_Equal, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() > size
    assert Settings.load(tmp_path / "settings.json").zoom > 1.0
    press(qtbot, Qt.Key_0, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() == size
    press(qtbot, Qt.Key_Minus, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() < size


def test_high_contrast_theme(make_window, tmp_path):
    window = make_window()
    window.actions["high_contrast"].trigger()
    palette = QApplication.palette()
    assert palette.window().color().lightness() < 30 and palette.windowText().color().lightness() > 225
    assert Settings.load(tmp_path / "settings.json").theme == "high_contrast"
    window.actions["high_contrast"].trigger()
    assert QApplication.palette().window().color().lightness() > 200


# --- plain text and accessibility -------------------------------------------------------
def test_user_text_with_markup_is_shown_literally(make_window, tmp_path):
    qset = question_set_doc()
    qset["values"][0]["title"]["nb"] = "<img src=x>Åpenhet"
    qset["fields"][0]["questions"][0]["text"]["nb"] = "<b>x</b> er sant"
    qset["fields"][0]["questions"][0]["text"]["en"] = "<b>x</b> is true"
    path = tmp_path / "markup.samson"
    path.write_bytes(session_bytes(question_set=qset, collaboration={"name": "<b>x</b>"},
                                   answers={"f1.q1": {"consensus": 5, "note": "<img src=x>"}}))
    window = make_window(path)
    for step in range(STEP_COUNT):
        window.go_to_step(step)
    shown = {}
    for page in window.built_pages():
        for label in page.findChildren(QLabel):
            for needle in ("<b>x</b>", "<img src=x>"):
                if needle in label.text():
                    shown.setdefault(needle, []).append(label)
    # The collaboration name (report page), the question text (question page) and the value
    # title (weighting page) are on screen as typed, in labels that never read markup.
    assert len(shown.get("<b>x</b>", [])) >= 2
    assert shown.get("<img src=x>")
    for labels in shown.values():
        for label in labels:
            assert label.textFormat() == Qt.PlainText, label.objectName() or label.text()
    setup = window.page(SETUP)
    assert setup.name_edit.text() == "<b>x</b>"
    notes = [w for w in window.page(QUESTIONS).findChildren(QPlainTextEdit) if w.toPlainText() == "<img src=x>"]
    assert notes


def test_every_control_on_the_shell_pages_has_an_accessible_name(make_window, session_file):
    window = make_window(session_file)
    window.page(SETUP)._add_voice()  # a voice row has its own controls
    missing = []
    for step in (START, SETUP, WEIGHTING, REPORT):
        page = window.page(step)
        for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QListWidget):
            for widget in page.findChildren(kind):
                if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                    continue  # the inner editor of a spin or combo box speaks through its owner
                if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
                    missing.append(f"{type(page).__name__}: {type(widget).__name__} {widget.objectName()}")
    for button in window.step_bar.buttons:
        assert button.accessibleName()
    assert missing == []


# --- errors and geometry ----------------------------------------------------------------
def test_the_exception_hook_saves_first_and_then_explains(make_window, session_file, monkeypatch, capsys):
    from samson_desktop import paths
    from samson_desktop.ui import error_dialog

    window = make_window(session_file)
    window.document.set_weight("openness", 3)
    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec",
                        lambda self: shown.append((self.message.text(), self.details.toPlainText())) or 0)
    hook = error_dialog.ExceptionHook(__import__("samson_desktop.ui.autosave", fromlist=["x"]).flush_all)
    try:
        raise ValueError("<b>broken</b> on purpose")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    # The session is on disk before the dialog opens, and the dialog shows the text as typed.
    assert [read_session(f).weights for f in paths.autosave_dir().glob("*.samson")] == [{"openness": 3}]
    assert shown and shown[0][0] == "ValueError: <b>broken</b> on purpose"
    assert "Traceback" in shown[0][1] and "test_main_window.py" in shown[0][1]
    assert "ValueError" in capsys.readouterr().err


def test_the_error_dialog_copies_its_details(qtbot):
    from samson_desktop.ui.error_dialog import ErrorDialog

    dialog = ErrorDialog("KeyError: 'x'", "details line 1\nline 2")
    qtbot.addWidget(dialog)
    assert dialog.message.textFormat() == Qt.PlainText
    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    assert QApplication.clipboard().text() == "details line 1\nline 2"


def test_window_geometry_is_kept_between_runs(make_window, tmp_path):
    window = make_window(show=True)
    window.resize(760, 540)  # within the test screen; a real screen may clamp what does not fit
    assert window.close()
    assert Settings.load(tmp_path / "settings.json").window_geometry
    again = MainWindow(settings=Settings.load(tmp_path / "settings.json"))
    try:
        assert (again.width(), again.height()) == (760, 540)
    finally:
        again.close()
        again.deleteLater()
