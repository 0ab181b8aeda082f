"""What the comparison window shows, computed once per change of either session, and how time points are named."""

from __future__ import annotations

from msgspec import Struct

from ..core import paired_sets
from ..core.comparison import Comparison, compare_scores
from ..core.followup import FollowUp, follow_up
from ..core.model import Session
from ..core.scoring import SessionScores, score_session
from .widgets.labels import fmt1


def signed1(value: float | None) -> str:
    """A change with its sign and one decimal in the current locale; "0.0" for no visible change."""
    return fmt1(value, signed=True)


def column_caption(session: Session) -> str:
    """The short name of a time point for a column head: its label, else its date."""
    return session.time_point.label or session.time_point.date or session.session_id[:8]


def session_caption(session: Session) -> str:
    """"T1 · 2025-10-30": how a time point is named in the window."""
    tp = session.time_point
    return " · ".join(part for part in (tp.label, tp.date or "") if part) or session.session_id


class CompareData(Struct):
    """Everything the window shows, computed once per change of either session."""

    earlier: Session
    later: Session
    earlier_scores: SessionScores
    later_scores: SessionScores
    comparison: Comparison
    follow: FollowUp
    lang: str

    @classmethod
    def build(cls, earlier: Session, later: Session, lang: str) -> "CompareData":
        e_scores, l_scores = score_session(earlier), score_session(later)
        comparison = compare_scores(e_scores, l_scores)
        return cls(earlier, later, e_scores, l_scores, comparison, follow_up(earlier, later, comparison), lang)

    def _sets(self) -> tuple:
        """Names come from the later set where it has the item, else from the earlier one."""
        return (self.later.question_set, self.earlier.question_set)

    def field_title(self, field_id: str) -> str:
        return paired_sets.field_title(self._sets(), field_id, self.lang)

    def value_title(self, value_id: str) -> str:
        return paired_sets.value_title(self._sets(), value_id, self.lang)

    def question_label(self, question_id: str) -> tuple[str, str]:
        """(number such as "3-2", text) from the side that has the question."""
        return paired_sets.question_label(self._sets(), question_id, self.lang)

    def field_questions(self, field_id: str) -> list[str]:
        """The field's questions: the later set's order, then questions only the earlier set has."""
        return paired_sets.field_questions(self._sets(), field_id)

    def field_ids(self) -> list[str]:
        return paired_sets.field_ids(self._sets())

    def labels(self) -> tuple[str, str]:
        """How the two time points are named in sentences: "T1 · 2025-10-30"."""
        return session_caption(self.earlier), session_caption(self.later)

    def columns(self) -> tuple[str, str]:
        """How the two time points head a column: "T1"."""
        return column_caption(self.earlier), column_caption(self.later)
