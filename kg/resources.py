"""Where the ontology, shapes and saved queries live, installed or in a checkout.

The files are the source of truth: code reads them, it never copies them into
strings. A wheel carries them under `kg/data/`; a source checkout (or an
editable install) has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import SetupError

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder `ontology`, `shapes` or `queries`, wherever kg was installed from."""
    for candidate in (_PACKAGE / "data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise SetupError(f"kg's {name}/ folder is missing from the installation; reinstall with: pip install .")


def ontology_files() -> list[Path]:
    """The ontology's Turtle files."""
    return sorted(resource_dir("ontology").glob("*.ttl"))


def shape_files() -> list[Path]:
    """The SHACL shapes' Turtle files."""
    return sorted(resource_dir("shapes").glob("*.ttl"))


def query_dir() -> Path:
    """The folder of saved `.rq` queries."""
    return resource_dir("queries")
