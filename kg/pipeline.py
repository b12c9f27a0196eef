"""The extraction run: read -> parse -> extract -> RDF -> store or file.

This module wires the stages together and counts what happened; it holds no
rules of its own. spaCy is imported only when the first article is parsed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, RdfFormat, Store

from kg.rdf import article_iri, facts_to_nquads
from kg.records import Article, Facts, Problem, Span
from kg.store import quad_count, stored_hash
from kg.writer import StoreWriter

if TYPE_CHECKING:
    from kg.parallel import Executor

MAX_CHARS = 10_000_000  # longer texts are cut (with a warning): parsing 10 M characters takes ~10 minutes
LONG_CHARS = 1_000_000  # longer texts are extracted whole, with a warning that it takes a while
CHUNK_CHARS = 5_000  # texts are parsed in pieces of about this size, cut at paragraph breaks, then joined:
#                      a parse batch (BATCH_SIZE pieces) then holds at most ~320,000 characters
SECTION_CHARS = 50_000  # longer texts go to the rules section by section: their cost grows faster than the text
STORE_BATCH = 128  # articles per store write (one atomic write); a bulk load costs ~15 ms a call
#                    whatever its size: 128 articles cost 2/3 of the CPU of 2 x 64
STORE_SECONDS = 2.0  # ... and a write at least this often: a killed run loses only seconds of work
KEEP_PROBLEMS = 1000  # problems kept in a Summary (all are counted and printed)


@dataclass
class Summary:
    """What one run did, for the closing line and the exit code."""

    articles: int = 0
    unchanged: int = 0
    persons: int = 0
    offices: int = 0
    meetings: int = 0
    statements: int = 0
    triples: int = 0
    problems: list[Problem] = field(default_factory=list)  # the first KEEP_PROBLEMS; all are counted
    started: float = field(default_factory=time.monotonic)
    warnings: int = 0
    skips: int = 0

    @property
    def skipped(self) -> int:
        return self.skips

    def warn(self, problem: Problem) -> None:
        """Count a problem and tell the user at once, one line on stderr.

        Only the first KEEP_PROBLEMS are kept: a run over a million articles
        that each lack a date must not grow in memory with its warnings.
        """
        self.warnings += 1
        self.skips += problem.skipped
        if len(self.problems) < KEEP_PROBLEMS:
            self.problems.append(problem)
        print(f"warning: {problem}", file=sys.stderr, flush=True)

    def add(self, facts: Facts, quads: int) -> None:
        self.articles += 1
        self.persons += len(facts.persons)
        self.offices += len(facts.offices)
        self.meetings += len(facts.meetings)
        self.statements += len(facts.statements)
        self.triples += quads

    def line(self) -> str:
        seconds = time.monotonic() - self.started
        extra = []
        if self.unchanged:
            extra.append(f"{self.unchanged} unchanged, not extracted again")
        if self.skipped:
            extra.append(f"{self.skipped} skipped")
        note = f" ({', '.join(extra)})" if extra else ""
        return (f"{self.articles} articles{note}, {self.persons} persons, {self.offices} offices, "
                f"{self.meetings} meetings, {self.statements} statements, {self.triples} triples, "
                f"{seconds:.1f} s")


def limit_length(articles: Iterable[Article], warn: Callable[[Problem], None]) -> Iterator[Article]:
    """Cut articles longer than MAX_CHARS at a paragraph break, with a warning; warn about long ones."""
    for article in articles:
        if LONG_CHARS < len(article.text) <= MAX_CHARS:
            minutes = max(1, round(len(article.text) / 1e6))  # measured: ~1 minute of CPU per million characters
            warn(Problem(article.where, f"is {len(article.text):,} characters long, far longer than a news article; "
                         f"it is extracted whole, in pieces, which takes about {minutes} minute(s)",
                         "split it into separate articles if it holds several", skipped=False))
        if len(article.text) > MAX_CHARS:
            cut = article.text.rfind("\n", 0, MAX_CHARS)
            cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
            warn(Problem(article.where, f"is {len(article.text):,} characters long; only the first {cut:,} "
                         "were extracted", "split it into separate articles", skipped=False))
            article = Article(article.key, article.text[:cut], article.published, article.source,
                              article.line, article.url, article.title)
        yield article


def split_text(text: str, size: int | None = None) -> list[str]:
    """Pieces of about `size` characters (at most) whose concatenation is exactly `text`.

    Each cut is made just after a paragraph break, else a line break, else a
    sentence end, else a space, in the second half of the piece; only a
    "word" longer than half a piece is cut inside.
    """
    size = size or CHUNK_CHARS
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = end
        for separator in ("\n\n", "\n", ". ", " "):
            at = text.rfind(separator, start + size // 2, end)
            if at != -1:
                cut = at + len(separator)
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def join_docs(docs: list):
    """One Doc from the Docs of consecutive pieces: its text is the pieces' concatenation,
    so every offset is an offset in the whole article (Doc.from_docs shifts them)."""
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])


def merge_sections(article: Article, sections: list[tuple[int, Facts]]) -> Facts:
    """The facts of an article's sections as the facts of the whole article.

    Evidence offsets are shifted by each section's start. Persons whose names
    give the same IRI are one person (the first name wins, the others become
    aliases), as they would be in RDF; refs are renamed to stay unique.
    """
    from kg.rdf import slug

    merged = Facts(article)
    people: dict[tuple[bool, str], object] = {}
    for index, (offset, facts) in enumerate(sections):
        def shift(span: Span, offset: int = offset) -> Span:
            return Span(span.start + offset, span.end + offset, span.text)

        ref: dict[str, str] = {}
        for person in facts.persons:
            key = (person.anonymous, slug(person.name))
            mentions = [shift(m) for m in person.mentions]
            known = people.get(key)
            if known is None:
                known = dataclasses.replace(person, ref=f"s{index}-{person.ref}", aliases=list(person.aliases),
                                            mentions=mentions)
                people[key] = known
                merged.persons.append(known)
            else:
                known.aliases += [a for a in [person.name, *person.aliases]
                                  if a != known.name and a not in known.aliases]
                known.mentions += mentions
            ref[person.ref] = known.ref
        for office in facts.offices:  # one office per holder, label and tense, as in RDF: the first evidence
            office = dataclasses.replace(office, person=ref[office.person], evidence=shift(office.evidence))
            if not any((o.person, o.label, o.former) == (office.person, office.label, office.former)
                       for o in merged.offices):
                merged.offices.append(office)
        merged.meetings += [dataclasses.replace(m, participants=[ref[p] for p in m.participants],
                                                evidence=shift(m.evidence)) for m in facts.meetings]
        merged.statements += [dataclasses.replace(s, speaker=ref[s.speaker], evidence=shift(s.evidence))
                              for s in facts.statements]
    return merged


def extract_facts(articles: Iterable[Article], warn: Callable[[Problem], None]) -> Iterator[Facts]:
    """Parse the articles in batches with the one pipeline and extract their facts.

    A long text is parsed in pieces cut at paragraph breaks (`split_text`),
    which keeps the parser's time linear and its memory flat; the pieces' Docs
    are joined into one Doc before extraction, so `doc.text == article.text`.
    A text longer than SECTION_CHARS goes to the rules one section at a time
    (sections cut at paragraph breaks too), because the rules' cost grows
    faster than the text; the sections' facts are merged with their offsets
    shifted (`merge_sections`). Named persons still join across sections by
    name, but a surname alone in a later section is not linked to the full
    name in an earlier one.
    An article whose extraction fails is reported and skipped; the others go on.
    """
    from kg.extract import extract
    from kg.nlp import BATCH_SIZE, load_pipeline

    stream = iter(articles)
    first = next(stream, None)
    if first is None:  # e.g. every article unchanged: no need to load the model
        return
    articles = itertools.chain([first], stream)
    nlp = load_pipeline()

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int, int, int, int]]]:
        for article in limit_length(articles, warn):
            sections = split_text(article.text, SECTION_CHARS)
            offset = 0
            for section, text in enumerate(sections):
                parts = split_text(text)
                for number, part in enumerate(parts):
                    yield part, (article, section, len(sections), offset, number, len(parts))
                offset += len(text)

    parts: list = []
    done: list[tuple[int, Facts]] = []
    failed = False
    for doc, (article, section, sections, offset, number, count) in nlp.pipe(
            pieces(), as_tuples=True, batch_size=BATCH_SIZE):
        parts.append(doc)
        if number < count - 1:
            continue
        docs, parts = parts, []
        if section == 0:
            done, failed = [], False
        if failed:
            continue
        try:
            doc = docs[0] if len(docs) == 1 else join_docs(docs)
            if sections == 1:
                yield extract(doc, article)
                continue
            done.append((offset, extract(doc, dataclasses.replace(article, text=doc.text))))
            if section == sections - 1:
                facts, done = merge_sections(article, done), []
                yield facts
        except Exception as err:  # a bug in a rule must not cost the other articles  # noqa: BLE001
            failed, done = True, []
            warn(Problem(article.where, f"could not be extracted ({type(err).__name__}: {err})",
                         "please report this as a bug with the article attached"))


def progress(items: Iterable, unit: str = "article") -> Iterable:
    """A progress bar on stderr when the run takes more than a moment and stderr is a terminal.

    Without a terminal (a pipe, a log file, the benchmark) tqdm would show nothing
    anyway (disable=None); it is then not even imported (~50 ms at start).
    """
    isatty = getattr(sys.stderr, "isatty", None)
    if isatty is None or not isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=unit, file=sys.stderr, delay=1.0, disable=None, leave=False)


def run_to_store(store: Store, articles: Iterable[Article], summary: Summary,
                 force: bool = False, executor: Executor | None = None) -> None:
    """Extract into the embedded store; unchanged articles (same content hash) are skipped.

    `executor` (kg.parallel) runs the extraction elsewhere (worker processes, a
    Dask cluster); the facts come back here, in order, and only this process
    writes the store.

    Articles are written in batches, each batch one atomic write (kg.store.replace_graphs):
    an interrupted run leaves every article either as it was or fully replaced.
    """
    def changed(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            if not force and stored_hash(store, article_iri(article)) == article.content_hash:
                summary.unchanged += 1
                continue
            yield article

    batch: dict[NamedNode, str] = {}  # article graph -> its N-Quads text
    written = time.monotonic()
    extracted = executor.extract(changed(articles), summary.warn) if executor else \
        extract_facts(changed(articles), summary.warn)
    # Batches are written in a background thread (kg.writer), in order, one atomic write
    # each, while the next articles are parsed; `close` waits for every batch handed over.
    writer = StoreWriter(store)
    try:
        try:
            for facts in progress(extracted):
                quads = facts_to_nquads(facts)  # text: cheaper to make than Quad objects, loaded in Rust
                batch[article_iri(facts.article)] = quads
                summary.add(facts, quad_count(quads))
                if len(batch) >= STORE_BATCH or time.monotonic() - written >= STORE_SECONDS:
                    writer.write(batch)
                    batch, written = {}, time.monotonic()
        except KeyboardInterrupt:
            if batch:  # Ctrl-C: the articles extracted so far are whole; keep them
                writer.write(batch)
            raise
        if batch:
            writer.write(batch)
    finally:
        writer.close()


def run_to_memory(articles: Iterable[Article], summary: Summary, executor: Executor | None = None) -> Store:
    """Extract into a new in-memory store, for writing to a file."""
    store = Store()
    extracted = executor.extract(articles, summary.warn) if executor else extract_facts(articles, summary.warn)
    for facts in progress(extracted):
        quads = facts_to_nquads(facts)
        store.load(quads, format=RdfFormat.N_QUADS)
        summary.add(facts, quad_count(quads))
    return store


def write_file(store: Store, path: Path, fmt: str) -> None:
    """Write the store to `path` atomically: a reader never sees half a file."""
    from kg.errors import UsageError
    from kg.store import export

    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as out:
            export(store, out, fmt)
        tmp.replace(path)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UsageError(f"cannot write {path}: {err.strerror or err}; pass -o with a writable file") from err
