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

from kg.extract import dates, rules, units
from kg.extract.dates import DatePhrase, When
from kg.extract.meeting_events import bare_word, by_agent, verb_subjects
from kg.extract.people import People

# What is done at a sitting, and to whom (the sitting nouns and the members' titles are in kg/rules/session_*.txt)
ADDRESS_VERBS = {"told", "tells", "addressed", "addresses", "briefed", "briefs", "assured", "warned", "urged"}
BEFORE_VERBS = {"appeared", "appears", "testified", "testifies", "spoke", "speaks", "gave", "defended", "presented"}
MOTION_NOUNS = {"motion", "amendment", "resolution"}
MOTION_VERBS = {"moved", "made", "seconded", "tabled", "proposed", "put", "brought"}
VOTE_VERBS = {"voted", "abstained"}
CHAIR_VERBS = {"chaired", "addressed"}
DECISION_VERBS = {"voted", "approved", "rejected", "passed", "adopted", "agreed", "decided", "endorsed", "backed",
                  "demanded", "called"}
# "appeared before MPs", "defended the bid before members of the House": the members of a sitting body
MEMBERS = {"members", "mps", "lawmakers", "legislators", "senators", "councillors", "councilors", "deputies"}


@dataclass
class Act:
    """One thing done at a sitting: the verb, its people, the session noun it names (if any)."""

    verb: Token
    refs: list[str]
    noun: Token | None


@dataclass
class Sitting:
    """The people of one sitting, the word that first tells it, and its day.

    `placed` are the people the text puts at the sitting; `speakers` the members who spoke
    in the paragraphs that report it.
    """

    placed: list[str]
    speakers: list[str]
    trigger: Token
    when: When

    @property
    def participants(self) -> list[str]:
        return self.placed + [r for r in self.speakers if r not in self.placed]


def _session_noun(tok: Token) -> bool:
    """ "the council", "Monday night's meeting", "the chamber": a sitting body or its sitting."""
    return bare_word(tok) in rules.kinds("session_nouns")


def _sitting_word(tok: Token) -> bool:
    """ "meeting", "session": the sitting itself, not the body that sits."""
    return rules.kinds("session_nouns").get(bare_word(tok)) == "sitting"


def _chaired(verb: Token) -> Token | None:
    """The sitting "chaired by X" hangs on: its noun, or with the participle cut loose by the parser, the
    sitting named last before it in the sentence ("At a meeting of the full council at the Town Hall,
    chaired by the Mayor, ...")."""
    if verb.lower_ not in CHAIR_VERBS or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head if _sitting_word(verb.head) and not _foreign_noun(verb.head) else None
    if verb.dep_ != "ROOT" and verb.head.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}:
        return None
    before = [t for t in verb.sent if t.i < verb.i and _sitting_word(t) and not _foreign_noun(t)]
    return before[-1] if before else None


def _sitting(noun: Token) -> bool:
    """A session noun that names no people of its own ("the meeting", not "a meeting with the minister")."""
    return _session_noun(noun) and not _foreign_noun(noun)


def _foreign_noun(noun: Token) -> bool:
    """ "told a meeting with the minister", "at a meeting of the union": a meeting of its own people, not the
    sitting ("a meeting of the full council", "a meeting of City of Kessel Council's executive" is the sitting)."""
    return any(c.dep_ == "prep" and (c.lower_ in {"with", "between"} or c.lower_ == "of" and not any(
        o.dep_ == "pobj" and any(_session_noun(t) for t in o.subtree) for o in c.children)) for c in noun.children)


def _objects(verb: Token, preps: set[str] | None = None) -> list[Token]:
    """The verb's direct objects, or with `preps` the objects of those prepositions."""
    if preps is None:
        return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children
            if o.dep_ == "pobj"]


def _sitting_named(verb: Token) -> Token | None:
    """The sitting a verb places its subject at: "told the council", "told members", "said at Monday's
    meeting", "said after the session", "appeared before the committee"."""
    word = verb.lower_
    if word in ADDRESS_VERBS or word == "chaired":  # ("chaired the meeting"; "chairs the committee" is an office)
        noun = next((o for o in _objects(verb) if (_sitting(o) or bare_word(o) in MEMBERS)
                     and (word != "chaired" or _sitting_word(o))), None)
        if noun is not None:
            return noun
    if word in rules.words("speech_verbs"):  # (not "works at the council", "reached a deal at a meeting")
        preps = {"at", "during", "after"} if word == "said" else {"at", "during"}
        noun = next((o for o in _objects(verb, preps) if _sitting(o) and bare_word(o) != "council"), None)
        if noun is not None:
            return noun
    if word in BEFORE_VERBS:
        return next((o for o in _objects(verb, {"before"}) if _sitting(o) or bare_word(o) in MEMBERS), None)
    return None


def _acts(doc: Doc, people: People) -> list[Act]:
    """Every act done at a sitting: told it, spoke at or before it, chaired it, moved a motion, voted."""
    acts: list[Act] = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or people.quoted(verb) or people.mention_at(verb) is not None:
            continue
        word = verb.lower_
        chaired = _chaired(verb)
        if chaired is not None:  # "a meeting of the full council, chaired by the Mayor"
            acts.append(Act(verb, by_agent(people, verb, 0), chaired))
            continue
        noun = _sitting_named(verb)
        motion = any(bare_word(o) in MOTION_NOUNS and word in MOTION_VERBS  # "moved the motion"
                     or bare_word(o) in {"vote", "votes"} and word in {"cast", "casts"}  # "cast the only vote"
                     for o in _objects(verb))
        if noun is None and (motion or word in VOTE_VERBS) and _dated(verb):
            continue  # "who voted against it last year": another sitting
        if noun is not None or motion or word in VOTE_VERBS:
            acts.append(Act(verb, verb_subjects(people, verb), noun))
    return [a for a in acts if a.refs]


def _dated(verb: Token) -> bool:
    """A verb with a time of its own ("voted against it last year")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for c in verb.children if c.dep_ in {"npadvmod", "prep", "advmod"}
               for t in c.subtree)


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
        if tok.dep_ == "pobj" and tok.head.lower_ in {"on", "of"} and tok.head.head.lower_ in MEMBERS:
            tok = tok.head.head  # "Councillors on the transport committee demanded ...": its members acted
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            out.add(tok.head.i)
            if tok.head.lower_ in DECISION_VERBS:  # "lost on Tuesday night when councillors voted to close it"
                out.update(t.i for t in tok.head.sent)
        elif tok.dep_ != "nsubj":
            out.update(t.i for t in tok.subtree)
    return out


def _title_word_before(doc: Doc, start: int) -> str | None:
    """The title word written right before a name ("Coun. Mrs Joan X" -> "coun"), skipping courtesy titles."""
    k = start - 1
    honorifics = rules.words("honorifics")
    while k >= 0 and (doc[k].text in {".", "("} or bare_word(doc[k]) in honorifics):
        k -= 1
    return bare_word(doc[k]) if k >= 0 else None


def _members_who_spoke(doc: Doc, people: People, para: list[int], acted_in: set[int]) -> list[str]:
    """Councillors and mayors (by the title before their name) who said something in the paragraphs that
    report the sitting (`acted_in`), or in a run of paragraphs right after them: they spoke at it ("Coun. X
    was scathing. 'This is wrong,' he said")."""
    paragraphs = set(acted_in)
    titles = rules.words("session_titles")
    members = {m.refs[0] for m in people.mentions if m.kind == "name" and len(m.refs) == 1
               and _title_word_before(doc, m.start) in titles}
    speech = rules.words("speech_verbs")
    out: list[str] = []
    for verb in doc:
        if verb.lower_ not in speech or verb.pos_ != "VERB" or people.quoted(verb):
            continue
        if para[verb.i] in paragraphs or para[verb.i] - 1 in paragraphs:
            out.extend(r for r in verb_subjects(people, verb) if r in members and r not in out)
            paragraphs.add(para[verb.i])  # a run of members speaking, one paragraph after another
    return out


def find_sitting(doc: Doc, people: People, published: date | None, phrases: list[DatePhrase]) -> Sitting | None:
    """The sitting an article reports, when two people or more are placed at it, else None.

    One sitting per article: council reports tell one meeting of the council.
    """
    acts = _acts(doc, people)
    placed = list(dict.fromkeys(r for act in acts for r in act.refs))
    if not any(act.noun is not None for act in acts) or len(placed) < 2:
        return None
    para = units.paragraph_of(doc)
    speakers = _members_who_spoke(doc, people, para, {para[act.verb.i] for act in acts})
    own: set[int] = set()
    for act in acts:
        own.add(act.verb.i)
        if act.noun is not None:
            # (not a clause the parser hung on the noun: "told members she had spoken to X on Tuesday")
            clauses = {t.i for c in act.noun.children if c.dep_ in {"relcl", "acl", "ccomp"} for t in c.subtree}
            own.update(t.i for t in act.noun.subtree if t.i not in clauses)
    when = _day(doc, phrases, own, published) or _day(doc, phrases, _body_acted(doc), published) or When()
    return Sitting(placed, speakers, min((act.verb for act in acts), key=lambda t: t.i), when)
