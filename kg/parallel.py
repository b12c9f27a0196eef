"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

An executor turns a stream of articles into a stream of `Facts`, in the order
of the articles, so every executor gives the same graph. Executors never
write the store: `kg.pipeline` does, in the one process that owns it.

- `LocalExecutor`: `kg.pipeline.extract_facts` in this process (the default).
- `ProcessExecutor(jobs)`: `jobs` worker processes (spawned, so no spaCy state
  is forked), each loading the model once when it starts.
- `DaskExecutor(address)`: the workers of a Dask distributed cluster; each
  worker process loads the model once, on its first batch, and keeps it.

The parallel executors send batches of articles to the workers and keep a
bounded number of batches in flight, so memory stays flat however many
articles are read. A worker runs exactly the local code on its batch
(`extract_batch`) and returns the records; problems come back as `Problem`
records and are reported by the parent, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from kg.errors import KgError, SetupError, UsageError
from kg.records import Article, Facts, Problem

Warn = Callable[[Problem], None]
Outcome = Facts | Problem

EXECUTORS = ("local", "processes", "dask")
DEFAULT_BATCH = 32  # articles per task sent to a Dask worker (a task there costs a network round trip)
PROCESS_BATCH = 8  # articles per task sent to a local worker process: small tasks keep both cores busy
#                    to the end of a run (with 32, one worker was often left with a whole batch alone), and
#                    the parse is as fast in batches of 8 as of 64


def extract_batch(articles: list[Article]) -> list[Outcome]:
    """Extract one batch in this process, as a worker does: facts and problems, in order.

    It runs `kg.pipeline.extract_facts`, the very code of a local run; the
    model is loaded on the first call in a process and kept for the next.
    """
    from kg.pipeline import extract_facts

    outcomes: list[Outcome] = []
    for facts in extract_facts(articles, outcomes.append):
        outcomes.append(facts)
    return outcomes


def warm_up() -> None:
    """Load the model and the rules now, so the first batch does not wait for them."""
    from kg.nlp import load_pipeline

    load_pipeline()
    try:
        import kg.extract  # noqa: F401  # the rules' own start-up work, once per process
    except ImportError:
        pass  # reported by the first batch, as in a local run


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items (the last may be shorter), lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def unpack(results: Iterable[list[Outcome]], warn: Warn) -> Iterator[Facts]:
    """Facts of the batches' outcomes, in order; problems go to `warn`."""
    for outcomes in results:
        for item in outcomes:
            if isinstance(item, Problem):
                warn(item)
            else:
                yield item


class Executor:
    """Runs extraction somewhere; a context manager that releases its workers."""

    name = "local"
    workers = 1

    def extract(self, articles: Iterable[Article], warn: Warn) -> Iterator[Facts]:
        """Facts of the articles, in their order; problems go to `warn`."""
        from kg.pipeline import extract_facts

        return extract_facts(articles, warn)

    def start(self) -> Executor:
        """Load the model wherever extraction runs, now (optional: it loads on first use)."""
        warm_up()
        return self

    def close(self) -> None:
        """Stop the workers; the executor cannot be used after."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


LocalExecutor = Executor


class ProcessExecutor(Executor):
    """`jobs` local worker processes, each with its own model, fed batches of articles."""

    name = "processes"

    def __init__(self, jobs: int, batch: int = PROCESS_BATCH, in_flight: int | None = None):
        if jobs < 1:
            raise UsageError(f"--jobs {jobs}: give a number of processes of 1 or more")
        self.workers = jobs
        self.batch = batch
        # Results are taken in order: with a few batches queued per worker, a worker that finishes
        # early finds the next batch waiting while the parent waits for an older one.
        self.in_flight = in_flight or 4 * jobs
        self._pool = None

    def _get_pool(self):
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # spawn: a fresh interpreter per worker, never a fork of a process that
            # may hold threads or a half-loaded model; each worker loads the model once.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=warm_up)
        return self._pool

    def start(self) -> ProcessExecutor:
        """Return once EVERY worker has loaded the model.

        One no-op task per worker is not enough: the worker that loads first
        may take them all while the other is still loading, and its load (a
        second or more) then falls into the run. Tasks that report their
        worker's id are sent until every worker has answered.
        """
        pool = self._get_pool()
        ready: set[int] = set()
        while len(ready) < self.workers:
            ready.update(self._result(future) for future in [pool.submit(_ready) for _ in range(self.workers)])
        return self

    def _result(self, future) -> list[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool as err:
            raise KgError("a worker process died (out of memory, or killed); the store keeps every "
                          "article written before this point; run again, perhaps with fewer --jobs") from err

    def extract(self, articles: Iterable[Article], warn: Warn) -> Iterator[Facts]:
        pool = self._get_pool()
        pending: deque = deque()

        def results() -> Iterator[list[Outcome]]:
            for batch in batched(articles, self.batch):
                pending.append(pool.submit(extract_batch, batch))
                if len(pending) >= self.in_flight:
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())

        try:
            yield from unpack(results(), warn)
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _ready() -> int:
    """This worker's process id, once it has loaded the model (the pool's initializer ran first).

    It holds the worker a moment, so the other workers take the other ready tasks.
    """
    time.sleep(0.02)
    return os.getpid()


class DaskExecutor(Executor):
    """The workers of a Dask distributed cluster (or a local one when no address is given).

    Batches are submitted with a bounded number in flight and their results
    collected as they complete, then put back in input order before they are
    yielded, so the store sees the same sequence as in a local run.
    """

    name = "dask"

    def __init__(self, address: str | None = None, jobs: int = 2, batch: int = DEFAULT_BATCH,
                 in_flight: int | None = None, client: Any = None):
        try:
            import distributed
        except ImportError as err:
            raise SetupError("the Dask executor needs the `distributed` package; "
                             "run: pip install 'kg-news[dask]'") from err
        self.batch = batch
        self._cluster = None
        self._own_client = client is None
        if client is None:
            if address:
                try:
                    client = distributed.Client(address, timeout="20s")
                except (OSError, TimeoutError) as err:
                    raise UsageError(f"cannot reach the Dask scheduler at {address} ({err}); "
                                     "start one with `dask scheduler`, then `dask worker ADDRESS`") from err
            else:
                self._cluster = distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                         host="127.0.0.1", dashboard_address=None)
                client = distributed.Client(self._cluster)
        self.client = client
        threads = sum(client.nthreads().values()) or 1
        self.workers = threads
        self.in_flight = in_flight or 2 * threads + 2

    def start(self) -> DaskExecutor:
        self.client.run(warm_up)
        return self

    def extract(self, articles: Iterable[Article], warn: Warn) -> Iterator[Facts]:
        return unpack(self._results(articles), warn)

    def _results(self, articles: Iterable[Article]) -> Iterator[list[Outcome]]:
        from distributed import as_completed

        batches = enumerate(batched(articles, self.batch))
        index: dict[Any, int] = {}
        done: dict[int, list[Outcome]] = {}
        following = 0  # the index of the next batch to yield
        submitted = 0
        running = as_completed()

        def submit_more() -> None:
            nonlocal submitted
            while submitted - following < self.in_flight:
                item = next(batches, None)
                if item is None:
                    return
                number, batch = item
                future = self.client.submit(extract_batch, batch, pure=False)
                index[future] = number
                running.add(future)
                submitted += 1

        try:
            submit_more()
            for future in running:
                try:
                    done[index.pop(future)] = future.result()
                except KgError:
                    raise
                except Exception as err:  # noqa: BLE001  # a lost worker or a failed task
                    raise KgError(f"a Dask task failed ({type(err).__name__}: {err}); the store keeps "
                                  "every article written before this point") from err
                future.release()
                while following in done:
                    yield done.pop(following)
                    following += 1
                submit_more()
        finally:
            for future in index:
                future.cancel()

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def make_executor(kind: str | None = None, jobs: int = 1, scheduler: str | None = None) -> Executor:
    """The executor a command line asks for: `--executor`, `--jobs` and `--scheduler`."""
    if jobs < 1:
        raise UsageError(f"--jobs {jobs}: give a number of processes of 1 or more")
    kind = kind or ("dask" if scheduler else "processes" if jobs > 1 else "local")
    if kind not in EXECUTORS:
        raise UsageError(f"unknown executor {kind!r}; use one of {', '.join(EXECUTORS)}")
    if scheduler and kind != "dask":
        raise UsageError("--scheduler is for --executor dask")
    if kind == "dask":
        return DaskExecutor(scheduler, jobs=max(jobs, 1))
    if kind == "processes":
        return ProcessExecutor(jobs)
    return Executor()
