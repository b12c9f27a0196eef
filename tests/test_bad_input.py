"""Bad input costs nothing else (issue 6), at the reader stage: no spaCy here.

Every bad file gives exactly one warning line that names the file (and the
line, for JSON lines), says what is wrong and what to do; every good file
next to it is still read. The end-to-end runs (exit codes, kept facts, no
traceback) are in test_bad_input_cli.py.

Unreadable files: the tests run as root in CI, where chmod 000 stops nothing,
so "permission denied" is simulated by monkeypatching Path.open; a dangling
symbolic link and a FIFO are real.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from kg.read import clean, decode, read_articles
from kg.records import Problem

GOOD = " date 2026-01-21 Foreign Minister Alma Verhoeven met Tomas Lindqvist in Kessel on Tuesday.\n"


def read(paths, default=None):
    problems: list[Problem] = []
    articles = list(read_articles([Path(p) for p in paths], default, problems.append))
    return articles, problems


def one_line(problem: Problem, where: str) -> str:
    """A problem is one line: `where: what; what to do`."""
    text = str(problem)
    assert "\n" not in text and "\r" not in text
    assert text.startswith(f"{where}: ")
    assert "; " in text and problem.todo.strip()
    return text


def _random_bytes(n: int, seed: int = 6, nul: bool = True) -> bytes:
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(n))
    return data if nul else data.replace(b"\x00", b"\x01")


# name, content, articles kept, warning needle (None: no warning), skipped?
CASES = [
    ("empty.txt", b"", 0, "is empty", True),
    ("blank.txt", b"  \n\n\t \n", 0, "is empty", True),
    ("bom-only.txt", b"\xef\xbb\xbf\n \n", 0, "is empty", True),
    ("header-only.txt", b" date 2026-01-21\n", 0, "date header but no text", True),
    ("binary.txt", _random_bytes(3000), 0, "binary", True),
    ("binary-no-nul.txt", _random_bytes(3000, nul=False), 0, "binary", True),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(500), 0, "binary", True),
    ("latin1.txt", " date 2026-01-21 José García met Zoë Müller in Málaga.".encode("latin-1"), 1, "not UTF-8", False),
    ("cp1252.txt", " date 2026-01-21 \u201cWe agree,\u201d said Müller.".encode("cp1252"), 1, "Windows-1252",
     False),
    ("utf16.txt", GOOD.encode("utf-16"), 1, None, False),
    ("utf16be-bom.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"), 1, None, False),
    ("utf16le.txt", GOOD.encode("utf-16-le"), 1, "UTF-16 without a byte-order mark", False),
    ("utf16be.txt", GOOD.encode("utf-16-be"), 1, "UTF-16 without a byte-order mark", False),
    ("nodate.txt", GOOD[17:].encode(), 1, "no ' date YYYY-MM-DD' header", False),
    ("baddate.txt", GOOD.replace("2026-01-21", "2026-13-45").encode(), 1, "impossible date '2026-13-45'", False),
    ("feb30.txt", GOOD.replace("2026-01-21", "2026-02-30").encode(), 1, "impossible date '2026-02-30'", False),
    ("scripts.html", b"<html><head><script>var a = '<p>Alma Verhoeven met Tomas Lindqvist.</p>';</script>"
                     b"<script>for(;;){}</script></head><body><div id='app'></div>"
                     b"<script src='main.js'></script></body></html>", 0, "no article text", True),
]


@pytest.mark.parametrize("name, content, kept, needle, skipped", CASES, ids=[c[0] for c in CASES])
def test_each_bad_file_one_warning_and_the_good_one_is_kept(tmp_path, name, content, kept, needle, skipped):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = read([tmp_path])
    assert [a.key for a in articles][-1] == "zz-good.txt"
    assert len(articles) == kept + 1
    if needle is None:
        assert problems == []
        return
    [problem] = problems
    text = one_line(problem, str(tmp_path / name))
    assert needle in text
    assert problem.skipped is skipped


def test_decoded_text_is_right(tmp_path):
    for name, content in [("l.txt", "Zoë Müller, José".encode("latin-1")),
                          ("w.txt", "\u201cZoë\u201d \u2013 Müller".encode("cp1252")),
                          ("le.txt", "Zoë Müller met José.".encode("utf-16-le")),
                          ("be.txt", "Zoë Müller met José.".encode("utf-16-be"))]:
        (tmp_path / name).write_bytes(content)
    texts = {a.key: a.text for a in read([tmp_path], default=date(2026, 1, 1))[0]}
    assert texts == {"be.txt": "Zoë Müller met José.", "l.txt": "Zoë Müller, José",
                     "le.txt": "Zoë Müller met José.", "w.txt": "\u201cZoë\u201d \u2013 Müller"}


def test_article_without_date_is_kept_and_date_option_sets_one(tmp_path):
    f = tmp_path / "nodate.txt"
    f.write_text("Alma Verhoeven met Tomas Lindqvist yesterday.", encoding="utf-8")
    [article], [problem] = read([f])
    assert article.published is None and "--date" in str(problem) and not problem.skipped
    [article], problems = read([f], default=date(2026, 1, 21))
    assert article.published == date(2026, 1, 21) and problems == []


def test_impossible_date_with_date_option_uses_the_option(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(" date 2026-13-45 Text here.", encoding="utf-8")
    [article], [problem] = read([f], default=date(2026, 1, 21))
    assert article.published == date(2026, 1, 21) and "2026-13-45" in str(problem)


def test_header_after_blank_lines_is_still_the_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\n date 2026-01-21 Text here.", encoding="utf-8")
    [article], problems = read([f])
    assert article.published == date(2026, 1, 21) and article.text == "Text here." and problems == []


# ------------------------------------------------------------------ JSON lines

def test_jsonl_every_bad_line_named_with_its_number(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Alma Verhoeven met Tomas Lindqvist.", "date": "2026-01-21"}),  # 1 good
        "not json at all",  # 2
        '{"text": "unterminated',  # 3
        json.dumps({"text": 5}),  # 4
        json.dumps([{"text": "in a list"}]),  # 5
        json.dumps("just a string"),  # 6
        json.dumps({"text": "   "}),  # 7
        "",  # 8 blank: ignored
        json.dumps({"text": "Good again.", "date": "2026-13-45"}),  # 9 kept, bad date
        json.dumps({"text": "No date here."}),  # 10 kept, no date
        json.dumps({"text": "Last one.", "date": "2026-01-22"}),  # 11 good
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read([f])
    assert [a.line for a in articles] == [1, 9, 10, 11]
    where = {int(str(p).split(":")[1]): p for p in problems}
    assert sorted(where) == [2, 3, 4, 5, 6, 7, 9, 10]
    for number, problem in where.items():
        one_line(problem, f"{f}:{number}")
    assert "not valid JSON" in str(where[2]) and "not valid JSON" in str(where[3])
    assert "not an object" in str(where[5]) and "not an object" in str(where[6])
    assert "2026-13-45" in str(where[9]) and not where[9].skipped
    assert [p.skipped for p in problems].count(True) == 6


def test_jsonl_line_separators_inside_strings_do_not_split_the_line(tmp_path):
    f = tmp_path / "feed.jsonl"
    text = "First paragraph.\u2028Second\x85 one.\u2029Third\x0c."
    f.write_text(json.dumps({"text": text, "date": "2026-01-21"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    [article], problems = read([f])
    assert problems == [] and article.line == 1 and "Third" in article.text


def test_jsonl_lone_surrogates_become_replacement_characters(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text('{"text": "Alma \\ud800 Verhoeven \\udfff met Lindqvist.", "date": "2026-01-21"}\n', encoding="utf-8")
    [article], problems = read([f])
    assert article.text == "Alma \ufffd Verhoeven \ufffd met Lindqvist." and problems == []
    article.text.encode("utf-8")  # strict: what spaCy and pyoxigraph need


def test_clean_leaves_encodable_text():
    text = clean("a\x00b\x1bc\r\nd\rE\ud83d\u2028f\t")
    text.encode("utf-8")
    assert text == "abc\nd\nE\ufffd\u2028f\t"


# ------------------------------------------------------------ unreadable files

def test_permission_denied_is_one_warning(tmp_path, monkeypatch):
    """Root ignores chmod 000, so the denial is simulated at Path.open."""
    (tmp_path / "secret.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def denying_open(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denying_open)
    articles, [problem] = read([tmp_path])
    assert [a.key for a in articles] == ["zz-good.txt"]
    assert "cannot be read (Permission denied)" in one_line(problem, str(tmp_path / "secret.txt"))


def test_dangling_symlink_in_a_folder_and_named_directly(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    for paths in ([tmp_path], [link, tmp_path / "zz-good.txt"]):
        articles, [problem] = read(paths)
        assert [a.key for a in articles] == ["zz-good.txt"]
        assert "does not exist" in one_line(problem, str(link))


def test_symlink_loop(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    articles, [problem] = read([tmp_path])
    assert articles == [] and one_line(problem, str(tmp_path / "loop.txt"))


def test_a_folder_named_like_an_article_is_searched_not_read(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = read([tmp_path / "x.txt"])
    assert [a.key for a in articles] == ["inner.txt"] and problems == []
    (tmp_path / "empty.txt").mkdir()
    assert read([tmp_path / "empty.txt"]) == ([], [])


def _within(seconds: float, fn):
    """Run fn in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert result, f"blocked for more than {seconds} s"
    return result[0]


def test_fifo_and_device_are_not_read(tmp_path):
    """A FIFO would block read() forever; /dev/zero would never end."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = _within(10, lambda: read([tmp_path]))
    assert [a.key for a in articles] == ["zz-good.txt"]
    assert [p.where for p in problems] == [str(tmp_path / "pipe.txt"), str(tmp_path / "zero.txt")]
    assert all("not a regular file" in str(p) for p in problems)


def test_file_name_that_is_not_utf8(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as out:
        out.write(GOOD.encode())
    [article], problems = read([tmp_path])
    assert problems == []
    assert article.source.endswith("/caf\ufffd.txt") and article.key == "caf\ufffd.txt"
    article.source.encode("utf-8")


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    import kg.read

    monkeypatch.setattr(kg.read, "MAX_BYTES", 1000)
    (tmp_path / "huge.txt").write_text(GOOD * 100, encoding="utf-8")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    articles, [problem] = read([tmp_path])
    assert [a.key for a in articles] == ["zz-good.txt"]
    assert "limit" in one_line(problem, str(tmp_path / "huge.txt"))


# --------------------------------------------------------------- many files

def test_two_thousand_files_are_read_lazily_and_fast(tmp_path):
    for i in range(2000):
        sub = tmp_path / f"d{i % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:04d}.txt").write_text(f" date 2026-01-21 Article {i} text.", encoding="utf-8")
    (tmp_path / "d05" / "broken.txt").write_bytes(b"")
    (tmp_path / "d07" / "notes.md").write_text("ignored", encoding="utf-8")
    started = time.monotonic()
    problems: list[Problem] = []
    stream = read_articles([tmp_path], None, problems.append)
    first = next(stream)  # lazy: the first article comes before the folder is read
    assert first.key == "a0000.txt"
    rest = list(stream)
    assert len(rest) + 1 == 2000
    assert [p.where for p in problems] == [str(tmp_path / "d05" / "broken.txt")]
    assert time.monotonic() - started < 10


def test_decode_never_raises_on_any_bytes():
    rng = random.Random(1)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        text = decode(data, "x", lambda p: None)
        if text is not None:
            clean(text).encode("utf-8")


# ------------------------------------------------------------ duplicate keys

def test_same_file_name_in_two_folders_keeps_both(tmp_path):
    for month in ("01", "02"):
        (tmp_path / month).mkdir()
        (tmp_path / month / "index.txt").write_text(GOOD.replace("Kessel", f"Kessel {month}"), encoding="utf-8")
    articles, problems = read([tmp_path])
    assert problems == []
    assert [a.key for a in articles] == ["index.txt", str(tmp_path / "02" / "index.txt")]


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    articles, [problem] = read([tmp_path, tmp_path / "a.txt"])
    assert [a.key for a in articles] == ["a.txt"]
    assert "read twice" in one_line(problem, str(tmp_path / "a.txt"))


def test_a_repeated_url_is_skipped(tmp_path):
    line = json.dumps({"text": "Alma Verhoeven met Tomas Lindqvist.", "date": "2026-01-21", "url": "https://x/1"})
    (tmp_path / "feed.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    articles, [problem] = read([tmp_path])
    assert [a.line for a in articles] == [1]
    assert "repeats the URL" in one_line(problem, f"{tmp_path / 'feed.jsonl'}:2") and problem.skipped


def test_a_repeated_url_without_date_gets_one_warning(tmp_path):
    line = json.dumps({"text": "Alma Verhoeven met Tomas Lindqvist.", "url": "https://x/1"})
    (tmp_path / "feed.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    articles, problems = read([tmp_path], default=date(2026, 1, 21))
    assert [a.line for a in articles] == [1]
    [problem] = problems
    assert "repeats the URL of" in one_line(problem, f"{tmp_path / 'feed.jsonl'}:2")
    articles, problems = read([tmp_path])
    assert [p.where.rsplit(":", 1)[1] for p in problems] == ["1", "2"]  # line 1: no date; line 2: repeat only
