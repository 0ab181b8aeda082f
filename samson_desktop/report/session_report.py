"""Build the PDF report of one session: ``build_session_report(session, out_path, language, earlier=None)``."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak

from .. import __version__
from ..core.model import Session
from ..core.scoring import score_session
from ..fileformat.atomic import atomic_write
from . import sections_fields, sections_overview, sections_plan, sections_since
from .context import ReportContext
from .document import Metadata, render_bytes
from .plaintext import one_line
from .texts import Texts, report_language


def report_bytes(session: Session, language: str | None = None, generated_on: str | None = None,
                 earlier: Session | None = None) -> bytes:
    """The finished PDF as bytes, in ``language`` or else the session's language.

    ``earlier``: for a later time point, the session it follows on from, when its file was found;
    the section "Since last time" then shows both profiles.
    """
    t = Texts(report_language(language, session.language))
    ctx = ReportContext(session, score_session(session), t)
    grouped, orphans = sections_plan.measures_by_field(ctx)

    story = sections_overview.cover(ctx, generated_on or date.today().isoformat())
    story += sections_overview.how_to_read(ctx)
    story += sections_overview.values(ctx)
    story += sections_overview.overall(ctx)
    story += sections_since.since_last_time(ctx, earlier)
    for fld in session.question_set.fields:
        story += sections_fields.field_section(ctx, fld, grouped[fld.id])
    story.append(PageBreak())
    if session.voices:
        story += sections_fields.voices_section(ctx)
    story += sections_plan.priority(ctx)
    story += sections_plan.action_plan(ctx, grouped, orphans)
    story += sections_plan.appendix(ctx)

    collaboration = one_line(session.collaboration.name)
    time_point = one_line(session.time_point.label)
    when = t.date(session.time_point.date) if session.time_point.date else ""
    title = " – ".join(part for part in (t("SAMSON report"), collaboration, time_point) if part)
    meta = Metadata(
        title=title,
        author=one_line(session.facilitator) or "SAMSON desktop",
        subject=" ".join(part for part in (collaboration, time_point, when) if part) or t("SAMSON report"),
        keywords="SAMSON, co-creation, samskaping",
        lang="nb-NO" if t.lang == "nb" else "en",
        creator=f"SAMSON desktop {__version__}",
    )
    header_left = " · ".join(part for part in (collaboration, time_point, when) if part)
    return render_bytes(story, meta, header_left, t("SAMSON report"), t("Page {page} of {pages}"))


def build_session_report(session: Session, out_path: str | os.PathLike[str], language: str | None = None,
                         earlier: Session | None = None) -> Path:
    """Write the report to ``out_path`` (atomically: no half-written PDF) and return its path."""
    path = Path(out_path)
    atomic_write(path, report_bytes(session, language, earlier=earlier), keep_backup=False)
    return path
