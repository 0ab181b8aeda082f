"""Short profile summaries that docs/performance.md quotes: where the time of each measured path goes."""

PROFILE_NOTES = """
Profiled with pyinstrument and cProfile (plus `python -X importtime` and an event trace of Paint,
UpdateRequest and LayoutRequest events) on the 2-core benchmark machine. Figures are for a quiet
machine; under load every wall-clock figure above grows, which is why start-up is a ratio.

### Changes made from these profiles

- **Session schema validator generated ahead of time** (`samson_desktop/fileformat/_schema_check.py`,
  made by `tools/make_schema_check.py`). `fastjsonschema.compile()` generated and compiled ~140 KB of
  Python on every process start: 35–55 ms before the first paint, in every `samson` command and in the
  first file open. The generated module loads from bytecode in ~5 ms. It records the SHA-256 of the
  schema it was made from; validation compiles at run time again when the schema has changed (slower,
  never wrong), and `tests/test_schema_check_generated.py` fails until it is regenerated. Cold first
  open went from ~40–57 ms to ~7 ms; start-up lost ~35 ms.
- **Chart legend relayout only when it changes** (`samson_desktop/ui/charts/legend.py`). Every
  `set_series` invalidated the legend's layout, so every answer caused a LayoutRequest cascade
  (legend → chart panel → page) and a second paint pass of each window. In the workshop window this
  took the redraw from ~5.3 ms to ~3.8–4.1 ms.
- **PySide6 6.12.0 excluded.** In 6.12.0 every Python-side `Signal.emit()` drops a reference to
  `True` (measurable with `sys.getrefcount(True)`): after some hundreds of emits the process dies
  with "Fatal Python error: bool_dealloc" (or none_dealloc). The chart benchmark crashed after ~150
  answers; a workshop would crash the same way. 6.11.3 does not have the bug.

### Start-up (`samson --smoke-test FILE`: window painted ~155 ms, session open ~215 ms; bare window ~90 ms)

The window paints first ("first paint", ~1.7× the bare window) and reads the session right after;
the figure with a budget is taken at "session ready", which the app prints once the session is in
the window (just before that page's own paint). pyqtgraph, numpy, reportlab and jsonschema are not
imported before either line (checked in the profile); charts and the other pages are built later.

| phase | ms | note |
|---|---:|---|
| interpreter + `import PySide6.QtWidgets` | ~80 | the same in the bare window (shiboken's signature bootstrap alone is ~45 ms) |
| `from PySide6.QtCore import Qt` and the other UI imports | ~35 | PySide6 builds a Python enum class for every Qt enum on first use (~13 ms for the Qt namespace alone) |
| application, fonts, settings, theme, empty window, first paint | ~40 | four DejaVu fonts ~5 ms; the app-wide style sheet ~10 ms of polish |
| read and validate the session | ~14 | of which importing fastjsonschema (for its exception types) ~5 ms |
| document, autosave and the setup page | ~50 | importing `setup_page` ~30 ms, two thirds of it PySide6 enum creation; building it ~11 ms |

Across start-up PySide6 creates ~350 Python enum classes (through the `enum` functional API) for
~43 ms, against 46 classes and 14 ms in the bare window: the largest single cost the app adds, and
one no small change removes. Reaching 2.0× needs the session's first page to be cheaper to import
and build (fewer distinct Qt enum types, no app-wide style sheet), or the session shown on a lighter
first view.

### Chart redraw after an answer

Changes made from the profiles (answer → charts painted went from ~14.5 ms to ~4.9 ms with both pages
on screen, and from ~3.8 ms to ~2.6 ms in the workshop window):

- **One paint pass per window.** Each pyqtgraph scene reported its change through its own queued call,
  and each such call painted the window: the overview, with two radars, was painted twice after every
  answer. The radar now sets `QGraphicsView.NoViewportUpdate` and repaints its view itself whenever
  its drawing changes (`charts/radar.py`).
- **Radar items drawn by Qt, and from pixmaps.** The rings and spokes are one item instead of six
  curves; series lines and areas are `QGraphicsPathItem`s (painted in C++) and the markers one item
  that draws every symbol in a single Python call, instead of pyqtgraph's curve and scatter items
  (`charts/radar_items.py`). Everything but the score line is cached by Qt
  (`DeviceCoordinateCache`), and a series whose points did not change is not touched, so its pixmap
  stays valid. A radar's repaint fell from 1.7–2.2 ms to 0.7–1.0 ms.
- **Lists after the charts.** The overview fills only the list of its open tab (the other when its tab
  is opened), lays it out at once instead of at the next turn of the event loop (which cost a second
  paint pass), and does so 25 ms after the charts: laying out ~55 wrapped rows costs more than both
  charts together. The voice scale maps the answer buttons once per paint, not once per tick.

What is left with both pages on screen (~4.9 ms; budget 4 ms): ~1.3 ms of synchronous update
(scoring ~0.35 ms, three charts' series, the question page's buttons and voices), the question window's
pass (~2.1 ms: field radar ~1.0 ms, voice scale ~0.55 ms, two answer buttons), and the overview's pass
(~2 ms: two radars ~0.85 ms each, the continuum). Of a radar's repaint, ~0.3 ms is pyqtgraph's
`PlotWidget` itself, measured with no item in it (its `GraphicsView.paintEvent`, `prepareForPaint`
signal and layout items), ~0.15 ms the grid and thirteen labels drawn from their pixmaps, and the
rest the score line and markers. Meeting 4 ms here would take a radar view without pyqtgraph's plot
machinery, or one opaque background pixmap per chart; in the workshop window itself, where the
overview is a hidden page, the same answer takes ~2.6 ms.

### Reports, files and the portfolio

- `samson report` (~0.30 s): reportlab import ~90 ms, building the document ~290 ms of which TrueType
  font registration ~40 ms; the rest is reportlab's layout of paragraphs and tables. Time grows
  sub-linearly with the number of measures (a fixed cost of ~0.27 s, then ~0.7 ms per measure).
- Open and validate (1.4 ms warm): JSON decoding, then the generated validator; the embedded question
  set is ~65 % of the validation work.
- Portfolio (1.5 ms per session, linear to 5,000): per file, validation is about half (two thirds of
  it the embedded question set, the same in every file), scoring ~20 %, the rest JSON decoding and
  building the model. Garbage collection adds ~3 % and does not grow with the number of sessions.
- Memory: a bare PySide6 window peaks at ~50 MiB; numpy and pyqtgraph add ~50 MiB once the charts are
  built after the first paint.
"""
