"""Meetings, calls and visits between persons, read from the dependency parse.

A meeting is reported by a verb ("met with", "hosted", "called") or a noun
("talks between A and B", "her meeting with B", "held a call with"). Who took
part comes from the subject, object and "with"/"between" phrases, resolved to
persons through names, pronouns and descriptors. Only meetings the text states
as having happened count: modal, negated, infinitival ("plans to meet") and
conditional mentions are dropped, and so are meetings said to be cancelled,
postponed or scheduled. Mentions of the same people on compatible dates are one
meeting; the date is the phrase attached to the verb or noun, else the sentence's,
else that of the event the text was just talking about. "Three days later" counts
from the last day the text named; a live-blog entry's undated events happened on
the day of its time stamp.

Everyone who took part joins the one meeting: companions ("accompanied by"),
delegation leaders ("a delegation led by X"), and people added later ("also
present were", "X joined them by phone", "the meeting was attended by").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract import dates, rules, units
from kg.extract.dates import NUMBER_WORDS, UNIT_DAYS, DatePhrase, When
from kg.extract.people import Mention, People, title_flags
from kg.records import Meeting
from kg.records import Span as TextSpan

CLAUSE = {"relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj"}
COLLECT_SKIP = CLAUSE | {"prep", "poss", "case", "punct", "det", "cc", "agent", "mark", "aux", "neg"}
TOGETHER_PREPS = {"in", "during", "at", "over", "via", "on", "by", "through", "after", "following", "from"}
PARTITIVES = {"part", "parts", "rest", "portion", "some", "most", "start", "end", "remainder", "all", "half"}
# "held three hours of talks", "a second round of talks": the talks are the object
MEASURES = {"hour", "hours", "minutes", "day", "days", "week", "weeks", "round", "rounds", "series", "couple", "night"}
INVOLVE_VERBS = {"involve", "involves", "involved", "include", "includes", "included", "brought", "bring", "brings"}
NONFACTUAL_NOUNS = {
    "invitation",
    "plan",
    "plans",
    "proposal",
    "request",
    "offer",
    "hope",
    "hopes",
    "prospect",
    "possibility",
    "chance",
    "idea",
    "call",
    "calls",
    "push",
    "bid",
    "effort",
    "efforts",
}


@dataclass
class Event:
    """One mention of a contact in the text."""

    trigger: Token
    kind: str
    participants: list[str]
    separate: bool = False
    definite: bool = False
    attend: bool = False
    when: When | None = None
    has_phrase: bool = False
    relative: tuple[int, int] | None = None  # (trigger index of the other event, days after it)
    offset: int | None = None  # dated by "three days later": days after the last day named before
    plural: bool = False  # "they met": the people of the meeting before
    joiners: list[str] = field(default_factory=list)  # "the pair met, with X also in the room": X as well
    group: str | None = None  # "met five parents": unnamed people ("parent") whom later sentences may name
    gap: bool = False  # the second half of "met A on Monday and B on Tuesday": dated by the phrase after it
    gapped: list[Event] = field(default_factory=list)


@dataclass
class Draft:
    """A meeting being assembled from one or more events."""

    participants: list[str]
    kind: str
    events: list[Event] = field(default_factory=list)
    when: When = field(default_factory=When)


def _bare(tok: Token) -> str:
    return rules.bare(tok.text)


def collect(people: People, tok: Token, depth: int = 0) -> list[str]:
    """Persons in a phrase: the head, its coordinations and appositions, not its clauses.

    Companions count ("X, accompanied by Y", "X, along with Y"), and a delegation
    stands for its leader ("a delegation led by X").
    """
    return _collect(people, tok.i, depth)


def _collect(people: People, i: int, depth: int = 0) -> list[str]:
    """`collect` of the phrase headed by token `i`, read off the per-document lists (it visits every phrase)."""
    out: list[str] = []
    if depth > 30:
        return out
    doc = people.doc
    a = units.attrs(doc)
    deps = a.deps
    children = units.children(doc)
    mention = people.mention_on(i)
    if mention is not None and not (mention.kind == "descriptor" and _named_after(people, doc[i])):
        out.extend(mention.refs)
    if out:
        for child in children[i]:
            inside = mention is not None and mention.start <= child < mention.end
            # The small parser hangs coordinated names off each other as nmod/compound.
            if deps[child] == "conj" or (deps[child] in {"nmod", "compound", "appos"} and not inside):
                out.extend(r for r in _collect(people, child, depth + 1) if r not in out)
        if children[i]:  # companions hang on the phrase's children
            out.extend(r for r in _companions(people, i, depth) if r not in out)
        return out
    word = a.bares[i]
    if word in _group_words():  # "a group of MPs led by X"
        out.extend(r for r in _leaders(people, doc[i], depth) if r not in out)
    if a.tags[i] == "NNS" or word in rules.words("delegation_nouns"):  # "three council members, including X"
        lowers = units.words(doc).lowers
        for child in children[i]:
            if deps[child] == "prep" and lowers[child] == "including":
                for obj in children[child]:
                    if deps[obj] == "pobj":
                        out.extend(r for r in _collect(people, obj, depth + 1) if r not in out)
    if title_flags(doc)[i]:
        out.extend(r for r in _title_of_name(people, doc[i]) if r not in out)
    for child in children[i]:
        if deps[child] in COLLECT_SKIP:
            continue
        out.extend(r for r in _collect(people, child, depth + 1) if r not in out)
    if children[i]:
        out.extend(r for r in _companions(people, i, depth) if r not in out)
    return out


def _named_after(people: People, tok: Token) -> bool:
    """ "the Minister of Commerce, A. Name": a title with its name in apposition is that name, not a descriptor."""
    return any(
        c.dep_ in {"appos", "conj"} and c.i > tok.i and any(m.kind == "name" for m in [people.mention_at(c)] if m)
        and all(t.is_punct for t in tok.doc[people.mention_at(tok).end : people.mention_at(c).start])
        for c in tok.children
    )


def _title_of_name(people: People, tok: Token) -> list[str]:
    """ "Deputy Minister of Agriculture A. Name" parsed with the name inside "of": the name ends the phrase."""
    end = tok.right_edge.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "on"}:
            mention = people.mention_at(tok.doc[end])
            if mention is not None and mention.kind == "name" and mention.end == end + 1 and mention.start > child.i:
                return list(mention.refs)
    return []


def _by_agent(people: People, verb: Token, depth: int) -> list[str]:
    """Persons after "by" of a passive participle."""
    out: list[str] = []
    agents = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ in {"prep", "conj"} and c.lower_ == "by")]
    agents += [c for a in agents for c in a.children if c.dep_ == "conj" and c.lower_ == "by"]  # "by A, and by B"
    for child in agents:
        for obj in child.children:
            if obj.dep_ == "pobj":
                out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
    return out


def _companions(people: People, i: int, depth: int = 0) -> list[str]:
    """ "accompanied by Y", "along with Y", "together with Y", "alongside Y" hanging on token `i`."""
    out: list[str] = []
    doc = people.doc
    a = units.attrs(doc)
    deps = a.deps
    lowers = units.words(doc).lowers
    children = units.children(doc)
    for child in children[i]:
        if deps[child] in {"acl", "advcl"} and a.bares[child] in rules.words("companion_words"):
            out.extend(r for r in _by_agent(people, doc[child], depth) if r not in out)
        elif deps[child] == "prep" and lowers[child] in {"along", "together"}:
            for grand in children[child]:
                if deps[grand] == "prep" and lowers[grand] == "with":
                    for obj in children[grand]:
                        if deps[obj] == "pobj":
                            out.extend(r for r in _collect(people, obj, depth + 1) if r not in out)
        elif deps[child] == "prep" and lowers[child] == "alongside" and a.poss[i] != "VERB":
            for obj in children[child]:
                if deps[obj] == "pobj":
                    out.extend(r for r in _collect(people, obj, depth + 1) if r not in out)
    return out


LEADER_VERBS = {"led", "headed", "including", "included", "comprising", "fronted"}


def _leaders(people: People, group: Token, depth: int) -> list[str]:
    """Who a delegation stands for: "a delegation led by X", "X led a delegation that ..."."""
    out: list[str] = []
    for child in group.children:
        if child.dep_ in {"acl", "relcl"} and _bare(child) in LEADER_VERBS:
            out.extend(r for r in _by_agent(people, child, depth) if r not in out)
            for obj in child.children:
                if obj.dep_ == "dobj":
                    out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
        elif child.dep_ == "prep" and child.lower_ == "under":  # "a team under X"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
    head = group.head
    if group.dep_ == "dobj" and _bare(head) in {"led", "leads", "lead", "leading", "headed", "heads", "head"}:
        out.extend(r for r in _subjects(people, head) if r not in out)
    return out


def _subjects(people: People, verb: Token, seen: int = 0) -> list[str]:
    """Subjects of a verb, inherited through coordination and control."""
    return _subjects_of(people, verb.i, seen)


def _subjects_of(people: People, verb: int, seen: int = 0) -> list[str]:
    """`_subjects` of token `verb`, read off the per-document lists."""
    doc = people.doc
    a = units.attrs(doc)
    deps, heads = a.deps, a.heads
    lowers = units.words(doc).lowers
    subjects = [c for c in units.children(doc)[verb] if deps[c] in {"nsubj", "nsubjpass"}]
    head = heads[verb]
    for child in subjects:
        if lowers[child] in {"who", "that"} and deps[verb] == "relcl":
            refs = _collect(people, head)
            if not refs and deps[head] == "appos":
                refs = _collect(people, heads[head])
            return refs
    if subjects:
        # "Medina, 51, and Okwu met": the small parser may give a verb two subjects.
        out: list[str] = []
        for child in subjects:
            out.extend(r for r in _collect(people, child) if r not in out)
        return out
    if seen > 4 or head == verb:
        return []
    if deps[verb] in {"relcl", "acl"}:
        return _collect(people, head)
    if deps[verb] in {"conj", "xcomp", "advcl"}:
        return _subjects_of(people, head, seen + 1)
    if deps[verb] == "pcomp" and deps[head] == "prep" and a.poss[heads[head]] in {"VERB", "AUX"}:
        return _subjects_of(people, heads[head], seen + 1)  # "After meeting X, she said"
    return []


def _prep_objects(people: People, verb: Token, preps: set[str], through_object: bool = True) -> list[str]:
    """Persons after the given prepositions ("met with X", "toured the plant with X")."""
    return _prep_objects_of(people, verb.i, preps, through_object)


def _prep_objects_of(people: People, verb: int, preps: set[str], through_object: bool = True) -> list[str]:
    """`_prep_objects` of token `verb`, read off the per-document lists."""
    out: list[str] = []
    doc = people.doc
    deps = units.attrs(doc).deps
    lowers = units.words(doc).lowers
    children = units.children(doc)
    for child in children[verb]:
        dep = deps[child]
        if through_object and dep == "dobj" and not people.phrase_refs(child):
            out.extend(r for r in _prep_objects_of(people, child, preps, False) if r not in out)
        if dep in {"prep", "agent"} and lowers[child] in preps:
            for obj in children[child]:
                if deps[obj] == "pobj":
                    out.extend(r for r in _collect(people, obj) if r not in out)
        if dep == "prt":
            out.extend(r for r in _prep_objects_of(people, child, preps) if r not in out)
        if dep == "prep" and lowers[child] in {"along", "together"} and "with" in preps:
            out.extend(r for r in _prep_objects_of(people, child, {"with"}, False) if r not in out)
    return out


def _nested_by(people: People, verb: Token) -> list[str]:
    """ "was shown around the plant by X", "was welcomed at the airport by X": "by" hung on the place."""
    out: list[str] = []
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for obj in child.children:
            if obj.dep_ == "pobj":
                out.extend(r for r in _prep_objects(people, obj, {"by"}, False) if r not in out)
    return out


def _linear_with(people: People, verb: Token, words: set[str]) -> list[str]:
    """ "spoke by phone today with X": the parser lost the "with"; read it off the words."""
    doc = people.doc
    sent_end = units.unit_bounds(doc, verb.i)[1]
    out: list[str] = []
    k = verb.i + 1
    while k < min(sent_end, verb.i + 10):
        tok = doc[k]
        if tok.pos_ == "VERB" or tok.text in {";", ".", ":"}:
            return out
        if tok.lower_ in words:
            break
        k += 1
    else:
        return out
    k += 1
    while k < min(sent_end, verb.i + 30):
        tok = doc[k]
        refs = people.refs_at(tok)
        if refs:
            out.extend(r for r in refs if r not in out)
            mention = people.mention_at(tok)
            k = mention.end if mention else k + 1
            if k < sent_end and doc[k].lower_ == "and":
                k += 1
                continue
            return out
        if tok.pos_ == "VERB" or tok.text in {";", "."}:
            return out
        k += 1
    return out


def _objects(people: People, verb: Token) -> list[str]:
    """Direct objects; a person parsed as "oprd" ("called X on Monday") counts when there is no object."""
    out: list[str] = []
    doc = people.doc
    deps = units.attrs(doc).deps
    children = units.children(doc)[verb.i]
    for child in children:
        if deps[child] in {"dobj", "dative"}:
            out.extend(r for r in _collect(people, child) if r not in out)
    if not any(deps[c] == "dobj" for c in children):
        for child in children:
            if deps[child] in {"oprd", "attr"} and people.refs_on(child):
                out.extend(r for r in _collect(people, child) if r not in out)
    elif not out:  # "met union leaders, including its president, X": X is one of them
        groups = [c for c in verb.children if c.dep_ == "dobj" and (c.tag_ == "NNS" or _plural_object(c))]
        for holder in groups + ([verb] if groups else []):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "including":
                    found = [r for o in child.children if o.dep_ == "pobj" for r in collect(people, o)]
                    out.extend(r for r in found if r not in out)
    return out


def _phone(verb: Token) -> bool:
    """ "spoke by phone", "talked over video": the contact was a call."""
    doc = verb.doc
    phone = rules.words("phone_words")
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    for child in units.children(doc)[verb.i]:
        if a.deps[child] in {"prep", "agent"} and lowers[child] in {"by", "over", "on", "via"}:  # "spoken by telephone"
            if any(a.bares[k] in phone for k in units.subtree(doc, child)):
                return True
        if a.deps[child] == "advmod" and a.bares[child] in {"telephonically"}:
            return True
    return False


def factual_verb(verb: Token, depth: int = 0) -> bool:
    """Whether a verb reports something that happened (not planned, negated or supposed)."""
    return _factual(verb.doc, verb.i, depth)


def _factual(doc: Doc, verb: int, depth: int) -> bool:
    """`factual_verb` of token `verb`, read off the per-document lists."""
    if depth > 6:
        return True
    a = units.attrs(doc)
    deps, tags, heads = a.deps, a.tags, a.heads
    lowers = units.words(doc).lowers
    kids = units.children(doc)[verb]
    if any(deps[c] == "neg" for c in kids):
        return False
    aux = {lowers[c] for c in kids if deps[c] in {"aux", "auxpass"}}
    if aux & rules.words("modal_words"):
        return False
    # "is understood to have spoken", "is said to have met": reported as done
    perfect = tags[verb] == "VBN" and "have" in aux and deps[verb] in {"xcomp", "ccomp"}
    infinitive = any(deps[c] == "aux" and tags[c] == "TO" for c in kids)
    trip = infinitive and (
        (perfect and _factual(doc, heads[verb], depth + 1)) or _purpose_of_trip(doc[verb], depth)
    )
    if infinitive and not trip:
        return False
    marks = {lowers[c] for c in kids if deps[c] == "mark" or (deps[c] == "advmod" and tags[c] == "WRB")}
    if marks & {"if", "unless", "whether", "lest"}:
        return False
    if tags[verb] in {"VBP", "VBZ", "VB"} and marks & {"when", "once", "until", "till", "before", "after"}:
        return False
    if tags[verb] == "VB" and not aux & {"did", "do", "does"} and not trip:
        return False
    head = heads[verb]
    if tags[verb] == "VBG" and deps[verb] == "pcomp" and lowers[head] in {"to", "ahead", "before"}:
        main = heads[head]
        # "held talks with A on Monday before meeting B": told in the past, it happened
        if not (lowers[head] == "before" and tags[main] == "VBD" and _factual(doc, main, depth + 1)):
            return False
    if head == verb:
        return True
    if deps[verb] in {"xcomp", "ccomp"} and a.bares[head] in rules.words("nonfactual_verbs") and deps[verb] == "xcomp":
        return False
    if deps[verb] in {"conj", "xcomp"}:
        return _factual(doc, head, depth + 1)
    return True


def _purpose_of_trip(verb: Token, depth: int) -> bool:
    """ "flew to Kessel on Monday to meet X", "was in Kessel to meet X": a trip made for the meeting."""
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or head.i == verb.i or head.tag_ != "VBD":
        return False
    if _bare(head) not in rules.words("motion_verbs") and not (
        head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in head.children)
    ):
        return False
    return factual_verb(head, depth + 1)


def _governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a meeting noun depends on and how: ("held", "dobj"), ("briefed", "in").

    Climbs through nouns ("briefed X on its outcome in a call"): the relation is
    the preposition nearest the meeting noun.
    """
    verb, relation = _governs(noun.doc, noun.i)
    return (noun.doc[verb] if verb is not None else None), relation


def _governs(doc: Doc, noun: int) -> tuple[int | None, str]:
    """`_governing_verb` of token `noun` as a token number, read off the per-document lists."""
    a = units.attrs(doc)
    deps, heads, poss = a.deps, a.heads, a.poss
    lowers = units.words(doc).lowers
    cur = noun
    relation = ""
    for _ in range(8):
        head = heads[cur]
        if head == cur:
            return None, relation or deps[cur]
        if deps[cur] == "pobj":
            cur = head
            continue
        if deps[cur] == "prep":
            measure = a.bares[head] in PARTITIVES or a.bares[head] in MEASURES
            if lowers[cur] == "of" and measure and deps[head] in {"dobj", "nsubj", "nsubjpass"}:
                cur = head  # "joined part of the session": the session is the object
                continue
            relation = relation or lowers[cur]
            if poss[head] in {"VERB", "AUX"}:
                return head, relation
            if poss[head] in {"NOUN", "PROPN"} and deps[head] in {"pobj", "dobj"}:
                cur = head
                continue
            return None, relation
        if poss[head] in {"VERB", "AUX"}:
            return head, relation or deps[cur]
        if deps[cur] in {"compound", "conj", "appos"}:
            cur = head
            continue
        return None, relation or deps[cur]
    return None, relation


def factual_noun(noun: Token) -> bool:
    """Whether a meeting noun reports a real meeting ("a possible meeting" does not)."""
    kids = list(noun.children)
    for child in kids:
        if child.dep_ == "amod" and _bare(child) in rules.words("nonfactual_adjectives"):
            return False
        if child.dep_ == "det" and child.lower_ in {"no", "any"}:
            return False
        if child.dep_ == "compound" and _bare(child) in {"future", "planned", "proposed"}:
            return False
    if noun.head.dep_ == "prep" and noun.head.lower_ in {"without", "ahead", "before"}:
        return False
    if _bare(noun) in {"call", "calls"}:  # "calls for a review", "a call to resign": appeals
        for child in kids:
            if (child.dep_ == "prep" and child.lower_ == "for" and not _duration(child)) or (
                child.dep_ in {"acl", "relcl"} and any(c.tag_ == "TO" for c in child.children)
            ):
                return False
    if noun.dep_ == "pobj" and noun.head.head.lower_ in NONFACTUAL_NOUNS and noun.head.head.pos_ == "NOUN":
        return False
    for child in kids:  # "a meeting that had been scheduled for Friday", "talks set for May"
        if child.dep_ in {"acl", "relcl"} and _bare(child) in rules.words("cancel_verbs"):
            return False
    verb, relation = _governing_verb(noun)
    if verb is None:
        return True
    root = noun.doc[units.unit_root(noun.doc, noun.i)]
    if relation in {"after", "following"} and (
        root.tag_ in {"VBD", "VBN"} or (root.tag_ == "VBZ" and _bare(root) in rules.words("speech_verbs"))
    ):
        return True  # "said (says) it will not change course following a meeting yesterday": the meeting is past
    if relation == "dobj" and _bare(verb) in rules.words("nonfactual_verbs"):
        return False
    if relation in {"nsubj", "nsubjpass"} and _cancelled(verb):
        return False
    return factual_verb(verb)


def _cancelled(verb: Token) -> bool:
    """ "was cancelled", "was called off", "is scheduled for", "is due": the meeting did not happen."""
    if _bare(verb) in rules.words("cancel_verbs"):
        # "the meeting set the agenda", "the talks delayed the vote": active, the meeting did its work
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or verb.dep_ in {"acl", "relcl"}
        return passive or verb.tag_ == "VBN"
    for child in verb.children:
        if child.dep_ in {"acomp", "xcomp"} and _bare(child) in rules.words("cancel_verbs"):
            return True
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
    return (_bare(verb) in {"called", "put", "pushed", "broken"} and bool(particles & {"off", "back"})) or (
        _bare(verb) in {"fell", "falls", "fallen"} and "through" in particles
    )


def _date_word(tok: Token) -> bool:
    """ "Tuesday's meeting", "yesterday's talks": a possessor that is a date, not an owner."""
    return tok.ent_type_ in {"DATE", "TIME"} or _bare(tok) in dates.WEEKDAYS or _bare(tok) in {
        "yesterday",
        "today",
        "tonight",
    }


def _duration(prep: Token) -> bool:
    """ "for 40 minutes", "for an hour": how long, not what for."""
    return any(t.lower_.rstrip("s") in {"minute", "hour", "second"} for t in prep.subtree)


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in noun.children)


def _subject_token(verb: Token) -> Token | None:
    """The word that is the subject of a verb, following coordination and control."""
    for _ in range(5):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head
            continue
        if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _unknown_subject(people: People, verb: Token, subjects: list[str]) -> bool:
    """The verb has a subject, but it is nobody we know ("the president-elect had spoken with A and B").

    Then its objects met someone unknown, not each other.
    """
    if subjects:
        return False
    subject = _subject_token(verb)
    return subject is not None and subject.lower_ not in {"it", "there"}


def _verb_event(people: People, verb: Token, kind: str) -> Event | None:
    """A meeting told by a verb, with its participants (the verb's children read once)."""
    kids = list(verb.children)
    word = verb.lower_
    if any(c.dep_ == "prt" and c.lower_ in {"on", "for", "off", "up", "out"} for c in kids) and kind == "call":
        return None
    subjects = _subjects(people, verb)
    late = [c for c in kids if c.dep_ == "nsubj" and c.i > verb.i]
    if verb.dep_ == "conj" and late and not any(c.dep_ in {"dobj", "nsubj"} and c.i < verb.i for c in kids):
        # "X met A on Monday and later met B": the parser took B for the subject of the second verb
        subjects = _subjects(people, verb.head)
        objects = [r for c in late for r in collect(people, c)]
        if subjects and objects:
            return Event(verb, kind, list(dict.fromkeys(subjects + objects)))
    if not subjects and _delegation_subject(verb):
        # "a delegation met X": X, and the members if a later sentence names them
        hosts = _objects(people, verb) + _prep_objects(people, verb, {"with", "by"})
        if kind == "call" and not hosts:  # "the delegation called on X"
            hosts = [r for c in kids if _call_on(people, c) for o in c.children for r in collect(people, o)]
            kind = "visit"
        if hosts and factual_verb(verb):
            return Event(verb, kind, list(dict.fromkeys(hosts)), group="delegation")
    if _unknown_subject(people, verb, subjects):
        # still an event that later mentions may take their date from
        plural = _plural_subject(verb)
        # "the pair met, with X also in the room"; "they were received by X"
        joiners = _objects(people, verb) + _prep_objects(people, verb, {"with", "alongside"}) if plural else []
        if plural and any(c.dep_ == "auxpass" for c in kids):
            joiners += _by_agent(people, verb, 0)
        return Event(verb, kind, [], plural=plural, joiners=list(dict.fromkeys(joiners)))
    if word in {"summoned", "summons"} and any(c.dep_ in {"xcomp", "advcl"} for c in kids):
        return None  # "summoned X to testify": an order, not a meeting
    if word in rules.words("guest_verbs"):
        nouns = rules.kinds("meeting_nouns")
        things = [c for c in kids if c.dep_ == "dobj" and not _guest(people, c) and _bare(c) not in nouns]
        if things:
            return None  # "welcomed the decision", "received a letter"; "hosted the summit" is a meeting
    subject = _subject_token(verb)
    group = subject is not None and (people.mention_at(subject) or Mention(0, 0, (), "")).kind == "group"
    objects = _objects(people, verb)
    # "welcomed X to Kessel": with an object of its own, the verb's "to" names a place or an occasion.
    with_objs = _prep_objects(people, verb, {"with", "by", "alongside"} | (set() if objects else {"to"}))
    if not with_objs and any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
        with_objs = _nested_by(people, verb)
    if not with_objs:  # "sat down at the legislature with X": "with" hung on the place
        places = [o for c in kids if c.dep_ == "prep" and c.lower_ in {"at", "in"} for o in c.children]
        with_objs = [r for o in places if o.dep_ == "pobj" for r in _prep_objects(people, o, {"with"}, False)]
    if not with_objs and not objects:
        with_objs = _linear_with(
            people, verb, {"with"} if word not in rules.words("conversation_verbs") else {"with", "to"}
        )
    if kind == "call" and not objects:
        # "called on the Prime Minister": a visit, unless an appeal follows ("to resign", "for calm").
        on = [c for c in kids if _call_on(people, c)]
        appeal = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids)
        if on and not appeal:
            objects = [r for c in on for o in c.children if o.dep_ == "pobj" for r in collect(people, o)]
            if objects:
                kind = "visit"
    if kind == "call":
        naming = any(c.dep_ in {"oprd", "attr"} and not people.refs_at(c) for c in kids)
        if naming or any(c.dep_ in {"ccomp", "acomp"} for c in kids) or not objects:
            return None
        # "called on X to resign", "called on X for restraint": an appeal, not a visit.
        appeal = any(_call_on(people, c) for c in kids)
        if appeal and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
            return None
        if appeal:
            kind = "visit"  # "called on X": went to see X
    group_noun = _group_object(people, verb) if len(subjects) == 1 and not objects and not with_objs else None
    if group_noun is not None and factual_verb(verb):
        # "sat down with five parents": one named participant, the others named later if at all
        return Event(verb, "call" if _phone(verb) else kind, list(subjects), group=group_noun)
    if word in SPEND_VERBS and not any(c.lower_ == "together" for c in kids):
        # "spent the morning with X": only with a stretch of time and a person
        timed = any(c.dep_ in {"dobj", "npadvmod"} and _bare(c) in TIME_NOUNS for c in kids)
        if not (timed and with_objs and subjects):
            return None
    if word in rules.words("conversation_verbs"):
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        wherein = any(  # "..., during which they discussed ...": the event told before
            c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children) for c in clause.children
        )
        if clause.dep_ == "relcl" and (_bare(clause.head) in rules.kinds("meeting_nouns") or wherein):
            return None  # "a call in which A and B discussed ...": the call itself is the event
        if not with_objs and not _phone(verb) and len(subjects) < 2:
            return None
        if not with_objs and not _phone(verb) and _at_an_occasion(verb):
            return None  # "A and B spoke at the rally": speeches, not a conversation
        if word == "sat" and not any(c.lower_ == "down" for c in kids) and not with_objs:
            return None
        objects = []
        if _phone(verb):
            kind = "call"
    if kind == "visit" and word.startswith("tour"):
        objects = []
    elif kind == "visit" and not objects:  # "visited the palace of King X", "visited X's home"
        objects = [r for c in kids if c.dep_ == "dobj" and _bare(c) in HOME_NOUNS
                   for r in _prep_objects(people, c, {"of"}, False) + [x for p in c.children if p.dep_ == "poss"
                                                                       for x in people.np_refs(p)]]
    # "received X in the presence of Y": Y took part
    joined_in = [r for c in kids if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj" and o.lower_ == "presence" for r in _prep_objects(people, o, {"of"}, False)]
    # "X hosted the summit, joined by A, B and C": the companions hang on the verb
    joined = [r for c in kids if c.dep_ in {"advcl", "acl"} and _bare(c) in rules.words("companion_words")
              for r in _by_agent(people, c, 0)]
    participants: list[str] = []
    for ref in subjects + objects + with_objs + joined + joined_in:
        if ref not in participants:
            participants.append(ref)
    separate = any(c.dep_ == "advmod" and c.lower_ == "separately" for c in kids)
    # "X called A and B": two calls, not a conference of three.
    if kind == "call" and len(objects) >= 2 and not with_objs and len(subjects) == 1:
        separate = True
    # "spoke with A, and later with B": one "with" each, two conversations
    withs = [c for c in kids if c.dep_ == "prep" and c.lower_ == "with"]
    named = [w for w in withs if any(collect(people, o) for o in w.children if o.dep_ == "pobj")]
    if len(subjects) == 1 and len(named) >= 2:
        separate = True
    event = Event(verb, kind, participants, separate=separate)
    if not objects and not with_objs and (group or (not subjects and _plural_subject(verb))):
        # "the two discussed ...", "they met again": the people of the meeting just told
        event.plural = True
        event.participants = []
    if subjects and (objects or with_objs):
        event.gapped = _gapped(people, verb, kind, subjects, participants)
    return event


def _group_object(people: People, verb: Token) -> str | None:
    """The lemma of an unnamed group a verb has as its partner: "met five parents", "sat down with leaders"."""
    candidates = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "for"}]  # "hosted a dinner for"
    candidates += [o for c in withs for o in c.children if o.dep_ == "pobj"]
    for obj in candidates:
        if people.np_refs(obj):
            continue
        if _bare(obj) in rules.words("delegation_nouns") and not _leaders(people, obj, 0):
            return "delegation"  # "met a delegation of rebel MPs": its members may be named next
        plurals = rules.words("people_plurals") | rules.words("group_nouns")
        if obj.tag_ == "NNS" and obj.lower_ in plurals:
            return obj.lower_
    return None


def _gapped(people: People, verb: Token, kind: str, subjects: list[str], taken: list[str]) -> list[Event]:
    """ "met A on Monday and B on Tuesday", "spoke with A on Monday and with B on Tuesday".

    The parser hangs the second partner on the first date: a meeting of its own, dated by
    the phrase that follows it.
    """
    out: list[Event] = []
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj" or not _date_word(obj):
                continue
            for conj in obj.children:
                if conj.dep_ != "conj":
                    continue
                if conj.pos_ == "ADP" and conj.lower_ == "with":
                    refs = [r for o in conj.children if o.dep_ == "pobj" for r in collect(people, o)]
                else:
                    refs = collect(people, conj)
                refs = [r for r in refs if r not in taken]
                if refs:
                    out.append(Event(conj, kind, list(dict.fromkeys(subjects + refs)), gap=True))
        for conj in child.children:
            if conj.dep_ == "conj" and conj.pos_ == "ADP" and conj.lower_ == "with":
                refs = [r for o in conj.children if o.dep_ == "pobj" for r in collect(people, o) if r not in taken]
                if refs:
                    out.append(Event(conj, kind, list(dict.fromkeys(subjects + refs)), gap=True))
    return out


def _at_an_occasion(verb: Token) -> bool:
    nouns = rules.kinds("meeting_nouns")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "to", "before"}:
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if objs and not any(o.lower_ in nouns for o in objs):
                return True
    return False


def _guest(people: People, obj: Token) -> bool:
    """An object that can be a guest: a person, a delegation, a group of people, "them"."""
    if collect(people, obj) or _plural_object(obj) or _bare(obj) in rules.words("delegation_nouns"):
        return True
    return obj.tag_ == "NNS" or obj.lower_ in {"him", "her", "us", "me"}


def _call_on(people: People, child: Token) -> bool:
    """The "on" of "called on X" (a particle, or a preposition before a person), not "called X on Monday"."""
    if child.dep_ not in {"prep", "prt"} or child.lower_ not in {"on", "upon"}:
        return False
    objs = [o for o in child.children if o.dep_ == "pobj"]
    return not objs or any(collect(people, o) for o in objs)


HOME_NOUNS = {"palace", "home", "house", "residence", "office", "offices", "farm", "bedside", "camp"}
SPEND_VERBS = {"spent", "spend", "spends", "spending"}
TIME_NOUNS = {"morning", "afternoon", "evening", "day", "days", "night", "hour", "hours", "minutes", "week", "weekend",
              "time", "lunchtime"}
PLURAL_WORDS = {"they", "pair", "two", "both", "duo", "trio", "three", "sides"}


def _plural_subject(verb: Token) -> bool:
    """ "The pair met again", "they spoke": the people of the meeting told just before."""
    subject = _subject_token(verb)
    if subject is None:
        return False
    if subject.lower_ in PLURAL_WORDS:
        return True
    return subject.tag_ == "NNS" and subject.lower_ in rules.words("group_nouns") and any(
        c.lower_ in {"the", "both"} for c in subject.children
    )


def _noun_event(people: People, noun: Token, kind: str) -> Event:
    """A meeting told by a noun, with its participants (the noun's children read once)."""
    kids = list(noun.children)
    participants: list[str] = []

    def add(refs: list[str] | tuple[str, ...]) -> None:
        participants.extend(r for r in refs if r not in participants)

    verb, relation = _governing_verb(noun)
    group = None
    if verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
        subjects = _subjects(people, verb)
        if _delegation_subject(verb) and not subjects:
            group = "delegation"  # "a delegation paid a courtesy call on X": its members may be named later
        elif _unknown_subject(people, verb, subjects):
            # "the pair held talks": the people told before; "the president-elect held talks": unknown
            return Event(noun, kind, [], definite=_definite(noun), plural=_plural_subject(verb))
        add(subjects)
    for child in kids:
        if child.dep_ == "poss" and not _date_word(child):
            owner = people.np_refs(child)
            if not owner and child.lower_ in {"their", "our"}:
                continue  # "told X during their meeting": the people of the verb
            if not owner:
                return Event(noun, kind, [], definite=True)
            add(owner)
    preps = {"with", "between", "among", "involving", "alongside", "of"}  # "a meeting of A, B and C"
    if kind in {"visit", "call"} or participants:
        preps.add("to")
    if kind in {"visit", "call"}:
        preps.add("from")  # "a call from X", "a visit from X"
    paying = {"paid", "pay", "pays", "made", "make", "makes"}
    if kind in {"visit", "call"} and verb is not None and relation == "dobj" and _bare(verb) in paying:
        preps.add("on")  # "paid a courtesy call on X"
        kind = "visit"
    sentence = units.unit_bounds(people.doc, noun.i)[0]
    deps = units.attrs(people.doc).deps
    for k in units.subtree(people.doc, noun.i):  # "a call ..., in which the three agreed": the group took part
        if deps[k] != "relcl" or units.unit_bounds(people.doc, k)[0] != sentence:
            continue
        child = people.doc[k]
        wherein = any(
            c.dep_ == "prep" and c.lower_ in {"in", "at", "during"} and any(w.lower_ == "which" for w in c.children)
            for c in child.children
        )
        if wherein:  # "a call in which A and B discussed ...", "a meeting at which the three agreed ..."
            for subj in child.children:
                if subj.dep_ == "nsubj" and subj.lower_ not in {"they", "we"}:  # "they": the call's own people
                    add(collect(people, subj))
    for child in kids:  # "a meeting attended by A and B"
        if child.dep_ == "acl" and _bare(child) in rules.words("attend_verbs"):
            add(_by_agent(people, child, 0))
    for child in kids:  # "the meeting, which X also attended"
        if child.dep_ == "relcl" and _bare(child) in rules.words("attend_verbs") and factual_verb(child):
            # The small parser sometimes hangs the subject name as an adverb ("which X also attended").
            guests = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
                c for c in child.children if c.dep_ in {"advmod", "npadvmod", "dep"} and c.i < child.i
            ]
            add([r for c in guests for r in collect(people, c)])
    if verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
        preps.add("for")  # "hosted a dinner for X"
    add(_prep_objects(people, noun, preps))
    if kind == "call" and verb is not None and relation == "dobj" and len(participants) < 2:
        # "received a phone call on Saturday evening from X": "from" hung on the verb or the time
        a = units.attrs(people.doc)
        lowers = units.words(people.doc).lowers
        for k in units.subtree(people.doc, verb.i):
            hung = a.heads[k] == verb.i or a.deps[a.heads[k]] in {"pobj", "npadvmod"}
            if a.deps[k] == "prep" and lowers[k] == "from" and hung:
                add([r for o in people.doc[k].children if o.dep_ == "pobj" for r in collect(people, o)])
    attend = False
    if verb is not None and relation == "in" and _definite(noun) and not participants and _takes_part(verb):
        # "X also took part in the meeting", "participated in the talks": X joins the meeting told before
        guests = _subjects(people, verb) or [  # "Also taking part in the talks was X"
            r for c in verb.children if c.lemma_ == "be" for a in c.children if a.dep_ in {"attr", "nsubj"}
            for r in collect(people, a)
        ]
        return Event(noun, kind, guests, attend=True, definite=True)
    if verb is not None:
        if relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
            add(_subjects(people, verb))
            add(_prep_objects(people, verb, {"with"}))
        elif relation == "for" and _bare(verb) in rules.words("attend_verbs") | rules.words("motion_verbs") | {
            "joins",
            "join",
            "gathered",
            "met",
        }:
            objects = _objects(people, verb)
            if not objects and not participants and any(c.dep_ == "dobj" and _plural_object(c) for c in verb.children):
                # "Z joined them for dinner", "joined the leaders for talks": Z joins the meeting just told
                return Event(noun, kind, _subjects(people, verb), attend=True, definite=True)
            add(_subjects(people, verb))  # "joined X for talks", "arrived in Kessel for talks with X"
            add(objects)
        elif relation in {"at", "in"} and verb.lemma_ == "be" and _definite(noun) and not participants:
            # "The coach was also at the meeting": joins the meeting told before
            return Event(noun, kind, _subjects(people, verb), attend=True, definite=True)
        elif relation in TOGETHER_PREPS:
            subjects = _subjects(people, verb)
            if not subjects and verb.dep_ == "ccomp" and relation in {"after", "following"}:
                subjects = _subjects(people, verb.head)  # "X told them (that ...) following a meeting with Y"
            add(subjects)
            add(_objects(people, verb))
            add(_prep_objects(people, verb, {"with", "to"}))
            if any(c.dep_ == "auxpass" for c in verb.children):
                add(_by_agent(people, verb, 0))  # "was joined by X at the talks"
        elif relation in {"nsubj", "nsubjpass"} and verb.lower_ in INVOLVE_VERBS:
            for child in verb.children:
                if child.dep_ == "dobj":
                    add([r for t in child.subtree if t.dep_ not in CLAUSE for r in people.refs_at(t)])
        if relation == "dobj" and verb.lower_ in rules.words("attend_verbs") and _definite(noun):
            attend = True
        if relation == "nsubjpass" and verb.lower_ in rules.words("attend_verbs"):
            # "The session was also attended by X": X joins this meeting or the one before.
            guests = _by_agent(people, verb, 0) or _prep_objects(people, verb, {"by"})  # "by A and by B"
            if not participants and _definite(noun):
                return Event(noun, kind, guests, attend=True, definite=True)
            add(guests)
    if any(_bare(c) in rules.words("phone_words") for c in kids if c.dep_ in {"compound", "amod"}):
        kind = "call"
    separate = any(c.dep_ == "amod" and c.lower_ in {"separate", "individual"} for c in kids)
    if len(participants) == 1 and group is None:  # "a meeting with their representatives": named later, if at all
        # "a meeting with their representatives", "hosted a breakfast for the leaders of three states"
        withs = [o for p in kids if p.dep_ == "prep" and p.lower_ in {"with", "for"} for o in p.children]
        group = next((o.lower_ for o in withs if o.dep_ == "pobj" and o.lower_ in rules.words("people_plurals")), None)
    if attend:  # "X attended the meeting along with Y"
        guests = _subjects(people, verb) + _prep_objects(people, verb, {"with", "alongside"}) if verb else []
        return Event(noun, kind, list(dict.fromkeys(guests)), attend=True, definite=True)
    return Event(noun, kind, participants, separate=separate, definite=_definite(noun), group=group)


def _bare_part(verb: Token) -> bool:
    """ "took part" with nothing else: no "in ...", no second object."""
    kids = [c for c in verb.children if c.dep_ in {"dobj", "prep", "xcomp", "ccomp"}]
    return len(kids) == 1 and kids[0].dep_ == "dobj" and kids[0].lower_ == "part"


def _sat_in(verb: Token) -> bool:
    """ "sat in" with no object of its own ("sat in on the talks" is the noun's business)."""
    return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) and not any(
        c.dep_ in {"prep", "dobj"} and c.lower_ != "as" for c in verb.children
    )


def _takes_part(verb: Token) -> bool:
    """ "took part", "participated", "sat in": a verb of joining an event told before."""
    if _bare(verb) in {"participated", "participates", "participate", "participating"}:
        return True
    if _bare(verb) in {"took", "take", "takes", "taking"}:
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    return _bare(verb) == "sat" and any(c.lower_ == "in" and c.dep_ in {"prt", "prep"} for c in verb.children)


def _nominal(tok: Token) -> bool:
    """A meeting noun, also when tagged as a verb after "today's" or "the"."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    if tok.tag_ != "VBG" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in {"'s", "’s", "the", "a", "his", "her", "their", "this", "that"} or prev.tag_ == "PRP$"


def _misparsed_verb_event(people: People, verb: Token, kind: str) -> Event | None:
    """A past-tense meeting verb the small parser took for a modifier, read left to right.

    "Mayor A hosted union leader B and council president C at ..." can come out
    with "hosted" as an adjective of "leader" and no verb at all. Only when a
    person's name ends right before the verb: that name is the subject, and the
    persons named after it, up to the first preposition, punctuation or verb,
    are the others.
    """
    doc = verb.doc
    before = people.mention_at(doc[verb.i - 1]) if verb.i > 0 else None
    if before is None or before.kind != "name" or before.end != verb.i:
        return None
    others: list[str] = []
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if tok.pos_ in {"ADP", "VERB", "AUX", "PUNCT", "PART", "SCONJ"}:
            break
        others.extend(r for r in people.refs_at(tok) if r not in others and r not in before.refs)
    if not others:
        return None
    return Event(verb, kind, list(before.refs) + others)


def find_events(doc: Doc, people: People) -> list[Event]:
    """Every factual mention of a meeting, call or visit, with its participants."""
    verbs = rules.kinds("meeting_verbs")
    nouns = rules.kinds("meeting_nouns")
    events: list[Event] = []
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, _trigger_words()):  # no branch below takes a word in none of the lists
        word = lowers[i]
        tok = doc[i]
        if people.quoted(tok):
            continue
        idiom = _idiom(tok) if tok.pos_ in {"VERB", "AUX"} and word not in verbs else None
        if idiom is not None:
            if not factual_verb(tok):
                continue
            event = _verb_event(people, tok, idiom)
        elif _present(tok):
            event = _present_event(people, tok)
        elif word in {"took", "takes", "take"} and tok.pos_ == "VERB" and _bare_part(tok):
            # "The energy minister also took part.": joined the meeting just told
            event = Event(tok, "meeting", _subjects(people, tok), attend=True) if factual_verb(tok) else None
        elif word == "sat" and tok.pos_ == "VERB" and _sat_in(tok):
            # "Her deputy sat in and took notes": joined the meeting just told
            event = Event(tok, "meeting", _subjects(people, tok), attend=True) if factual_verb(tok) else None
        elif word == "among":
            event = _among_event(people, tok)
        elif word in MEMBER_VERBS and tok.pos_ == "VERB":
            event = _members_event(people, tok)
        elif (
            tok.pos_ == "VERB"
            and word in rules.words("attend_verbs")
            and word != "sat"
            and not any(c.dep_ == "dobj" and not _plural_object(c) for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ not in ATTEND_MANNER for c in tok.children)
            and not any(c.dep_ in {"npadvmod", "acomp", "oprd", "xcomp", "ccomp"} for c in tok.children)
        ):
            if not factual_verb(tok):
                continue
            # "Y attended alongside X", "Z joined them by phone": they join the meeting just told.
            guests = _subjects(people, tok) + _prep_objects(people, tok, {"alongside", "with"})
            for clause in tok.children:  # "X also attended, as did Y"
                if clause.dep_ == "advcl" and clause.lower_ in {"did", "does", "do"}:
                    guests += [r for c in clause.children if c.dep_ == "nsubj" for r in collect(people, c)]
            event = Event(tok, "meeting", list(dict.fromkeys(guests)), attend=True) if guests else None
        elif word in CONDITIONAL_NOUNS and _nominal(tok) and _remote(tok):
            if not factual_noun(tok):
                continue
            event = _noun_event(people, tok, "call")
        elif word in verbs and tok.tag_ in {"VBD", "VBN"} and tok.dep_ in {"amod", "compound"}:
            event = _misparsed_verb_event(people, tok, verbs[word])
        elif tok.pos_ in {"VERB", "AUX"} and word in verbs and not (word in nouns and _nominal(tok)):
            if not factual_verb(tok):
                continue
            event = _verb_event(people, tok, verbs[word])
        elif word in nouns and not people.mention_at(tok) and _nominal(tok):
            if not factual_noun(tok):
                continue
            event = _noun_event(people, tok, nouns[word])
        else:
            continue
        if event is not None:
            events.append(event)
            events.extend(event.gapped)
    return events


@cache
def _trigger_words() -> frozenset[str]:
    """Every lower-cased word that `find_events` can take as the trigger of an event."""
    words = set(rules.kinds("meeting_verbs")) | set(rules.kinds("meeting_nouns")) | rules.words("attend_verbs")
    words |= CONDITIONAL_NOUNS | MEMBER_VERBS | ROOM_WORDS | {"present", "attendance", "attending", "among", "taking"}
    words |= {"took", "takes", "take"}
    for key in rules.kinds("meeting_idioms"):  # the verb of "verb+word", wherever the verb ends
        words.update(key[:k] for k, c in enumerate(key) if c == "+")
    return frozenset(words)


ATTEND_MANNER = {"alongside", "with", "by", "via", "over"}  # "joined by phone", "attended alongside X"
CONDITIONAL_NOUNS = {"conference", "conferences", "link", "chat", "hookup"}


def _remote(noun: Token) -> bool:
    """ "a video conference", "a virtual chat": a call, where the bare noun would not be a meeting."""
    return any(
        c.dep_ in {"compound", "amod"} and (_bare(c) in rules.words("phone_words") or _bare(c) == "virtual")
        for c in noun.children
    )


def _idiom(verb: Token) -> str | None:
    """The kind of a verb phrase that reports a contact ("exchanged views", "shook hands")."""
    idioms = rules.kinds("meeting_idioms")
    for child in verb.children:
        if child.dep_ in {"dobj", "prt", "advmod", "npadvmod", "prep"}:
            kind = idioms.get(f"{verb.lower_}+{child.lower_}")
            if kind is not None:
                return kind
    return None


def _pronoun_group(tok: Token) -> bool:
    return tok.lower_ in {"them", "us", "him", "her"}


def _plural_object(tok: Token) -> bool:
    """ "them", "the pair", "the leaders", "the two": people of a meeting told before."""
    if _pronoun_group(tok) or tok.lower_ in PLURAL_WORDS:
        return True
    return tok.tag_ == "NNS" and tok.lower_ in rules.words("group_nouns")


ROOM_WORDS = {"room", "table"}


def _present(tok: Token) -> bool:
    """ "Also present were X and Y", "X was also present": X took part in the meeting just told."""
    if tok.lower_ == "taking" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
        # "Taking part were X and Y"
        copula = tok.head if tok.dep_ == "csubj" else next((c for c in tok.children if c.lemma_ == "be"), tok)
        return not any(c.dep_ == "prep" for c in tok.children) and copula.lemma_ == "be"
    if tok.lower_ in ROOM_WORDS:  # "X was also at the table", "Y was also in the room"
        prep = tok.head
        return (
            tok.dep_ == "pobj" and prep.lower_ in {"at", "in"} and prep.head.lemma_ == "be"
            and any(c.lower_ == "also" for c in prep.head.children)
        )
    if tok.lower_ not in {"present", "attendance", "attending"}:
        return False
    if tok.lower_ == "attending":  # "Also attending were X and Y"
        return any(c.lemma_ == "be" for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children)
    if tok.dep_ == "pobj":  # "in attendance were X", "among those present was X"
        return tok.head.lower_ in {"in", "among"} and tok.head.head.lemma_ == "be"
    return tok.lower_ == "present" and tok.dep_ == "acomp" and tok.head.lemma_ == "be"


def _present_event(people: People, tok: Token) -> Event | None:
    copula = tok.head if tok.dep_ == "acomp" else tok.head.head if tok.dep_ == "pobj" else tok
    if tok.lower_ in {"attending", "taking"}:
        copula = tok.head if tok.dep_ == "csubj" else next((c for c in tok.children if c.lemma_ == "be"), tok)
    if not factual_verb(copula):
        return None
    guests: list[str] = []
    inverted = tok.i < copula.i and copula.lemma_ == "be" and any(
        c.dep_ in {"attr", "nsubj"} and c.i > copula.i for c in copula.children
    )
    if copula.i < tok.i or inverted:
        # "Also present were the governors of A, X; of B, Y; and of C, Z": everyone named after the copula
        guests = people.refs_in(max(copula.i, tok.i) + 1, units.unit_bounds(people.doc, copula.i)[1])
    for child in copula.children:
        # "were the county executive, A, and B": the parser may hang the names off the copula as conjuncts
        if child.dep_ in {"nsubj", "attr", "nsubjpass"} or (child.dep_ == "conj" and people.refs_at(child)):
            if child.lower_ in {"who", "that"} and copula.dep_ == "relcl":  # "X, who was also present"
                child = copula.head
            guests.extend(r for r in collect(people, child) if r not in guests)
    # "present at the meeting" points back to a meeting however far it was told
    nouns = rules.kinds("meeting_nouns")
    named = any(t.lower_ in nouns and t.dep_ == "pobj" for w in (tok, copula) for t in w.subtree if t.i != tok.i)
    return Event(tok, "meeting", guests, attend=True, definite=named) if guests else None


TWO_WORDS = {"pair", "two", "both", "duo"}


def _two_outside(people: People, clause: Token) -> list[str]:
    """The persons of a sentence outside one of its clauses, when there are exactly two of them."""
    start, end = units.unit_bounds(people.doc, clause.i)
    found = people.refs_in(start, end, skip={t.i for t in clause.subtree})
    return found if len(found) == 2 else []


MEMBER_VERBS = {"included", "includes", "including", "comprised", "comprising", "led", "headed"}
MEMBER_GROUPS = {"group", "team", "party", "panel"}  # with the delegation nouns: who a group was


@cache
def _group_words() -> frozenset[str]:
    """Nouns for a group of people that the text may say who was in ("a delegation led by X")."""
    return rules.words("delegation_nouns") | MEMBER_GROUPS


def _delegation_subject(verb: Token) -> bool:
    """The verb's subject is a delegation or team whose members the sentence does not name."""
    subject = _subject_token(verb)
    if subject is None or not _names_nobody(subject):
        return False
    word = _bare(subject)
    plural_people = subject.tag_ in {"NNS", "NNPS"} and (
        word in rules.words("people_plurals") or word[:-1] in rules.heads("titles")
    )  # "Governors of four states met X": the governors may be named next
    return word in rules.words("delegation_nouns") or plural_people


def _names_nobody(tok: Token) -> bool:
    """A noun phrase that names nobody itself (its persons come later, if at all)."""
    return not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                   for c in tok.children)


def _members_event(people: People, verb: Token) -> Event | None:
    """ "The delegation, which also included X and Y, ...": the members took part in the meeting told before."""
    leading = _bare(verb) in {"led", "headed"}
    if leading and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "X led the talks": told by the meeting rules
    group = verb.head if verb.dep_ in {"relcl", "acl"} and not leading else _subject_token(verb)
    groups = _group_words()
    if group is None or _bare(group) not in groups or not factual_verb(verb):
        return None
    if people.np_refs(group) or any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in group.children):
        return None  # "a delegation including X" is told with its own verb; "his team" is not the meeting's
    if leading:  # "The group was led by X"
        guests = _by_agent(people, verb, 0)
    else:
        guests = _leaders(people, group, 0) + [r for c in verb.children if c.dep_ == "dobj" for r in collect(people, c)]
    return Event(verb, "meeting", list(dict.fromkeys(guests)), attend=True) if guests else None


def _among_event(people: People, among: Token) -> Event | None:
    """ "Among the parents was X": X was one of the unnamed people of the meeting told before."""
    copula = among.head
    if any(o.lower_ == "them" for o in among.children):
        # "with a dozen chiefs, among them Chief X": X was one of them
        named = list(people.refs_at(copula)) or [
            r for o in among.children if o.lower_ != "them" for r in collect(people, o)
        ]
        return Event(among, "meeting", named, attend=True) if named else None
    groups = [o for o in among.children if o.dep_ == "pobj" and (o.lower_ in rules.words("people_plurals") or (
        o.lower_ == "those" and any(c.dep_ == "relcl" and _bare(c) in rules.kinds("meeting_verbs") for c in o.children)
    ))]  # "Among the parents was X", "Among those she met was X"
    if not groups or copula.lemma_ != "be" and copula.lower_ not in {"was", "were", "is", "are"}:
        return None
    if not factual_verb(copula):
        return None
    guests = [r for c in copula.children if c.dep_ in {"nsubj", "attr"} and c.i != among.i for r in collect(people, c)]
    group = groups[0].lower_ if groups[0].lower_ != "those" else None  # "those she met": whoever she met
    return Event(among, "meeting", list(dict.fromkeys(guests)), attend=True, group=group) if guests else None


def _group_refs(people: People, verb: Token) -> tuple[str, ...]:
    """The persons people.py gave a group subject ("the two"), when no meeting was told before."""
    subject = _subject_token(verb)
    return people.refs_at(subject) if subject is not None else ()


def _fill_plural(doc: Doc, people: People, events: list[Event]) -> None:
    """ "The pair met again": the people of the last meeting told, within three sentences."""
    sent_of = units.index(doc)
    ordered = sorted(events, key=lambda e: e.trigger.i)
    for k, event in enumerate(ordered):
        if not event.plural:
            continue
        verb = event.trigger
        if verb.pos_ in {"NOUN", "PROPN"}:  # "after the pair held talks": the clause of "held"
            verb = _governing_verb(verb)[0] or verb
        if verb.dep_ in {"advcl", "relcl"} and verb.head.pos_ in {"VERB", "AUX"}:
            # "X assured Y of support when they met": the people of the main clause.
            pair = list(dict.fromkeys(_subjects(people, verb.head) + _objects(people, verb.head)))
            subject = _subject_token(verb)
            if len(pair) < 2 and subject is not None and subject.lower_ in TWO_WORDS:
                pair = _two_outside(people, verb)  # "X insisted Y's job is safe after the pair met"
            if len(pair) >= 2:
                event.participants = pair
                continue
        here = sent_of.get(event.trigger.i, 0)
        for earlier in reversed(ordered[:k]):
            if here - sent_of.get(earlier.trigger.i, 0) > 3:
                break
            if len(earlier.participants) >= 2 and not earlier.attend:
                event.participants = list(earlier.participants)
                event.separate = earlier.separate
                break
        if not event.participants:
            event.participants = list(_group_refs(people, event.trigger))
        if event.participants:
            event.participants.extend(r for r in event.joiners if r not in event.participants)


# -- dates -----------------------------------------------------------------------


def _climb(doc: Doc, i: int) -> list[int]:
    """Token `i` and its heads up to the head of its clause (token numbers)."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    chain = [i]
    cur = i
    for _ in range(12):
        if heads[cur] == cur or deps[cur] in CLAUSE:
            break
        cur = heads[cur]
        chain.append(cur)
    return chain


def _trigger_chain(trigger: Token) -> list[Token]:
    """The trigger and the words its date may hang on (its verb, coordinated verbs)."""
    return [trigger.doc[i] for i in _chain(trigger.doc, trigger.i)]


def _chain(doc: Doc, trigger: int) -> list[int]:
    """`_trigger_chain` of token `trigger` as token numbers, read off the per-document lists."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    chain = [trigger]
    if a.poss[trigger] in {"NOUN", "PROPN"}:
        verb, relation = _governs(doc, trigger)
        if verb is not None and (relation in {"dobj", "nsubj", "nsubjpass", "attr"} or relation in TOGETHER_PREPS):
            chain.append(verb)
            cur = verb
        else:
            return chain
    else:
        cur = trigger
    while deps[cur] == "conj" and heads[cur] != cur:
        cur = heads[cur]
        chain.append(cur)
    return chain


def _attached(doc: Doc, phrase: DatePhrase, trigger: Token) -> int | None:
    """Tree distance from a date phrase to a trigger it modifies, or None."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    t = trigger.i
    anchor = dates.attachment(doc, phrase)
    up = _climb(doc, anchor)
    targets = {k: n for n, k in enumerate(_chain(doc, t))}
    if deps[t] == "pobj" and units.words(doc).lowers[heads[t]] in TOGETHER_PREPS:
        # "following a meeting ... yesterday": the date hangs on "following" itself
        own = [k for k in range(phrase.start, phrase.end) if not phrase.start <= heads[k] < phrase.end]
        if own and heads[own[0]] == heads[t]:
            return 0
    for n, k in enumerate(up):
        if k in targets:
            return n + targets[k]
    # The date sits inside the trigger's own phrase ("yesterday's dinner", "talks ... on Friday").
    if phrase.start > t or phrase.end <= t:
        cur = anchor
        for n in range(8):
            if cur == t:
                return n
            if heads[cur] == cur or deps[cur] in CLAUSE:
                break
            cur = heads[cur]
    return None


def _date_events(doc: Doc, events: list[Event], phrases: list[DatePhrase], published: date | None) -> None:
    """Give each event the date phrase attached to it, else its sentence's free date phrase.

    In a live blog, an entry's undated events happened on the day of its time stamp.
    """
    by_sent: dict[int, list[DatePhrase]] = {}
    for phrase in phrases:
        by_sent.setdefault(units.unit_bounds(doc, phrase.start)[0], []).append(phrase)
    sent_start = {id(e): units.unit_bounds(doc, e.trigger.i)[0] for e in events}
    triggers_in: dict[int, list[Token]] = {}
    for e in events:
        triggers_in.setdefault(sent_start[id(e)], []).append(e.trigger)
    stamped: list[tuple[int, int]] | None = None  # the live-blog entries, found when first asked for
    fragments: dict[int, int] | None = None  # likewise the verbless fragments
    for event in events:
        start = sent_start[id(event)]
        local = by_sent.get(start, [])
        if not local:
            if fragments is None:
                fragments = _fragments(doc)
            local = by_sent.get(fragments.get(start, -1), [])
        best: tuple[int, DatePhrase] | None = None
        if event.gap:
            after = [p for p in local if p.start > event.trigger.i]
            if after:
                best = (0, after[0])
        for phrase in local if best is None else []:
            dist = _attached(doc, phrase, event.trigger)
            if dist is not None and (best is None or dist < best[0]):
                best = (dist, phrase)
        if best is None and not _pluperfect(event.trigger):
            others = [t for t in triggers_in.get(start, []) if t.i != event.trigger.i]
            free = [
                p
                for p in local
                if not any(_attached(doc, p, t) is not None for t in others) and not _foreign(doc, p, event.trigger)
            ]
            if free:
                near = min(free, key=lambda p: abs(p.start - event.trigger.i))
                best = (99, near)
        if best is not None:
            event.when = best[1].when
            event.has_phrase = True
            if best[1].offset is not None:
                event.offset = best[1].offset
        elif published is not None:
            if stamped is None:
                stamped = dates.timestamp_paragraphs(doc)
            entry = next((a for a, b in stamped if a <= event.trigger.i < b), None)
            if entry is not None:
                # The entry's own earlier date ("A recap of yesterday: ..."), else its time stamp's day.
                told = [p for p in phrases if entry <= p.start < event.trigger.i and p.when.day is not None]
                event.when = told[-1].when if told else When(published, published.year, published.month)
                event.has_phrase = True


def _fragments(doc: Doc) -> dict[int, int]:
    """Sentence start -> start of the next "sentence" when that one is a verbless fragment.

    The parser sometimes cuts "... sat down with A and B | at City Hall yesterday afternoon."
    in two; the fragment's date belongs to the sentence before.
    """
    sents = units.bounds(doc)
    out: dict[int, int] = {}
    poss = units.attrs(doc).poss
    lowers = units.words(doc).lowers
    for (start, end), (after, after_end) in zip(sents, sents[1:], strict=False):
        joined = not any("\n" in lowers[k] for k in range(end - 1, min(after + 1, len(lowers))))
        if joined and not any(poss[k] in {"VERB", "AUX"} for k in range(after, after_end)):
            out[start] = after
    return out


def _foreign(doc: Doc, phrase: DatePhrase, trigger: Token) -> bool:
    """A date that belongs to something else in the sentence, never to the meeting.

    "X, who has led the district since June, met Y": a relative clause of its own,
    and "since"/"until" give the start or end of a state, not the day of a contact.
    """
    lowers = units.words(doc).lowers
    if any(lowers[k] in {"since", "until", "till"} for k in range(max(phrase.start - 1, 0), phrase.start + 1)):
        return True
    clause = _climb(doc, dates.attachment(doc, phrase))[-1]
    deps = units.attrs(doc).deps
    if any(deps[c] == "mark" and lowers[c] in {"since", "until", "till"} for c in units.children(doc)[clause]):
        return True  # "their first meeting since X took office late last month"
    return deps[clause] == "relcl" and not (doc[clause].left_edge.i <= trigger.i <= doc[clause].right_edge.i)


def _pluperfect(trigger: Token) -> bool:
    """ "said on Tuesday that she had met X": the meeting lies before the sentence's date."""
    doc = trigger.doc
    deps, lowers, children = units.attrs(doc).deps, units.words(doc).lowers, units.children(doc)
    return any(deps[c] == "aux" and lowers[c] in {"had", "'d"} for t in _chain(doc, trigger.i) for c in children[t])


def _relative(doc: Doc, events: list[Event]) -> None:
    """ "took place one day after she had a call": link the two events by a day offset."""
    by_trigger = {e.trigger.i: e for e in events}
    for event in events:
        chain = _trigger_chain(event.trigger)
        verb = chain[-1]
        for child in verb.children:
            sub: Token | None = None
            direction = 0
            if child.dep_ == "advcl":
                marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
                if marks and marks[0] in {"after", "before"}:
                    sub, direction = child, (1 if marks[0] == "after" else -1)
            elif child.dep_ == "prep" and child.lower_ in {"after", "before"}:
                sub, direction = child, (1 if child.lower_ == "after" else -1)
            if sub is None:
                continue
            amount = _offset(verb, sub)
            if amount is None:
                continue
            targets = [by_trigger[t.i] for t in sub.subtree if t.i in by_trigger and t.i != event.trigger.i]
            if targets:
                event.relative = (targets[0].trigger.i, direction * amount)


def _offset(verb: Token, sub: Token) -> int | None:
    """ "one day", "two days", "a week" before an after/before clause."""
    for holder in (sub, verb):
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lower_ in UNIT_DAYS:
                count = 1
                for c in child.children:
                    if c.lower_ in NUMBER_WORDS:
                        count = NUMBER_WORDS[c.lower_]
                    elif c.like_num and c.text.isdigit():
                        count = int(c.text)
                return count * UNIT_DAYS[child.lower_]
    return None


def _inherit(doc: Doc, events: list[Event]) -> None:
    """An undated mention right after a dated one, or "the talks", is that same event.

    Backwards too: "X held a call with Y. In the call on Thursday, X ..." dates the call.
    """
    sent_of = units.index(doc)
    ordered = sorted(events, key=lambda e: e.trigger.i)
    anchored = {e.relative[0] for e in events if e.relative is not None}
    for later_index, later in enumerate(ordered):
        if not (later.has_phrase and later.definite and len(later.participants) < 2 and later.when):
            continue
        if later.offset is not None:
            continue
        here = sent_of.get(later.trigger.i, 0)
        for earlier in reversed(ordered[:later_index]):
            if here - sent_of.get(earlier.trigger.i, 0) > 2:
                break
            if len(earlier.participants) >= 2:
                if not earlier.has_phrase and earlier.when is None and earlier.trigger.i not in anchored:
                    earlier.when = later.when
                    earlier.has_phrase = True
                break
    # (sentence, date, participants) of the last dated event.
    last: tuple[int, When, set[str]] | None = None
    for event in ordered:
        here = sent_of.get(event.trigger.i, 0)
        people = set(event.participants)
        if event.has_phrase and event.when is not None:
            last = (here, event.when, people)
            continue
        if event.trigger.i in anchored or last is None or event.has_phrase:
            continue
        if _pluperfect(event.trigger) and not event.definite:
            continue  # "the two had spoken by phone after X's appointment": before the day just told
        if event.relative is not None and (len(event.participants) >= 2 or not event.definite):
            continue
        # Other people in the next sentence are another meeting, unless the dated one named nobody.
        same_people = len(last[2]) < 2 or len(people) < 2 or bool(people & last[2])
        # "the meeting" is the one told before; "A's meeting with B" of other people is not
        if (here - last[0] <= 2 or event.definite) and same_people:
            event.when = last[1]
            last = (here, last[1], people | last[2])


def _told_before(doc: Doc, people: People, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "A and B agreed Saturday to ... . The two ministers held talks at a hotel": the day of the lede.

    An undated meeting takes the day a sentence at most two back gives its main verb,
    when every participant of the meeting is named in that sentence, or when the one who
    did that verb (not a speaker) takes part: "X summoned the leaders Wednesday. X met A and B."
    """
    sent_of = units.index(doc)
    sents = units.bounds(doc)
    anchored = {e.relative[0] for e in events if e.relative is not None}  # dated from another event later
    waiting = [
        e
        for e in events
        if e.when is None and not e.has_phrase and e.relative is None and len(e.participants) >= 2
        and not _pluperfect(e.trigger) and e.trigger.i not in anchored
    ]
    # Only the two sentences before each waiting meeting are asked for their day.
    asked = {sent_of.get(e.trigger.i, 0) - back for e in waiting for back in (1, 2)}
    dated: dict[int, When] = {}
    doers: dict[int, set[str]] = {}  # the subject of the dated verb ("X summoned them Wednesday")
    for phrase in phrases:
        if phrase.when.day is None or phrase.offset is not None:
            continue
        here = sent_of.get(phrase.start, -1)
        if here not in asked:
            continue
        root = doc[_climb(doc, dates.attachment(doc, phrase))[-1]]
        if root.dep_ == "ROOT":
            dated.setdefault(here, phrase.when)
        # the main verb, or a participle of the sentence ("X has apologised, travelling to Y on Tuesday")
        main = doc[units.unit_root(doc, root.i)]
        if root.dep_ in {"ROOT", "advcl", "xcomp", "conj"} and here not in doers and not _foreign(doc, phrase, main):
            if _bare(main) not in rules.words("speech_verbs"):
                dated.setdefault(here, phrase.when)
                doers[here] = set(_subjects(people, main)) | set(_subjects(people, root))
    for event in waiting:
        here = sent_of.get(event.trigger.i, 0)
        for back in (here - 1, here - 2):
            if back < 0 or back not in dated:
                continue
            named = set(people.refs_in(*sents[back]))
            if set(event.participants) <= named or doers.get(back, set()) & set(event.participants):
                event.when = dated[back]
                break


# -- merging -----------------------------------------------------------------------


def _when_of(event: Event) -> When:
    return event.when if event.when is not None else When()


def _better(a: When, b: When) -> When:
    """The more precise of two compatible dates."""
    if a.day:
        return a
    if b.day:
        return b
    if a.month:
        return a
    if b.month:
        return b
    return a if a.year else b


def _drafts(events: list[Event]) -> list[Draft]:
    """Meetings of two or more persons; "separately" splits into pairs."""
    out: list[Draft] = []
    for event in sorted(events, key=lambda e: e.trigger.i):
        if event.attend or len(event.participants) < (1 if event.group else 2):
            continue
        if event.separate:
            first, rest = event.participants[0], event.participants[1:]
            groups = [[first, other] for other in rest]
        else:
            groups = [list(event.participants)]
        for group in groups:
            out.append(Draft(group, event.kind, [event], _when_of(event)))
    return out


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Same people (or a subset) on compatible dates: one meeting."""
    merged: list[Draft] = []
    for draft in drafts:
        target = None
        for m in merged if len(draft.participants) >= 2 else []:  # one named person: kept apart until others join
            if len(m.participants) < 2:
                continue
            a, b = set(draft.participants), set(m.participants)
            calls = (draft.kind == "call") != (m.kind == "call")
            if calls and _firm(draft) and _firm(m) and not _same_sentence(draft, m):
                continue  # a phone call and a meeting of the same people are two contacts
            if (a <= b or b <= a) and dates.compatible(draft.when, m.when):
                target = m
                break
        if target is None:
            merged.append(draft)
            continue
        target.participants.extend(p for p in draft.participants if p not in target.participants)
        target.events.extend(draft.events)
        target.when = _better(target.when, draft.when)
    return merged


def _firm(draft: Draft) -> bool:
    """Whether a draft's kind is told, not guessed: "spoke with X" may be a call or a meeting."""
    loose = rules.words("conversation_verbs") - {"sat"}  # "sat down with" is a meeting
    return any(_bare(e.trigger) not in loose or _phone(e.trigger) for e in draft.events)


def _same_sentence(a: Draft, b: Draft) -> bool:
    """Two drafts told in one sentence ("In a call on Tuesday, A and B discussed ...")."""
    starts = {units.unit_bounds(e.trigger.doc, e.trigger.i)[0] for e in a.events}
    return any(units.unit_bounds(e.trigger.doc, e.trigger.i)[0] in starts for e in b.events)


def _apply_relative(drafts: list[Draft], events: list[Event], published: date | None) -> None:
    """Date a meeting from the meeting it is said to follow or precede."""
    owner = {id(e): d for d in drafts for e in d.events}
    by_trigger = {e.trigger.i: e for e in events}

    def get(event: Event) -> date | None:
        holder = owner.get(id(event))
        when = holder.when if holder is not None else event.when
        return when.day if when is not None else None

    def put(event: Event, day: date) -> None:
        if published is not None and day > published:
            return
        holder = owner.get(id(event))
        if holder is not None:
            holder.when = When(day, day.year, day.month)
        else:
            event.when = When(day, day.year, day.month)

    for _ in range(3):
        for event in events:
            if event.relative is None:
                continue
            other = by_trigger.get(event.relative[0])
            if other is None:
                continue
            days = event.relative[1]
            mine, theirs = get(event), get(other)
            if mine is None and theirs is not None:
                put(event, theirs + timedelta(days=days))
            elif theirs is None and mine is not None:
                put(other, mine - timedelta(days=days))


def _attend(doc: Doc, drafts: list[Draft], events: list[Event]) -> None:
    """ "X, who also attended the meeting": X joins the meeting last mentioned (three sentences back at most)."""
    sent_of = units.index(doc)
    for event in events:
        if not event.attend or not event.participants:
            continue
        earlier = [d for d in drafts if min(e.trigger.i for e in d.events) < event.trigger.i]
        if event.group:  # "Among the parents was X": the meeting with the parents
            earlier = [d for d in earlier if any(e.group == event.group for e in d.events)]
        if event.trigger.pos_ not in {"NOUN", "PROPN"} and not event.definite:  # no "the meeting": a near one
            here = sent_of.get(event.trigger.i, 0)
            earlier = [d for d in earlier if any(0 <= here - sent_of.get(e.trigger.i, 0) <= 3 for e in d.events)]
        if earlier:
            target = max(earlier, key=lambda d: max(e.trigger.i for e in d.events if e.trigger.i < event.trigger.i))
            target.participants.extend(p for p in event.participants if p not in target.participants)


def _accompanied(doc: Doc, people: People, events: list[Event]) -> None:
    """ "X, who called on Y, was accompanied by Z"; "X met Y. She was joined by Z": Z took part too.

    A passive "accompanied/joined/escorted by" whose subject is a participant of a
    meeting told in the same or the previous sentence adds its agents to that meeting.
    """
    sent_of = units.index(doc)
    ordered = sorted(
        (e for e in events if (len(e.participants) >= 2 or (e.group and e.participants)) and not e.attend),
        key=lambda e: e.trigger.i,
    )
    if not ordered:
        return
    companions = rules.words("companion_words")
    bares = units.attrs(doc).bares
    for i in units.positions(bares, companions):  # no Token for every word
        verb = doc[i]
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subject = [r for c in verb.children if c.dep_ == "nsubjpass" for r in people.np_refs(c)]
        # "was joined at the talks by X": the parser may hang "by" on the meeting noun
        guests = [r for r in _by_agent(people, verb, 0) or _nested_by(people, verb) if r not in subject]
        if not subject or not guests or not factual_verb(verb):
            continue
        here = sent_of.get(verb.i, 0)
        nouns = rules.kinds("meeting_nouns")
        told = any(  # "at the talks": the meeting told before, however far back
            c.dep_ == "prep" and any(o.dep_ == "pobj" and _bare(o) in nouns and _definite(o) for o in c.children)
            for c in verb.children
        )
        near = [e for e in ordered if e.trigger.i < verb.i and (told or here - sent_of.get(e.trigger.i, 0) <= 2)]
        for event in reversed(near):
            if set(subject) & set(event.participants):
                event.participants.extend(r for r in guests if r not in event.participants)
                break


def extract_meetings(doc: Doc, people: People, published: date | None) -> list[Meeting]:
    """All meetings of the article as records."""
    events = find_events(doc, people)
    _fill_plural(doc, people, events)
    _accompanied(doc, people, events)
    # A wire story counts "on Tuesday" from its dateline's day; nothing is ever after publication.
    phrases = dates.find(doc, dates.dateline(units.text(doc), published) or published)
    _date_events(doc, events, phrases, published)
    _relative(doc, events)
    _inherit(doc, events)
    _told_before(doc, people, events, phrases)
    drafts = _merge(_drafts(events))
    _apply_relative(drafts, events, published)
    _attend(doc, drafts, events)
    meetings = []
    for draft in drafts:
        if len(set(draft.participants)) < 2:
            continue
        day = draft.when.day
        if day is not None and published is not None and day > published:
            day = None
        first = min(draft.events, key=lambda e: e.trigger.i)
        begin, end = units.span_chars(doc, *units.unit_bounds(doc, first.trigger.i))
        meetings.append(
            Meeting(
                participants=list(dict.fromkeys(draft.participants)),
                kind=draft.kind,
                evidence=TextSpan(begin, end, units.text(doc)[begin:end]),
                date=day,
            )
        )
    return meetings
