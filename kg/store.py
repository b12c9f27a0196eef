"""The embedded store (a persistent Oxigraph database) and RDF files.

Guarantees: every write to the embedded store is one atomic write (a
transaction, or a bulk load whose files are added in one step), so an
article's graph is either the old one or the new one, never half of each,
whatever interrupts kg. Graph files are parsed with their file, line and
column in any error.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg import vocab as v
from kg.errors import InputError, StoreError, StoreUnavailable, UsageError

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nt": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "jsonld": RdfFormat.JSON_LD,
}
SUFFIXES = {
    ".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nt": "nt", ".ntriples": "nt",
    ".nq": "nq", ".nquads": "nq", ".jsonld": "jsonld", ".json": "jsonld",
}
QUAD_FORMATS = {"trig", "nq", "jsonld"}


def default_store_path() -> Path:
    """`KG_STORE`, else the user's data folder (`$XDG_DATA_HOME/kg/store`)."""
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kg" / "store"


def format_for(path: Path | None, explicit: str | None) -> str:
    """The RDF format name from `--format`, else from the file's extension."""
    if explicit:
        if explicit not in FORMATS:
            raise UsageError(f"unknown format {explicit!r}; use one of {', '.join(FORMATS)}")
        return explicit
    if path is not None and path.suffix.lower() in SUFFIXES:
        return SUFFIXES[path.suffix.lower()]
    if path is None:
        return "turtle"
    raise UsageError(f"{path}: cannot tell the RDF format from the extension; pass --format "
                     f"({', '.join(FORMATS)})")


def open_store(path: Path, read_only: bool = False) -> Store:
    """Open (or create) the embedded store, with errors that say what to do."""
    if read_only and not path.exists():
        raise StoreUnavailable(f"no store at {path}; run `kg extract ARTICLES` first, or pass --store DIR")
    try:
        if read_only:
            return Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return Store(str(path))
    except OSError as err:
        text = str(err)
        if "lock" in text.lower():
            raise StoreUnavailable(f"the store at {path} is in use by another kg process; wait for it to finish "
                             "or pass --store DIR") from err
        raise StoreUnavailable(f"cannot open the store at {path}: {text}") from err


def stored_hash(store: Store, graph: NamedNode) -> str | None:
    """The content hash recorded for an article graph, if it is stored."""
    for quad in store.quads_for_pattern(graph, v.CONTENT_HASH, None, graph):
        return quad.object.value
    return None


def quad_count(quads: list[Quad] | str) -> int:
    """How many quads a graph holds: N-Quads text made by kg has one quad a line."""
    return quads.count("\n") if isinstance(quads, str) else len(quads)


def _nquads_text(quads: list[Quad] | str) -> str:
    return quads if isinstance(quads, str) else serialize(quads, format=RdfFormat.N_QUADS).decode("utf-8")


def replace_graphs(store: Store, graphs: dict[NamedNode, list[Quad] | str]) -> int:
    """Write these article graphs, replacing any stored versions, in ONE atomic write.

    Either every graph of the batch is replaced or nothing is written.

    A batch of new graphs (the common case: a first run, new articles) goes in
    by `Store.bulk_load` of its N-Quads text: Oxigraph writes sorted files for
    every index and adds them all to the database in one atomic step at the end
    (RocksDB's IngestExternalFiles across column families), so the batch is
    whole or absent, as with a transaction. It costs about a third less CPU
    than a transaction, is parsed and written without the interpreter lock, and
    keeps nothing in the database's write buffers. A batch that replaces a
    stored graph is one SPARQL Update (DROP + INSERT DATA), a transaction.

    The bulk load is lenient (pyoxigraph then does not check IRIs again): the
    text is valid by construction, either serialized by pyoxigraph from Quads
    or made by kg.rdf.facts_to_nquads, whose IRIs are constant prefixes, slugs
    and digests and whose literals escape what N-Quads forbids. That saves
    about a sixth of the store's CPU.

    Returns the number of quads written through the write buffers (0 for a
    bulk load), which kg.writer counts to flush them in time.
    """
    try:
        existing = [g for g in graphs if store.contains_named_graph(g)]
        if not existing:
            store.bulk_load("".join(_nquads_text(quads) for quads in graphs.values()), format=RdfFormat.N_QUADS,
                            lenient=True)
            return 0
        # Drop and insert in one SPARQL Update: Oxigraph runs it as one transaction.
        # The triples are written by pyoxigraph's own N-Triples serializer, whose
        # escaping is valid SPARQL; no article text is pasted in by hand.
        ops = [f"DROP SILENT GRAPH {g}" for g in existing]
        body = " ".join(f"GRAPH {g} {{\n{_ntriples(quads)}}}" for g, quads in graphs.items())
        ops.append(f"INSERT DATA {{ {body} }}")
        store.update(" ;\n".join(ops))
        return sum(quad_count(quads) for quads in graphs.values())
    except OSError as err:
        raise StoreError(f"cannot write to the store: {err}") from err


def _ntriples(quads: list[Quad] | str) -> str:
    """The triples of these quads (or of this N-Quads text) as N-Triples text."""
    if isinstance(quads, str):
        quads = list(parse(quads, format=RdfFormat.N_QUADS))
    data = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
    return data.decode("utf-8")


def load_files(paths: Sequence[Path]) -> Store:
    """Parse RDF files into an in-memory store; triples go to a graph named after their file."""
    store = Store()
    for path in paths:
        fmt = format_for(path, None) if path.suffix.lower() in SUFFIXES else "turtle"
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        graph = None if fmt in QUAD_FORMATS else NamedNode(path.resolve().as_uri())
        try:
            store.bulk_load(path=str(path), format=FORMATS[fmt], to_graph=graph) if graph else \
                store.bulk_load(path=str(path), format=FORMATS[fmt])
        except SyntaxError as err:
            raise InputError(f"{path}: not valid {fmt}: {err}; check the file or pass the right extension") from err
        except OSError as err:
            raise InputError(f"{path}: cannot be read: {err}") from err
    return store


def triples(store: Store) -> Iterable:
    """Every distinct triple of every graph: the union a Turtle or N-Triples export writes."""
    return store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                       "{ GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } } }")


def export(store: Store, output, fmt: str) -> None:
    """Write the store: TriG, N-Quads and JSON-LD keep one named graph per article;
    Turtle and N-Triples write the union of all graphs."""
    prefixes = v.PREFIXES if fmt in ("turtle", "trig", "jsonld") else None
    try:
        if fmt in QUAD_FORMATS:
            store.dump(output, FORMATS[fmt], prefixes=prefixes)
        else:
            serialize(triples(store), output, FORMATS[fmt], prefixes=prefixes)
    except OSError as err:
        raise StoreError(f"cannot write the export: {err}") from err
