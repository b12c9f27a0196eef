"""IRIs of the terms kg writes, for building and reading graphs in code.

The ontology itself (labels, comments, alignments) lives in `ontology/kg.ttl`;
`tests/test_ontology.py` checks that every term used here is declared there.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

KG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {
    "kg": KG,
    "person": ID + "person/",
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
}


def kg(local: str) -> NamedNode:
    """A term of the kg ontology."""
    return NamedNode(KG + local)


TYPE = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
XSD_DATE = NamedNode(XSD + "date")
XSD_INTEGER = NamedNode(XSD + "integer")
XSD_BOOLEAN = NamedNode(XSD + "boolean")
XSD_ANYURI = NamedNode(XSD + "anyURI")

ARTICLE, PERSON, OFFICE, MEETING, STATEMENT = (
    kg("Article"), kg("Person"), kg("Office"), kg("Meeting"), kg("Statement"))
NAME, ALIAS, ANONYMOUS, MENTIONED_IN, HOLDS = (
    kg("name"), kg("alias"), kg("anonymous"), kg("mentionedIn"), kg("holds"))
HELD_BY, FORMER = kg("heldBy"), kg("former")
PARTICIPANT, DATE, KIND, PLACE = kg("participant"), kg("date"), kg("kind"), kg("place")
SPEAKER, QUOTE = kg("speaker"), kg("quote")
PUBLISHED, URL, TITLE, SOURCE_FILE, CONTENT_HASH = (
    kg("published"), kg("url"), kg("title"), kg("sourceFile"), kg("contentHash"))
SOURCE, EVIDENCE_START, EVIDENCE_END, EVIDENCE = (
    kg("source"), kg("evidenceStart"), kg("evidenceEnd"), kg("evidence"))
