"""Write batches of article graphs to the embedded store in a background thread.

pyoxigraph releases the interpreter lock while it writes a transaction, so the
parse of the next articles goes on while the last batch is written: the
store's share of a run (a few percent of the parse time) leaves the critical
path. Batches are written one at a time, in the order given, each in its own
transaction (kg.store.replace_graphs): the store sees exactly the sequence of a
direct write. At most `depth` batches wait, so memory stays bounded.
"""

from __future__ import annotations

import queue
import threading

from pyoxigraph import NamedNode, Quad, Store

from kg.store import replace_graphs

_DONE = object()


class StoreWriter:
    """One writer thread for one store; `write` hands a batch over, `close` waits for all of them.

    An error in the writer (e.g. a full disk) is raised by the next `write` or
    by `close`; the batches after it are not written.
    """

    def __init__(self, store: Store, depth: int = 2):
        self.store = store
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
                    replace_graphs(self.store, batch)
                except BaseException as err:  # noqa: BLE001  # handed to the main thread
                    self._error, self._failed = err, True

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def write(self, batch: dict[NamedNode, list[Quad]]) -> None:
        """Queue one batch (one transaction); blocks while `depth` batches are waiting."""
        self._raise()
        self._queue.put(batch)

    def close(self) -> None:
        """Wait until every batch handed over is written; raise the writer's error, if any."""
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()
        self._raise()
