"""Short profile summaries that docs/performance.md quotes: where the time of each measured path goes."""

PROFILE_NOTES = """
Profiled with pyinstrument and cProfile (plus `python -X importtime` and an event trace of Paint,
UpdateRequest and LayoutRequest events) on the 2-core benchmark machine. Figures are for a quiet
machine; under load every wall-clock figure above grows, which is why start-up is a ratio.

### Changes made from these profiles

- **Session schema validator generated ahead of time** (`samson_desktop/fileformat/_schema_check.py`,
  made by `tools/make_schema_check.py`). `fastjsonschema.compile()` generated and compiled ~140 KB of
  Python on every process start: 35–55 ms before the first paint, in every `samson` command and in the
  first file open. The generated module loads from bytecode in ~5 ms. It records the CRC-32 of the
  schema it was made from; validation compiles at run time again when the schema has changed (slower,
  never wrong), and `tests/test_schema_check_generated.py` fails until it is regenerated. It raises
  our own `SchemaViolation` under fastjsonschema's exception names and reads numbers as the JSON
  decoder makes them, so opening a session imports neither fastjsonschema, hashlib nor decimal
  (~7 ms together). Cold first open went from ~40–57 ms to ~7 ms.
- **Chart legend relayout only when it changes** (`samson_desktop/ui/charts/legend.py`). Every
  `set_series` invalidated the legend's layout, so every answer caused a LayoutRequest cascade
  (legend → chart panel → page) and a second paint pass of each window. In the workshop window this
  took the redraw from ~5.3 ms to ~3.8–4.1 ms.
- **PySide6 6.12.0 excluded.** In 6.12.0 every Python-side `Signal.emit()` drops a reference to
  `True` (measurable with `sys.getrefcount(True)`): after some hundreds of emits the process dies
  with "Fatal Python error: bool_dealloc" (or none_dealloc). The chart benchmark crashed after ~150
  answers; a workshop would crash the same way. 6.11.3 does not have the bug.

### Start-up (`samson --smoke-test FILE`: session on screen ~170–185 ms; bare window ~90 ms)

Changes made from the profiles (2.44× → about 1.9×; the table above has this run's figure):

- **The session is read before the window is built** (`ui/launch.py`), so the first paint shows it.
  Before, the window painted a start page first, read the file, and then built the setup page: the
  start page was built, laid out and painted for nothing. Reading and validating even a 2 MB
  session takes ~8 ms.
- **Qt-free work before Qt.** Settings and session files are read, and their modules imported,
  before PySide6 is. PySide6 reads the source of every module imported after it (`inspect.getsource`
  in its `__feature__` import hook); for the ~40 modules behind a session that cost ~10 ms.
- **The smoke test watches the window, not the application.** An application-wide event filter
  hands Python every object that gets an event, Qt's private classes too; wrapping those made PySide
  resolve every class of QtCore, QtGui and QtWidgets (128 enum classes, ~10 ms) in the measured path
  only. `benchmarks/bare_window.py` watches its window the same way.
- **Fusion from the command line** (`-style Fusion`): `setStyle()` returns the style, and wrapping it
  for Python built QStyle's eleven enum classes (~5 ms).
- **Pages built inside their final parent.** With an application style sheet, moving a finished page
  into the window restyles every widget in it again; the page registry (`ui/pages/registry.py`) builds
  each page inside its scroll area or the stack, and the setup page puts up its frame before its fields (~3 ms).
- **Smaller:** the `QWidget { color }` rule is gone from the style sheet (text colours come from the
  palette; the rule made the style sheet set a palette on every widget, ~2 ms, and showed disabled
  fields in the normal text colour); `statistics` (`fmean` is `fsum / n`), `uuid` and the voice
  statistics module are no longer imported before the first paint; dataclasses have docstrings, so
  `dataclasses` does not compute one through `inspect.signature`.

- **The garbage collector is off while the program loads** (`__main__.py`). Loading makes tens of
  thousands of objects that live as long as the program; collecting while they are made cost ~10–15 ms
  before the first paint and ~5 ms after it. It is on again before a command runs and, in the window,
  once every page is built (its first full collection then takes ~20 ms). Cost: cycles made while
  loading are freed only from then on.
- **Only what the first page needs before the first paint.** 49 dataclasses were built before the
  first paint, 33 now: which changes ask for an explanation (`core/to_explain.py`), the character at
  two time points (`core/character_change.py`), when earlier answers show (`core/reveal.py`),
  participants' names (`core/participants.py`) and the terminal's printing (`cli/terminal.py`) are
  modules of their own, so that opening a session no longer loads the comparison, the follow-up, the
  voice statistics or `statistics`. The keyboard help and About load through `tool_windows`. A frozen
  slotted dataclass costs ~1 ms to define on this machine (six generated methods, each compiled).
- **Listening to other SAMSON processes** (QtNetwork, ~10 ms) waits until every page is built.
- **Records are `msgspec.Struct`s** (the model, scoring, comparison, voices, the file's messages and
  what the window keeps). A frozen dataclass compiles six methods from source when its class is made,
  ~0.9 ms each on this machine; a Struct class is made in C in ~0.03 ms. Start-up made ~50 such classes
  (~25 ms before the first paint, ~20 ms after it); msgspec's own import (~12 ms) is now paid before the
  first paint. Only a report's context, made after the first paint, stays a dataclass.
- **PySide6's check on every import made cheap** (`ui/pyside_import_check.py`). For its `__feature__`
  imports PySide6 asks of every module imported after it whether its source names "PySide6", through
  `inspect.getsource` (find the file, read it through `linecache`, split it into lines, join them). That
  came to ~20 ms before the first paint and ~50 ms more until the charts could draw. The check now gets
  the same answer from the file's bytes; `tests/test_pyside_import_check.py` compares the two answers
  for every module loaded. Cost: it replaces a function of PySide's private support module; a PySide6
  without that function is left as it is.
- **Scroll areas make their own viewport** (`widgets/scroll_area.py`). Asked for a viewport Qt made,
  PySide6 looks through every widget class it knows for the right wrapper, which makes ~70 classes
  and their enums (~12 ms, once, in whichever page asked first).
- **QStyle is made in the background.** The first `widget.style()` makes PySide6 build QStyle's class
  (566 enum members, ~10 ms). The one place that asks for it (re-applying the style sheet after a
  property changed, `widgets/repolish.py`) is imported with the page modules on the importing thread;
  the measures table takes its column headings' widths from the header's own size hints instead of
  the style's margins; a card or a voice chip takes its first state before it is styled.
- **What costs the most that the bare window does not pay:** the `Qt` namespace (93 enum classes with
  1,195 members, ~27–33 ms, built on the first `Qt.AlignLeft`), the other PySide6 classes the window
  uses (~20 ms, mostly their enums), msgspec's import (~12 ms), the setup page with its ~150 widgets
  (~25 ms to build, ~14 ms to show) and the first paint of ~200 widgets with the style sheet (~20 ms).
  The first paint lands close to twice the bare window: in a quiet period of this machine under it
  (1.55×, 1.89× and 1.93× in earlier full runs), in a busy one just over (2.01× to 2.11×), because
  our part is Python work that a busy neighbour slows more than the bare window's loading of libraries.
- **One way to show user text as markup** (`widgets/labels.plain_markup`, Qt's `convertFromPlainText`)
  for tooltips and message boxes alike; the tooltips no longer import `html`, whose entity table cost
  ~2 ms before the first paint.
- **Counted in instructions.** Wall-clock start-up on this shared machine scatters by a quarter between
  runs minutes apart (the ratio of 15-pair medians read 1.76× and 2.22× within an hour), so each change
  below was judged by callgrind's instruction count from launch to the first paint, which is the same
  every run (`benchmarks/bench_instructions.py`, now a row of the table). The bare window takes ~630 M
  instructions; the window with a session took 1,226 M (1.95×) before these changes and 1,170 M (1.86×)
  after them:
  - the setup page's character section, below the fold, is built by `finish()` in an idle turn after
    the first paint (`PageStack`: `page()` gives a page whole, `go_to` leaves the part below the fold to
    an idle turn), ~30 M with the recent files below;
  - the recent files named at start are written once the window is on screen (the write waits for an
    fsync of the file and its folder, ~3 ms);
  - the question set, the settings and a left-over autosave are Structs, so nothing before the first
    paint imports `dataclasses` or compiles a dataclass's methods (~20 M); the question set keeps its
    source out of comparisons with an `__eq__` of its own, and its lookup is a `cached_property`;
  - `plain_markup` (above) leaves out `html`.
- **Where the rest goes** (instructions, against the bare window's 630 M): the `Qt` namespace, 93 enum
  classes built by Python 3.11's `enum` module on the first `Qt.` (124 M, which any window that names
  `Qt.AlignLeft` pays); msgspec's import (74 M: its C core imports `typing_extensions`, `uuid`,
  `decimal` and `datetime`); platformdirs (20 M); the dialog classes (12 M; avoiding them would mean
  every module before the first paint reaching them through `QtWidgets.` at the call); six combo boxes,
  each of which makes its hidden popup list when the style sheet reaches it (~50 of the 163 widgets
  that exist at the first paint); fontconfig's start with the bundled fonts (~35 M, which any text
  pays); and three layout passes of the setup page before it settles. An always-on scroll bar on the
  setup page would save one pass (7 M) and dropping `difflib` 3 M; neither was done.

Where the time goes before the first paint (medians of 21 starts in a busy period of this machine,
each start's phases timed inside the process from the end of the interpreter's own start; the start
of this stop against its end, run in turns):

| phase | before, ms | now, ms | note |
|---|---:|---:|---|
| `cli.main` | 21.5 | 21.7 | argparse, json, typing |
| imports up to the window's modules, PySide6 included | 262.5 | 240.4 | PySide6 ~130–170 (as in the bare window); the `Qt` namespace ~30 |
| reading the session | 9.4 | 8.3 | |
| `QApplication`, fonts, language, theme | 9.1 | 9.2 | the first font registration ~6 ms (fontconfig) |
| window and setup page | 57.7 | 52.8 | the setup page ~25, showing it ~14 |
| show and first paint | 28.3 | 28.0 | layout, style sheet polish, the first glyphs |

### After the first paint: the other pages

Profiled with an instrumented copy of `benchmarks/responsive_probe.py` (the wall and thread CPU time
of every idle step), cProfile per page and `python -X importtime`.

- **Bar views built when first shown.** Every chart panel built a pyqtgraph `PlotWidget` for its bar
  view, about half of building the question and overview pages, and the page modules brought pyqtgraph
  and numpy with them (~0.3 s of CPU: pyqtgraph copies every class of QtCore, QtGui and QtWidgets into
  its own namespace, which makes PySide6 create each of them). A panel now builds its bar view the first
  time it is shown (`charts/panel.py`, the module through `tool_windows`), and the radar and the legend
  draw their markers from paths of our own (`charts/markers.py`), so the pages import no pyqtgraph. The
  background import of the page modules fell from ~165–180 ms to ~80–90 ms of CPU (under load),
  building the overview from ~56 ms to ~12 ms and the question page from ~77 ms to ~20 ms of CPU. Once
  every page is built, a thread imports the bar view's module (pyqtgraph and numpy, ~225 ms of CPU
  under load), so that the first click on "Bars" does not wait for it.
- **Pages built in small steps, one per idle turn** (`ui/pages/registry.py`): construct the page
  (hidden, inside its scroll area), place it on the stack, then let it catch up with the session
  while still hidden (the overview draws its charts and open list in a turn of its own instead of in
  its constructor). A page asked for before it exists, or between its steps, is finished at once.
- **No building while the page modules are imported.** The thread that imports them shares the
  interpreter with the event loop: a page built meanwhile took two to three times its CPU time
  (the start page 83–110 ms of CPU took 385–510 ms). The idle turns now wait for the thread, which
  needs ~0.1–0.2 s, and then build at full speed.
- **The start page reads only the names of recent sessions.** It decoded each recent file whole to
  show its collaboration's name: a 3 MB session (10,000 measures) cost ~45 ms in one turn. It now
  decodes the file's members one at a time until it has the collaboration and the time point, which
  the app writes before the question set, answers and measures.
- **The flow layout remembers its heights** (`widgets/flow_layout.py`) until Qt invalidates it: one
  layout pass of the question page asked the same nested layouts for the same widths ~100 times;
  placing the question page in its scroll area fell from ~25 ms to ~12 ms of CPU.

- **The importing thread says when it is done** (a queued signal) instead of being asked every 10 ms;
  the idle turns start building at once. It sets its flag before the word: a turn that found the
  thread still alive after the word had stopped the building for good (a hang, seen in the smoke test).
- **Built inside their parents, shown once.** The weighting page's cards and buttons are made inside
  their final parents (a widget moved into a parent later is styled again: ~30 % of the page's CPU);
  the window and the setup page showed the session twice each; the start page reads the names in the
  recent files when it is first on screen, not while a session is open.
- **After the last page, the window's own follow-ups first** (answering other processes, the
  collector), then the bar view's background import: run together they shared the interpreter and made
  a 40 ms stall.

- **The question page shows its first question in its catch-up turn**, no longer in its constructor:
  its construction fell from 25–40 ms to 20–30 ms (the first question then takes a turn of 5–9 ms).
  A page asked for before its catch-up turn (going to it, the smoke test, the phone room asking for
  the current question) is caught up at once.
- **What loading made is set aside before the collector comes back** (`gc.freeze`). With it off while
  the program loads, its first collections looked through everything loaded: a young-generation pass
  of 10–17 ms in the event loop, then one of ~10 ms in the thread importing the bar view. Cost: a cycle
  made while loading is never freed.
- **The window's slots are declared** (`@Slot` on the methods the pages connect to). PySide6 adds a
  method of a Python class to its meta-object the first time it is connected as a slot; done after the
  window was on screen (the question and the overview page connect to the window when they are built),
  the changed meta-object made Qt polish the window again, set its palette twice, restyle its children
  and paint it whole, ~5–10 ms each time. `tests/test_window_start.py` checks that building every page
  leaves the window's meta-object as it was.
- **The answer keys come with their pages**: the weighting, question and follow-up pages' shortcuts are
  made when the page is built, not before the first paint (~3 ms).

What is left (idle steps on a quiet machine): constructing the question page takes 20–30 ms (its voices
strip, the widgets' first use of their PySide6 classes), the longest single step and the usual cause of
the longest stall; every other step is under 25 ms. The application style
sheet costs the building ~50 ms in all (polish and style-sheet size hints), measured by starting without
it. Placing the question and the overview page makes Qt polish the window again and paint it whole once
each (~5 ms); not traced to its cause.

### Chart redraw after an answer

Changes made from the profiles (answer → charts painted went from ~14.5 ms to ~4.9 ms with both pages
on screen, and then to about half of that; in the workshop window from ~3.8 ms to ~2.6 ms):

- **The radar paints itself** (`charts/radar.py`, `charts/radar_items.py`). It was a pyqtgraph
  `PlotWidget`, whose own machinery (`GraphicsView.paintEvent`, the `prepareForPaint` signal, layout
  items) cost ~0.3 ms of every repaint before a line was drawn. It is now a plain widget: the grid,
  the ring numbers, the axis labels, the grey importance area and an earlier session's line are
  painted once into a pixmap (again only when one of them changes); the lines that move with an
  answer (the score and the voices) are kept as ready-made `QPainterPath`s in pixels. After an answer
  only the rectangle the moving lines covered before and cover now is repainted: one blit of that
  part of the pixmap and two or three paths. The points are plain floats (for seven points numpy's
  per-call cost was larger than the arithmetic), and the label texts are only rebuilt when n, the
  names or the type size change. Measured in one run on the loaded 2-core machine, the CPU time per
  answer with both pages on screen fell from 10.6–11.6 ms to 5.3–5.7 ms; a radar's repaint is
  ~0.2 ms quiet (~0.5 ms under that load).
- **One paint pass per window.** Each chart repaints its own widget, so Qt paints each window once
  per answer; a view that left updates to its scene used to paint the overview twice.
- **Lists after the charts.** The overview fills only the list of its open tab (the other when its tab
  is opened), lays it out at once instead of at the next turn of the event loop (which cost a second
  paint pass), and does so 25 ms after the charts: laying out ~55 wrapped rows costs more than both
  charts together. The voice scale maps the answer buttons once per paint, not once per tick.

- **Markers stamped, not drawn.** Filling and outlining seven antialiased marker shapes cost ~110 µs
  per radar repaint; each series now draws its marker once into a small pixmap and stamps it at every
  point (~16 µs). What a radar repaint still costs is mostly stroking the score line (~150–200 µs).
- **No layout pass after an answer.** The voice scale asked its page for a new size after every answer
  although its height only follows how many voices share a score: the question page (with its flow
  layouts) was laid out again and its question text repainted each time. And a new mean rewraps the
  continuum's caption, which lays the overview out again: the continuum now follows the charts, 25 ms
  later, with the open list (a change of the character still shows at once). The continuum's bar, ticks
  and numbers are painted once into a pixmap; a mean or character that did not change is not set again.
- Counted with callgrind (instructions per answer with both pages on screen, including the list that
  follows 25 ms later): 43.4 M before these changes, 38.4 M after the markers and the continuum's
  pixmap.

- **Scoring after an answer ~0.22 ms instead of ~0.52 ms:** the importances of the questions depend on
  the weights only and are remembered for the last question set and weights; the 58 question scores are
  built with positional arguments; the value scores come from one pass over the questions.
- **The score line drawn as segments.** Stroking the score line as one joined path cost ~0.2 ms per
  radar (the rasteriser scans its whole height); drawn as separate segments Qt rasterises each wide
  solid segment directly, about five times faster, and the markers at every point cover the joins. A
  dashed line (a voice) is still one path. A radar's full repaint fell from ~0.33 to ~0.17 ms.
- **The voice scale's track, ticks and numbers** are painted once into a pixmap, and each voice's marker
  is drawn once and stamped (~0.65 → ~0.5 ms per repaint).
- **Measured in a process of its own** (`bench_charts.run_in_process`): in the benchmark's own process
  the heap left by the figures before it made every redraw ~30 % slower (5.06 ms there, ~3.8 ms alone,
  before the changes above).

What is left with both pages on screen: ~1.3 ms of synchronous update (scoring ~0.3 ms, three charts'
series, the question page's buttons and voices), the question window's pass (the field radar, the
voice scale, two answer buttons) and the overview's pass (two radars). The bar view is a pyqtgraph
plot, built when it is first shown and not redrawn while hidden.

### Reports, files and the portfolio

- `samson report` (~0.30 s): reportlab import ~90 ms, building the document ~290 ms of which TrueType
  font registration ~40 ms; the rest is reportlab's layout of paragraphs and tables. Time grows
  sub-linearly with the number of measures (a fixed cost of ~0.27 s, then ~0.7 ms per measure).
- Open and validate (1.4 ms warm): JSON decoding, then the generated validator; the embedded question
  set is ~65 % of the validation work.
- Portfolio. Profiled with cProfile on 1,000 generated sessions, reading, checking and scoring cost
  about 7× parsing the same files with `json.loads`: schema validation ~50 % (two thirds of it the
  embedded question set, the same ~43 KB in every file), scoring ~20 % (the full `score_session`, of
  which a row uses seven means), building the model ~15 %, JSON decoding the rest. Changes made:
  - **Each distinct question set checked and built once** (`fileformat/batch.py`). The top level is
    decoded into undecoded spans first (msgspec `Raw`); when the question set's bytes are exactly those
    of a set already found valid in the same session language, it is neither decoded nor validated
    again, and the file shares that set's model. Everything else is decoded and checked in full, by a
    second generated check for "a session whose question set is known"
    (`_schema_check.validate_known_question_set`). Exact bytes, not `==`: `==` takes `true` for `1`.
  - **A strict C JSON decoder** (msgspec) for the batch path only: it refuses NaN, Infinity, 1e400,
    lone surrogates and invalid UTF-8 like the file format does; a refused file is decoded again by
    `json`, which words the message. It is not imported to open one session (~12 ms at start-up).
  - **Answers and measures checked while they are decoded** (`fileformat/typed_parts.py`). After the
    steps above the ratio was still ~2.0×: per session (µs, quiet machine) decoding ~130, the schema
    check ~155 (answers ~57, measures ~67), the reference rules ~30, building the model ~215 (58 frozen
    `Answer`s ~115), scoring ~40, against ~320–380 for `json.loads`. The answers and measures are now
    decoded into `msgspec.Struct` types that carry the schema's rules (bounds, lengths, patterns,
    enums, no unknown keys, no null), so decoding them is checking them, in C; uniqueness and the
    references are checked in one Python loop, and the rest of the document still goes through the
    generated check with those two parts left empty. A file the types refuse (7.0 for 7, a ballot,
    an unknown key) goes the general way, which words every problem; a test compares the types with
    the schema rule by rule and a property test checks that what the typed path takes, the general
    path takes with an equal session. Frozen dataclasses are built with positional arguments (a
    quarter cheaper than keywords).
  - **The known question set cut out before the top-level scan.** Scanning the top level into `Raw`
    spans read the whole file (~45–75 µs), two thirds of it the known set. Its bytes are found with a
    64-byte prefix search and a compare, replaced by a stand-in that occurs nowhere else in the file,
    and the rest is scanned; only when the top-level `question_set` is that stand-in is the set taken
    as known (else the whole file is scanned as before): ~25 µs.
  - Together: ~300 µs per session instead of ~530; the ratio went from ~2.0× to ~1.2–1.3×. What
    remains: building the model's answers and measures (~110 µs), decoding (~95 µs), the rest of
    the schema check and the reference rules (~35 µs), scoring (~40 µs).
  - **A row's scores by `scoring.profile`**: the field means, counts and overall score by the same
    rules (`overall_score` is shared with `score_session`; a property test checks they agree) without
    importances, gaps, value scores and the priority list: 0.05 ms instead of 0.55 ms per session.
  - The generated check named every answer and measure with `str.format(**locals())` before checking
    it; it now uses an f-string (a tenth of the cost). Answers are converted without a per-object
    loop over unknown keys. The cyclic garbage collector is paused while a folder is read.
  - A process pool (spawned workers, since forking a Qt process is unsafe) was tried and measured
    (the "pool" row): on this shared 2-core machine it is slower than one process, so the app reads
    in one process.
  - Reopening an unchanged folder takes its rows from the summary cache (`fileformat/summary_cache.py`,
    in the user cache folder, keyed by path, size and modification time); unreadable files are read
    again so that their reasons stay current.
- Memory: a bare PySide6 window peaks at ~50 MiB; numpy and pyqtgraph add ~50 MiB once they are
  imported after the pages are built.
"""
