"""Date phrases resolved against the publication date; never after it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.extract.dates import resolve
from kg.records import Article

PUBLISHED = date(2024, 5, 17)  # a Friday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Jan. 15", date(2024, 1, 15)),
        ("on March 3, 2024", date(2024, 3, 3)),
        ("15 January", date(2024, 1, 15)),
        ("May 3", date(2024, 5, 3)),
        ("Dec. 30", date(2023, 12, 30)),  # later in the year than publication: last year
        ("on Tuesday", date(2024, 5, 14)),
        ("Friday", date(2024, 5, 17)),
        ("last Thursday", date(2024, 5, 16)),
        ("Thursday evening", date(2024, 5, 16)),
        ("yesterday", date(2024, 5, 16)),
        ("today", date(2024, 5, 17)),
        ("yesterday's", date(2024, 5, 16)),
    ],
)
def test_resolve(phrase, expected):
    assert resolve(phrase, PUBLISHED).day == expected


@pytest.mark.parametrize("phrase", ["earlier this month", "in December", "last year", "next Tuesday", "May 30, 2024"])
def test_no_day(phrase):
    assert resolve(phrase, PUBLISHED).day is None


def test_month_only_is_vague_but_known():
    when = resolve("in December", PUBLISHED)
    assert (when.year, when.month) == (2023, 12)


def test_no_publication_date_resolves_only_full_dates():
    assert resolve("on Tuesday", None).day is None
    assert resolve("March 3, 2024", None).day == date(2024, 3, 3)


def run(nlp, text: str, published: date | None = PUBLISHED):
    return extract(nlp(text), Article("t.txt", text, published, "t.txt"))


def test_meeting_date_from_the_phrase_on_the_verb(nlp):
    facts = run(nlp, "On Wednesday, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist in Kessel.")
    assert [m.date for m in facts.meetings] == [date(2024, 5, 15)]


def test_a_day_after_another_dated_event(nlp):
    text = (
        "On May 9, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist. "
        "Verhoeven's meeting with Lindqvist took place one day after she had a phone call with "
        "President Greta Ilves."
    )
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Alma Verhoeven", "Tomas Lindqvist"})] == date(2024, 5, 9)
    assert dated[frozenset({"Alma Verhoeven", "Greta Ilves"})] == date(2024, 5, 8)


def test_no_date_when_the_text_gives_none(nlp):
    facts = run(nlp, "Earlier this month, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist.")
    assert [m.date for m in facts.meetings] == [None]


def test_no_publication_date_no_relative_dates(nlp):
    facts = run(nlp, "Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist on Tuesday.", published=None)
    assert [m.date for m in facts.meetings] == [None]


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200) | st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "'",
            "Minister",
            "Alma",
            "Verhoeven",
            "met",
            "with",
            "on",
            "Tuesday",
            "Jan.",
            "31",
            "yesterday",
            "said",
            ",",
            ".",
            "\n",
            "she",
            "the",
            "official",
            "a",
            "senior",
            "Dec.",
            "2031",
            "talks",
            "between",
            "and",
            "Mr.",
            "de",
            "la",
            "al-",
            "called",
            "visited",
            "'s",
            "hosted",
            "next",
            "will",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_extract_never_raises_and_never_dates_after_publication(nlp, text, published):
    facts = run(nlp, text, published)
    for meeting in facts.meetings:
        assert len(set(meeting.participants)) >= 2
        if meeting.date is not None:
            assert published is not None and meeting.date <= published
    refs = {p.ref for p in facts.persons}
    assert all(set(m.participants) <= refs for m in facts.meetings)
    assert all(s.speaker in refs for s in facts.statements)
    assert all(o.person in refs for o in facts.offices)
