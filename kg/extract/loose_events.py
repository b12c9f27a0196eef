"""The last resort for meetings: a sentence the structured rules could not read.

`kg.extract.meeting_events` reads who met whom off the parse, one construction
at a time. News tells meetings in more ways than any list of constructions
holds, and the small parser often breaks the clause that carries them
("Last Monday, a delegation led by A paid a courtesy call on B at ..."). When a
sentence has a factual meeting word, the word has a partner (a person it is done
with or to), and the sentence names two persons, but no rule found a meeting
with two people in it, the persons named in the sentence are taken as the
meeting's participants. On articles the rules were never tuned on this finds
more real meetings than wrong ones.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract import rules, units
from kg.extract.meeting_events import (
    Event,
    factual_noun,
    factual_verb,
    is_definite,
    on_screen,
    other_introduction,
    unshared_drink,
)
from kg.extract.people import People

# the prepositions a meeting verb takes its partner with: "met with", "spoke to", "called on", "received by"
PARTNER_PREPS = {"with", "to", "on", "by", "from", "alongside"}
# a definite meeting noun with one of these still tells its people: "the meeting with B", "the call on B"
TELLING_PREPS = {"with", "between", "on", "to"}
# "sat"/"sit" is a meeting only as "sat down with"
SEAT_VERBS = {"sat", "sit", "sits", "sitting"}
# the kinds of mention that name a person outright; descriptors ("the minister") guess too often here
NAMING = {"name", "pronoun"}
# "A and B were joined by C at a restaurant": those joined and who joined them were together
JOINED = "joined"


def loose_events(doc: Doc, people: People, events: list[Event]) -> list[Event]:
    """Events for the sentences where a meeting word stands but no event found two people.

    Returns the new events only; at most one per sentence, on its first factual
    meeting word. A sentence with an event of two or more people, a "they met"
    event or an attendee's event is left to the rules that read it.
    """
    told = {units.unit_bounds(doc, e.trigger.i) for e in events
            if len(set(e.participants)) >= 2 or e.plural or e.attend}
    verbs = rules.kinds("meeting_verbs")
    nouns = rules.kinds("meeting_nouns")
    found: list[Event] = []
    found.extend(_together_with(doc, people, told))
    # sentences whose first factual meeting word was asked, or that the last resort of "with" read
    done: set[tuple[int, int]] = {units.unit_bounds(doc, e.trigger.i) for e in found}
    for i in units.positions(units.words(doc).lowers, verbs.keys() | nouns.keys() | {JOINED}):
        bounds = units.unit_bounds(doc, i)
        if bounds in told or bounds in done or people.quoted_on(i):
            continue
        tok = doc[i]
        kind = _kind(people, tok, verbs, nouns)
        if kind is None:
            continue
        done.add(bounds)
        named = _named(people, *bounds)
        if len(named) >= 2:
            found.append(Event(tok, kind, named))
    return found


def _kind(people: People, tok: Token, verbs: dict[str, str], nouns: dict[str, str]) -> str | None:
    """The kind of meeting a factual meeting word tells, or None."""
    word = tok.lower_
    if word == JOINED:
        return "meeting" if _joined_in_person(people, tok) else None
    if tok.pos_ == "VERB" and word in verbs:
        if _under_doubt(tok) or not _partner(people, tok) or _unknown_subject(people, tok) \
                or _other_sense(tok, verbs[word]) or other_introduction(people, tok):
            return None
        return verbs[word] if factual_verb(tok) else None
    if tok.pos_ == "NOUN" and word in nouns:
        if unshared_drink(tok):
            return None  # "coffee from X's farm"
        if _under_doubt(tok) or _back_reference(tok) or _occasion(tok) or _opinion(tok) \
                or _visit_to_a_place(people, tok, nouns[word]):
            return None
        return nouns[word] if factual_noun(tok) else None
    return None


def _joined_in_person(people: People, verb: Token) -> bool:
    """Whether "were joined by" tells people coming together: a person joined, by a person, as a fact.

    "were joined by C in calling for a recount" joins a cause, not a room; "was joined by her husband"
    with no one else named is left to the rules that add companions to a meeting.
    """
    passive = any(c.dep_ == "nsubjpass" and people.mention_at(c) is not None for c in verb.children)
    cause = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" or g.tag_ == "VBG"
                                                              for g in c.children) for c in verb.children)
    return passive and not cause and _partner(people, verb) and not _under_doubt(verb) and factual_verb(verb)


def _under_doubt(tok: Token) -> bool:
    """Whether a word that asks, accuses or denies governs the meeting word.

    "has asked for a meeting with B", "accused the mayor of having met C": no meeting the text vouches for.
    """
    asking = rules.words("nonfactual_verbs")
    doubt = rules.kinds("doubt_words")
    return any(a.lower_ in asking or a.lower_ in doubt for a in tok.ancestors)


def _other_sense(verb: Token, kind: str) -> bool:
    """Whether a verb that often means something else means it here.

    "saw B on television"; "sat on a committee with B" (only "sat down with" is a meeting); "called on B to
    resign", "called B a liar", "called for talks", "was summoned by B to testify" (an appeal or an order,
    not a contact).
    """
    if verb.lower_ in SEAT_VERBS:
        return not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if on_screen(verb):
        return True
    if kind == "call" or verb.lower_ in {"summon", "summons", "summoned"}:
        return any(c.dep_ in {"xcomp", "oprd", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for")
                   for c in verb.children)
    return False


def _unknown_subject(people: People, verb: Token) -> bool:
    """Whether the verb's subject is a thing or someone unnamed ("The envoy had spoken with B and C").

    Then the people of the sentence are the ones the subject met, not each other's partners.
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(people.mention_at(s) is None and s.pos_ != "PRON" for s in subjects)


def _occasion(noun: Token) -> bool:
    """Whether the meeting is where something else happened ("was named to the post at a board meeting")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at"


def _opinion(noun: Token) -> bool:
    """Whether the sentence judges a meeting rather than tells one ("a meeting is long overdue")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lower_ in {"is", "are", "'s"} and any(
        c.dep_ in {"acomp", "attr"} for c in verb.children)


def _visit_to_a_place(people: People, noun: Token, kind: str) -> bool:
    """Whether a visit or tour has no person to go to or come from ("on an official visit to Portugal").

    "a multi-day tour across Asia", "a visit to Portugal at the invitation of B": the people met are not
    told here. "B's visit", "a visit by B", "a visit to B" name one.
    """
    if kind != "visit":
        return False
    objects = [o for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return not any(people.mention_at(t) is not None for t in objects + owners)


def _partner(people: People, verb: Token) -> bool:
    """Whether a person is the one the verb is done with or to ("met B", "spoke with B", "was received by B").

    Without one the verb is about something else: "receives a grant", "called for a review", "also spoke".
    """
    if verb.dep_ == "amod" and verb.tag_ in {"VBD", "VBN"} and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and verb.head.i > verb.i and people.mention_at(verb.head) is not None:
        return True  # "A, the minister for X and Y, hosted B, ...": the parser took the verb for B's adjective
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and people.mention_at(child) is not None:
            return True
        preps = [child] if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS else []
        if child.dep_ == "agent":
            preps.append(child)
        if child.dep_ == "prt":  # "sat down with B"
            preps.extend(p for p in child.children if p.dep_ == "prep")
        if any(o.dep_ == "pobj" and people.mention_at(o) is not None for p in preps for o in p.children):
            return True
    return False


def _back_reference(noun: Token) -> bool:
    """Whether a definite meeting noun points back to a meeting told before, with no people of its own."""
    definite = is_definite(noun) or any(c.dep_ == "det" and c.lower_ == "these" for c in noun.children)
    return definite and not any(c.dep_ == "prep" and c.lower_ in TELLING_PREPS for c in noun.children)


def _named(people: People, start: int, end: int) -> list[str]:
    """The persons a sentence names or refers to by pronoun, outside its quotations, in order."""
    named: list[str] = []
    for mention in people.mentions:
        if start <= mention.start < end and mention.kind in NAMING and not people.quoted_on(mention.start):
            named.extend(r for r in mention.refs if r not in named)
    return named


def _together_with(doc: Doc, people: People, told: set[tuple[int, int]]) -> list[Event]:
    """ "A holed up in his office for six hours with B": a named person did something with another.

    The last resort for verbs no list holds: a factual past-tense verb with a named (or
    pronoun) subject and a "with" phrase naming a person, in a sentence no rule found a
    meeting in. Verbs whose "with" tells no being together are listed in
    `not_together_verbs.txt` ("agreed with", "sided with").
    """
    apart = rules.words("not_together_verbs") | rules.kinds("meeting_verbs").keys()
    nouns = rules.kinds("meeting_nouns").keys()
    found = []
    for i in units.positions(units.words(doc).lowers, {"with"}):
        prep = doc[i]
        verb = prep.head
        while verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i and verb.lower_ not in nouns:
            verb = verb.head  # "holed up in his office for six hours with B": the "with" hangs on "hours"
        if verb.lower_ in nouns:
            continue  # "asked for a meeting with B": the meeting noun's own rules read it
        bounds = units.unit_bounds(doc, i)
        if prep.dep_ != "prep" or verb.tag_ != "VBD" or verb.lower_ in apart or bounds in told or people.quoted_on(i):
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]  # "with lawyer B and banker C"
        partners = [m for o in objects for m in [people.mention_at(o)] if m is not None and m.kind == "name"]
        subjects = [m for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"}
                    for m in [people.mention_at(c)] if m is not None and m.kind in NAMING]
        if not partners or not subjects or not factual_verb(verb):
            continue
        refs = [r for m in subjects + partners for r in m.refs]
        if len(set(refs)) >= 2:
            found.append(Event(verb, "meeting", list(dict.fromkeys(refs))))
            told.add(bounds)
    return found
