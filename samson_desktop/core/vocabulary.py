"""The fixed vocabulary of the SAMSON model: value ids, voice kinds, phases, quadrants, statuses."""

from __future__ import annotations

VALUE_IDS: tuple[str, ...] = ("openness", "democracy", "creativity", "leadership")
FIELD_COUNT = 7
SCORE_MIN = 1
SCORE_MAX = 10
WEIGHT_MIN = 1
WEIGHT_MAX = 10
LANGUAGES: tuple[str, ...] = ("nb", "en")

VOICE_KINDS: tuple[str, ...] = (
    "municipality",
    "social_enterprise",
    "voluntary",
    "citizen",
    "business",
    "participant",
    "other",
)
PHASES: tuple[str, ...] = (
    "knowledge_base",
    "planning",
    "mobilisation",
    "implementation",
    "continuation",
)
#: Seed 002, figure 2: do more / do less of a known or a new practice.
QUADRANTS: tuple[str, ...] = ("more-known", "more-new", "less-known", "less-new")
MEASURE_STATUSES: tuple[str, ...] = ("proposed", "agreed", "in_progress", "done", "dropped")
