"""Person mentions and their grouping into one Person per person (real model, fictional people)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.records import Article, Facts


def run(nlp, text: str, published: date | None = date(2024, 5, 17)) -> Facts:
    return extract(nlp(text), Article("t.txt", text, published, "t.txt"))


def names(facts: Facts) -> set[str]:
    return {p.name for p in facts.persons}


def test_full_name_and_surname_are_one_person(nlp):
    facts = run(nlp, "Alma Verhoeven met Tomas Lindqvist on Tuesday. Verhoeven said the talks went well.")
    alma = [p for p in facts.persons if p.name == "Alma Verhoeven"]
    assert len(alma) == 1 and "Verhoeven" in alma[0].aliases
    assert names(facts) == {"Alma Verhoeven", "Tomas Lindqvist"}


def test_honorifics_and_titles_are_stripped(nlp):
    facts = run(nlp, "Dr. Petra Kowalczyk spoke first. Later, President Ilse Marchetti thanked Ms. Kowalczyk.")
    assert names(facts) == {"Petra Kowalczyk", "Ilse Marchetti"}


def test_possessive_is_not_part_of_the_name(nlp):
    facts = run(nlp, "Councillor Rafael Okafor-Lind resigned on Monday. Okafor-Lind's office gave no reason.")
    assert names(facts) == {"Rafael Okafor-Lind"}
    assert "Okafor-Lind's" not in facts.persons[0].aliases


@pytest.mark.parametrize(
    "name",
    ["Juan Carlos de la Fuente", "Pieter van der Berg", "Khalid al-Rashidi"],
)
def test_name_particles_are_kept(nlp, name):
    facts = run(nlp, f"Governor {name} said the budget would pass.")
    assert name in names(facts)


def test_accentless_spelling_joins_the_accented_name(nlp):
    text = "Senator Delia Ramírez Ortuño voted against the bill. Delia Ramirez Ortuno later said she had no regrets."
    facts = run(nlp, text)
    assert names(facts) == {"Delia Ramírez Ortuño"}


def test_name_after_a_title_is_a_person_even_if_the_model_misses_it(nlp):
    facts = run(nlp, "Prime Minister Sigrun Aalvik hosted Foreign Minister Bjarte Sollund in Kessel.")
    assert {"Sigrun Aalvik", "Bjarte Sollund"} <= names(facts)


def test_places_and_organisations_are_not_persons(nlp):
    text = (
        "The Halvard Foundation said on Monday that Minister Ruth Ekwueme had flown to Brannock, "
        "which lies on the Marrow coast."
    )
    assert names(facts := run(nlp, text)) == {"Ruth Ekwueme"}, facts.persons


def test_anonymous_source_and_the_official_later(nlp):
    text = (
        "A senior Treasury official told reporters that the plan was ready. "
        '"We will publish it next week," the official said.'
    )
    facts = run(nlp, text)
    anon = [p for p in facts.persons if p.anonymous]
    assert [p.name for p in anon] == ["senior Treasury official"]
    assert facts.statements and facts.statements[0].speaker == anon[0].ref


def test_aide_who_asked_not_to_be_named(nlp):
    text = 'An aide to the governor who asked not to be named said the talks had "stalled for good."'
    facts = run(nlp, text)
    assert [p.name for p in facts.persons if p.anonymous] == ["aide to the governor"]


def test_unnamed_source_without_a_quotation_is_not_kept(nlp):
    facts = run(nlp, "The talks went well, a government spokesman said on Monday.")
    assert facts.persons == []


def test_pronoun_refers_to_the_subject_before(nlp):
    text = 'Maren Solberg, the mayor of Kessel, visited the depot. "We need more buses than ever," she said.'
    facts = run(nlp, text)
    assert facts.statements and facts.person(facts.statements[0].speaker).name == "Maren Solberg"


def test_descriptor_refers_to_the_office_holder(nlp):
    text = (
        "Interim President Odile Ferrand met Ambassador Casimir Lotte on Friday. "
        '"Our doors are open to every partner," the interim president said.'
    )
    facts = run(nlp, text)
    assert facts.statements and facts.person(facts.statements[0].speaker).name == "Odile Ferrand"
