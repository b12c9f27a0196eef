"""RDF stage and embedded store: stable IRIs, named graphs, atomic replacement, exports."""

from __future__ import annotations

import io

import pytest
import rdflib
from pyoxigraph import Dataset, RdfFormat, Store, parse
from rdflib.compare import isomorphic

from kg import vocab as v
from kg.rdf import article_iri, facts_to_nquads, facts_to_quads, person_iri, slug
from kg.store import export, format_for, load_files, quad_count, replace_graphs, stored_hash
from tests.conftest import make_facts


def test_same_article_gives_identical_quads():
    assert facts_to_quads(make_facts()) == facts_to_quads(make_facts())


def test_nquads_text_keeps_every_character_of_the_literals():
    """The N-Quads text is built from strings: quotes, backslashes and line breaks must come back as they were."""
    import dataclasses

    odd = 'He said "no" \\ twice\nthen\r\tleft \u2028 \u00e9 \x7f'
    facts = make_facts(quote=odd)
    facts = dataclasses.replace(facts, article=dataclasses.replace(
        facts.article, title=odd, url='https://example.org/a?b="c"&d=\\e'))
    text = facts_to_nquads(facts)
    quads = list(parse(text, format=RdfFormat.N_QUADS))
    assert quads == facts_to_quads(facts) and quad_count(text) == len(quads) == len(set(quads))
    values = {q.object.value for q in quads}
    assert odd in values and facts.article.url in values
    assert {q.graph_name for q in quads} == {article_iri(facts.article)}


def test_replace_graphs_takes_quads_or_nquads_text_alike():
    by_text, by_quads = Store(), Store()
    facts = make_facts()
    replace_graphs(by_text, {article_iri(facts.article): facts_to_nquads(facts)})
    replace_graphs(by_quads, {article_iri(facts.article): facts_to_quads(facts)})
    assert set(by_text) == set(by_quads)
    changed = make_facts(quote="Something else entirely")
    replace_graphs(by_text, {article_iri(changed.article): facts_to_nquads(changed)})  # the update path
    assert set(by_text) == set(facts_to_quads(changed))


def test_new_graphs_are_bulk_loaded_whole_into_a_disk_store(tmp_path):
    """A batch of new graphs goes in by bulk load: all of it, reopened later, replaceable like any other."""
    store = Store(str(tmp_path / "store"))
    first, second = make_facts("a.txt"), make_facts("b.txt")
    written = replace_graphs(store, {article_iri(f.article): facts_to_nquads(f) for f in (first, second)})
    assert written == 0  # nothing left in the write buffers to flush
    broken = {article_iri(make_facts("c.txt").article): facts_to_nquads(make_facts("c.txt")),
              article_iri(make_facts("d.txt").article): "<not a quad\n"}
    with pytest.raises(SyntaxError):
        replace_graphs(store, broken)
    del store
    store = Store(str(tmp_path / "store"))
    assert {g.value for g in store.named_graphs()} == {article_iri(f.article).value for f in (first, second)}
    assert set(store) == set(facts_to_quads(first)) | set(facts_to_quads(second))
    changed = make_facts("a.txt", quote="Something else entirely")
    assert replace_graphs(store, {article_iri(changed.article): facts_to_nquads(changed)}) == len(
        facts_to_quads(changed))
    assert set(store) == set(facts_to_quads(changed)) | set(facts_to_quads(second))


def test_same_person_joins_across_articles_accents_folded():
    a, b = article_iri(make_facts("a.txt").article), article_iri(make_facts("b.txt").article)
    assert a != b
    assert person_iri(a, "Delia Núñez", False) == person_iri(b, "Delia Nunez", False)
    assert person_iri(a, "official", True) != person_iri(b, "official", True)


def test_slug_is_safe():
    assert slug("  Ünïcödé / <script> ") == "unicode-script"
    assert slug("!!!") == "x"


def test_every_fact_carries_its_source_and_span(facts):
    store = Store()
    store.extend(facts_to_quads(facts))
    rows = list(store.query(
        f"PREFIX kg: <{v.KG}> SELECT ?f ?s ?e WHERE {{ GRAPH ?g {{ ?f kg:source ?g ; kg:evidenceStart ?s ; "
        "kg:evidenceEnd ?e } }"))
    assert len(rows) == 3  # office, meeting, statement
    text = facts.article.text
    quote = facts.statements[0]
    assert text[quote.evidence.start:quote.evidence.end] == quote.quote


def test_replace_graph_is_whole_and_idempotent():
    store = Store()
    first = make_facts(quote="We agree on every point")
    graph = article_iri(first.article)
    replace_graphs(store, {graph: facts_to_quads(first)})
    replace_graphs(store, {graph: facts_to_quads(first)})
    assert len(store) == len(facts_to_quads(first))
    changed = make_facts(quote="We disagree on nearly everything")
    replace_graphs(store, {graph: facts_to_quads(changed)})
    quotes = {q.object.value for q in store.quads_for_pattern(None, v.QUOTE, None)}
    assert quotes == {"We disagree on nearly everything"}
    assert stored_hash(store, graph) == changed.article.content_hash


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nq", "jsonld"])
def test_exports_parse_back_isomorphic(fmt, facts):
    store = Store()
    store.extend(facts_to_quads(facts) + facts_to_quads(make_facts("b.txt")))
    out = io.BytesIO()
    export(store, out, fmt)
    data = out.getvalue()
    expected = rdflib.Graph()
    for q in store:
        expected.add(_rdflib_triple(q))
    assert len(expected) > 30
    # pyoxigraph parses it back
    parsed = list(parse(data, format={"turtle": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES,
                                      "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS,
                                      "jsonld": RdfFormat.JSON_LD}[fmt]))
    assert len({(str(x.subject), str(x.predicate), str(x.object)) for x in parsed}) == len(expected)
    # rdflib parses it back to an isomorphic graph (union of the named graphs)
    rdflib_format = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    if fmt in ("trig", "nq", "jsonld"):
        ds = rdflib.Dataset()
        ds.parse(data=data.decode("utf-8"), format=rdflib_format)
        got = rdflib.Graph()
        for s, p, o, _g in ds.quads((None, None, None, None)):
            got.add((s, p, o))
        if fmt == "trig":
            assert len(list(ds.graphs())) >= 2  # one named graph per article
    else:
        got = rdflib.Graph().parse(data=data.decode("utf-8"), format=rdflib_format)
    assert isomorphic(got, expected)


def _rdflib_triple(quad):
    def term(t):
        if t.__class__.__name__ == "NamedNode":
            return rdflib.URIRef(t.value)
        plain = t.datatype is None or t.datatype.value == v.XSD + "string"
        return rdflib.Literal(t.value, datatype=None if plain else rdflib.URIRef(t.datatype.value))
    return term(quad.subject), term(quad.predicate), term(quad.object)


def test_trig_keeps_one_graph_per_article():
    store = Store()
    store.extend(facts_to_quads(make_facts("a.txt")) + facts_to_quads(make_facts("b.txt")))
    out = io.BytesIO()
    export(store, out, "trig")
    ds = Dataset(parse(out.getvalue(), format=RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in ds}
    assert graphs == {article_iri(make_facts(k).article).value for k in ("a.txt", "b.txt")}


def test_load_files_reports_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> \"unclosed .\n")
    with pytest.raises(Exception) as err:
        load_files([bad])
    assert "bad.ttl" in str(err.value) and "2" in str(err.value)


def test_format_from_extension():
    from pathlib import Path

    assert format_for(Path("x.trig"), None) == "trig"
    assert format_for(Path("x.nt"), None) == "nt"
    assert format_for(Path("x.ttl"), "nt") == "nt"
    with pytest.raises(Exception, match="--format"):
        format_for(Path("x.unknown"), None)
