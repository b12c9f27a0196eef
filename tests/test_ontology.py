"""The ontology file declares every term the code writes, each with a label and comment."""

from __future__ import annotations

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg import vocab as v
from kg.resources import ontology_files, shape_files


def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


def test_every_term_written_by_code_is_declared_with_label_and_comment():
    graph = ontology()
    terms = [value for name, value in vars(v).items()
             if name.isupper() and hasattr(value, "value") and value.value.startswith(v.KG)]
    assert len(terms) > 20
    for term in terms:
        iri = rdflib.URIRef(term.value)
        assert (iri, RDF.type, None) in graph, term
        assert graph.value(iri, RDFS.label), term
        assert graph.value(iri, RDFS.comment), term


def test_classes_are_aligned_with_standard_vocabularies():
    graph = ontology()
    parents = {str(c): {str(p) for p in graph.objects(c, RDFS.subClassOf)}
               for c in graph.subjects(RDF.type, OWL.Class)}
    assert "http://www.w3.org/ns/org#Post" in parents[v.KG + "Office"]
    assert "https://schema.org/Person" in parents[v.KG + "Person"]
    assert "https://schema.org/Event" in parents[v.KG + "Meeting"]
    holds = {str(p) for p in graph.objects(rdflib.URIRef(v.KG + "holds"), RDFS.subPropertyOf)}
    assert "http://www.w3.org/ns/org#holds" in holds
    source = {str(p) for p in graph.objects(rdflib.URIRef(v.KG + "source"), RDFS.subPropertyOf)}
    assert "http://www.w3.org/ns/prov#wasDerivedFrom" in source
    speaker = {str(p) for p in graph.objects(rdflib.URIRef(v.KG + "speaker"), RDFS.subPropertyOf)}
    assert "http://www.w3.org/ns/prov#wasAttributedTo" in speaker


def test_shapes_target_every_class():
    shapes = rdflib.Graph()
    for path in shape_files():
        shapes.parse(path, format="turtle")
    targets = {str(o) for o in shapes.objects(None, rdflib.URIRef("http://www.w3.org/ns/shacl#targetClass"))}
    assert {v.KG + c for c in ("Article", "Person", "Office", "Meeting", "Statement")} <= targets
