"""The reader: date headers, formats, and one bad file never costing the others."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.read import find_articles, parse_date, read_articles


def read(paths, default=None):
    problems = []
    return list(read_articles([Path(p) for p in paths], default, problems.append)), problems


def test_text_header_sets_date_and_is_stripped(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2025-03-14 First paragraph here.\n\nSecond paragraph.", encoding="utf-8")
    [article], problems = read([f])
    assert article.published == date(2025, 3, 14)
    assert article.text.startswith("First paragraph here.")
    assert article.key == "a.txt"
    assert problems == []


def test_missing_header_warns_and_keeps_article(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("No header in this one.", encoding="utf-8")
    [article], problems = read([f])
    assert article.published is None
    assert len(problems) == 1 and not problems[0].skipped and "--date" in str(problems[0])


def test_default_date_used_when_header_missing(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("No header in this one.", encoding="utf-8")
    [article], problems = read([f], default=date(2020, 1, 2))
    assert article.published == date(2020, 1, 2) and problems == []


def test_impossible_date(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text(" date 2026-13-45 Text.", encoding="utf-8")
    [article], problems = read([f])
    assert article.published is None
    assert "2026-13-45" in str(problems[0])


@pytest.mark.parametrize("value,expected", [("2024-02-29", date(2024, 2, 29)), ("2023-02-29", None),
                                            ("yesterday", None), ("2024-1-5", None)])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_jsonl_bad_line_costs_only_itself(tmp_path):
    f = tmp_path / "feed.jsonl"
    good = {"text": "Some text.", "date": "2024-01-02", "url": "https://example.org/x", "title": "T"}
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"text": "More.", "date": "2024-01-03"}) + "\n",
                 encoding="utf-8")
    articles, problems = read([f])
    assert [a.line for a in articles] == [1, 3]
    assert articles[0].key == "https://example.org/x" and articles[0].title == "T"
    assert articles[1].key == "feed.jsonl#3"
    assert len(problems) == 1 and problems[0].where.endswith("feed.jsonl:2")


def test_folders_are_searched_sorted_and_other_files_ignored(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(" date 2024-01-01 B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(" date 2024-01-01 A.", encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    assert [p.name for p in find_articles([tmp_path])] == ["a.txt", "b.txt"]


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(find_articles([tmp_path / "nope.txt"]))


def test_latin1_and_utf16(tmp_path):
    (tmp_path / "l.txt").write_bytes(" date 2024-01-01 Café Müller.".encode("latin-1"))
    (tmp_path / "u.txt").write_bytes(" date 2024-01-01 Café Müller.".encode("utf-16"))
    articles, problems = read([tmp_path / "l.txt", tmp_path / "u.txt"])
    assert [a.text for a in articles] == ["Café Müller.", "Café Müller."]
    assert len(problems) == 1 and "Latin-1" in str(problems[0])


def test_html_article(tmp_path):
    body = "<p>" + " ".join(["The minister met the ambassador in the capital to discuss trade."] * 5) + "</p>"
    html = (f"<html><head><title>Talks</title><meta property='article:published_time' content='2024-05-06'>"
            f"<script>var x = 1;</script></head><body><article>{body}{body}</article></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    [article], problems = read([tmp_path / "p.html"])
    assert "minister met the ambassador" in article.text
    assert "var x" not in article.text
    assert article.published == date(2024, 5, 6)


def test_a_feed_named_twice_in_a_row_is_read_once_and_urls_repeated_across_files_say_where(tmp_path):
    """The run keeps fingerprints and packed places, not strings: the warnings still name file and line."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Story {n}.", "date": "2026-01-21", "url": f"https://x/{n}"}) + "\n"
                            for n in range(3)), encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"text": "Again.", "date": "2026-01-21", "url": "https://x/2"}) + "\n",
                     encoding="utf-8")
    articles, problems = read([feed, feed, other])
    assert [a.key for a in articles] == ["https://x/0", "https://x/1", "https://x/2"]
    assert [p.what for p in problems] == ["is read twice"] * 3 + [f"repeats the URL of {feed}:3"]
    assert [p.where for p in problems] == [f"{feed}:{n}" for n in (1, 2, 3)] + [f"{other}:1"]
