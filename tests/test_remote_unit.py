"""kg.remote and kg.load without a triple store: secrets, URLs, update text, retries, usage errors."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.cli import main
from kg.errors import UsageError
from kg.load import graph_names
from kg.remote import (
    Credentials,
    HttpClient,
    RequestFailed,
    RetryPolicy,
    default_query_endpoint,
    public_url,
    scrub,
    split_url,
    update_text,
)
from tests.remote_servers import article_facts, free_port, make_store

SECRET = "s3cr3t-Pa55word"


def test_credentials_never_show_the_password():
    creds = Credentials("alice", SECRET)
    for text in (repr(creds), str(creds), f"{creds}", f"{creds!r}", str([creds]), str({"c": creds})):
        assert SECRET not in text
        assert "alice" in text
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(creds)


def test_password_only_from_the_environment(monkeypatch):
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    assert Credentials.from_env(None) is None
    with pytest.raises(UsageError, match="KG_STORE_PASSWORD"):
        Credentials.from_env("alice")
    monkeypatch.setenv("KG_STORE_PASSWORD", SECRET)
    assert Credentials.from_env("alice").password == SECRET


def test_scrub_removes_passwords_headers_and_user_info():
    creds = Credentials("alice", SECRET)
    import base64

    basic = base64.b64encode(f"alice:{SECRET}".encode()).decode()
    text = (f"failed http://alice:{SECRET}@host:8890/store with {SECRET!r}; "
            f"headers={{'Authorization': 'Basic {basic}'}} Authorization: Digest username=\"alice\", "
            f"response=\"0123456789abcdef\" and {basic}")
    clean = scrub(text, creds)
    assert SECRET not in clean and basic not in clean and "0123456789abcdef" not in clean
    assert "http://host:8890/store" in clean


def test_public_url_and_split_url():
    assert public_url("http://u:p@h:1/x?y=1") == "http://h:1/x?y=1"
    assert public_url("https://h/x") == "https://h/x"
    assert split_url("http://bob@h:1/store", None) == ("http://h:1/store", "bob")
    assert split_url("http://bob@h:1/store", "carol") == ("http://h:1/store", "carol")
    with pytest.raises(UsageError) as err:
        split_url(f"http://bob:{SECRET}@h:1/store", None)
    assert SECRET not in str(err.value) and "KG_STORE_PASSWORD" in str(err.value)
    with pytest.raises(UsageError):
        split_url("ftp://h/store", None)


@pytest.mark.parametrize("url, expected", [
    ("http://localhost:7878/store", "http://localhost:7878/query"),
    ("http://localhost:7878/update", "http://localhost:7878/query"),
    ("http://localhost:8890/sparql-graph-crud-auth", "http://localhost:8890/sparql"),
    ("http://localhost:8890/sparql-graph-crud", "http://localhost:8890/sparql"),
    ("http://localhost:8890/sparql-auth", "http://localhost:8890/sparql"),
    ("http://localhost:3030/news/data", "http://localhost:3030/news/sparql"),
    ("http://localhost:3030/news/update", "http://localhost:3030/news/sparql"),
    ("http://localhost:7200/repositories/news/rdf-graphs/service", "http://localhost:7200/repositories/news"),
    ("http://localhost:7200/repositories/news/statements", "http://localhost:7200/repositories/news"),
    ("http://localhost:9999/something", None),
])
def test_default_query_endpoint(url, expected):
    assert default_query_endpoint(url) == expected


def test_update_text_keeps_hostile_literals_as_data():
    graph = NamedNode("https://w3id.org/newskg/id/article/x")
    hostile = '"} } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e" } #\n\\u0022 \'\'\' """ 🚢'
    quads = [Quad(graph, NamedNode("https://w3id.org/newskg/ontology#quote"), Literal(hostile), graph)]
    store = Store()
    keep = Quad(NamedNode("a:keep"), NamedNode("a:p"), Literal("kept"), NamedNode("a:other"))
    store.add(keep)
    store.update(update_text({graph: quads}).decode("utf-8"))
    assert set(store) == {keep, quads[0]}


def test_graph_names_refuses_default_graph_triples():
    store = make_store(None, [article_facts(0)])
    assert len(graph_names(store)) == 1
    from pyoxigraph import DefaultGraph

    store.add(Quad(NamedNode("a:s"), NamedNode("a:p"), Literal("o"), DefaultGraph()))
    with pytest.raises(UsageError, match="default graph"):
        graph_names(store)


def test_retries_with_exponential_backoff_then_gives_up():
    waits = []
    http = HttpClient(None, RetryPolicy(retries=3, delay=0.5, timeout=2), sleep=waits.append)
    with pytest.raises(RequestFailed) as err:
        http.request("PUT", f"http://127.0.0.1:{free_port()}/store?graph=a:g", b"", {})
    assert waits == [0.5, 1.0, 2.0]
    assert err.value.applied == "no" and "connection refused" in str(err.value)


def test_nothing_listening_gives_a_report_and_exit_1(tmp_path, capsys):
    make_store(tmp_path / "store", [article_facts(i) for i in range(3)])
    code = main(["load", "--store", str(tmp_path / "store"), "--graph-store",
                 f"http://127.0.0.1:{free_port()}/store", "--retry-delay", "0.01",
                 "--report", str(tmp_path / "r.json")])
    err = capsys.readouterr().err
    assert code == 1
    assert "loaded 0 of 3 graphs" in err and "not loaded (3)" in err and "connection refused" in err
    import json

    report = json.loads((tmp_path / "r.json").read_text())
    assert len(report["not_loaded"]) == 3 and report["loaded"] == [] and report["in_doubt"] == []


def test_usage_errors(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    make_store(tmp_path / "store", [article_facts(0)])
    store = ["--store", str(tmp_path / "store")]
    assert main(["load", *store]) == 2
    assert "--graph-store URL or --update-endpoint URL" in capsys.readouterr().err
    assert main(["load", *store, "--graph-store", "http://127.0.0.1:1/store", "--user", "dba"]) == 2
    assert "KG_STORE_PASSWORD" in capsys.readouterr().err
    assert main(["load", *store, "--graph-store", "http://127.0.0.1:1/elsewhere"]) == 2
    assert "--query-endpoint" in capsys.readouterr().err
    assert main(["load", *store, "--graph-store", f"http://dba:{SECRET}@127.0.0.1:1/store"]) == 2
    assert SECRET not in capsys.readouterr().err


def test_remote_query_refuses_updates_and_service(tmp_path, capsys):
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens: refused before any request
    update = tmp_path / "drop.rq"
    update.write_text("DROP ALL")
    assert main(["query", str(update), "--endpoint", url]) == 2
    assert "read-only" in capsys.readouterr().err
    service = tmp_path / "service.rq"
    service.write_text("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert main(["query", str(service), "--endpoint", url]) == 2
    assert "--allow-remote" in capsys.readouterr().err
