"""Executors (kg.parallel): worker processes and a Dask cluster give the graph of a local run."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path

import pytest
from pyoxigraph import Store

from kg.cli import main
from kg.errors import UsageError
from kg.parallel import DaskExecutor, Executor, ProcessExecutor, batched, extract_batch, make_executor, unpack
from kg.records import Article, Facts, Problem

STORIES = [
    ("Foreign Minister Alma Verhoeven met Trade Secretary Tomas Lindqvist in Kessel on Tuesday. "
     '"We found common ground," Verhoeven said.'),
    ("Mayor Daniel Ferreira hosted union leader Grace Mbeki at City Hall on Monday. "
     '"Nobody wants a strike," Ferreira said after the meeting.'),
    ("President Helena Sorensen welcomed Chancellor Marek Novak to the summit on June 1. "
     '"Our partnership has never been stronger," Sorensen told reporters.'),
    ("Central Bank Governor Priya Raman held a call with Finance Minister Joao Almeida about inflation. "
     "Raman said prices would fall."),
]




@pytest.fixture
def folder(tmp_path) -> Path:
    """Nine articles in files and one JSON-lines file, enough for several batches."""
    root = tmp_path / "articles"
    root.mkdir()
    for number in range(9):
        text = STORIES[number % len(STORIES)] + "\n\n" + STORIES[(number + 1) % len(STORIES)]
        (root / f"story-{number}.txt").write_text(f" date 2025-03-{number + 10} {text}\n", encoding="utf-8")
    lines = [f'{{"date": "2024-06-0{n + 1}", "url": "https://example.org/{n}", "text": "{STORIES[n][:60]}"}}'
             for n in range(3)]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def quads(store_dir: Path) -> set[str]:
    store = Store.read_only(str(store_dir))
    return {str(q) for q in store}


def extract(capsys, *argv: str) -> str:
    code = main(["extract", *argv])
    err = capsys.readouterr().err
    assert code == 0, err
    return err


# ---------------------------------------------------------------- without the model


def test_batched_keeps_order_and_the_short_tail():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_unpack_reports_problems_in_order_and_yields_facts():
    a, b = (Article(k, "text", None, k) for k in ("a", "b"))
    problem = Problem("b", "could not be extracted", "report it")
    warned: list[Problem] = []
    facts = list(unpack([[Facts(a)], [problem, Facts(b)]], warned.append))
    assert [f.article.key for f in facts] == ["a", "b"]
    assert warned == [problem]


def test_make_executor_follows_the_options():
    assert type(make_executor()) is Executor
    assert type(make_executor(jobs=1)) is Executor
    executor = make_executor(jobs=3)
    assert isinstance(executor, ProcessExecutor) and executor.workers == 3
    executor.close()  # never started: no process to stop
    assert isinstance(make_executor("processes", 2), ProcessExecutor)
    for kind, jobs, scheduler in (("local", 0, None), ("threads", 1, None), ("processes", 2, "tcp://127.0.0.1:1")):
        with pytest.raises(UsageError):
            make_executor(kind, jobs, scheduler)


def test_bad_executor_options_are_usage_errors(capsys, folder, tmp_path):
    assert main(["extract", str(folder), "--store", str(tmp_path / "s"), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err
    assert main(["extract", str(folder), "--store", str(tmp_path / "s"), "--executor", "processes",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler" in capsys.readouterr().err


def test_extract_batch_returns_problems_in_place(monkeypatch, nlp):
    """A worker's batch keeps each article's outcome in its place, failures included."""
    def fake_extract(doc, article):
        if article.key == "bad":
            raise ValueError("a rule broke")
        return Facts(article)

    monkeypatch.setitem(sys.modules, "kg.extract", types.SimpleNamespace(extract=fake_extract))
    batch = [Article(k, STORIES[0], date(2025, 1, 1), f"{k}.txt") for k in ("one", "bad", "three")]
    outcomes = extract_batch(batch)
    assert [type(o).__name__ for o in outcomes] == ["Facts", "Problem", "Facts"]
    assert outcomes[1].where == "bad.txt" and "ValueError: a rule broke" in outcomes[1].what


# ---------------------------------------------------------------- worker processes and Dask, with the rules


def test_two_processes_give_the_graph_of_one(capsys, folder, tmp_path):
    extract(capsys, str(folder), "--store", str(tmp_path / "one"))
    err = extract(capsys, str(folder), "--store", str(tmp_path / "two"), "--jobs", "2")
    assert "12 articles" in err
    assert quads(tmp_path / "one") == quads(tmp_path / "two")
    assert len(quads(tmp_path / "one")) > 12 * 5

    # Unchanged articles are skipped by content hash, whatever the executor.
    err = extract(capsys, str(folder), "--store", str(tmp_path / "two"), "--jobs", "2")
    assert "0 articles (12 unchanged, not extracted again)" in err

    # A file output goes through the same executors.
    extract(capsys, str(folder), "-o", str(tmp_path / "one.nq"))
    extract(capsys, str(folder), "-o", str(tmp_path / "two.nq"), "-j", "2")
    assert sorted((tmp_path / "one.nq").read_text().splitlines()) == \
        sorted((tmp_path / "two.nq").read_text().splitlines())


def test_small_batches_and_few_in_flight_keep_the_order(folder, tmp_path):
    """Order is what makes the graph the same: an article read twice keeps its last version."""
    from kg.pipeline import Summary, run_to_store
    from kg.read import read_articles

    articles = list(read_articles([folder], None, lambda p: None))
    with ProcessExecutor(2, batch=1, in_flight=3) as executor:
        keys = [f.article.key for f in executor.extract(iter(articles), lambda p: None)]
    assert keys == [a.key for a in articles]

    # The same key twice (an updated article later in the stream): the last one wins, as locally.
    changed = Article(articles[0].key, STORIES[3], date(2025, 5, 5), "again.txt")
    stream = [*articles, changed]
    graphs = {}
    for name, executor in (("local", Executor()), ("processes", ProcessExecutor(2, batch=2))):
        store = Store(str(tmp_path / name))
        with executor:
            run_to_store(store, iter(stream), Summary(), executor=executor)
        graphs[name] = {str(q) for q in store}
    assert graphs["local"] == graphs["processes"]


def test_a_dask_cluster_gives_the_graph_of_a_local_run(capsys, folder, tmp_path):
    import distributed

    extract(capsys, str(folder), "--store", str(tmp_path / "local"))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        err = extract(capsys, str(folder), "--store", str(tmp_path / "dask"), "--scheduler", cluster.scheduler_address)
        assert "12 articles" in err
        # Through the executor directly, with one article per task: still in order.
        with distributed.Client(cluster) as client:
            executor = DaskExecutor(client=client, batch=1, in_flight=2).start()
            from kg.read import read_articles

            articles = list(read_articles([folder], None, lambda p: None))
            keys = [f.article.key for f in executor.extract(iter(articles), lambda p: None)]
            assert keys == [a.key for a in articles]
    assert quads(tmp_path / "local") == quads(tmp_path / "dask")
