"""Words and numbers as people see them: quadrant and status names, one-decimal numbers, content language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.model import Session, localized
from ...core.scoring import QuestionScore
from ...core.vocabulary import LANGUAGES


def quadrant_name(quadrant: str) -> str:
    """Seed 002, figure 2, in the words of the current UI language."""
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


def fmt1(value: float | None) -> str:
    """One decimal in the current locale (6,5 in Norwegian), a dash where there is no number."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", 1)


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


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally: Qt would otherwise guess it is rich text."""
    body = "<br>".join(html.escape(line) for line in text.split("\n"))
    return f"<qt>{body}</qt>"


def score_count(qs: QuestionScore) -> int:
    """n behind a question's score: its voices, or 1 for an agreed score given without voices."""
    if qs.voice_count and qs.score is not None:
        return qs.voice_count
    return 1 if qs.score is not None else 0


def plain_label(parent: QWidget, role: str | None = None, wrap: bool = False) -> QLabel:
    """A label that never reads its text as markup; ``role`` picks the theme's type size."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label
