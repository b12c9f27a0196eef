"""Counterparts: "her Croatian counterpart" is the person whose office belongs to Croatia.

Diplomatic and business news names a person's opposite number by nationality,
after the offices have been written next to the names ("X, Croatia's minister of
environment", "French Foreign Minister Y"). The nationality, matched against those
office labels, says who is meant; when two people fit, the one sharing the title of
the possessor ("his" foreign minister's counterpart is a foreign minister) is taken,
and when that still leaves two, nobody is. Without a nationality, "his counterpart" is
the one other person holding the possessor's title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import rules, units
from kg.extract.people import Mention, fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.people import People

DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "ic", "ia", "a", "y", "e")


def _stems(word: str) -> set[str]:
    """A place or nationality word and what is left after its usual endings ("croatian" -> "croat")."""
    word = fold(word)
    out = {word}
    out.update(word[: -len(end)] for end in DEMONYM_ENDINGS if word.endswith(end) and len(word) - len(end) >= 4)
    country = rules.kinds("demonyms").get(word)
    if country is not None:
        out.add(country)
    return out


def _nationality(tok: Token) -> set[str] | None:
    """Stems of the nationality written before a counterpart noun, if any."""
    for child in tok.children:
        if child.dep_ in {"amod", "compound"} and (child.ent_type_ in {"NORP", "GPE"} or child.text[:1].isupper()):
            return _stems(child.text)
    return None


def _fits(stems: set[str], labels: list[str]) -> bool:
    current = [label for label in labels if not label.startswith("former ")]
    return any(stems & _stems(word) for label in current for word in label.split() + [label])


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
