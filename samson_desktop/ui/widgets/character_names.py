"""The character criteria and their choices in the window's words (the report's own are in report/sections_character.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ...core.character import CITIZEN_INFLUENCE, CITIZEN_RESOURCES, RELATION_DEPTHS, TIME_PERSPECTIVES

#: Criterion titles and choices; the same words as the report's (report/sections_character.py).
TITLES = {
    "time_perspective": QT_TRANSLATE_NOOP("Character", "Time perspective"),
    "relation_depth": QT_TRANSLATE_NOOP("Character", "Depth of relations"),
    "citizen_roles": QT_TRANSLATE_NOOP("Character", "The citizens' roles"),
    "citizen_influence": QT_TRANSLATE_NOOP("Character", "The citizens' influence"),
    "citizen_resources": QT_TRANSLATE_NOOP("Character", "The citizens' resources"),
    "goal_attainment": QT_TRANSLATE_NOOP("Character", "Goals reached (1–10)"),
    "expectations_met": QT_TRANSLATE_NOOP("Character", "Met the parties' expectations (1–10)"),
}
CHOICES = {
    "short": QT_TRANSLATE_NOOP("Character", "Short and ad hoc"),
    "project": QT_TRANSLATE_NOOP("Character", "A time-limited project"),
    "lasting": QT_TRANSLATE_NOOP("Character", "Lasting, not a project"),
    "task": QT_TRANSLATE_NOOP("Character", "Built around a defined task"),
    "mutual": QT_TRANSLATE_NOOP("Character", "Lasting mutual dependence"),
    "co_initiator": QT_TRANSLATE_NOOP("Character", "Co-initiators"),
    "co_designer": QT_TRANSLATE_NOOP("Character", "Co-designers"),
    "co_implementer": QT_TRANSLATE_NOOP("Character", "Co-implementers"),
    "none": QT_TRANSLATE_NOOP("Character", "None of these roles"),
    "descriptive": QT_TRANSLATE_NOOP("Character", "Descriptive"),
    "acknowledging": QT_TRANSLATE_NOOP("Character", "Acknowledging"),
    "transformative": QT_TRANSLATE_NOOP("Character", "Transformative"),
    "substitution": QT_TRANSLATE_NOOP("Character", "Replace public services"),
    "addition": QT_TRANSLATE_NOOP("Character", "Add to public services"),
}
HINTS = {
    "substitution": QT_TRANSLATE_NOOP("Character", "Substitution: the citizens' knowledge, time and work take the place of a public service."),
    "addition": QT_TRANSLATE_NOOP("Character", "Addition: the citizens' knowledge, time and work come on top of the public service."),
    "co_initiator": QT_TRANSLATE_NOOP("Character", "Citizens took the initiative or took part in starting the work."),
    "co_designer": QT_TRANSLATE_NOOP("Character", "Citizens take part in designing the solutions."),
    "co_implementer": QT_TRANSLATE_NOOP("Character", "Citizens take part in carrying out the solutions."),
    "descriptive": QT_TRANSLATE_NOOP("Character", "Citizens describe their situation and needs; others decide."),
    "acknowledging": QT_TRANSLATE_NOOP("Character", "Citizens' views are recognised and change some decisions."),
    "transformative": QT_TRANSLATE_NOOP("Character", "Citizens change what is done and how, and roles change with it."),
}
#: The single-choice criteria and their choices, in display order.
SINGLE = {
    "time_perspective": TIME_PERSPECTIVES,
    "relation_depth": RELATION_DEPTHS,
    "citizen_influence": CITIZEN_INFLUENCE,
    "citizen_resources": CITIZEN_RESOURCES,
}


def criterion_title(name: str) -> str:
    return QCoreApplication.translate("Character", TITLES[name])


def choice_label(key: str) -> str:
    return QCoreApplication.translate("Character", CHOICES[key]) if key in CHOICES else key


def region_label(region: str | None) -> str:
    return {
        "thin": QCoreApplication.translate("Character", "towards thin co-creation"),
        "between": QCoreApplication.translate("Character", "between thin and thick"),
        "thick": QCoreApplication.translate("Character", "towards thick co-production"),
    }.get(region or "", "")
