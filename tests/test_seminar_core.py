"""The seminar model: cases, sharing choices, the pooled picture, tips, barriers, parties and matching."""

from __future__ import annotations

import dataclasses
import json

import msgspec
import pytest

from seminar_fixtures import HIDDEN, case_docs, later_doc
from samson_desktop.core.scoring import score_session
from samson_desktop.core.seminar import (
    ANONYMISED,
    BY_GAP,
    BY_SCORE,
    NAME_CHOSEN,
    NAME_REAL,
    CaseInput,
    SeminarError,
    Sharing,
    alias_letter,
    build_seminar,
    group_cases,
    strong_cases,
)
from samson_desktop.core.voices import display_voices, voice_field_profiles
from samson_desktop.fileformat.sessionfile import parse_session

ORDER = ("north", "south", "east", "west")


def _sessions(docs=None):
    docs = docs or case_docs()
    return {key: parse_session(json.dumps(doc).encode(), key) for key, doc in docs.items()}


def _seminar(language="nb", sharing=None, keys=ORDER):
    sessions = _sessions()
    sharing = sharing or {}
    cases = [CaseInput((sessions[k],), sharing.get(k, Sharing())) for k in keys]
    return build_seminar(cases, language), sessions


def _strings(obj) -> list[str]:
    """Every string inside a shared view, however deep."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, msgspec.Struct):
        return [s for value in msgspec.structs.astuple(obj) for s in _strings(value)]
    if dataclasses.is_dataclass(obj):
        return [s for f in dataclasses.fields(obj) for s in _strings(getattr(obj, f.name))]
    if isinstance(obj, (tuple, list)):
        return [s for item in obj for s in _strings(item)]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in _strings(k) + _strings(v)]
    return []


def test_one_case_is_refused_with_a_clear_message():
    sessions = _sessions()
    with pytest.raises(SeminarError) as caught:
        build_seminar([CaseInput((sessions["north"],))], "nb")
    assert "minst to saker" in caught.value.text("nb")
    assert "at least two cases" in caught.value.text("en") and "there is 1 here" in caught.value.text("en")
    with pytest.raises(SeminarError):
        build_seminar([], "en")


def test_two_sessions_of_one_collaboration_make_one_case():
    sessions = _sessions()
    later = parse_session(json.dumps(later_doc(case_docs()["north"])).encode())
    picked = [later, sessions["north"]]
    assert group_cases(picked) == [(0,)]
    assert group_cases(picked, latest_two=True) == [(1, 0)]
    # The same session picked twice counts once.
    assert group_cases([sessions["north"], sessions["north"], sessions["south"]]) == [(0,), (2,)]


def test_defaults_are_the_anonymous_choices():
    assert Sharing() == ANONYMISED
    s = Sharing()
    assert (s.name, s.notes, s.measures, s.measure_owners, s.party_names) == ("alias", False, True, False, False)
    assert s.anonymous
    assert Sharing(name=NAME_CHOSEN, chosen_name="   ").anonymous
    with pytest.raises(ValueError):
        Sharing(name="nickname")


def test_aliases_follow_the_case_order_and_language():
    seminar, _ = _seminar("nb")
    assert [c.label for c in seminar.cases] == ["Sak A", "Sak B", "Sak C", "Sak D"]
    seminar_en, _ = _seminar("en")
    assert [c.label for c in seminar_en.cases] == ["Case A", "Case B", "Case C", "Case D"]
    assert seminar_en.title == "Peer-learning seminar" and seminar.title == "Likemannsseminar"
    assert [alias_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    assert seminar.cases[0].time_labels == ("Tidspunkt 1",)


def test_name_choices():
    seminar, sessions = _seminar(sharing={
        "north": Sharing(name=NAME_REAL), "south": Sharing(name=NAME_CHOSEN, chosen_name="  Kystlaget "),
        "east": Sharing(name=NAME_CHOSEN, chosen_name="")})
    labels = [c.label for c in seminar.cases]
    assert labels == ["Nordbyløftet", "Kystlaget", "Sak C", "Sak D"]
    assert [c.anonymous for c in seminar.cases] == [False, False, True, True]
    assert seminar.cases[0].time_labels == ("T1",)  # the own label only with the real name
    assert seminar.cases[1].time_labels == ("Tidspunkt 1",)
    assert seminar.fields[0].dots[0].label == "Nordbyløftet"


def test_profiles_are_each_cases_own_field_scores():
    seminar, sessions = _seminar()
    for case, key in zip(seminar.cases, ORDER):
        scores = score_session(sessions[key])
        own = {f.id: f.score for f in scores.fields}
        assert case.overall == scores.overall
        if key != "east":
            assert case.profile == tuple(own[f"f{n}"] for n in range(1, 8))
    # Hand check: north's field 1 holds f1.q1 (score 7) and f1.q2 (score 8), as voice means.
    north = sessions["north"]
    expected = (north.answer("f1.q1").effective_score + north.answer("f1.q2").effective_score) / 2
    assert seminar.cases[0].fields[0].score == expected


def test_pooled_picture_has_every_case_in_every_field():
    seminar, _ = _seminar()
    assert [f.key for f in seminar.fields] == [f"f{n}" for n in range(1, 8)]
    for position, picture in enumerate(seminar.fields):
        assert [d.case for d in picture.dots] == [0, 1, 2, 3]
        assert [d.score for d in picture.dots] == [c.fields[position].score for c in seminar.cases]
        ranked = picture.ranked()
        assert [d.score for d in ranked] == sorted((d.score for d in ranked), reverse=True)


def test_matching_across_question_sets():
    seminar, sessions = _seminar()
    east = seminar.cases[2]
    assert seminar.mixed_sets
    assert east.matching.fields_by_number == ((3, "Felt 3"),)
    assert east.matching.fields_unmatched == ()
    assert [number for number, _text in east.matching.questions_only_here] == ["2-3", "3-1", "3-2"]
    assert east.matching.questions_missing == 3  # f1.q2 and the two f3 questions under their old ids
    assert [c.index for c in seminar.unmatched()] == [2]
    # The field matched by number is pooled under the reference key with the case's own score.
    own = score_session(sessions["east"]).field("f3-talk").score
    assert east.field("f3").score == own and own is not None
    assert not east.field("f2").question_scores[-1].matched
    assert east.field("f2").question_scores[0].matched


def test_fields_that_cannot_be_matched_are_said():
    docs = case_docs()
    # Field 5 takes the id of field 6, so neither its id nor its number is free for it.
    fields = docs["east"]["question_set"]["fields"]
    fields[4]["id"], fields[5]["id"] = "f6", "f6-renamed"
    seminar = build_seminar([CaseInput((s,)) for s in _sessions(docs).values()], "en")
    east = seminar.cases[2]
    assert (6, "Field 6") in east.matching.fields_unmatched
    assert east.field("f6").score == score_session(_sessions(docs)["east"]).field("f6").score


def test_tips_are_the_shared_measures_of_the_strongest_cases():
    seminar, _ = _seminar()
    for tips, picture in zip(seminar.tips, seminar.fields):
        strong = strong_cases(picture)
        assert [s[0] for s in tips.strong] == [d.case for d in strong]
        assert len(strong) >= 1 and strong[0].score == max(d.score for d in picture.dots if d.score is not None)
        for tip in tips.tips:
            assert tip.case in [d.case for d in strong]
            assert tip.measure.field_key == picture.key
            assert tip.measure.status != "dropped"
            assert tip.measure.owner is None  # owners are not shared by default
    with_tips = [t for t in seminar.tips if t.tips]
    assert with_tips, "the fixture gives some field a strong case with measures"


def test_a_strong_case_that_keeps_its_measures_is_named_as_withholding():
    seminar, _ = _seminar(sharing={k: Sharing(measures=False) for k in ORDER})
    assert all(not t.tips for t in seminar.tips)
    assert all(t.withheld == tuple(label for _i, label, _s in t.strong) for t in seminar.tips)
    assert all(c.measures == () for c in seminar.cases)


def test_the_strong_third_includes_ties():
    seminar, _ = _seminar()
    picture = seminar.fields[0]
    tied = msgspec.structs.replace(picture, dots=tuple(msgspec.structs.replace(d, score=5.0) for d in picture.dots))
    assert len(strong_cases(tied)) == 4
    spread = msgspec.structs.replace(picture, dots=tuple(msgspec.structs.replace(d, score=float(i)) for i, d in
                                                     enumerate(picture.dots, 1)))
    assert [d.case for d in strong_cases(spread)] == [3, 2]  # ceil(4 / 3) = 2


def test_barriers_are_the_largest_gaps_or_the_lowest_scores_without_weights():
    seminar, sessions = _seminar()
    north = seminar.cases[0]
    scores = score_session(sessions["north"])
    top = [scores.question(q) for q in scores.priority if scores.question(q).gap > 0][:3]
    assert north.barriers_by == BY_GAP
    assert [b.question_number for b in north.barriers] == [q.number for q in top]
    east = seminar.cases[2]  # weighted nothing, so it has no gaps
    assert east.barriers_by == BY_SCORE
    lowest = sorted(q.score for q in score_session(sessions["east"]).questions if q.score is not None)[:3]
    assert [b.score for b in east.barriers] == lowest


def test_parties_inside_a_case():
    seminar, sessions = _seminar()
    north, south, east, west = seminar.cases
    assert [p.label for p in north.parties] == ["Kommune", "Frivillig organisasjon"]
    assert [p.label for p in south.parties] == ["Deltaker 1", "Deltaker 2", "Innbyggere/brukere"]
    assert east.parties == () and east.divergence == ()
    assert len(west.parties) == 1 and west.divergence == ()  # one party cannot differ from itself
    profiles = voice_field_profiles(sessions["north"], display_voices(sessions["north"], False))
    means = [p.fields[0].mean for p in profiles]
    first = north.divergence[0]
    assert first.spread == max(means) - min(means)
    assert first.parties == 2
    assert set(first.highest) | set(first.lowest) <= {"Kommune", "Frivillig organisasjon"}
    named, _ = _seminar(sharing={"north": Sharing(party_names=True)})
    assert [p.label for p in named.cases[0].parties] == ["Nordby bydel", "Nordbykroken Frivilligsentral"]


def test_notes_and_owners_only_when_shared():
    seminar, _ = _seminar()
    assert all(c.notes() == [] for c in seminar.cases)
    shared, _ = _seminar(sharing={"north": Sharing(notes=True, measure_owners=True)})
    north = shared.cases[0]
    assert north.notes() and all("Nordby-notat" in note for _n, _t, note in north.notes())
    assert all(m.owner.startswith("Ola Nordby-eier") for m in north.measures)
    assert all(m.note.startswith("Nordby oppfølging") for m in north.measures)


def test_shared_views_hold_no_hidden_string():
    seminar, _ = _seminar()
    found = "\n".join(_strings(seminar)).casefold()
    for key in ORDER:
        for hidden in HIDDEN[key]:
            assert hidden.casefold() not in found, f"{key}: {hidden!r} leaked into the shared view"


def test_real_name_shares_the_name_and_nothing_else():
    sharing = {k: Sharing(name=NAME_REAL) for k in ORDER}
    seminar, _ = _seminar(sharing=sharing)
    found = "\n".join(_strings(seminar))
    assert "Nordbyløftet" in found
    for hidden in ("Kari Nordmann", "Nordby frivillighus", "Nordby bydel", "Ola Nordby-eier", "Nordby-notat"):
        assert hidden not in found


def test_two_time_points_show_change():
    docs = case_docs()
    sessions = _sessions()
    later = parse_session(json.dumps(later_doc(docs["north"])).encode())
    seminar = build_seminar([CaseInput((sessions["north"], later)), CaseInput((sessions["south"],))], "en")
    north = seminar.cases[0]
    assert north.shows_change and seminar.shows_change
    assert north.time_labels == ("Time point 1", "Time point 2")
    first = north.fields[0]
    assert first.earlier == score_session(sessions["north"]).field("f1").score
    assert first.score == score_session(later).field("f1").score
    assert first.delta == pytest.approx(first.score - first.earlier)
    assert north.earlier_overall == score_session(sessions["north"]).overall
    with pytest.raises(ValueError):
        CaseInput((sessions["north"], later, sessions["north"]))


def test_strongest_and_weakest_fields():
    seminar, _ = _seminar()
    case = seminar.cases[1]
    scores = sorted((f.score for f in case.fields if f.score is not None), reverse=True)
    assert [f.score for f in case.strongest(2)] == scores[:2]
    assert [f.score for f in case.weakest(2)] == sorted(scores[2:])[:2]
    assert not {f.key for f in case.strongest(2)} & {f.key for f in case.weakest(2)}
