"""Real triple stores for the remote tests: Oxigraph's server and Virtuoso Open Source 7.

Each server runs on 127.0.0.1 on a free port with its data in a temporary
folder, started by the tests themselves. Under CI=true a missing server is a
test failure; elsewhere the tests that need it are skipped with the reason.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from kg.records import Article, Facts, Meeting, Office, Person, Span, Statement

ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(reason: str):
    """Fail under CI (the server must be there), skip elsewhere."""
    if ON_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            text = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}: {text}")
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not come up within {timeout} s")


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=1).close()
        return True
    except urllib.error.HTTPError:
        return True  # it answers, even if it refuses this request
    except OSError:
        return False


class Server:
    """A store process on 127.0.0.1 that a test may kill and start again on the same data."""

    name = "server"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.proc: subprocess.Popen | None = None
        self.port = free_port()
        self.log = workdir / f"{self.name}.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        raise NotImplementedError

    def probe_url(self) -> str:
        raise NotImplementedError

    def start(self, timeout: float = 60) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir,
                                         start_new_session=True)
        wait_for(lambda: _answers(self.probe_url()), timeout, self.name, self.proc, self.log)

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, like a crash or a power cut of the process."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


class Oxigraph(Server):
    name = "oxigraph"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        exe = Path(sys.executable).with_name("oxigraph")
        self.exe = str(exe) if exe.exists() else shutil.which("oxigraph")

    def command(self) -> list[str]:
        return [self.exe, "serve", "--location", str(self.workdir / "data"), "--bind", f"127.0.0.1:{self.port}"]

    def probe_url(self) -> str:
        return self.base + "/query?query=ASK%7B%7D"

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    @property
    def update_url(self) -> str:
        return self.base + "/update"

    @property
    def query_url(self) -> str:
        return self.base + "/query"


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = .
; an empty folder: no Conductor package to install at the first start (saves seconds)
VADInstallDir        = {dir}/vad/
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}/vsp
MaxClientConnections = 10
ServerThreads        = 10
MaxKeepAlives        = 10
KeepAliveTimeout     = 10
Charset              = UTF-8
EnabledDavVSP        = 0

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
"""


class Virtuoso(Server):
    """virtuoso-t in the foreground with a throw-away database; the dba password made random."""

    name = "virtuoso"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self.exe = shutil.which("virtuoso-t")
        self.isql = shutil.which("isql-vt") or shutil.which("isql")
        self.sql_port = free_port()
        self.password = "dba"
        (workdir / "vad").mkdir(exist_ok=True)
        (workdir / "vsp").mkdir(exist_ok=True)
        self.ini = workdir / "virtuoso.ini"
        self.ini.write_text(VIRTUOSO_INI.format(dir=workdir, sql_port=self.sql_port, http_port=self.port))

    def command(self) -> list[str]:
        return [self.exe, "+foreground", "+configfile", str(self.ini)]

    def probe_url(self) -> str:
        return self.base + "/sparql?query=ASK%7B%7D"

    def sql(self, statement: str) -> str:
        out = subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", self.password, f"exec={statement}"],
                             capture_output=True, text=True, timeout=30)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql failed on {statement!r}")
        return out.stdout

    def set_random_password(self) -> str:
        """Replace the well-known default dba password, so a test can look for it in kg's output."""
        new = "pw" + secrets.token_hex(8)  # letters and digits: isql takes it unquoted
        self.sql(f"SET PASSWORD {self.password} {new}")
        self.password = new
        self.sql("checkpoint")
        return new

    @property
    def store_url(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    @property
    def update_url(self) -> str:
        return self.base + "/sparql-auth"

    @property
    def query_url(self) -> str:
        return self.base + "/sparql"


def start_oxigraph(workdir: Path) -> Oxigraph:
    server = Oxigraph(workdir)
    if not server.exe:
        unavailable("the oxigraph server is not installed (pip install oxigraph)")
    server.start(timeout=30)
    return server


def start_virtuoso(workdir: Path) -> Virtuoso:
    server = Virtuoso(workdir)
    if not server.exe or not server.isql:
        unavailable("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    server.start(timeout=90)
    return server


# --- data -------------------------------------------------------------------------------------------

def article_facts(n: int, version: int = 1, extra_statements: int = 0) -> Facts:
    """Article n's facts, made by hand (no extraction rules involved); version changes its content.

    Names and quotes carry accents, an emoji, quotes, a backslash and a newline:
    every store has to keep them exactly.
    """
    names = ["José Núñez", "Zoë Ångström", "Li Wěi", "Ngozi Okonkwo-Adébáyọ̀"]
    a, b = names[n % len(names)], names[(n + 1) % len(names)]
    quote = f'Version {version} of "our" plan \\ for port {n} 🚢 is final'
    text = f"{a} met {b} in Kessel on Monday.\n{quote}, {a} said. Revision {version}."
    article = Article(f"remote-test-{n}.txt", text, date(2025, 3, 14), f"remote-test-{n}.txt")
    first = text.index(".") + 1
    sentence = Span(0, first, text[:first])
    start = text.index(quote)
    statements = [Statement("p1", quote, Span(start, start + len(quote), quote))]
    for i in range(extra_statements):
        s = text.index("Revision")
        statements.append(Statement("p2", f"Revision {version}.{i}", Span(s + i, s + i + 8, text[s + i:s + i + 8])))
    return Facts(
        article,
        persons=[Person("p1", a, [a.split()[-1]]), Person("p2", b, [b.split()[-1]]),
                 Person("p3", "senior harbour official", anonymous=True)],
        offices=[Office("p1", f"Harbour Master of Port {n}", sentence, former=version % 2 == 0),
                 Office("p2", "Mayor of Kessel", sentence)],
        meetings=[Meeting(["p1", "p2"], "meeting", sentence, date(2025, 3, 10), "Kessel")],
        statements=statements,
    )


def make_store(path: Path | None, articles: list[Facts]):
    """An embedded store (or an in-memory one for path=None) holding these articles' graphs."""
    from pyoxigraph import Store

    from kg.rdf import facts_to_quads

    store = Store(str(path)) if path else Store()
    for facts in articles:
        store.extend(facts_to_quads(facts))
    store.flush() if path else None
    return store
