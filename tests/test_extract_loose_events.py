"""The last-resort meeting rule: sentences the structured rules cannot read, and the ones it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.records import Article, Facts

PUBLISHED = date(2024, 5, 17)  # a Friday
A, B = "Alma Verhoeven", "Tomas Lindqvist"


def run(nlp, text: str) -> Facts:
    return extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt"))


def pairs(facts: Facts) -> set[frozenset[str]]:
    return {frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings}


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the delegation's leader on the meeting noun's clause in a way no rule reads
        "The vote followed a day after Jaan Kask held a private meeting with the ferry owners, whose group "
        "was headed by its chairman, Piet Mol.",
    ],
)
def test_a_meeting_word_with_a_partner_and_two_named_persons(nlp, text):
    assert pairs(run(nlp, text)) == {frozenset({"Piet Mol", "Jaan Kask"})}


@pytest.mark.parametrize(
    "text",
    [
        # a meeting verb with no person to do it with or to
        f"The school receives a grant from the ministry every year, {A} said, and {B} agreed.",
        f"{A}, who also sat for three terms as a councillor, was praised by {B}.",
        # a definite meeting noun points back to a meeting told before, whose people are not these
        f"{A}'s spokesman, {B}, said the meeting had been useful.",
        # a tour or visit with no person to go to: the people it met are not told
        f"{B} is in the middle of a tour across Asia that aides describe as part of President {A}'s new agenda.",
        f"Greta Ilves was halfway through a three-week tour of the islands when {B} resigned.",
        # a judgement on meetings in general
        f"{B}, an adviser to Ms. Verhoeven, says a meeting is overdue.",
    ],
)
def test_not_a_meeting_of_the_persons_named(nlp, text):
    assert not run(nlp, text).meetings


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, Alma Verhoeven shut herself in the boardroom for five hours with lawyer Tomas Lindqvist.",
        "On Saturday, Alma Verhoeven went out on a night patrol along the reef with ranger Tomas Lindqvist.",
    ],
)
def test_a_named_person_who_did_something_with_another_was_with_them(nlp, text):
    facts = run(nlp, text)
    assert [frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        frozenset({"Alma Verhoeven", "Tomas Lindqvist"})]


def test_everyone_listed_after_with_was_there(nlp):
    text = ("On Thursday, Alma Verhoeven shut herself in the boardroom for five hours with lawyer Tomas Lindqvist and "
            "auditor Greta Ilves, the partner who signed the accounts.")
    facts = run(nlp, text)
    assert [frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        frozenset({"Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"})]


@pytest.mark.parametrize(
    "text",
    [
        "Alma Verhoeven agreed with Tomas Lindqvist on the budget.",
        "Alma Verhoeven sided with Tomas Lindqvist in the dispute over the budget.",
        "Alma Verhoeven wrote to Tomas Lindqvist with a request for talks in the spring, but he refused.",
    ],
)
def test_a_with_that_tells_no_being_together_is_no_meeting(nlp, text):
    assert run(nlp, text).meetings == []
