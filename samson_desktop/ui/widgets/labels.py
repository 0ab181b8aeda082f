"""Words and numbers as people see them: quadrant and status names, one-decimal numbers, content language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.model import Session, localized
from ...core.numbers import format_number
from ...core.scoring import QuestionScore
from ...core.vocabulary import LANGUAGES


def quadrant_name(quadrant: str | None) -> str:
    """Seed 002, figure 2, in the words of the current UI language; None is a measure not placed yet."""
    if quadrant is None:
        return QCoreApplication.translate("Quadrant", "Not placed yet")
    names = {
        "more-known": QCoreApplication.translate("Quadrant", "Keep or do more of a known practice"),
        "more-new": QCoreApplication.translate("Quadrant", "Start a new practice"),
        "less-known": QCoreApplication.translate("Quadrant", "Stop or do less of a known practice"),
        "less-new": QCoreApplication.translate("Quadrant", "Drop a new practice that does not work"),
    }
    return names.get(quadrant, quadrant)


def status_name(status: str) -> str:
    names = {
        "proposed": QCoreApplication.translate("MeasureStatus", "Proposed"),
        "agreed": QCoreApplication.translate("MeasureStatus", "Agreed"),
        "in_progress": QCoreApplication.translate("MeasureStatus", "In progress"),
        "done": QCoreApplication.translate("MeasureStatus", "Done"),
        "dropped": QCoreApplication.translate("MeasureStatus", "Dropped"),
    }
    return names.get(status, status)


def fmt1(value: float | None, signed: bool = False) -> str:
    """A number as the window shows it: the one formatter, in the UI language (6,5 in Norwegian)."""
    return format_number(value, "nb" if QLocale().name().split("_")[0] in ("nb", "no", "nn") else "en", signed)


def score_text(value: float | None) -> str:
    """A party's score: "7" as typed, or one decimal where it is the mean of phone answers ("7,7")."""
    if value is not None and float(value).is_integer():
        return str(int(value))
    return fmt1(value)


def ui_language(session: Session | None = None) -> str:
    """The language question content is shown in: the UI language where the set has it.

    The UI language is the default QLocale, which follows the language switch; with a locale
    the app does not speak, the session's own language is used.
    """
    code = QLocale().name().split("_")[0]
    if code in ("no", "nn"):
        code = "nb"
    if code in LANGUAGES:
        return code
    return session.language if session is not None else LANGUAGES[0]


def question_text(session: Session, question_id: str) -> str:
    qset = session.question_set
    return localized(qset.question(question_id).text, ui_language(session))


def short_text(text: str, limit: int = 60) -> str:
    """The start of a long text on one line, cut at a word where possible."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",.;:") + "…"


def plain_markup(text: str) -> str:
    """Markup that shows ``text`` literally, line breaks kept: a tooltip or a message box guesses
    whether its text is markup, and would take ``<b>`` in a name for bold."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceNormal)


def score_count(qs: QuestionScore) -> int | None:
    """n behind a question's score: its voices' scores; None for an agreed score given without
    voices, which is the group's one answer, not one respondent (so no "n=1")."""
    if qs.voice_count and qs.score is not None:
        return qs.voice_count
    return None if qs.score is not None else 0


def plain_label(parent: QWidget, role: str | None = None, wrap: bool = False) -> QLabel:
    """A label that never reads its text as markup; ``role`` picks the theme's type size."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def fit_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines of at most ``width`` pixels.

    Only where that is not enough is the last line shortened with "…": a word wider than the line,
    or more words than the lines hold.
    """
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words[0]
        if metrics.horizontalAdvance(line) > width:
            break
        taken = 1
        while taken < len(words) and metrics.horizontalAdvance(f"{line} {words[taken]}") <= width:
            line = f"{line} {words[taken]}"
            taken += 1
        lines.append(line)
        words = words[taken:]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, max(width, 0)))
    return lines


class FittedLabel(QLabel):
    """Plain text in the width the layout gives it: on one line where it fits, broken at spaces into
    up to ``max_lines`` lines where not, and shortened with "…" only as a last resort (the whole text
    then in the tooltip). It asks for one line of width and, at the least, for its longest word up
    to ``MIN_CHARS`` characters: a long word never pushes its page wider than the screen."""

    #: The most the label insists on, in average characters, before "…" may shorten a word.
    MIN_CHARS = 12

    def __init__(self, parent: QWidget | None = None, max_lines: int = 2, tooltip_when_cut: bool = True):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self._max_lines = max_lines
        self._tooltip_when_cut = tooltip_when_cut
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        self._refit()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def is_cut(self) -> bool:
        return " ".join(self.text().split()) != self._full

    def lines_for(self, width: int) -> list[str]:
        """The lines the text takes at ``width`` pixels of label width."""
        margins = self.contentsMargins()
        return fit_lines(self._full, self.fontMetrics(), width - margins.left() - margins.right(),
                         self._max_lines)

    def fits(self, width: int) -> bool:
        """Whether the whole text fits ``width`` in ``max_lines`` lines, without "…"."""
        return " ".join(self.lines_for(width)) == self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        longest = max((metrics.horizontalAdvance(word) for word in self._full.split()), default=0)
        width = min(longest, metrics.averageCharWidth() * self.MIN_CHARS) + margins.left() + margins.right()
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        metrics = self.fontMetrics()
        lines = max(1, len(self.lines_for(width)))
        margins = self.contentsMargins()
        return metrics.height() + (lines - 1) * metrics.lineSpacing() + margins.top() + margins.bottom()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()
            self.updateGeometry()

    def _refit(self) -> None:
        text = "\n".join(self.lines_for(self.width()))
        if text != self.text():
            self.setText(text)
        if self._tooltip_when_cut:
            self.setToolTip(plain_markup(self._full) if self.is_cut() else "")
