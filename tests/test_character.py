"""The character of the collaboration: the continuum rule both ways, the file round trip and the comparison."""

from __future__ import annotations

import json

import pytest

from samson_desktop.core.character import Character, Placement, place
from samson_desktop.core.character_change import compare_character
from samson_desktop.fileformat import SessionFileError, parse_session, write_session
from tests.factories import session_bytes

THICK = Character("lasting", "mutual", ("co_initiator", "co_designer", "co_implementer"), "transformative")
THIN = Character("short", "task", (), "descriptive")


def test_all_four_criteria_thick_place_the_collaboration_at_the_thick_end():
    placement = place(THICK)
    assert placement == Placement(1.0, (), False)
    assert placement.region == "thick"


def test_all_four_criteria_thin_place_it_at_the_thin_end():
    placement = place(THIN)
    assert placement.position == 0.0 and placement.region == "thin"


def test_the_position_is_the_mean_of_the_four_criteria():
    # project ½, mutual 1, two of three roles ⅔, acknowledging ½ → (0.5 + 1 + 2/3 + 0.5) / 4
    character = Character("project", "mutual", ("co_designer", "co_implementer"), "acknowledging")
    assert place(character).position == pytest.approx((0.5 + 1 + 2 / 3 + 0.5) / 4)
    assert place(character).region == "between"


def test_a_short_ad_hoc_collaboration_stays_on_the_thin_half():
    # Seed 002 l. 821–822: a short, ad hoc process is not co-production.
    character = Character("short", "mutual", ("co_initiator", "co_designer", "co_implementer"), "transformative")
    placement = place(character)
    assert placement.position == 0.5 and placement.capped
    # The same criteria with a lasting time perspective go further.
    assert place(Character("lasting", *list(vars_of(character))[1:])).position == 1.0


def vars_of(character: Character):
    return (character.time_perspective, character.relation_depth, character.citizen_roles,
            character.citizen_influence)


@pytest.mark.parametrize("missing", ["time_perspective", "relation_depth", "citizen_roles", "citizen_influence"])
def test_without_any_one_thickness_criterion_there_is_no_position(missing):
    fields = dict(zip(("time_perspective", "relation_depth", "citizen_roles", "citizen_influence"), vars_of(THICK)))
    fields[missing] = None
    placement = place(Character(**fields))
    assert placement.position is None and placement.missing == (missing,)
    assert placement.region is None


def test_no_character_at_all_names_every_criterion_missing():
    assert place(None).position is None
    assert place(None).missing == ("time_perspective", "relation_depth", "citizen_roles", "citizen_influence")


def test_resources_and_results_do_not_move_the_position():
    base = place(THICK).position
    for extra in ({"citizen_resources": "substitution"}, {"citizen_resources": "addition"},
                  {"goal_attainment": 1, "expectations_met": 1}):
        character = Character(*vars_of(THICK), **extra)
        assert place(character).position == base


def test_no_roles_is_a_recorded_answer_not_a_missing_one():
    character = Character("lasting", "mutual", (), "transformative")
    assert place(character).position == pytest.approx(0.75)


def test_character_and_left_out_survive_the_file_round_trip(tmp_path):
    character = {"time_perspective": "project", "relation_depth": "task",
                 "citizen_roles": ["co_implementer", "co_designer"], "citizen_influence": "descriptive",
                 "citizen_resources": "addition", "goal_attainment": 4, "expectations_met": 7,
                 "future_key": {"kept": True}}
    raw = session_bytes(character=character, left_out=["Ungdommene", "Skolene"])
    session = parse_session(raw)
    assert session.character.citizen_roles == ("co_designer", "co_implementer")
    assert session.character.goal_attainment == 4 and session.left_out == ["Ungdommene", "Skolene"]
    out = tmp_path / "s.samson"
    write_session(session, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["character"]["future_key"] == {"kept": True}
    assert doc["character"]["citizen_roles"] == ["co_designer", "co_implementer"]
    assert doc["left_out"] == ["Ungdommene", "Skolene"]


def test_a_session_without_character_writes_neither_key(tmp_path):
    session = parse_session(session_bytes())
    assert session.character is None and session.left_out == []
    out = tmp_path / "s.samson"
    write_session(session, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "character" not in doc and "left_out" not in doc


@pytest.mark.parametrize("bad", [
    {"time_perspective": "forever"},
    {"goal_attainment": 11},
    {"expectations_met": 0},
    {"citizen_roles": ["co_initiator", "co_initiator"]},
    {"citizen_roles": ["observer"]},
])
def test_the_schema_refuses_values_outside_the_criteria(bad):
    with pytest.raises(SessionFileError):
        parse_session(session_bytes(character=bad))


def test_comparison_pairs_each_criterion_and_the_position():
    earlier = Character("project", "task", ("co_implementer",), "descriptive", "addition", 4, 5)
    later = Character("project", "mutual", ("co_designer", "co_implementer"), "acknowledging", "addition", 6, 7)
    c = compare_character(earlier, later)
    rows = {row.name: row for row in c.criteria}
    assert rows["goal_attainment"].delta == 2.0 and rows["expectations_met"].delta == 2.0
    assert rows["relation_depth"].changed and not rows["citizen_resources"].changed
    assert c.position_delta == pytest.approx(place(later).position - place(earlier).position)
    swapped = compare_character(later, earlier)
    assert swapped.position_delta == pytest.approx(-c.position_delta)


def test_comparison_with_a_side_not_filled_in_has_no_position_change():
    c = compare_character(None, THICK)
    assert c.earlier.position is None and c.later.position == 1.0
    assert c.position_delta is None and c.recorded()
    assert not compare_character(None, None).recorded()


def test_the_second_ordering_lists_the_top_weighted_values_questions_lowest_score_first():
    from samson_desktop.core.orderings import lowest_among_top_weighted
    from samson_desktop.core.scoring import score_session
    from tests.factories import question_set_doc

    # Odd questions link to openness only, even ones also to democracy (0.5).
    answers = {"f1.q1": {"consensus": 9}, "f1.q2": {"consensus": 2}, "f2.q1": {"consensus": 4},
               "f2.q2": {"consensus": 4}, "f3.q2": {"consensus": 8}}
    session = parse_session(session_bytes(question_set=question_set_doc(2), answers=answers,
                                          weights={"openness": 3, "democracy": 9, "creativity": 9}))
    scores = score_session(session)
    result = lowest_among_top_weighted(session.question_set, scores)
    assert result.value_ids == ("democracy", "creativity") and result.weight == 9
    # Only the even questions link to democracy; creativity has no questions in this set.
    assert result.questions == ("f1.q2", "f2.q2", "f3.q2")
    # The gap list reads differently: it ranks by importance − score over every question.
    assert scores.priority[0] == "f1.q2" and "f1.q1" in scores.priority
    assert lowest_among_top_weighted(session.question_set, score_session(
        parse_session(session_bytes(answers=answers)))).questions == ()
