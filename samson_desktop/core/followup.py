"""Follow-up of measures: what became of each measure from the earlier time point, and how its question moved."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from .comparison import Comparison, Delta, compare_scores
from .model import Measure, Session
from .numbers import round_half_up
from .scoring import score_session

#: Statuses at the earlier time point that are followed up. Every measure still on the
#: table counts: a measure only "proposed" at time 1 is often the one the group acted on,
#: and the earlier status is shown beside it. Measures already dropped at time 1 were
#: deliberately set aside and are left out.
FOLLOWED_STATUSES: tuple[str, ...] = ("proposed", "agreed", "in_progress", "done")

MatchKind = Literal["id", "text"]


class FollowUpItem(Struct, frozen=True):
    #: The measure as recorded at the earlier time point.
    earlier: Measure
    #: The same measure in the later session, or None when it was not carried over.
    later: Measure | None
    #: How the two were paired: the same measure id (on the same question) or the identical
    #: text on the same question.
    matched_by: MatchKind | None
    #: The change in the score of the measure's question (earlier, later, delta, only_in).
    score: Delta

    @property
    def carried_over(self) -> bool:
        return self.later is not None

    @property
    def status_before(self) -> str:
        return self.earlier.status

    @property
    def status_now(self) -> str | None:
        """The status at the later time point; None means "not carried over"."""
        return self.later.status if self.later else None


class FollowUp(Struct, frozen=True):
    items: tuple[FollowUpItem, ...]
    #: Measures of the later session that pair with no followed earlier measure (new ones).
    new_measures: tuple[Measure, ...]

    def counts(self) -> dict[str, int]:
        """How many followed measures have each status now; "not_carried_over" for the rest."""
        out: dict[str, int] = {}
        for item in self.items:
            key = item.status_now or "not_carried_over"
            out[key] = out.get(key, 0) + 1
        return out


def _match(earlier: list[Measure], later: list[Measure],
           carried: set[str] | None = None) -> dict[int, tuple[int, MatchKind]]:
    """Pair earlier measures (by index) with later ones; each later measure is used once.

    Ids are tried first, but only on the same question: a session started afresh may reuse
    "m1" for an unrelated measure. When the later session was made from the earlier one,
    ``carried`` names the measures it took over, and only those pair by id. Then identical
    text on the same question pairs measures whose ids were not kept (sessions made by hand,
    or by versions without "New time point").
    """
    pairs: dict[int, tuple[int, MatchKind]] = {}
    used: set[int] = set()
    by_id = {m.id: j for j, m in enumerate(later)}
    for i, m in enumerate(earlier):
        j = by_id.get(m.id)
        if j is not None and later[j].question_id == m.question_id and (carried is None or m.id in carried):
            pairs[i] = (j, "id")
            used.add(j)
    by_text: dict[tuple[str, str], list[int]] = {}
    for j, m in enumerate(later):
        if j not in used:
            by_text.setdefault((m.question_id, m.text.strip()), []).append(j)
    for i, m in enumerate(earlier):
        if i in pairs:
            continue
        candidates = by_text.get((m.question_id, m.text.strip()))
        if candidates:
            j = candidates.pop(0)
            pairs[i] = (j, "text")
            used.add(j)
    return pairs


def _question_delta(comparison: Comparison, question_id: str) -> Delta:
    for d in comparison.questions:
        if d.id == question_id:
            return d
    # Measures always name a question of their own session, so this is only reached for
    # hand-built sessions; report the question as missing on both sides rather than failing.
    return Delta(question_id, None, None, None, None, None)


def follow_up(
    earlier: Session,
    later: Session,
    comparison: Comparison | None = None,
    statuses: tuple[str, ...] = FOLLOWED_STATUSES,
) -> FollowUp:
    """Each earlier measure with one of ``statuses``, matched to the later session."""
    if comparison is None:
        comparison = compare_scores(score_session(earlier), score_session(later))
    followed = [m for m in earlier.measures if m.status in statuses]
    ref = later.earlier
    carried = {c.id for c in ref.carried} if ref is not None and ref.session_id == earlier.session_id else None
    pairs = _match(followed, later.measures, carried)
    items = []
    for i, m in enumerate(followed):
        j, how = pairs.get(i, (None, None))
        items.append(
            FollowUpItem(
                earlier=m,
                later=later.measures[j] if j is not None else None,
                matched_by=how,
                score=_question_delta(comparison, m.question_id),
            )
        )
    used = {j for j, _how in pairs.values()}
    # A later measure that matches an earlier one not followed (dropped at time 1) is not new.
    all_pairs = _match(earlier.measures, later.measures, carried)
    used |= {j for j, _how in all_pairs.values()}
    new = tuple(m for j, m in enumerate(later.measures) if j not in used)
    return FollowUp(items=tuple(items), new_measures=new)


def largest_changes(items: tuple[Delta, ...] | list[Delta], count: int) -> tuple[list[Delta], list[Delta]]:
    """The ``count`` largest improvements and declines, largest first: the talking points of a comparison.

    Items tied with the last one are included, so equal changes are never split arbitrarily.
    A change that shows as 0.0 with one decimal is neither.
    """
    ranked = sorted((d for d in items if d.delta is not None and round_half_up(abs(d.delta)) > 0),
                    key=lambda d: -abs(d.delta))  # type: ignore[arg-type]

    def top(side: list[Delta]) -> list[Delta]:
        if len(side) <= count:
            return side
        # Compare at display precision: 2.04 and 1.96 both read "2.0" and tie.
        bar = round_half_up(abs(side[count - 1].delta))  # type: ignore[arg-type]
        return [d for d in side if round_half_up(abs(d.delta)) >= bar]  # type: ignore[arg-type]

    ups = top([d for d in ranked if d.delta > 0])  # type: ignore[operator]
    downs = top([d for d in ranked if d.delta < 0])  # type: ignore[operator]
    return ups, downs
