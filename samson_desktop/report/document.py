"""The report's document template: A4 pages, running header, "page x of y", bookmarks, metadata."""

from __future__ import annotations

import io

from msgspec import Struct
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, Paragraph

from .fonts import BOLD, REGULAR, register_fonts
from .styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)

# Binary (zlib-only) streams instead of ASCII85 on top: smaller files, less time spent in
# reportlab's pure-Python encoder, and every PDF reader handles them.
rl_config.useA85 = 0


class Metadata(Struct, frozen=True):
    title: str
    author: str
    subject: str
    keywords: str
    lang: str
    creator: str


class Heading(Paragraph):
    """A heading that also becomes an entry in the PDF outline (bookmarks)."""

    def __init__(self, text: str, style, level: int, outline_title: str, key: str):
        super().__init__(text, style)
        self.outline_level = level
        self.outline_title = outline_title
        self.outline_key = key


class _Bookmark(Flowable):
    """An invisible outline entry, for a place that has no printed heading (the cover)."""

    def __init__(self, title: str, key: str, level: int = 0):
        super().__init__()
        self.outline_title, self.outline_key, self.outline_level = title, key, level
        self.width = self.height = 0

    def draw(self) -> None:  # nothing to print
        pass


def bookmark(title: str, key: str, level: int = 0) -> Flowable:
    return _Bookmark(title, key, level)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a one-line text with "…" so it fits the running header."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _numbered_canvas(page_label: str):
    """A canvas class that holds pages back until the end, so each footer can say "page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []
            self._page_bookmarks: list[str] = []

        def bookmarkPage(self, key: str, **kwargs) -> None:  # noqa: N802 (reportlab API)
            # The PDF page object only exists once the held page is emitted in save(),
            # so the destination is made then; otherwise every bookmark would point at page 1.
            self._page_bookmarks.append(key)

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._held.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                for key in self._page_bookmarks:
                    Canvas.bookmarkPage(self, key, fit="XYZ", top=PAGE_HEIGHT)
                if number > 1:  # the cover carries no page number
                    self.setFont(REGULAR, 8)
                    self.setFillColor(MUTED)
                    self.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - 22,
                                           page_label.format(page=number, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 portrait; a cover template without header, and body pages with header and page numbers."""

    def __init__(self, target, meta: Metadata, header_left: str, header_right: str):
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,
            creator=meta.creator,
            producer=meta.creator,
            lang=meta.lang,
            pageCompression=1,
            # Each page starts by selecting this font; the default (Helvetica) would not be embedded.
            initialFontName=register_fonts(),
            initialFontSize=9.5,
        )
        self._header_left = header_left
        self._header_right = header_right
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._on_cover),
            PageTemplate(id="body", frames=[frame], onPage=self._on_body),
        ])
        self._outline_keys: set[str] = set()

    def _on_cover(self, canvas: Canvas, doc) -> None:
        canvas.showOutline()  # open the bookmarks pane in viewers that honour it

    def _on_body(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 10
        right_width = stringWidth(self._header_right, BOLD, 8)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, self._header_right)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN_LEFT, y, _fit(self._header_left, REGULAR, 8, FRAME_WIDTH - right_width - 20))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, y - 5, PAGE_WIDTH - MARGIN_RIGHT, y - 5)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
        key = getattr(flowable, "outline_key", None)
        if key is None or key in self._outline_keys:
            return  # a heading split over pages registers once
        self._outline_keys.add(key)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level, closed=True)

    def render(self, story: list[Flowable], page_label: str) -> None:
        self.build(story, canvasmaker=_numbered_canvas(page_label))


def to_body_pages() -> Flowable:
    """Switch to the body template from the next page on."""
    return NextPageTemplate("body")


def render_bytes(story: list[Flowable], meta: Metadata, header_left: str, header_right: str,
                 page_label: str) -> bytes:
    buffer = io.BytesIO()
    ReportDocument(buffer, meta, header_left, header_right).render(story, page_label)
    return buffer.getvalue()
