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

In the workshop window (questions page; the overview page is hidden and only marked stale) an answer
costs ~1 ms of synchronous update (document, scores, the field chart's series) and one paint pass of
the window, in which the field radar's viewport takes ~2 ms: pyqtgraph paints ~15 items per radar
(five rings, spokes, area, line, markers, labels), each through a Python `paint()`, with antialiased
`QPainterPath` drawing; the answer buttons and the voice scale take the rest.

With the overview page on screen too (the budgeted figure), the same answer also refreshes the
overview synchronously (~2 ms of the ~3.5 ms update: priority and divergence lists rebuilt item by
item, two charts), and Qt then
paints in three passes — the question window, then the overview window once per chart, because each
pyqtgraph scene announces its change through its own queued call — plus a relayout and repaint of
the rebuilt lists. Each radar's full repaint is 1.7–2.2 ms; caching the static grid items
(DeviceCoordinateCache) saves only ~0.15 ms per radar. Meeting 4 ms with three radars on screen needs
a cheaper chart: a static background (rings, spokes, labels) rendered once into a pixmap and only the
series drawn per update, in one paint pass per window, and list widgets updated in place.

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
