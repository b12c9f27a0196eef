"""Turn extracted facts into RDF quads in the article's own named graph.

IRIs are stable: they derive from the article key, names and evidence
offsets, never from counters or clocks, so extracting the same article twice
gives identical quads and the same person joins across articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from kg import vocab as v
from kg.records import Article, Facts, Span


def fold(text: str) -> str:
    """Case- and accent-folded form of a name, for IRIs and matching."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=4096)
def slug(text: str, limit: int = 60) -> str:
    """A readable IRI segment: folded, non-alphanumerics to '-'.

    Kept: an article's key is slugged for its graph name three times in a run
    (the stored-hash check, the batch, the quads), and source names recur.
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit] or "x"


def digest(*parts: object, size: int = 10) -> str:
    """A short stable hash of the parts."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:size]


def article_iri(article: Article) -> NamedNode:
    """The article's IRI, also the name of the graph that holds its facts."""
    return NamedNode(f"{v.ID}article/{slug(article.key, 40)}-{digest(article.key)}")


def person_iri(article: NamedNode, name: str, anonymous: bool) -> NamedNode:
    """Named persons: one IRI per name across articles; anonymous sources: per article."""
    return NamedNode(_person_iri(article.value, name, anonymous))


@lru_cache(maxsize=4096)
def _named_person(name: str) -> str:
    """A named person's IRI; names recur across articles, so the slug is made once per name."""
    return f"{v.ID}person/{slug(name)}"


def _person_iri(article: str, name: str, anonymous: bool) -> str:
    if anonymous:
        return f"{article}/source/{slug(name)}"
    return _named_person(name)


# N-Quads text is built directly from strings: a pyoxigraph Quad whose object is a Literal
# costs ~4 microseconds to make (its constructor tries the other term types first), 40,000
# quads per 400 articles. Every IRI below is made of constant prefixes, slugs ([a-z0-9-])
# and hex digests, so it needs no escaping; literals escape the four characters N-Quads
# forbids inside quotes, so the text is valid by construction (kg.store bulk-loads it leniently).
# `store.load` parses the text in Rust without the interpreter lock.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_INTEGER = f"^^<{v.XSD}integer>"
_XSD_DATE = f"^^<{v.XSD}date>"
_TRUE, _FALSE = f'"true"^^<{v.XSD}boolean>', f'"false"^^<{v.XSD}boolean>'
_ANYURI = f"^^<{v.XSD}anyURI>"


def _iri(term: NamedNode) -> str:
    return f"<{term.value}>"


# The vocabulary's IRIs in N-Quads form, made once.
TYPE, LABEL, ARTICLE, PERSON, OFFICE, MEETING, STATEMENT = map(
    _iri, (v.TYPE, v.LABEL, v.ARTICLE, v.PERSON, v.OFFICE, v.MEETING, v.STATEMENT))
NAME, ALIAS, ANONYMOUS, MENTIONED_IN, HOLDS, HELD_BY, FORMER = map(
    _iri, (v.NAME, v.ALIAS, v.ANONYMOUS, v.MENTIONED_IN, v.HOLDS, v.HELD_BY, v.FORMER))
PARTICIPANT, DATE, KIND, PLACE, SPEAKER, QUOTE = map(
    _iri, (v.PARTICIPANT, v.DATE, v.KIND, v.PLACE, v.SPEAKER, v.QUOTE))
PUBLISHED, URL, TITLE, SOURCE_FILE, CONTENT_HASH = map(
    _iri, (v.PUBLISHED, v.URL, v.TITLE, v.SOURCE_FILE, v.CONTENT_HASH))
SOURCE, EVIDENCE_START, EVIDENCE_END, EVIDENCE = map(
    _iri, (v.SOURCE, v.EVIDENCE_START, v.EVIDENCE_END, v.EVIDENCE))


def _escape(text: str) -> str:
    """`text.translate(_ESCAPES)`, by four replaces (each a scan in C that finds nothing in most texts).

    The backslash goes first, so the backslashes the others add are not doubled;
    str.translate looks every character up in a dict, ten times slower here.
    """
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _string(text: str) -> str:
    """An xsd:string literal in N-Quads form."""
    return f'"{_escape(text)}"'


def _integer(value: int) -> str:
    return f'"{value}"{_XSD_INTEGER}'


def _evidence(subject: str, span: Span, article: str) -> list[tuple[str, str, str]]:
    return [
        (subject, SOURCE, article),
        (subject, EVIDENCE_START, _integer(span.start)),
        (subject, EVIDENCE_END, _integer(span.end)),
        (subject, EVIDENCE, _string(span.text)),
    ]


def _bool(value: bool) -> str:
    return _TRUE if value else _FALSE


def article_triples(facts: Facts) -> tuple[str, list[tuple[str, str, str]]]:
    """The article graph's IRI and its triples, all in N-Quads form; duplicates removed, order stable."""
    article = facts.article
    graph_iri = article_iri(article).value
    graph = f"<{graph_iri}>"
    triples: list[tuple[str, str, str]] = [
        (graph, TYPE, ARTICLE),
        (graph, SOURCE_FILE, _string(article.where)),
        (graph, CONTENT_HASH, _string(article.content_hash)),
    ]
    if article.published:
        triples.append((graph, PUBLISHED, f'"{article.published.isoformat()}"{_XSD_DATE}'))
    if article.url:
        triples.append((graph, URL, f'"{_escape(article.url)}"{_ANYURI}'))
    if article.title:
        triples.append((graph, TITLE, _string(article.title)))

    persons: dict[str, str] = {}  # ref -> the person's IRI (without brackets)
    for person in facts.persons:
        value = _person_iri(graph_iri, person.name, person.anonymous)
        persons[person.ref] = value
        node = f"<{value}>"
        triples += [
            (node, TYPE, PERSON),
            (node, NAME, _string(person.name)),
            (node, ANONYMOUS, _bool(person.anonymous)),
            (node, MENTIONED_IN, graph),
        ]
        triples += [(node, ALIAS, _string(a)) for a in person.aliases if a != person.name]

    for office in facts.offices:
        holder = persons[office.person]
        node = f"<{graph_iri}/office/{digest(holder, office.label, office.former)}>"
        triples += [
            (node, TYPE, OFFICE),
            (node, LABEL, _string(office.label)),
            (node, HELD_BY, f"<{holder}>"),
            (node, FORMER, _bool(office.former)),
            (f"<{holder}>", HOLDS, node),
            *_evidence(node, office.evidence, graph),
        ]

    for meeting in facts.meetings:
        members = sorted({persons[p] for p in meeting.participants})
        if len(members) < 2:  # two refs that share a name are one person in RDF
            continue
        key = digest(*members, meeting.kind, meeting.date, meeting.evidence.start)
        node = f"<{graph_iri}/meeting/{key}>"
        triples += [(node, TYPE, MEETING), (node, KIND, _string(meeting.kind))]
        triples += [(node, PARTICIPANT, f"<{m}>") for m in members]
        if meeting.date:
            triples.append((node, DATE, f'"{meeting.date.isoformat()}"{_XSD_DATE}'))
        if meeting.place:
            triples.append((node, PLACE, _string(meeting.place)))
        triples += _evidence(node, meeting.evidence, graph)

    for statement in facts.statements:
        node = f"<{graph_iri}/statement/{statement.evidence.start}-{statement.evidence.end}>"
        triples += [
            (node, TYPE, STATEMENT),
            (node, SPEAKER, f"<{persons[statement.speaker]}>"),
            (node, QUOTE, _string(statement.quote)),
            *_evidence(node, statement.evidence, graph),
        ]
    # Each term has one N-Quads form here, so equal strings are equal terms.
    return graph, list(dict.fromkeys(triples))


def facts_to_nquads(facts: Facts) -> str:
    """All quads for one article, in its named graph, as N-Quads text (one quad a line)."""
    graph, triples = article_triples(facts)
    return "".join([f"{s} {p} {o} {graph} .\n" for s, p, o in triples])


def facts_to_quads(facts: Facts) -> list[Quad]:
    """All quads for one article, in its named graph; duplicates removed, order stable.

    The N-Quads text of `facts_to_nquads`, parsed: one way of writing the graph.
    """
    return list(parse(facts_to_nquads(facts), format=RdfFormat.N_QUADS))


def count_quads(nquads: str) -> int:
    """Quads in N-Quads text made here: one a line (literals escape their line breaks)."""
    return nquads.count("\n")
