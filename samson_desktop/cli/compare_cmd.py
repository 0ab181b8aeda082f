"""``samson compare T1 T2 [T3 …] [-o OUT.pdf] [--json]``: the change between time points, given in time order."""

from __future__ import annotations

import argparse

from ..core.chain import build_chain, out_of_order
from ..core.character_change import compare_character
from ..core.comparison import Comparison, Delta, compare_scores
from ..core.explanations import explanations_since
from ..core.followup import FollowUp, follow_up, largest_changes
from ..core.model import Session, localized
from ..core.numbers import format_number
from ..core.scoring import score_session
from ..fileformat import SessionFileError, read_session
from .formatting import comparison_to_json, fmt, followup_to_json
from .terminal import complain, say, say_json, visible

#: How many of the largest improvements and declines are called out.
CALL_OUT = 5


class _TwoOrMore(argparse.Action):
    """Two or more session files: fewer is wrong usage (exit 2), said the way argparse says it."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[override]
        if len(values) < 2:  # type: ignore[arg-type]
            parser.error("compare needs two or more session files, the earliest first")
        setattr(namespace, self.dest, values)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sessions", nargs="+", action=_TwoOrMore, metavar="SESSION",
                        help="two or more sessions of one collaboration in time order, the earliest first")
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
    out += _explanation_lines(earlier, later, c, q_label, f_title)
    return "\n".join(out)


def _explanation_lines(earlier: Session, later: Session, c: Comparison, q_label, f_title) -> list[str]:
    """The group's explanations, each under its change."""
    words = explanations_since(later, earlier.session_id)
    if not words:
        return []
    out = ["", f"Why it changed ({len(words)}):"]
    deltas = {("field", d.id): d for d in c.fields} | {("question", d.id): d for d in c.questions}
    for (kind, target), text in words.items():
        d = deltas.get((kind, target))
        if kind == "question":
            name = " ".join(q_label(target)) if later.question_set.has_question(target) or \
                earlier.question_set.has_question(target) else visible(target)
        else:
            name = f_title(target)
        change = f" ({fmt(d.earlier)} → {fmt(d.later)}, {signed(d.delta)})" if d is not None else ""
        out.append(f"  {name[:80]}{change}")
        out += [f"    {visible(line)}" for line in text.splitlines() or [""]]
    return out


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
    sessions = [_read(name) for name in args.sessions]
    if any(s is None for s in sessions):
        return 1
    if len(sessions) > 2:
        return run_chain(args, sessions)  # type: ignore[arg-type]
    earlier, later = sessions
    assert earlier is not None and later is not None
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


def _chain_warnings(names: list[str], sessions: list[Session]) -> list[str]:
    notes = []
    for i in out_of_order(sessions):
        notes.append(f"warning: the sessions are not in time order: {visible(names[i])} is dated "
                     f"{sessions[i].time_point.date}, before {visible(names[i - 1])} "
                     f"({sessions[i - 1].time_point.date}); each change is the next file minus the one "
                     f"before, as given")
    keys = {s.collaboration.name.strip().casefold() for s in sessions}
    if len(keys) > 1:
        names_seen = sorted({visible(s.collaboration.name) for s in sessions})
        notes.append(f"note: the sessions belong to different collaborations ({', '.join(map(repr, names_seen))})")
    return notes


def _chain_text(sessions: list[Session], follows: list[FollowUp]) -> str:
    chain = build_chain(sessions)
    lang = sessions[-1].language
    labels = [visible(s.time_point.label or f"#{i + 1}")[:6] for i, s in enumerate(sessions)]
    head = f"{'':<34}" + "".join(f"{lab:>7}" for lab in labels) + f"{'change':>8}"

    def path_row(title: str, path: list[float | None]) -> str:
        both = path[0] is not None and path[-1] is not None
        change = signed(path[-1] - path[0]) if both else signed(None)  # type: ignore[operator]
        return f"{title[:34]:<34}" + "".join(f"{fmt(v):>7}" for v in path) + f"{change:>8}"

    def f_title(fid: str) -> str:
        for s in reversed(sessions):
            try:
                f = s.question_set.field(fid)
            except KeyError:
                continue
            return visible(f"{f.number} {localized(f.title, lang)}")
        return visible(fid)

    when = " → ".join(f"{visible(s.time_point.label or '?')} {s.time_point.date or ''}".strip() for s in sessions)
    out = [f"{visible(sessions[-1].collaboration.name)}: {when}",
           f"{len(sessions)} time points; the change column is first → last, and each step follows.", "",
           "Path over time" + head[14:], path_row("Overall (profile strength)", chain.overall_path())]
    out += [path_row(f_title(fid), chain.field_path(fid)) for fid in chain.field_ids()]
    for i, step in enumerate(chain.steps):
        a, b = sessions[i], sessions[i + 1]
        out += ["", "=" * 72, f"Step {i + 1}: {visible(a.time_point.label or '?')} → "
                f"{visible(b.time_point.label or '?')}", "=" * 72, _text_table(a, b, step, follows[i])]
    return "\n".join(out)


def run_chain(args: argparse.Namespace, sessions: list[Session]) -> int:
    """Three or more time points: the path over time, and each consecutive comparison."""
    for note in _chain_warnings(list(args.sessions), sessions):
        complain(note)
    chain = build_chain(sessions)
    follows = [follow_up(a, b, step) for a, b, step in zip(sessions, sessions[1:], chain.steps)]
    if args.output:
        from ..report.comparison_report import write_chain_report  # reportlab only when a PDF is wanted

        try:
            write_chain_report(sessions, args.output, language=args.lang)
        except OSError as exc:
            complain(f"{args.output}: cannot write the report ({exc.strerror or exc})")
            return 1
    if args.json:
        say_json([comparison_json(a, b, step, follow)
                  for a, b, step, follow in zip(sessions, sessions[1:], chain.steps, follows)])
    elif not args.output:
        say(_chain_text(sessions, follows))
    return 0
