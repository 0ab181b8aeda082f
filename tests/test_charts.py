"""ChartPanel, RadarChart and BarChart: API, fast updates, gaps, clicks, layout, themes and zoom."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication

from samson_desktop.ui.charts import ChartPanel, ChartSeries, RadarChart
from samson_desktop.ui.charts.bars import BarChart
from samson_desktop.ui.charts.style import BLUE, HIGH_CONTRAST_SCORE, VOICE_COLOURS
from samson_desktop.ui.theme import theme

NINE = [f"3-{i}" for i in range(1, 10)]
SEVEN = [str(i) for i in range(1, 8)]


def importance(values) -> ChartSeries:
    return ChartSeries("Importance", values, "importance")


def score(values, counts=None, name="Score") -> ChartSeries:
    return ChartSeries(name, values, "score", counts=counts)


def nine_series(first: float = 7.0) -> list[ChartSeries]:
    return [importance([7.5, 8, 6, 7, 5, 8, 9, 6, 7]),
            score([first, 6, 5, 8, 4, 7, 3, 6, 5], counts=[5] * 9)]


@pytest.fixture
def panel(qtbot):
    widget = ChartPanel(title="Communication")
    qtbot.addWidget(widget)
    widget.resize(500, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def radar(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 400)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def label_texts(chart: RadarChart) -> list[str]:
    return [item.toPlainText() for item in chart.axis_label_items()]


def assert_labels_inside(chart: RadarChart) -> None:
    view_rect = QRectF(chart.rect())
    assert view_rect.width() > 100
    for item in chart.axis_label_items():
        rect = item.rect
        assert rect.width() > 5
        assert view_rect.contains(rect), (item.toPlainText(), rect, view_rect)
    items = chart.axis_label_items()
    for i, item in enumerate(items):
        for other in items[i + 1:]:
            assert not item.rect.intersects(other.rect), (item.toPlainText(), other.toPlainText())


def label_point_size(chart: RadarChart, axis: int = 0) -> float:
    return chart.axis_label_items()[axis].font.pointSizeF()


# ---------------------------------------------------------------- series


def test_series_rejects_unknown_kind_and_mismatched_counts():
    with pytest.raises(ValueError):
        ChartSeries("x", [1, 2], kind="bogus")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ChartSeries("x", [1, 2], counts=[1])


def test_series_value_at_treats_none_nan_and_missing_as_no_value():
    s = ChartSeries("x", [1, None, float("nan"), 4.5])
    assert [s.value_at(i) for i in range(5)] == [1.0, None, None, 4.5, None]


# ---------------------------------------------------------------- panel API


def test_panel_defaults_to_radar_and_switches_view(panel, qtbot):
    panel.set_axes(NINE)
    panel.set_series(nine_series())
    assert panel.view() == "radar"
    assert panel.radar_button().isChecked() and not panel.bars_button().isChecked()

    with qtbot.waitSignal(panel.viewChanged) as signal:
        panel.set_view("bars")
    assert signal.args == ["bars"]
    assert panel.view() == "bars"
    assert panel.current_chart() is panel.bars
    assert panel.bars.isVisible() and not panel.radar.isVisible()
    assert panel.bars_button().isChecked() and not panel.radar_button().isChecked()

    with pytest.raises(ValueError):
        panel.set_view("pie")  # type: ignore[arg-type]


def test_toggle_buttons_switch_view_and_have_accessible_names(panel, qtbot):
    panel.set_axes(SEVEN)
    assert panel.radar_button().text() == "Radar"
    assert panel.bars_button().text() == "Bars"
    assert panel.radar_button().accessibleName()
    assert panel.bars_button().accessibleName()
    qtbot.mouseClick(panel.bars_button(), Qt.MouseButton.LeftButton)
    assert panel.view() == "bars"
    qtbot.mouseClick(panel.radar_button(), Qt.MouseButton.LeftButton)
    assert panel.view() == "radar"


def test_panel_passes_axes_and_counts_to_labels(panel):
    panel.set_axes(NINE, [f"Question {i}" for i in range(1, 10)])
    panel.set_series(nine_series())
    assert panel.radar.axis_labels() == NINE
    assert label_texts(panel.radar)[1] == "3-2\nn=5"
    panel.set_view("bars")
    assert panel.bars.tick_texts()[1] == "3-2\nn=5"


def test_labels_without_counts_show_only_the_axis(radar):
    radar.set_axes(SEVEN)
    radar.set_series([score([5] * 7)])
    assert label_texts(radar) == SEVEN


def test_set_series_with_wrong_length_is_refused(panel):
    panel.set_axes(NINE)
    with pytest.raises(ValueError):
        panel.set_series([score([5] * 7)])


def test_title_is_plain_text(panel):
    panel.set_title("<b>Felt 3</b>")
    assert panel.title() == "<b>Felt 3</b>"
    assert panel._title.textFormat() == Qt.TextFormat.PlainText


def test_hidden_view_catches_up_when_shown(panel):
    panel.set_axes(NINE)
    panel.set_series(nine_series(first=7))
    panel.set_series(nine_series(first=2))  # while the radar is showing
    panel.set_view("bars")
    score_bars = panel.bars.bar_items()[1]
    assert score_bars.opts["height"][0] == pytest.approx(2.0)
    assert panel.bars.tick_texts()[0] == "3-1\nn=5"


def test_the_bar_view_is_built_when_first_shown_and_shows_the_data_then(panel):
    panel.set_axes(NINE)
    panel.set_series(nine_series(first=2))
    panel.set_high_contrast(True)
    panel.set_font_scale(1.5)
    assert not panel.has_bar_view()
    panel.set_view("bars")
    assert panel.has_bar_view() and panel.current_chart() is panel.bars and panel.bars.isVisible()
    assert panel.bars.bar_items()[1].opts["height"][0] == pytest.approx(2.0)
    assert panel.bars.high_contrast() and panel.bars.font_scale() == 1.5
    assert panel.bars.accessibleName()


def test_legend_lists_series_names_as_plain_text(panel):
    panel.set_axes(SEVEN)
    panel.set_series([importance([5] * 7), score([6] * 7, name="<i>Now</i>"),
                      ChartSeries("T1", [4] * 7, "earlier")])
    assert panel.legend().names() == ["Importance", "<i>Now</i>", "T1"]
    entry = panel.legend().entries()[1]
    assert entry.name.textFormat() == Qt.TextFormat.PlainText
    radar_swatch = entry.swatch.pixmap().cacheKey()
    panel.set_view("bars")
    assert entry.swatch.pixmap().cacheKey() != radar_swatch
    panel.set_series([score([6] * 7)])
    assert panel.legend().names() == ["Score"]


def test_legend_entries_take_the_legend_type_under_the_style_sheet(panel, qtbot):
    """Under the application's style sheet a font set on a widget no longer reaches children already
    styled: an entry added once the panel is on screen, and every entry after a zoom, still get it."""
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(theme().stylesheet())
    try:
        panel.set_axes(SEVEN)
        panel.set_series([importance([5] * 7)])
        qtbot.wait(20)
        panel.set_series([importance([5] * 7), score([6] * 7), ChartSeries("T1", [4] * 7, "earlier")])

        def sizes() -> set[float]:
            return {entry.name.font().pointSizeF() for entry in panel.legend().entries()}

        small = panel.legend().font().pointSizeF()
        assert sizes() == {small} and small < app.font().pointSizeF()
        panel.set_font_scale(1.5)
        assert sizes() == {panel.legend().font().pointSizeF()} and panel.legend().font().pointSizeF() > small
    finally:
        app.setStyleSheet(before)


# ---------------------------------------------------------------- fast path


def test_radar_update_with_same_structure_reuses_items(radar):
    radar.set_axes(NINE)
    radar.set_series(nine_series(first=7))
    before = radar.series_items()

    radar.set_series(nine_series(first=3))

    after = radar.series_items()
    assert all(a is b for a, b in zip(after, before))
    assert (after[1].x[0], after[1].y[0]) == pytest.approx((0.0, 0.3))


def test_an_answer_redraws_the_score_line_over_the_kept_background(radar, qtbot):
    # Only the lines that move with an answer are drawn again; the rest comes from one pixmap.
    radar.set_axes(NINE)
    radar.set_series(nine_series(first=7))
    radar.grab()
    background = radar._background.cacheKey()
    radar.set_series(nine_series(first=3))
    image = radar.grab().toImage()
    assert radar._background.cacheKey() == background
    point = radar.to_widget(0.0, 0.3)
    assert image.pixelColor(round(point.x()), round(point.y())).name().lower() == BLUE.lower()
    # A new weighting moves the grey area, which is part of the background.
    radar.set_series([importance([5] * 9), nine_series(first=3)[1]])
    radar.grab()
    assert radar._background.cacheKey() != background


def test_radar_rebuilds_items_when_series_kinds_change(radar):
    radar.set_axes(NINE)
    radar.set_series(nine_series())
    old = radar.series_items()
    radar.set_series([*nine_series(), ChartSeries("T1", [5] * 9, "earlier")])
    new = radar.series_items()
    assert len(new) == 3
    assert not {id(item) for item in new} & {id(item) for item in old}


def test_bar_update_with_same_structure_reuses_items(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_axes(NINE)
    chart.set_series(nine_series(first=7))
    before = chart.bar_items()
    chart.set_series(nine_series(first=2))
    after = chart.bar_items()
    assert len(after) == 2
    assert all(a is b for a, b in zip(after, before))
    assert after[1].opts["height"][0] == pytest.approx(2.0)


def test_panel_skips_redraw_when_nothing_changed(panel, monkeypatch):
    panel.set_axes(NINE)
    panel.set_series(nine_series())
    calls = []
    monkeypatch.setattr(panel.radar, "set_series", lambda series: calls.append(series))
    panel.set_axes(list(NINE))
    panel.set_series(nine_series())
    assert calls == []
    panel.set_series(nine_series(first=1))
    assert len(calls) == 1


# ---------------------------------------------------------------- values


def test_radar_geometry_starts_at_twelve_and_goes_clockwise(radar):
    radar.set_axes(["a", "b", "c", "d"])
    radar.set_series([score([10, 5, 10, 5])])
    item = radar.series_items()[0]
    x, y = item.x, item.y
    assert x[:4] == pytest.approx([0.0, 0.5, 0.0, -0.5], abs=1e-9)
    assert y[:4] == pytest.approx([1.0, 0.0, -1.0, 0.0], abs=1e-9)
    # closed: the line returns to the first point
    assert (x[4], y[4]) == pytest.approx((x[0], y[0]))


def test_radar_clamps_values_to_the_scale(radar):
    radar.set_axes(["a", "b", "c"])
    radar.set_series([score([14, -3, 5])])
    item = radar.series_items()[0]
    radii = np.hypot(item.x, item.y)
    assert radii[:3] == pytest.approx([1.0, 0.0, 0.5], abs=1e-9)


def test_radar_none_breaks_line_and_has_no_marker(radar):
    radar.set_axes(SEVEN)
    radar.set_series([importance([7, None, 6, 7, 5, 8, 9]),
                      score([6, None, 5, 8, 4, 7, None])])
    imp, line = radar.series_items()
    x = line.x
    assert math.isnan(x[1]) and math.isnan(x[6])
    markers = line.marker_positions()
    assert len(markers) == 5
    assert all(math.isfinite(px) and math.isfinite(py) for px, py in markers)
    # the grey profile stays one area over the values it has
    assert imp.area and imp.marker_positions() == []


def test_a_solid_line_with_markers_is_drawn_as_segments_between_present_values(radar):
    """The fast way to draw the score line: segments between neighbours that both have a value,
    each ending on a marker, and the line really painted between them."""
    radar.set_axes(SEVEN)
    radar.set_series([score([6, None, 5, 8, 4, 7, None])])
    line = radar.series_items()[0]
    markers = {(round(x, 6), round(y, 6)) for x, y in
               ((p.x(), p.y()) for p in (radar.to_widget(px, py) for px, py in line.marker_positions()))}
    segments = line.segments()  # laid out for the chart's size by to_widget
    assert len(segments) == 3  # 5–8, 8–4 and 4–7; 6 stands alone between two gaps
    for segment in segments:
        for end in (segment.p1(), segment.p2()):
            assert (round(end.x(), 6), round(end.y(), 6)) in markers
    image = radar.grab().toImage()
    middle = segments[0].center()
    colour = image.pixelColor(round(middle.x()), round(middle.y()))
    assert (colour.red(), colour.green(), colour.blue()) == (QColor(BLUE).red(), QColor(BLUE).green(), QColor(BLUE).blue())


def test_a_dashed_voice_line_is_drawn_as_one_path(radar):
    radar.set_axes(SEVEN)
    radar.set_series([ChartSeries("Voice 2", [5, 6, 7, 5, 6, 7, 5], "voice", index=1)])
    line = radar.series_items()[0]
    assert line.pen.style() != Qt.PenStyle.SolidLine and line.segments() == []


def test_bars_skip_missing_values(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_axes(SEVEN)
    chart.set_series([score([6, None, 5, 8, 4, 7, None])])
    opts = chart.bar_items()[0].opts
    assert len(opts["height"]) == 5
    assert list(np.round(opts["x"])) == [0, 2, 3, 4, 5]


def test_tooltip_escapes_text_and_shows_values_with_n(radar):
    radar.set_axes(["3-1", "3-2"], ["<b>Do we</b> talk?", "Second"])
    radar.set_series([score([6.25, None], counts=[4, 0], name="Now & then")])
    tip = radar.axis_tooltip(0)
    assert "&lt;b&gt;Do we&lt;/b&gt; talk?" in tip
    assert "<b>Do we</b>" not in tip
    assert "Now &amp; then" in tip
    assert "(n=4)" in tip
    assert "6.2" in tip or "6,2" in tip or "6.3" in tip or "6,3" in tip
    assert "6.25" not in tip


# ---------------------------------------------------------------- clicks


def test_clicking_a_radar_label_emits_axis_clicked(radar, qtbot):
    radar.set_axes(NINE)
    radar.set_series(nine_series())
    qtbot.wait(10)
    label = radar.axis_label_items()[4]
    pos = label.rect.center().toPoint()
    with qtbot.waitSignal(radar.axisClicked, timeout=1000) as signal:
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [4]


def test_clicking_the_radar_centre_emits_nothing(radar, qtbot):
    radar.set_axes(NINE)
    centre = radar.centre().toPoint()
    with qtbot.assertNotEmitted(radar.axisClicked):
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=centre)


def test_clicking_a_bar_group_emits_axis_clicked(panel, qtbot):
    panel.set_axes(NINE)
    panel.set_series(nine_series())
    panel.set_view("bars")
    qtbot.wait(10)
    chart = panel.bars
    scene_pos = chart.view_box().mapViewToScene(QPointF(6.0, 1.0))
    pos = chart.mapFromScene(scene_pos)
    with qtbot.waitSignal(panel.axisClicked, timeout=1000) as signal:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [6]


def test_radar_hover_finds_the_axis_under_the_pointer(radar, qtbot):
    radar.set_axes(NINE, [f"Question {i}" for i in range(1, 10)])
    radar.set_series(nine_series())
    qtbot.wait(10)
    angle = 2 * math.pi * 3 / 9
    inside = radar.to_widget(0.5 * math.sin(angle), 0.5 * math.cos(angle))
    assert radar._axis_at(inside) == 3
    label = radar.axis_label_items()[7]
    assert radar._axis_at(label.rect.center()) == 7
    assert "Question 8" in radar.axis_tooltip(7)


def test_bar_group_lookup_between_groups_is_none(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_axes(NINE)
    assert chart.group_at_x(2.1) == 2
    assert chart.group_at_x(2.5) is None
    assert chart.group_at_x(-0.5) is None
    assert chart.group_at_x(9.0) is None


# ---------------------------------------------------------------- layout


@pytest.mark.parametrize("size", [(400, 400), (600, 260), (260, 600)])
def test_nine_axis_labels_stay_inside_the_view(radar, qtbot, size):
    radar.resize(*size)
    radar.set_axes(NINE)
    radar.set_series([score([5] * 9, counts=[12] * 9)])
    qtbot.wait(20)
    assert_labels_inside(radar)
    radar.set_axes(["Åpenhet", "Demokrati", "Kreativitet", "Ledelse"])
    radar.set_series([score([5] * 4, counts=[29] * 4)])
    qtbot.wait(20)
    # Four axes: above and below the rings n stands beside the name, where there is width to spare.
    assert label_texts(radar) == ["Åpenhet  n=29", "Demokrati\nn=29", "Kreativitet  n=29", "Ledelse\nn=29"]


def test_labels_stay_inside_with_large_font_and_wide_labels(radar, qtbot):
    radar.set_axes([f"Field {i}" for i in range(1, 10)])
    radar.set_series([score([5] * 9, counts=[123] * 9)])
    radar.set_font_scale(1.8)
    qtbot.wait(20)
    assert_labels_inside(radar)


def test_labels_outside_outer_ring(radar, qtbot):
    radar.set_axes(NINE)
    radar.set_series([score([10] * 9, counts=[5] * 9)])
    qtbot.wait(20)
    centre = radar.centre()
    radius = radar.ring_radius()
    assert radius > 100  # the chart uses the space it has
    for item in radar.axis_label_items():
        rect = item.rect
        nearest = QPointF(min(max(centre.x(), rect.left()), rect.right()),
                          min(max(centre.y(), rect.top()), rect.bottom()))
        assert math.hypot(nearest.x() - centre.x(), nearest.y() - centre.y()) > radius


def test_labels_shrink_before_the_rings_in_a_cramped_chart(radar, qtbot):
    radar.set_axes(NINE)
    radar.set_series([score([5] * 9, counts=[12] * 9)])
    qtbot.wait(20)
    roomy = label_point_size(radar)
    radar.resize(420, 160)
    qtbot.wait(20)
    cramped = label_point_size(radar)
    assert cramped < roomy
    assert_labels_inside(radar)
    radar.resize(400, 400)
    qtbot.wait(20)
    assert label_point_size(radar) == pytest.approx(roomy)


def test_bar_labels_shrink_so_neighbours_do_not_touch(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_axes(NINE)
    chart.set_series([score([5] * 9, counts=[12] * 9)])
    qtbot.wait(20)
    roomy = chart._tick_font.pointSizeF()
    chart.resize(300, 300)
    qtbot.wait(20)
    assert chart._tick_font.pointSizeF() < roomy
    metrics = QFontMetricsF(chart._tick_font)
    group_px = (chart.view_box().mapViewToScene(QPointF(1.0, 0.0)).x()
                - chart.view_box().mapViewToScene(QPointF(0.0, 0.0)).x())
    assert max(metrics.horizontalAdvance(line) for line in ("3-9", "n=12")) < group_px


def test_bars_have_grid_lines_at_even_values(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    lines = [item for item in chart.view_box().childGroup.childItems()
             if isinstance(item, pg.InfiniteLine)]
    assert sorted(line.value() for line in lines) == [2, 4, 6, 8, 10]
    assert chart.view_box().viewRange()[1][0] == 0.0


def test_long_axis_labels_wrap_at_spaces_and_keep_their_number(radar, qtbot):
    radar.resize(700, 600)
    radar.set_axes(["1 Likeverdighet", "2 Felles mål og visjon", "7 Complementary competences"])
    radar.set_series([score([5] * 3, counts=[8] * 3)])
    qtbot.wait(20)
    texts = label_texts(radar)
    assert texts[0] == "1 Likeverdighet  n=8"  # few axes: above the rings n goes beside the name
    assert texts[1].startswith("2 Felles") and texts[1].count("\n") == 2
    assert texts[2] == "7 Complementary\ncompetences\nn=8"
    assert_labels_inside(radar)


# ---------------------------------------------------------------- themes and zoom


def test_high_contrast_switches_background_and_score_line(panel):
    panel.set_axes(SEVEN)
    panel.set_series([score([5] * 7)])
    line = panel.radar.series_items()[0]
    normal_width = line.pen.widthF()
    assert line.pen.color().name().lower() == BLUE.lower()

    panel.set_high_contrast(True)
    assert panel.high_contrast()
    assert panel.radar.background_colour().name() == "#000000"
    assert panel.radar.grab().toImage().pixelColor(2, 2).name() == "#000000"
    assert panel.bars.backgroundBrush().color().name() == "#000000"
    assert line.pen.color().name().lower() == HIGH_CONTRAST_SCORE.lower()
    assert line.pen.widthF() > normal_width
    assert panel.radar.axis_label_items()[0].colour.name() == "#ffffff"
    assert panel.palette().window().color().name() == "#000000"

    panel.set_high_contrast(False)
    assert panel.radar.grab().toImage().pixelColor(2, 2).name() == "#ffffff"
    assert line.pen.color().name().lower() == BLUE.lower()


def test_black_voice_turns_white_in_high_contrast(radar):
    radar.set_axes(SEVEN)
    radar.set_series([ChartSeries("Voice 6", [5] * 7, "voice", index=5)])
    curve = radar.series_items()[0]
    assert curve.pen.color().name() == VOICE_COLOURS[5].lower()
    radar.set_high_contrast(True)
    assert curve.pen.color().name() == "#ffffff"


def test_voices_differ_in_colour_line_style_and_marker(radar):
    radar.set_axes(SEVEN)
    radar.set_series([ChartSeries(f"v{i}", [5] * 7, "voice", index=i) for i in range(6)])
    items = radar.series_items()
    colours = {item.pen.color().name() for item in items}
    styles = {(item.pen.style(), tuple(item.pen.dashPattern())) for item in items}
    symbols = {item.symbol for item in items}
    assert len(colours) == len(styles) == len(symbols) == 6
    assert Qt.PenStyle.SolidLine not in {item.pen.style() for item in items}


def test_font_scale_grows_labels_and_keeps_them_inside(panel, qtbot):
    panel.resize(1000, 800)  # room enough that the labels need not shrink to fit
    qtbot.wait(20)
    panel.set_axes(NINE)
    panel.set_series(nine_series())
    size = label_point_size(panel.radar)
    width = panel.radar.axis_label_items()[0].pixel_size()[0]
    tick_size = panel.bars._tick_font.pointSizeF()
    title_size = panel._title.font().pointSizeF()

    panel.set_font_scale(1.5)

    assert panel.font_scale() == 1.5
    assert label_point_size(panel.radar) == pytest.approx(size * 1.5)
    assert panel.radar.axis_label_items()[0].pixel_size()[0] > width * 1.2
    assert panel.bars._tick_font.pointSizeF() == pytest.approx(tick_size * 1.5)
    assert panel._title.font().pointSizeF() == pytest.approx(title_size * 1.5)
    qtbot.wait(20)
    assert_labels_inside(panel.radar)
    with pytest.raises(ValueError):
        panel.set_font_scale(0)


def test_panel_renders_both_views(panel, qtbot):
    panel.set_axes(NINE)
    panel.set_series([*nine_series(), ChartSeries("Kommunen", [4] * 9, "voice", index=0)])
    radar_image = panel.grab().toImage()
    panel.set_view("bars")
    bars_image = panel.grab().toImage()
    assert not radar_image.isNull() and not bars_image.isNull()
    assert radar_image != bars_image
    # the score colour appears in the bar view
    chart = panel.bars
    point = chart.mapFromScene(chart.view_box().mapViewToScene(
        QPointF(chart.bar_items()[1].opts["x"][0], 1.0)))
    colour = chart.grab().toImage().pixelColor(QPoint(point.x(), point.y()))
    assert colour.name().lower() == BLUE.lower()
