"""Interruption never corrupts the embedded store (issue 6).

* Ctrl-C (KeyboardInterrupt) in-process: one clear line, exit 130, the
  articles extracted before it are kept whole; the next run skips them as
  unchanged and adds the rest.
* A real `kg extract` process killed with SIGKILL mid-run (and one stopped
  with SIGINT): the store opens again, every stored article graph is whole,
  and the next run reports what is already stored and completes it.

Every write is one transaction (kg.store.replace_graphs), so a graph is
either absent, the old one, or the new one. The real-process tests need the
extraction rules (kg.extract) and are skipped until they can be imported.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Store

from kg import vocab as v
from kg.cli import main
from kg.records import Facts, Person, Span, Statement

PARAGRAPH = ("Foreign Minister {a} met Trade Secretary {b} in Kessel on Tuesday for talks on port fees. "
             '"We have found more common ground than either of us expected," {a} told reporters. '
             "{b}, a former ambassador, said the two officials would meet again before the summer.\n\n")
NAMES = ["Alma Verhoeven", "Tomas Lindqvist", "Ines Carvalho", "Omar Haddad", "Lena Okafor", "Piet Jansen",
         "Mara Costa", "Jonas Berg", "Ada Novak", "Yusuf Demir", "Clara Moreau", "Erik Dahl"]


def write_articles(folder: Path, count: int, paragraphs: int = 1) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        a, b = NAMES[i % len(NAMES)], NAMES[(i * 5 + 1) % len(NAMES)]
        body = "".join(PARAGRAPH.format(a=a, b=b) for _ in range(paragraphs))
        (folder / f"article-{i:03d}.txt").write_text(f" date 2026-01-{1 + i % 28:02d} Article {i}. {body}",
                                                     encoding="utf-8")


def stored_articles(store_dir: Path) -> dict[str, str]:
    """Article graph IRI -> its content hash, read while no writer holds the store (or alongside one)."""
    store = Store.read_only(str(store_dir))
    found = {}
    for quad in store.quads_for_pattern(None, v.CONTENT_HASH, None):
        found[quad.subject.value] = quad.object.value
    return found


def assert_whole(store_dir: Path) -> int:
    """Every article graph has its header triples, and nothing sits outside an article graph."""
    store = Store.read_only(str(store_dir))
    graphs = {g.value for g in store.named_graphs()}
    hashes = stored_articles(store_dir)
    assert graphs == set(hashes), "a named graph without its article header: a half-written article"
    for graph in graphs:
        node = NamedNode(graph)
        assert list(store.quads_for_pattern(node, v.TYPE, v.ARTICLE, node))
        assert len(list(store.quads_for_pattern(node, v.CONTENT_HASH, None, node))) == 1
    return len(graphs)


# ---------------------------------------------------------------- in process

@pytest.fixture()
def fake_extract(monkeypatch):
    """kg.extract stand-in: one person and one statement per article; Ctrl-C on a chosen article."""
    state = {"interrupt_at": None, "calls": 0}

    def extract(doc, article):
        state["calls"] += 1
        if state["interrupt_at"] == state["calls"]:
            raise KeyboardInterrupt
        name = article.text.split(" met ")[0].split()[-2:]
        quote = "We have found"
        start = article.text.index(quote)
        return Facts(article, persons=[Person("p1", " ".join(name))],
                     statements=[Statement("p1", quote, Span(start, start + len(quote), quote))])

    module = types.ModuleType("kg.extract")
    module.extract = extract
    monkeypatch.setitem(sys.modules, "kg.extract", module)
    return state


def test_ctrl_c_exits_130_keeps_whole_articles_and_the_next_run_completes(nlp, fake_extract, tmp_path, capsys):
    write_articles(tmp_path / "in", 12)
    store = tmp_path / "store"
    fake_extract["interrupt_at"] = 8
    assert main(["extract", str(tmp_path / "in"), "--store", str(store)]) == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == ("kg: interrupted; the store keeps every article written "
                                            "before this point")
    assert assert_whole(store) == 7

    fake_extract["interrupt_at"] = None
    assert main(["extract", str(tmp_path / "in"), "--store", str(store)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"kg: 5 articles \(7 unchanged, not extracted again\)", err), err
    assert assert_whole(store) == 12


def test_ctrl_c_while_reading_is_clean(nlp, fake_extract, monkeypatch, tmp_path, capsys):
    import kg.read

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.read, "read_file", interrupted)
    write_articles(tmp_path / "in", 2)
    assert main(["extract", str(tmp_path / "in"), "--store", str(tmp_path / "store")]) == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err and "interrupted" in err


def test_ctrl_c_in_query_is_clean(monkeypatch, capsys):
    import kg.query

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.query, "resolve", interrupted)
    assert main(["query", "persons"]) == 130
    assert "Traceback" not in capsys.readouterr().err


# ------------------------------------------------------------- real process



def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def _run_until_stored(argv: list[str], store: Path, env: dict, minimum: int = 1, limit: float = 90):
    """Start kg; return the process once the store holds `minimum` articles (or kg ended)."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if (store / "CURRENT").exists():
            try:
                if len(stored_articles(store)) >= minimum:
                    return process
            except (OSError, RuntimeError):  # the store is still being created
                pass
        time.sleep(0.05)
    return process


@pytest.fixture()
def env(tmp_path):
    environment = dict(os.environ, KG_STORE=str(tmp_path / "default-store"), PYTHONUNBUFFERED="1")
    environment.pop("KG_DEBUG", None)
    return environment


# More articles than one store batch (128), so that the second run is still working when killed.
ARTICLES = 300


def test_sigint_then_sigkill_of_a_real_process_never_corrupt_the_store(tmp_path, env):
    """Run 1 gets SIGINT (Ctrl-C), run 2 SIGKILL, both once some articles are stored; run 3 completes."""
    folder, store = tmp_path / "in", tmp_path / "store"
    write_articles(folder, ARTICLES, paragraphs=2)
    argv = _kg("extract", str(folder), "--store", str(store))
    stopped = []

    process = _run_until_stored(argv, store, env, minimum=1)
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        stopped.append("SIGINT")
    _, err = process.communicate(timeout=60)
    if stopped:
        assert process.returncode == 130, err
        assert "kg: interrupted" in err
    assert "Traceback" not in err
    first = assert_whole(store)

    process = _run_until_stored(argv, store, env, minimum=first + 1)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        stopped.append("SIGKILL")
    process.communicate(timeout=60)
    second = assert_whole(store)
    assert first <= second <= ARTICLES

    again = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    match = re.search(r"kg: (\d+) articles(?: \((\d+) unchanged, not extracted again\))?", again.stderr)
    assert match, again.stderr
    extracted, unchanged = int(match.group(1)), int(match.group(2) or 0)
    assert unchanged == second and extracted + unchanged == ARTICLES
    assert assert_whole(store) == ARTICLES
    if len(stopped) < 2:
        pytest.skip(f"kg finished before it could be stopped ({stopped}); the store was checked all the same")
