"""The character of the collaboration and where it sits between thin co-creation and thick co-production.

The rule is pure and small so that the window, the report and the comparison place a
collaboration the same way. docs/method.md explains it for facilitators, with the seed lines.
"""

from __future__ import annotations

from math import fsum
from typing import Any, Mapping

from msgspec import Struct, field

#: Seed 002 l. 796–799, 821–822 and figure 1 (l. 844–845, 864–865): short and ad hoc, a
#: time-limited project, or lasting without the character of a project.
TIME_PERSPECTIVES: tuple[str, ...] = ("short", "project", "lasting")
#: Seed 002 l. 798–799: relations for a purposeful service-development task, or relations
#: built on lasting mutual dependence.
RELATION_DEPTHS: tuple[str, ...] = ("task", "mutual")
#: Seed 002 l. 4515–4516.
CITIZEN_ROLES: tuple[str, ...] = ("co_initiator", "co_designer", "co_implementer")
#: Seed 002 l. 4518–4519.
CITIZEN_INFLUENCE: tuple[str, ...] = ("descriptive", "acknowledging", "transformative")
#: Seed 002 l. 4524–4526.
CITIZEN_RESOURCES: tuple[str, ...] = ("substitution", "addition")
RATING_MIN = 1
RATING_MAX = 10

#: The criteria the continuum position is built from, in the order they are shown.
THICKNESS_CRITERIA: tuple[str, ...] = ("time_perspective", "relation_depth", "citizen_roles", "citizen_influence")
#: Every criterion the step records, in the order they are shown.
CRITERIA: tuple[str, ...] = THICKNESS_CRITERIA + ("citizen_resources", "goal_attainment", "expectations_met")

#: Each choice placed from thin (0) to thick (1).
_PLACE: dict[str, dict[str, float]] = {
    "time_perspective": {"short": 0.0, "project": 0.5, "lasting": 1.0},
    "relation_depth": {"task": 0.0, "mutual": 1.0},
    "citizen_influence": {"descriptive": 0.0, "acknowledging": 0.5, "transformative": 1.0},
}
#: Seed 002 l. 821–822: a short, ad hoc process is not co-production, so it stays on the thin half.
SHORT_CEILING = 0.5


class Character(Struct, frozen=True):
    """What the group records about its collaboration; None means not filled in."""

    time_perspective: str | None = None
    relation_depth: str | None = None
    #: None: not filled in; an empty tuple: the citizens have none of the three roles.
    citizen_roles: tuple[str, ...] | None = None
    citizen_influence: str | None = None
    citizen_resources: str | None = None
    #: How far the goals of the collaboration are reached, 1–10.
    goal_attainment: int | None = None
    #: How far the collaboration met the parties' expectations, 1–10.
    expectations_met: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in CRITERIA) and not self.extra

    def missing(self, names: tuple[str, ...] = CRITERIA) -> tuple[str, ...]:
        return tuple(name for name in names if getattr(self, name) is None)


class Placement(Struct, frozen=True):
    """Where the criteria put the collaboration, from 0 (thin) to 1 (thick), or why they do not."""

    #: None when a thickness criterion is not filled in.
    position: float | None
    #: The thickness criteria not filled in, in display order.
    missing: tuple[str, ...]
    #: The short time perspective held the position on the thin half.
    capped: bool = False

    @property
    def region(self) -> str | None:
        """"thin", "between" or "thick": the third of the line the position is in."""
        if self.position is None:
            return None
        if self.position < 1 / 3:
            return "thin"
        if self.position > 2 / 3:
            return "thick"
        return "between"


def criterion_place(name: str, character: Character) -> float | None:
    """One thickness criterion placed from thin (0) to thick (1); None when not filled in."""
    if name == "citizen_roles":
        roles = character.citizen_roles
        if roles is None:
            return None
        return len(set(roles) & set(CITIZEN_ROLES)) / len(CITIZEN_ROLES)
    choice = getattr(character, name)
    return None if choice is None else _PLACE[name].get(choice)


def place(character: Character | None) -> Placement:
    """The continuum rule (docs/method.md, "The continuum").

    Each of the four thickness criteria is placed between thin (0) and thick (1): time
    perspective (short 0, project ½, lasting 1), depth of relations (task 0, mutual
    dependence 1), the citizens' roles (the share of co-initiator, co-designer and
    co-implementer that apply) and their influence (descriptive 0, acknowledging ½,
    transformative 1). The position is the mean of the four, and only when all four are
    filled in. A short, ad hoc collaboration stays on the thin half (at most ½).
    Substitution or addition, goal attainment and expectations are recorded and compared,
    but do not move the position: the seed does not say they make a collaboration thicker.
    """
    if character is None:
        return Placement(None, THICKNESS_CRITERIA)
    places = {name: criterion_place(name, character) for name in THICKNESS_CRITERIA}
    missing = tuple(name for name, value in places.items() if value is None)
    if missing:
        return Placement(None, missing)
    position = fsum(places.values()) / len(places)  # type: ignore[arg-type]
    capped = character.time_perspective == "short" and position > SHORT_CEILING
    return Placement(min(position, SHORT_CEILING) if capped else position, (), capped)


def character_to_dict(character: Character) -> dict[str, Any]:
    """The file form: only what is filled in, then unknown keys as read."""
    out: dict[str, Any] = {}
    for name in CRITERIA:
        value = getattr(character, name)
        if value is not None:
            out[name] = list(value) if name == "citizen_roles" else value
    out.update(character.extra)
    return out


def character_from_dict(doc: Mapping[str, Any]) -> Character:
    roles = doc.get("citizen_roles")
    goal, expectations = doc.get("goal_attainment"), doc.get("expectations_met")
    return Character(
        time_perspective=doc.get("time_perspective"),
        relation_depth=doc.get("relation_depth"),
        # One role once, in the seed's order, whatever order the file lists them in.
        citizen_roles=None if roles is None else tuple(r for r in CITIZEN_ROLES if r in roles),
        citizen_influence=doc.get("citizen_influence"),
        citizen_resources=doc.get("citizen_resources"),
        goal_attainment=None if goal is None else int(goal),
        expectations_met=None if expectations is None else int(expectations),
        extra={k: v for k, v in doc.items() if k not in CRITERIA},
    )
