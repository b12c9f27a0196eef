"""The command line end to end, in-process, on articles written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ARTICLE = (' date 2025-03-14 Foreign Minister Alma Verhoeven met Trade Secretary Tomas Lindqvist in Kessel '
           'on Tuesday for talks on port fees.\n\n'
           '"We have found more common ground than either of us expected," Verhoeven told reporters.\n\n'
           'On Wednesday, Verhoeven spoke by phone with Prime Minister Ruth Okafor of Estmark.\n')


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def query_json(capsys, *argv: str) -> list[dict]:
    code, out, err = run(capsys, "query", *argv, "--format", "json")
    assert code == 0, err
    return [{k: b["value"] for k, b in row.items()} for row in json.loads(out)["results"]["bindings"]]


def test_extract_to_file_validate_and_query(capsys, nlp, article, tmp_path):
    out = tmp_path / "talks.ttl"
    code, _, err = run(capsys, "extract", str(article), "-o", str(out))
    assert code == 0, err
    assert "1 articles" in err and "triples" in err
    assert run(capsys, "validate", str(out))[0] == 0
    people = {r["name"] for r in query_json(capsys, "persons", str(out))}
    assert {"Alma Verhoeven", "Tomas Lindqvist", "Ruth Okafor"} <= people
    meetings = query_json(capsys, "meetings", str(out))
    pairs = {}
    for row in meetings:
        pairs.setdefault(row["meeting"], set()).add(row["name"])
    assert {"Alma Verhoeven", "Tomas Lindqvist"} in pairs.values()
    # regression: in a Turtle file the graph is named after the file, not the article,
    # and the queries that join facts to their article must still find them
    for name in ("who-met-whom", "sources", "office-holders"):
        assert query_json(capsys, name, str(out)), name
    assert query_json(capsys, "meetings-of", str(out), "--param", "person=lindqvist")


def test_extracting_twice_gives_the_same_graph(capsys, nlp, article, tmp_path):
    first, second = tmp_path / "1.nt", tmp_path / "2.nt"
    run(capsys, "extract", str(article), "-o", str(first))
    run(capsys, "extract", str(article), "-o", str(second))
    assert sorted(first.read_text().splitlines()) == sorted(second.read_text().splitlines())


def test_store_replace_skip_unchanged_and_export(capsys, nlp, article, tmp_path):
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "extract", str(article), "--store", store)
    assert code == 0, err
    code, _, err = run(capsys, "extract", str(article), "--store", store)
    assert code == 0 and "1 unchanged" in err
    article.write_text(ARTICLE.replace("more common ground", "less common ground"), encoding="utf-8")
    code, _, err = run(capsys, "extract", str(article), "--store", store)
    assert code == 0 and "1 articles" in err
    quotes = [r["quote"] for r in query_json(capsys, "statements", "--store", store)]
    assert any("less common ground" in q for q in quotes)
    assert not any("more common ground" in q for q in quotes)
    trig = tmp_path / "all.trig"
    assert run(capsys, "export", "-o", str(trig), "--store", store)[0] == 0
    assert "less common ground" in trig.read_text(encoding="utf-8")
    assert run(capsys, "validate", "--store", store)[0] == 0


def test_unknown_query_is_a_usage_error(capsys):
    code, _, err = run(capsys, "query", "no-such-query", "--store", "/nonexistent")
    assert code == 2 and "no saved query named" in err and "Traceback" not in err


def test_missing_article_file(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.ttl"))
    assert code == 2 and "no such file" in err


def test_missing_store_says_what_to_do(capsys, tmp_path):
    code, _, err = run(capsys, "query", "persons", "--store", str(tmp_path / "nostore"))
    assert code == 2 or code == 1
    assert "kg extract" in err


def test_bad_arguments_exit_2_without_traceback():
    done = subprocess.run([sys.executable, "-m", "kg", "query"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--help" in done.stderr


def test_every_subcommand_help_has_an_example():
    for command in ("extract", "validate", "query", "queries", "export"):
        done = subprocess.run([sys.executable, "-m", "kg", command, "--help"], capture_output=True, text=True)
        assert done.returncode == 0 and "example" in done.stdout, command


def test_queries_lists_descriptions_and_params(capsys):
    code, out, _ = run(capsys, "queries")
    assert code == 0 and "meetings-of" in out and "--param person=VALUE" in out


def test_every_example_article_gives_a_conforming_graph(capsys, nlp, tmp_path):
    examples = Path(__file__).resolve().parent.parent / "examples"
    out = tmp_path / "examples.trig"
    code, _, err = run(capsys, "extract", str(examples), "-o", str(out))
    assert code == 0, err
    code, out_text, err = run(capsys, "validate", str(out))
    assert code == 0, out_text + err
    rows = query_json(capsys, "who-met-whom", str(out))
    assert len(rows) >= 3
