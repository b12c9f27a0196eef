"""kg load and kg query --endpoint against real servers: Oxigraph's server and Virtuoso 7.

The servers run on 127.0.0.1 on free ports with throw-away data (see
tests/remote_servers.py); each is started once per session. Under CI=true a
missing server fails these tests, elsewhere they are skipped.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.cli import main
from kg.load import load
from kg.rdf import article_iri
from kg.remote import Credentials, HttpClient, RemoteQuery, RequestFailed, RetryPolicy
from tests.remote_servers import article_facts, make_store, start_oxigraph, start_virtuoso

# The graphs the tests write: kg's article graphs and graphs named after files (never Virtuoso's own).
OURS = 'FILTER (STRSTARTS(STR(?g), "https://w3id.org/newskg/") || STRSTARTS(STR(?g), "file:"))'
QUERIES = [
    ("persons", []), ("offices", []), ("meetings", []), ("statements", []), ("who-met-whom", []),
    ("office-holders", []), ("sources", []), ("timeline", ["--param", "person=núñez"]),
    ("meetings-of", ["--param", "person=ÅNGSTRÖM"]), ("statements-by", ["--param", "person=Li Wěi"]),
]
FAST = RetryPolicy(retries=2, delay=0.05, timeout=20)


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    server.user = None
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.set_random_password()
    server.user = "dba"
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request, monkeypatch):
    """Each server, with KG_STORE_PASSWORD set for it, and none of kg's graphs on it yet."""
    server = request.getfixturevalue(request.param)
    if server.user:
        monkeypatch.setenv("KG_STORE_PASSWORD", server.password)
    else:
        monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    clear(server)
    return server


def credentials(server) -> Credentials | None:
    return Credentials(server.user, server.password) if server.user else None


def user_args(server) -> list[str]:
    return ["--user", server.user] if server.user else []


def clear(server) -> None:
    """Drop every graph the tests wrote."""
    query = RemoteQuery(server.query_url, None, FAST)
    graphs = [row["g"] for row in query.select(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}")]
    if graphs:
        http = HttpClient(credentials(server), FAST)
        http.request("POST", server.update_url, " ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs).encode(),
                     {"Content-Type": "application/sparql-update"})
        http.close()


def remote_graphs(server) -> dict[str, set[str]]:
    """Every kg graph on the server: graph IRI -> its triples in N-Triples form."""
    query = RemoteQuery(server.query_url, None, FAST)
    out: dict[str, set[str]] = {}
    for row in query.select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"):
        out.setdefault(row["g"].value, set()).add(f"{row['s']} {row['p']} {row['o']}")
    return out


def local_graphs(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for quad in store:
        out.setdefault(quad.graph_name.value, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
    return out


def kg(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("protocol", ["graph-store", "update-endpoint"])
def test_load_then_remote_queries_give_the_local_rows(server, protocol, tmp_path, capsys):
    store_dir = tmp_path / "store"
    make_store(store_dir, [article_facts(i) for i in range(6)]).flush()
    url = server.store_url if protocol == "graph-store" else server.update_url
    code, _, err = kg(capsys, "load", "--store", str(store_dir), f"--{protocol}", url, *user_args(server))
    assert code == 0, err
    assert "loaded 6 of 6 graphs" in err and "checked: each of the 6 graphs" in err
    for name, params in QUERIES:
        code, local, err = kg(capsys, "query", name, *params, "--store", str(store_dir), "--format", "json")
        assert code == 0, err
        code, remote, err = kg(capsys, "query", name, *params, "--endpoint", server.query_url, "--format", "json")
        assert code == 0, err
        rows = json.loads(local)["results"]["bindings"]
        assert rows, f"{name} gives no rows locally: the test data is too thin"
        assert json.loads(remote)["results"]["bindings"] == rows, name
        # The other formats are printed from the same results, so they agree too.
        for fmt in ("table", "csv"):
            assert kg(capsys, "query", name, *params, "--endpoint", server.query_url, "--format", fmt)[1] == \
                kg(capsys, "query", name, *params, "--store", str(store_dir), "--format", fmt)[1]


def test_loading_twice_adds_nothing_and_a_changed_article_replaces_its_graph(server, tmp_path, capsys):
    first = make_store(tmp_path / "v1", [article_facts(i) for i in range(3)])
    first.flush()
    target = ["--graph-store", server.store_url, *user_args(server)]
    assert kg(capsys, "load", "--store", str(tmp_path / "v1"), *target)[0] == 0
    assert kg(capsys, "load", "--store", str(tmp_path / "v1"), *target)[0] == 0
    assert remote_graphs(server) == local_graphs(first)

    changed = article_facts(1, version=2, extra_statements=2)
    second = make_store(tmp_path / "v2", [changed])
    second.flush()
    code, _, err = kg(capsys, "load", "--store", str(tmp_path / "v2"), *target)
    assert code == 0, err
    expected = local_graphs(first)
    expected.update(local_graphs(second))  # article 1's graph replaced as a whole, the others as they were
    assert remote_graphs(server) == expected
    assert any("Version 2" in t for t in expected[article_iri(changed.article).value])


def test_graph_files_keep_their_graphs_or_get_one_named_after_the_file(oxigraph, tmp_path, capsys, monkeypatch):
    from pyoxigraph import RdfFormat, serialize

    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    clear(oxigraph)
    store = make_store(tmp_path / "store", [article_facts(0), article_facts(1)])
    store.flush()
    trig = tmp_path / "articles.trig"
    assert main(["export", "--store", str(tmp_path / "store"), "-o", str(trig)]) == 0
    turtle = tmp_path / "one.ttl"
    third = make_store(None, [article_facts(2)])
    turtle.write_bytes(serialize([q.triple for q in third], format=RdfFormat.TURTLE))
    capsys.readouterr()
    code, _, err = kg(capsys, "load", str(trig), str(turtle), "--graph-store", oxigraph.store_url)
    assert code == 0, err
    graphs = remote_graphs(oxigraph)
    expected = local_graphs(store)
    expected[turtle.resolve().as_uri()] = {f"{t.subject} {t.predicate} {t.object}" for t in (q.triple for q in third)}
    assert graphs == expected


def test_non_conforming_data_is_refused_and_nothing_is_sent(oxigraph, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    clear(oxigraph)
    facts = article_facts(0)
    facts.meetings[0].participants = ["p1", "p3"]
    facts.persons[2].name = ""  # a person must have a non-empty name
    store = make_store(tmp_path / "store", [facts])
    store.flush()
    code, out, err = kg(capsys, "load", "--store", str(tmp_path / "store"), "--graph-store", oxigraph.store_url)
    assert code == 1
    assert "Violation" in out and "non-empty name" in out
    assert "nothing was sent" in err
    assert remote_graphs(oxigraph) == {}


def test_wrong_password_is_a_clear_error_without_retry_storm_or_leak(virtuoso, tmp_path, capsys, monkeypatch):
    store_dir = tmp_path / "store"
    make_store(store_dir, [article_facts(0), article_facts(1)]).flush()
    wrong = "wrong-" + virtuoso.password[::-1]
    monkeypatch.setenv("KG_STORE_PASSWORD", wrong)
    code, out, err = kg(capsys, "load", "--store", str(store_dir), "--graph-store", virtuoso.store_url,
                        "--user", "dba")
    assert code == 1
    assert "rejected the credentials of user 'dba'" in err and "KG_STORE_PASSWORD" in err
    assert "run the same command again" not in err
    code, out2, err2 = kg(capsys, "query", "persons", "--endpoint", virtuoso.update_url, "--user", "dba")
    assert code == 1 and "rejected the credentials" in err2
    for text in (out, err, out2, err2):
        assert wrong not in text and virtuoso.password not in text

    # One wrong-password request costs at most two round trips (the challenge, then one try).
    http = HttpClient(Credentials("dba", wrong), FAST)
    sent = []
    http.session.hooks["response"].append(lambda r, *a, **k: sent.append(r.status_code))
    with pytest.raises(Exception, match="rejected the credentials"):
        http.request("PUT", virtuoso.store_url + "?graph=urn:x", b"<urn:a> <urn:b> <urn:c> .\n",
                     {"Content-Type": "application/n-triples"})
    assert sent == [401, 401]


def test_passwords_never_appear_in_output_even_with_debug(virtuoso, tmp_path):
    """Real processes, --debug, right and wrong password: the password is in no output, no traceback."""
    store_dir = tmp_path / "store"
    make_store(store_dir, [article_facts(0)]).flush()
    kg_exe = str(Path(sys.executable).with_name("kg"))
    runs = []
    for password in (virtuoso.password, "wrong-" + virtuoso.password[::-1]):
        env = {**os.environ, "KG_STORE_PASSWORD": password}
        for args in (["load", "--store", str(store_dir), "--graph-store", virtuoso.store_url],
                     ["load", "--store", str(store_dir), "--update-endpoint", virtuoso.update_url],
                     ["query", "persons", "--endpoint", virtuoso.update_url]):
            done = subprocess.run([kg_exe, "--debug", *args, "--user", "dba"], env=env, capture_output=True,
                                  text=True, timeout=120)
            runs.append((password, done))
    codes = [done.returncode for _, done in runs]
    assert codes == [0, 0, 0, 1, 1, 1], [d.stderr[-500:] for _, d in runs]
    assert "Traceback" in runs[-1][1].stderr  # --debug does show the traceback...
    for password, done in runs:
        assert password not in done.stdout and password not in done.stderr  # ...but never the password


@pytest.mark.parametrize("name, protocol", [("oxigraph", "update"), ("oxigraph", "graph-store"),
                                            ("virtuoso", "graph-store"), ("virtuoso", "update")])
def test_server_killed_mid_load_leaves_each_graph_old_or_new(name, protocol, request, monkeypatch):
    """Kill the server (SIGKILL) while kg loads new versions of many graphs; restart it on the same data.

    Each graph must be the old version or the new one, the report must say which: graphs reported
    loaded are new, graphs reported not loaded are old, the graph in flight is reported in doubt.
    One SPARQL Update request is one transaction on both servers, and so is a PUT on Oxigraph
    0.5.13; Virtuoso's PUT clears the graph and commits before it loads (see
    docs/triple-stores.md), so there the graph in doubt may also be empty or partly loaded.
    """
    server = request.getfixturevalue(name)
    clear(server)
    creds = credentials(server)
    url = server.store_url if protocol == "graph-store" else server.update_url
    count = 60
    old = make_store(None, [article_facts(i) for i in range(count)])
    new = make_store(None, [article_facts(i, version=2, extra_statements=3) for i in range(count)])
    assert load(old, url, update=protocol == "update", credentials=creds, retry=FAST, progress=False).ok

    def kill_soon(report):
        if len(report.loaded) >= count // 3 and not killer.is_alive() and not killed.is_set():
            killed.set()
            killer.start()

    killed = threading.Event()
    killer = threading.Timer(random.uniform(0, 0.02), server.kill)
    report = load(new, url, update=protocol == "update", credentials=creds, batch_size=8,
                  retry=RetryPolicy(retries=2, delay=0.05, timeout=10), progress=False, on_batch=kill_soon)
    if killed.is_set():
        killer.join()
    server.start(timeout=90)

    assert killed.is_set() and not report.ok
    assert count // 3 <= len(report.loaded) < count
    assert "connection" in report.error or "server failed" in report.error
    assert sorted(report.loaded + report.not_loaded + report.in_doubt) == sorted(local_graphs(new))
    text = "\n".join(report.lines())
    assert f"loaded {len(report.loaded)} of {count} graphs" in text and "run the same command again" in text

    before, after, now = local_graphs(old), local_graphs(new), remote_graphs(server)
    for graph in after:
        state = now.get(graph, set())
        if graph in report.loaded:
            assert state == after[graph], f"{graph} reported loaded but is not the new version"
        elif graph in report.not_loaded:
            assert state == before[graph], f"{graph} reported not loaded but is not the old version"
        else:
            assert graph in report.in_doubt
            if name == "virtuoso" and protocol == "graph-store":
                assert state in (before[graph], after[graph]) or state < after[graph], f"{graph} is mixed"
            else:
                assert state in (before[graph], after[graph]), f"{graph} is half-written"

    # Loading again finishes the job.
    assert load(new, url, update=protocol == "update", credentials=creds, retry=FAST, progress=False,
                query_endpoint=server.query_url).ok
    assert remote_graphs(server) == after


def test_transient_server_errors_are_retried_with_backoff(oxigraph):
    waits: list[float] = []
    http = HttpClient(None, RetryPolicy(retries=3, delay=0.5), sleep=waits.append)
    with pytest.raises(RequestFailed, match="HTTP 500") as err:  # Oxigraph answers 500 to this
        http.request("POST", oxigraph.update_url, b"DROP GRAPH <urn:kg:test:does-not-exist>",
                     {"Content-Type": "application/sparql-update"})
    assert waits == [0.5, 1.0, 2.0] and err.value.applied == "unknown"


def test_count_check_reports_a_mismatch(oxigraph, tmp_path, capsys, monkeypatch):
    """Someone else's triple in an article graph: the check after the load says so, exit 1."""
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    clear(oxigraph)
    store = make_store(None, [article_facts(0)])
    graph = NamedNode(article_iri(article_facts(0).article).value)
    http = HttpClient(None, FAST)
    report = load(store, oxigraph.update_url, update=True, retry=FAST, progress=False,
                  query_endpoint=oxigraph.query_url)
    assert report.ok and report.checked == 1
    # A graph store that adds a triple of its own to every graph it receives (a trigger, an inference rule):
    http.request("POST", oxigraph.update_url, f"INSERT DATA {{ GRAPH {graph} {{ <urn:x> <urn:y> <urn:z> }} }}".encode(),
                 {"Content-Type": "application/sparql-update"})
    from kg.load import verify

    verify(report, RemoteQuery(oxigraph.query_url), {graph.value: len(store)})
    assert report.mismatches == [{"graph": graph.value, "local": len(store), "remote": len(store) + 1}]
    assert "triple counts differ in 1 of" in "\n".join(report.lines())


def test_a_graph_too_big_for_virtuosos_update_parser_is_refused_alone(virtuoso, tmp_path, capsys, monkeypatch):
    """Virtuoso 7.2 cannot parse one update of ~5000 triples: kg sends at most 2000 per request,
    and a single graph above the limit is refused by the server, named in the report, the others loaded."""
    monkeypatch.setenv("KG_STORE_PASSWORD", virtuoso.password)
    clear(virtuoso)
    big = article_facts(1)
    big.persons[0].aliases += [f"Alias {i}" for i in range(5200)]  # 5,200 more triples in one graph
    store = make_store(tmp_path / "store", [article_facts(0), big, *[article_facts(i) for i in range(2, 10)]])
    store.flush()
    report_file = tmp_path / "report.json"
    code, _, err = kg(capsys, "load", "--store", str(tmp_path / "store"), "--update-endpoint", virtuoso.update_url,
                      "--user", "dba", "--report", str(report_file))
    assert code == 1
    report = json.loads(report_file.read_text())
    big_iri = article_iri(big.article).value
    assert [f["graph"] for f in report["failed"]] == [big_iri] and report["not_loaded"] == [big_iri]
    assert len(report["loaded"]) == 9 and report["checked"] == 9 and not report["mismatches"]
    assert "refused: <" + big_iri in err and "HTTP 400" in err
    # The Graph Store protocol takes it.
    code, _, err = kg(capsys, "load", "--store", str(tmp_path / "store"), "--graph-store", virtuoso.store_url,
                      "--user", "dba")
    assert code == 0, err
    assert remote_graphs(virtuoso) == local_graphs(store)
