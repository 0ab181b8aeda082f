"""Every workshop page fits a 1280×720 screen in both languages, at normal size and in presentation mode:
no sideways scrolling, no clipped quadrant names, chart titles clear of their buttons, voice names in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QStyleOptionComboBox, QWidget

from samson_desktop.ui.charts import ChartPanel
from samson_desktop.ui.main_window import QUESTIONS, STEP_COUNT, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme

WIDTH, HEIGHT = 1280, 720
#: A question whose field title is long in both languages, on a page with three voices.
QUESTION = "communication.regular-dialogue"
CASES = [(language, presentation) for language in ("nb", "en") for presentation in (False, True)]
IDS = [f"{language}-{'presentation' if presentation else 'normal'}" for language, presentation in CASES]


@pytest.fixture(params=CASES, ids=IDS)
def shown(request, qtbot, tmp_path):
    """The first demo session in a 1280×720 window, in the language and mode of the case."""
    language, presentation = request.param
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.finish_setup()
    window.set_language(language)
    assert window.open_demo(0)
    if presentation:
        window.set_presentation(True)
        # Full screen takes the test screen's size; the projector has 1280×720.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(WIDTH, HEIGHT)
    window.show_question(QUESTION)
    yield window
    if window.is_presentation():
        window.set_presentation(False)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)
    theme().set_high_contrast(False)


def settle(window: MainWindow, step: int) -> QWidget:
    window.go_to_step(step)
    if step == QUESTIONS:
        window.show_question(QUESTION)
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    return window.page(step)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("step", range(STEP_COUNT))
def test_no_page_scrolls_sideways(shown, step):
    page = settle(shown, step)
    holder = shown.pages.currentWidget()
    if isinstance(holder, QScrollArea):
        available = holder.viewport().width()
        assert holder.horizontalScrollBar().maximum() == 0, f"step {step + 1} scrolls sideways"
    else:
        available = holder.width()
    assert page.minimumSizeHint().width() <= available, f"step {step + 1} needs more width"


def test_chart_titles_are_clear_of_their_buttons_and_shown_whole(shown):
    checked = 0
    for step in range(STEP_COUNT):
        page = settle(shown, step)
        for panel in page.findChildren(ChartPanel):
            title = panel.title_label()
            if not (panel.isVisible() and title.isVisible()):
                continue
            checked += 1
            box = rect_in(title, panel)
            for button in (panel.radar_button(), panel.bars_button()):
                assert not box.intersects(rect_in(button, panel)), panel.title()
            room = title.contentsRect().width()
            lines = title.text().split("\n")
            assert all(title.fontMetrics().horizontalAdvance(line) <= room for line in lines), lines
            assert " ".join(lines) == panel.title(), "the title is cut short at 1280×720"
    assert checked >= (3 if shown.is_presentation() else 2)


def _combo_text_room(combo) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def test_question_page_shows_whole_quadrant_names_and_gives_the_note_room(shown):
    if shown.is_presentation():
        pytest.skip("presentation mode hides the note and the measures")
    page = settle(shown, QUESTIONS)
    combo = page.quick_measure.quadrant_combo
    assert combo.isVisible()
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= _combo_text_room(combo), text
    entry = page.quick_measure.text_edit
    placeholder = entry.fontMetrics().horizontalAdvance(entry.placeholderText())
    assert entry.width() >= placeholder + 12, "the measure field cuts its own placeholder"
    # A line of the note holds at least 30 characters of its own type.
    note = page.note_edit
    assert note.viewport().width() >= 30 * note.fontMetrics().averageCharWidth()


def test_voice_names_are_shown_whole(shown):
    # In large type a long name takes a second line rather than lose its end.
    page = settle(shown, QUESTIONS)
    chips = page.voices_strip.chips()
    assert len(chips) == 3
    for chip in chips:
        assert chip.isVisible()
        assert " ".join(chip.name.text().split()) == chip.full_name()


def _title_clear_of_buttons(panel: ChartPanel) -> bool:
    title = panel.title_label()
    box = rect_in(title, panel)
    lines = title.text().split("\n")
    return (all(not box.intersects(rect_in(b, panel)) for b in (panel.radar_button(), panel.bars_button()))
            and all(title.fontMetrics().horizontalAdvance(line) <= title.contentsRect().width()
                    for line in lines))


def test_a_long_chart_title_moves_above_the_buttons_rather_than_under_them(qtbot):
    word = "Samhandlingskompetanseutviklingsprosjektene"
    panel = ChartPanel(title=f"Felt 3: {word}")
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.title_label().text() == panel.title())
    assert panel.title_beside_buttons() and _title_clear_of_buttons(panel)

    # Too narrow for the long word beside the buttons, wide enough for it on a line of its own.
    toggle = panel.radar_button().parentWidget().sizeHint().width()
    longest = panel.title_label().fontMetrics().horizontalAdvance(word)
    panel.resize(12 + toggle + longest, 500)
    qtbot.waitUntil(lambda: not panel.title_beside_buttons())
    assert _title_clear_of_buttons(panel)
    assert " ".join(panel.title_label().text().split()) == panel.title()

    # Narrower than the word, the title is shortened, and whole in its tooltip.
    assert panel.minimumSizeHint().width() < longest
    panel.resize(panel.minimumSizeHint().width(), 500)
    qtbot.waitUntil(lambda: panel.title_label().text().endswith("…"))
    assert _title_clear_of_buttons(panel)
    assert word in panel.title_label().toolTip()

