"""Read articles from files and folders: plain text, HTML pages, JSON lines.

Each input becomes an `Article` record or a `Problem`; a bad file never stops
the others. Nothing here knows about spaCy or RDF.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import UsageError
from kg.records import Article, Problem

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024  # a longer "article" is a data dump, not news

# ` date 2026-01-21 First paragraph...` on the first line of a text article.
DATE_HEADER = re.compile(r"^\ufeff?[ \t]*date[ \t]+(\S+)[ \t]*")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Warn = Callable[[Problem], None]


def parse_date(value: str) -> date | None:
    """An ISO date, or None when it is not a real calendar day (2026-13-45)."""
    if not ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def find_articles(paths: Iterable[Path]) -> Iterator[Path]:
    """Article files named directly, or found (recursively, sorted) in folders.

    A named path that does not exist is a usage error, raised at once, before any work.
    """
    paths = list(paths)
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{path}: no such file or folder")
    return _walk(paths)


def _walk(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def decode(data: bytes, where: str, warn: Warn) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        warn(Problem(where, "looks like a binary file, not text", "give text, .html or .jsonl articles"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(Problem(where, "is not UTF-8; read as Latin-1", "save it as UTF-8 if accents look wrong", skipped=False))
        return data.decode("latin-1")


def clean(text: str) -> str:
    """Normalise line ends and drop control characters that no sentence uses."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or c >= " " or c == "\u00a0")


def article_from_text(text: str, source: str, default_date: date | None, warn: Warn,
                      key: str | None = None) -> Article | None:
    """A text article: the first line starts with ` date YYYY-MM-DD`, the rest is the text."""
    text = clean(text)
    published = None
    match = DATE_HEADER.match(text)
    if match:
        published = parse_date(match.group(1))
        text = text[match.end():]
        if published is None:
            warn(Problem(source, f"impossible date {match.group(1)!r} in the header",
                         "write it as YYYY-MM-DD, or pass --date", skipped=False))
    elif default_date is None:
        warn(Problem(source, "has no ' date YYYY-MM-DD' header; relative dates are not resolved",
                     "add the header or pass --date YYYY-MM-DD", skipped=False))
    if not text.strip():
        warn(Problem(source, "is empty", "give it some text"))
        return None
    return Article(key=key or Path(source).name, text=text, published=published or default_date, source=source)


def article_from_html(html: str, source: str, default_date: date | None, warn: Warn) -> Article | None:
    """An HTML page: main text by trafilatura, publication date by htmldate."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        warn(Problem(source, "has no article text that could be found in the HTML",
                     "check that the page holds the article itself, not a script-built shell"))
        return None
    meta = trafilatura.extract_metadata(html)
    found = None
    try:
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; a missing date is not fatal  # noqa: BLE001
        found = None
    published = parse_date(found) if found else None
    if published is None and default_date is None:
        warn(Problem(source, "has no publication date that could be found",
                     "pass --date YYYY-MM-DD", skipped=False))
    url = meta.url if meta is not None else None
    title = meta.title if meta is not None else None
    return Article(key=url or Path(source).name, text=clean(text), published=published or default_date,
                   source=source, url=url, title=title)


def articles_from_jsonl(text: str, source: str, default_date: date | None, warn: Warn) -> Iterator[Article]:
    """One article per line: {"text": ..., "date": "YYYY-MM-DD", "url": ..., "title": ...}."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            warn(Problem(where, f"is not valid JSON ({err.msg} at column {err.colno})",
                         "fix or remove that line"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            warn(Problem(where, "has no \"text\" string", "give each line a non-empty \"text\" field"))
            continue
        published = default_date
        raw_date = record.get("date")
        if isinstance(raw_date, str) and raw_date.strip():
            published = parse_date(raw_date.strip()[:10]) or default_date
            if parse_date(raw_date.strip()[:10]) is None:
                warn(Problem(where, f"impossible date {raw_date!r}", "write it as YYYY-MM-DD", skipped=False))
        elif default_date is None:
            warn(Problem(where, "has no \"date\"; relative dates are not resolved",
                         "add \"date\": \"YYYY-MM-DD\" or pass --date", skipped=False))
        url = record.get("url") if isinstance(record.get("url"), str) else None
        title = record.get("title") if isinstance(record.get("title"), str) else None
        key = url or f"{Path(source).name}#{number}"
        yield Article(key=key, text=clean(record["text"]), published=published, source=source,
                      line=number, url=url, title=title)


def read_file(path: Path, default_date: date | None, warn: Warn) -> Iterator[Article]:
    """Every article in one file; problems go to `warn`, never raised."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            warn(Problem(where, f"is {size // 1_000_000} MB, larger than the {MAX_BYTES // 1_000_000} MB limit",
                         "split it into articles"))
            return
        data = path.read_bytes()
    except OSError as err:
        warn(Problem(where, f"cannot be read ({err.strerror or err})", "check that it exists and is readable"))
        return
    if not data.strip():
        warn(Problem(where, "is empty", "remove it or give it some text"))
        return
    text = decode(data, where, warn)
    if text is None:
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from articles_from_jsonl(text, where, default_date, warn)
        return
    article = (article_from_html(text, where, default_date, warn) if suffix in HTML_SUFFIXES
               else article_from_text(text, where, default_date, warn))
    if article is not None:
        yield article


def read_articles(paths: Iterable[Path], default_date: date | None, warn: Warn) -> Iterator[Article]:
    """All articles under `paths`, in a stable order, lazily (folders of any size).

    Missing paths raise UsageError here, before the first article is read.
    """
    files = find_articles(paths)
    return (article for path in files for article in read_file(path, default_date, warn))
