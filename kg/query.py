"""Saved and user queries: find them, bind their parameters safely, run them.

A saved query is a `.rq` file whose leading comment says what it answers
(first line) and which parameters it takes (`# param NAME: description`).
Parameters are bound as escaped literals in a VALUES block (locally and
remotely alike, so both give the same rows): no user value is ever pasted into query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import QueryResultsFormat, QuerySolutions, Store

from kg.errors import QueryError, UsageError
from kg.resources import query_dir

PARAM_LINE = re.compile(r"^#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$")
# Keywords that reach outside the local data; refused unless --allow-remote.
# Not when part of a name: ?service, $load, ex:SERVICE, service:x, my-load.
REMOTE_KEYWORDS = re.compile(r"(?<![\w?$:-])(SERVICE|LOAD)(?![\w:-])", re.IGNORECASE)
# SPARQL Update operations: `kg query` only reads, so these are refused with a clear message.
UPDATE_KEYWORDS = re.compile(r"(?<![\w?$:-])(INSERT|DELETE|DROP|CLEAR|CREATE|LOAD|COPY|MOVE|ADD|WITH)(?![\w:-])",
                             re.IGNORECASE)


@dataclass(frozen=True)
class SavedQuery:
    """A query file with its description and declared parameters."""

    name: str
    path: Path
    text: str
    description: str
    params: dict[str, str] = field(default_factory=dict)


def parse_header(name: str, path: Path, text: str) -> SavedQuery:
    """Read the description and `# param` lines from the leading comment block."""
    description = ""
    params: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        match = PARAM_LINE.match(stripped)
        if match:
            params[match.group(1)] = match.group(2).strip()
        elif not description:
            description = stripped.lstrip("#").strip()
    return SavedQuery(name, path, text, description, params)


def saved_queries() -> list[SavedQuery]:
    """Every saved query shipped with kg, by name."""
    return [parse_header(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(query_dir().glob("*.rq"))]


def resolve(name_or_file: str) -> SavedQuery:
    """A saved query by name, or a user's `.rq` file."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise UsageError(f"{path}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise UsageError(f"{path}: cannot be read as UTF-8 text: {err}") from err
        return parse_header(path.stem, path, text)
    for query in saved_queries():
        if query.name == name_or_file:
            return query
    names = ", ".join(q.name for q in saved_queries())
    raise UsageError(f"no saved query named {name_or_file!r}; saved queries: {names} (see `kg queries`)")


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`key=value` strings from the command line."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise UsageError(f"--param {pair!r}: write it as name=value, e.g. --param person=Okafor")
        params[key] = value
    return params


def check_params(query: SavedQuery, params: dict[str, str]) -> None:
    """Every declared parameter is given; no unknown one is."""
    missing = [p for p in query.params if p not in params]
    if missing:
        raise UsageError(f"query {query.name!r} needs --param {missing[0]}=VALUE ({query.params[missing[0]]})")
    unknown = [p for p in params if query.params and p not in query.params]
    if unknown:
        raise UsageError(f"query {query.name!r} has no parameter {unknown[0]!r}; it takes: "
                         f"{', '.join(query.params)}")


_MASKED = re.compile(
    r'"""(?:.|\n)*?"""' r"|'''(?:.|\n)*?'''"  # long strings
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"  # short strings
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*"  # comments
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def mask(text: str) -> str:
    """The query with comments, strings and IRIs blanked out, same length, for keyword search."""
    return _MASKED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def sparql_literal(value: str) -> str:
    """A value as an escaped SPARQL string literal: it can only ever be data."""
    return '"' + "".join(_ESCAPES.get(c, c) for c in value) + '"'


def bind_values(text: str, params: dict[str, str]) -> str:
    """Bind parameters with a VALUES block at the start of the outer WHERE group.

    Values enter only as escaped literals, so quotes, braces, `#` or newlines
    in them cannot change the query; FILTERs in the group see the bindings.
    """
    if not params:
        return text
    where = re.search(r"\bWHERE\s*\{", mask(text), re.IGNORECASE)
    if where is None:
        raise QueryError("this query has no WHERE { ... } group to bind parameters in; write the WHERE keyword")
    names = " ".join(f"?{k}" for k in params)
    values = " ".join(sparql_literal(v) for v in params.values())
    at = where.end()
    return f"{text[:at]}\n  VALUES ({names}) {{ ({values}) }}\n{text[at:]}"


def refuse_remote(text: str) -> None:
    """Refuse SERVICE and LOAD: a query on local data must not reach the network."""
    found = REMOTE_KEYWORDS.search(mask(text))
    if found:
        raise QueryError(f"the query uses {found.group(1).upper()}, which would contact another server; "
                         "pass --allow-remote if you mean it")


def run_local(store: Store, query: SavedQuery, params: dict[str, str], allow_remote: bool = False):
    """Run a query on a local store, the default graph being the union of all graphs."""
    check_params(query, params)
    if not allow_remote:
        refuse_remote(query.text)
    text = bind_values(query.text, params)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as err:
        update = UPDATE_KEYWORDS.search(mask(query.text))
        if update:
            raise QueryError(f"{query.path}: {update.group(1).upper()} is a SPARQL update; kg query is read-only "
                             "and runs only SELECT, ASK, CONSTRUCT and DESCRIBE queries") from err
        raise QueryError(f"{query.path}: invalid SPARQL: {err}") from err
    except OSError as err:
        raise QueryError(f"{query.path}: the query failed: {err}") from err


def to_json(results) -> bytes:
    """W3C SPARQL 1.1 Query Results JSON."""
    if isinstance(results, QuerySolutions) or hasattr(results, "serialize"):
        return results.serialize(format=QueryResultsFormat.JSON)
    raise QueryError("only SELECT and ASK queries can be printed as results")
