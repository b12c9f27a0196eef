"""The exceptions kg raises, grouped by cause, each mapped to an exit code.

Lower-layer errors (OSError, pyoxigraph SyntaxError, HTTP errors) are turned
into these at one boundary per layer, so the CLI can print one readable line
and exit with a code that means something.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # nothing could be extracted / graph does not conform
EXIT_USAGE = 2  # bad command line, unknown query, missing file
EXIT_PARTIAL = 3  # done, but some articles were skipped


class KgError(Exception):
    """Base class of every error kg reports to a person."""

    exit_code = EXIT_FAILED


class UsageError(KgError):
    """The command line asks for something that does not exist or make sense."""

    exit_code = EXIT_USAGE


class SetupError(KgError):
    """A required package, model or file is missing from the installation."""

    exit_code = EXIT_USAGE


class InputError(KgError):
    """An article or graph file cannot be read or parsed."""

    exit_code = EXIT_USAGE


class ArticleError(InputError):
    """One article is unusable; the others go on."""


class QueryError(KgError):
    """A SPARQL query is invalid, refused, or its parameters are wrong."""

    exit_code = EXIT_USAGE


class StoreError(KgError):
    """The embedded store cannot be opened, read or written."""


class StoreUnavailable(StoreError):
    """The embedded store is missing, in use by another process, or cannot be opened: nothing was done."""

    exit_code = EXIT_USAGE


class RemoteError(KgError):
    """A remote triple store or SPARQL endpoint failed or refused the request."""


class AuthError(RemoteError):
    """A remote store rejected the credentials; retrying will not help."""
