"""kg's speed, memory and scale against the bare parts it is built on.

    python bench/throughput.py            # a few minutes on 2 cores (`make bench`)
    python bench/throughput.py --big      # adds peak RSS after 1,000 and 20,000 articles

What it measures, on one machine in one run:

1. The bare spaCy pipeline: `nlp.pipe` over the article texts, with the model,
   batch size and excluded components kg uses (kg.nlp), and nothing else.
2. `kg extract` of the same articles (a folder of .txt files) into a fresh
   embedded store, in one process and with `--jobs 2`, then once more over the
   same folder, when every article is unchanged and skipped by content hash.
3. With --big: peak RSS of `kg extract` after 1,000 and after 20,000 articles
   streamed from a JSONL file.
4. At about 1,000,000 triples (synthetic facts, bulk-loaded): `kg query`
   (who-met-whom, a join) and `kg export` against pyoxigraph doing the same.

Every measurement runs in a fresh Python process (this script with --child),
so peak RSS is that run's own. Model load is timed separately in every
extraction run and left out of articles/s and words/s: the bare pipeline
loads the model before its clock starts, and kg's executor is started (the
model loaded in this process or in each worker) before kg's clock starts.
kg's clock then covers what `kg extract` does: read the files, hash, parse,
extract, build the quads and write the store (kg.read.read_articles ->
kg.pipeline.run_to_store -> flush, the calls `kg extract` makes). Each
timed run is repeated (--repeat, default 3) alternately (bare, kg, kg
--jobs, bare, kg, ...), so a burst of load from other processes hits one
attempt rather than one kind of run; every attempt is printed, with its own
ratio, and the best run of each kind counts (the medians are printed too).
Articles are generated from examples/ (names, dates and paragraph
mixes varied with a fixed seed), so runs are repeatable.

The last line is `ratio X.XX`: kg's articles/s in one process over the bare
pipeline's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

FIRST = ("Amara Bruno Carla Dmitri Elena Farid Greta Hector Ingrid Jonas Keiko Lars Mirela Nadia Oskar Paula "
         "Quentin Rosa Stefan Tariq Ursula Viktor Wanda Xavier Yara Zoltan Alice Bernard Chiara Diego Esther "
         "Felix Gloria Hugo Irene Jakob Leila Marco Nora Pavel").split()
LAST = ("Abara Bergstrom Castillo Dimitrov Eriksen Fontaine Galvez Haddad Ivanova Jensen Kowalski Laurent "
        "Moreau Nakamura Olsen Petrovic Quinn Rahman Sato Tanaka Ueda Varga Weber Xu Yilmaz Zapata Andersson "
        "Bianchi Costa Duarte Engel Fischer Gruber Horvath Iqbal Janssen Keller Lindgren Mendes Novak").split()


# ---------------------------------------------------------------- articles


def example_articles() -> list:
    """The example articles, read by kg's own reader (text after the date header)."""
    from kg.read import read_articles

    articles = list(read_articles([EXAMPLES], None, lambda problem: None))
    if not articles:
        raise SystemExit(f"no example articles in {EXAMPLES}")
    return articles


def person_names(texts: list[str]) -> list[str]:
    """Names of persons in the example texts, by the model's entity recogniser (once)."""
    from kg.nlp import load_pipeline

    names: set[str] = set()
    for doc in load_pipeline().pipe(texts):
        names.update(e.text for e in doc.ents if e.label_ == "PERSON" and " " in e.text.strip())
    return sorted(names, key=lambda name: (-len(name), name))  # no set order: the same in every process


class Generator:
    """Deterministic variants of the example articles: new names, dates and paragraph mixes."""

    def __init__(self, seed: int = 5):
        examples = example_articles()
        self.bases = [(a.text, a.published or date(2024, 1, 1)) for a in examples]
        self.names = person_names([t for t, _ in self.bases])
        self.random = random.Random(seed)

    def rename(self, text: str) -> str:
        mapping: dict[str, str] = {}
        for name in self.names:
            first, last = self.random.choice(FIRST), self.random.choice(LAST)
            mapping[name] = f"{first} {last}"
            mapping.setdefault(name.split()[-1], last)
        pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b")
        return pattern.sub(lambda m: mapping[m.group(1)], text)

    def article(self) -> tuple[str, date]:
        text, published = self.random.choice(self.bases)
        text = self.rename(text)
        if self.random.random() < 0.5:  # a longer article: another story's paragraphs appended
            other, _ = self.random.choice(self.bases)
            text = text.rstrip() + "\n\n" + self.rename(other)
        return text, published + timedelta(days=self.random.randrange(0, 700))

    def articles(self, count: int):
        for number in range(count):
            text, published = self.article()
            yield number, text, published


def write_folder(folder: Path, count: int, generator: Generator) -> None:
    folder.mkdir(parents=True)
    for number, text, published in generator.articles(count):
        (folder / f"article-{number:05d}.txt").write_text(f" date {published.isoformat()} {text}", encoding="utf-8")


def write_jsonl(path: Path, count: int, generator: Generator) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for number, text, published in generator.articles(count):
            record = {"date": published.isoformat(), "url": f"https://example.org/bench/{number}",
                      "title": f"Article {number}", "text": text}
            out.write(json.dumps(record) + "\n")


# ---------------------------------------------------------------- children: one measurement each


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def read_texts(folder: Path) -> list[str]:
    """The texts kg parses, read by kg's reader (outside any clock)."""
    from kg.read import read_articles

    return [a.text for a in read_articles([folder], None, lambda problem: None)]


def child_bare(folder: Path) -> dict:
    from kg.nlp import BATCH_SIZE, load_pipeline

    texts = read_texts(folder)
    start = time.perf_counter()
    nlp = load_pipeline()
    loaded, cpu = time.perf_counter(), cpu_seconds()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        tokens += len(doc)
    done = time.perf_counter()
    return {"load": loaded - start, "run": done - loaded, "cpu": cpu_seconds() - cpu, "articles": len(texts),
            "tokens": tokens, "rss": peak_rss_mb()}


def kg_extract(paths: list[Path], store_path: Path, executor):
    """What `kg extract PATHS --store DIR` does (kg.cli.cmd_extract), with a started executor."""
    from kg.pipeline import Summary, run_to_store
    from kg.read import read_articles
    from kg.store import open_store

    summary = Summary()
    store = open_store(store_path)
    run_to_store(store, read_articles(paths, None, summary.warn), summary, executor=executor)
    store.flush()
    del store
    return summary


def child_kg(folder: Path, store_path: Path, jobs: int, again: bool) -> dict:
    from kg.parallel import make_executor

    start = time.perf_counter()
    executor = make_executor(None, jobs, None).start()
    loaded, cpu = time.perf_counter(), cpu_seconds()  # with --jobs, "cpu" is the parent's own
    with executor, contextlib.redirect_stderr(io.StringIO()) as warnings:
        summary = kg_extract([folder], store_path, executor)
        done = time.perf_counter()
        own = resource.getrusage(resource.RUSAGE_SELF)
        result = {"load": loaded - start, "run": done - loaded, "articles": summary.articles,
                  "cpu": own.ru_utime + own.ru_stime - cpu,
                  "triples": summary.triples, "problems": len(summary.problems), "line": summary.line()}
        if again:
            summary = kg_extract([folder], store_path, executor)
            result.update(again_run=time.perf_counter() - done, again_articles=summary.articles,
                          again_unchanged=summary.unchanged, again_line=summary.line())
    result["warnings"] = warnings.getvalue()[-2000:]
    result["rss"] = peak_rss_mb()
    result["rss_workers"] = peak_rss_mb(children=True)
    return result


def child_stream(jsonl: Path, store_path: Path, jobs: int) -> dict:
    from kg.parallel import make_executor

    start = time.perf_counter()
    executor = make_executor(None, jobs, None).start()
    loaded = time.perf_counter()
    with executor, contextlib.redirect_stderr(io.StringIO()):
        summary = kg_extract([jsonl], store_path, executor)
    return {"load": loaded - start, "run": time.perf_counter() - loaded, "articles": summary.articles,
            "triples": summary.triples, "rss": peak_rss_mb(), "rss_workers": peak_rss_mb(children=True)}


def child_query(store_path: Path, out_dir: Path, repeat: int) -> dict:
    """kg query / kg export against pyoxigraph directly, alternately, best of `repeat`."""
    from pyoxigraph import QueryResultsFormat, RdfFormat, Store

    from kg.cli import main
    from kg.query import resolve
    from kg.vocab import PREFIXES

    text = resolve("who-met-whom").text
    kg_out, direct_out = out_dir / "kg.out", out_dir / "direct.out"

    def kg_query(fmt: str):
        with open(kg_out, "w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
            code = main(["query", "who-met-whom", "--store", str(store_path), "--format", fmt])
        assert code == 0, code

    def direct_query(fmt: QueryResultsFormat):
        store = Store.read_only(str(store_path))
        results = store.query(text, use_default_graph_as_union=True)
        with open(direct_out, "wb") as out:
            results.serialize(out, fmt)

    def kg_export(fmt: str):
        with contextlib.redirect_stderr(io.StringIO()):
            code = main(["export", "--store", str(store_path), "--format", fmt, "-o", str(kg_out)])
        assert code == 0, code

    def direct_export(fmt: RdfFormat):  # the same prefixes as kg writes, where the format has them
        store = Store.read_only(str(store_path))
        with open(direct_out, "wb") as out:
            store.dump(out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TRIG else None)

    cases = {
        "kg query who-met-whom --format csv": (lambda: kg_query("csv"), lambda: direct_query(QueryResultsFormat.CSV)),
        "kg query who-met-whom (table)": (lambda: kg_query("table"), lambda: direct_query(QueryResultsFormat.TSV)),
        "kg export --format nq": (lambda: kg_export("nq"), lambda: direct_export(RdfFormat.N_QUADS)),
        "kg export --format trig": (lambda: kg_export("trig"), lambda: direct_export(RdfFormat.TRIG)),
    }
    direct_query(QueryResultsFormat.CSV)  # untimed: the first reader of the store pays for the disk
    result = {}
    for name, (kg_run, direct_run) in cases.items():
        best = {"kg": float("inf"), "direct": float("inf"), "kg_cpu": float("inf"), "direct_cpu": float("inf")}
        for _ in range(repeat):
            for run, which in ((kg_run, "kg"), (direct_run, "direct")):
                start, cpu = time.perf_counter(), time.process_time()
                run()
                best[which] = min(best[which], time.perf_counter() - start)
                best[which + "_cpu"] = min(best[which + "_cpu"], time.process_time() - cpu)
        with open(kg_out, "rb") as written:
            best["lines"] = sum(1 for _ in written)
        result[name] = best
    return result


CHILDREN = {"bare": child_bare, "kg": child_kg, "stream": child_stream, "query": child_query}


def child_main(argv: list[str]) -> None:
    mode, kwargs = argv[0], json.loads(argv[1])
    for key, value in list(kwargs.items()):
        if key in ("folder", "store_path", "jsonl", "out_dir"):
            kwargs[key] = Path(value)
    result = CHILDREN[mode](**kwargs)
    print("RESULT " + json.dumps(result), flush=True)


def run_child(mode: str, **kwargs) -> dict:
    args = {k: str(v) if isinstance(v, Path) else v for k, v in kwargs.items()}
    proc = subprocess.run([sys.executable, __file__, "--child", mode, json.dumps(args)],
                          capture_output=True, text=True, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-5000:])
    raise SystemExit(f"benchmark child {mode} failed (exit {proc.returncode})")


# ---------------------------------------------------------------- synthetic triples


def _span(text: str, n: int):
    from kg.records import Span

    return Span(n * 20, n * 20 + 19, text[n * 20: n * 20 + 19])


def synthetic_store(store_path: Path, work: Path, triples: int, seed: int = 7) -> tuple[int, int, float]:
    """About `triples` quads from synthetic Facts via kg.rdf.facts_to_quads, bulk-loaded.

    Returns (quads, articles, seconds to load).
    """
    from pyoxigraph import RdfFormat, Store, serialize

    from kg.rdf import facts_to_quads
    from kg.records import Article, Facts, Meeting, Office, Person, Statement

    rng = random.Random(seed)
    people = [f"{first} {last}" for first in FIRST for last in LAST]  # 1,600 names that recur across articles
    offices = ["Foreign Minister", "Mayor", "Trade Secretary", "Prime Minister", "Governor", "Chancellor"]
    dump = work / "synthetic.nq"
    quads = articles = 0
    with open(dump, "wb") as out:
        while quads < triples:
            text = f"Synthetic article {articles}. " * 20
            article = Article(key=f"https://example.org/synthetic/{articles}", text=text,
                              published=date(2020, 1, 1) + timedelta(days=articles % 2000),
                              source="synthetic.jsonl", line=articles + 1,
                              url=f"https://example.org/synthetic/{articles}", title=f"Synthetic {articles}")
            names = rng.sample(people, 5)
            facts = Facts(article, persons=[Person(f"p{i}", n, aliases=[n.split()[-1]]) for i, n in enumerate(names)])
            facts.offices = [Office(f"p{i}", rng.choice(offices), _span(text, i)) for i in range(3)]
            facts.meetings = [Meeting(["p0", f"p{i}"], rng.choice(["meeting", "call", "visit"]), _span(text, 3 + i),
                                      date=article.published, place="Kessel") for i in (1, 2, 3)]
            facts.statements = [Statement(f"p{i}", f"Quote number {i} of article {articles}.", _span(text, 7 + i))
                                for i in range(4)]
            batch = facts_to_quads(facts)
            serialize(batch, out, RdfFormat.N_QUADS)
            quads += len(batch)
            articles += 1
    start = time.perf_counter()
    store = Store(str(store_path))
    store.bulk_load(path=str(dump), format=RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    del store
    dump.unlink()
    return quads, articles, seconds


# ---------------------------------------------------------------- report


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.1f}" if seconds > 0 else "-"


def query_part(args: argparse.Namespace, work: Path) -> None:
    """kg query and kg export at about --triples quads against pyoxigraph directly."""
    store_path = work / "synthetic-store"
    quads, articles, load_s = synthetic_store(store_path, work, args.triples)
    print(f"\n{quads:,} quads from {articles:,} synthetic articles (kg.rdf.facts_to_quads), "
          f"bulk_load {load_s:.1f} s; best of {args.repeat} alternate runs:")
    q = run_child("query", store_path=store_path, out_dir=work, repeat=args.repeat)
    header = (f"{'operation':<38} {'kg s':>7} {'pyoxigraph s':>13} {'kg/direct':>10} {'cpu kg/direct':>14} "
              f"{'lines':>10}")
    print(header)
    print("-" * len(header))
    for name, r in q.items():
        print(f"{name:<38} {r['kg']:>7.2f} {r['direct']:>13.2f} {r['kg'] / r['direct']:>9.2f}x "
              f"{r['kg_cpu'] / r['direct_cpu']:>13.2f}x {r['lines']:>10,}")
    print("  (pyoxigraph direct: Store.read_only + query(..., use_default_graph_as_union=True) + serialize, "
          "or Store.dump; the table row's direct side writes TSV)")


def big_part(args: argparse.Namespace, work: Path) -> None:
    """Peak RSS of kg extract after N articles streamed from a JSON-lines file, for each N."""
    print(f"\npeak RSS of kg extract streaming a JSONL file (--jobs {args.big_jobs}):")
    print(f"{'articles':>9} {'run s':>8} {'articles/s':>11} {'triples':>9} {'peak RSS MB':>22}")
    for count in args.big_counts:
        jsonl = work / f"stream-{count}.jsonl"
        write_jsonl(jsonl, count, Generator(seed=11))
        r = run_child("stream", jsonl=jsonl, store_path=work / f"stream-store-{count}", jobs=args.big_jobs)
        rss = f"{r['rss']:,.0f}" + (f" + {r['rss_workers']:,.0f}/worker" if args.big_jobs > 1 else "")
        print(f"{r['articles']:>9,} {r['run']:>8.1f} {rate(r['articles'], r['run']):>11} "
              f"{r['triples']:>9,} {rss:>22}", flush=True)
        jsonl.unlink()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="articles in the throughput runs (default 400)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="alternate runs of each kind (default 3); the best counts, all are printed")
    parser.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (default 2)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the query/export store")
    parser.add_argument("--big", action="store_true", help="also peak RSS after 1,000 and 20,000 streamed articles")
    parser.add_argument("--big-jobs", type=int, default=1, help="processes for the --big runs (default 1)")
    parser.add_argument("--big-counts", type=lambda v: [int(n) for n in v.split(",")], default=[1_000, 20_000],
                        metavar="N,N", help="article counts of the --big runs (default 1000,20000)")
    parser.add_argument("--big-only", action="store_true", help="run only the --big part (no ratio line)")
    parser.add_argument("--query-only", action="store_true", help="run only the query/export part (no ratio line)")
    args = parser.parse_args()

    import pyoxigraph
    import spacy

    from kg.nlp import BATCH_SIZE, MODEL_PACKAGE, UNUSED

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        if args.big_only or args.query_only:
            print(f"load average before: {load_average()}")
            big_part(args, work) if args.big_only else query_part(args, work)
            print(f"load average after: {load_average()}")
            return
        generator = Generator()
        folder = work / "articles"
        write_folder(folder, args.articles, generator)
        texts = read_texts(folder)
        words = sum(len(t.split()) for t in texts)

        print(f"kg benchmark: {len(texts)} articles, {words:,} words, generated from {EXAMPLES.name}/ "
              f"({len(generator.bases)} articles, seed 5)")
        print(f"machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
              f"spaCy {spacy.__version__}, pyoxigraph {pyoxigraph.__version__}")
        print(f"load average before: {load_average()} (other processes on the cores make wall times noisy; "
              "cpu s is not)")
        print(f"model {MODEL_PACKAGE}, batch size {BATCH_SIZE}, excluded in both: {', '.join(UNUSED) or 'none'}")
        print("each run in a fresh process; model load timed separately, not in the rates; "
              f"best of {args.repeat} alternate runs\n")

        runs: dict[str, list[dict]] = {"bare": [], "kg": [], "jobs": []}
        for attempt in range(args.repeat):
            runs["bare"].append(run_child("bare", folder=folder))
            runs["kg"].append(run_child("kg", folder=folder, store_path=work / f"store-1-{attempt}", jobs=1,
                                        again=attempt == 0))
            runs["jobs"].append(run_child("kg", folder=folder, store_path=work / f"store-{args.jobs}-{attempt}",
                                          jobs=args.jobs, again=False))
        best = {k: min(v, key=lambda r: r["run"]) for k, v in runs.items()}
        first_kg = runs["kg"][0]

        header = (f"{'run':<34} {'load s':>7} {'run s':>7} {'cpu s':>7} {'articles/s':>11} {'words/s':>9} "
                  f"{'peak RSS MB':>12}")
        print(header)
        print("-" * len(header))
        labels = {"bare": "bare spaCy nlp.pipe", "kg": "kg extract (1 process)",
                  "jobs": f"kg extract --jobs {args.jobs}"}
        for key, label in labels.items():
            r = best[key]
            rss = f"{r['rss']:,.0f}"
            if key == "jobs":
                rss = f"{r['rss']:,.0f} + {r['rss_workers']:,.0f}/worker"
            print(f"{label:<34} {r['load']:>7.2f} {r['run']:>7.2f} {r['cpu']:>7.2f} {rate(len(texts), r['run']):>11} "
                  f"{rate(words, r['run']):>9} {rss:>12}")
        print(f"{'kg extract again (all unchanged)':<34} {'':>7} {first_kg['again_run']:>7.2f} {'':>7} "
              f"{rate(len(texts), first_kg['again_run']):>11}")
        print(f"  (cpu s: CPU time of the run; for --jobs {args.jobs}, of the parent process alone, "
              "which reads, hashes, builds quads and writes the store)")
        print()
        for key in ("bare", "kg", "jobs"):
            times = ", ".join(f"{r['run']:.2f}" for r in runs[key])
            cpus = ", ".join(f"{r['cpu']:.2f}" for r in runs[key])
            print(f"  {labels[key]}: run s of each attempt: {times}; cpu s: {cpus}")
        for attempt, (bare, one, jobs) in enumerate(zip(runs["bare"], runs["kg"], runs["jobs"], strict=True)):
            print(f"  attempt {attempt + 1}: ratio {bare['run'] / one['run']:.2f}, cpu-time ratio "
                  f"{bare['cpu'] / one['cpu']:.2f}, --jobs {args.jobs} over one process "
                  f"{one['run'] / jobs['run']:.2f}x")
        medians = {k: statistics.median(r["run"] for r in v) for k, v in runs.items()}
        print(f"  medians: ratio {medians['bare'] / medians['kg']:.2f}, --jobs {args.jobs} over one process "
              f"{medians['kg'] / medians['jobs']:.2f}x")
        print(f"  kg summary: {first_kg['line']}")
        print(f"  again:      {first_kg['again_line']}")
        skipped_ok = first_kg["again_unchanged"] == first_kg["articles"] and first_kg["again_articles"] == 0
        print(f"  re-run skipped unchanged articles by content hash: {'yes' if skipped_ok else 'NO'}")
        if first_kg["problems"]:
            print(f"  kg reported {first_kg['problems']} problem(s): {first_kg['warnings'][:300]!r}")
        speedup = best["kg"]["run"] / best["jobs"]["run"]
        print(f"  --jobs {args.jobs} over one process: {speedup:.2f}x")

        if args.big:
            big_part(args, work)

        query_part(args, work)

        ratio = (len(texts) / best["kg"]["run"]) / (len(texts) / best["bare"]["run"])
        cpu_ratio = min(r["cpu"] for r in runs["bare"]) / min(r["cpu"] for r in runs["kg"])
        print(f"\nbenchmark took {time.perf_counter() - began:.0f} s; load average after: {load_average()}")
        print(f"cpu-time ratio {cpu_ratio:.2f} (kg's articles per CPU second over the bare pipeline's)")
        print(f"ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
