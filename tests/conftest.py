"""Shared fixtures: the real spaCy model (loaded once per session) and small hand-made graphs."""

from __future__ import annotations

from datetime import date

import pytest

from kg.records import Article, Facts, Meeting, Office, Person, Span, Statement


@pytest.fixture(scope="session")
def nlp():
    """The project's one spaCy pipeline, loaded once for the whole test session."""
    from kg.nlp import load_pipeline

    return load_pipeline()


def make_facts(key: str = "a.txt", quote: str = "We agree on every point") -> Facts:
    """A small article's facts written by hand, independent of the extraction rules."""
    text = f'Alma Verhoeven met Tomas Lindqvist on Tuesday. "{quote}," she said.'
    article = Article(key, text, date(2025, 3, 14), key)
    sentence = Span(0, 46, text[:46])
    start = text.index(quote)
    return Facts(
        article,
        persons=[Person("p1", "Alma Verhoeven", ["Verhoeven"]), Person("p2", "Tomas Lindqvist", ["Lindqvist"]),
                 Person("p3", "senior ministry official", anonymous=True)],
        offices=[Office("p1", "Foreign Minister of Norland", sentence)],
        meetings=[Meeting(["p1", "p2"], "meeting", sentence, date(2025, 3, 11), "Kessel")],
        statements=[Statement("p1", quote, Span(start, start + len(quote), quote))],
    )


@pytest.fixture
def facts() -> Facts:
    return make_facts()
