"""Print query results as a terminal table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import shutil
import sys
from typing import IO

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

from kg import vocab as v

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_SERIALIZED = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}
MAX_CELL = 70


def cell(term) -> str:
    """A term as a person reads it: the value, no quotes or datatypes."""
    return "" if term is None else term.value


def table(results: QuerySolutions, out: IO[str]) -> int:
    """An aligned table that fits a terminal; returns the number of rows."""
    names = [var.value for var in results.variables]
    rows = [[cell(solution[name]) for name in names] for solution in results]
    width = shutil.get_terminal_size((120, 20)).columns
    limit = max(12, min(MAX_CELL, (width - 3 * len(names)) // max(1, len(names))))
    shown = [[(c if len(c) <= limit else c[: limit - 1] + "…").replace("\n", " ") for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in shown]) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in shown:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return len(rows)


def write_results(results, fmt: str, out: IO[str] | None = None) -> None:
    """Write SELECT/ASK results in `fmt`; CONSTRUCT/DESCRIBE results as Turtle."""
    out = out or sys.stdout
    if not isinstance(results, (QuerySolutions, QueryBoolean)):
        data = serialize(results, format=RdfFormat.TURTLE, prefixes=v.PREFIXES)
        out.write(data.decode("utf-8"))
        return
    if fmt == "table":
        if isinstance(results, QueryBoolean):
            out.write(("yes" if bool(results) else "no") + "\n")
        else:
            table(results, out)
        return
    if isinstance(results, QueryBoolean) and fmt != "json":
        out.write(("true" if bool(results) else "false") + "\n")
        return
    data = results.serialize(format=_SERIALIZED[fmt]).decode("utf-8")
    out.write(data if data.endswith("\n") else data + "\n")
