"""Every workshop page fits a 1280×720 screen in both languages, at normal size, in presentation mode, in high
contrast and zoomed to 125 % and 150 %: no sideways scrolling, no widget given less than it needs, no clipped
label or line edit text, chart titles clear of their buttons, voice names in full.

The general checks walk every widget of every page found at run time, so a new page or widget is covered
without a test of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (QAbstractButton, QTableWidget, QApplication, QCheckBox, QLabel, QLineEdit,
                               QHeaderView, QRadioButton, QScrollArea, QScrollBar, QSizePolicy, QStyle, QStyleOptionComboBox, QStyleOptionFrame,
                               QVBoxLayout, QWidget)

from samson_desktop.ui.charts import ChartPanel
from samson_desktop.ui.main_window import QUESTIONS, STEP_COUNT, MainWindow
from samson_desktop.ui.settings import Settings
from samson_desktop.ui.theme import theme

#: every page in both languages, five looks and two zooms: about two minutes; `make test-slow` and CI run it.
pytestmark = pytest.mark.slow

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



# --- every page, every widget ----------------------------------------------------------------

MODES = ("normal", "presentation", "high-contrast", "zoom-125", "zoom-150")
#: Rounding in layouts and style sheets: a pixel either way is no clipping.
SLACK = 1


@pytest.fixture(params=["nb", "en"])
def window_in(request, qtbot, tmp_path):
    """The first demo session at 1280×720 in the language of the case."""
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.finish_setup()
    window.set_language(request.param)
    assert window.open_demo(0)
    yield window
    if window.is_presentation():
        window.set_presentation(False)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    theme().set_zoom(1.0)
    theme().set_high_contrast(False)


def set_mode(window: MainWindow, mode: str, on: bool) -> None:
    """Presentation mode, high contrast or a zoom step on (or back off), at the projector's size."""
    if mode == "presentation":
        window.set_presentation(on)
        # Full screen takes the test screen's size; the projector has 1280×720.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    elif mode == "high-contrast":
        window.set_high_contrast(on)
    elif mode.startswith("zoom-"):
        theme().set_zoom(int(mode.split("-")[1]) / 100 if on else 1.0)
    window.resize(WIDTH, HEIGHT)


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "placeholderText", "accessibleName", "title"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {text[:40]!r} in {'/'.join(parents)}"


def _without_mnemonic(text: str) -> str:
    """The text as drawn: "&Navn" shows as "Navn" with an underlined N, "&&" as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or _rich(label) or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{_name(label)} needs {need} px of height for its wrapped text, has {label.height()}"
        return None
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room.width() + SLACK:
        return f"{_name(label)} is cut: its text is {widest} px wide, the label {room.width()} px"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    """The text area of a single-line field, focused (the focus frame is thicker), against ascent + descent."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_HasFocus
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.height() - margins.top() - margins.bottom()
    need = edit.fontMetrics().height()
    if room + SLACK < need:
        return f"{_name(edit)} clips its text when focused: {room} px for a {need} px line"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, (QCheckBox, QRadioButton)):
        return None
    text = _without_mnemonic(button.text())
    widest = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    need = button.minimumSizeHint().width()
    if button.width() + SLACK < min(need, widest):
        return f"{_name(button)} is {button.width()} px wide for {widest} px of text"
    return None


def _squeezed(widget: QWidget) -> str | None:
    """A widget given less room than it needs (its minimum size, or its minimum size hint): its contents
    are cut off. A direction in which it ignores its hints, or takes its height from its width, is left
    to the checks of its text."""
    policy = widget.sizePolicy()
    hint = widget.minimumSizeHint()
    need_w = widget.minimumWidth() or (hint.width() if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored else 0)
    need_h = 0
    if not widget.hasHeightForWidth():
        need_h = widget.minimumHeight() or (hint.height() if policy.verticalPolicy() != QSizePolicy.Policy.Ignored
                                            else 0)
    # A maximum below the hint is a decision (a thin progress bar without its text), not a squeeze.
    need_w, need_h = min(need_w, widget.maximumWidth()), min(need_h, widget.maximumHeight())
    if widget.width() + SLACK < need_w or widget.height() + SLACK < need_h:
        return f"{_name(widget)} is {widget.width()}×{widget.height()} but needs {max(need_w, 0)}×{max(need_h, 0)}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    """Each shown section of a table's header against its heading's text (plus the sort arrow's room)."""
    model = header.model()
    if model is None or not header.isVisibleTo(header.window()):
        return []
    problems = []
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + margin
        if text and header.sectionSize(section) + SLACK < need:
            problems.append(f"{_name(header)}: heading {text!r} is cut: {need} px of text, "
                            f"{header.sectionSize(section)} px of column")
    return problems


def fit_problems(page: QWidget) -> list[str]:
    """Everything on ``page`` that is squeezed below what it needs, cut off, or scrolls sideways."""
    problems = []
    for widget in [page, *page.findChildren(QWidget)]:
        if widget.isWindow() or not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problems += _header_problems(widget)
        if isinstance(widget, (QHeaderView, QScrollBar)):
            continue  # parts of a list or table, sized by it
        problems.append(_squeezed(widget))
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{_name(widget)} scrolls sideways")
        if isinstance(widget, QLabel):
            problems.append(_label_problem(widget))
        elif isinstance(widget, QLineEdit):
            problems.append(_line_edit_problem(widget))
        elif isinstance(widget, QAbstractButton):
            problems.append(_button_problem(widget))
    return [p for p in problems if p]


def page_problems(window: MainWindow) -> list[str]:
    problems = []
    for step in range(STEP_COUNT):
        page = settle(window, step)
        holder = window.pages.currentWidget()
        if isinstance(holder, QScrollArea):
            # A page in a scroll area gets at least its minimum height: it scrolls rather than clips.
            if holder.horizontalScrollBar().maximum() > 0:
                problems.append(f"step {step + 1} scrolls sideways")
        elif page.minimumSizeHint().height() > holder.height() + SLACK:
            problems.append(f"step {step + 1} needs {page.minimumSizeHint().height()} px of height, "
                            f"has {holder.height()}, and cannot scroll")
        if page.minimumSizeHint().width() > holder.width() + SLACK:
            problems.append(f"step {step + 1} needs {page.minimumSizeHint().width()} px of width")
        problems += [f"step {step + 1}: {problem}" for problem in fit_problems(page)]
    return problems


def test_every_page_fits_without_clipping(window_in):
    """Every page, in every mode: normal, presentation, high contrast, zoomed to 125 % and to 150 %."""
    problems = []
    for mode in MODES:
        set_mode(window_in, mode, True)
        problems += [f"{mode}, {problem}" for problem in page_problems(window_in)]
        set_mode(window_in, mode, False)
    assert not problems, "\n".join(problems)


def test_the_checks_find_a_cut_label_a_squeezed_layout_and_a_clipping_field(qtbot):
    # The checks themselves can fail: a box placed by hand, smaller than its layout needs.
    outer = QWidget()
    qtbot.addWidget(outer)
    outer.resize(400, 200)
    box = QWidget(outer)
    layout = QVBoxLayout(box)
    label = QLabel("Spørsmål 1 av 57, a long line that needs its room")
    edit = QLineEdit("Ødegård")
    layout.addWidget(label)
    layout.addWidget(edit)
    edit.setFixedHeight(edit.fontMetrics().height() - 4)
    outer.show()
    box.setGeometry(0, 0, 60, 20)
    qtbot.wait(10)
    problems = "\n".join(fit_problems(box))
    assert "is cut" in problems and "but needs" in problems and "clips its text" in problems


def test_the_checks_find_a_cut_column_heading(qtbot):
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Ansvarlig", "Oppfølging"])
    table.resize(400, 200)
    table.show()
    table.horizontalHeader().resizeSection(1, 30)
    assert [p for p in fit_problems(table) if "'Oppfølging' is cut" in p]
    table.horizontalHeader().resizeSection(1, 200)
    assert not [p for p in fit_problems(table) if "is cut" in p]


@pytest.mark.parametrize(("language", "high_contrast"), [("nb", False), ("en", False), ("nb", True)])
def test_all_four_values_are_on_screen_without_scrolling(qtbot, tmp_path, language, high_contrast):
    window = MainWindow(settings=Settings(path=tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.finish_setup()
    window.set_language(language)
    assert window.open_demo(0)
    window.set_high_contrast(high_contrast)
    page = settle(window, 2)
    viewport = page.scroll.viewport()
    assert page.scroll.verticalScrollBar().maximum() == 0, "the weighting page scrolls"
    for card in page.cards:
        assert viewport.rect().contains(rect_in(card, viewport)), card.title.text()
    window.document.undo_stack.setClean()
    theme().set_high_contrast(False)


def test_showing_the_measure_list_keeps_the_field_and_question_in_view(shown):
    if shown.is_presentation():
        pytest.skip("presentation mode hides the note and the measures")
    page = settle(shown, QUESTIONS)
    measures = page.quick_measure
    for text in ("Månedlig kaffemøte", "Felles referat", "Ny møteplass", "Ringerunde", "Nyhetsbrev"):
        measures.text_edit.setText(text)
        measures.add_measure()
    measures.list_toggle.setChecked(True)
    measures.measure_list.setFocus()
    for _ in range(5):
        QApplication.processEvents()
    area = shown.pages.currentWidget()
    viewport = area.viewport()
    for widget in (page.navigator, page.question_label(), measures.measure_list):
        assert viewport.rect().contains(rect_in(widget, viewport)), f"{type(widget).__name__} is out of view"
    shown.document.undo_stack.setClean()
