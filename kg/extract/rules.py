"""Rule data for extraction, read from the plain text files in `kg/rules/`.

Word lists live in data files rather than in code so that people can extend
them (a new speech verb, a new title) without reading or changing Python.
Every file has one entry per line; `#` starts a comment. Files whose lines
look like `key: word word ...` are read as a mapping from word to key.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.errors import SetupError

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def _lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of one rule file, lower-cased."""
    path = RULES_DIR / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SetupError(f"rule file {path} cannot be read: {err}") from err
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            out.append(" ".join(line.split()))
    return out


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a list file, e.g. `words("speech_verbs")`."""
    return frozenset(_lines(name))


@cache
def heads(name: str) -> frozenset[str]:
    """The last word of every entry: the head nouns of multi-word titles."""
    return frozenset(entry.split()[-1] for entry in _lines(name))


def _keyed(name: str) -> list[tuple[str, list[str]]]:
    """The `key: word word` lines of a rule file as (key, words); lines without a colon are skipped."""
    out = []
    for line in _lines(name):
        key, sep, rest = line.partition(":")
        if sep:
            out.append((key.strip(), rest.split()))
    return out


@cache
def kinds(name: str) -> dict[str, str]:
    """A `key: word word` file as a mapping word -> key (later lines win)."""
    return {word: key for key, entries in _keyed(name) for word in entries}


@cache
def groups(name: str) -> dict[str, frozenset[str]]:
    """A `key: word word` file as a mapping key -> its words (lines with the same key add up)."""
    table: dict[str, set[str]] = {}
    for key, entries in _keyed(name):
        table.setdefault(key, set()).update(entries)
    return {key: frozenset(entries) for key, entries in table.items()}


def bare(text: str) -> str:
    """A token as looked up in the lists: lower case, without a trailing dot."""
    return text.lower().rstrip(".")


@cache
def given_names() -> frozenset[str]:
    """Given names of many countries, as written ("Liene", "Kwadwo"), from Faker's person providers.

    Evidence that a run of capitalised words the recogniser did not call a person is a
    name. Read once; names that are also rule words (places, titles, months) are left out,
    and so are those of two letters. Without Faker the set is empty and the rules do without it.
    """
    try:
        import pkgutil

        import faker.providers.person as providers
    except ImportError:
        return frozenset()
    import importlib

    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name == "en":
            continue  # its long census list has "Add", "Press" and "Park": words first, names rarely
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                found.update(v for v in value if isinstance(v, str) and len(v) > 2 and v[:1].isupper())
    excluded = (
        words("countries") | words("places") | words("honorifics") | heads("titles") | words("not_given_names")
    )
    return frozenset(n for n in found if n.lower() not in excluded)


@cache
def given_name_genders() -> dict[str, str]:
    """ "Donna": "f", "Pavel": "m": given names that Faker's providers list for one sex only.

    Only names at least three countries' lists agree on (the long English census list
    aside): one list alone is often wrong for another culture's use of the name, and a
    name some country gives to either sex ("Andrea", "Jean") is left out. Only a hint for
    he/she when nothing in the text tells the person's gender. Empty without Faker.
    """
    try:
        import pkgutil

        import faker.providers.person as providers
    except ImportError:
        return {}
    import importlib

    seen: dict[str, dict[str, int]] = {}
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name == "en":
            continue
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                for v in value:
                    if isinstance(v, str) and len(v) > 2 and v[:1].isupper():
                        counts = seen.setdefault(v, {})
                        counts[sex] = counts.get(sex, 0) + 1
    return {name: sex for name, counts in seen.items() if len(counts) == 1
            for sex, n in counts.items() if n >= MIN_NAME_LISTS}


MIN_NAME_LISTS = 3
