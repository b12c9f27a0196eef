"""Sittings of a council, committee or board: the people who took part in one.

A council report seldom says who "met". It says who "told the council", "told
Monday night's meeting", "told the chamber", "moved the motion", "voted against"
or "appeared before the committee". Two or more people who did so sat in one
meeting, dated by the sitting's own day ("Monday's meeting") or by the day the
body acted ("The council voted 5 to 2 on Monday night").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from kg.extract import dates, rules
from kg.extract.dates import DatePhrase, When
from kg.extract.meeting_events import bare_word, verb_subjects
from kg.extract.people import People

# What a sitting does and whom it sits with (kg/rules/session_*.txt)
ADDRESS_VERBS = {"told", "tells", "addressed", "addresses", "briefed", "briefs", "assured", "warned", "urged"}
BEFORE_VERBS = {"appeared", "appears", "testified", "testifies", "spoke", "speaks", "gave", "defended", "presented"}
MOTION_NOUNS = {"motion", "amendment", "resolution"}
MOTION_VERBS = {"moved", "made", "seconded", "tabled", "proposed", "put", "brought"}
VOTE_VERBS = {"voted", "abstained"}
# "appeared before MPs", "defended the bid before members of the House": the members of a sitting body
MEMBERS = {"members", "mps", "lawmakers", "legislators", "senators", "councillors", "councilors", "deputies"}


@dataclass
class Sitting:
    """The people of one sitting, the word that first tells it, and its day."""

    participants: list[str]
    trigger: Token
    when: When
    nouns: set[int]  # token numbers of the session nouns the acts named ("told the meeting")


def _session_noun(tok: Token) -> bool:
    """ "the council", "Monday night's meeting", "the chamber": a sitting body or its sitting."""
    return bare_word(tok) in rules.words("session_nouns")


def _objects(verb: Token, preps: set[str] | None = None) -> list[Token]:
    """The verb's direct objects, or with `preps` the objects of those prepositions."""
    if preps is None:
        return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children
            if o.dep_ == "pobj"]


def _sitting(noun: Token) -> bool:
    """A session noun that names no people of its own ("the meeting", not "a meeting with the minister")."""
    return _session_noun(noun) and not _foreign_noun(noun)


def _foreign_noun(noun: Token) -> bool:
    """ "told a meeting with the minister", "at a meeting of the union": a meeting of its own people, not the
    sitting."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of"} for c in noun.children)


def _acts(doc: Doc, people: People) -> tuple[list[tuple[Token, list[str], Token | None]], bool]:
    """Every act done at a sitting: (verb, its people, the session noun it names, if any), and whether one of
    them places its people at the sitting itself (told it, spoke at or before it), not only voted."""
    acts: list[tuple[Token, list[str], Token | None]] = []
    placed = False
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or people.quoted(verb):
            continue
        word = verb.lower_
        noun = None
        if word in ADDRESS_VERBS:  # "told the council", "told Monday night's meeting"
            noun = next((o for o in _objects(verb) if _sitting(o)), None)
        if noun is None:  # "said at Monday's meeting", "said after the session" (not "works at the council")
            noun = next((o for o in _objects(verb, {"at", "during", "after"}) if _sitting(o)
                         and bare_word(o) != "council" and (o.head.lower_ != "after" or word == "said")), None)
        if noun is None and word in BEFORE_VERBS:  # "appeared before the committee", "before members of X"
            noun = next((o for o in _objects(verb, {"before"}) if _sitting(o) or bare_word(o) in MEMBERS), None)
        motion = any(bare_word(o) in MOTION_NOUNS and word in MOTION_VERBS  # "moved the motion"
                     or bare_word(o) in {"vote", "votes"} and word in {"cast", "casts"}  # "cast the only vote"
                     for o in _objects(verb))
        if noun is None and not motion and word not in VOTE_VERBS:
            continue
        refs = verb_subjects(people, verb)
        if not refs:
            continue
        if noun is not None:
            placed = True
        acts.append((verb, refs, noun))
    return acts, placed


def _day(doc: Doc, phrases: list[DatePhrase], words: set[int], published: date | None) -> When | None:
    """The day of the first phrase that hangs on one of the words (or lies inside their phrase)."""
    for phrase in phrases:
        if phrase.when.day is None or (published is not None and phrase.when.day > published):
            continue
        if dates.attachment(doc, phrase) in words or any(k in words for k in range(phrase.start, phrase.end)):
            return phrase.when
    return None


def _body_acted(doc: Doc) -> set[int]:
    """Verbs whose subject is the body itself ("The council voted 5 to 2 on Monday night", "councillors
    approved"), and session nouns dated by their own phrase ("at Monday night's council meeting")."""
    out: set[int] = set()
    for tok in doc:
        if not _session_noun(tok) or _foreign_noun(tok):
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            out.add(tok.head.i)
        elif tok.dep_ != "nsubj":
            out.update(t.i for t in tok.subtree)
    return out


def find_sitting(doc: Doc, people: People, published: date | None, phrases: list[DatePhrase]) -> Sitting | None:
    """The sitting an article reports, when two people or more are placed at it, else None.

    One sitting per article: council reports tell one meeting of the council.
    """
    acts, placed = _acts(doc, people)
    refs = list(dict.fromkeys(r for _, rs, _ in acts for r in rs))
    if not placed or len(refs) < 2:
        return None
    own: set[int] = set()
    for verb, _, noun in acts:
        own.add(verb.i)
        if noun is not None:
            own.update(t.i for t in noun.subtree)
    when = _day(doc, phrases, own, published) or _day(doc, phrases, _body_acted(doc), published) or When()
    nouns = {noun.i for _, _, noun in acts if noun is not None}
    return Sitting(refs, min((verb for verb, _, _ in acts), key=lambda t: t.i), when, nouns)
