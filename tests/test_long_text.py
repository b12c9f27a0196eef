"""Over-long articles (issue 6): parsed in pieces, extracted whole.

A 5 MB article is parsed in pieces of about CHUNK_CHARS characters cut at
paragraph breaks; the pieces' Docs are joined back into one Doc whose text is
the article's text, so the rules and every evidence offset see the whole
article. Here the piece size is made tiny so that the behaviour shows on a
few paragraphs; the time of a real 5 MB article is measured in the README.
"""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.pipeline as pipeline
from kg.pipeline import join_docs, split_text
from kg.records import Article, Facts, Problem

PARAGRAPHS = [
    "Foreign Minister Alma Verhoeven met Trade Secretary Tomas Lindqvist in Kessel on Tuesday.",
    '"We have found common ground," Verhoeven told reporters after the meeting.',
    "Lindqvist, a former ambassador to Norland, said the talks would continue in March.",
    "Prime Minister Ines Carvalho spoke with President Omar Haddad by phone on Monday.",
]


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab .\n"), max_size=400), st.integers(2, 60))
def test_split_text_pieces_concatenate_to_the_text(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces) or pieces == [""]


def test_split_text_prefers_paragraph_breaks():
    text = "\n\n".join(PARAGRAPHS * 3)
    pieces = split_text(text, 200)
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert split_text("short", 200) == ["short"]


def test_split_text_one_huge_line_cuts_at_sentence_ends():
    text = " ".join(PARAGRAPHS * 20)
    pieces = split_text(text, 500)
    assert len(pieces) > 5 and all(p.endswith(". ") for p in pieces[:-1])


def test_joined_doc_is_the_whole_text_with_whole_text_offsets(nlp):
    text = "\n\n".join(PARAGRAPHS * 2) + "\n"
    pieces = split_text(text, 200)
    assert len(pieces) > 2
    doc = join_docs(list(nlp.pipe(pieces)))
    assert doc.text == text
    assert [t.idx for t in doc] == sorted(t.idx for t in doc)
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"Alma Verhoeven", "Ines Carvalho"}
    assert len(list(doc.sents)) >= 8
    whole = nlp(text)
    assert [t.text for t in doc] == [t.text for t in whole]


@pytest.fixture()
def checking_extract(monkeypatch):
    """A stand-in for kg.extract that checks what the pipeline hands to the rules."""
    seen: list[tuple[str, int]] = []

    def extract(doc, article):
        assert doc.text == article.text
        seen.append((article.key, len(doc)))
        if "explode" in article.text:
            raise RuntimeError("a rule failed")
        return Facts(article)

    module = types.ModuleType("kg.extract")
    module.extract = extract
    monkeypatch.setitem(sys.modules, "kg.extract", module)
    return seen


def test_extract_facts_joins_pieces_and_keeps_article_order(nlp, checking_extract, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 150)
    long_text = "\n\n".join(PARAGRAPHS * 3)
    articles = [Article("short-1", PARAGRAPHS[0], date(2026, 1, 21), "s1"),
                Article("long", long_text, date(2026, 1, 21), "l"),
                Article("boom", "This will explode. " * 20, None, "b"),
                Article("short-2", PARAGRAPHS[3], None, "s2")]
    problems: list[Problem] = []
    facts = list(pipeline.extract_facts(articles, problems.append))
    assert [f.article.key for f in facts] == ["short-1", "long", "short-2"]
    assert [k for k, _ in checking_extract] == ["short-1", "long", "boom", "short-2"]
    assert checking_extract[1][1] == len(nlp(long_text))
    [problem] = problems
    assert problem.where == "b" and "RuntimeError" in str(problem) and problem.skipped


def test_long_and_over_long_articles_warn(nlp, checking_extract, monkeypatch):
    monkeypatch.setattr(pipeline, "LONG_CHARS", 300)
    monkeypatch.setattr(pipeline, "MAX_CHARS", 600)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 150)
    long_text = "\n".join(PARAGRAPHS)  # ~330 characters
    too_long = "\n".join(PARAGRAPHS * 3)  # ~990 characters
    problems: list[Problem] = []
    facts = list(pipeline.extract_facts([Article("long", long_text, None, "long.txt"),
                                         Article("too-long", too_long, None, "too-long.txt")], problems.append))
    assert [f.article.key for f in facts] == ["long", "too-long"]
    assert facts[0].article.text == long_text
    assert len(facts[1].article.text) <= 600 and too_long.startswith(facts[1].article.text)
    assert [p.where for p in problems] == ["long.txt", "too-long.txt"]
    assert "extracted whole" in str(problems[0]) and "only the first" in str(problems[1])
    assert not any(p.skipped for p in problems)


# ------------------------------------------------------------------ sections

def _spans(facts: Facts):
    for person in facts.persons:
        yield from person.mentions
    for item in [*facts.offices, *facts.meetings, *facts.statements]:
        yield item.evidence


def test_sections_are_extracted_apart_and_merged_with_whole_article_offsets(nlp, monkeypatch):
    from kg.rdf import facts_to_quads
    from kg.validate import validate_store

    monkeypatch.setattr(pipeline, "SECTION_CHARS", 400)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 150)
    text = "\n\n".join(PARAGRAPHS * 3) + "\n"
    article = Article("sections.txt", text, date(2026, 1, 21), "sections.txt")
    problems: list[Problem] = []
    [facts] = list(pipeline.extract_facts([article], problems.append))
    assert problems == [] and facts.article == article
    assert len(split_text(text, 400)) >= 3
    spans = list(_spans(facts))
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert max(s.end for s in spans) > 800  # offsets from later sections are shifted
    names = [p.name for p in facts.persons]
    assert len(names) == len(set(names))  # one person per name across sections
    assert "Alma Verhoeven" in names
    refs = {p.ref for p in facts.persons}
    assert all(o.person in refs for o in facts.offices)
    assert all(set(m.participants) <= refs for m in facts.meetings)
    assert all(s.speaker in refs for s in facts.statements)
    assert len(facts.meetings) >= 3

    from pyoxigraph import Store

    store = Store()
    store.extend(facts_to_quads(facts))
    assert [v for v in validate_store(store) if v.severity == "Violation"] == []


def test_a_failing_section_skips_its_article_once(nlp, checking_extract, monkeypatch):
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 200)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 100)
    bad = "\n\n".join([PARAGRAPHS[0], "This will explode here.", PARAGRAPHS[1], PARAGRAPHS[2]])
    articles = [Article("bad", bad, None, "bad.txt"), Article("good", "\n\n".join(PARAGRAPHS), None, "good.txt")]
    problems: list[Problem] = []
    facts = list(pipeline.extract_facts(articles, problems.append))
    assert [f.article.key for f in facts] == ["good"]
    assert [p.where for p in problems] == ["bad.txt"]
