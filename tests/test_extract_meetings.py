"""Meetings, calls and visits: who met whom, of what kind, and which mentions are not meetings."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.records import Article, Facts

PUBLISHED = date(2024, 5, 17)  # a Friday


def run(nlp, text: str) -> Facts:
    return extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt"))


def pairs(facts: Facts) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(facts.person(r).name for r in m.participants), m.kind) for m in facts.meetings]


A, B, C = "Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Minister {A} met Foreign Secretary {B} on Tuesday.", "meeting"),
        (f"Minister {A} met with Foreign Secretary {B} in Kessel.", "meeting"),
        (f"Minister {A} held talks with Foreign Secretary {B} on Tuesday.", "meeting"),
        (f"Minister {A} sat down with Foreign Secretary {B} for an hour.", "meeting"),
        (f"Minister {A} hosted Foreign Secretary {B} at her residence.", "meeting"),
        (f"Minister {A} received Foreign Secretary {B} at the ministry.", "meeting"),
        (f"Minister {A} welcomed Foreign Secretary {B} to the capital on Monday.", "meeting"),
        (f"Minister {A} visited Foreign Secretary {B} in hospital.", "visit"),
        (f"Minister {A} spoke by phone with Foreign Secretary {B} on Wednesday.", "call"),
        (f"Minister {A} called Foreign Secretary {B} on Wednesday.", "call"),
        (f"Minister {A} held a call with Foreign Secretary {B} on Wednesday.", "call"),
    ],
)
def test_meeting_verbs(nlp, text, kind):
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), kind)]


def test_talks_between(nlp):
    facts = run(nlp, f"The talks between Minister {A} and Foreign Secretary {B} lasted three hours.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_possessive_meeting_noun(nlp):
    facts = run(nlp, f"Minister {A}'s meeting with Foreign Secretary {B} took place in Kessel.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_after_her_meeting_with(nlp):
    facts = run(nlp, f"After her meeting with Foreign Secretary {B}, Minister {A} spoke to reporters.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_passive(nlp):
    facts = run(nlp, f"Minister {A} was received by Foreign Secretary {B} at the ministry on Monday.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_multi_party_meeting_is_one_meeting(nlp):
    facts = run(nlp, f"Minister {A} hosted Foreign Secretary {B} and Trade Minister {C} in Kessel on Monday.")
    assert pairs(facts) == [(frozenset({A, B, C}), "meeting")]


def test_separate_meetings_are_pairs(nlp):
    facts = run(nlp, f"Minister {A} held separate meetings with Foreign Secretary {B} and Trade Minister {C}.")
    assert sorted(pairs(facts), key=str) == sorted(
        [(frozenset({A, B}), "meeting"), (frozenset({A, C}), "meeting")], key=str
    )


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} will meet Foreign Secretary {B} next week.",
        f"Minister {A} is expected to visit Foreign Secretary {B} in June.",
        f"Minister {A} plans to meet Foreign Secretary {B} after the summit.",
        f"Minister {A} did not meet Foreign Secretary {B} on Tuesday.",
        f"Minister {A} declined to meet Foreign Secretary {B}.",
        f"If Minister {A} met Foreign Secretary {B}, the talks would be tense.",
        f"Minister {A} invited Foreign Secretary {B} to visit Kessel.",
        f"Minister {A} proposed a meeting with Foreign Secretary {B}.",
        f"A possible meeting between Minister {A} and Foreign Secretary {B} was discussed.",
    ],
)
def test_not_meetings(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_participants_through_pronoun_and_descriptor(nlp):
    text = (
        f"Foreign Secretary {B} arrived in Kessel on Monday. "
        f"Later that day, he met Minister {A}. The minister and the foreign secretary discussed trade."
    )
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_same_pair_twice_is_one_meeting_with_the_date(nlp):
    text = f"Minister {A} met Foreign Secretary {B} on Tuesday. {A} said her meeting with {B} had been useful."
    facts = run(nlp, text)
    assert len(facts.meetings) == 1
    assert facts.meetings[0].date == date(2024, 5, 14)


def test_objects_of_an_unknown_subject_did_not_meet_each_other(nlp):
    text = f"The envoy had spoken by phone with Foreign Secretary {B} and Trade Minister {C} earlier in the week."
    assert pairs(run(nlp, text)) == []


def test_paid_a_visit_to(nlp):
    facts = run(nlp, f"Minister {A} paid a visit to Foreign Secretary {B} in Kessel last month.")
    assert pairs(facts) == [(frozenset({A, B}), "visit")]
    assert facts.meetings[0].date is None


def test_attended_by_joins_the_meeting(nlp):
    text = f"Minister {A} met Foreign Secretary {B} on Monday. The meeting was also attended by Trade Minister {C}."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_undated_mention_takes_the_date_of_the_same_meeting_only(nlp):
    text = (
        f"Minister {A} met Foreign Secretary {B} on Tuesday. "
        f"{A} said her talks with {B} were frank. Separately, Trade Minister {C} met Governor Ivo Marsh."
    )
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated == {frozenset({A, B}): date(2024, 5, 14), frozenset({C, "Ivo Marsh"}): None}
