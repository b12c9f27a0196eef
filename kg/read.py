"""Read articles from files and folders: plain text, HTML pages, JSON lines.

Each input becomes an `Article` record or a `Problem`; a bad file never stops
the others. Nothing here knows about spaCy or RDF.
"""

from __future__ import annotations

import dataclasses
import hashlib
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
DATE_HEADER = re.compile(r"^\ufeff?\s*date[ \t]+(\S+)[ \t]*")
SURROGATES = re.compile("[\ud800-\udfff]")  # from JSON "\ud800" escapes: no encoder accepts them
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f]")  # control characters no sentence uses (tab and line feed stay)
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


def display(path: Path) -> str:
    """The path as printable text: a file name that is not UTF-8 gets U+FFFD for its odd bytes."""
    return os.fsencode(path).decode("utf-8", "replace")


def find_articles(paths: Iterable[Path], warn: Warn | None = None) -> Iterator[Path]:
    """Article files named directly, or found (recursively, sorted) in folders.

    A named path that does not exist is a usage error, raised at once, before any work;
    a folder inside that cannot be listed is a warning.
    """
    paths = list(paths)
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{path}: no such file or folder")
    return _walk(paths, warn)


def _walk(paths: list[Path], warn: Warn | None = None) -> Iterator[Path]:
    def unlisted(err: OSError) -> None:
        if warn is not None:
            where = display(Path(err.filename)) if err.filename else "a folder"
            warn(Problem(where, f"cannot be listed ({err.strerror or err})", "check its permissions"))

    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=unlisted):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le" or "-be" when every other byte is NUL, as in mostly-ASCII UTF-16 text."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _mostly_control(text: str) -> bool:
    """Binary data read as text: many control characters that no prose has."""
    sample = text[:4096]
    controls = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f") or "\x7f" <= c <= "\x9f")
    return controls > 0.05 * max(1, len(sample))


def decode(data: bytes, where: str, warn: Warn) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or mostly ASCII without),
    else Windows-1252/Latin-1 with a warning; binary data is refused with a warning."""
    binary = Problem(where, "looks like a binary file, not text",
                     "give articles as UTF-8 text (.txt), .html pages or .jsonl files")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data[:4096])
        if encoding:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = None
            if text is not None and not _mostly_control(text):
                warn(Problem(where, f"is UTF-16 without a byte-order mark; read as {encoding.upper()}",
                             "save it as UTF-8", skipped=False))
                return text
        warn(binary)
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252 (Latin-1)"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    if _mostly_control(text):
        warn(binary)
        return None
    warn(Problem(where, f"is not UTF-8; read as {encoding}", "save it as UTF-8 if accents look wrong",
                 skipped=False))
    return text


def clean(text: str) -> str:
    """Normalise line ends and drop control characters that no sentence uses."""
    text = SURROGATES.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    # One regular expression over the text, not a Python test per character: a tenth of the time.
    return CONTROLS.sub("", text)


def article_from_text(text: str, source: str, default_date: date | None, warn: Warn,
                      key: str | None = None) -> Article | None:
    """A text article: the first line starts with ` date YYYY-MM-DD`, the rest is the text."""
    text = clean(text)
    published = None
    match = DATE_HEADER.match(text)
    if not (text[match.end():] if match else text).strip():
        warn(Problem(source, "is empty" if not match else "has a date header but no text", "give it some text"))
        return None
    if match:
        published = parse_date(match.group(1))
        text = text[match.end():]
        if published is None:
            warn(Problem(source, f"impossible date {match.group(1)!r} in the header",
                         "write it as YYYY-MM-DD, or pass --date", skipped=False))
    elif default_date is None:
        warn(Problem(source, "has no ' date YYYY-MM-DD' header; relative dates are not resolved",
                     "add the header or pass --date YYYY-MM-DD", skipped=False))
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


def articles_from_jsonl(text: str | Iterable[str], source: str, default_date: date | None,
                        warn: Warn) -> Iterator[Article]:
    """One article per line: {"text": ..., "date": "YYYY-MM-DD", "url": ..., "title": ...}.

    `text` is the whole file, or its lines one by one (`jsonl_lines`).
    """
    # Only "\n" ends a JSON line: str.splitlines would also cut at U+2028 or \x85, which JSON
    # strings may hold as they are.
    lines = text.replace("\r\n", "\n").split("\n") if isinstance(text, str) else text
    urls: dict[bytes, int] = {}  # URL fingerprint -> its first line: small however long the file
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            warn(Problem(where, f"is not valid JSON ({err.msg} at column {err.colno})",
                         "fix or remove that line"))
            continue
        if not isinstance(record, dict):
            warn(Problem(where, f"is a JSON {type(record).__name__}, not an object",
                         "give one {\"text\": ..., \"date\": ...} object per line"))
            continue
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            warn(Problem(where, "has no \"text\" string", "give each line a non-empty \"text\" field"))
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        key = fingerprint(url) if url else None
        if key in urls:  # one warning for a repeat, not its missing date too
            warn(Problem(where, f"repeats the URL of {source}:{urls[key]}", "remove the duplicate"))
            continue
        if key:
            urls[key] = number
        published = default_date
        raw_date = record.get("date")
        if isinstance(raw_date, str) and raw_date.strip():
            published = parse_date(raw_date.strip()[:10]) or default_date
            if parse_date(raw_date.strip()[:10]) is None:
                warn(Problem(where, f"impossible date {raw_date!r}", "write it as YYYY-MM-DD", skipped=False))
        elif default_date is None:
            warn(Problem(where, "has no \"date\"; relative dates are not resolved",
                         "add \"date\": \"YYYY-MM-DD\" or pass --date", skipped=False))
        title = record.get("title") if isinstance(record.get("title"), str) else None
        key = url or f"{Path(source).name}#{number}"
        yield Article(key=key, text=clean(record["text"]), published=published, source=source,
                      line=number, url=url, title=title)


def _streamable(path: Path) -> bool:
    """A JSON-lines file that starts as UTF-8 text: read line by line, whatever its size."""
    with path.open("rb") as file:
        head = file.read(4096)
    return bool(head.strip()) and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in head


def jsonl_lines(path: Path, where: str, warn: Warn) -> Iterator[str]:
    """The lines of a JSON-lines file, read and decoded one at a time, so memory stays that of
    one line however long the file; a file that is not UTF-8 is read as Windows-1252 with a warning."""
    fallback = False
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            raw = raw[:-1] if raw.endswith(b"\n") else raw
            raw = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            if len(raw) > MAX_BYTES:
                yield ""  # keeps the line numbers; the line is reported here
                warn(Problem(f"{where}:{number}", f"is {len(raw) // 1_000_000} MB, larger than the "
                             f"{MAX_BYTES // 1_000_000} MB limit", "split it into articles"))
                continue
            if not fallback:
                try:
                    yield raw.decode("utf-8")
                    continue
                except UnicodeDecodeError:
                    fallback = True
                    warn(Problem(where, "is not UTF-8; read as Windows-1252 (Latin-1)",
                                 "save it as UTF-8 if accents look wrong", skipped=False))
            yield raw.decode("cp1252", errors="replace")


def read_file(path: Path, default_date: date | None, warn: Warn) -> Iterator[Article]:
    """Every article in one file; problems go to `warn`, never raised."""
    where = display(path)
    try:
        if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
            warn(Problem(where, "is not a regular file", "give article files or folders"))
            return
        size = path.stat().st_size
        if path.suffix.lower() in JSONL_SUFFIXES and _streamable(path):
            # Any number of articles, read line by line: memory does not grow with the file.
            yield from articles_from_jsonl(jsonl_lines(path, where, warn), where, default_date, warn)
            return
        if size > MAX_BYTES:
            warn(Problem(where, f"is {size // 1_000_000} MB, larger than the {MAX_BYTES // 1_000_000} MB limit",
                         "split it into articles"))
            return
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as err:
        if path.is_symlink() and not path.exists():
            warn(Problem(where, f"is a symbolic link to {display(Path(os.readlink(path)))}, which does not exist",
                         "fix or remove the link"))
            return
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
    if suffix in HTML_SUFFIXES:
        try:
            article = article_from_html(text, where, default_date, warn)
        except ImportError as err:  # a broken HTML toolchain costs the HTML pages, not the run
            warn(Problem(where, f"cannot be read as HTML ({err})", "reinstall kg with: pip install ."))
            return
    else:
        article = article_from_text(text, where, default_date, warn)
    if article is not None:
        yield article


def read_articles(paths: Iterable[Path], default_date: date | None, warn: Warn) -> Iterator[Article]:
    """All articles under `paths`, in a stable order, lazily (folders of any size).

    Missing paths raise UsageError here, before the first article is read.
    """
    files = find_articles(paths, warn)
    return unique_keys((article for path in files for article in read_file(path, default_date, warn)), warn)


def fingerprint(text: str) -> bytes:
    """16 bytes standing for a key in a run's memory: about 50 bytes, where a URL string takes 100 or more.

    BLAKE2b at 128 bits: two different keys share one with negligible probability
    (about 1e-26 for a million articles).
    """
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class _Places:
    """Where each article was read, packed into one int (file number, line), the file names kept once.

    A run over a million lines of one JSON-lines file keeps one file name, not a
    million "file:line" strings.
    """

    LINES = 1 << 40

    def __init__(self) -> None:
        self.files: list[str] = []
        self.numbers: dict[str, int] = {}

    def pack(self, article: Article) -> int:
        number = self.numbers.setdefault(article.source, len(self.files))
        if number == len(self.files):
            self.files.append(article.source)
        return number * self.LINES + (article.line or 0)

    def where(self, packed: int) -> str:
        source, line = self.files[packed // self.LINES], packed % self.LINES
        return f"{source}:{line}" if line else source


def unique_keys(articles: Iterable[Article], warn: Warn) -> Iterator[Article]:
    """One article per key in a run, so no article's graph silently replaces another's.

    Two files with the same name in different folders (2024/01/index.txt,
    2024/02/index.txt) are both kept: the later one is keyed by its path.
    A repeated URL is the same article: the repeat is skipped with a warning.

    What is kept per article grows with the run, so it is kept small (about 130
    bytes an article): the key's fingerprint and its packed place. A file read
    twice is recognised by its name (a file's articles come one after another,
    their lines increasing), not by a set of every article's place.
    """
    places = _Places()
    seen: dict[bytes, int] = {}  # key fingerprint -> packed place of its first article
    finished: set[str] = set()  # files read through
    current: str | None = None
    last_line, again = -1, False
    for article in articles:
        if article.source != current:
            if current is not None:
                finished.add(current)
            current, last_line = article.source, -1
            again = article.source in finished
        elif article.line is None or article.line <= last_line:
            again = True  # the same file named twice in a row
        last_line = article.line or 0
        if again:
            warn(Problem(article.where, "is read twice", "name each file or folder once"))
            continue
        key = fingerprint(article.key)
        first = seen.get(key)
        if first is not None and article.url:
            warn(Problem(article.where, f"repeats the URL of {places.where(first)}", "remove the duplicate"))
            continue
        if first is not None:
            article = dataclasses.replace(article, key=article.where)
            key = fingerprint(article.key)
        seen[key] = places.pack(article)
        yield article
