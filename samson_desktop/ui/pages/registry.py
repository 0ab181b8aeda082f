"""The seven steps of a workshop as one ordered table, and the stack that builds each step's page on first need.

This is the one place that loads page modules lazily: a page's module is imported when its page is
first built, so the window paints before the modules of the pages not on screen are loaded. After
the first paint a background thread imports the remaining modules while the event loop turns; the
pages are then built in idle turns, each in small steps, so that no turn keeps keys and clicks
waiting for long.
"""

from __future__ import annotations

import importlib
import sys
import threading
import traceback
from typing import TYPE_CHECKING, Callable, Protocol

from msgspec import Struct
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...core.cycle import carried_measures, follow_up_progress
from ...core.progress import session_progress
from ...fileformat.question_sets import demo_session_paths
from ..widgets.scroll_area import scroll_area

if TYPE_CHECKING:
    from ...core.model import Session
    from ..document import SessionDocument
    from ..settings import Settings

START, SETUP, WEIGHTING, QUESTIONS, OVERVIEW, MEASURES, REPORT, FOLLOWUP = range(8)

#: Modules that pages load only when a part of them is first shown (a chart's bar view, which brings
#: pyqtgraph and numpy): imported in the background once every page is built, so that the first click
#: finds them in without building the pages any later.
ON_DEMAND_MODULES = ("samson_desktop.ui.charts.bars",)


class PageContext(Protocol):
    """What a page is built from: the settings and the window's document."""

    settings: Settings

    @property
    def document(self) -> SessionDocument: ...


PageFactory = Callable[[PageContext, QWidget], QWidget]


class _PageFactory:
    """Builds a page from its module and class name; ``start`` pages get the settings, the others the
    document (and the settings too where ``settings`` is set)."""

    def __init__(self, module: str, name: str, start: bool = False, settings: bool = False):
        self.module = f"{__package__}.{module}"
        self._name = name
        self._start = start
        self._settings = settings

    def __call__(self, context: PageContext, parent: QWidget) -> QWidget:
        page_class = getattr(importlib.import_module(self.module), self._name)
        if self._start:
            return page_class(context.settings, demo_session_paths, parent)
        if self._settings:
            return page_class(context.document, parent, settings=context.settings)
        return page_class(context.document, parent)


def _import_quietly(modules: list[str]) -> None:
    """Import ``modules`` (in a background thread); a module that fails is imported again, loudly,
    when its page is built."""
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001 - reported where the page is built
            pass


class Step(Struct, frozen=True):
    """One step of the workshop: its number, its name (translated in the context "MainWindow"),
    how its page is built, and whether the page scrolls where zoom or many voices need more
    room than the screen has."""

    id: int
    title: str
    factory: PageFactory
    scrolled: bool


STEPS: tuple[Step, ...] = (
    Step(START, QT_TRANSLATE_NOOP("MainWindow", "Start"), _PageFactory("start_page", "StartPage", start=True), True),
    Step(SETUP, QT_TRANSLATE_NOOP("MainWindow", "Setup"), _PageFactory("setup_page", "SetupPage"), False),
    Step(WEIGHTING, QT_TRANSLATE_NOOP("MainWindow", "Weighting"), _PageFactory("weighting_page", "WeightingPage"),
         False),
    Step(QUESTIONS, QT_TRANSLATE_NOOP("MainWindow", "Questions"), _PageFactory("question_page", "QuestionPage", settings=True),
         True),
    Step(OVERVIEW, QT_TRANSLATE_NOOP("MainWindow", "Overview"), _PageFactory("overview_page", "OverviewPage"), True),
    Step(MEASURES, QT_TRANSLATE_NOOP("MainWindow", "Measures"), _PageFactory("measures_page", "MeasuresPage"), True),
    Step(REPORT, QT_TRANSLATE_NOOP("MainWindow", "Report"), _PageFactory("report_page", "ReportPage"), True),
    # Last by number, so that the seven steps keep their numbers and keys; shown between setup and
    # weighting, and only in a session with measures carried over from an earlier time point.
    Step(FOLLOWUP, QT_TRANSLATE_NOOP("MainWindow", "Follow-up"), _PageFactory("followup_page", "FollowUpPage"),
         True),
)
STEP_COUNT = len(STEPS)
STEP_NAMES = tuple(step.title for step in STEPS)


def step_name(step: int) -> str:
    """The translated name of a step."""
    return QCoreApplication.translate("MainWindow", STEPS[step].title)


def step_number(step: int) -> str:
    """How a step is numbered on screen: "1" … "7", and "2b" for the follow-up between setup and weighting."""
    return "2b" if step == FOLLOWUP else str(step + 1)


#: Every step in the order of the workshop.
WORKSHOP_ORDER = (START, SETUP, FOLLOWUP, WEIGHTING, QUESTIONS, OVERVIEW, MEASURES, REPORT)


def step_order(session: Session | None) -> list[int]:
    """The steps of ``session`` in the order of the workshop: the follow-up only where measures were carried over."""
    follow = session is not None and bool(carried_measures(session))
    return [step for step in WORKSHOP_ORDER if step != FOLLOWUP or follow]


def neighbour_step(session: Session | None, step: int, direction: int) -> int:
    """The step after (``direction`` 1) or before (-1) ``step`` in the workshop, the first or last at the ends."""
    shown = step_order(session)
    order = [s for s in WORKSHOP_ORDER if s in shown or s == step]
    return order[min(max(order.index(step) + direction, 0), len(order) - 1)]


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is missing from this installation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setProperty("role", "lead")
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This part of SAMSON is not available in this installation."))

    def set_presentation(self, on: bool) -> None:
        pass


class PageStack(QStackedWidget):
    """The pages of the steps on a stack, each built the first time it is needed.

    ``go_to`` calls ``leave()`` on the page left and ``enter()`` on the page shown, where a page
    has them. ``build_in_idle_turns`` builds the missing pages after the first paint, one small
    step per turn of the event loop, so that the window answers keys and clicks between them:

    1. the page is constructed (hidden, inside the scroll area it will live in);
    2. it is placed in its scroll area and on the stack, and ``pageBuilt`` is emitted;
    3. a page with a ``catch_up()`` method fills in what it shows (charts, lists) while still hidden;
    4. a page with a ``finish()`` method builds the part of it below the fold.

    ``page()`` gives a page whole: built, placed, caught up and finished at once where its idle turns
    have not come yet. ``go_to`` shows a page as ``page()`` would, but leaves step 4 to an idle turn:
    the page that opens the window is painted before the part of it that nobody sees yet is built.
    Once every page is built, the modules of ``ON_DEMAND_MODULES`` are imported in the background.
    """

    pageBuilt = Signal(int, QWidget)  # step, page
    allBuilt = Signal()
    #: Emitted from the importing thread when it is done; queued to this object's thread.
    _imported = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._pages: list[QWidget | None] = [None] * STEP_COUNT
        #: Constructed in an idle turn but not yet placed: step -> (page, its scroll area or None).
        self._unplaced: dict[int, tuple[QWidget, QScrollArea | None]] = {}
        #: Placed pages whose ``catch_up`` waits for an idle turn.
        self._catching_up: list[QWidget] = []
        #: Placed pages whose ``finish`` (the part below the fold) waits for an idle turn.
        self._unfinished: list[QWidget] = []
        self._presentation = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_turn)
        self._importer: threading.Thread | None = None
        self._modules_in: threading.Event | None = None  # set by the importing thread when it is done
        self._imported.connect(self._resume)
        # A thread still importing while the interpreter shuts down can crash the process on its way out:
        # the application waits for it, and the thread is not a daemon, so Python waits for it too
        # when the window that started it is gone before the application quits.
        QCoreApplication.instance().aboutToQuit.connect(self._finish_importing)
        for _step in STEPS:
            self.addWidget(QWidget(self))  # stands in until the page is built

    # --- building ----------------------------------------------------------------------
    def page(self, step: int) -> QWidget:
        """The page of ``step``, whole at once: built and placed if it does not exist yet, caught up
        and finished if their idle turns have not come."""
        page = self._shown_page(step)
        if page in self._unfinished:
            self._unfinished.remove(page)
            _call(page, "finish")
        return page

    def _shown_page(self, step: int) -> QWidget:
        """The page of ``step`` as far as it is seen: built, placed and caught up at once; the part
        below the fold may wait for an idle turn."""
        page = self._pages[step]
        if page is None:
            page = self._place(step)
        if page in self._catching_up:
            self._catching_up.remove(page)
            _call(page, "catch_up")
        return page

    def built(self, step: int) -> QWidget | None:
        return self._pages[step]

    def built_pages(self) -> list[QWidget]:
        return [page for page in self._pages if page is not None]

    def built_steps(self) -> list[int]:
        return [step for step, page in enumerate(self._pages) if page is not None]

    def started_steps(self) -> list[int]:
        """The steps whose page has been constructed, placed or not."""
        return sorted({*self.built_steps(), *self._unplaced})

    def all_built(self) -> bool:
        return all(page is not None for page in self._pages)

    def build_in_idle_turns(self) -> None:
        """Build the missing pages in idle turns, once their modules have been imported in the
        background; ``allBuilt`` follows the last."""
        missing = [step for step, page in enumerate(self._pages) if page is None]
        self._import_in_background([_module_of(STEPS[step]) for step in missing])
        self._idle.start(0)

    def _import_in_background(self, modules: list[str] | tuple[str, ...]) -> None:
        missing = [module for module in modules if module and module not in sys.modules]
        if missing and not self._importing():
            self._modules_in = threading.Event()
            self._importer = threading.Thread(target=self._import_then_resume,
                                              args=(missing, self._modules_in),
                                              name="samson-page-modules")
            self._importer.start()

    def _import_then_resume(self, modules: list[str], done: threading.Event) -> None:
        """In the importing thread: the modules, then word to the idle turns that they may go on."""
        _import_quietly(modules)
        done.set()  # before the word: the idle turn it starts must find the import over
        try:
            self._imported.emit()
        except RuntimeError:  # the window closed meanwhile
            pass

    def _resume(self) -> None:
        if self._work_left():
            self._idle.start(0)

    def _work_left(self) -> bool:
        """A page still to construct, place, catch up or finish."""
        return bool(self._unfinished or self._catching_up or self._unplaced or not self.all_built())

    def _importing(self) -> bool:
        return self._modules_in is not None and not self._modules_in.is_set()

    def _finish_importing(self) -> None:
        if self._importer is not None and self._importer.is_alive():
            self._importer.join()

    def _idle_turn(self) -> None:
        """One small step of building: finish a page, catch one up, place a constructed page, or construct the next."""
        if self._importing():
            # Building while a thread imports would share the interpreter with it: every step
            # would take twice as long. The thread says when it is done (``_resume``).
            return
        if self._unfinished:  # the page on screen first, if it is one of them
            _call(self._unfinished.pop(0), "finish")
        elif self._catching_up:
            _call(self._catching_up.pop(0), "catch_up")
        elif self._unplaced:
            self._place(min(self._unplaced))
        else:
            missing = [step for step, page in enumerate(self._pages) if page is None]
            if missing:
                self._construct(missing[0])
        if self._work_left():
            self._idle.start(0)
        else:
            self.allBuilt.emit()
            # After what waits for every page: it must not share the interpreter with this import.
            self._import_in_background(ON_DEMAND_MODULES)

    def _construct(self, step: int) -> None:
        """Step 1: the page, hidden, inside the scroll area it will live in."""
        spec = STEPS[step]
        if self._importing():
            self._importer.join()  # asked for before its module is in: two threads importing could deadlock
        # Each page is built inside its final parent: with the application's style sheet, moving
        # a finished page into the window would restyle every widget in it once more.
        area = scroll_area(self) if spec.scrolled else None
        parent = area.viewport() if area is not None else self
        try:
            page = spec.factory(self._context, parent)
        except ImportError:
            traceback.print_exc(file=sys.stderr)
            page = PlaceholderPage(parent)
        page.setObjectName(f"page_{step + 1}")
        self._unplaced[step] = (page, area)

    def _place(self, step: int) -> QWidget:
        """Step 2: the page in its scroll area and on the stack (constructed first if need be)."""
        if step not in self._unplaced:
            self._construct(step)
        page, area = self._unplaced.pop(step)
        if area is not None:
            area.setWidget(page)
            area.setFocusProxy(page)
        stand_in = self.widget(step)
        current = self.currentIndex()
        self.insertWidget(step, area or page)
        self.removeWidget(stand_in)
        stand_in.deleteLater()
        if current >= 0:
            self.setCurrentIndex(current)
        self._pages[step] = page
        if self._presentation:
            page.set_presentation(True)
        self.pageBuilt.emit(step, page)
        if callable(getattr(page, "catch_up", None)):
            self._catching_up.append(page)
        if callable(getattr(page, "finish", None)):
            self._unfinished.append(page)
        return page

    # --- showing -----------------------------------------------------------------------
    def current_step(self) -> int:
        return self.currentIndex()

    def go_to(self, step: int) -> QWidget:
        """Show the page of ``step`` (built at once if needed), telling the old page it is left; the
        part of the page below the fold may follow in an idle turn."""
        old = self._pages[self.currentIndex()] if self.currentIndex() >= 0 else None
        page = self._shown_page(step)
        if old is not None and old is not page:
            _call(old, "leave")
        self.setCurrentIndex(step)
        if old is not page:
            _call(page, "enter")
        return page

    def set_presentation(self, on: bool) -> None:
        self._presentation = on
        for page in self.built_pages():
            page.set_presentation(on)

    def retranslate(self) -> None:
        for page in [*self.built_pages(), *(page for page, _area in self._unplaced.values())]:
            page.retranslate()


def _module_of(step: Step) -> str:
    return getattr(step.factory, "module", "")


def _call(page: QWidget, name: str) -> None:
    method = getattr(page, name, None)
    if callable(method):
        method()


def step_counts(session: Session | None) -> dict[int, str]:
    """What the step bar counts: the values weighted, the questions done, the measures."""
    if session is None:
        return {}
    progress = session_progress(session)
    counts = {WEIGHTING: f"{len(session.weights)}/4", QUESTIONS: f"{progress.done}/{progress.total}"}
    if session.measures:
        counts[MEASURES] = str(len(session.measures))
    followed, carried = follow_up_progress(session)
    if carried:
        counts[FOLLOWUP] = f"{followed}/{carried}"
    return counts
