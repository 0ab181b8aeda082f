"""``samson scores FILE [--json]``: the session's scores as a table or as machine-readable JSON."""

from __future__ import annotations

import argparse

from ..core.model import localized
from ..core.scoring import score_session
from ..fileformat import SessionFileError, read_session
from .formatting import fmt, scores_to_json
from .terminal import complain, say, say_json, visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .samson session file")
    parser.add_argument("--json", action="store_true", help="print unrounded numbers as JSON")


def run(args: argparse.Namespace) -> int:
    try:
        session = read_session(args.file)
    except SessionFileError as exc:
        for line in exc.lines():
            complain(line)
        return 1
    scores = score_session(session)
    if args.json:
        say_json(scores_to_json(scores))
        return 0
    lang = session.language
    qset = session.question_set
    out = [
        visible(f"{session.collaboration.name} – {session.time_point.label} {session.time_point.date or ''}".rstrip()),
        f"Overall: {fmt(scores.overall)}",
        "",
        f"{'Value':<14}{'weight':>7}{'score':>7}{'gap':>7}{'n':>4}",
    ]
    for v in scores.values:
        out.append(f"{v.id:<14}{fmt(v.weight):>7}{fmt(v.score):>7}{fmt(v.gap):>7}{v.answered:>4}")
    out += ["", f"{'#':<3}{'Field':<34}{'score':>7}{'imp.':>7}{'gap':>7}{'n':>4}{'n/a':>5}"]
    for f in scores.fields:
        title = visible(localized(qset.field(f.id).title, lang))[:32]
        out.append(f"{f.number:<3}{title:<34}{fmt(f.score):>7}{fmt(f.importance):>7}{fmt(f.gap):>7}{f.answered:>4}{f.not_applicable:>5}")
    out += ["", "Largest gaps:"]
    for qid in scores.priority[:10]:
        q = scores.question(qid)
        text = visible(localized(qset.question(qid).text, lang))
        out.append(f"  {q.number:<5} gap {fmt(q.gap):>5}  {text[:90]}")
    say("\n".join(out))
    return 0
