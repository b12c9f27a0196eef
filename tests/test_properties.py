"""Hostile text does no harm (issue 6): property tests over the real pipeline.

Any text (random Unicode, unbalanced quotation marks, very long sentences,
no sentences at all, news-like fragments in any order) goes through the
reader's cleaning, the spaCy parse and the rules without an exception, into
a graph that conforms to the SHACL shapes and that round-trips through
Turtle and N-Triples: pyoxigraph and rdflib both parse the output back into
a graph isomorphic to the one the store holds.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
import rdflib  # noqa: E402
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, parse
from rdflib.compare import isomorphic  # noqa: E402

from kg.pipeline import Summary, run_to_memory
from kg.read import clean
from kg.records import Article
from kg.store import export, triples
from kg.validate import validate_store

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
FRAGMENTS = [
    "Foreign Minister Alma Verhoeven", "met", "Trade Secretary Tomas Lindqvist", "in Kessel", "on Tuesday",
    "last week", "yesterday", "on March 3", "said", "told reporters", "according to a senior official",
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", ",", ".", "!", "?", ";", ":", "\u2014",
    "(", ")", "\n", "\n\n", "she", "he", "they", "the former ambassador", "Prime Minister Ines Carvalho",
    "spoke by phone with", "visited", "President Omar Haddad", "Mr.", "Dr.", "Jr.", "O'Neil", "José García",
    "Zoë Müller", "\u00a0", "\t", "2026-01-21", "13/45/2026", "on February 30", "in 3000 BC", "1999",
]

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
long_sentence = st.lists(st.sampled_from(["Verhoeven", "met", "Lindqvist", "and", "said", "that", "the", "talks",
                                          "\u201cwe", "agree", ","]), min_size=150, max_size=600).map(" ".join)
no_sentences = st.text(st.sampled_from(" \n\t.,;:!?\"'()[]{}-\u2014\u201c\u201d\u00ab\u00bb*#@"), max_size=200)
any_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
with_surrogates = st.text(st.characters(), max_size=100)  # cleaned to U+FFFD by the reader
TEXTS = st.one_of(news_like, long_sentence, no_sentences, any_unicode, with_surrogates)
DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def _rdflib_term(term):
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    assert isinstance(term, Literal)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:  # RDF 1.1: "x" and "x"^^xsd:string are one literal
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _normal(graph: rdflib.Graph) -> rdflib.Graph:
    """rdflib keeps "x"^^xsd:string apart from "x"; RDF 1.1 does not."""
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype == rdflib.XSD.string:
            o = rdflib.Literal(str(o))
        out.add((s, p, o))
    return out


def _graph(pyoxigraph_triples) -> rdflib.Graph:
    graph = rdflib.Graph()
    for t in pyoxigraph_triples:
        graph.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
    return graph


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=DATES)
def test_any_text_extracts_into_a_conforming_graph_that_round_trips(nlp, text, published):
    article = Article("prop.txt", clean(text), published, "prop.txt")
    summary = Summary()
    store = run_to_memory([article], summary)
    assert [str(p) for p in summary.problems] == []  # no rule raised
    assert summary.articles == 1

    errors = [str(v) for v in validate_store(store) if v.severity == "Violation"]
    assert errors == []

    expected = _graph(triples(store))
    assert len(expected) >= 3  # the article's own header triples at least
    for fmt, rdf_format, rdflib_format in (("turtle", RdfFormat.TURTLE, "turtle"),
                                           ("nt", RdfFormat.N_TRIPLES, "nt")):
        out = io.BytesIO()
        export(store, out, fmt)
        data = out.getvalue()
        by_oxigraph = _graph(parse(data, format=rdf_format))
        by_rdflib = _normal(rdflib.Graph().parse(data=data.decode("utf-8"), format=rdflib_format))
        assert isomorphic(by_oxigraph, expected), fmt
        assert isomorphic(by_rdflib, expected), fmt


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.one_of(news_like, long_sentence), min_size=1, max_size=4).map("\n\n".join),
       published=DATES)
def test_sectioned_extraction_conforms_and_keeps_offsets(nlp, text, published):
    """Long articles go to the rules in sections; made tiny here so that any text is cut many times."""
    import kg.pipeline

    article = Article("sections.txt", clean(text), published, "sections.txt")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.pipeline, "SECTION_CHARS", 300)
        patch.setattr(kg.pipeline, "CHUNK_CHARS", 120)
        summary = Summary()
        store = run_to_memory([article], summary)
    assert [str(p) for p in summary.problems] == []
    assert [str(v) for v in validate_store(store) if v.severity == "Violation"] == []
    body = article.text
    for solution in store.query("PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT ?s ?e ?t WHERE { "
                                "GRAPH ?g { ?f kg:evidenceStart ?s ; kg:evidenceEnd ?e ; kg:evidence ?t } }"):
        assert body[int(solution["s"].value):int(solution["e"].value)] == solution["t"].value
