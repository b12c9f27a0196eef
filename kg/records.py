"""Plain typed records exchanged between the stages of the pipeline.

Data flows one way: read -> parse -> extract -> RDF -> validate -> store/export.
Every stage after extraction sees only these records, never spaCy objects,
so the RDF, store and export code can be tested and run without the model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

MEETING_KINDS = ("meeting", "call", "visit")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, before any language processing.

    `key` is the article's stable identity (its URL, or its file name and
    line): re-extracting the same article, even after its text changed,
    gives the same key and so replaces the same named graph.
    """

    key: str
    text: str
    published: date | None
    source: str
    line: int | None = None
    url: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and date: unchanged articles can be skipped."""
        data = f"{self.published}\n{self.text}".encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()

    @property
    def where(self) -> str:
        """File and line for messages to people."""
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(frozen=True)
class Span:
    """Character span [start, end) of the evidence in the article text."""

    start: int
    end: int
    text: str


@dataclass
class Person:
    """One person of one article, with every way the article names them.

    `ref` is local to the article ("p1"); the RDF stage turns named persons
    into IRIs from their names so that articles join on them.
    """

    ref: str
    name: str
    aliases: list[str] = field(default_factory=list)
    anonymous: bool = False
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Office:
    """A person holds (or held, when `former`) an office, e.g. "Director of the CIA"."""

    person: str
    label: str
    evidence: Span
    former: bool = False


@dataclass
class Meeting:
    """A contact between two or more persons: a meeting, a call or a visit."""

    participants: list[str]
    kind: str
    evidence: Span
    date: date | None = None
    place: str | None = None


@dataclass
class Statement:
    """A direct quotation and the person who said it."""

    speaker: str
    quote: str
    evidence: Span


@dataclass
class Facts:
    """Everything extracted from one article."""

    article: Article
    persons: list[Person] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def person(self, ref: str) -> Person:
        """The person with this article-local ref."""
        for p in self.persons:
            if p.ref == ref:
                return p
        raise KeyError(ref)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input, told to a person in one line.

    `skipped` is True when the article (or line) was left out entirely,
    False when it was kept with a degraded result (e.g. no date).
    """

    where: str
    what: str
    todo: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.what}; {self.todo}"
