"""``samson compare EARLIER LATER [-o OUT.pdf] [--json]``: the change between two time points."""

from __future__ import annotations

import argparse

from ..core.character import compare_character
from ..core.comparison import Comparison, Delta, compare_scores
from ..core.followup import FollowUp, follow_up, largest_changes
from ..core.model import Session, localized
from ..core.numbers import format_number
from ..core.scoring import score_session
from ..fileformat import SessionFileError, read_session
from .formatting import comparison_to_json, complain, fmt, followup_to_json, say, say_json, visible

#: How many of the largest improvements and declines are called out.
CALL_OUT = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("earlier", metavar="EARLIER", help="the session from the earlier time point")
    parser.add_argument("later", metavar="LATER", help="the session from the later time point")
    parser.add_argument("-o", "--output", metavar="OUT.pdf", help="write the comparison report as PDF")
    parser.add_argument("--json", action="store_true", help="print unrounded deltas as JSON")
    parser.add_argument("--lang", choices=("nb", "en"),
                        help="language of the PDF (default: the later session's language)")


def signed(value: float | None) -> str:
    """A change with its sign and one decimal; a dash where there is none."""
    return format_number(value, "en", signed=True)


def _read(name: str) -> Session | None:
    try:
        return read_session(name)
    except SessionFileError as exc:
        for line in exc.lines():
            complain(line)
        return None


def _describe(s: Session) -> dict[str, object]:
    tp = s.time_point
    return {"session_id": s.session_id, "collaboration": s.collaboration.name,
            "label": tp.label, "date": tp.date, "phase": tp.phase}


def comparison_json(earlier: Session, later: Session, comparison: Comparison, follow: FollowUp) -> dict:
    out = comparison_to_json(comparison)
    out["earlier"].update(_describe(earlier))
    out["later"].update(_describe(later))
    out["follow_up"] = followup_to_json(follow)
    out["character"] = compare_character(earlier.character, later.character).to_json()
    out["new_measures"] = [{"id": m.id, "question_id": m.question_id, "text": m.text, "status": m.status}
                           for m in follow.new_measures]
    return out


def _warnings(earlier: Session, later: Session) -> list[str]:
    notes = []
    e_date, l_date = earlier.time_point.date, later.time_point.date
    if e_date and l_date and e_date > l_date:
        notes.append(f"note: EARLIER is dated {e_date}, after LATER ({l_date}); the deltas are LATER − EARLIER as given")
    if earlier.collaboration.name.strip().casefold() != later.collaboration.name.strip().casefold():
        notes.append(f"note: the sessions belong to different collaborations "
                     f"({visible(earlier.collaboration.name)!r} and {visible(later.collaboration.name)!r})")
    return notes


def _row(label: str, d: Delta, width: int) -> str:
    return f"{label[:width]:<{width}}{fmt(d.earlier):>7}{fmt(d.later):>7}{signed(d.delta):>8}"


def _text_table(earlier: Session, later: Session, c: Comparison, follow: FollowUp) -> str:
    lang = later.language
    qe, ql = earlier.question_set, later.question_set
    e_lab = visible(earlier.time_point.label or "earlier")
    l_lab = visible(later.time_point.label or "later")

    def q_label(qid: str) -> tuple[str, str]:
        qset = ql if ql.has_question(qid) else qe
        return qset.question_number(qid), visible(localized(qset.question(qid).text, lang))

    def f_title(fid: str) -> str:
        for qset in (ql, qe):
            try:
                f = qset.field(fid)
            except KeyError:
                continue
            return visible(f"{f.number} {localized(f.title, lang)}")
        return fid

    def v_title(vid: str) -> str:
        for qset in (ql, qe):
            try:
                return visible(localized(qset.value(vid).title, lang))
            except KeyError:
                continue
        return vid

    head = f"{'':<34}{e_lab[:6]:>7}{l_lab[:6]:>7}{'change':>8}"
    out = [
        f"{visible(later.collaboration.name)}: {e_lab} {earlier.time_point.date or ''} → {l_lab} {later.time_point.date or ''}".rstrip(),
        f"Overall (profile strength): {fmt(c.overall.earlier)} → {fmt(c.overall.later)} ({signed(c.overall.delta)})",
        *_character_lines(earlier, later),
        "",
        "Value weights" + head[13:],
    ]
    out += [_row(v_title(d.id), d, 34) for d in c.weights]
    out += ["", "Values, largest change first" + head[28:]]
    out += [_row(v_title(d.id), d, 34) for d in _ordered(c, c.values)]
    out += ["", "Fields, largest change first" + head[28:]]
    out += [_row(f_title(d.id), d, 34) for d in _ordered(c, c.fields)]
    ranked = c.by_size(c.questions)
    ups, downs = largest_changes(c.questions, CALL_OUT)
    for title, items in (("Largest improvements", ups), ("Largest declines", downs)):
        out += ["", f"{title}:"]
        if not items:
            out.append("  none")
        for d in items:
            number, text = q_label(d.id)
            out.append(f"  {number:<5}{signed(d.delta):>6}  {fmt(d.earlier)} → {fmt(d.later)}  {text[:80]}")
    out += ["", f"All questions, largest change first\n  {'#':<5}{e_lab[:6]:>6}{l_lab[:6]:>6}{'change':>8}"]
    for d in ranked:
        number, text = q_label(d.id)
        out.append(f"  {number:<5}{fmt(d.earlier):>6}{fmt(d.later):>6}{signed(d.delta):>8}  {text[:70]}")
    unchanged = [d for d in c.questions if d.delta is None and not d.only_in]
    if unchanged:
        out.append(f"  ({len(unchanged)} question(s) without a score on one side)")
    for side in ("earlier", "later"):
        one = [d for d in c.questions if d.only_in == side]
        if one:
            out += ["", f"Only in the {side} session ({len(one)}):"]
            for d in one:
                number, text = q_label(d.id)
                out.append(f"  {number:<5} {fmt(d.earlier if side == 'earlier' else d.later):>5}  {visible(d.id)}  {text[:70]}")
    out += ["", f"Follow-up of measures from {e_lab} ({len(follow.items)}):"]
    if not follow.items:
        out.append("  none")
    for item in follow.items:
        now = item.status_now or "not carried over"
        number = qe.question_number(item.earlier.question_id) if qe.has_question(item.earlier.question_id) else "?"
        status = f"{item.status_before} → {now}"
        out.append(f"  {number:<5} {status:<28} {signed(item.score.delta):>6}  {visible(item.earlier.text)[:70]}")
    if follow.new_measures:
        out += ["", f"New measures at {l_lab}: {len(follow.new_measures)}"]
    return "\n".join(out)


def _character_lines(earlier: Session, later: Session) -> list[str]:
    """The continuum position and the criteria that changed; says so where the criteria are missing."""
    cc = compare_character(earlier.character, later.character)
    if not cc.recorded():
        return ["Character of the collaboration: not filled in at either time point"]

    def where(p) -> str:
        return "not filled in" if p.position is None else f"{p.position:.2f} ({p.region})"

    lines = [f"Continuum, thin 0 – thick 1: {where(cc.earlier)} → {where(cc.later)}"]
    for row in cc.criteria:
        if row.changed:
            e = "–" if row.earlier is None else ", ".join(row.earlier) if isinstance(row.earlier, tuple) else row.earlier
            lt = "–" if row.later is None else ", ".join(row.later) if isinstance(row.later, tuple) else row.later
            lines.append(f"  {row.name}: {e or 'none'} → {lt or 'none'}")
    if earlier.question_set.version != later.question_set.version or earlier.question_set.id != later.question_set.id:
        lines.append(f"Question sets: {earlier.question_set.id} {earlier.question_set.version} → "
                     f"{later.question_set.id} {later.question_set.version}; questions are matched by id")
    return lines


def _ordered(c: Comparison, items: tuple[Delta, ...]) -> list[Delta]:
    """Largest change first, then the items without a delta in their own order."""
    return c.by_size(items) + [d for d in items if d.delta is None]


def run(args: argparse.Namespace) -> int:
    earlier = _read(args.earlier)
    later = _read(args.later)
    if earlier is None or later is None:
        return 1
    for note in _warnings(earlier, later):
        complain(note)
    comparison = compare_scores(score_session(earlier), score_session(later))
    follow = follow_up(earlier, later, comparison)
    if args.output:
        from ..report.comparison_report import write_comparison_report  # reportlab only when a PDF is wanted

        try:
            write_comparison_report(earlier, later, args.output, language=args.lang)
        except OSError as exc:
            complain(f"{args.output}: cannot write the report ({exc.strerror or exc})")
            return 1
    if args.json:
        say_json(comparison_json(earlier, later, comparison, follow))
    elif not args.output:
        say(_text_table(earlier, later, comparison, follow))
    return 0
