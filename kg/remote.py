"""Talk to external triple stores over the SPARQL 1.1 protocols.

- Graph Store HTTP Protocol: `PUT URL?graph=IRI` replaces one graph with an
  N-Triples body.
- Update protocol: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`
  in ONE request, the triples written by pyoxigraph's own N-Triples serializer
  (never pasted from strings), so stores that run an update request as one
  transaction (Oxigraph does) replace each graph all or nothing.
- Query protocol, through SPARQLWrapper, the results parsed by pyoxigraph so
  they print exactly like local results.

Secrets: the password comes only from the environment variable
KG_STORE_PASSWORD and lives only in a `Credentials` object whose repr hides
it. Every error from the HTTP libraries is turned into a kg error at one
boundary (`_boundary`), its message scrubbed of the password, Authorization
headers and URL user-info, and raised `from None` so no library message
survives in a traceback (not even with --debug). Every URL kg prints goes
through `public_url`.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from pyoxigraph import NamedNode, Quad, QueryResultsFormat, RdfFormat, parse, parse_query_results, serialize

from kg.errors import AuthError, QueryError, RemoteError, UsageError

PASSWORD_ENV = "KG_STORE_PASSWORD"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
USER_AGENT = "kg-news (SPARQL 1.1 protocols)"


# --- credentials and scrubbing ------------------------------------------------------------------

class Credentials:
    """A user name and a password; the password never shows in repr, str or errors."""

    __slots__ = ("user", "_password")

    def __init__(self, user: str, password: str) -> None:
        self.user = user
        self._password = password

    @property
    def password(self) -> str:
        return self._password

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password=<hidden>)"

    __str__ = __repr__

    def __reduce__(self):  # never pickle a secret into a file or another process
        raise TypeError("Credentials cannot be pickled")

    def secrets(self) -> list[str]:
        """Every form in which the password could leak into a message."""
        pair = f"{self.user}:{self._password}".encode()
        forms = [self._password, base64.b64encode(pair).decode("ascii")]
        return [s for s in forms if s]

    @classmethod
    def from_env(cls, user: str | None) -> Credentials | None:
        """Credentials for `user`, the password from KG_STORE_PASSWORD; None without a user."""
        if not user:
            return None
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            raise UsageError(f"--user {user} needs the password in the environment variable {PASSWORD_ENV} "
                             f"(kg never takes a password on the command line), e.g.\n"
                             f"  read -rs {PASSWORD_ENV} && export {PASSWORD_ENV}")
        return cls(user, password)


_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]*@")
_AUTH_HEADER = re.compile(r"(?i)((?:proxy-)?authorization['\"]?\s*[:=]\s*)[^\r\n]*")
_AUTH_VALUE = re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}|\b(digest)\s+(?=[\w-]+=)[^\r\n]*")


def scrub(text: str, credentials: Credentials | None = None) -> str:
    """The text without the password, Authorization headers or user-info in URLs."""
    text = _USERINFO.sub(r"\1", text)
    text = _AUTH_HEADER.sub(r"\1<hidden>", text)
    text = _AUTH_VALUE.sub(lambda m: f"{m.group(1) or m.group(2)} <hidden>", text)
    if credentials is not None:
        for secret in credentials.secrets():
            text = text.replace(secret, "<hidden>")
    return text


def public_url(url: str) -> str:
    """The URL with any user-info (user:password@) removed, safe to print."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def split_url(url: str, user: str | None) -> tuple[str, str | None]:
    """Check an endpoint URL; a user name in it is taken, a password in it refused."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{public_url(url)!r} is not an http(s) URL, e.g. http://localhost:7878/store")
    if "@" in parts.netloc:
        info = parts.netloc.rsplit("@", 1)[0]
        if ":" in info:
            raise UsageError(f"the URL {public_url(url)} contains a password; remove it from the URL and put it "
                             f"in the environment variable {PASSWORD_ENV}")
        user = user or info or None
    return public_url(url), user


def default_query_endpoint(url: str) -> str | None:
    """The SPARQL query endpoint next to a Graph Store or update endpoint of a known server."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    rules = [
        (r"/store$", "/query"),  # Oxigraph
        (r"/update$", "/query"),  # Oxigraph (Fuseki: /DS/update, handled below)
        (r"/sparql-graph-crud(-auth)?$", "/sparql"),  # Virtuoso
        (r"/sparql-auth$", "/sparql"),  # Virtuoso
        (r"(/repositories/[^/]+)/rdf-graphs/service$", r"\1"),  # GraphDB, RDF4J
        (r"(/repositories/[^/]+)/statements$", r"\1"),  # GraphDB, RDF4J
    ]
    fuseki = re.match(r"^(/.*)?/(data|update|get)$", path)
    for pattern, replacement in rules:
        if re.search(pattern, path):
            if pattern == r"/update$" and fuseki and fuseki.group(1):
                return urlunsplit(parts._replace(path=f"{fuseki.group(1)}/sparql", query=""))
            return urlunsplit(parts._replace(path=re.sub(pattern, replacement, path), query=""))
    if fuseki and fuseki.group(1) and fuseki.group(2) == "data":  # Fuseki /DATASET/data
        return urlunsplit(parts._replace(path=f"{fuseki.group(1)}/sparql", query=""))
    return None


# --- HTTP with authentication, retries and one error boundary -----------------------------------

@dataclass(frozen=True)
class RetryPolicy:
    """Retry transient failures (connection refused, timeouts, 5xx) with exponential backoff."""

    retries: int = 3
    delay: float = 0.5  # then 1 s, 2 s: at most 3.5 s of waiting per request
    timeout: float = 60.0

    def delays(self) -> Iterator[float]:
        for attempt in range(self.retries):
            yield self.delay * (2 ** attempt)


class RequestFailed(RemoteError):
    """One request failed for good (after any retries).

    `applied` tells what the server may have done with it: "no" when it never
    reached the server or the server refused it before changing anything,
    "unknown" when it failed mid-way (timeout, connection lost, 5xx).
    """

    def __init__(self, message: str, applied: str = "unknown", transient: bool = True,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.applied = applied
        self.transient = transient
        self.status = status

    @property
    def endpoint_wide(self) -> bool:
        """A failure every other request would meet too (no endpoint there, wrong method, redirect)."""
        return self.transient or self.status is None or self.status in (404, 405, 501) or 300 <= self.status < 400


class Authenticator:
    """HTTP Basic or Digest, whichever the server's challenge asks for.

    The first request goes without credentials; a 401 says which scheme (and
    realm, nonce) the server wants; later requests carry the header at once.
    A second 401 with the same challenge is a wrong password: no retry storm.
    """

    def __init__(self, credentials: Credentials | None) -> None:
        self.credentials = credentials
        self.scheme: str | None = None
        self._digest = None
        self._challenge = ""

    def headers(self, method: str, url: str) -> dict[str, str]:
        if self.credentials is None or self.scheme is None:
            return {}
        if self.scheme == "basic":
            pair = f"{self.credentials.user}:{self.credentials.password}".encode()
            return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
        header = self._digest.build_digest_header(method, url)
        return {"Authorization": header} if header else {}

    def learn(self, challenge: str) -> bool:
        """Take a 401's WWW-Authenticate; True if sending (new) credentials may help."""
        if self.credentials is None or not challenge or challenge == self._challenge:
            return False
        first = self.scheme is None
        self._challenge = challenge
        if re.search(r"(?i)\bdigest\b", challenge):
            from requests.auth import HTTPDigestAuth
            from requests.utils import parse_dict_header

            stale = re.search(r'(?i)\bstale\s*=\s*"?true', challenge) is not None
            if not first and not stale and self.scheme == "digest":
                return False  # the server refused our digest: wrong user or password
            self.scheme = "digest"
            self._digest = HTTPDigestAuth(self.credentials.user, self.credentials.password)
            self._digest.init_per_thread_state()
            self._digest._thread_local.chal = parse_dict_header(re.sub(r"(?i)^.*?\bdigest\s+", "", challenge, count=1))
            return True
        if re.search(r"(?i)\bbasic\b", challenge) and first:
            self.scheme = "basic"
            return True
        return False


def _never_sent(err: BaseException) -> bool:
    """Did the request fail before the server could see it (e.g. connection refused)?"""
    import requests
    from urllib3.exceptions import NewConnectionError

    if isinstance(err, requests.exceptions.ConnectTimeout):
        return True
    seen: set[int] = set()
    stack: list[object] = [err]
    while stack:
        e = stack.pop()
        if id(e) in seen or not isinstance(e, BaseException):
            continue
        seen.add(id(e))
        if isinstance(e, (NewConnectionError, ConnectionRefusedError)):
            return True
        stack += [getattr(e, "reason", None), e.__cause__, e.__context__, *e.args]
    return False


def _reason(err: BaseException) -> str:
    """A short, secret-free reason for a failed connection."""
    import requests

    if isinstance(err, requests.exceptions.ConnectTimeout):
        return "connection timed out"
    if isinstance(err, requests.exceptions.Timeout):
        return "no answer before the timeout"
    if _never_sent(err):
        return "connection refused; is the server running?"
    if isinstance(err, requests.exceptions.SSLError):
        return "TLS error"
    return "connection lost mid-request"


def _server_message(body: bytes | str, limit: int = 300) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if re.search(r"(?i)<(html|body|head|h1|p|pre|title)\b", text):  # an HTML error page (not IRIs)
        text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] + ("…" if len(text) > limit else "")


class HttpClient:
    """A requests session for one server: auth, retries, and errors as kg errors."""

    def __init__(self, credentials: Credentials | None = None, retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        import requests

        self.credentials = credentials
        self.retry = retry or RetryPolicy()
        self.auth = Authenticator(credentials)
        self.session = requests.Session()
        self.session.trust_env = False  # no ~/.netrc credentials or proxies behind the user's back
        self.session.headers["User-Agent"] = USER_AGENT
        self._sleep = sleep

    def close(self) -> None:
        self.session.close()

    def _once(self, method: str, url: str, body: bytes | None, headers: dict[str, str]):
        import requests

        for _ in range(2):  # the second round only after learning the server's auth challenge
            try:
                response = self.session.request(method, url, data=body, timeout=self.retry.timeout,
                                                headers={**headers, **self.auth.headers(method, url)},
                                                allow_redirects=False)
            except requests.RequestException as err:
                raise RequestFailed(f"{method} {public_url(url)}: {_reason(err)}",
                                    applied="no" if _never_sent(err) else "unknown") from None
            if response.status_code == 401 and self.auth.learn(response.headers.get("WWW-Authenticate", "")):
                continue
            return response
        return response

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None):
        """Send with retries; return the 2xx response or raise a kg error."""
        delays = self.retry.delays()
        in_doubt = False  # did any attempt fail after the server may have acted on it?
        while True:
            try:
                with _boundary(self.credentials):
                    response = self._once(method, url, body, headers or {})
                    return self._check(method, url, response)
            except RequestFailed as err:
                in_doubt = in_doubt or err.applied == "unknown"
                if in_doubt:
                    err.applied = "unknown"
                if not err.transient:
                    raise
                delay = next(delays, None)
                if delay is None:
                    raise
                self._sleep(delay)

    def _check(self, method: str, url: str, response):
        where = f"{method} {public_url(url)}"
        status = response.status_code
        if 200 <= status < 300:
            return response
        detail = _server_message(response.content)
        detail = f": {detail}" if detail else ""
        if status == 401:
            if self.credentials is None:
                raise AuthError(f"{where}: the server asks for a user name and password (HTTP 401); pass "
                                f"--user NAME and set the environment variable {PASSWORD_ENV}")
            raise AuthError(f"{where}: the server rejected the credentials of user {self.credentials.user!r} "
                            f"(HTTP 401); check --user and {PASSWORD_ENV}")
        if status == 403:
            who = f"user {self.credentials.user!r}" if self.credentials else "an anonymous user"
            raise AuthError(f"{where}: {who} may not do this (HTTP 403 Forbidden){detail}")
        if status >= 500 or status in (408, 429):
            raise RequestFailed(f"{where}: the server failed (HTTP {status}){detail}", applied="unknown",
                                status=status)
        if 300 <= status < 400:
            raise RequestFailed(f"{where}: the server redirects to {public_url(response.headers.get('Location', '?'))}"
                                f" (HTTP {status}); use that URL", applied="no", transient=False, status=status)
        raise RequestFailed(f"{where}: the server refused the request (HTTP {status}){detail}",
                            applied="no", transient=False, status=status)


@contextmanager
def _boundary(credentials: Credentials | None):
    """The one place where library errors become kg errors, scrubbed of secrets."""
    try:
        yield
    except RemoteError as err:
        message = scrub(str(err), credentials)
        if message == str(err):
            raise
        clone = type(err).__new__(type(err))
        clone.__dict__.update(err.__dict__)
        clone.args = (message,)
        raise clone from None
    except (OSError, ValueError) as err:  # requests/urllib errors are OSError subclasses
        raise RequestFailed(scrub(f"{type(err).__name__}: {err}", credentials)) from None


# --- Graph Store protocol and SPARQL Update -----------------------------------------------------

def ntriples(quads: list[Quad]) -> bytes:
    """The triples of one graph as N-Triples, by pyoxigraph's serializer (valid SPARQL too)."""
    return serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)


def with_graph(url: str, graph: NamedNode) -> str:
    """The Graph Store URL with `?graph=IRI` (indirect graph identification)."""
    from urllib.parse import quote

    sep = "&" if urlsplit(url).query else "?"
    return f"{url}{sep}graph={quote(graph.value, safe='')}"


class GraphStore:
    """SPARQL 1.1 Graph Store HTTP Protocol: PUT replaces one graph per request."""

    protocol = "Graph Store HTTP Protocol (PUT)"
    max_graphs = 1
    max_triples = None

    def __init__(self, url: str, http: HttpClient) -> None:
        self.url = url
        self.http = http

    def replace(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        for graph, quads in graphs.items():
            try:
                self.http.request("PUT", with_graph(self.url, graph), ntriples(quads),
                                  {"Content-Type": "application/n-triples; charset=utf-8"})
            except RequestFailed as err:
                # Oxigraph and Virtuoso clear the graph (and commit) before they parse the body:
                # any failure once the request reached them may have left the graph empty.
                if err.status is not None and not err.endpoint_wide:
                    err.applied = "unknown"
                raise


def update_text(graphs: dict[NamedNode, list[Quad]]) -> bytes:
    """`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }` for each graph, as one update."""
    ops = []
    for graph, quads in graphs.items():
        ops.append(f"DROP SILENT GRAPH {graph}".encode())
        ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n".encode() + ntriples(quads) + b"} }")
    return b" ;\n".join(ops)


class UpdateEndpoint:
    """SPARQL 1.1 Update: each batch of graphs dropped and inserted in one request."""

    protocol = "SPARQL 1.1 Update"
    max_graphs = 64
    # Virtuoso 7.2's SPARQL parser gives up ("SP030 memory exhausted") near 5000 triples per request.
    max_triples = 2000

    def __init__(self, url: str, http: HttpClient) -> None:
        self.url = url
        self.http = http

    def replace(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        self.http.request("POST", self.url, update_text(graphs),
                          {"Content-Type": "application/sparql-update; charset=utf-8"})


# --- remote queries -----------------------------------------------------------------------------

def _canonical_booleans(data: bytes) -> bytes:
    """Virtuoso writes xsd:boolean as "1"/"0"; use the canonical "true"/"false" like local results."""
    if XSD_BOOLEAN.encode() not in data:
        return data
    doc = json.loads(data)
    for row in doc.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("datatype") == XSD_BOOLEAN and term.get("value") in ("1", "0"):
                term["value"] = "true" if term["value"] == "1" else "false"
    return json.dumps(doc).encode()


class RemoteQuery:
    """Run SPARQL queries on a remote endpoint through SPARQLWrapper."""

    def __init__(self, endpoint: str, credentials: Credentials | None = None,
                 retry: RetryPolicy | None = None) -> None:
        self.endpoint = endpoint
        self.credentials = credentials
        self.retry = retry or RetryPolicy()
        self._auth = Authenticator(credentials)
        self._probed = credentials is None

    def _probe(self) -> None:
        """Learn the endpoint's auth scheme from one small request, if it asks for credentials."""
        http = HttpClient(self.credentials, RetryPolicy(self.retry.retries, self.retry.delay, self.retry.timeout))
        try:
            with _boundary(self.credentials):
                response = http._once("POST", self.endpoint, b"query=ASK%20%7B%7D",
                                      {"Content-Type": "application/x-www-form-urlencoded"})
                if response.status_code in (401, 403):
                    http._check("POST", self.endpoint, response)  # raises AuthError
                self._auth = http.auth
        finally:
            http.close()
        self._probed = True

    def _run_once(self, text: str, graph_results: bool) -> bytes:
        import urllib.error

        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import (
            EndPointInternalError,
            EndPointNotFound,
            QueryBadFormed,
            SPARQLWrapperException,
            Unauthorized,
            URITooLong,
        )

        if not self._probed:
            self._probe()
        where = public_url(self.endpoint)
        wrapper = SPARQLWrapper(self.endpoint, agent=USER_AGENT)
        wrapper.setMethod(POST)
        wrapper.setTimeout(int(self.retry.timeout))
        wrapper.setReturnFormat(TURTLE if graph_results else JSON)
        for name, value in self._auth.headers("POST", self.endpoint).items():
            wrapper.addCustomHttpHeader(name, value)
        wrapper.setQuery(text)
        try:
            with _boundary(self.credentials):
                try:
                    response = wrapper.query().response
                    return response.read()
                except Unauthorized:
                    if self.credentials is None:
                        raise AuthError(f"{where}: the endpoint asks for a user name and password (HTTP 401); "
                                        f"pass --user NAME and set {PASSWORD_ENV}") from None
                    raise AuthError(f"{where}: the endpoint rejected the credentials of user "
                                    f"{self.credentials.user!r} (HTTP 401); check --user and {PASSWORD_ENV}") from None
                except QueryBadFormed as err:
                    raise QueryError(f"{where} refused the query as invalid: {_wrapper_detail(err)}") from None
                except EndPointNotFound:
                    raise RequestFailed(f"{where}: no SPARQL endpoint there (HTTP 404); check the URL",
                                        applied="no", transient=False) from None
                except URITooLong:
                    raise RequestFailed(f"{where}: the query is too long for the endpoint (HTTP 414)",
                                        applied="no", transient=False) from None
                except EndPointInternalError as err:
                    raise RequestFailed(f"{where}: the endpoint failed (HTTP 500): {_wrapper_detail(err)}") from None
                except urllib.error.HTTPError as err:
                    if err.code == 403:
                        raise AuthError(f"{where}: not allowed (HTTP 403 Forbidden)") from None
                    transient = err.code >= 500 or err.code in (408, 429)
                    raise RequestFailed(f"{where}: HTTP {err.code} {err.reason}", transient=transient) from None
                except urllib.error.URLError as err:
                    reason = "connection refused; is the server running?" \
                        if isinstance(err.reason, ConnectionRefusedError) else str(err.reason)
                    raise RequestFailed(f"{where}: cannot connect ({reason})", applied="no") from None
                except TimeoutError:
                    raise RequestFailed(f"{where}: no answer within {self.retry.timeout:g} s") from None
                except SPARQLWrapperException as err:
                    raise RequestFailed(f"{where}: {_wrapper_detail(err)}", transient=False) from None
        finally:
            wrapper.resetQuery()

    def run(self, text: str, graph_results: bool = False) -> bytes:
        """The raw response body (JSON results, or Turtle for CONSTRUCT/DESCRIBE), with retries."""
        delays = self.retry.delays()
        while True:
            try:
                return self._run_once(text, graph_results)
            except RequestFailed as err:
                delay = next(delays, None)
                if not err.transient or delay is None:
                    raise
                time.sleep(delay)

    def select(self, text: str):
        """SELECT/ASK results as pyoxigraph QuerySolutions/QueryBoolean, like a local query gives."""
        data = _canonical_booleans(self.run(text))
        try:
            return parse_query_results(data, format=QueryResultsFormat.JSON)
        except SyntaxError as err:
            raise RemoteError(f"{public_url(self.endpoint)} sent results that are not SPARQL JSON: "
                              f"{scrub(str(err), self.credentials)}") from None

    def construct(self, text: str) -> list:
        """CONSTRUCT/DESCRIBE results as triples."""
        data = self.run(text, graph_results=True)
        try:
            return list(parse(data, format=RdfFormat.TURTLE))
        except SyntaxError as err:
            raise RemoteError(f"{public_url(self.endpoint)} sent a graph that is not Turtle: "
                              f"{scrub(str(err), self.credentials)}") from None


def _wrapper_detail(err: BaseException) -> str:
    """SPARQLWrapper's message without its boilerplate, shortened."""
    text = str(err)
    text = re.sub(r"^.*?Response:\s*", "", text, flags=re.S)
    text = text.strip()
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1].encode().decode("unicode_escape", "replace")
    return _server_message(text)


def is_graph_query(text: str) -> bool:
    """CONSTRUCT or DESCRIBE (the keyword after the prologue)."""
    from kg.query import mask

    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", mask(text))
    return re.match(r"(?i)\s*(CONSTRUCT|DESCRIBE)\b", body) is not None


def count_triples(query: RemoteQuery, graphs: list[NamedNode], batch: int = 100) -> dict[str, int]:
    """The remote number of triples in each graph (0 for graphs it does not have)."""
    counts = {g.value: 0 for g in graphs}
    for i in range(0, len(graphs), batch):
        chunk = graphs[i:i + batch]
        values = " ".join(str(g) for g in chunk)
        text = (f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} "
                "GROUP BY ?g")
        for row in query.select(text):
            counts[row["g"].value] = int(row["n"].value)
    return counts


def run_remote(endpoint: str, user: str | None, query, params: dict[str, str], allow_remote: bool = False,
               retry: RetryPolicy | None = None):
    """Run a saved or user query on a remote endpoint, bound and checked exactly like `run_local`."""
    from kg.query import bind_values, check_params, refuse_remote

    url, user = split_url(endpoint, user)
    credentials = Credentials.from_env(user)
    check_params(query, params)
    if not allow_remote:
        refuse_remote(query.text)
    text = bind_values(query.text, params)
    refuse_update(query, text)
    remote = RemoteQuery(url, credentials, retry)
    return remote.construct(text) if is_graph_query(text) else remote.select(text)


def refuse_update(query, text: str) -> None:
    """kg query is read-only remotely too (some servers, e.g. Virtuoso, run updates sent as queries)."""
    from pyoxigraph import Store

    from kg.query import UPDATE_KEYWORDS, mask

    update = UPDATE_KEYWORDS.search(mask(query.text))
    if update is None:
        return
    try:
        Store().query(text)  # an empty store: parsing is the test
    except SyntaxError:
        if update:
            raise QueryError(f"{query.path}: {update.group(1).upper()} is a SPARQL update; kg query is read-only "
                             "and runs only SELECT, ASK, CONSTRUCT and DESCRIBE queries") from None
        # Other syntax pyoxigraph does not know may be the server's own extension: let the server judge.
