"""Memory stays flat however many articles a run reads (issue 5): streaming JSON lines, a bounded Summary."""

from __future__ import annotations

import json
import tracemalloc

import kg.read
from kg.pipeline import KEEP_PROBLEMS, Summary, extract_facts
from kg.read import read_articles
from kg.records import Problem

TEXT = "Mayor Daniel Ferreira met union leader Grace Mbeki at City Hall on Monday to discuss the budget. " * 3


def write_feed(path, count: int, text: str = TEXT) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps({"date": "2025-01-02", "url": f"https://example.org/{n}", "text": text}) + "\n")


def test_a_json_lines_file_is_read_line_by_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 600, TEXT * 20)  # about 3.5 MB
    size = feed.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([feed], None, lambda p: None))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 600
    # The keys seen so far are kept (to refuse a repeated URL), the file's text is not.
    assert peak < size / 4, f"reading took {peak:,} bytes at the peak for a {size:,}-byte file"


def test_a_json_lines_file_larger_than_the_file_limit_is_read_whole(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 50)
    monkeypatch.setattr(kg.read, "MAX_BYTES", 2_000)  # each line is smaller, the file much larger
    problems: list[Problem] = []
    articles = list(read_articles([feed], None, problems.append))
    assert len(articles) == 50 and not problems
    assert [a.line for a in articles[:3]] == [1, 2, 3]


def test_an_overlong_line_costs_only_itself(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    long_line = json.dumps({"date": "2025-01-02", "text": "word " * 2000})
    short = json.dumps({"date": "2025-01-02", "text": "A short article."})
    feed.write_text(f"{short}\n{long_line}\n{short}\r\n", encoding="utf-8")
    monkeypatch.setattr(kg.read, "MAX_BYTES", 5_000)
    problems: list[Problem] = []
    articles = list(read_articles([feed], None, problems.append))
    assert [a.line for a in articles] == [1, 3]
    assert len(problems) == 1 and problems[0].where.endswith("feed.jsonl:2") and problems[0].skipped


def test_a_json_lines_file_not_in_utf8_is_read_with_one_warning(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"date": "2025-01-02", "text": f"Caf\u00e9 number {n}."}, ensure_ascii=False) for n in range(3)]
    feed.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    problems: list[Problem] = []
    articles = list(read_articles([feed], None, problems.append))
    assert [a.text for a in articles] == [f"Caf\u00e9 number {n}." for n in range(3)]
    assert len(problems) == 1 and "not UTF-8" in problems[0].what and not problems[0].skipped


def test_the_summary_counts_every_problem_but_keeps_only_the_first(capsys):
    summary = Summary()
    for n in range(KEEP_PROBLEMS + 500):
        summary.warn(Problem(f"feed.jsonl:{n}", "has no date", "add one", skipped=n % 2 == 0))
    capsys.readouterr()
    assert len(summary.problems) == KEEP_PROBLEMS
    assert summary.warnings == KEEP_PROBLEMS + 500
    assert summary.skipped == (KEEP_PROBLEMS + 500 + 1) // 2
    assert "skipped" in summary.line()


def test_no_article_to_extract_loads_no_model(monkeypatch):
    """A re-run where every article is unchanged does not wait for the model."""
    def refuse():
        raise AssertionError("the model was loaded")

    monkeypatch.setattr("kg.nlp.load_pipeline", refuse)
    assert list(extract_facts(iter([]), lambda p: None)) == []
