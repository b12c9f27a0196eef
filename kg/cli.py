"""The `kg` command line: a thin layer over the library.

Heavy imports (spaCy, pySHACL, rdflib) happen inside the commands that need
them, so `kg --help` and `kg queries` start at once. Every KgError becomes one
line on stderr and its exit code; `--debug` shows the traceback too.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kg import __version__
from kg.errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, KgError

EXIT_CODES = """exit codes:
  0  success (extract: every article extracted; validate: the graph conforms)
  1  failure (extract: nothing could be extracted; validate: the graph does not conform)
  2  usage error: bad arguments, unknown query, missing file, refused query, store missing or in use
  3  extract finished, but some articles were skipped (each named in a warning)
130  interrupted (Ctrl-C); the store keeps every article written before"""


class Parser(argparse.ArgumentParser):
    """argparse whose usage errors exit 2 with a hint, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"kg: error: {message}\nRun `{self.prog} --help` for examples.\n")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def _store_path(args: argparse.Namespace) -> Path:
    from kg.store import default_store_path

    return Path(args.store) if args.store else default_store_path()


def cmd_extract(args: argparse.Namespace) -> int:
    """Read, parse, extract and store or write."""
    from kg.parallel import make_executor
    from kg.pipeline import Summary, run_to_memory, run_to_store, write_file
    from kg.read import read_articles
    from kg.store import format_for, open_store

    paths = [Path(p) for p in args.paths]
    out = Path(args.output) if args.output else None
    fmt = format_for(out, args.format) if out else None
    summary = Summary()
    articles = read_articles(paths, args.date, summary.warn)
    if out is not None:
        with make_executor(args.executor, args.jobs, args.scheduler) as executor:
            graph = run_to_memory(articles, summary, executor=executor)
        write_file(graph, out, fmt)
        target = str(out)
    else:
        location = _store_path(args)
        store = open_store(location)
        with make_executor(args.executor, args.jobs, args.scheduler) as executor:
            run_to_store(store, articles, summary, force=args.force, executor=executor)
        store.flush()
        target = f"store {location}"
    print(f"kg: {summary.line()} -> {target}", file=sys.stderr)
    if summary.articles == 0 and summary.unchanged == 0:
        if not summary.problems:
            print("kg: no articles found (looked for .txt, .html, .htm and .jsonl files)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if summary.skipped else EXIT_OK


def _graph(args: argparse.Namespace, files: Sequence[str]):
    """The graph files given, loaded in memory, or the embedded store read-only."""
    from kg.store import load_files, open_store

    if files:
        return load_files([Path(f) for f in files])
    return open_store(_store_path(args), read_only=True)


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_store

    violations = validate_store(_graph(args, args.files))
    for violation in violations:
        print(violation)
    errors = [v for v in violations if v.severity == "Violation"]
    if errors:
        print(f"kg: the graph does not conform: {len(errors)} violation(s)", file=sys.stderr)
        return EXIT_FAILED
    print("kg: the graph conforms to the shapes", file=sys.stderr)
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from kg.output import write_results
    from kg.query import parse_params, resolve, run_local

    query = resolve(args.query)
    params = parse_params(args.param)
    if args.endpoint:
        from kg.remote import run_remote

        if args.files or args.store:
            from kg.errors import UsageError

            raise UsageError("--endpoint queries the remote store; leave out GRAPH_FILE and --store")
        results = run_remote(args.endpoint, args.user, query, params, allow_remote=args.allow_remote)
    else:
        results = run_local(_graph(args, args.files), query, params, allow_remote=args.allow_remote)
    try:
        write_results(results, args.format)
    except BrokenPipeError:
        raise
    except OSError as err:  # results are computed lazily: a failing SERVICE call surfaces here
        from kg.errors import QueryError

        raise QueryError(f"{query.path}: the query failed: {' '.join(str(err).split())}") from err
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    """Load the embedded store or graph files into a remote triple store (kg/load.py)."""
    from kg.errors import AuthError, RemoteError, UsageError
    from kg.load import check_shapes, load
    from kg.remote import Credentials, RetryPolicy, default_query_endpoint, split_url

    if bool(args.graph_store) == bool(args.update_endpoint):
        raise UsageError("give one of --graph-store URL or --update-endpoint URL")
    url, user = split_url(args.graph_store or args.update_endpoint, args.user)
    query_endpoint = None
    if not args.no_check:
        query_endpoint = args.query_endpoint or default_query_endpoint(url)
        if query_endpoint is None:
            raise UsageError(f"cannot tell the SPARQL query endpoint that goes with {url}; pass --query-endpoint URL "
                             "(or --no-check to skip comparing the triple counts)")
        query_endpoint, _ = split_url(query_endpoint, None)
    credentials = Credentials.from_env(user)
    store = _graph(args, args.files)
    check_shapes(store)
    retry = RetryPolicy(retries=args.retries, delay=args.retry_delay, timeout=args.timeout)
    report = load(store, url, update=bool(args.update_endpoint), credentials=credentials,
                  query_endpoint=query_endpoint, retry=retry, batch_size=args.batch_size)
    for line in report.lines():
        print(line, file=sys.stderr)
    if args.report:
        report.write(Path(args.report))
    if report.ok:
        return EXIT_OK
    if report.auth_failed:
        raise AuthError(report.error)
    raise RemoteError(report.error or report.check_error or "the triple counts on the server differ from here")


def cmd_queries(args: argparse.Namespace) -> int:
    from kg.query import saved_queries

    for query in saved_queries():
        print(f"{query.name:<16} {query.description}")
        for name, text in query.params.items():
            print(f"{'':<16}   --param {name}=VALUE  {text}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.store import export, format_for, open_store

    out = Path(args.output) if args.output else None
    fmt = format_for(out, args.format)
    store = open_store(_store_path(args), read_only=True)
    if out is None:
        export(store, sys.stdout.buffer, fmt)
        sys.stdout.flush()
    else:
        from kg.pipeline import write_file

        write_file(store, out, fmt)
        print(f"kg: wrote {out} ({fmt})", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with an example in every help text."""
    formats = "turtle, trig, nt, nq, jsonld"
    parser = Parser(
        prog="kg",
        description="News articles in, an RDF knowledge graph out: who holds which office, "
                    "who met whom and when, who said what, each fact traced to its sentence.",
        epilog="examples:\n  kg extract articles/\n  kg query who-met-whom\n"
               "  kg query meetings-of --param person=Okafor\n  kg export -o graph.trig\n\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help_text: str, example: str):
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=f"example:\n  {example}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
        return p

    store_help = "the embedded store's folder (default: $KG_STORE or ~/.local/share/kg/store)"

    p = command("extract", "Extract facts from articles into the embedded store or a file.",
                "kg extract articles/ notes.txt feed.jsonl\n  kg extract article.txt -o article.ttl\n\n"
                "Articles: .txt whose first line starts ' date YYYY-MM-DD', .html pages, .jsonl with\n"
                "one {\"text\", \"date\", \"url\", \"title\"} object per line. Folders are searched recursively.\n"
                "Unchanged articles already in the store are skipped.\n\n" + EXIT_CODES)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("-o", "--output", metavar="FILE", help="write the graph to FILE instead of the store")
    p.add_argument("--format", choices=["turtle", "trig", "nt", "nq", "jsonld"],
                   help=f"output format ({formats}; default: from FILE's extension)")
    p.add_argument("--store", metavar="DIR", help=store_help)
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that do not give one")
    p.add_argument("--force", action="store_true", help="extract again even articles that did not change")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="parse in N worker processes, each loading the model once (default: 1); "
                        "the graph is the same as with 1")
    p.add_argument("--executor", choices=["local", "processes", "dask"],
                   help="where extraction runs: this process (local), --jobs worker processes (processes), "
                        "or a Dask cluster (dask, needs pip install 'kg-news[dask]'); "
                        "default: processes if --jobs > 1, dask if --scheduler is given, else local")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="the Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --executor dask; "
                        "without it, --executor dask starts a local cluster of --jobs workers)")
    p.set_defaults(func=cmd_extract)

    p = command("validate", "Check a graph against the SHACL shapes; exit 1 if it does not conform.",
                "kg validate\n  kg validate article.ttl")
    p.add_argument("files", nargs="*", metavar="FILE", help="graph files (default: the embedded store)")
    p.add_argument("--store", metavar="DIR", help=store_help)
    p.set_defaults(func=cmd_validate)

    p = command("query", "Run a saved query (see `kg queries`) or your own .rq file.",
                "kg query who-met-whom\n  kg query meetings-of --param person=Okafor --format csv\n"
                "  kg query my-query.rq graph.ttl --format json")
    p.add_argument("query", metavar="NAME|FILE.rq", help="a saved query's name or a SPARQL file")
    p.add_argument("files", nargs="*", metavar="GRAPH_FILE", help="graph files (default: the embedded store)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a query parameter, bound as a literal (repeatable)")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table",
                   help="table (default), csv, tsv or json (W3C SPARQL 1.1 Query Results JSON)")
    p.add_argument("--store", metavar="DIR", help=store_help)
    p.add_argument("--allow-remote", action="store_true", help="allow SERVICE and LOAD, which contact other servers")
    p.add_argument("--endpoint", metavar="URL",
                   help="query this remote SPARQL endpoint instead (e.g. http://localhost:7878/query)")
    p.add_argument("--user", metavar="NAME", help="user name for --endpoint; the password is read from the "
                   "environment variable KG_STORE_PASSWORD")
    p.set_defaults(func=cmd_query)

    p = command("load", "Load the embedded store or graph files into a triple store over the SPARQL 1.1 protocols.",
                "kg load --graph-store http://localhost:7878/store\n"
                "  read -rs KG_STORE_PASSWORD; export KG_STORE_PASSWORD\n"
                "  kg load --graph-store http://localhost:8890/sparql-graph-crud-auth --user dba\n"
                "  kg load graph.trig --update-endpoint http://localhost:7878/update\n\n"
                "Each article graph is replaced as a whole; loading again is safe and finishes an interrupted load.\n"
                "The data is checked against the SHACL shapes first; nothing is sent unless it conforms.\n"
                "Afterwards the triple count of each graph on the server is compared with the local one.\n\n"
                "exit codes: 0 every graph loaded and checked; 1 the load or the check failed (the report\n"
                "on stderr names the graphs not loaded); 2 usage error")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="graph files (TriG/N-Quads keep their graphs; Turtle/N-Triples go to a graph named after "
                        "the file); default: the embedded store, one graph per article")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--graph-store", metavar="URL", help="SPARQL 1.1 Graph Store endpoint: PUT each graph")
    target.add_argument("--update-endpoint", metavar="URL",
                        help="SPARQL 1.1 Update endpoint: DROP + INSERT DATA each batch of graphs in one request")
    p.add_argument("--query-endpoint", metavar="URL", help="SPARQL query endpoint for the count check (default: "
                   "guessed for Oxigraph, Virtuoso, Fuseki and GraphDB)")
    p.add_argument("--user", metavar="NAME", help="user name (HTTP Basic or Digest, as the server asks); the "
                   "password is read from the environment variable KG_STORE_PASSWORD")
    p.add_argument("--store", metavar="DIR", help=store_help)
    p.add_argument("--batch-size", type=int, metavar="N", help="graphs per update request (default 64; Graph "
                   "Store: always 1)")
    p.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries of a request after a transient failure (default 3)")
    p.add_argument("--retry-delay", type=float, default=0.5, metavar="SECONDS",
                   help="first wait before a retry, doubled each time (default 0.5)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default 60)")
    p.add_argument("--no-check", action="store_true", help="do not compare the triple counts after the load")
    p.add_argument("--report", metavar="FILE", help="also write the report as JSON (every graph named)")
    p.set_defaults(func=cmd_load)

    p = command("queries", "List the saved queries with their descriptions and parameters.", "kg queries")
    p.set_defaults(func=cmd_queries)

    p = command("export", "Write the embedded store as RDF (TriG keeps one named graph per article).",
                "kg export -o graph.trig\n  kg export --format nt > graph.nt")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--format", choices=["turtle", "trig", "nt", "nq", "jsonld"],
                   help=f"{formats} (default: from FILE's extension, else turtle)")
    p.add_argument("--store", metavar="DIR", help=store_help)
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run kg; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    debug = args.debug or os.environ.get("KG_DEBUG") == "1"
    try:
        return args.func(args)
    except KgError as err:
        if debug:
            raise
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; the store keeps every article written before this point", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # noqa: BLE001  # a bug: say so, briefly, unless --debug
        if debug:
            raise
        print(f"kg: internal error: {type(err).__name__}: {err} (run with --debug for the traceback, "
              "and please report it)", file=sys.stderr)
        return EXIT_FAILED


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
