"""The background store writer (kg.writer): in order, every batch written by close, errors raised."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.errors import StoreError
from kg.writer import StoreWriter


def graph_batch(number: int, value: str) -> dict[NamedNode, list[Quad]]:
    graph = NamedNode(f"https://example.org/graph/{number}")
    return {graph: [Quad(graph, NamedNode("https://example.org/p"), Literal(value), graph)]}


def values(store: Store, number: int) -> set[str]:
    graph = NamedNode(f"https://example.org/graph/{number}")
    return {q.object.value for q in store.quads_for_pattern(None, None, None, graph)}


def test_batches_are_written_in_order_and_close_waits_for_all(tmp_path):
    store = Store(str(tmp_path / "store"))
    writer = StoreWriter(store, depth=1)
    for round_ in range(3):  # the same graphs replaced again: the last version must win
        for number in range(20):
            writer.write(graph_batch(number, f"version {round_}"))
    writer.close()
    assert all(values(store, n) == {"version 2"} for n in range(20))
    writer.close()  # closing twice is harmless


def test_a_failed_write_is_raised_and_stops_the_later_ones(tmp_path, monkeypatch):
    store = Store(str(tmp_path / "store"))
    calls = []

    def failing(target, batch):
        calls.append(batch)
        raise StoreError("cannot write to the store: disk full")

    monkeypatch.setattr("kg.writer.replace_graphs", failing)
    writer = StoreWriter(store)
    writer.write(graph_batch(1, "a"))
    with pytest.raises(StoreError, match="disk full"):
        for number in range(2, 50):
            writer.write(graph_batch(number, "b"))
        writer.close()
    writer.close()
    assert len(calls) == 1


def test_the_store_is_flushed_every_flush_quads(monkeypatch):
    """Oxigraph keeps unflushed transaction writes in memory: a long run flushes as it goes."""
    class FakeStore:
        flushes = 0

        def flush(self):
            FakeStore.flushes += 1

    monkeypatch.setattr("kg.writer.replace_graphs", lambda store, batch: 1)  # one quad by transaction a batch
    writer = StoreWriter(FakeStore(), flush_quads=10)
    for number in range(25):  # one quad a batch
        writer.write(graph_batch(number, "x"))
    writer.close()
    assert FakeStore.flushes == 2
