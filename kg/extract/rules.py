"""Rule data for extraction, read from the plain text files in `kg/rules/`.

Word lists live in data files rather than in code so that people can extend
them (a new speech verb, a new title) without reading or changing Python.
Every file has one entry per line; `#` starts a comment. Files whose lines
look like `key: word word ...` are read as a mapping from word to key.
"""

from __future__ import annotations

import unicodedata
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
        if line.startswith("@include "):  # "@include ranks": the entries of ranks.txt belong here too
            out.extend(_lines(line.removeprefix("@include ").strip()))
        elif line:
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
def _faker_name_lists() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(country module, list attribute, names) for every given-name list of Faker's person providers.

    Names of three letters or more that start with a capital; the "en" module is left
    out (its long census list has "Add", "Press" and "Park": words first, names rarely).
    Empty without Faker.
    """
    try:
        import pkgutil

        import faker.providers.person as providers
    except ImportError:
        return ()
    import importlib

    out = []
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name == "en":
            continue
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                names = tuple(v for v in value if isinstance(v, str) and len(v) > 2 and v[:1].isupper())
                out.append((module.name, attr, names))
    return tuple(out)


@cache
def given_names() -> frozenset[str]:
    """Given names of many countries, as written ("Liene", "Kwadwo"), from Faker's person providers.

    Evidence that a run of capitalised words the recogniser did not call a person is a
    name. Read once; names that are also rule words (places, titles, months) are left out.
    Without Faker the set is empty and the rules do without it.
    """
    found = {name for _, _, names in _faker_name_lists() for name in names}
    excluded = (
        words("countries") | words("places") | words("honorifics") | heads("titles") | words("not_given_names")
    )
    return frozenset(n for n in found if n.lower() not in excluded)


MIN_NAME_LISTS = 3


def given_name_gender(word: str) -> str | None:
    """`given_name_genders` of a word, written with or without its accents ("José" as "Jose"); of a
    hyphenated pair, its first name's ("Jean-Marie" is a man's, "Marie-Claude" a woman's)."""
    genders = given_name_genders()
    sex = genders.get(word)
    if sex is None and not word.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        sex = genders.get(plain)
    if sex is None and "-" in word.strip("-"):
        return given_name_gender(word.split("-")[0])
    return sex


@cache
def given_name_genders() -> dict[str, str]:
    """ "Donna": "f", "Pavel": "m": given names that Faker's providers list for one sex only.

    Only names at least MIN_NAME_LISTS countries' lists agree on: one list alone is often
    wrong for another culture's use of the name, and a name some country gives to either
    sex ("Andrea", "Jean") is left out. Only a hint for he/she when nothing in the text
    tells the person's gender. Empty without Faker.
    """
    seen: dict[str, dict[str, int]] = {}
    sexes = {"first_names_male": "m", "first_names_female": "f"}
    for _, attr, names in _faker_name_lists():
        if attr in sexes:
            for name in names:
                counts = seen.setdefault(name, {})
                counts[sexes[attr]] = counts.get(sexes[attr], 0) + 1
    return {name: sex for name, counts in seen.items() if len(counts) == 1
            for sex, n in counts.items() if n >= MIN_NAME_LISTS}
