"""Hostile query input does no harm (issue 6).

* `--param` values are bound as escaped literals: injection attempts match
  nothing and raise nothing; odd but honest values match exactly.
* Queries on local data are read-only: an update given as a query file is
  refused with a clear message, exit 2, and the store is unchanged.
* SERVICE and LOAD are refused unless --allow-remote: a socket listening on
  127.0.0.1 is never contacted; the keywords inside strings, IRIs, comments
  or variable names are not refused.
* Broken graph files, unknown queries, missing files and bad --param values
  give one line and exit 2, never a traceback.

No spaCy here: the store is built from hand-made Facts.
"""

from __future__ import annotations

import json
import socket
import threading
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Store

from kg.cli import main
from kg.errors import QueryError
from kg.query import bind_values, mask, refuse_remote, sparql_literal
from kg.rdf import facts_to_quads
from kg.records import Article, Facts, Meeting, Office, Person, Span, Statement

ODD_NAME = 'Ann "Nan" O\'Neil \\ {x} # not a comment'


def _facts() -> Facts:
    text = ('Foreign Minister Alma Verhoeven met Tomas Lindqvist in Kessel. '
            '"We agree," Verhoeven said. ' + ODD_NAME + ' spoke too.')
    article = Article(key="harbor.txt", text=text, published=date(2025, 3, 14), source="harbor.txt")
    span = Span(0, 62, text[:62])
    return Facts(
        article=article,
        persons=[Person("p1", "Alma Verhoeven", aliases=["Verhoeven"]), Person("p2", "Tomas Lindqvist"),
                 Person("p3", ODD_NAME)],
        offices=[Office("p1", "Foreign Minister", span)],
        meetings=[Meeting(["p1", "p2"], "meeting", span, date=date(2025, 3, 11), place="Kessel")],
        statements=[Statement("p1", "We agree,", Span(63, 90, text[63:90])),
                    Statement("p3", "spoke too", Span(91, len(text), text[91:]))],
    )


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    """An embedded store on disk holding one hand-made article."""
    path = tmp_path / "store"
    store = Store(str(path))
    store.extend(facts_to_quads(_facts()))
    store.flush()
    del store
    return path


def _count(path: Path) -> int:
    store = Store.read_only(str(path))
    return len(store)


def _rows(capsys, *argv: str) -> list[dict]:
    code = main(["query", *argv, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["results"]["bindings"]


def _fails(capsys, argv: list[str], code: int = 2) -> str:
    """Run kg; it must exit `code` with exactly one line on stderr and no traceback."""
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("kg: error: ")
    return lines[0]


# --------------------------------------------------------------- parameters

INJECTIONS = [
    'Verhoeven" || true || "',
    'x") || true || ("',
    '") } UNION { ?p ?q ?n } #',
    'x" . } } UNION { GRAPH ?article { ?meeting ?kind ?with } } #',
    "Verhoeven\n} UNION {",
    "Verhoeven # comment",
    "#",
    "\\",
    '\\"',
    'Verhoeven\\" || true || \\"',
    "\\u0022 || true || \\u0022",
    "\\U00000022) } #",
    '"""',
    "'''",
    "' || true || '",
    "} } } {{{",
    "?person",
    "<http://example.org/x>",
    "Verhoeven\r\nLindqvist",
    "\u0000",
    "",
]


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("query", ["meetings-of", "statements-by"])
def test_injection_attempts_match_nothing(store_dir, capsys, query, value):
    assert _rows(capsys, query, "--param", f"person={value}", "--store", str(store_dir)) == []


@pytest.mark.parametrize("query, expected", [("meetings-of", 1), ("statements-by", 1)])
def test_honest_values_still_match(store_dir, capsys, query, expected):
    assert len(_rows(capsys, query, "--param", "person=verhoeven", "--store", str(store_dir))) == expected


def test_a_name_full_of_sparql_syntax_matches_itself(store_dir, capsys):
    rows = _rows(capsys, "statements-by", "--param", f"person={ODD_NAME}", "--store", str(store_dir))
    assert [r["quote"]["value"] for r in rows] == ["spoke too"]


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_value_is_bound_as_exactly_that_literal(value):
    text = bind_values("SELECT ?v WHERE { }", {"v": value})
    rows = list(Store().query(text))
    assert [row["v"].value for row in rows] == [value]


def test_sparql_literal_escapes_every_delimiter():
    literal = sparql_literal('a"b\\c\nd\re')
    assert literal == '"a\\"b\\\\c\\nd\\re"'
    assert "\n" not in literal and "\r" not in literal


# ------------------------------------------------------------------ read-only

UPDATES = [
    'PREFIX kg: <https://w3id.org/newskg/ontology#>\nINSERT DATA { GRAPH <urn:x> { <urn:a> kg:name "Evil" } }\n',
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }\n",
    "DROP ALL\n",
    "CLEAR DEFAULT\n",
    "# looks innocent\nWITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }\n",
    "SELECT * WHERE { ?s ?p ?o } ;\nDROP ALL\n",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_given_as_queries_are_refused_and_change_nothing(store_dir, tmp_path, capsys, update):
    before = _count(store_dir)
    file = tmp_path / "evil.rq"
    file.write_text(update, encoding="utf-8")
    line = _fails(capsys, ["query", str(file), "--store", str(store_dir)])
    assert str(file) in line
    assert "read-only" in line or "only" in line
    assert _count(store_dir) == before


def test_updates_on_graph_files_are_refused_too(tmp_path, capsys):
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    file = tmp_path / "drop.rq"
    file.write_text("DELETE DATA { <urn:a> <urn:b> <urn:c> }\n", encoding="utf-8")
    _fails(capsys, ["query", str(file), str(graph)])
    assert graph.read_text(encoding="utf-8") == "<urn:a> <urn:b> <urn:c> .\n"


# --------------------------------------------------------------- remote access

@pytest.fixture()
def listener():
    """A socket on 127.0.0.1 that counts the connections it accepts (and answers HTTP 500)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.05)
    accepted: list[int] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            accepted.append(1)
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 500 Nope\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join(2)
    server.close()


REMOTE = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "select * where {{ service <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b ?c . SeRvIcE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "# a comment first\nSELECT * WHERE {{\n  SERVICE\n<http://127.0.0.1:{port}/>{{?s ?p ?o}} }}",
    "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <urn:g>",
]


@pytest.mark.parametrize("template", REMOTE)
def test_service_and_load_never_contact_the_server(store_dir, tmp_path, capsys, listener, template):
    port, accepted = listener
    file = tmp_path / "remote.rq"
    file.write_text(template.format(port=port), encoding="utf-8")
    line = _fails(capsys, ["query", str(file), "--store", str(store_dir)])
    assert "--allow-remote" in line
    assert accepted == []


def test_allow_remote_does_contact_the_server(store_dir, tmp_path, capsys, listener):
    """The listener really would notice a contact: with --allow-remote there is one."""
    port, accepted = listener
    file = tmp_path / "remote.rq"
    file.write_text(REMOTE[0].format(port=port), encoding="utf-8")
    line = _fails(capsys, ["query", str(file), "--store", str(store_dir), "--allow-remote"])
    assert "500" in line
    assert len(accepted) == 1


@pytest.mark.parametrize("text", [
    'SELECT ?x WHERE { BIND ("SERVICE <http://127.0.0.1:9/> {}" AS ?x) }',
    "SELECT ?x WHERE { BIND ('load me' AS ?x) }",
    'SELECT ?x WHERE { BIND ("""a long\nSERVICE string""" AS ?x) }',
    "SELECT ?x WHERE { BIND (<http://example.org/SERVICE/LOAD> AS ?x) }",
    "# SERVICE in a comment, LOAD too\nSELECT ?x WHERE { BIND (1 AS ?x) }",
    "SELECT ?service ?load WHERE { BIND (1 AS ?service) BIND (2 AS $load) }",
    "PREFIX service: <http://example.org/>\nSELECT ?x WHERE { BIND (service:load AS ?x) }",
    "PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { BIND (ex:SERVICE AS ?x) }",
])
def test_keywords_in_strings_iris_comments_and_names_are_not_refused(text):
    refuse_remote(text)
    list(Store().query(text))  # and the text is valid SPARQL


def test_mask_keeps_length_and_lines():
    text = 'SELECT ?x # c\nWHERE { BIND ("a\\"b" AS ?x) }'
    assert len(mask(text)) == len(text)
    assert mask(text).count("\n") == text.count("\n")


def test_refuse_remote_names_the_keyword():
    with pytest.raises(QueryError, match="SERVICE"):
        refuse_remote("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }")


# ------------------------------------------------------- usage errors, one line

def test_graph_file_syntax_error_names_file_line_and_column(tmp_path, capsys):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:a ex:b "no end .\n', encoding="utf-8")
    line = _fails(capsys, ["query", "persons", str(bad)])
    assert str(bad) in line and "line 3" in line and "column" in line

    nt = tmp_path / "broken.nt"
    nt.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> oops .\n", encoding="utf-8")
    line = _fails(capsys, ["query", "persons", str(nt)])
    assert str(nt) in line and "line 2" in line and "column" in line


@pytest.mark.parametrize("argv, needle", [
    (["query", "no-such-query"], "no saved query named 'no-such-query'"),
    (["query", "missing.rq"], "no such query file"),
    (["query", "persons", "missing.ttl"], "no such file"),
    (["query", "meetings-of", "--param", "person"], "name=value"),
    (["query", "meetings-of", "--param", "=x"], "name=value"),
    (["query", "meetings-of", "--param", "per son=x"], "name=value"),
    (["query", "meetings-of"], "needs --param person"),
    (["query", "meetings-of", "--param", "persn=x"], "needs --param person"),
    (["query", "meetings-of", "--param", "person=x", "--param", "when=y"], "has no parameter 'when'"),
])
def test_usage_errors_are_one_line_exit_2(store_dir, capsys, argv, needle):
    line = _fails(capsys, [*argv, "--store", str(store_dir)])
    assert needle in line


def test_invalid_sparql_names_the_file_and_position(store_dir, tmp_path, capsys):
    file = tmp_path / "typo.rq"
    file.write_text("SELECT ?x WHERE { ?x ?y }\n", encoding="utf-8")
    line = _fails(capsys, ["query", str(file), "--store", str(store_dir)])
    assert str(file) in line and "1:" in line


def test_query_file_that_is_not_utf8(store_dir, tmp_path, capsys):
    file = tmp_path / "latin.rq"
    file.write_bytes(b"SELECT ?x WHERE { BIND ('caf\xe9' AS ?x) }\n")
    line = _fails(capsys, ["query", str(file), "--store", str(store_dir)])
    assert "UTF-8" in line


def test_missing_store_is_one_line_exit_2(tmp_path, capsys):
    line = _fails(capsys, ["query", "persons", "--store", str(tmp_path / "nothing")])
    assert "no store at" in line and "kg extract" in line


def test_store_in_use_is_one_line_exit_2(store_dir, tmp_path, capsys):
    holder = Store(str(store_dir))  # another writer holds the lock
    article = tmp_path / "a.txt"
    article.write_text(" date 2026-01-21 Alma Verhoeven met Tomas Lindqvist.", encoding="utf-8")
    line = _fails(capsys, ["extract", str(article), "--store", str(store_dir)])
    assert "in use by another kg process" in line
    del holder


def test_store_path_that_is_a_file_is_one_line_exit_2(tmp_path, capsys):
    (tmp_path / "file").write_text("not a store", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(" date 2026-01-21 Alma Verhoeven met Tomas Lindqvist.", encoding="utf-8")
    line = _fails(capsys, ["extract", str(article), "--store", str(tmp_path / "file")])
    assert "cannot open the store" in line
