"""The group's explanations a later session stores: finding the one for a change, and setting it."""

from __future__ import annotations

from typing import Sequence

from .model import Explanation, Session


def _matches(e: Explanation, kind: str, target: str) -> bool:
    return e.kind == kind and e.target == target


def explanation(session: Session, kind: str, target: str, since: str) -> str:
    """The later session's explanation of a change since the session ``since`` (its id); "" for none.

    An explanation written against that very session wins over one without ``since``.
    """
    fallback = ""
    for e in session.explanations:
        if _matches(e, kind, target):
            if e.since == since:
                return e.text
            if not e.since and not fallback:
                fallback = e.text
    return fallback


def explanations_since(session: Session, since: str) -> dict[tuple[str, str], str]:
    """(kind, target) → text of every explanation that applies to a comparison with the session ``since``."""
    out: dict[tuple[str, str], str] = {}
    for e in session.explanations:
        key = (e.kind, e.target)
        if e.text.strip() and (e.since == since or (not e.since and key not in out)):
            out[key] = e.text
    return out


def with_explanation(explanations: Sequence[Explanation], kind: str, target: str, since: str,
                     text: str) -> list[Explanation]:
    """The list with the explanation of (kind, target, since) set to ``text``; blank text removes it."""
    out: list[Explanation] = []
    placed = False
    for e in explanations:
        if _matches(e, kind, target) and e.since == since:
            if not placed and text.strip():
                out.append(Explanation(kind, target, text, since, e.extra))
            placed = True
            continue
        out.append(e)
    if not placed and text.strip():
        out.append(Explanation(kind, target, text, since))
    return out
