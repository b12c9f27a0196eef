"""Counterparts: "her Croatian counterpart" is the person whose office belongs to Croatia.

Diplomatic and business news names a person's opposite number by nationality,
after the offices have been written next to the names ("X, Croatia's minister of
environment", "French Foreign Minister Y"). The nationality, matched against those
office labels, says who is meant; when two people fit, the one sharing the title of
the possessor ("his" foreign minister's counterpart is a foreign minister) is taken,
and when that still leaves two, nobody is. Without a nationality, "his counterpart" is
the one other person holding the possessor's title.

Named counterparts work the other way round: in "received by his Cambodian counterpart,
X", X holds the possessor's title ("foreign minister") for the country of the nationality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import rules, units
from kg.extract.people import Mention, country_word, fold, place_stems, title_flags

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.people import People

def _nationality(tok: Token) -> set[str] | None:
    """Stems of the nationality written before a counterpart noun, if any."""
    for child in tok.children:
        if child.dep_ in {"amod", "compound"} and (child.ent_type_ in {"NORP", "GPE"} or child.text[:1].isupper()):
            return place_stems(child.text)
    return None


def _fits(stems: set[str], labels: list[str]) -> bool:
    current = [label for label in labels if not label.startswith("former ")]
    return any(stems & place_stems(word) for label in current for word in label.split() + [label])


def _shared_title(labels: list[str], other: list[str]) -> bool:
    titles = rules.heads("titles")
    mine = {w for label in labels for w in fold(label).split() if w in titles}
    return bool(mine & {w for label in other for w in fold(label).split()})


def resolve_counterparts(people: People, offices: dict[str, list[str]]) -> int:
    """Link each unnamed "X's Croatian counterpart" to the one person it can be; returns how many."""
    doc = people.doc
    linked = 0
    for i, word in enumerate(units.attrs(doc).bares):
        if word != "counterpart":
            continue
        head = doc[i]
        if people.mention_at(head) or head.tag_ != "NN":
            continue
        if any(people.np_refs(c) for c in head.children if c.dep_ in {"appos", "compound"}):
            continue  # "her Croatian counterpart, X": named already
        stems = _nationality(head)
        owners = {r for c in head.children if c.dep_ == "poss" for r in people.refs_at(c)}
        others = [p.ref for p in people.persons if p.ref not in owners and not p.anonymous]
        mine = [label for r in owners for label in offices.get(r, [])]
        if stems:
            fits = [r for r in others if _fits(stems, offices.get(r, []))]
            if len(fits) > 1 and owners:
                fits = [r for r in fits if _shared_title(mine, offices.get(r, []))]
        else:  # "his counterpart": the one other person with the possessor's title
            fits = [r for r in others if mine and _shared_title(mine, offices.get(r, []))]
        if len(fits) != 1:
            continue
        # the words from the nationality to the noun; the possessor ("her") is a mention of its own
        start = min([c.i for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i] + [head.i])
        people.add(Mention(start, head.i + 1, (fits[0],), "descriptor"))
        people.note_mention(fits[0], start, head.i + 1)
        linked += 1
    return linked


def _bare_title(label: str, places: frozenset[str] = frozenset()) -> str | None:
    """The title of an office label without its country: "foreign minister of Indonesia" -> "foreign minister".

    None when the label names no country (nor one of `places`, the article's own place names, for a state or
    province): then it says nothing of what a counterpart holds.
    """
    def place(word: str) -> bool:
        return country_word(word) or word in places

    words = label.split()
    while words and place(words[0].removesuffix("'s").removesuffix("’s")):
        words = words[1:]
    of = [k for k, w in enumerate(words) if w.lower() == "of"]
    if of:
        rest = [w for w in words[of[-1] + 1:] if w.lower() != "the"]
        if rest and all(place(w) for w in rest):
            words = words[: of[-1]]
    return " ".join(words) if words and words != label.split() else None


def named_counterparts(people: People, offices: dict[str, list[str]]) -> list[tuple[str, str, int, int]]:
    """ "Indonesia's foreign minister ... received by his Cambodian counterpart, X": X is Cambodia's foreign minister.

    The possessor's office, written with a country, gives the title; the nationality before
    "counterpart" gives the country. Returns (person, label, first token, end token) for each.
    """
    doc = people.doc
    found: list[tuple[str, str, int, int]] = []
    if "counterpart" not in units.attrs(doc).bares:
        return found
    # the article's place names, and any capitalised word that names no body or title ("Ontario" tagged ORG)
    bodies = rules.words("org_words") | rules.words("departments")
    flags = title_flags(doc)
    places = frozenset(t.text for t in doc if not flags[t.i] and (t.ent_type_ in {"GPE", "NORP", "LOC"} or (
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in bodies and t.ent_type_ != "PERSON"
        and not t.text.isupper())))  # ("his BNF counterpart": a party's letters, no place)
    for i, word in enumerate(units.attrs(doc).bares):
        if word != "counterpart" or doc[i].tag_ != "NN":
            continue
        head = doc[i]
        named = [r for c in head.children if c.dep_ == "appos" and c.i > i for r in people.np_refs(c)]
        after = people.mention_on(i + 2) if i + 2 < len(doc) and doc[i + 1].text == "," else None
        if not named and after is not None and after.kind == "name" and after.start == i + 2:
            named = list(after.refs)  # "..., counterpart, X": the parser may hang X elsewhere
        # "his Cambodian counterpart", "his Haryana counterpart": a nationality, or a place's name
        nationality = next((c for c in head.children if c.dep_ in {"amod", "compound"} and c.i < i
                            and (country_word(c.text) or c.text in places)), None)
        owners = {r for c in head.children if c.dep_ == "poss" for r in people.refs_at(c)}
        if len(named) != 1 or nationality is None or len(owners) != 1 or named[0] in owners:
            continue
        titles = {t for label in offices.get(next(iter(owners)), []) if not label.startswith("former ")
                  for t in [_bare_title(label, places)] if t}
        if len(titles) == 1:
            found.append((named[0], f"{nationality.text} {titles.pop()}", nationality.i, i + 1))
    return found
