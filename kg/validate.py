"""Check graphs against the SHACL shapes in `shapes/` with pySHACL.

pySHACL needs an rdflib graph, so the data crosses over from Oxigraph once,
as N-Triples; each violation comes back as a plain record naming the focus
node, the path, the message and the article the fact came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import RdfFormat, Store, serialize

from kg import vocab as v
from kg.resources import shape_files
from kg.store import triples

SH = "http://www.w3.org/ns/shacl#"
KG_SOURCE, KG_MENTIONED_IN, KG_SOURCE_FILE = v.SOURCE.value, v.MENTIONED_IN.value, v.SOURCE_FILE.value


@dataclass(frozen=True)
class Violation:
    """One way the graph fails a shape."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None
    source: str | None

    def __str__(self) -> str:
        where = f" (from {self.source})" if self.source else ""
        path = f" {self.path}:" if self.path else ":"
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.severity}: <{self.focus}>{path} {self.message}{value}{where}"


def shapes_graph():
    """All shape files in one rdflib graph."""
    import rdflib

    graph = rdflib.Graph()
    for path in shape_files():
        graph.parse(path, format="turtle")
    return graph


def validate_store(store: Store) -> list[Violation]:
    """Every violation of the shapes by the union of the store's graphs (empty: conforms)."""
    import rdflib
    from pyshacl import validate

    data = rdflib.Graph()
    data.parse(data=serialize(triples(store), format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    _conforms, report, _text = validate(data, shacl_graph=shapes_graph(), inference="none",
                                        abort_on_first=False, allow_warnings=True)
    return [_violation(report, data, result)
            for result in report.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "ValidationResult"))]


def _violation(report, data, result) -> Violation:
    import rdflib

    def one(graph, subject, predicate: str):
        value = graph.value(subject, rdflib.URIRef(predicate))
        return None if value is None else str(value)

    focus = report.value(result, rdflib.URIRef(SH + "focusNode"))
    article = data.value(focus, rdflib.URIRef(KG_SOURCE)) or data.value(focus, rdflib.URIRef(KG_MENTIONED_IN))
    if article is None and (focus, rdflib.URIRef(KG_SOURCE_FILE), None) in data:
        article = focus
    source = None
    if article is not None:
        source = one(data, article, KG_SOURCE_FILE) or str(article)
    severity = one(report, result, SH + "resultSeverity") or SH + "Violation"
    return Violation(
        focus=str(focus),
        path=one(report, result, SH + "resultPath"),
        message=one(report, result, SH + "resultMessage") or "does not conform",
        severity=severity.rsplit("#", 1)[-1],
        value=one(report, result, SH + "value"),
        source=source,
    )
