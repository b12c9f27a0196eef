"""Turn extracted facts into RDF quads in the article's own named graph.

IRIs are stable: they derive from the article key, names and evidence
offsets, never from counters or clocks, so extracting the same article twice
gives identical quads and the same person joins across articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pyoxigraph import Literal, NamedNode, Quad

from kg import vocab as v
from kg.records import Article, Facts, Span


def fold(text: str) -> str:
    """Case- and accent-folded form of a name, for IRIs and matching."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def slug(text: str, limit: int = 60) -> str:
    """A readable IRI segment: folded, non-alphanumerics to '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit] or "x"


def digest(*parts: object, size: int = 10) -> str:
    """A short stable hash of the parts."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:size]


def article_iri(article: Article) -> NamedNode:
    """The article's IRI, also the name of the graph that holds its facts."""
    return NamedNode(f"{v.ID}article/{slug(article.key, 40)}-{digest(article.key)}")


def person_iri(article: NamedNode, name: str, anonymous: bool) -> NamedNode:
    """Named persons: one IRI per name across articles; anonymous sources: per article."""
    if anonymous:
        return NamedNode(f"{article.value}/source/{slug(name)}")
    return NamedNode(f"{v.ID}person/{slug(name)}")


def _string(text: str) -> Literal:
    return Literal(text)


def _evidence(subject: NamedNode, span: Span, article: NamedNode) -> list[tuple]:
    return [
        (subject, v.SOURCE, article),
        (subject, v.EVIDENCE_START, Literal(str(span.start), datatype=v.XSD_INTEGER)),
        (subject, v.EVIDENCE_END, Literal(str(span.end), datatype=v.XSD_INTEGER)),
        (subject, v.EVIDENCE, _string(span.text)),
    ]


def _bool(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=v.XSD_BOOLEAN)


def facts_to_quads(facts: Facts) -> list[Quad]:
    """All quads for one article, in its named graph; duplicates removed, order stable."""
    article = facts.article
    graph = article_iri(article)
    triples: list[tuple] = [
        (graph, v.TYPE, v.ARTICLE),
        (graph, v.SOURCE_FILE, _string(article.where)),
        (graph, v.CONTENT_HASH, _string(article.content_hash)),
    ]
    if article.published:
        triples.append((graph, v.PUBLISHED, Literal(article.published.isoformat(), datatype=v.XSD_DATE)))
    if article.url:
        triples.append((graph, v.URL, Literal(article.url, datatype=v.XSD_ANYURI)))
    if article.title:
        triples.append((graph, v.TITLE, _string(article.title)))

    persons: dict[str, NamedNode] = {}
    for person in facts.persons:
        node = person_iri(graph, person.name, person.anonymous)
        persons[person.ref] = node
        triples += [
            (node, v.TYPE, v.PERSON),
            (node, v.NAME, _string(person.name)),
            (node, v.ANONYMOUS, _bool(person.anonymous)),
            (node, v.MENTIONED_IN, graph),
        ]
        triples += [(node, v.ALIAS, _string(a)) for a in person.aliases if a != person.name]

    for office in facts.offices:
        holder = persons[office.person]
        node = NamedNode(f"{graph.value}/office/{digest(holder.value, office.label, office.former)}")
        triples += [
            (node, v.TYPE, v.OFFICE),
            (node, v.LABEL, _string(office.label)),
            (node, v.HELD_BY, holder),
            (node, v.FORMER, _bool(office.former)),
            (holder, v.HOLDS, node),
            *_evidence(node, office.evidence, graph),
        ]

    for meeting in facts.meetings:
        members = sorted({persons[p].value for p in meeting.participants})
        if len(members) < 2:  # two refs that share a name are one person in RDF
            continue
        key = digest(*members, meeting.kind, meeting.date, meeting.evidence.start)
        node = NamedNode(f"{graph.value}/meeting/{key}")
        triples += [(node, v.TYPE, v.MEETING), (node, v.KIND, _string(meeting.kind))]
        triples += [(node, v.PARTICIPANT, NamedNode(m)) for m in members]
        if meeting.date:
            triples.append((node, v.DATE, Literal(meeting.date.isoformat(), datatype=v.XSD_DATE)))
        if meeting.place:
            triples.append((node, v.PLACE, _string(meeting.place)))
        triples += _evidence(node, meeting.evidence, graph)

    for statement in facts.statements:
        node = NamedNode(f"{graph.value}/statement/{statement.evidence.start}-{statement.evidence.end}")
        triples += [
            (node, v.TYPE, v.STATEMENT),
            (node, v.SPEAKER, persons[statement.speaker]),
            (node, v.QUOTE, _string(statement.quote)),
            *_evidence(node, statement.evidence, graph),
        ]

    # pyoxigraph terms hash and compare by their RDF value (IRI; lexical form, datatype and
    # language), so the triples themselves are the keys: no string is made for each of them.
    return [Quad(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]
