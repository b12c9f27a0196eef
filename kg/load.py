"""`kg load`: copy article graphs into an external triple store, and say what happened.

The plan: every named graph of the local data (the embedded store, or graph
files) is checked against the SHACL shapes first; nothing is sent unless all
of it conforms. Then each graph is replaced as a whole on the server (Graph
Store PUT, or DROP + INSERT DATA in one SPARQL Update request), in batches
with a progress bar. A failure stops the load with a report of which graphs
are loaded, which are untouched and which are in doubt (the request failed
after the server got it). Loading is idempotent: running the same command
again finishes the job. At the end the remote triple count of every graph is
compared with the local one.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, Store

from kg.errors import EXIT_FAILED, AuthError, KgError, RemoteError, UsageError
from kg.remote import (
    Credentials,
    GraphStore,
    HttpClient,
    RemoteQuery,
    RequestFailed,
    RetryPolicy,
    UpdateEndpoint,
    count_triples,
    public_url,
)

LIST_LIMIT = 20  # graph names printed per list; --report FILE has them all


class NotConforming(KgError):
    """The local data fails the SHACL shapes: nothing is loaded."""

    exit_code = EXIT_FAILED


@dataclass
class LoadReport:
    """What a load did to each graph."""

    target: str
    protocol: str
    total: int
    loaded: list[str] = field(default_factory=list)
    not_loaded: list[str] = field(default_factory=list)  # untouched on the server
    in_doubt: list[str] = field(default_factory=list)  # old, new, or (Graph Store PUT) empty
    failed: list[dict] = field(default_factory=list)  # graph-specific refusals: {"graph", "error"}
    error: str | None = None
    auth_failed: bool = False
    triples: int = 0
    checked: int = 0
    mismatches: list[dict] = field(default_factory=list)  # {"graph", "local", "remote"}
    check_error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (len(self.loaded) == self.total and not self.mismatches and self.check_error is None
                and self.error is None)

    def lines(self) -> list[str]:
        out = [f"kg: loaded {len(self.loaded)} of {self.total} graphs ({self.triples} triples) into {self.target} "
               f"by {self.protocol} in {self.seconds:.1f} s"]
        for item in self.failed:
            out.append(f"kg: refused: <{item['graph']}>: {item['error']}")
        if self.in_doubt:
            out.append(f"kg: in doubt ({len(self.in_doubt)}): the request failed after the server got it; the server "
                       "holds the old graph or the new one" +
                       (" (or, where a PUT is not atomic, as on Virtuoso, an empty or partial one):"
                        if "PUT" in self.protocol else ":"))
            out += _listed(self.in_doubt)
        if self.not_loaded:
            out.append(f"kg: not loaded ({len(self.not_loaded)}), still as before on the server:")
            out += _listed(self.not_loaded)
        if len(self.loaded) < self.total and not self.auth_failed:
            out.append("kg: run the same command again to load the rest (loading a graph again replaces it)")
        if self.checked:
            if self.mismatches:
                out.append(f"kg: triple counts differ in {len(self.mismatches)} of {self.checked} graphs:")
                out += [f"  <{m['graph']}>: {m['local']} here, {m['remote']} on the server"
                        for m in self.mismatches[:LIST_LIMIT]]
            else:
                out.append(f"kg: checked: each of the {self.checked} graphs has as many triples on the server as here")
        if self.check_error:
            out.append(f"kg: could not check the triple counts: {self.check_error}")
        return out

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


def _listed(graphs: list[str]) -> list[str]:
    shown = [f"  <{g}>" for g in graphs[:LIST_LIMIT]]
    if len(graphs) > LIST_LIMIT:
        shown.append(f"  ... and {len(graphs) - LIST_LIMIT} more (see --report FILE)")
    return shown


def graph_names(store: Store) -> list[NamedNode]:
    """The named graphs to load, in a stable order; refuses data the protocols cannot address."""
    names = []
    for graph in store.named_graphs():
        if not isinstance(graph, NamedNode):
            raise UsageError(f"the data has a graph named by a blank node ({graph}); kg load sends graphs by IRI only")
        names.append(graph)
    for _ in store.quads_for_pattern(None, None, None, DefaultGraph()):
        raise UsageError("the data has triples in the default graph; kg load sends named graphs only "
                         "(put them in a named graph, e.g. a Turtle file is loaded into a graph named after it)")
    if not names:
        raise UsageError("there is nothing to load: no named graph in the data")
    return sorted(names, key=lambda g: g.value)


def check_shapes(store: Store, out=None) -> None:
    """Refuse (exit 1) data that does not conform, with the violations printed."""
    from kg.validate import validate_store

    out = out or sys.stdout
    violations = [v for v in validate_store(store) if v.severity == "Violation"]
    if violations:
        for violation in violations:
            print(violation, file=out)
        raise NotConforming(f"the graph does not conform to the shapes: {len(violations)} violation(s); "
                            "nothing was sent (fix the data, see `kg validate`)")


def batches(store: Store, graphs: list[NamedNode], max_graphs: int,
            max_triples: int | None = None) -> Iterator[dict[NamedNode, list[Quad]]]:
    """The graphs with their quads, a batch at a time, so memory holds one batch."""
    batch: dict[NamedNode, list[Quad]] = {}
    triples = 0
    for graph in graphs:
        quads = list(store.quads_for_pattern(None, None, None, graph))
        if batch and max_triples and triples + len(quads) > max_triples:
            yield batch
            batch, triples = {}, 0
        batch[graph] = quads
        triples += len(quads)
        if len(batch) >= max_graphs:
            yield batch
            batch, triples = {}, 0
    if batch:
        yield batch



def load(store: Store, url: str, *, update: bool = False, credentials: Credentials | None = None,
         query_endpoint: str | None = None, retry: RetryPolicy | None = None, batch_size: int | None = None,
         progress: bool = True, on_batch: Callable[[LoadReport], None] | None = None) -> LoadReport:
    """Replace each named graph of `store` on the server at `url`; never raises for a failed request,
    the report says what happened (except for wrong credentials before anything was loaded)."""
    from tqdm import tqdm

    started = time.monotonic()
    graphs = graph_names(store)
    http = HttpClient(credentials, retry)
    client = UpdateEndpoint(url, http) if update else GraphStore(url, http)
    report = LoadReport(public_url(url), client.protocol, len(graphs))
    local_counts: dict[str, int] = {}
    bar = tqdm(total=len(graphs), unit="graph", file=sys.stderr, disable=None if progress else True, leave=False,
               desc="loading")
    stopped_by: RemoteError | None = None
    done: set[str] = set()
    in_flight: list[str] = []  # the graphs of the request being sent

    def send(batch: dict[NamedNode, list[Quad]]) -> None:
        """Replace a batch; a batch the server refuses is split until the graph it cannot take is found."""
        in_flight[:] = [g.value for g in batch]
        try:
            client.replace(batch)
        except RequestFailed as err:
            if err.endpoint_wide:
                raise
            if len(batch) > 1:
                items = list(batch.items())
                send(dict(items[:len(items) // 2]))
                send(dict(items[len(items) // 2:]))
                return
            name = next(iter(batch)).value
            report.failed.append({"graph": name, "error": str(err)})
            (report.in_doubt if err.applied == "unknown" else report.not_loaded).append(name)
            done.add(name)
            bar.update(1)
            return
        for graph, quads in batch.items():
            local_counts[graph.value] = len(quads)
            report.triples += len(quads)
            report.loaded.append(graph.value)
            done.add(graph.value)
        bar.update(len(batch))
        if on_batch is not None:
            on_batch(report)

    try:
        # A Graph Store request carries one graph, so the report can account for each graph.
        size = 1 if client.max_graphs == 1 else batch_size or client.max_graphs
        for batch in batches(store, graphs, size, client.max_triples):
            try:
                send(batch)
            except AuthError as err:
                stopped_by = err
                report.error = str(err)
                report.auth_failed = True
                break
            except RequestFailed as err:
                stopped_by = err
                report.error = str(err)
                if err.applied == "unknown":  # only the request in flight; the other graphs are as they were
                    report.in_doubt.extend(g for g in in_flight if g not in done)
                    done.update(in_flight)
                break
    finally:
        bar.close()
        http.close()
    report.not_loaded.extend(g.value for g in graphs if g.value not in done)
    if report.error is None and report.failed:
        report.error = f"{len(report.failed)} graph(s) refused by the server"

    reachable = not (isinstance(stopped_by, RequestFailed) and stopped_by.transient)
    if report.loaded and query_endpoint and reachable and not isinstance(stopped_by, AuthError):
        verify(report, RemoteQuery(query_endpoint, credentials, retry), local_counts)
    report.seconds = time.monotonic() - started
    return report


def verify(report: LoadReport, query: RemoteQuery, local_counts: dict[str, int]) -> None:
    """Compare the remote triple count of each loaded graph with the local one."""
    try:
        remote = count_triples(query, [NamedNode(g) for g in report.loaded])
    except (RemoteError, KgError) as err:
        report.check_error = str(err)
        return
    report.checked = len(report.loaded)
    for graph in report.loaded:
        if remote.get(graph, 0) != local_counts[graph]:
            report.mismatches.append({"graph": graph, "local": local_counts[graph], "remote": remote.get(graph, 0)})
