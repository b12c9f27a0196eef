"""Write batches of article graphs to the embedded store in a background thread.

A batch is N-Quads text (kg.rdf.facts_to_nquads), which pyoxigraph parses and
writes in Rust without holding the interpreter lock (a bulk load of new graphs,
or a SPARQL Update replacing stored ones), so the parse of the next articles
goes on while the last batch is written: the store's share of a run (a few
percent of the parse time) leaves the critical path. Batches are written one
at a time, in the order given, each one atomic write (kg.store.replace_graphs):
the store sees exactly the sequence of a direct write. At most `depth` batches
wait, so memory stays bounded.

Every FLUSH_QUADS quads written by transaction the writer also flushes the
store: Oxigraph keeps data written by a transaction in memory until a flush
(about 1 KB of resident memory a quad), so without it a long run's memory
would grow with the store. Batches of new graphs are bulk-loaded into files
(kg.store.replace_graphs) and leave nothing to flush.
"""

from __future__ import annotations

import queue
import threading

from pyoxigraph import NamedNode, Quad, Store

from kg.errors import StoreError
from kg.store import replace_graphs

_DONE = object()
FLUSH_QUADS = 100_000  # about 1,000 articles; keeps the store's write buffers at ~100 MB at most


class StoreWriter:
    """One writer thread for one store; `write` hands a batch over, `close` waits for all of them.

    An error in the writer (e.g. a full disk) is raised by the next `write` or
    by `close`; the batches after it are not written.
    """

    def __init__(self, store: Store, depth: int = 2, flush_quads: int = FLUSH_QUADS):
        self.store = store
        self.flush_quads = flush_quads
        self._unflushed = 0
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None  # raised once, in the main thread
        self._failed = False  # after an error, no later batch is written
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is _DONE:
                return
            if not self._failed:
                try:
                    self._unflushed += replace_graphs(self.store, batch)
                    if self._unflushed >= self.flush_quads:
                        self._unflushed = 0
                        try:
                            self.store.flush()
                        except OSError as err:
                            raise StoreError(f"cannot write to the store: {err}") from err
                except BaseException as err:  # noqa: BLE001  # handed to the main thread
                    self._error, self._failed = err, True

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def write(self, batch: dict[NamedNode, list[Quad] | str]) -> None:
        """Queue one batch (one atomic write); blocks while `depth` batches are waiting."""
        self._raise()
        self._queue.put(batch)

    def close(self) -> None:
        """Wait until every batch handed over is written; raise the writer's error, if any."""
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()
        self._raise()
