"""Offices: title, apposition, clauses, possessive bodies, former offices (fictional people)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.records import Article, Facts


def run(nlp, text: str) -> Facts:
    return extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))


def offices(facts: Facts) -> dict[str, list[tuple[str, bool]]]:
    out: dict[str, list[tuple[str, bool]]] = {}
    for office in facts.offices:
        out.setdefault(facts.person(office.person).name, []).append((office.label, office.former))
    return out


def has(facts: Facts, name: str, *words: str, former: bool = False) -> bool:
    for label, was in offices(facts).get(name, []):
        low = label.lower()
        if was == former and all(w.lower() in low for w in words):
            return True
    return False


def test_title_before_the_name(nlp):
    facts = run(nlp, "Port Authority Director Lena Castellano met union leaders on Monday.")
    assert has(facts, "Lena Castellano", "director", "port authority"), offices(facts)


def test_apposition_after_the_name(nlp):
    facts = run(nlp, "Oskar Brenner, the director of the National Weather Agency, warned of floods.")
    assert has(facts, "Oskar Brenner", "director", "weather agency"), offices(facts)


def test_who_heads(nlp):
    facts = run(nlp, "Imke Sandoval, who heads the state water board, said the reservoirs were full.")
    assert has(facts, "Imke Sandoval", "head", "water board"), offices(facts)


def test_sworn_in_as(nlp):
    text = "Rowan Achterberg, who was sworn in as Norland's interim president last week, met the press."
    facts = run(nlp, text)
    assert has(facts, "Rowan Achterberg", "interim", "president", "norland"), offices(facts)


def test_predicate(nlp):
    facts = run(nlp, "Teodor Vance is the chief executive of Lumen Freight.")
    assert has(facts, "Teodor Vance", "chief executive", "lumen freight"), offices(facts)


def test_possessive_body(nlp):
    facts = run(nlp, "Norland's finance minister, Agathe Morel, presented the budget.")
    assert has(facts, "Agathe Morel", "finance minister", "norland"), offices(facts)


def test_prime_minister_of_country_after_name(nlp):
    facts = run(nlp, "Prime Minister Aarno Kettunen of Estmark arrived in the capital.")
    assert ("Prime Minister of Estmark", False) in offices(facts)["Aarno Kettunen"]


def test_acting_and_deputy_are_kept(nlp):
    facts = run(nlp, "Acting Governor Selma Drury and Deputy Mayor Paulo Renn toured the site.")
    assert has(facts, "Selma Drury", "acting", "governor"), offices(facts)
    assert has(facts, "Paulo Renn", "deputy", "mayor"), offices(facts)


def test_former_office(nlp):
    facts = run(nlp, "Former Defense Minister Hakon Strand criticised the plan.")
    assert has(facts, "Hakon Strand", "defense minister", former=True), offices(facts)
    assert not has(facts, "Hakon Strand", "minister", former=False)


def test_rank_is_not_an_office(nlp):
    facts = run(nlp, "Gen. Ilario Bassi inspected the troops.")
    assert "Ilario Bassi" in {p.name for p in facts.persons}
    assert offices(facts).get("Ilario Bassi") is None
