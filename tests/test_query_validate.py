"""Saved queries, parameter binding, and SHACL validation of hand-made graphs."""

from __future__ import annotations

import json

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import vocab as v
from kg.errors import QueryError, UsageError
from kg.output import write_results
from kg.query import bind_values, refuse_remote, resolve, run_local, saved_queries
from kg.rdf import facts_to_quads
from kg.validate import validate_store

CONTRACT = {"persons": {"name"}, "offices": {"name", "office"}, "meetings": {"meeting", "name", "date"},
            "statements": {"speaker", "quote"}}


@pytest.fixture
def store(facts):
    s = Store()
    s.extend(facts_to_quads(facts))
    return s


def rows(store, name, **params):
    return [{k.value: sol[k.value].value for k in sol_vars if sol[k.value] is not None}
            for sol_vars, sol in _solutions(run_local(store, resolve(name), params))]


def _solutions(results):
    variables = results.variables
    return [(variables, s) for s in results]


def test_every_saved_query_is_described_and_runs(store):
    queries = saved_queries()
    assert {q.name for q in queries} >= {"persons", "offices", "meetings", "statements", "who-met-whom",
                                          "meetings-of", "statements-by", "office-holders", "timeline", "sources"}
    for q in queries:
        assert q.description, q.name
        params = {p: "Verhoeven" for p in q.params}
        assert list(run_local(store, q, params)) is not None


def test_contract_variables(store):
    for name, variables in CONTRACT.items():
        results = run_local(store, resolve(name), {})
        assert variables <= {x.value for x in results.variables}, name


def test_meetings_one_row_per_participant(store):
    got = rows(store, "meetings")
    assert sorted(r["name"] for r in got) == ["Alma Verhoeven", "Tomas Lindqvist"]
    assert {r["date"] for r in got} == {"2025-03-11"}


def test_param_matches_surname_any_case(store):
    assert [r["with"] for r in rows(store, "meetings-of", person="verhoeven")] == ["Tomas Lindqvist"]
    assert [r["quote"] for r in rows(store, "statements-by", person="Alma Verhoeven")] == ["We agree on every point"]
    assert rows(store, "meetings-of", person="Nobody") == []


@pytest.mark.parametrize("evil", ['" || true || "', '"} UNION { ?a ?b ?c } #', "x\" . } #\n", "\\", "\\u0022",
                                  "'; DROP GRAPH <x>", "}}}{{{", "Verhoeven\n# comment"])
def test_injection_attempts_match_nothing(store, evil):
    assert rows(store, "meetings-of", person=evil) == []
    assert rows(store, "timeline", person=evil) == []


def test_bind_values_ignores_where_inside_strings_and_comments():
    text = 'SELECT ?x # WHERE { fake\nWHERE { ?x ?p "WHERE {" }'
    bound = bind_values(text, {"person": 'a"b'})
    assert bound.index("VALUES") > bound.index('\nWHERE {')
    assert '"a\\"b"' in bound


def test_missing_and_unknown_params(store):
    with pytest.raises(UsageError, match="--param person"):
        run_local(store, resolve("meetings-of"), {})
    with pytest.raises(UsageError, match="no parameter"):
        run_local(store, resolve("meetings-of"), {"person": "x", "nobody": "y"})


def test_unknown_query_name_lists_saved_ones():
    with pytest.raises(UsageError, match="who-met-whom"):
        resolve("no-such-query")


def test_service_and_load_refused_unless_allowed():
    with pytest.raises(QueryError, match="--allow-remote"):
        refuse_remote("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    refuse_remote('SELECT * WHERE { ?s ?p "SERVICE" } # LOAD')  # in a string or comment: fine


def test_json_output_is_sparql_results_json(store, capsys):
    write_results(run_local(store, resolve("statements"), {}), "json")
    data = json.loads(capsys.readouterr().out)
    assert data["results"]["bindings"][0]["speaker"]["value"] == "Alma Verhoeven"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_other_output_formats(store, capsys, fmt):
    write_results(run_local(store, resolve("persons"), {}), fmt)
    assert "Tomas Lindqvist" in capsys.readouterr().out


def test_hand_made_graph_conforms(store):
    assert validate_store(store) == []


def test_violations_name_focus_path_and_source(store, facts):
    graph = next(iter(store.named_graphs()))
    meeting = next(q.subject for q in store.quads_for_pattern(None, v.TYPE, v.MEETING))
    # a date after publication and a second date: two violations, both traced to the article
    store.add(Quad(meeting, v.DATE, Literal("2099-01-01", datatype=v.XSD_DATE), graph))
    statement = next(q.subject for q in store.quads_for_pattern(None, v.TYPE, v.STATEMENT))
    store.remove(next(iter(store.quads_for_pattern(statement, v.SPEAKER, None))))
    store.add(Quad(NamedNode("https://example.org/x"), v.TYPE, v.MEETING, graph))
    violations = validate_store(store)
    messages = " | ".join(str(x) for x in violations)
    assert "after its article's publication date" in messages
    assert "at most one date" in messages
    assert "exactly one speaker" in messages
    assert "at least two participants" in messages
    assert all(x.source == facts.article.where for x in violations if x.focus != "https://example.org/x")
