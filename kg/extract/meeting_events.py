"""Meeting events: each factual mention of a meeting, call or visit and who took part in it.

A meeting is reported by a verb ("met with", "hosted", "called") or a noun
("talks between A and B", "her meeting with B", "held a call with"). Who took
part comes from the subject, object and "with"/"between" phrases, resolved to
persons through names, pronouns and descriptors. Only meetings the text states
as having happened count: modal, negated, infinitival ("plans to meet") and
conditional mentions are dropped, and so are meetings said to be cancelled,
postponed or scheduled. `kg.extract.meeting_dates` dates the events and
`kg.extract.meetings` joins them into meetings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract import dates, rules, units
from kg.extract.dates import When
from kg.extract.people import (
    STOOL_TITLES,
    Mention,
    People,
    clause_verb,
    past_courtesy_titles,
    plural_title,
    title_flags,
)

CLAUSE = {"relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj"}
COLLECT_SKIP = CLAUSE | {"prep", "poss", "case", "punct", "det", "cc", "agent", "mark", "aux", "neg"}
TOGETHER_PREPS = {
    "in", "during", "at", "over", "via", "on", "by", "through", "after", "following", "from", "into", "out",
}
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
    meetings_back: int = 1  # an attendee's meetings: "was present at both meetings" = the last two told
    filed: bool = False  # dated only by the dateline's filing day ("DAKAR, March 9 - ... at a meeting")


def bare_word(tok: Token) -> str:
    """A token as the rule lists have it (lower case, no trailing dot)."""
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
        kids = list(children[i])
        if mention is not None:  # "Mr. arap A and Mr. B": the parser hangs B on a word inside the first name
            kids += [c for k in range(mention.start, mention.end) if k != i for c in children[k]
                     if deps[c] == "conj" and not mention.start <= c < mention.end]
        for child in kids:
            inside = mention is not None and mention.start <= child < mention.end
            # The small parser hangs coordinated names off each other as nmod/compound.
            if deps[child] == "conj" or (deps[child] in {"nmod", "compound", "appos"} and not inside):
                out.extend(r for r in _collect(people, child, depth + 1) if r not in out)
            named = people.mention_on(child) if deps[child] == "appos" else None
            if mention is not None and mention.kind == "descriptor" and named is not None and named.kind == "name" \
                    and not set(named.refs) & set(mention.refs):
                # "counsel for the accused, Ms A": a name apposed to a descriptor of somebody else is the one
                # meant (the parser hung it on the nearer noun)
                out = [r for r in out if r not in mention.refs]
        if children[i]:  # companions hang on the phrase's children
            out.extend(r for r in _companions(people, i, depth) if r not in out)
        for prep in children[i]:  # "A for Kessel and B for Norland": the parser hangs B on A's place
            if deps[prep] == "prep" and a.bares[prep] in {"for", "of", "from"}:
                out.extend(r for o in children[prep] if deps[o] == "pobj" for c in children[o] if deps[c] == "conj"
                           and (m := people.mention_on(c)) is not None and m.kind == "name"
                           for r in _collect(people, c, depth + 1) if r not in out)
        return out
    heads = a.heads
    if a.bares[i] in {"whom", "who"} and deps[i] == "pobj" and deps[heads[heads[i]]] == "relcl":
        # "the ambassador, X, with whom she had spoken by telephone": the one the clause is about
        return _collect(people, heads[heads[heads[i]]], depth + 1)
    word = a.bares[i]
    if word in _group_words():  # "a group of MPs led by X"
        out.extend(r for r in _leaders(people, doc[i], depth) if r not in out)
        if not out and word in rules.words("delegation_nouns") and is_definite(doc[i]):
            # "The delegation was received by ...": its leaders told before, or the names listed together
            out.extend(_told_delegation(people, i, word) or _told_group(people, i))
    elif word in rules.words("visiting_plurals") and is_definite(doc[i]):
        # "The visitors were greeted by ...": the delegation told before, or the names listed together
        out.extend(_told_delegation(people, i, "delegation") or _told_group(people, i))
    lowers = units.words(doc).lowers
    if a.tags[i] == "NNS" or word in rules.words("delegation_nouns"):  # "three council members, including X"
        # "representatives of the vendors, including X": the parser hangs "including" on the "of" object
        owners = [o for c in children[i] if deps[c] == "prep" and lowers[c] == "of" for o in children[c]
                  if deps[o] == "pobj" and a.poss[o] == "NOUN"]  # ("of the fishing industry, including X")
        for child in [k for n in [i, *owners] for k in children[n]]:
            if deps[child] == "prep" and lowers[child] == "including":
                for obj in children[child]:
                    if deps[obj] == "pobj":
                        out.extend(r for r in _collect(people, obj, depth + 1) if r not in out)
    if a.tags[i] == "NNS" and word[:-1] in rules.heads("titles"):
        # "received the heads of the two missions, A and B": the parser hangs the names on the missions
        texts = units.words(doc).texts
        for obj in (o for p in children[i] if deps[p] == "prep" and lowers[p] == "of" for o in children[p]
                    if deps[o] == "pobj"):
            listed = [c for c in children[obj] if deps[c] in {"conj", "appos"} and texts[doc[c].left_edge.i - 1] == ","]
            chain = [*listed, *(k for c in listed for k in children[c] if deps[k] == "conj")]
            named = [c for c in chain if (m := people.mention_on(c)) is not None and m.kind == "name"]
            if named and (a.tags[obj] == "NNS" or len(named) == len(chain) >= 2):
                # (not "leaders of the X Union, Y and the Z": a list of bodies; "two leaders of the party, A and B")
                for c in listed:
                    out.extend(r for r in _collect(people, c, depth + 1) if r not in out)
    preps = [c for c in children[i] if deps[c] == "prep" and lowers[c] in {"for", "of"}] if a.poss[i] == "NOUN" else []
    for prep in preps:
        # "met a lawyer for A, B": the parser hangs the lawyer's name on the client's
        for obj in (o for o in children[prep] if deps[o] == "pobj"):
            owner = people.mention_on(obj)
            for appos in (c for c in children[obj] if deps[c] == "appos" and c > obj):
                named = people.mention_on(appos)
                if owner is not None and owner.kind == "name" and named is not None and named.kind == "name" \
                        and not set(named.refs) & set(owner.refs):
                    out.extend(r for r in named.refs if r not in out)
    flags = title_flags(doc)
    if flags[i] or any(deps[c] == "compound" and flags[c] for c in children[i]):  # "Minister delegate for X A"
        out.extend(r for r in _title_of_name(people, doc[i]) if r not in out)
        out.extend(r for r in name_in_brackets(people, doc[i]) if r not in out)
    for child in children[i]:
        if deps[child] in COLLECT_SKIP:
            continue
        out.extend(r for r in _collect(people, child, depth + 1) if r not in out)
    if children[i]:
        out.extend(r for r in _companions(people, i, depth) if r not in out)
    return out


def _group_body(group: Token) -> str:
    """The head word of a group's "of" phrase ("the delegation of the World Bank": "bank"), or ""."""
    return next((bare_word(o) for p in group.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), "")


def _told_delegation(people: People, i: int, word: str) -> list[str]:
    """ "hosted a delegation led by X. The delegation was received by Y": the leader told before;
    "The mission, led by X, arrived on Monday. The team met Y": another word for the same group."""
    bares = units.attrs(people.doc).bares
    groups = rules.words("delegation_nouns")
    body = _group_body(people.doc[i])
    for k in range(i - 1, -1, -1):
        if bares[k] == word or (bares[k] in groups and bares[k][-1:] != "s" and word[-1:] != "s"):
            if body and _group_body(people.doc[k]) != body:
                continue  # "the leadership of the farmers' association": not the bank's delegation told before
            found = _leaders(people, people.doc[k], 1)
            if found:
                return found
    return []


GROUP_BACK = 6  # sentences: a quotation or two may stand between the list and "the visitors"


def _told_group(people: People, i: int) -> list[str]:
    """ "A, B and C arrived on Monday. ... Y hosted the three visitors": the names listed together just before.

    The nearest of the GROUP_BACK sentences before that lists two or more names joined by "and"
    ("A, B and C", "the minister, A; the governor, B; and C") is the group meant; when a
    number stands before the noun, the list must have that many names.
    """
    doc = people.doc
    number = next((dates.NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                   for c in doc[i].children if c.dep_ == "nummod"), None)
    sentence = doc[i].sent
    for _ in range(GROUP_BACK):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        for tok in reversed(sentence):
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue
            if not people.refs_at(tok) and not any(c.dep_ == "appos" and people.refs_at(c) for c in tok.children):
                continue
            chain = collect(people, tok)
            if len(chain) >= 2 and number in {None, len(chain)}:
                return chain
    return []


def _named_after(people: People, tok: Token) -> bool:
    """ "the Minister of Commerce, A. Name": a title with its name in apposition is that name, not a descriptor."""
    return any(
        c.dep_ in {"appos", "conj"} and c.i > tok.i and _is_name(people, c)
        and all(t.is_punct for t in tok.doc[people.mention_at(tok).end : people.mention_at(c).start])
        for c in tok.children
    )


def _comma_name_after(people: People, tok: Token) -> tuple[str, ...]:
    """The name written right after a comma that ends the phrase of `tok` ("the contractor, Alhaji A,")."""
    k = tok.right_edge.i if tok.right_edge.text == "," else tok.right_edge.i + 1
    flags = title_flags(tok.doc)
    if k < len(tok.doc) and tok.doc[k].lower_ in {"for", "of"} and flags[tok.i]:
        # "the Cabinet Secretary for the Budget and Planning, Mr A,": the parser hung the
        # title's own "for" phrase elsewhere; read on over its words to the comma
        k += 1
        while k < len(tok.doc) and (tok.doc[k].text[:1].isupper() or tok.doc[k].lower_ in {"the", "and", "of", "&"}) \
                and people.mention_on(k) is None:
            k += 1
    if k + 1 >= len(tok.doc) or tok.doc[k].text != ",":
        return ()
    j = k + 1
    while j < len(tok.doc) and (flags[j] or tok.doc[j].text in STOOL_TITLES) and people.mention_on(j) is None:
        j += 1  # a courtesy title before the name ("the Market Queen, Nana A II,")
    mention = people.mention_on(j) if j < len(tok.doc) else None
    return mention.refs if mention is not None and mention.kind == "name" and mention.start == j else ()


def name_in_brackets(people: People, tok: Token) -> tuple[str, ...]:
    """ "the Minister for Commerce (Mr. J. F. Name)": the older style names the holder in brackets after the title."""
    doc = tok.doc
    k = tok.right_edge.i + 1
    if k + 2 >= len(doc) or doc[k].text != "(":
        return ()
    mention = people.mention_on(k + 1) or people.mention_on(k + 2)  # ("(Mr. A. Name)": the name after "Mr.")
    if mention is None or mention.kind != "name" or mention.end >= len(doc) or doc[mention.end].text != ")":
        return ()
    return mention.refs


def _title_of_name(people: People, tok: Token) -> list[str]:
    """ "Deputy Minister of Agriculture A. Name" parsed with the name inside "of": the name ends the phrase."""
    end = tok.right_edge.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "on"}:
            mention = people.mention_at(tok.doc[end])
            ends = mention is not None and mention.kind == "name" and mention.end == end + 1
            kin = tok.lower_ in KIN_WORDS and tok.is_lower  # "the father of 24-year-old A": a relative, not a title
            if mention is not None and ends and mention.start > child.i and not kin:
                return list(mention.refs)
            for body in child.children:  # "... Foreign Affairs A. Name of Kessel": a place after the name
                named = people.mention_at(body) if body.dep_ == "pobj" else None
                if named is not None and named.kind == "name" and named.start > child.i + 1 and all(
                    t.text[:1].isupper() for t in tok.doc[child.i + 1 : named.start]
                ):
                    return list(named.refs)
            # "the chairman of the works council, A, and his deputy, B": the name apposed to the body
            for body in child.children:
                named = [c for c in body.children if c.dep_ == "appos" and _is_name(people, c)
                         and people.mention_at(c).start == body.i + 2 and body.doc[body.i + 1].text == ","]
                if body.dep_ == "pobj" and named:
                    return collect(people, named[0], 1)
    return _name_after_title_words(people, tok)


TITLE_LINKS = {"of", "for", "and", "the", "&"}
KIN_WORDS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
                       "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother"})


def _name_after_title_words(people: People, tok: Token) -> list[str]:
    """ "received India's Minister of State for Ports and Shipping, A," with "for Ports" hung on the verb:
    the name after the comma that ends the title's capitalised words."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 10 and (doc[k].lower_ in TITLE_LINKS | {"to"} or doc[k].text[:1].isupper()) \
            and people.mention_on(k) is None:
        k += 1
    named = people.mention_on(k) if k < len(doc) and k > tok.i + 1 else None
    if named is not None and named.kind == "name" and named.start == k and doc[k - 1].lower_ not in TITLE_LINKS \
            and named.end < len(doc) and doc[named.end].text in {",", ".", ";"}:
        return list(named.refs)  # "accompanied by Ambassador of Norland to Lomm A, met ...": no comma before A
    if k >= len(doc) or doc[k].text != "," or k == tok.i + 1:
        return []
    first = past_courtesy_titles(doc, k + 1)  # "the Chief of Staff to the President, Alhaji A"
    mention = people.mention_on(first) if first < len(doc) else None
    if mention is None or mention.kind != "name" or mention.start != first:
        return []
    if mention.end < len(doc) and doc[mention.end].text not in {",", ".", ";", ")"}:
        return []  # "the MSP for Skye, Lochaber and Badenoch": a list of places, not a name in apposition
    return list(mention.refs)


def _is_name(people: People, tok: Token) -> bool:
    """The token heads a name mention."""
    mention = people.mention_at(tok)
    return mention is not None and mention.kind == "name"


def _at_the_head(people: People, head: Token) -> list[str]:
    """Who "At the head of the delegation was X" names: the persons of the copula, when the group is a
    delegation told before ("the delegation")."""
    if head.dep_ != "pobj" or head.head.lower_ != "at" or head.head.head.lemma_ != "be":
        return []
    groups = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj" and bare_word(o) in rules.words("delegation_nouns") and is_definite(o)]
    copula = head.head.head
    if not groups or not factual_verb(copula):
        return []
    return _named_at_copula(people, copula)


def _named_at_copula(people: People, copula: Token) -> list[str]:
    """The persons a copula's subject and complement name ("At the head ... was X", "Taking part were X")."""
    return [r for c in copula.children if c.dep_ in {"nsubj", "attr"} for r in collect(people, c)]


def _in_a_place(root: Token) -> bool:
    """ "the fishing community of Guet Ndar", "in Kessel": a name written where a place goes."""
    return root.dep_ == "pobj" and root.head.lower_ in {"of", "in", "from", "at"}


def _it_brought(people: People, verb: Token) -> list[str]:
    """Whom "It brought together, among others, A, B and C" names: its objects, else everybody named
    after the verb in its sentence (the list loosened from the verb by "among others")."""
    found = _people_in_objects(people, verb) + _semicolon_list(people, verb)
    if not found:
        found = people.refs_in(verb.i + 1, units.unit_bounds(people.doc, verb.i)[1])
    return list(dict.fromkeys(found))


def _involving_conj(verb: Token) -> Token | None:
    """ "convened ..., brought together A and B": a second verb of gathering that shares the first's subject."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.lower_ in INVOLVE_VERBS
                 and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)


def _people_in_objects(people: People, verb: Token) -> list[str]:
    """Every person named anywhere in a verb's objects, clauses aside ("brought together A, B of X and C")."""
    return [r for o in verb.children if o.dep_ == "dobj"
            for t in o.subtree if t.dep_ not in CLAUSE for r in people.refs_at(t)]


def by_agent(people: People, verb: Token, depth: int) -> list[str]:
    """Persons after "by" of a passive participle."""
    out: list[str] = []
    agents = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ in {"prep", "conj"} and c.lower_ == "by")]
    agents += [c for a in agents for c in a.children if c.dep_ == "conj" and c.lower_ == "by"]  # "by A, and by B"
    if not agents and any(c.dep_ == "auxpass" for c in verb.children):
        # "were hosted at the town hall by X": the parser hangs the "by" on the place
        agents = [b for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "in"} for o in p.children
                  if o.dep_ == "pobj" for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
    for child in agents:
        for obj in child.children:
            if obj.dep_ == "pobj":
                out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
        after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if child.n_lefts + child.n_rights == 0 and after is not None and after.head.i == verb.i \
                and after.dep_ == "prep":  # "joined by Under Secretary X": the title's first word read as "under"
            for obj in after.children:
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
    preps: list[int] = []  # the prepositions whose objects came along
    for child in children[i]:
        if deps[child] in {"acl", "advcl"} and a.bares[child] in rules.words("companion_words"):
            out.extend(r for r in by_agent(people, doc[child], depth) if r not in out)
        elif deps[child] == "prep" and lowers[child] in {"along", "together"}:
            preps.extend(g for g in children[child] if deps[g] == "prep" and lowers[g] == "with")
        elif deps[child] == "prep" and lowers[child] == "with" and any(
            deps[g] == "advmod" and lowers[g] in {"along", "together"} for g in children[child]
        ):  # ("together" hung on "with" rather than "with" on "together")
            preps.append(child)
        elif deps[child] == "prep" and lowers[child] == "alongside" and a.poss[i] != "VERB":
            preps.append(child)
    for prep in preps:
        for obj in children[prep]:
            if deps[obj] == "pobj":
                out.extend(r for r in _collect(people, obj, depth + 1) if r not in out)
    return out


LEADER_VERBS = {"led", "headed", "including", "included", "comprising", "fronted", "chaired"}
MEMBER_PREPS = {"including", "comprising"}


def _leaders(people: People, group: Token, depth: int) -> list[str]:
    """Who a delegation stands for: "a delegation led by X", "X led a delegation that ..."."""
    out: list[str] = []
    # "a delegation of the party led by its secretary, X", "a deputation of farmers from Ashanti, led by X":
    # the parser hangs "led" on the party or the place
    owners = [o for p in group.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
              for o in p.children if o.dep_ == "pobj"]
    for child in [*group.children, *(c for o in owners for c in o.children if c.dep_ == "acl")]:
        if child.dep_ in {"acl", "relcl"} and bare_word(child) in LEADER_VERBS:
            out.extend(r for r in by_agent(people, child, depth) if r not in out)
            for obj in child.children:
                if obj.dep_ == "dobj":
                    out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
                elif obj.dep_ == "prep" and obj.lower_ in MEMBER_PREPS:  # "led by X and including Y"
                    out.extend(r for o in obj.children if o.dep_ == "pobj" for r in collect(people, o, depth + 1)
                               if r not in out)
        elif child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:  # "a delegation led by X, and including Y"
            out.extend(r for o in child.children if o.dep_ == "pobj" for r in collect(people, o, depth + 1)
                       if r not in out)
        elif child.dep_ == "prep" and child.lower_ == "under":  # "a team under X"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(r for r in collect(people, obj, depth + 1) if r not in out)
    head = group.head
    if group.dep_ == "dobj" and bare_word(head) in {"led", "leads", "lead", "leading", "headed", "heads", "head"}:
        out.extend(r for r in verb_subjects(people, head, depth=depth + 1) if r not in out)
    if group.dep_ == "nsubjpass" and bare_word(head) in {"led", "headed"}:  # "The delegation was led by X"
        out.extend(r for r in by_agent(people, head, depth + 1) if r not in out)
    if not out and group.dep_ in {"dobj", "pobj"} and bare_word(group) in rules.words("delegation_nouns"):
        out.extend(_led_next(people, group, depth))
    return out


def _led_next(people: People, group: Token, depth: int) -> list[str]:
    """ "Y met a delegation of nurses. It was led by X and Z.": the leaders the next sentence
    gives the group met, as the subject "it" or "the deputation" of "was led by"."""
    doc = people.doc
    end = group.sent.end
    if end >= len(doc):
        return []
    for tok in doc[end].sent:
        if bare_word(tok) in {"led", "headed"} and any(
                c.dep_ == "nsubjpass" and (c.lower_ == "it" or bare_word(c) == bare_word(group)) for c in tok.children):
            return by_agent(people, tok, depth + 1)
    return []


MADE_OF = {"made", "composed", "consisting", "formed"}  # "made up of", "composed of", "consisting of"


def _members_listed(people: People, group: Token, depth: int) -> list[str]:
    """Whom a group stands for when the text lists its members: "the committee, made up of A, B and C"."""
    return [r for c in group.children if c.dep_ == "acl" and c.lower_ in MADE_OF
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for r in collect(people, o, depth + 1)]


def verb_subjects(people: People, verb: Token, seen: int = 0, depth: int = 0) -> list[str]:
    """Subjects of a verb, inherited through coordination and control.

    `depth` is the `collect` depth of a caller inside a phrase ("the party, that led a deputation, said"
    asks the party's leaders, who are the subjects of "led", who are the party): it stops the loop.
    """
    return _subjects_of(people, verb.i, seen, depth)


def _day_fronted(people: People, verb: int, subject: int) -> list[str]:
    """ "On Saturday A, B and C met D": with no comma after the day the parser reads "On Saturday A" as one
    phrase; the person in it, before a comma and the rest of the subject, is the first of the subjects."""
    doc = people.doc
    a = units.attrs(doc)
    children = units.children(doc)
    for prep in children[verb]:
        if a.deps[prep] != "prep" or prep > subject:
            continue
        for obj in children[prep]:
            if a.deps[obj] == "pobj" and obj + 1 < subject and doc[obj + 1].text == "," and people.mention_on(obj) \
                    and any(a.ents[g] == "DATE" and a.deps[g] == "compound" for g in children[obj]):
                return list(_collect(people, obj))
    return []


def _subjects_of(people: People, verb: int, seen: int = 0, depth: int = 0) -> list[str]:
    """`verb_subjects` of token `verb`, read off the per-document lists."""
    doc = people.doc
    a = units.attrs(doc)
    deps, heads = a.deps, a.heads
    lowers = units.words(doc).lowers
    subjects = [c for c in units.children(doc)[verb] if deps[c] in {"nsubj", "nsubjpass"}]
    head = heads[verb]
    for child in subjects:
        if lowers[child] in {"who", "that"} and deps[verb] == "relcl":
            refs = _collect(people, head, depth + 1)
            first = head
            while deps[first] == "conj" and heads[first] < first:
                first = heads[first]
            alone = not any(deps[c] in {"dobj", "dative"} or (deps[c] == "prep" and lowers[c] in {"with", "to"})
                            for c in units.children(doc)[verb] if c > verb)
            if first != head and alone and lowers[verb] in rules.kinds("meeting_verbs"):
                # "A and B, who met on Monday, agreed ...": the relative clause is of the pair, not of B
                refs = _collect(people, first, depth + 1)
            if not refs and deps[head] == "appos":
                refs = _collect(people, heads[head], depth + 1)
            up = head  # "X, chairperson of the athletes' commission, who met ...": the parser hangs "who" low
            while not refs and deps[up] in {"pobj", "prep", "appos"} and heads[up] != up:
                up = heads[up]
                if lowers[up] == "one" and deps[up] == "attr" and lowers[heads[up]] in {"was", "is"}:
                    # "X was one of eight farmers who flew to the capital to meet Y": X was
                    copula = heads[up]
                    refs = [r for c in units.children(doc)[copula] if deps[c] == "nsubj"
                            for r in _collect(people, c, depth + 1)]
                    break
                if a.poss[up] == "NUM" or lowers[up] in PARTITIVES | {"one", "many", "several", "each"}:
                    break  # "A, one of the parents who attended": a part of a group, left to _one_of_those
                if deps[up] == "appos" or (deps[up] not in {"pobj", "prep"} and people.mention_on(up)):
                    refs = _collect(people, heads[up] if deps[up] == "appos" else up, depth + 1)
            return refs
    if subjects:
        # "Medina, 51, and Okwu met": the small parser may give a verb two subjects.
        out: list[str] = []
        for child in subjects:
            refs = _collect(people, child)
            if bare_word(doc[child]) in rules.words("delegation_nouns"):
                # "a deputation led by X (and including Z) called on Y": X did
                leaders = _leaders(people, doc[child], seen)
                refs = leaders + [r for r in refs if r not in leaders]
            elif not refs:
                refs = _members_listed(people, doc[child], seen)  # "The panel, made up of A, B and C, met ..."
            out.extend(r for r in refs if r not in out)
        return _day_fronted(people, verb, subjects[0]) + out
    if head == verb and verb > 0:
        # "The 46-year-old marched into ...": the parser lost the subject in modifiers; the one person
        # written from the sentence's start up to the verb is it
        first = units.unit_bounds(doc, verb)[0]
        before = people.mention_on(verb - 1)
        if before is not None and before.start == first and before.end == verb and len(before.refs) == 1:
            return list(before.refs)
    if seen > 4 or head == verb:
        return []
    if deps[verb] in {"relcl", "acl"}:
        return _collect(people, head, depth + 1)
    if deps[verb] in {"conj", "xcomp", "advcl"}:
        out = _subjects_of(people, head, seen + 1, depth)
        # "crossed the lines together with B to meet C", "arrived with B and was taken to see C": B came
        # along, and met C too
        along = _companions(people, head, seen + 1)
        if a.bares[head] in rules.words("motion_verbs"):
            along += _prep_objects_of(people, head, {"with"}, False)
        return out + [r for r in dict.fromkeys(along) if r not in out] if out else out
    if deps[verb] == "pcomp" and deps[head] == "prep" and a.poss[heads[head]] in {"VERB", "AUX"}:
        up = heads[head]
        if deps[up] == "parataxis" and lowers[up] in rules.words("speech_verbs"):
            up = heads[up]  # "A met B on Thursday, a statement said, two days after speaking with C": A spoke
        return _subjects_of(people, up, seen + 1)  # "After meeting X, she said"
    return []


def _between_after_day(noun: Token) -> Token | None:
    """ "a meeting yesterday between A, B and C", "talks on Monday between ...": the parser may hang "between"
    on a word before the meeting noun, so it is read when only the day stands between the noun and it."""
    doc = noun.doc
    for t in doc[noun.i + 1 : min(len(doc), noun.i + 5)]:
        if t.lower_ == "between":  # (hung on a verb, it is read below with the verb's other objects)
            return t if t.head.pos_ not in {"VERB", "AUX"} else None
        if not (t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"on", "last", "this"}):
            return None
    return None


def _on_the_place(people: People, tok: Token, places: set[str], preps: set[str], after: int = -1) -> list[str]:
    """Persons after `preps` hung on the object of one of the token's `places` prepositions (written after
    token `after`): "sat down at the legislature with X", "flew to the valley with X"."""
    return [r for c in tok.children if c.dep_ == "prep" and c.lower_ in places and c.i > after
            for o in c.children if o.dep_ == "pobj" and not people.np_refs(o)
            for r in _prep_objects(people, o, preps, False)]


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
        # "met first with A, and then with B": the parser conjoins the second "with" to the verb
        conjoined = dep == "conj" and lowers[child] == "with" and "with" in preps
        if (dep in {"prep", "agent"} and lowers[child] in preps) or conjoined:
            # "with A, whose ..., and with B": the parser hangs the second "with" on the first
            seconds = [c for c in children[child] if deps[c] == "conj" and lowers[c] == lowers[child]]
            for obj in [o for p in [child, *seconds] for o in children[p]]:
                if deps[obj] == "pobj":
                    out.extend(r for r in _collect(people, obj) if r not in out)
                    if lowers[obj] == "following":  # "meetings with the following: a. A; b. B; and c. C"
                        out.extend(r for r in _listed_below(people, obj) if r not in out)
        if dep == "prt":
            out.extend(r for r in _prep_objects_of(people, child, preps) if r not in out)
        if dep == "prep" and lowers[child] in {"along", "together"} and "with" in preps:
            out.extend(r for r in _prep_objects_of(people, child, {"with"}, False) if r not in out)
    return out


LIST_ITEM = re.compile(r"\s*(?:[a-z]\.|[a-z]\)|\(?[ivx]+\)|\d+[.)]|[-•*–])\s")


def _listed_below(people: People, i: int) -> list[str]:
    """The persons named in the lines of a list that starts after token `i` ("with the following:"):
    each line opens with an item mark ("a.", "2)", "-"); the list ends at the first line without one."""
    doc = people.doc
    text = units.text(doc)
    line_end = text.find("\n", doc[i].idx)
    if line_end < 0:
        return []
    out: list[str] = []
    start = line_end + 1
    while start < len(text) and LIST_ITEM.match(text, start):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for m in people.mentions:
            if m.kind == "name" and start <= doc[m.start].idx < end:
                out.extend(r for r in m.refs if r not in out)
        start = end + 1
    return out


def nested_by(people: People, verb: Token) -> list[str]:
    """ "was shown around the plant by X", "was welcomed at the airport by X": "by" hung on the place
    ("was conducted round the cells by X": "round" may come parsed as the verb's predicate)."""
    out: list[str] = []
    for child in verb.children:
        if child.dep_ not in {"prep", "oprd"}:
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
        mention = people.mention_at(tok) if refs else None
        if mention is not None and mention.end < sent_end and doc[mention.end].tag_ == "POS":
            k = mention.end + 1  # "with Dr X's widow, Mrs Y": X owns the one met
            continue
        if refs:
            out.extend(r for r in refs if r not in out)
            k = mention.end if mention else k + 1
            if k < sent_end and doc[k].lower_ == "and":
                k += 1
                continue
            return out
        if tok.pos_ == "VERB" or tok.text in {";", "."}:
            return out
        k += 1
    return out


def _names_someone(people: People, i: int) -> bool:
    """Token `i` is a person, or a title with the person's name in apposition ("X's chief executive, Y")."""
    if people.refs_on(i):
        return True
    deps = units.attrs(people.doc).deps
    return any(deps[c] == "appos" and people.refs_on(c) for c in units.children(people.doc)[i])


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
            if deps[child] in {"oprd", "attr"} and _names_someone(people, child):
                out.extend(r for r in _collect(people, child) if r not in out)
            elif deps[child] == "ccomp" and doc[child].pos_ == "PROPN" and _names_someone(people, child) and not any(
                    deps[c] in {"nsubj", "nsubjpass"} for c in units.children(doc)[child]):
                out.extend(r for r in _collect(people, child) if r not in out)  # "phoning Minister X on Saturday"
    elif not out:  # "met union leaders, including its president, X": X is one of them
        groups = [c for c in verb.children if c.dep_ == "dobj" and (c.tag_ == "NNS" or _plural_object(c))]
        for holder in groups + ([verb] if groups else []):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "including":
                    found = [r for o in child.children if o.dep_ == "pobj" for r in collect(people, o)]
                    out.extend(r for r in found if r not in out)
    return out


def phoned(verb: Token) -> bool:
    """ "spoke by phone", "talked over video": the contact was a call."""
    doc = verb.doc
    phone = rules.words("phone_words")
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    for child in units.children(doc)[verb.i]:
        if a.deps[child] in {"prep", "agent"} and lowers[child] in {"by", "over", "on", "via"}:  # "spoken by telephone"
            if any(a.bares[k] in phone for k in units.subtree(doc, child)):
                return True
        if a.deps[child] == "prep" and lowers[child] == "in" and any(
                a.deps[o] == "pobj" and a.bares[o] in {"call", "calls"} for o in units.children(doc)[child]):
            return True  # "spoke, in separate calls, with A and B"
        if a.deps[child] == "advmod" and a.bares[child] in {"telephonically"}:
            return True
    return False


def _asked(tok: Token) -> bool:
    """ "Did you see A and B at lunch?", "Has the minister met B?": a question asks, it tells nothing.

    The sentence ends with a question mark and its main verb has an auxiliary before its subject."""
    sent = tok.sent
    lo, hi = units.unit_bounds(tok.doc, tok.i)  # ("SPEAKER: Have you spoken to X?\n\nOTHER: ...": one unit each)
    ends = [t.text for t in tok.doc[lo:hi] if not t.is_space][-2:]
    if sent[-1].text != "?" and not (len(sent) > 1 and sent[-2].text == "?") and "?" not in ends:
        return False
    for verb in {sent.root, tok}:  # (the verb after a speaker's name: "SPEAKER: Have you spoken to X?")
        subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and any(c.dep_ in {"aux", "auxpass"} and lo <= c.i < subjects[-1]
                            for c in verb.children):
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
    if any(deps[c] == "neg" or lowers[c] == "never" for c in kids):
        return False  # ("has never met X": the parser may hang "never" as an adverb)
    if depth == 0 and deps[verb] == "relcl" and _inside_called_off_meeting(doc[verb]):
        return False
    if depth == 0 and tags[verb] in {"VBN", "VB"} and _asked(doc[verb]):
        return False  # "Have you spoken to X?": asked, not told
    aux = {lowers[c] for c in kids if deps[c] in {"aux", "auxpass"}}
    if tags[verb] == "VBN":
        aux -= {"'d", "’d"}  # "he'd spoken": had, not would
    if aux & rules.words("modal_words"):
        return False
    # "is understood to have spoken", "is said to have met": reported as done
    perfect = tags[verb] == "VBN" and "have" in aux and deps[verb] in {"xcomp", "ccomp"}
    infinitive = any(deps[c] == "aux" and tags[c] == "TO" for c in kids)
    if perfect and infinitive and lowers[heads[verb]] in {"was", "were", "is", "are"}:
        return False  # "was to have met X, but the meeting was cancelled": a plan that fell through
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
    if tags[verb] == "VBG" and aux & PRESENT_BE and _timed_ahead(doc, verb):
        return False  # "is meeting X next week", "are hosting X tomorrow": the present for a plan
    head = heads[verb]
    if deps[verb] == "pcomp" and lowers[head] == "of" and _doubt(lowers[heads[head]]) == "accuse":
        return False  # "accused the mayor of having met X": an allegation
    if tags[verb] == "VBG" and deps[verb] == "pcomp" and lowers[head] in {"to", "ahead", "before"}:
        main = heads[head]
        # "held talks with A on Monday before meeting B": told in the past, it happened
        if not (lowers[head] == "before" and tags[main] == "VBD" and _factual(doc, main, depth + 1)):
            return False
    if head == verb:
        return True
    # ("X denied he had ever sat down with Y": the clause of a denial, with "that" or without)
    if ("that" in marks or deps[verb] == "ccomp" or _claimed(doc, verb)) and _denied(doc, verb):
        return False
    if _claimed(doc, verb, HEARSAY):
        return False  # "rumours that she had met X": talk, not a fact
    if deps[verb] in {"xcomp", "ccomp"} and a.bares[head] in rules.words("nonfactual_verbs") and deps[verb] == "xcomp":
        return False
    if deps[verb] == "conj" and any(deps[c] == "cc" and lowers[c] == "but" for c in units.children(doc)[head]):
        return True  # "X was not at the hearing, but spoke to Y by telephone": the contrast was done
    if deps[verb] in {"conj", "xcomp"}:
        return _factual(doc, head, depth + 1)
    return True


PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# a time in a present progressive that makes it a plan ("is meeting X tomorrow"); "now", "today" do not
AHEAD_WORDS = {"tomorrow", "tonight", "next", "later", "soon", "upcoming", "coming"}


def _timed_ahead(doc: Doc, verb: int) -> bool:
    """Whether a present progressive carries a time ahead ("tomorrow", "next week", "later this month").

    A weekday is left alone: "are meeting Thursday" on a Thursday is the news of the day.
    """
    deps = units.attrs(doc).deps
    return any(deps[c] in {"npadvmod", "prep", "advmod", "tmod"}
               and any(t.lower_ in AHEAD_WORDS for t in doc[c].subtree) for c in units.children(doc)[verb])


def _doubt(word: str) -> str | None:
    """The kind of doubt a word casts on the clause under it ("deny", "claim", "accuse"), if any."""
    return rules.kinds("doubt_words").get(word)


HEARSAY = frozenset({"rumour", "rumours", "rumor", "rumors", "allegation", "allegations", "speculation"})


def _claimed(doc: Doc, verb: int, words: frozenset[str] | None = None) -> bool:
    """ "a report (in a newspaper) that he had met Y": a claim word (or one of `words`) among the nouns
    between the clause and the verb above it."""
    heads, poss = units.attrs(doc).heads, units.attrs(doc).poss
    lowers = units.words(doc).lowers
    k = heads[verb]
    for _ in range(4):
        if (lowers[k] in words) if words is not None else _doubt(lowers[k]) == "claim":
            return True
        if poss[k] in {"VERB", "AUX"} or heads[k] == k:
            return False
        k = heads[k]
    return False


def _denied(doc: Doc, verb: int) -> bool:
    """ "X denied (a report) that she had met Y", "denied a post claiming he had met Y": the clause's
    nearest verb above (past a claim's participle) denies it."""
    heads, poss = units.attrs(doc).heads, units.attrs(doc).poss
    lowers = units.words(doc).lowers
    k = heads[verb]
    while heads[k] != k and (poss[k] not in {"VERB", "AUX"} or _doubt(lowers[k]) == "claim"):
        k = heads[k]
    negated = any(units.attrs(doc).deps[c] == "neg" for c in units.children(doc)[k])  # "does not deny that"
    return k != verb and poss[k] in {"VERB", "AUX"} and _doubt(lowers[k]) == "deny" and not negated


BRING_VERBS = {"took", "taken", "brought"}
LED_GROUPS = {"group", "party", "contingent"}  # "led a group of traders to meet the superintendent"


def _trip_head(verb: Token) -> Token | None:
    """The verb an infinitive of purpose hangs on ("flew to Kessel to meet X": "flew"), through the noun the
    parser may hang it on ("visited the dressing room after the winning runs to congratulate X": "visited")."""
    head = verb.head
    if verb.dep_ == "acl":
        while head.dep_ in {"pobj", "prep", "dobj"} and head.head.i != head.i:
            head = head.head
        if head.pos_ != "VERB":
            return None
    elif verb.dep_ not in {"advcl", "xcomp"}:
        return None
    return head if head.i != verb.i and head.tag_ in {"VBD", "VBN"} else None


def _in_clause(tok: Token, verb: Token) -> bool:
    """Whether `tok` belongs to `verb`'s own clause: no clause stands between them but a companion's
    ("accompanied by Z")."""
    while tok.i != verb.i:
        if tok.dep_ in {"relcl", "ccomp", "advcl", "xcomp", "acl", "conj", "parataxis"} and not (
                tok.dep_ in {"acl", "advcl"} and bare_word(tok) in rules.words("companion_words")):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _purpose_of_trip(verb: Token, depth: int) -> bool:
    """ "flew to Kessel on Monday to meet X", "was in Kessel to meet X": a trip made for the meeting."""
    head = _trip_head(verb)
    if head is None:
        return False
    brought = head.lower_ in BRING_VERBS and any(c.dep_ == "auxpass" for c in head.children)
    if head.tag_ == "VBN" and not brought and not any(
            c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in head.children):
        return False  # "had taken her to see X", "was taken up to see X"; not "is expected to see X"
    led = _led_a_delegation(head)  # "led a delegation of clergymen to see the minister"
    led = led or bare_word(head) in BRING_VERBS  # "took the mother downtown to see the superintendent"
    visited = rules.kinds("meeting_verbs").get(bare_word(head)) == "visit"  # "visited the clubrooms to meet X"
    # "called to the family home to sympathise with X"
    visited = visited or bare_word(head) in CALLING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in {"to", "at", "by"} for c in head.children) and any(
        bare_word(w) in HOME_NOUNS for c in head.children if c.dep_ in {"prep", "advmod", "npadvmod"}
        for w in c.subtree)  # ("to the family home": the parser may hang "home" on the verb)
    # "dropped by to see X", "popped round to see X": a call paid in passing
    visited = visited or bare_word(head) in CALLING_VERBS | {"popped", "swung"} and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ in {"by", "round", "around", "over", "in"} for c in head.children)
    # "made her first trip to the island to visit X": a trip made is a motion
    made = bare_word(head) in {"made", "make", "makes"} and any(
        c.dep_ == "dobj" and bare_word(c) in rules.words("trip_nouns") | {"journey", "trek"} for c in head.children)
    if bare_word(head) not in rules.words("motion_verbs") and not led and not visited and not made and not (
        head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in head.children)
    ):
        return False
    return factual_verb(head, depth + 1)


def _led_a_delegation(verb: Token) -> bool:
    """ "led a delegation of clergymen", "headed the union's team": the verb's object is a group it led."""
    return bare_word(verb) in {"led", "headed"} and any(
        c.dep_ == "dobj" and bare_word(c) in rules.words("delegation_nouns") | LED_GROUPS for c in verb.children)


def _members_named(people: People, verb: Token) -> list[str]:
    """The members a led delegation names: "led a delegation of four MPs, including X," (the parser hangs
    "including" on the group or on its "of" phrase)."""
    groups = [c for c in verb.children if c.dep_ == "dobj"]
    groups += [o for g in groups for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return [r for g in groups for p in g.children if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS
            for o in p.children if o.dep_ == "pobj" for r in collect(people, o)]


def _governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a meeting noun depends on and how: ("held", "dobj"), ("briefed", "in").

    Climbs through nouns ("briefed X on its outcome in a call"): the relation is
    the preposition nearest the meeting noun.
    """
    verb, relation = governs(noun.doc, noun.i)
    return (noun.doc[verb] if verb is not None else None), relation


def governs(doc: Doc, noun: int) -> tuple[int | None, str]:
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
            if lowers[cur] == "of" and a.bares[head] in TIME_NOUNS and deps[head] == "pobj":
                cur = head  # "reached the deal after six hours of talks": after the talks
                continue
            relation = relation or lowers[cur]
            if lowers[cur] == "of" and lowers[head] == "out" and deps[head] in {"prep", "prt", "advmod"}:
                relation, cur = "out", head  # "stormed out of a meeting with X": came from it, as "from"
                continue
            if poss[head] in {"VERB", "AUX"}:
                return head, relation
            if poss[head] in {"NOUN", "PROPN"} and deps[head] in {"pobj", "dobj"}:
                cur = head
                continue
            aside = cur > 0 and lowers[cur - 1] == "," and lowers[cur] in {"in", "during"}
            if poss[head] in {"NOUN", "PROPN"} and deps[head] in {"nsubj", "nsubjpass"} and aside:
                cur = head  # "X, in a phone call with Y on Monday, said ...": the aside is the subject's
                continue
            return None, relation
        if poss[head] in {"VERB", "AUX"}:
            return head, relation or deps[cur]
        if deps[cur] in {"compound", "conj", "appos"}:
            cur = head
            continue
        return None, relation or deps[cur]
    return None, relation


SITTING_BODIES = {"council", "parliament", "assembly", "senate", "house", "court", "legislature", "congress",
                  "chamber", "commons", "lords", "tribunal", "bundestag", "diet", "duma", "majlis", "sejm"}


def factual_noun(noun: Token) -> bool:
    """Whether a meeting noun reports a real meeting ("a possible meeting" does not)."""
    kids = list(noun.children)
    for child in kids:
        if child.dep_ == "amod" and bare_word(child) in rules.words("nonfactual_adjectives") and not (
                child.lower_ == "further" and noun.dep_ == "dobj" and noun.head.tag_ == "VBD"):
            return False  # (but "held a further meeting with X": one more, already held)
        if child.dep_ == "det" and child.lower_ in {"no", "any"}:
            return False
        if child.dep_ == "compound" and bare_word(child) in {"future", "planned", "proposed"}:
            return False
    if noun.head.dep_ == "prep" and noun.head.lower_ in {"without", "ahead", "before"}:
        return False
    if bare_word(noun) in {"session", "sessions", "sitting"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(bare_word(o) in SITTING_BODIES for o in c.children)
        for c in kids
    ):
        return False  # "at Tuesday's session of the city council": a public sitting, not a meeting of people
    if (bare_word(noun) in {"session", "sessions", "sitting"} and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and bare_word(noun.head.head) in rules.words("speech_verbs")
            and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in kids)):
        return False  # "told the court in a closed session": where she spoke, not whom she met
    if bare_word(noun) in {"call", "calls"}:  # "calls for a review", "a call to resign": appeals
        # ("a courtesy call on the Secretary for X": the "for" after the one called on is no appeal)
        called_on = min((c.i for c in kids if c.dep_ == "prep" and c.lower_ in {"on", "upon", "with"}),
                        default=len(noun.doc))
        for child in kids:
            if (child.dep_ == "prep" and child.lower_ == "for" and not _duration(child) and child.i < called_on) or (
                child.dep_ in {"acl", "relcl"} and any(c.tag_ == "TO" for c in child.children)
            ):
                return False
    if noun.dep_ == "pobj" and noun.head.head.lower_ in NONFACTUAL_NOUNS and noun.head.head.pos_ == "NOUN":
        return False
    for child in kids:  # "a meeting that had been scheduled for Friday", "talks set for May"
        if child.dep_ in {"acl", "relcl"} and bare_word(child) in rules.words("cancel_verbs"):
            return False
    told = _summed_up(noun)
    if told is not None and not factual_verb(told):
        return False  # "is expected to meet the union on Monday, the first formal talks since January": planned too
    verb, relation = _governing_verb(noun)
    if verb is None:
        return True
    # "build on the results of the telephone talk held on March 2": told as done, whatever governs it
    tail = [o for c in kids if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]  # "talk between X held"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and bare_word(c) in HELD_VERBS for t in [noun, *tail]
           for c in t.children):
        return True
    root = noun.doc[units.unit_root(noun.doc, noun.i)]
    if relation in {"after", "following"} and (
        root.tag_ in {"VBD", "VBN"} or (root.tag_ == "VBZ" and bare_word(root) in rules.words("speech_verbs"))
    ):
        return True  # "said (says) it will not change course following a meeting yesterday": the meeting is past
    if relation in {"after", "following"} and any(t.lower_ in {"yesterday", "last"} for t in noun.subtree):
        return True  # "will step up efforts following a meeting between the ministers here yesterday"
    if relation == "dobj" and bare_word(verb) in rules.words("nonfactual_verbs"):
        return False
    if relation == "to" and bare_word(verb) in {"invited", "invite", "invites"}:
        return False  # "have both been invited to a working session next week": an invitation, not a meeting
    if relation in {"nsubj", "nsubjpass"} and _cancelled(verb):
        return False
    return factual_verb(verb)


def _summed_up(noun: Token) -> Token | None:
    """ "..., is expected to meet X on Monday, the first talks between the two": the meeting verb a noun phrase
    after a comma sums up, told just before it in the sentence."""
    doc = noun.doc
    left = noun.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return None
    start, _ = units.unit_bounds(doc, noun.i)
    meets = rules.kinds("meeting_verbs")
    for tok in reversed(doc[start : left - 1]):
        if tok.pos_ == "VERB" and bare_word(tok) in meets:
            return tok
    return None


def _inside_called_off_meeting(clause: Token) -> bool:
    """ "A session with the committee, whose chairman had summoned both of them, was postponed": a relative clause
    inside the subject of a meeting called off tells how that meeting was arranged, not another meeting."""
    cur = clause.head
    for _ in range(6):
        if cur.dep_ in {"nsubj", "nsubjpass"}:
            return bare_word(cur) in rules.kinds("meeting_nouns") and _cancelled(cur.head)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _cancelled(verb: Token) -> bool:
    """ "was cancelled", "was called off", "is scheduled for", "is due": the meeting did not happen."""
    if bare_word(verb) in rules.words("cancel_verbs"):
        # "the meeting set the agenda", "the talks delayed the vote": active, the meeting did its work
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or verb.dep_ in {"acl", "relcl"}
        return passive or verb.tag_ == "VBN"
    for child in verb.children:
        if child.dep_ in {"acomp", "xcomp"} and bare_word(child) in rules.words("cancel_verbs"):
            return True
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
    if bare_word(verb) in {"moved", "brought", "pushed"} and any(  # "was moved to Monday": rescheduled
        c.dep_ == "prep" and c.lower_ in {"to", "until"} and any(o.ent_type_ == "DATE" for o in c.children)
        for c in verb.children
    ):
        return True
    return (bare_word(verb) in {"called", "put", "pushed", "broken"} and bool(particles & {"off", "back"})) or (
        bare_word(verb) in {"fell", "falls", "fallen"} and "through" in particles
    )


def _date_word(tok: Token) -> bool:
    """ "Tuesday's meeting", "yesterday's talks": a possessor that is a date, not an owner."""
    return tok.ent_type_ in {"DATE", "TIME"} or bare_word(tok) in dates.WEEKDAYS or bare_word(tok) in {
        "yesterday",
        "today",
        "tonight",
    }


def _duration(prep: Token) -> bool:
    """ "for 40 minutes", "for an hour": how long, not what for."""
    return any(t.lower_.rstrip("s") in {"minute", "hour", "second"} for t in prep.subtree)


def is_definite(noun: Token) -> bool:
    """ "the talks", "this meeting", "their call": a contact told before or named by its owner."""
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in noun.children)


def subject_token(verb: Token) -> Token | None:
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
    subject = subject_token(verb)
    return subject is not None and subject.lower_ not in {"it", "there"}


BRIEF_VERBS = {"briefed", "briefs", "brief", "briefing"}
# The press as an audience: "told reporters", "briefed journalists" tell no meeting.
PRESS = {"reporters", "journalists", "newsmen", "correspondents", "press", "media", "newspaper", "paper", "radio",
         "television", "agency"}


def _present_with(people: People, verb: Token) -> list[str]:
    """ "A and B sat down for two hours, with X playing referee", "with X looking on": whoever the absolute
    "with" clause of the meeting verb has doing something was there."""
    return [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for v in c.children if v.dep_ == "pcomp" and v.tag_ == "VBG"
            for n in v.children if n.dep_ == "nsubj" for r in collect(people, n)]


WAIT_VERBS = frozenset({"waited", "waits"})  # "waited upon the Minister": the old words for calling on


INTRODUCE_VERBS = {"introduced", "introduces"}


def other_introduction(people: People, verb: Token) -> bool:
    """ "introduced X as her deputy", "introduced a bill", "introduced himself to a ship's master": no meeting of
    people named; "introduced A to B" brings A and B together (whoever introduced them is there too)."""
    return verb.lower_ in INTRODUCE_VERBS and not _prep_objects(people, verb, {"to"})


def _verb_event(people: People, verb: Token, kind: str) -> Event | None:
    """A meeting told by a verb, with its participants (the verb's children read once)."""
    kids = list(verb.children)
    word = verb.lower_
    if any(c.dep_ == "prt" and c.lower_ in {"on", "for", "off", "up", "out"} for c in kids) and kind == "call":
        return None
    if word in SEE_VERBS and not _saw_someone(people, verb):
        return None
    if word in BRIEF_VERBS and any(c.dep_ == "dobj" and bare_word(c) in PRESS for c in kids):
        return None  # "A and B briefed reporters": told the press, met nobody
    if other_introduction(people, verb):
        return None
    subjects = verb_subjects(people, verb)
    # "waited upon the Minister": the old words for calling on somebody
    called_on = _prep_objects(people, verb, {"upon", "on"}) if word in WAIT_VERBS else []
    if not subjects and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids):
        subjects = _it_the_delegation(people, verb)  # "the delegation travelled to X, where it was received by Y"
    late = [c for c in kids if c.dep_ == "nsubj" and c.i > verb.i]
    if verb.dep_ == "conj" and late and not any(c.dep_ in {"dobj", "nsubj"} and c.i < verb.i for c in kids):
        # "X met A on Monday and later met B": the parser took B for the subject of the second verb
        subjects = verb_subjects(people, verb.head)
        objects = [r for c in late for r in collect(people, c)]
        if subjects and objects:
            return Event(verb, kind, list(dict.fromkeys(subjects + objects)))
    if not subjects and _delegation_subject(verb):
        # "a delegation met X": X, and the members if a later sentence names them
        hosts = _objects(people, verb) + _prep_objects(people, verb, {"with", "by"}) + called_on
        if kind == "call" and not hosts:  # "the delegation called on X"
            hosts = [r for c in kids if _call_on(people, c) for o in c.children for r in collect(people, o)]
            kind = "visit"
        if hosts and factual_verb(verb):
            return Event(verb, kind, list(dict.fromkeys(hosts)), group="delegation")
    if _unknown_subject(people, verb, subjects):
        if chair := _under_chair(people, verb):
            # "Ministers of four territories sat round one table under the chairmanship of X": X, and whoever
            # the text names as attending next
            return Event(verb, kind, chair) if factual_verb(verb) else None
        # still an event that later mentions may take their date from
        plural = _plural_subject(verb)
        # "the pair met, with X also in the room"; "they were received by X"
        joiners = _objects(people, verb) + _prep_objects(people, verb, {"with", "alongside"}) if plural else []
        if plural and not joiners:  # "The pair spent the morning at the cafe with X": "with" hung on the place
            joiners = _on_the_place(people, verb, {"at", "in", "on"}, {"with"})
        joiners += _present_with(people, verb) if plural else []  # "..., with X playing referee"
        joiners += [r for c in kids if c.dep_ in {"advcl", "acl"} and bare_word(c) in rules.words("companion_words")
                    for r in by_agent(people, c, 0)] if plural else []  # "the pair sat down, joined by X"
        if plural and any(c.dep_ == "auxpass" for c in kids):
            # ("they were taken through the wards by X": "by" hung on the place)
            joiners += agents_listed(people, verb) or nested_by(people, verb)
        if plural and kind == "call" and not joiners and (on := [c for c in kids if _call_on(people, c)]) and (
            not _appeal(kids)
        ):  # "they had called upon Sir X": a visit the group paid
            joiners = [r for c in on for o in c.children if o.dep_ == "pobj" for r in collect(people, o)]
            kind = "visit" if joiners else kind
        kind = "call" if kind == "meeting" and phoned(verb) else kind  # "the two spoke by phone"
        return Event(verb, kind, [], plural=plural, joiners=list(dict.fromkeys(joiners)))
    if word in {"summoned", "summons"} and any(
        c.dep_ in {"xcomp", "advcl"} and any(t.tag_ == "TO" for t in c.children) for c in kids
    ):
        return None  # "summoned X to testify": an order, not a meeting (but "summoned X, hoping to ...")
    if word in rules.words("guest_verbs"):
        nouns = rules.kinds("meeting_nouns")
        things = [c for c in kids if c.dep_ == "dobj" and not _guest(people, c) and bare_word(c) not in nouns]
        if things:
            return None  # "welcomed the decision", "received a letter"; "hosted the summit" is a meeting
    subject = subject_token(verb)
    group = subject is not None and (people.mention_at(subject) or Mention(0, 0, (), "")).kind == "group"
    objects = _objects(people, verb) + called_on
    if word in SEE_VERBS and not objects:  # "saw A at the ministry" parsed as a small clause
        objects = [r for c in kids if c.dep_ == "ccomp" for r in collect(people, c)]
    # "welcomed X to Kessel": with an object of its own, the verb's "to" names a place or an occasion.
    # ("introduced A to B": B as well as A)
    to = set() if objects and word not in INTRODUCE_VERBS else {"to"}
    with_objs = _prep_objects(people, verb, {"with", "by", "alongside"} | to)
    if with_objs and any(c.dep_ == "auxpass" for c in kids):  # "received by A, by B, and by C"
        with_objs += [r for r in by_agent(people, verb, 0) if r not in with_objs]
    if not with_objs and any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
        with_objs = nested_by(people, verb)
    if not with_objs:
        with_objs = _included_with(people, verb)
    if not with_objs:  # "sat down at the legislature with X": "with" hung on the place
        # ("spent three hours on the deck with X")
        with_objs = _on_the_place(people, verb, {"at", "in", "into"} | ({"on"} if word in SPEND_VERBS else set()),
                                  {"with"})
    if not with_objs and word in SIT_VERBS:  # "sat across the table from X", "sat opposite X"
        with_objs = _prep_objects(people, verb, {"opposite"}) or [
            r for c in kids if c.dep_ == "prep" and c.lower_ in {"across", "at"}
            for o in c.children if o.dep_ == "pobj" and o.lower_ == "table"
            for r in _prep_objects(people, o, {"from", "with"}, False)
        ] or ((_prep_objects(people, verb, {"from"}) or _on_the_place(people, verb, {"at", "in"}, {"from"}))
              if any(c.lower_ == "across" for c in kids) else [])  # ("across a table at the ministry from X")
    if not with_objs and not objects:
        with_objs = _linear_with(
            people, verb, {"with"} if word not in rules.words("conversation_verbs") else {"with", "to"}
        )
    if not with_objs and not objects and word in HOST_VERBS | {"gave", "offered", "threw"}:
        # "hosted a state dinner in honour of the President, X", "gave a dinner in honour of the delegation"
        with_objs = _honoured(people, verb)
    with_objs += [r for r in _present_with(people, verb) if r not in with_objs and r not in subjects]
    if kind == "call" and not objects:
        # "called on the Prime Minister": a visit, unless an appeal follows ("to resign", "for calm").
        on = [c for c in kids if _call_on(people, c)]
        if on and not _appeal(kids):
            objects = [r for c in on for o in c.children if o.dep_ == "pobj" for r in collect(people, o)]
            if objects:
                kind = "visit"
    if kind == "call":
        naming = any(c.dep_ in {"oprd", "attr"} and not _names_someone(people, c.i) for c in kids)
        if naming or any(c.dep_ in {"ccomp", "acomp"} and not (c.pos_ == "PROPN" and _names_someone(people, c.i))
                         for c in kids) or not objects:  # (a name parsed as a clause: "phoning Minister X")
            return None
        # "called on X to resign", "called on X for restraint": an appeal, not a visit.
        appeal = any(_call_on(people, c) for c in kids)
        if appeal and _appeal(kids):
            return None
        if appeal:
            kind = "visit"  # "called on X": went to see X
    if word in SPEND_VERBS and not with_objs and not objects:
        # "spent two hours walking through the rooms with A and B": "with" hangs on what the time was spent doing
        # ("spent the evening locked away in the ministry with A": a participle as well)
        with_objs = [r for c in kids if _spent_doing(c, {"xcomp", "advcl", "dobj", "ccomp"})
                     for w in c.subtree if w.dep_ == "prep" and w.lower_ == "with"
                     for o in w.children if o.dep_ == "pobj" for r in collect(people, o)]
    group_noun = _group_object(people, verb) if subjects and not objects and not with_objs else None
    if group_noun is not None and factual_verb(verb):
        # "sat down with five parents": one named participant, the others named later if at all
        return Event(verb, "call" if phoned(verb) else kind, list(subjects), group=group_noun)
    if word in SPEND_VERBS and not any(c.lower_ == "together" for c in kids):
        # "spent the morning with X": only with a stretch of time and a person
        timed = any(c.dep_ in {"dobj", "npadvmod", "advmod"} and _time_stretch(c) for c in kids)
        # "A and B spent most of the day at the club": together, with two people or more
        placed = len(subjects) >= 2 and any(c.dep_ == "prep" and c.lower_ in {"at", "in"} for c in kids)
        if not (timed and (with_objs or placed) and subjects):
            return None
    if word in rules.words("conversation_verbs"):
        clause = verb.doc[units.conjuncts_up(verb.doc, verb.i)[-1]]
        wherein = any(  # "..., during which they discussed ...": the event told before
            c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children) for c in clause.children
        )
        if clause.dep_ == "relcl" and (bare_word(clause.head) in rules.kinds("meeting_nouns") or (
                wherein and not with_objs)):
            # "a call in which A and B discussed ...": the call itself is the event (but "the conference, at
            # which A sat down with B": a meeting of its own at a gathering that is none)
            return None
        if not with_objs and not phoned(verb) and len(subjects) < 2:
            return None
        timed = any(c.dep_ == "prep" and c.lower_ == "for" and any(_time_stretch(o) for o in c.children)
                    for c in kids)  # "A and B spoke for three hours at the palace": a conversation
        sat_down = word in SIT_VERBS and any(c.lower_ == "down" for c in kids)  # "sat down at the Capitol": talks
        if not with_objs and not phoned(verb) and _at_an_occasion(verb) and not timed and not sat_down:
            return None  # "A and B spoke at the rally": speeches, not a conversation
        late = any(c.dep_ == "prep" and c.lower_ in {"until", "till", "into"} for c in kids)
        if word in SIT_VERBS and not any(c.lower_ == "down" for c in kids) and not with_objs and not (
            (timed or late) and len(subjects) >= 2  # "A and B sat for three hours over the draft", "sat until dawn"
        ):
            return None
        if word in SIT_VERBS and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                o.dep_ == "pobj" and bare_word(o) in rules.words("org_words") for o in c.children) for c in kids):
            return None  # "sat on the committee with X": a seat on a body, not a meeting
        objects = []
        if phoned(verb):
            kind = "call"
    if kind == "visit" and word.startswith("tour"):
        objects = []
    elif kind == "visit" and not objects:  # "visited the palace of King X", "visited X's home"
        objects = [r for c in kids if c.dep_ == "dobj" and bare_word(c) in HOME_NOUNS
                   for r in _prep_objects(people, c, {"of"}, False) + [x for p in c.children if p.dep_ == "poss"
                                                                       for x in people.np_refs(p)]]
    # "received X in the presence of Y", "visited the jail in the company of Y": Y took part
    # (or on the companions' "accompanied by Z, in the presence of Y")
    joined_in = [r for o in verb.subtree if o.dep_ == "pobj" and o.lower_ in {"presence", "company"}
                 and o.head.lower_ == "in" and _in_clause(o.head, verb)
                 for r in _prep_objects(people, o, {"of"}, False)]
    # "flew to the capital to meet X in a delegation led by Y": Y too
    groups = rules.words("delegation_nouns")
    joined_in += [r for c in kids if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                  if o.dep_ == "pobj" and bare_word(o) in groups for r in _leaders(people, o, 0)]
    # "led a delegation of six MPs, including Y, to meet X": the members it names came too
    if (trip := _trip_head(verb)) is not None and _led_a_delegation(trip):
        joined_in += _members_named(people, trip)
    # "X hosted the summit, joined by A, B and C": the companions hang on the verb
    joined = [r for c in kids if c.dep_ in {"advcl", "acl"} and bare_word(c) in rules.words("companion_words")
              for r in by_agent(people, c, 0)]
    if not joined:  # "X toured the camp accompanied by the governor": the parser hangs it on the camp
        joined = [r for d in kids if d.dep_ == "dobj" and not people.np_refs(d) for c in d.children
                  if c.dep_ == "acl" and bare_word(c) in rules.words("companion_words") for r in by_agent(people, c, 0)]
    if not joined:  # "X visited the estate on 14 May, accompanied by Y": ... or on the day or place after it
        joined = [r for d in kids if d.dep_ == "prep" for o in d.children if o.dep_ == "pobj" and not people.np_refs(o)
                  for c in o.children if c.dep_ == "acl" and bare_word(c) in rules.words("companion_words")
                  for r in by_agent(people, c, 0)]
    listed = _list_tail(people, verb, subjects + objects + with_objs) if subjects and (objects or with_objs) else []
    participants: list[str] = []
    for ref in subjects + objects + with_objs + joined + joined_in + listed:
        if ref not in participants:
            participants.append(ref)
    separate = any(c.dep_ == "advmod" and c.lower_ == "separately" for c in kids)
    if kind == "call" and _to_a_room(verb):
        kind = "meeting"  # "called A and B into her chambers": a summons, all three in one room
    # "X called A and B": two calls, not a conference of three.
    if kind == "call" and len(objects) >= 2 and not with_objs and len(subjects) == 1:
        separate = True
    # "spoke with A, and later with B": one "with" each, two conversations (`_apart`)
    withs = [c for c in kids if c.dep_ in {"prep", "conj"} and c.lower_ == "with"]
    withs += [c for w in withs for c in w.children if c.dep_ == "conj" and c.lower_ == "with"]
    named = [w for w in withs if any(collect(people, o) for o in w.children if o.dep_ == "pobj")]
    if len(subjects) == 1 and len(named) >= 2:
        separate = separate or _apart(verb, named)
    if kind == "meeting" and phoned(verb):
        kind = "call"  # "briefed X by phone", "met by video link"
    event = Event(verb, kind, participants, separate=separate)
    if not objects and not with_objs and (group or (not subjects and _plural_subject(verb))):
        # "the two discussed ...", "they met again": the people of the meeting just told
        event.plural = True
        event.participants = []
    elif not subjects and not objects and with_objs and (group or _plural_subject(verb)) and factual_verb(verb):
        # "where they inspected the market with its manager, X": the people told before, and X
        event.plural, event.joiners, event.participants = True, list(with_objs), []
    elif subjects and not objects and not with_objs and not group and factual_verb(verb) and any(
            c.dep_ == "dobj" and c.lower_ == "them" for c in kids) and any(c.lower_ == "together" for c in kids):
        # "A shuttled between the two sides before bringing them together": A, with the people just told
        event.plural, event.joiners, event.participants = True, list(subjects), []
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
        if bare_word(obj) in rules.words("delegation_nouns") and not _leaders(people, obj, 0):
            return "delegation"  # "met a delegation of rebel MPs": its members may be named next
        plurals = rules.words("people_plurals") | rules.words("group_nouns")
        if obj.tag_ == "NNS" and (obj.lower_ in plurals or plural_title(obj.lower_)):
            return obj.lower_  # "met five parents", "received the governors"
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


def _apart(verb: Token, withs: list[Token]) -> bool:
    """Whether one verb's "with" phrases tell conversations held apart.

    "spoke with A on Monday and with B on Tuesday", "with A and, in a separate call, with B", "with A, and
    later with B": a time or a word of sequence (kg/rules/apart_words.txt) from the first "with" to just past
    the last. "sat down with A, and with B" is one sitting of three.
    """
    doc = verb.doc
    words = rules.words("apart_words")
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    first, last = min(w.i for w in withs), max(w.i for w in withs)
    if any(c.dep_ == "prep" and c.i < first and any(lowers[k] in words for k in range(c.i, c.right_edge.i + 1))
           for c in verb.children):
        return True  # "spoke, in separate calls, with A and with B"
    return any(a.ents[k] in {"DATE", "TIME"} or lowers[k] in words for k in range(first, min(last + 6, len(doc))))


def _to_a_room(verb: Token) -> bool:
    """ "called A into her chambers", "called B to his office": the verb sends someone to a room."""
    buildings = rules.words("building_nouns")
    return any(c.dep_ == "prep" and c.lower_ in {"into", "to"} and any(
        o.dep_ == "pobj" and bare_word(o) in buildings for o in c.children) for c in verb.children)


def _at_an_occasion(verb: Token) -> bool:
    """ "spoke at the rally", "talked to the conference": before an audience, not with each other (a building,
    "talked at the embassy", is where a conversation took place)."""
    nouns = rules.kinds("meeting_nouns")
    buildings = rules.words("building_nouns")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "to", "before"}:
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if objs and not any(o.lower_ in nouns or (child.lower_ == "at" and o.lower_ in buildings) for o in objs):
                return True
    return False


def _guest(people: People, obj: Token) -> bool:
    """An object that can be a guest: a person, a delegation, a group of people, "them"."""
    if collect(people, obj) or _plural_object(obj) or bare_word(obj) in rules.words("delegation_nouns"):
        return True
    if title_flags(people.doc)[obj.i]:
        return True  # "hosted Estonian Permanent Secretary of the Ministry of Defence A": the name parsed apart
    return obj.tag_ == "NNS" or obj.lower_ in {"him", "her", "us", "me"}


def _call_on(people: People, child: Token) -> bool:
    """The "on" of "called on X" (a particle, or a preposition before a person), not "called X on Monday"."""
    if child.dep_ not in {"prep", "prt"} or child.lower_ not in {"on", "upon"}:
        return False
    objs = [o for o in child.children if o.dep_ == "pobj"]
    return not objs or any(collect(people, o) for o in objs)


HOME_NOUNS = frozenset({"palace", "home", "house", "residence", "office", "offices", "farm", "bedside", "camp"})
# Going to somebody's place: "came to her home", "called at the office of X", "stopped by his house".
CALLING_VERBS = {"came", "went", "drove", "walked", "stopped", "dropped", "called", "rushed", "hurried"}


def agents_listed(people: People, verb: Token) -> list[str]:
    """The persons after a passive's "by"; in a list split by semicolons the parser loses, every name after it;
    after "attended by", every name of the list up to the next verb ("by the Ambassador of X to Y, Mr A, and
    by the Director for Z, Dr B": the parser hangs the names on the places)."""
    out = by_agent(people, verb, 0) + _semicolon_list(people, verb)
    if bare_word(verb) in rules.words("attend_verbs") | rules.words("companion_words") | {"represented"}:
        # ("were joined for part of the meeting by A, and by B"; "X was represented by A, Y by B and Z by C")
        out += _names_up_to_a_verb(people, verb)
    return list(dict.fromkeys(out))


def _names_up_to_a_verb(people: People, verb: Token, direct: bool = False) -> list[str]:
    """The names after a verb's "by" (with `direct`, right after the verb: "included A, and B"), up to the
    next verb, relative word, conjunction or the sentence's end."""
    doc = people.doc
    end = units.unit_bounds(doc, verb.i)[1]
    # the first "by" after the verb ("were joined for part of the meeting by A": the parser hangs it on the noun)
    by = verb.i if direct else next((k for k in range(verb.i + 1, end) if doc[k].lower_ == "by"), None)
    if by is None or (by > verb.i + 1 and any(
        doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ not in {"amod", "compound"}
        and not (doc[k].tag_ == "VBN" and doc[k - 1].text == "," and doc[by - 1].text == ",")
        for k in range(verb.i + 1, by)
    )):  # ("joined at a working breakfast by A": a participle of the noun is no verb of its own; nor is one
        # set off by commas: "joined at the meeting, held at the centre, by A")
        return []
    out: list[str] = []
    flags = title_flags(doc)
    for k in range(by + 1, end):
        tok = doc[k]
        mention = people.mention_on(k)  # ("Mr. A Said B": a name word read as a verb)
        clause = tok.pos_ in {"VERB", "AUX", "SCONJ"} and mention is None
        if clause or tok.lower_ in {"who", "which", "where", "whose"}:
            break  # ("represented by A after the minister, B, withdrew": a clause of its own)
        if mention is None or mention.kind != "name" or mention.start != k:
            continue
        if mention.end < len(doc) and doc[mention.end].tag_ == "POS":
            continue  # "Kessel's Provost, A": the place or the person that owns the one named
        before = k - 1
        while before > by and flags[before]:
            before -= 1
        if doc[before].pos_ == "ADP" and doc[before].lower_ not in {"by", "with"}:
            continue  # "in Doha", "of Darfur State": a place, whatever the name finder made of it
        if _under_of(people.root(mention.start, mention.end), by):
            continue  # "Dr A of the health organisation B": the body A comes from
        out.extend(r for r in mention.refs if r not in out)
    return out


def _list_tail(people: People, verb: Token, found: list[str]) -> list[str]:
    """Names that continue the list of a meeting verb's partners where the parser lost them ("hosted A, director
    of X, and Chief B, ruler of Y, at the palace"; "sat down with the managers of both parties, Ms A of X and
    Mr B of Y"): after the verb, up to the next clause, each name that follows a comma, "and" or "with" and is no
    place, possession or subject of its own."""
    doc = people.doc
    end = units.unit_bounds(doc, verb.i)[1]
    flags = title_flags(doc)
    out: list[str] = []
    seen = False  # a partner already passed
    for k in range(verb.i + 1, end):
        tok = doc[k]
        mention = people.mention_on(k)
        if (tok.pos_ in {"VERB", "AUX", "SCONJ"} and mention is None) or tok.lower_ in RELATIVE_WORDS:
            break
        if seen and tok.head.i == verb.i and (tok.dep_ == "prep" and tok.lower_ != "with" or tok.ent_type_ == "DATE"):
            break  # "met A in X on Monday, and B in Y on Tuesday": two meetings
        if mention is None or mention.kind != "name" or mention.start != k or people.quoted(tok):
            continue
        if any(r in found for r in mention.refs):
            seen = True
            continue
        root = people.root(mention.start, mention.end)
        head = root
        while head.dep_ in {"appos", "conj"} and head.head.i != head.i:  # ("she and the minister, B, held")
            head = head.head
        if head.dep_ in {"nsubj", "nsubjpass"}:
            break  # "met A, and B told reporters", "spoke with A, the spokesman, B, denied it": a clause of its own
        if mention.end < len(doc) and doc[mention.end].tag_ == "POS":
            continue  # "met A, B's adviser"
        before = k - 1
        # (over the title and the capitalised words of its portfolio: "and Deputy Finance Minister B")
        while before > verb.i and (flags[before] or doc[before].text in {"(", ")"} or (
                doc[before].dep_ == "compound" and doc[before].text[:1].isupper()
                and people.mention_on(before) is None and doc[before].ent_type_ not in {"GPE", "DATE"})):
            before -= 1
        # "in Doha", "the wife of B", "the member for X, Y and Z": not one of the list; but a name in apposition
        # to a title or after one keeps its place ("with A, president of the union in X, and his deputy, B";
        # "met A, president of the X Association, and Mrs. B")
        titled = before < k - 1
        if doc[before].lower_ not in {",", "and", "with"} or (
            _under_of(root, verb.i, any_prep=not (root.dep_ == "appos" or titled))
        ):
            continue
        out.extend(r for r in mention.refs if r not in found and r not in out)
    return out


RELATIVE_WORDS = {"who", "whom", "which", "where", "whose", "when"}


def _under_of(root: Token, by: int, any_prep: bool = False) -> bool:
    """Whether a name hangs, through appositions, below an "of", "in" or "from" after the token at `by`; with
    `any_prep`, also through lists, below any preposition but "with" and "by" ("the member for X, Y and Z")."""
    cur = root
    links = {"appos", "pobj", "prep", "compound"} | ({"conj"} if any_prep else set())
    while cur.head.i != cur.i and cur.i > by and cur.dep_ in links:
        stops = cur.lower_ not in {"with", "by"} if any_prep else cur.lower_ in {"of", "in", "from"}
        if cur.dep_ == "prep" and stops:
            return True
        cur = cur.head
    return False


def _semicolon_list(people: People, verb: Token) -> list[str]:
    """Every name after a verb when its sentence splits a list by semicolons, which the parser loses
    ("brought together A; B, chairman of X; and C"); else nothing."""
    end = units.unit_bounds(people.doc, verb.i)[1]
    if not any(t.text == ";" for t in people.doc[verb.i : end]):
        return []
    return [r for m in people.mentions if verb.i < m.start < end and m.kind == "name" for r in m.refs]


def _their_owners(people: People, noun: Token, verb: Token | None, their: Token) -> list[str]:
    """ "The two ministers praised the progress since their talks of May 5": the two had them; "The Ministers
    assessed advances since their meeting": the people named in the sentence before. Two or more, else none."""
    doer = subject_token(verb) if verb is not None else None
    if doer is None or doer.tag_ not in {"NNS", "NNPS"} or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in doer.children):
        return []
    refs = list(people.np_refs(doer)) or _they(people, noun, units.index(people.doc)[noun.i], their)
    return refs if len(refs) >= 2 else []


def _included_with(people: People, verb: Token) -> list[str]:
    """ "met with the widows of the crew, including A and B": the parser hangs "including" on the verb or
    its subject, not on the group the verb met with; the persons it names, right after the group, are among them."""
    doc = people.doc
    groups = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
              if o.dep_ == "pobj" and o.tag_ == "NNS" and not people.refs_on(o.i)]
    if not groups:
        return []
    after = groups[0].right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].lower_ != "including" or doc[after].dep_ != "prep":
        return []
    return [r for o in doc[after].children if o.dep_ == "pobj" for r in collect(people, o)]


def _home_visit(people: People, verb: Token) -> Event | None:
    """ "the detective came to her home on Tuesday", "called at the office of the mayor": a visit.
    None when no other person's place is named (then "called on X at his home" is read as a call on X)."""
    owners = _home_owners(people, verb)
    guests = [r for r in verb_subjects(people, verb) if r not in owners]
    if not owners or not guests or not factual_verb(verb):
        return None
    return Event(verb, "visit", guests + owners)


def _home_owners(people: People, verb: Token, preps: frozenset[str] = frozenset({"to", "at", "by"}),
                 homes: frozenset[str] = HOME_NOUNS) -> list[str]:
    """The persons whose home or office a verb of going leads to ("to her home", "at the office of X"), or, with
    other prepositions and places, where something happened ("at the villa of X")."""
    out: list[str] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and bare_word(place) in homes:
                out += [r for c in place.children if c.dep_ == "poss" for r in people.np_refs(c)]
                out += _prep_objects(people, place, {"of"}, False)
    return list(dict.fromkeys(out))


SPEND_VERBS = {"spent", "spend", "spends", "spending"}
SEE_VERBS = {"saw", "seen"}  # "On Monday he saw Mr A, the president of the party": met, when A is a person
SCREENS = frozenset({"television", "tv", "screen", "video", "film", "youtube", "news"})


def on_screen(verb: Token) -> bool:
    """ "has only seen her on TV": a verb of seeing with a screen, no meeting."""
    return verb.lower_ in SEE_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in SCREENS for o in c.children) for c in verb.children)


def _saw_someone(people: People, verb: Token) -> bool:
    """ "saw X" of a person, nothing more: not "saw X leave", not "saw growth", not "saw that ..."."""
    # "saw A at the ministry" may come parsed as a clause of its own with A at its head
    bare = [c for c in verb.children if c.dep_ == "ccomp" and people.np_refs(c)
            and not any(g.dep_ in {"nsubj", "aux", "dobj"} for g in c.children)]
    if any(c.dep_ in {"ccomp", "xcomp", "acomp", "oprd"} and c not in bare for c in verb.children):
        return False
    if on_screen(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + bare
    return bool(objects) and all(people.np_refs(o) and not any(g.dep_ in {"acl", "relcl"} and g.tag_ in {"VBG", "VB"}
                                                               for g in o.children) for o in objects)
HOST_VERBS = {"hosted", "hosts", "host", "hosting"}
SIT_VERBS = {"sat", "sit", "sits", "sitting"}
HELD_VERBS = {"held", "conducted"}


def _held(verb: Token, relation: str) -> bool:
    """The meeting noun is what the verb says took place: "was held", "took place"."""
    if relation == "nsubjpass":
        return verb.lower_ in HELD_VERBS
    return relation == "nsubj" and verb.lower_ in {"took", "take", "takes", "taking"} and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )


def _honoured(people: People, verb: Token) -> list[str]:
    """ "hosted a dinner in honour of X": the guest of an occasion."""
    out: list[str] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "in honour of" hung on the dinner too
    # or on the place: "gave a dinner at the Residence in honour of X"
    holders += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"at", "in"}
                for o in p.children if o.dep_ == "pobj" and o.lower_ not in {"honour", "honor"}]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for honour in prep.children:
            if honour.dep_ == "pobj" and honour.lower_ in {"honour", "honor"}:
                for of in honour.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        out.extend(r for o in of.children if o.dep_ == "pobj" for r in collect(people, o))
    return out


# Done to a meeting by someone in it: "chaired the meeting", "opened the meeting with a prayer";
# "the meeting was called by X": X convened it and was there.
CONVENE_VERBS = {"called", "convened", "organised", "organized", "arranged", "requested", "hosted", "led"}
CHAIR_VERBS = {"chaired", "chairs", "chairing", "opened", "opens", "addressed", "addresses", "closed", "moderated",
               "moderating", "mediated", "mediating", "told"}
# "a reception given by X": the host; "talks facilitated by X": the mediator
CHAIRED = frozenset({"chaired", "co-chaired", "cochaired", "presided"})  # "a session chaired by X": X was there
GIVEN_VERBS = {"given", "thrown", "facilitated", "mediated", "moderated", "brokered"}


def _time_stretch(tok: Token) -> bool:
    """ "the morning", "two hours", "most of the day": a stretch of time spent."""
    if bare_word(tok) in TIME_NOUNS:
        return True
    if tok.dep_ == "advmod" and tok.lower_ in {"close", "nearly", "almost", "upwards"}:
        # "spent close to an hour with X": the parser hangs the hour on "close to"
        return any(c.dep_ == "prep" and any(bare_word(o) in TIME_NOUNS for o in c.children) for c in tok.children)
    return tok.lower_ in {"most", "much", "part", "all", "rest"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(bare_word(o) in TIME_NOUNS for o in c.children)
        for c in tok.children
    )
TIME_NOUNS = {"morning", "afternoon", "evening", "day", "days", "night", "hour", "hours", "minutes", "week", "weekend",
              "time", "lunchtime"}
PLURAL_WORDS = {"they", "pair", "two", "both", "duo", "trio", "three", "sides"}


def _plural_subject(verb: Token) -> bool:
    """ "The pair met again", "they spoke": the people of the meeting told just before."""
    subject = subject_token(verb)
    if subject is None:
        return False
    if subject.lower_ in PLURAL_WORDS:
        return True
    return subject.tag_ == "NNS" and subject.lower_ in rules.words("group_nouns") and any(
        c.lower_ in {"the", "both"} or (c.dep_ == "poss" and _of_two(c)) for c in subject.children
    )


ENTERTAIN_VERBS = {"entertained", "hosted", "treated", "welcomed", "received", "invited"}


def _delegation_word(tok: Token) -> bool:
    """ "the delegation", "its members", "the delegates": a group told before, standing for its people."""
    word = bare_word(tok)
    return word in rules.words("delegation_nouns") or word in {"members", "delegates"}


def _of_two(owner: Token) -> bool:
    """ "the two countries' ministers", "both nations' leaders": one of each of two."""
    return any(c.lower_ in {"two", "both"} for c in owner.children)


CHAIRMANSHIPS = {"chairmanship", "chairpersonship", "chairwomanship", "co-chairmanship", "presidency"}


def _convened_clause(noun: Token) -> list[Token]:
    """ "The decision was taken at a meeting on Monday, convened by A": the parser hangs the participle that
    tells who held the meeting on the verb of the sentence; with no subject of its own it is the meeting's."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
            and bare_word(c) in {"chaired", "co-chaired", "convened", "hosted", "presided"}
            and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]


def _noun_event(people: People, noun: Token, kind: str) -> Event:
    """A meeting told by a noun, with its participants (the noun's children read once)."""
    kids = list(noun.children) + _convened_clause(noun)
    participants: list[str] = []

    def add(refs: list[str] | tuple[str, ...]) -> None:
        participants.extend(r for r in refs if r not in participants)

    verb, relation = _governing_verb(noun)
    group = None
    if verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
        subjects = verb_subjects(people, verb)
        if _delegation_subject(verb) and not subjects:
            group = "delegation"  # "a delegation paid a courtesy call on X": its members may be named later
        elif _unknown_subject(people, verb, subjects):
            # "the pair held talks": the people told before; "the president-elect held talks": unknown;
            # "they held talks with X": the people told before, and X
            plural = _plural_subject(verb)
            joiners = _prep_objects(people, verb, {"with"}) if plural else []
            return Event(noun, kind, [], definite=is_definite(noun), plural=plural, joiners=joiners)
        add(subjects)
    if verb is not None and relation in {"to", "at"} and bare_word(verb) in ENTERTAIN_VERBS and any(
        c.dep_ == "auxpass" for c in verb.children
    ):  # "its members were entertained to luncheon by X": X the host, the subject the guests
        add(by_agent(people, verb, 0))
        guests = [c for c in verb.children if c.dep_ == "nsubjpass"]
        add([r for c in guests for r in collect(people, c)])
        if participants and any(_delegation_word(c) for c in guests):
            group = "delegation"
    for child in kids:
        if child.dep_ == "poss" and not _date_word(child):
            owner = people.np_refs(child)
            if not owner and child.lower_ == "their" and noun.dep_ in {"nsubj", "nsubjpass"} and (
                    joiners := _prep_objects(people, noun, {"with"}, False)):
                # "Their talks with X ended without agreement": the people told before, and X
                return Event(noun, kind, [], definite=True, plural=True, joiners=joiners)
            if not owner and child.lower_ == "their":
                add(_their_owners(people, noun, verb, child))
            if not owner and (child.lower_ in {"their", "our"} or (child.lower_ == "its" and participants)):
                continue  # "told X during their meeting": the people of the verb; ("The mission held its
                # final meeting with X": the mission's leader, its verb's subject)
            if not owner:
                return Event(noun, kind, [], definite=True)
            add(owner)
    # (a relative clause of the noun, or one the parser hung on the noun's verb: "delivered at a meeting in the
    # hall on Tuesday, which brought together ...")
    clauses = [c for c in kids if c.dep_ == "relcl"] + [
        c for c in (verb.children if verb is not None else []) if c.dep_ == "advcl" and any(
            w.dep_ == "nsubj" and w.lower_ == "which" and w.i > noun.right_edge.i and all(
                t.is_punct or t.pos_ == "ADP" or t.ent_type_ in {"DATE", "TIME"}  # ("on Tuesday evening, which")
                for t in noun.doc[noun.right_edge.i + 1 : w.i]) for w in c.children)]
    for clause in clauses:
        if clause.lower_ in INVOLVE_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in clause.children
        ) and factual_verb(clause):
            # "a meeting in the town hall, which brought together the Provost, A, the chief executive, B, and ...":
            # every name of the list, which the parser often hangs on the wrong word
            add(_people_in_objects(people, clause))
            add(_names_up_to_a_verb(people, clause, direct=True))
    if noun.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in kids):
        # "with board president A meeting the chairman, B": a gerund the parser read as a noun
        add([r for c in kids if c.dep_ == "compound" for r in people.refs_at(c)])
        add([r for c in kids if c.dep_ == "dobj" for r in collect(people, c)])
    preps = {"with", "between", "among", "involving", "alongside", "of"}  # "a meeting of A, B and C"
    if kind in {"visit", "call"} or participants:
        preps.add("to")
    if kind in {"visit", "call"}:
        preps.add("from")  # "a call from X", "a visit from X"
        if any(c.dep_ == "prep" and c.lower_ == "by" for c in kids):
            preps.update({"by", "on"})  # "a visit by X to Y", "a courtesy call by X on Y"
    paying = {"paid", "pay", "pays", "made", "make", "makes"}
    courtesy = any(c.dep_ in {"compound", "amod"} and c.lower_ == "courtesy" for c in kids)
    paid = verb is not None and relation == "dobj" and bare_word(verb) in paying
    if kind in {"visit", "call"} and (courtesy or paid):
        preps.add("on")  # "paid a courtesy call on X", "after a courtesy call on X"
        kind = "visit" if paid else kind
    sentence = units.unit_bounds(people.doc, noun.i)[0]
    deps = units.attrs(people.doc).deps
    for k in units.subtree(people.doc, noun.i):  # "a call ..., in which the three agreed": the group took part
        if deps[k] != "relcl" or units.unit_bounds(people.doc, k)[0] != sentence:
            continue
        child = people.doc[k]
        wherein = any(
            c.dep_ == "prep" and c.lower_ in {"in", "at", "during"} and any(w.lower_ == "which" for w in c.children)
            for c in child.children
        ) or any(c.dep_ == "advmod" and c.lower_ == "where" for c in child.children)  # "..., where A and B went"
        if wherein:  # "a call in which A and B discussed ...", "a meeting at which the three agreed ..."
            for subj in child.children:
                if subj.dep_ == "nsubj" and subj.lower_ not in {"they", "we"}:  # "they": the call's own people
                    add(collect(people, subj))
            if participants:  # "a session at the hotel, where A and B faced C and D": across the table
                add([r for o in child.children if o.dep_ == "dobj" for r in collect(people, o)])
    for k in units.subtree(people.doc, noun.i):  # "a summit which opened under the chairmanship of X": X chaired it
        chair = people.doc[k]
        if chair.lower_ in CHAIRMANSHIPS and chair.dep_ == "pobj" and chair.head.lower_ == "under":
            add(_prep_objects(people, chair, {"of"}, False))
    # "recalled the talks in Oslo on 5 May, attended by A and B": the parser hangs the participle on the verb
    hung = [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
            and bare_word(c) in rules.words("attend_verbs") and any(a.dep_ == "agent" for a in c.children)
            ] if noun.dep_ == "dobj" else []
    for child in [*kids, *hung]:  # "a meeting attended by A and B"
        if child.dep_ in {"acl", "advcl"} and bare_word(child) in rules.words("attend_verbs"):
            add(agents_listed(people, child))  # ("attended by A, and by B": the parser hangs B elsewhere)
        elif child.dep_ in {"acl", "advcl"} and bare_word(child) in CHAIRED | CONVENE_VERBS | GIVEN_VERBS and any(
                c.dep_ == "agent" for c in child.children):  # "a session hosted by X", "a dinner given by X"
            add(by_agent(people, child, 0))  # "a session co-chaired by A and B"
            if (attended := _attended_too(child)) is not None:  # "... chaired by A and attended by B"
                add(by_agent(people, attended, 0))
        elif child.dep_ == "acl" and child.tag_ == "VBN" and bare_word(child) in HELD_VERBS | {"convened"}:
            # "a meeting held at the headquarters on Monday with A, B and C", "a ceremony held by A and B"
            add(_prep_objects(people, child, {"with", "between", "among"}))
            add(by_agent(people, child, 0))
            add([r for o in child.children if o.dep_ == "dobj" for r in collect(people, o)])  # a list split by it
    # "a dinner for A and B, which was also attended by C": the parser hangs the clause on the last guest, but
    # "which" is no person, so the clause is the dinner's
    which = [t for k in units.subtree(people.doc, noun.i) if (t := people.doc[k]).dep_ == "relcl" and t.head.i != noun.i
             and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "which" for c in t.children)
             and people.mention_at(t.head) is not None]
    for child in [*kids, *which]:  # "the meeting, which X also attended"
        if child.dep_ == "relcl" and bare_word(child) in rules.words("attend_verbs") and factual_verb(child):
            # The small parser sometimes hangs the subject name as an adverb ("which X also attended").
            guests = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
                c for c in child.children if c.dep_ in {"advmod", "npadvmod", "dep"} and c.i < child.i
            ]
            add([r for c in guests for r in collect(people, c)])
            if any(c.dep_ == "auxpass" for c in child.children):  # "the meeting, which was also attended by X"
                guests = agents_listed(people, child)  # (", and by Y": the parser hangs Y elsewhere)
                if guests and not participants and is_definite(noun):  # the meeting told before
                    return Event(noun, kind, guests, attend=True, definite=True)
                add(guests)
    if verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
        preps.add("for")  # "hosted a dinner for X"
        if any(c.dep_ == "auxpass" for c in verb.children):
            preps.add("by")  # "X was granted an audience by Y", "was given a briefing by Y"
    add(_prep_objects(people, noun, preps))
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "The minister's meeting yesterday was with A and B"
        add(_prep_objects(people, noun.head, {"with", "between"}))
    supported = verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs")
    if supported and verb is not None and len(participants) < 2 and not any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
        for c in [*kids, *verb.children]
    ):  # "held a video conference last night with Gov. A and Gov. B to coordinate ...": the "with" lost from the tree
        add(_linear_with(people, noun, {"with"}))
    # "a meeting with the contractor, Alhaji A, managing director of X, who ...": the name torn off its noun
    # ("paid a courtesy call on the Cabinet Secretary, Mr A,": the one called on)
    torn = {"with", "on", "upon"} if bare_word(noun) in {"call", "calls"} else {"with"}
    add([r for c in kids if c.dep_ == "prep" and c.lower_ in torn for o in c.children
         if o.dep_ == "pobj" and not collect(people, o) for r in _comma_name_after(people, o)])
    # "talks at the resort between A and B", "a meeting on the sidelines with X": hung on the place
    add(_on_the_place(people, noun, {"at", "in", "on"}, {"between", "with"}))
    if len(participants) < 2:
        # "talks ... between the South's delegate, X, and the North's, Y" with the names lost from the tree:
        # the persons written after "between", up to the end of the sentence
        between = next((t for t in noun.subtree if t.lower_ == "between" and t.dep_ == "prep"), None)
        if between is None:
            between = _between_after_day(noun)
        if between is not None:
            end = units.unit_bounds(people.doc, noun.i)[1]
            linear = list(dict.fromkeys(
                r for m in people.mentions if between.i < m.start < end and m.kind != "group"
                and not _in_a_place(people.root(m.start, m.end)) for r in m.refs))
            if len(linear) >= 2:
                add(linear)
    if kind == "visit" and verb is not None and relation == "dobj" and bare_word(verb) in paying:
        # "paid a courtesy call to-day on X": "on" hung on the verb after the day
        add([r for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i
             for o in c.children if o.dep_ == "pobj" for r in collect(people, o)])
        # "X paid her a courtesy visit": the one visited as the verb's second object
        add([r for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i < noun.i for r in collect(people, c)])
    if supported and verb is not None:
        # "held a working session at her ministry with Dr. X": "with" hung on the place after the noun
        add(_on_the_place(people, verb, {"at", "in", "on"}, {"with"}, after=noun.i))
    above = verb if verb is not None else next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    if not participants and above is not None and (relation == "dobj" or noun.dep_ == "pobj"):
        # "followed a video call earlier this month between A and B", "grew out of a call last month between
        # A and B": "between" hung on the verb, after the noun with no other meeting noun in between
        nouns = rules.kinds("meeting_nouns")
        add([r for c in above.children if c.dep_ == "prep" and c.lower_ == "between" and c.i > noun.i
             and not any(bare_word(t) in nouns for t in noun.doc[noun.i + 1 : c.i])
             for o in c.children if o.dep_ == "pobj" for r in collect(people, o)])
    if kind == "call" and verb is not None and relation == "dobj" and len(participants) < 2:
        # "received a phone call on Saturday evening from X": "from" hung on the verb or the time
        a = units.attrs(people.doc)
        lowers = units.words(people.doc).lowers
        for k in units.subtree(people.doc, verb.i):
            hung = a.heads[k] == verb.i or a.deps[a.heads[k]] in {"pobj", "npadvmod"}
            if a.deps[k] == "prep" and lowers[k] == "from" and hung:
                add([r for o in people.doc[k].children if o.dep_ == "pobj" for r in collect(people, o)])
    attend = False
    if verb is not None and relation == "in" and is_definite(noun) and _takes_part(verb):
        # "X also took part in the meeting", "participated in the talks": X joins the meeting told before
        subjects = verb_subjects(people, verb)
        copula = _inverted_copula(verb)  # "Also taking part in the talks (with the delegation) was X"
        inverted = _named_at_copula(people, copula) if copula is not None else []
        if not participants or (inverted and not subjects):
            return Event(noun, kind, subjects or inverted, attend=True, definite=True)
    if verb is not None:
        if relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
            add(verb_subjects(people, verb))
            add(_companions(people, verb.i))  # "paid a courtesy call on X, accompanied by Y"
            add(_prep_objects(people, verb, {"with"}))
            withs = [p for t in (verb, noun) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
            if withs:  # "held talks with A, the chief of X, and the secretary, B": the apposition
                # hung as an object, or as an adverb ("with his counterpart, Minister Dr B, at the ministry")
                add([r for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.i > noun.i
                     and c.left_edge.i > 0 and people.doc[c.left_edge.i - 1].text == "," for r in collect(people, c)])
            if len(participants) >= 2:  # "held a meeting with the two claimants, A and B, at his office"
                add(_list_tail(people, verb, participants))
        elif relation == "for" and (bare_word(verb) in rules.words("attend_verbs") | rules.words("motion_verbs") | {
            "joins",
            "join",
            "gathered",
            "met",
        } | HOST_VERBS or _led_a_delegation(verb)):  # ("hosted X at Government House for talks with Y": X and Y and
            # the host; "led the delegation into the ministry for talks with Y": its leader)
            objects = _objects(people, verb)
            if not objects and not participants and any(c.dep_ == "dobj" and _plural_object(c) for c in verb.children):
                # "Z joined them for dinner", "joined the leaders for talks": Z joins the meeting just told
                return Event(noun, kind, verb_subjects(people, verb), attend=True, definite=True)
            add(verb_subjects(people, verb))  # "joined X for talks", "arrived in Kessel for talks with X"
            add(objects)
        elif relation == "for" and verb.lemma_ == "be" and verb.tag_ == "VBD" and any(
            c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in verb.children
        ) and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
            add(verb_subjects(people, verb))  # "X was in Vilnius on Monday for talks with Y"
        elif relation in {"at", "in"} and verb.lemma_ == "be" and is_definite(noun) and not participants:
            # "The coach was also at the meeting": joins the meeting told before; "Also at the meeting was X"
            present = verb_subjects(people, verb) or [
                r for c in verb.children if c.dep_ == "attr" and c.i > noun.i for r in collect(people, c)]
            return Event(noun, kind, present, attend=True, definite=True)
        elif relation == "on" and bare_word(verb) in BRIEF_VERBS:
            pass  # "briefed reporters on the call": the call is the topic, not where they met
        elif relation in TOGETHER_PREPS and noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before"} and any(
                t.lower_ in dates.UNIT_DAYS for t in (noun.head.head, *noun.head.children)):
            pass  # "met B on 12 May, eight days after the café meeting": the meeting counted from is another one
        elif relation in TOGETHER_PREPS:
            subjects = verb_subjects(people, verb)
            if any(c.dep_ == "auxpass" for c in verb.children) and bare_word(verb) in rules.kinds(
                "appointment_words"
            ):
                subjects = []  # "X was named to the post at a board meeting": chosen there, not one who met
            if not subjects and verb.dep_ == "ccomp" and relation in {"after", "following"}:
                subjects = verb_subjects(people, verb.head)  # "X told them (that ...) following a meeting with Y"
            add(subjects)
            add(_objects(people, verb))
            add(_prep_objects(people, verb, {"with", "to"}))
            if any(c.dep_ == "auxpass" for c in verb.children):
                agents = by_agent(people, verb, 0)  # "was joined by X at the talks"
                if not agents and bare_word(verb) in rules.words("attend_verbs"):
                    agents = _names_up_to_a_verb(people, verb)  # "was joined at the meeting by X": "by" on the noun
                add(agents)
        elif relation == "nsubj" and verb.lower_ in {"had", "has"} and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "attendance" for o in c.children)
            for c in verb.children
        ):
            # "The meeting also had in attendance the Commissioner, A, and the Head of Service, B": they joined it
            present = _objects(people, verb) + _names_up_to_a_verb(people, verb, direct=True)
            return Event(noun, kind, list(dict.fromkeys(present)), attend=True, definite=True)
        elif relation in {"nsubj", "nsubjpass"} and verb.lower_ in INVOLVE_VERBS:
            add(_people_in_objects(people, verb))
            add(_semicolon_list(people, verb))  # "brought together A; B, chairman of X; and C"
        elif relation == "nsubj" and (joined := _involving_conj(verb)) is not None:
            # "The meeting, convened at the initiative of X, brought together A, B and C": the participle read
            # as the verb, "brought" as its second
            add(_people_in_objects(people, joined))
        elif relation == "nsubj" and _gathered_before(verb):
            # "Mayor X brought together the management and the union, but the session ended without
            # agreement": whoever brought the sides together sat in the session
            add(verb_subjects(people, verb.head))
        elif _held(verb, relation):
            # "A meeting was held on Monday between A and B", "Talks took place with B": the parser
            # hangs "between" on the verb, not on the meeting
            add(_prep_objects(people, verb, {"with", "between", "among"}, through_object=False))
            # "was held on 3 May under the chairmanship of A, with the participation of B and C"
            add(_under_chair(people, verb) + _taking_part(people, verb))
        if relation == "dobj" and verb.lower_ in HELD_VERBS:
            add(_chaired_aside(people, verb))
        if relation == "dobj" and verb.lower_ in rules.words("attend_verbs") and is_definite(noun):
            attend = True
        elif relation == "dobj" and _attending_were(verb) and is_definite(noun):
            attend = True  # "Attending the talks were A and B"
        if relation == "on" and verb.lower_ in {"sat", "sits", "sitting"} and is_definite(noun) and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
        ):
            attend = True  # "X also sat in on the session": joined the meeting told before
        bare_the = [c.lower_ for c in kids] == ["the"]  # "the meeting" told before, not "Wednesday's board meeting"
        if relation == "dobj" and verb.lower_ in CHAIR_VERBS | HOST_VERBS and bare_the:
            attend = True  # "Y chaired the meeting", "Z told the meeting", "Z arranged and hosted the meeting"
        elif relation == "dobj" and verb.lower_ in CHAIR_VERBS and factual_verb(verb):
            add(verb_subjects(people, verb))  # "X chaired a meeting of health officials": X took part
        standing = any(c.dep_ == "auxpass" and c.lower_ in {"are", "is"} for c in verb.children)
        attended = _attended_too(verb) if relation in {"nsubj", "nsubjpass"} else None
        if relation == "nsubjpass" and verb.lower_ in CHAIR_VERBS and standing:
            pass  # "The talks are chaired jointly by A and B": who runs them, not who met that day
        elif relation == "nsubjpass" and verb.lower_ in rules.words("attend_verbs") | CHAIR_VERBS | {"hosted"} \
                or attended:
            # "The session was also attended by X", "The meeting lasted two hours and was attended by X":
            # X joins this meeting or the one before; "was called by A and attended by B": A too.
            convened = relation == "nsubjpass" and verb.lower_ in CONVENE_VERBS | CHAIR_VERBS
            hosts = by_agent(people, verb, 0) if convened and attended is not None else []
            # "was chaired by A and brought together B, C and D": the people it brought together too
            brought = [r for c in verb.children if c.dep_ == "conj" and c.lower_ in INVOLVE_VERBS
                       for r in _people_in_objects(people, c)]
            verb = attended or verb
            guests = agents_listed(people, verb) or _prep_objects(people, verb, {"by"})  # "by A and by B"
            guests = list(dict.fromkeys(hosts + guests + brought))
            if not participants and is_definite(noun):
                return Event(noun, kind, guests, attend=True, definite=True)
            add(guests)
    if participants and any(c.dep_ == "prep" and c.lower_ == "with" for t in [noun, verb] if t is not None
                            for c in t.children):
        add(_semicolon_list(people, noun))  # "convened a roundtable with A of X; B, minister of Y; and C"
    if any(bare_word(c) in rules.words("phone_words") for c in kids if c.dep_ in {"compound", "amod"}):
        kind = "call"
    separate = any(c.dep_ == "amod" and c.lower_ in {"separate", "individual"} for c in kids)
    # "had bilateral meetings with A, B and C": one meeting each
    separate = separate or (noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in kids))
    if len(participants) == 1 and group is None:  # "a meeting with their representatives": named later, if at all
        # "a meeting with their representatives", "hosted a breakfast for the leaders of three states"
        withs = [o for p in kids if p.dep_ == "prep" and p.lower_ in {"with", "for"} for o in p.children]
        group = next((o.lower_ for o in withs if o.dep_ == "pobj" and o.lower_ in rules.words("people_plurals")), None)
        if group is None and verb is not None and relation == "dobj" and verb.lower_ in rules.words("support_verbs"):
            group = _group_object(people, verb)  # "held talks on Monday with a delegation of traders"
        if group is None and kind == "meeting" and _public_meeting(noun):
            group = "public"  # "faced residents at a packed public meeting": the others are the public
    if not participants and _clause_summary(noun):
        # "A and B had put their case to C at the headquarters on Friday, a meeting both sides called useful"
        clause = noun.head
        others = _objects(people, clause) + _prep_objects(people, clause, {"to", "with"})
        subjects = verb_subjects(people, clause)
        if subjects and others and factual_verb(clause):
            add(subjects + others)
    if attend:  # "X attended the meeting along with Y"
        guests = verb_subjects(people, verb) + _prep_objects(people, verb, {"with", "alongside"}) if verb else []
        copula = _inverted_copula(verb) if verb is not None else None
        if copula is not None and not guests:
            guests = _named_at_copula(people, copula)
        if verb is not None and copula is not None and _attending_were(verb):
            # "Attending the breakfast were A; B; and C": a long list the parser breaks up, read in order
            guests += people.refs_in(copula.i + 1, units.unit_bounds(people.doc, copula.i)[1])
        return Event(noun, kind, list(dict.fromkeys(guests)), attend=True, definite=True)
    return Event(noun, kind, participants, separate=separate, definite=is_definite(noun), group=group)


def _under_chair(people: People, verb: Token) -> list[str]:
    """ "under the chairmanship of X": the person who chaired what the verb tells."""
    return _role_of(people, verb, {"under"}, rules.words("chair_nouns"))


def _taking_part(people: People, head: Token) -> list[str]:
    """ "with the participation of X", "in the presence of X": people there, hung on the verb or the noun."""
    return _role_of(people, head, {"with", "in"}, rules.words("participation_nouns"))


def _role_of(people: People, head: Token, preps: set[str], nouns: frozenset[str]) -> list[str]:
    """Persons in "PREP the NOUN of X" hung on `head`."""
    return [r for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for n in p.children if n.dep_ == "pobj" and n.lower_ in nouns
            for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
            for o in q.children if o.dep_ == "pobj" for r in collect(people, o)]


def _clause_summary(noun: Token) -> bool:
    """ "..., a meeting both sides called useful": a meeting noun set after a comma at the end of a clause,
    naming what the clause told."""
    head = noun.head
    return (noun.dep_ in {"npadvmod", "appos"} and head.pos_ == "VERB" and head.i < noun.i
            and noun.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _chaired_aside(people: People, verb: Token) -> list[str]:
    """ "A and B held talks on Monday, chaired by C": the participle hangs on "held", not on the talks, and
    whoever chaired them sat at the table."""
    return [r for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"
            and bare_word(c) in CHAIRED | {"moderated", "mediated"} for r in by_agent(people, c, 0)]


def _attended_too(verb: Token) -> Token | None:
    """ "The meeting lasted two hours and was also attended by X", "was called by A and attended by B":
    the passive "attended" conjoined."""
    verbs = rules.words("attend_verbs") | CHAIR_VERBS | CONVENE_VERBS  # "chaired by A and hosted by B"
    return next((c for c in verb.children if c.dep_ == "conj" and bare_word(c) in verbs
                 and any(a.dep_ == "auxpass" or (a.dep_ == "agent" and c.tag_ == "VBN") for a in c.children)), None)


def _clause_persons(people: People, verb: Token) -> list[str]:
    """Persons named in a meeting verb's own clause when the parse links none to it as a partner
    ("met for two hours in the capital with A, of the B party": the with-phrase lost in the tree).

    Only names, not pronouns or descriptors; not inside a clause of their own, a quotation, or
    a phrase after "for"/"about"/"on" (a topic, not a partner)."""
    out: list[str] = []
    doc = people.doc
    for tok in verb.subtree:
        path, cur = [], tok
        while cur.i != verb.i:
            path.append(cur)
            cur = cur.head
        if any(t.dep_ in CLAUSE | {"nsubj", "nsubjpass", "poss", "conj"} and (t.dep_ != "conj" or t.pos_ == "VERB")
               or (t.dep_ == "prep" and t.lower_ in {"for", "about", "on", "over", "of", "according"}) for t in path):
            continue  # not the subject's own phrase, another verb's clause, a topic or a source
        mention = people.mention_at(tok)
        if mention is not None and mention.kind == "name" and not people.quoted(doc[mention.start]):
            out.extend(r for r in mention.refs if r not in out)
    return out


def _taking_part_were(verb: Token) -> bool:
    """ "Also taking part were A and B": an inverted "A and B were also taking part"."""
    kids = list(verb.children)
    return any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids) and any(
        c.lower_ in {"were", "was"} for c in kids
    ) and not any(c.dep_ == "prep" for c in kids)


def _joining_were(people: People, tok: Token) -> list[str]:
    """The people of "Joining the Secretary during the call were A and B" (the host, then the others), read
    in order: the small parser often takes a capitalised "Joining" for part of a name."""
    start, end = units.unit_bounds(people.doc, tok.i)
    if tok.i != start:
        return []
    copula = next((k for k in range(tok.i + 1, end) if people.doc[k].lower_ in {"were", "was"}), None)
    if copula is None:
        return []
    guests = people.refs_in(copula + 1, end)
    return list(dict.fromkeys(people.refs_in(tok.i + 1, copula) + guests)) if guests else []


def _attending_were(verb: Token) -> bool:
    """ "Attending the talks were A and B": an inverted "A and B were attending the talks"."""
    return verb.lower_ == "attending" and _inverted_copula(verb) is not None


def _inverted_copula(verb: Token) -> Token | None:
    """The "were" of "Taking part were X", "Attending the talks were X": the verb's child, or its head when
    the parser made the participle the copula's subject; the people are named after it."""
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
        return verb.head
    return next((c for c in verb.children if c.lemma_ == "be" and c.i > verb.i), None)


def _part_of_delegation(tok: Token) -> Token | None:
    """The copula of "was (also) part of the delegation", or None."""
    copula = tok.head
    if tok.dep_ != "attr" or copula.lemma_ != "be":
        return None
    groups = rules.words("delegation_nouns")
    of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return copula if any(bare_word(o) in groups and is_definite(o) for o in of) else None


def _bare_part(verb: Token) -> bool:
    """ "took part" with nothing else: no "in ...", no second object."""
    # ", according to a statement" says who told it, not what was taken part in
    kids = [c for c in verb.children if c.dep_ in {"dobj", "prep", "xcomp", "ccomp"} and c.lower_ != "according"]
    return len(kids) == 1 and kids[0].dep_ == "dobj" and kids[0].lower_ == "part"


def _sat_in(verb: Token) -> bool:
    """ "sat in" with no object of its own ("sat in on the talks" is the noun's business)."""
    return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) and not any(
        c.dep_ in {"prep", "dobj"} and c.lower_ != "as" and not _on_it(c) for c in verb.children
    )


def _on_it(prep: Token) -> bool:
    """ "sat in on it": on the meeting just told."""
    return prep.lower_ == "on" and [o.lower_ for o in prep.children] in (["it"], ["them"])


def _takes_part(verb: Token) -> bool:
    """ "took part", "participated", "sat in": a verb of joining an event told before."""
    if bare_word(verb) in {"participated", "participates", "participate", "participating"}:
        return True
    if bare_word(verb) in {"took", "take", "takes", "taking"}:
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    return bare_word(verb) == "sat" and any(c.lower_ == "in" and c.dep_ in {"prt", "prep"} for c in verb.children)


def _nominal(tok: Token) -> bool:
    """A meeting noun, also when tagged as a verb after "today's" or "the"."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    if tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        return True  # "held a roundtable with X": a noun the tagger called an adjective, in a noun's place
    if tok.tag_ != "VBG" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in {"'s", "’s", "the", "a", "his", "her", "their", "this", "that"} or prev.tag_ == "PRP$"


def _past_read_as_noun(tok: Token) -> bool:
    """A lower-case past form of a verb the tagger took for a noun or part of a name ("A rang B")."""
    return tok.tag_ in {"NN", "NNP"} and tok.text.islower() and (tok.text.endswith("ed") or tok.text in {"met", "rang"})


def _misparsed_verb_event(people: People, verb: Token, kind: str) -> Event | None:
    """A past-tense meeting verb the small parser took for a modifier, read left to right.

    "Mayor A hosted union leader B and council president C at ..." can come out
    with "hosted" as an adjective of "leader" and no verb at all. Only when a
    person's name ends right before the verb: that name is the subject, and the
    persons named after it, up to the first preposition, punctuation or verb,
    are the others.
    """
    doc = verb.doc
    end = verb.i
    while end > 1 and (doc[end - 1].text == "," or doc[end - 1].like_num or doc[end - 1].lower_ in {"now", "aged"}):
        end -= 1  # ("Mr A, now 78, rang B": an age between commas)
    before = people.mention_at(doc[end - 1]) if end > 0 else None
    if before is None or before.kind != "name" or before.end != end:
        return None
    others: list[str] = []
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if tok.pos_ in {"ADP", "VERB", "AUX", "PUNCT", "PART", "SCONJ"}:
            break
        others.extend(r for r in people.refs_at(tok) if r not in others and r not in before.refs)
    if not others:
        return None
    return Event(verb, kind, list(before.refs) + others)


def _speaker_did(people: People, tok: Token) -> bool:
    """ '"I rang him this morning," she said': a verb inside a quotation whose subject is "I", known to be
    the speaker; other words of a quotation tell no meeting (they may be plans, hopes or other people's)."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ == "i" and people.mention_at(c) is not None for c in tok.children
    )


def find_events(doc: Doc, people: People) -> list[Event]:
    """Every factual mention of a meeting, call or visit, with its participants."""
    verbs = rules.kinds("meeting_verbs")
    nouns = rules.kinds("meeting_nouns")
    events: list[Event] = []
    phone = rules.words("phone_words")
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, trigger_words()):  # no branch below takes a word in none of the lists
        word = lowers[i]
        tok = doc[i]
        if (people.quoted(tok) and not _speaker_did(people, tok)) or _asked(tok):
            continue
        if tok.dep_ == "advcl" and any(tok in _convened_clause(o) for p in tok.head.children if p.dep_ == "prep"
                                       for o in p.children if o.dep_ == "pobj" and o.lower_ in nouns):
            continue  # "at a meeting on Monday, convened by A": told with the meeting's noun
        idiom = _idiom(tok) if tok.pos_ in {"VERB", "AUX"} and word not in verbs else None
        pair = _joined_by(people, tok) if word == "joined" else []  # "she was joined by X", asked once
        if word == "taking" and tok.pos_ == "VERB" and _taking_part_were(tok):
            # "Also taking part were A and B": they joined the meeting just told
            copulas = [c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "be"]  # (names hung on "were")
            guests = [r for c in [*tok.children, *(k for b in copulas for k in b.children)]
                      if c.dep_ in {"dobj", "attr", "nsubj"} and c.lower_ != "part" for r in collect(people, c)]
            event = Event(tok, "meeting", guests, attend=True) if guests else None
        elif word == "joining" and (named := _joining_were(people, tok)):
            # "Joining the Secretary during the call were A and B": they joined the meeting of the Secretary
            event = Event(tok, "meeting", named, attend=True)
        elif word in INVOLVE_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children
        ) and (guests := _it_brought(people, tok)):
            # "The meeting was chaired by X. It brought together A, B and C": the meeting just told
            event = Event(tok, "meeting", guests, attend=True, definite=True) if factual_verb(tok) else None
        elif idiom is not None:
            if not factual_verb(tok):
                continue
            event = _verb_event(people, tok, idiom)
        elif word in GREETING_WORDS and (met := _fronted_greeting(people, tok)):
            # "Waiting for him at the airport were his mother, A, and B": they met him
            event = Event(tok, "meeting", met)
        elif _present(tok):
            event = _present_event(people, tok)
        elif word == "part" and (copula := _part_of_delegation(tok)) is not None:
            # "The union's general secretary, X, was also part of the delegation": X joined its meeting
            guests = verb_subjects(people, copula)
            event = Event(tok, "meeting", guests, attend=True) if guests and factual_verb(copula) else None
        elif word in {"took", "takes", "take"} and tok.pos_ == "VERB" and _bare_part(tok):
            # "The energy minister also took part.": joined the meeting just told
            event = Event(tok, "meeting", verb_subjects(people, tok), attend=True) if factual_verb(tok) else None
        elif word == "sat" and tok.pos_ == "VERB" and _sat_in(tok):
            # "Her deputy sat in and took notes": joined the meeting just told
            event = Event(tok, "meeting", verb_subjects(people, tok), attend=True) if factual_verb(tok) else None
        elif word in SIT_VERBS and tok.pos_ == "VERB" and (beside := _prep_objects(people, tok, {"beside"})):
            # "The deputy chairman sat beside the Chairman throughout": both at the meeting just told
            guests = list(dict.fromkeys(verb_subjects(people, tok) + beside))
            event = Event(tok, "meeting", guests, attend=True) if factual_verb(tok) else None
        elif word in SIT_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "between" and any(o.lower_ in {"them", "both"} for o in c.children)
            for c in tok.children
        ) and (guests := verb_subjects(people, tok)):
            # "A and B met yesterday. C, a federal mediator, sat between them": C was at that meeting
            event = Event(tok, "meeting", guests, attend=True) if factual_verb(tok) else None
        elif word == "head" and (at_head := _at_the_head(people, tok)):
            # "At the head of the delegation was X": X led the delegation of the meeting told before
            event = Event(tok, "meeting", at_head, attend=True)
        elif word == "among":
            event = _among_event(people, tok)
        elif word in INCLUDE_VERBS and tok.pos_ == "VERB" and (guests := _those_included(people, tok)):
            # "Those at the meeting included A, B and C": they were at the meeting told before
            event = Event(tok, "meeting", guests, attend=True)
        elif word == "emerged" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in {"as", "from"} or c.dep_ in {"attr", "acomp", "oprd"} for c in tok.children
        ) and (named := verb_subjects(people, tok)) and _group_met_before(tok) and factual_verb(tok):
            # "X summoned the two leaders to his office. A and B emerged 90 minutes later": they were the two
            event = Event(tok, "meeting", named, attend=True)
        elif word == "one" and (named := _one_of_them(people, tok)):
            # "X met farmers in the hall. One of them, Y, put it to her bluntly": Y was at that meeting
            # ("one of the eldest at the meeting": the meeting told before, however far back)
            event = Event(tok, "meeting", named, attend=True, definite=tok.dep_ == "appos")
        elif word in MEMBER_VERBS and tok.pos_ == "VERB":
            event = _members_event(people, tok)
        elif word in {"chaired", "attended"} and tok.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and (c.lower_ == "it" or _which_of_a_meeting(c)) for c in tok.children
        ):
            # "It was chaired by X": the meeting just told; "During the meeting, which was also attended by X, ..."
            # with the relative clause lost from its noun
            guests = by_agent(people, tok, 0)
            event = Event(tok, "meeting", guests, attend=True, definite=True) if guests and factual_verb(tok) else None
        elif word == "joined" and tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"} and (
            clause_verb(tok.head).lower_ in verbs and not any(c.dep_ == "auxpass" for c in tok.children)
        ):
            continue  # "X, joined by Y, inspected the bridge": the meeting verb takes Y with X
        elif word == "joined" and tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"} and (
            joiners := by_agent(people, tok, 0)
        ) and not any(c.dep_ == "auxpass" for c in tok.children):
            # "A and B signed the agreement at the hall, joined by C", "A, joined by C, inspected the bridge"
            hosts = verb_subjects(people, tok.head) if tok.dep_ == "advcl" else collect(people, tok.head)
            event = Event(tok, "meeting", list(dict.fromkeys(hosts + joiners)), attend=not hosts) \
                if factual_verb(tok.head if tok.dep_ == "advcl" else tok) else None
        elif (
            tok.pos_ == "VERB"
            and word in rules.words("attend_verbs")
            and word != "sat"
            and not (word == "joined" and (_joined_by_the_people_told(tok) or pair))  # below
            and not any(c.dep_ == "dobj" and not _plural_object(c) and c.lower_ not in {"which", "that"}
                        for c in tok.children)  # "a dinner, which the Prime Minister attended": the dinner
            and not any(c.dep_ == "prep" and c.lower_ not in ATTEND_MANNER for c in tok.children)
            and not any(c.dep_ in {"npadvmod", "acomp", "oprd", "xcomp", "ccomp"} for c in tok.children)
        ):
            if not factual_verb(tok):
                continue
            # "Y attended alongside X", "Z joined them by phone": they join the meeting just told.
            guests = verb_subjects(people, tok) + _prep_objects(people, tok, {"alongside", "with"})
            one_of = [] if guests else _one_of_those(people, tok)  # "one of the parents who attended": any time later
            guests = guests or one_of
            for clause in tok.children:  # "X also attended, as did Y"
                if clause.dep_ == "advcl" and clause.lower_ in {"did", "does", "do"}:
                    guests += [r for c in clause.children if c.dep_ == "nsubj" for r in collect(people, c)]
            guests = list(dict.fromkeys(guests))
            event = Event(tok, "meeting", guests, attend=True, definite=bool(one_of)) if guests else None
        elif word in CONDITIONAL_NOUNS and _nominal(tok) and _remote(tok):
            if not factual_noun(tok):
                continue
            event = _noun_event(people, tok, "call")
        elif word in CONDITIONAL_NOUNS and _nominal(tok) and _joint(tok):
            # "said at a joint press conference with X": they stood side by side
            event = _noun_event(people, tok, "meeting") if factual_noun(tok) else None
        elif word == "joined" and tok.pos_ == "VERB" and (guests := _joined_persons(people, tok)):
            # "A and B joined X at the ministry": they joined the meeting X was holding
            event = Event(tok, "meeting", guests, attend=True) if factual_verb(tok) else None
        elif word == "joined" and _joined_by_the_people_told(tok):
            # "They were joined by Under Secretary X", "The two Ministers were joined for part of the meeting
            # by A, and by B": they joined the meeting just told
            guests = agents_listed(people, tok)
            event = Event(tok, "meeting", guests, attend=True) if guests and factual_verb(tok) else None
        elif word == "joined" and pair:
            # "She has reached the camp, where she was joined by MLA X": the two were together; "X received Y.
            # X was joined by Z": Z joined the meeting just told
            # ("On May 16, X was joined by Y for a roundtable": a day of its own, another occasion)
            sent_of = units.index(doc)
            dated = any(t.ent_type_ == "DATE" for t in tok.sent)
            told = not dated and any(pair[0] in e.participants and sent_of[tok.i] - sent_of[e.trigger.i] <= 2
                                     for e in events)
            event = Event(tok, "meeting", pair, attend=told) if factual_verb(tok) else None
        elif word == "joined" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _pronoun_group(c) and
                                                             c.lower_ != "him" and c.lower_ != "her"
                                                             for c in tok.children):
            # "Club captain X joined them for the last hour": X joined the meeting just told
            guests = verb_subjects(people, tok)
            event = Event(tok, "meeting", guests, attend=True) if guests and factual_verb(tok) else None
        elif word in rules.words("purpose_verbs") and tok.pos_ == "VERB" and any(
            c.tag_ == "TO" for c in tok.children
        ) and _purpose_of_trip(tok, 0):
            # "flew to the capital to see the minister", "visited the dressing room to congratulate X"
            trip = _trip_head(tok)
            if trip is not None and not verb_subjects(people, tok):  # the traveller is the trip verb's subject
                met = verb_subjects(people, trip) + _objects(people, tok) + _prep_objects(people, tok, {"with"})
                event = Event(tok, "meeting", list(dict.fromkeys(met)))
            else:
                event = _verb_event(people, tok, "meeting")
            if event is not None and bare_word(tok.head) in BRING_VERBS:  # "took the mother to see X": she too
                event.participants += [r for r in _objects(people, tok.head) if r not in event.participants]
        elif word in SIGN_VERBS and tok.pos_ == "VERB":
            event = _signing_event(people, tok)
        elif word in HANDOVER_VERBS and tok.pos_ == "VERB" and (handed := _handover_event(people, tok)) is not None:
            event = handed
        elif word in GUEST_WORDS and tok.pos_ == "NOUN" and (hosted := _guest_event(people, tok)) is not None:
            event = hosted
        elif word in ESCORT_VERBS and tok.tag_ == "VBN" and (escorted := _escorted_event(people, tok)) is not None:
            event = escorted
        elif word in ESCORT_VERBS and tok.tag_ == "VBN" and tok.dep_ in {"ROOT", "conj"} and any(
            c.dep_ == "auxpass" for c in tok.children
        ) and (escorts := by_agent(people, tok, 0)) and factual_verb(tok):
            # "The visitor was accompanied by Kenya's ambassador, Mr X": X was at the meeting just told
            event = Event(tok, "meeting", list(dict.fromkeys(verb_subjects(people, tok) + escorts)), attend=True)
        elif word in ESCORT_VERBS and tok.tag_ == "VBD" and any(
            c.dep_ == "dobj" and (bare_word(c) in GUEST_GROUPS or c.lower_ in {"him", "her", "them"}
                                  and people.refs_at(c)) for c in tok.children
        ) and (escorts := verb_subjects(people, tok)) and factual_verb(tok):
            # "The Under-Secretary, X, accompanied the visitors": X was at the meeting told before;
            # "X was received by Y. The ambassador, Z, accompanied him": Z too, with X
            escorted = [r for c in tok.children if c.dep_ == "dobj" for r in people.refs_at(c)]
            event = Event(tok, "meeting", list(dict.fromkeys(escorts + escorted)), attend=True)
        elif word in rules.words("motion_verbs") and tok.pos_ == "VERB" and (
            journey := _journey_event(people, tok)
        ) is not None:
            event = journey
        elif word in CALLING_VERBS and tok.pos_ == "VERB" and (home := _home_visit(people, tok)) is not None:
            event = home
        elif word in phone and tok.dep_ == "pobj" and (phoned_verb := _phoned_verb(tok, verbs)) is not None:
            event = _by_phone_event(people, phoned_verb)
        elif word in verbs and (tok.tag_ in {"VBD", "VBN"} or _past_read_as_noun(tok)) and (
            tok.dep_ in {"amod", "compound"}
        ):  # ("A rang B": a lower-case past verb the tagger took for part of a name)
            event = _misparsed_verb_event(people, tok, verbs[word])
        elif word == "table" and tok.pos_ == "NOUN" and any(c.lower_ == "round" for c in tok.children):
            # "chaired a round table with A and B": the two-word noun for a meeting ("roundtable" is listed)
            if not factual_noun(tok):
                continue
            event = _noun_event(people, tok, nouns.get("roundtable", "meeting"))
        elif tok.pos_ in {"VERB", "AUX"} and word in verbs and not (word in nouns and _nominal(tok)):
            if not factual_verb(tok):
                continue
            event = _verb_event(people, tok, verbs[word])
        elif word in nouns and not people.mention_at(tok) and _nominal(tok):
            if not factual_noun(tok) or unshared_drink(tok):
                continue
            event = _noun_event(people, tok, nouns[word])
        else:
            continue
        if event is not None:
            if event.group is not None:  # "received a delegation ..., led by its chairman X": X too
                event.participants += [r for r in _group_leader(people, tok) if r not in event.participants]
            if (event.participants or tok.pos_ == "NOUN") and not event.attend and not event.plural:
                event.participants += [r for r in _at_home_of(people, tok) if r not in event.participants]
            if len(event.participants) == 1 and not event.attend and tok.pos_ == "VERB" and word in verbs:
                event.participants += [r for r in _clause_persons(people, tok) if r not in event.participants]
            events.append(event)
            events.extend(event.gapped)
    return events


HOST_HOMES = frozenset({"home", "house", "residence", "villa", "flat", "apartment", "farmhouse"})


def _at_home_of(people: People, tok: Token) -> list[str]:
    """ "A and B met at the home of C", "gathered at C's villa for a long lunch": the host was there too."""
    holders = [tok]
    if tok.pos_ in {"NOUN", "PROPN"} and (verb := _governing_verb(tok)[0]) is not None:
        holders.append(verb)
    return [r for h in holders for r in _home_owners(people, h, frozenset({"at", "in"}), HOST_HOMES)]


ESCORT_VERBS = frozenset({"accompanied", "flanked", "escorted", "shown"})
GUEST_GROUPS = frozenset({"visitors", "visitor", "guests", "guest", "delegation", "delegates"})


def _escorted_event(people: People, part: Token) -> Event | None:
    """ "X inspected the works, accompanied by Y", "X was shown the murals by Y": Y was with X.

    For a participle hung on a verb that tells no meeting of its own (a meeting verb takes
    its companions itself), in the past, with persons on both sides.
    """
    if part.lower_ == "shown":  # "was shown (the murals) by Y": the passive itself
        if not any(c.dep_ == "auxpass" for c in part.children) or not factual_verb(part):
            return None
        hosts, guests = by_agent(people, part, 0), verb_subjects(people, part)
        if not hosts:  # "was shown the murals by Y": the "by" hung on the thing shown
            hosts = [r for o in part.children if o.dep_ == "dobj" for r in _prep_objects(people, o, {"by"}, False)]
        return Event(part, "visit", list(dict.fromkeys(guests + hosts))) if hosts and guests else None
    verb = part.head
    if part.dep_ == "acl" and verb.dep_ == "dobj":  # "inspected the palaces, accompanied by Y": hung on the object
        verb = verb.head
    elif part.dep_ != "advcl":
        return None
    if verb.pos_ != "VERB" or verb.lower_ in trigger_words() or verb.tag_ != "VBD":
        return None
    if verb.lower_ in rules.words("support_verbs") and any(
        c.dep_ == "dobj" and bare_word(c) in rules.kinds("meeting_nouns") for c in verb.children
    ):
        return None  # "paid a courtesy call on X, accompanied by Y": Y is in the call, which takes companions
    if not factual_verb(verb):
        return None
    doers, companions = verb_subjects(people, verb), by_agent(people, part, 0)
    companions = [r for r in companions if r not in doers]
    return Event(part, "meeting", doers + companions) if doers and companions else None


def _which_of_a_meeting(tok: Token) -> bool:
    """ "the meeting, which ...": a "which" right after a comma after a meeting noun."""
    doc = tok.doc
    return tok.lower_ == "which" and tok.i >= 2 and doc[tok.i - 1].text == "," and (
        bare_word(doc[tok.i - 2]) in rules.kinds("meeting_nouns") and doc[tok.i - 2].pos_ == "NOUN"
    )


def _journey_event(people: People, verb: Token) -> Event | None:
    """ "A and B travelled together to the valley", "A flew to Kessel with B": a journey made together.

    Only in the simple past, with "together" and two travellers or more, or a person after
    "with": "who is travelling with X" tells an entourage, "will travel with" a plan.
    """
    if verb.tag_ != "VBD" or not factual_verb(verb):
        return None
    travellers = verb_subjects(people, verb)
    if not travellers:
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children) and len(travellers) >= 2:
        return Event(verb, "meeting", travellers)
    # "flew to the valley with X": hung on the place
    company = _prep_objects(people, verb, {"with"}) or _on_the_place(people, verb, {"to"}, {"with"})
    company = [r for r in company if r not in travellers]
    return Event(verb, "meeting", travellers + company) if company else None


def _one_of_those(people: People, verb: Token) -> list[str]:
    """ "X, one of the parents who attended, said ...": X attended."""
    group = verb.head
    if verb.dep_ != "relcl" or group.dep_ != "pobj" or group.tag_ != "NNS" or group.head.lower_ != "of":
        return []
    one = group.head.head
    if one.lower_ != "one" or one.dep_ != "appos" or not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"}
                                                              for c in verb.children):
        return []
    return list(people.refs_at(one.head))


def _public_meeting(noun: Token) -> bool:
    """ "a packed public meeting", "residents packed into the hall for the meeting with X"."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in {"public", "packed", "town", "community"}
           for c in noun.children):
        return True
    return is_definite(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _group_leader(people: People, trigger: Token) -> list[str]:
    """ "met officials of the growers' association, led by its chairman X": X was one of them.

    The small parser hangs ", led by its chairman X" on the verb; "its" or "their" (not
    "his" or "her") says the group is led, not the subject.
    """
    out: list[str] = []
    end = units.unit_bounds(trigger.doc, trigger.i)[1]
    for tok in trigger.doc[trigger.i + 1 : end]:
        if bare_word(tok) not in {"led", "headed"} or tok.dep_ not in {"advcl", "acl"}:
            continue
        for agent in tok.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                owners = [c.lower_ for c in obj.children if c.dep_ == "poss"]
                if obj.dep_ == "pobj" and all(o in {"its", "their"} for o in owners):
                    out.extend(r for r in collect(people, obj) if r not in out)
    return out


def _joined_by_the_people_told(verb: Token) -> bool:
    """ "They were joined by X", "The two Ministers were joined by X": a passive "joined" whose subject is
    the people of a meeting told before."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "The pair huddled in a booth and were later joined by X": the first verb's subject is theirs
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        c.lower_ in {"they", "we"} or _plural_object(c) or (
            plural_title(c.text) and any(d.lower_ in {"two", "both", "three"} for d in c.children))
        for c in subjects
    )


def _joined_by(people: People, verb: Token) -> list[str]:
    """ "she was joined by X": the one person joined and whoever joined her, each once; else nothing."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    nouns = rules.kinds("meeting_nouns")
    if any(c.dep_ == "prep" and any(bare_word(o) in nouns for o in c.children) for c in verb.children):
        return []  # "was joined at the meeting by X": the meeting noun tells it
    joined = [r for c in verb.children if c.dep_ == "nsubjpass" for r in collect(people, c)]
    guests = [r for r in agents_listed(people, verb) if r not in joined]
    return joined + guests if len(joined) == 1 and guests else []


def _joined_persons(people: People, verb: Token) -> list[str]:
    """The named subjects and person object of an active "joined X", each once; else nothing."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return []
    subjects, objects = verb_subjects(people, verb), _objects(people, verb)
    if not subjects and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        subjects = _name_just_before(people, verb)
    return list(dict.fromkeys(subjects + objects)) if subjects and objects else []


def _name_just_before(people: People, verb: Token) -> list[str]:
    """ "where the charity's director, Dr. A, joined B": the name closing the words right before a verb the
    parser left without a subject (it hung the subject phrase elsewhere)."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].text == ",":
        k -= 1
    mention = people.mention_on(k) if k >= 0 else None
    if mention is None or mention.kind != "name" or mention.end != k + 1 or mention.end == verb.i:
        return []  # (a comma must stand between: "A joined B" with no subject is another misparse)
    return list(mention.refs) if verb.doc[mention.end - 1].dep_ in {"appos", "nsubj"} else []


SIGN_VERBS = {"signed", "witnessed"}


GUEST_WORDS = {"guest", "visitor", "guests", "visitors"}


def _guest_event(people: People, noun: Token) -> Event | None:
    """ "A was the guest at luncheon of B", "A spent the weekend as the guest of B", "B had a visitor from
    Nairobi: A": A and B met.

    A person who was someone's guest, or a visitor someone had, met that someone; not a guest of
    honour, nor a guest of a body or an event."""
    verb = noun.head
    # "spent Saturday aboard his yacht as the guest of B": a guest is what the subject was there
    styled = noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.pos_ == "VERB"
    if (noun.dep_ == "attr" and verb.lemma_ == "be") or styled:
        verb = verb.head if styled else verb
        guests = verb_subjects(people, verb)
        hosts = [r for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "of" and t.i > noun.i
                 for o in t.children if o.dep_ == "pobj" and bare_word(o) not in {"honour", "honor"}
                 for r in collect(people, o)]
        # "were guests at a dinner given by B": the host of the occasion
        hosts += [r for t in noun.children if t.dep_ == "prep" and t.lower_ in {"at", "for"}
                  for o in t.children if o.dep_ == "pobj" and bare_word(o) in rules.kinds("meeting_nouns")
                  for g in o.children if g.dep_ == "acl" and bare_word(g) in GIVEN_VERBS | HOST_VERBS
                  for r in by_agent(people, g, 0) if r not in hosts]
    elif noun.dep_ == "dobj" and verb.lower_ in {"had", "has"}:
        hosts = verb_subjects(people, verb)
        heads = {noun.i} | {t.i for t in noun.subtree if t.dep_ == "pobj"}  # "a visitor (from Nairobi): A"
        guests = [r for c in noun.subtree if c.dep_ == "appos" and c.head.i in heads for r in collect(people, c)]
    else:
        return None
    refs = list(dict.fromkeys(guests + hosts))
    if not guests or not hosts or len(refs) < 2 or not factual_verb(verb):
        return None
    return Event(noun, "meeting", refs)


HANDOVER_VERBS = {"handed", "presented", "submitted", "delivered", "received"}
DOCUMENT_NOUNS = {"petition", "petitions", "memorandum", "memoranda", "memorandums"}


def _handover_event(people: People, verb: Token) -> Event | None:
    """ "A handed a petition to B at her office", "B received the petition from A": they met to hand it over.

    A petition or memorandum given from one named person to another is given in person; told in a relative
    clause of someone at a meeting, it was handed over at that meeting, which has its own event."""
    if not any(c.dep_ in {"dobj", "nsubjpass"} and bare_word(c) in DOCUMENT_NOUNS for c in verb.children):
        return None
    if verb.dep_ == "relcl":
        return None  # ("Among them was C, who handed the secretary a petition": part of the meeting just told)
    if not factual_verb(verb):
        return None
    given = "from" if verb.lower_ == "received" else "to"
    other = _prep_objects(people, verb, {given}) + [
        r for c in verb.children if c.dep_ == "dative" and given == "to" for r in collect(people, c)]
    if any(c.dep_ == "auxpass" for c in verb.children):  # "a petition was handed to B by A"
        doers = by_agent(people, verb, 0)
    else:
        doers = verb_subjects(people, verb)
    refs = list(dict.fromkeys(doers + other))
    return Event(verb, "meeting", refs) if doers and other and len(refs) >= 2 else None


def _signing_event(people: People, verb: Token) -> Event | None:
    """ "The deal was signed by A and B in the presence of C": the signers and witnesses met.

    Two named signers (or one and a "with" partner) make a signing ceremony a meeting;
    "The ceremony was witnessed by C and D" adds C and D to the one just told.
    """
    if not factual_verb(verb):
        return None
    agents = by_agent(people, verb, 0) or _late_agents(people, verb)
    if verb.lower_ == "witnessed":
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        return Event(verb, "meeting", agents, attend=True) if passive and agents else None
    signers = list(dict.fromkeys(verb_subjects(people, verb) + agents + _prep_objects(people, verb, {"with"})))
    if len(signers) < 2:
        return None
    # "in the presence of C", wherever the parser hung it in the clause
    present = [r for o in verb.subtree if o.lower_ == "presence" and o.dep_ == "pobj" and o.head.lower_ == "in"
               for r in _prep_objects(people, o, {"of"}, False)]
    return Event(verb, "meeting", list(dict.fromkeys(signers + present)))


def _late_agents(people: People, verb: Token) -> list[str]:
    """ "The treaty, signed on Tuesday at a summit in the capital by A, B and C": the parser hangs the
    passive's "by" on the last place noun."""
    if verb.tag_ != "VBN":
        return []
    out: list[str] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ == "by":
            continue
        for by in prep.subtree:
            if by.lower_ == "by" and by.dep_ == "prep" and by.head.dep_ == "pobj":
                out.extend(r for o in by.children if o.dep_ == "pobj" for r in collect(people, o) if r not in out)
    return out


def _phoned_verb(word: Token, verbs: dict[str, str]) -> Token | None:
    """The verb of "briefed X by phone", "congratulated her over the telephone" (not "spoke by phone")."""
    prep = word.head
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "congratulated X over the telephone"
    on_the_line = prep.lower_ == "on" and verb.lemma_ in {"get", "be"}  # "got on the phone to X"
    if prep.dep_ != "prep" or (prep.lower_ not in {"by", "over", "via"} and not on_the_line) or (
        verb.pos_ not in {"VERB", "AUX"}
    ):
        return None
    return None if verb.lower_ in verbs else verb


def _by_phone_event(people: People, verb: Token) -> Event | None:
    """ "X briefed Y by phone", "raised it with Y by telephone": any deed done to or with a person over
    the phone is a call between them."""
    if not factual_verb(verb):
        return None
    subjects, objects = verb_subjects(people, verb), _objects(people, verb)
    if not objects:  # "raised the case with X by telephone", "raised the case of the fishermen with X"
        objects = _prep_objects(people, verb, {"with"} | ({"to"} if verb.lemma_ in {"get", "be"} else set())) or [
            r for p in verb.children if p.dep_ == "prep" and p.lower_ in {"by", "over", "via"}
            for w in p.children for q in w.children if q.dep_ == "prep" and q.lower_ == "with"
            for o in q.children if o.dep_ == "pobj" for r in collect(people, o)  # "by telephone with X"
        ] or [
            r for o in verb.children if o.dep_ == "dobj" for w in o.subtree if w.lower_ == "with" and w.dep_ == "prep"
            for p in w.children if p.dep_ == "pobj" for r in collect(people, p)
        ]
    if not subjects or not objects:
        return None
    return Event(verb, "call", list(dict.fromkeys(subjects + objects)))


DRINK_NOUNS = {"coffee"}  # a meeting only when shared: "had coffee with X", "met X for coffee", "over coffee"


def unshared_drink(noun: Token) -> bool:
    """ "coffee from X's farm": a drink noun that no "with", "for" or "over" makes a shared one."""
    if noun.lower_ not in DRINK_NOUNS:
        return False
    shared = noun.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.head.children)
    return not (any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
                or (noun.dep_ == "pobj" and noun.head.lower_ in {"for", "over"})
                or shared)  # ("shared coffee with X")


@cache
def trigger_words() -> frozenset[str]:
    """Every lower-cased word that `find_events` can take as the trigger of an event."""
    words = set(rules.kinds("meeting_verbs")) | set(rules.kinds("meeting_nouns")) | rules.words("attend_verbs")
    words |= CONDITIONAL_NOUNS | MEMBER_VERBS | ROOM_WORDS | PARTY_WORDS
    words |= {"present", "attendance", "attending", "among", "taking", "joining", "one", "emerged"} | INCLUDE_VERBS
    words |= {"part"} | GREETING_WORDS  # "was also part of the delegation", "Waiting for him were"
    words |= {"took", "takes", "take", "chaired"} | rules.words("phone_words") | SIGN_VERBS | CALLING_VERBS
    words |= HANDOVER_VERBS | GUEST_WORDS
    words |= rules.words("purpose_verbs")
    words |= rules.words("motion_verbs") | ESCORT_VERBS | INVOLVE_VERBS  # ("head" is a motion verb too)
    for key in rules.kinds("meeting_idioms"):  # the verb of "verb+word", wherever the verb ends
        words.update(key[:k] for k, c in enumerate(key) if c == "+")
    return frozenset(words)


ATTEND_MANNER = {"alongside", "with", "by", "via", "over", "as"}  # "joined by phone", "attended as an adviser"
CONDITIONAL_NOUNS = {"conference", "conferences", "link", "chat", "hookup"}


def _joint(noun: Token) -> bool:
    """ "a joint press conference with X": one given together with somebody named."""
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _remote(noun: Token) -> bool:
    """ "a video conference", "a virtual chat": a call, where the bare noun would not be a meeting."""
    return any(
        c.dep_ in {"compound", "amod"} and (bare_word(c) in rules.words("phone_words") or bare_word(c) == "virtual")
        for c in noun.children
    )


def _idiom(verb: Token) -> str | None:
    """The kind of a verb phrase that reports a contact ("exchanged views", "shook hands")."""
    idioms = rules.kinds("meeting_idioms")
    for child in verb.children:
        if child.lower_ == "face" and _face_to_face(child):
            # "told X of the decision face to face": however the parser hangs the phrase
            kind = idioms.get(f"{verb.lower_}+face")
            if kind is not None:
                return kind
        if child.dep_ in {"dobj", "prt", "advmod", "npadvmod", "prep", "oprd"}:  # ("was conducted round": oprd)
            kind = idioms.get(f"{verb.lower_}+{child.lower_}")
            if kind is not None:
                return kind
            # "spent an hour at the office with X", "tucking into lobster with X"
            if child.dep_ == "prep" and child.lower_ in {"at", "in", "into"}:
                for place in child.children:
                    if place.dep_ == "pobj" and any(c.dep_ == "prep" and c.lower_ == "with" for c in place.children):
                        kind = idioms.get(f"{verb.lower_}+with")
                        if kind is not None:
                            return kind
        if _spent_doing(child, {"xcomp", "advcl"}) and any(
            w.dep_ == "prep" and w.lower_ == "with" for w in child.subtree
        ):  # "spent two hours walking through the wards with X"
            kind = idioms.get(f"{verb.lower_}+with")
            if kind is not None:
                return kind
    return None


def _spent_doing(tok: Token, gerund_deps: set[str]) -> bool:
    """What time was spent doing: a gerund in one of `gerund_deps` ("spent two hours walking through the wards"),
    or a participle the verb governs ("spent the evening locked away in the ministry")."""
    return (tok.tag_ == "VBG" and tok.dep_ in gerund_deps) or (tok.tag_ in {"VBN", "VBD"} and tok.dep_ == "xcomp")


def _face_to_face(tok: Token) -> bool:
    """The word is either "face" of the phrase "face to face"."""
    words = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i + 3]]
    return any(words[k : k + 3] == ["face", "to", "face"] for k in range(len(words) - 2))


def _pronoun_group(tok: Token) -> bool:
    return tok.lower_ in {"them", "us", "him", "her"}


def _plural_object(tok: Token) -> bool:
    """ "them", "the pair", "the leaders", "the two": people of a meeting told before."""
    if _pronoun_group(tok) or tok.lower_ in PLURAL_WORDS:
        return True
    return tok.tag_ == "NNS" and tok.lower_ in rules.words("group_nouns")


ROOM_WORDS = {"room", "table", "chair"}
PARTY_WORDS = {"party", "delegation", "deputation", "entourage"}


def _present(tok: Token) -> bool:
    """ "Also present were X and Y", "X was also present": X took part in the meeting just told."""
    if tok.lower_ == "taking" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
        # "Taking part were X and Y"; "Taking part in today's session, which ..., were X and Y"
        copula = tok.head if tok.dep_ in {"csubj", "advcl"} and tok.head.lemma_ == "be" else next(
            (c for c in tok.children if c.lemma_ == "be"), tok)
        return all(in_days_meeting(c) or _in_the_meeting(c) or _on_a_side(c) for c in tok.children
                   if c.dep_ == "prep") and copula.lemma_ == "be" and copula.i > tok.i
    if tok.lower_ in ROOM_WORDS:  # "X was also at the table", "Y was also in the room"
        prep = tok.head
        if tok.lower_ == "chair" and prep.lower_ == "in" and tok.dep_ == "pobj" and prep.head.lemma_ == "be":
            return any(c.lower_ == "the" for c in tok.children)  # "Z was in the chair": chaired the meeting told
        # "Across the table at the ministry were A and B": fronted before the copula, the people across it
        fronted = prep.lower_ in {"across", "around", "at"} and prep.i < prep.head.i and tok.lower_ == "table"
        # ("A and B were in the room with her for three hours": with the one of the meeting just told)
        return (
            tok.dep_ == "pobj" and prep.lower_ in {"at", "in", "across", "around"} and prep.head.lemma_ == "be"
            and (fronted or any(c.lower_ == "also" for c in prep.head.children)
                 or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children))
        )
    if tok.lower_ in PARTY_WORDS:  # "Also in the party were A and B": they came with the delegation just told
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ in {"in", "on"} and prep.head.lemma_ == "be" and any(
            c.lower_ == "also" for c in prep.head.children) and any(c.lower_ == "the" for c in tok.children)
    if tok.lower_ not in {"present", "attendance", "attending"}:
        return False
    if tok.lower_ == "attending":  # "Also attending were X and Y"
        if tok.dep_ in {"nsubj", "csubj"} and tok.head.lemma_ == "be" and tok.i < tok.head.i:
            return not any(c.dep_ == "dobj" for c in tok.children)  # "Attending were X; Y; and Z"
        return any(c.lemma_ == "be" for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children)
    if tok.dep_ == "pobj":  # "in attendance were X", "among those present was X"
        return tok.head.lower_ in {"in", "among"} and tok.head.head.lemma_ == "be"
    if tok.lower_ == "present" and tok.dep_ == "advcl":  # "..., with X also present"
        # "Present at the meeting, held in the mayor's office, were X and Y": fronted before its copula
        return any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children) or _fronted_present(tok)
    if _present_root_copula(tok) is not None:
        return True
    if any(p.lower_ in {"in", "at"} and o.lower_ in HEARING_ROOMS for p in tok.children for o in p.children):
        return False  # "X, present in court throughout, said nothing": at a hearing, no meeting
    return tok.lower_ == "present" and tok.dep_ == "acomp" and tok.head.lemma_ == "be"


HEARING_ROOMS = frozenset({"court", "courtroom", "gallery", "dock"})


def _gathered_before(verb: Token) -> bool:
    """`verb` is conjoined to "brought together", "called together" or "convened" told just before it."""
    first = verb.head
    if verb.dep_ != "conj" or first.i >= verb.i:
        return False
    together = any(c.lower_ == "together" for c in first.children)
    return (together and first.lower_ in {"brought", "called"}) or first.lower_ in {"convened", "summoned"}


def _fronted_present(tok: Token) -> bool:
    """ "Present at the meeting, held in ..., were X": the parser hangs "present" as a clause of "were"."""
    return tok.dep_ == "advcl" and tok.head.lemma_ == "be" and tok.i < tok.head.i


def _present_root_copula(tok: Token) -> Token | None:
    """ "Present at the meeting were Mayor X and Mayor Y": parsed as a passive with "present" its root."""
    if tok.lower_ != "present" or tok.dep_ != "ROOT":
        return None
    return next((c for c in tok.children if c.lemma_ == "be" and c.dep_ in {"aux", "auxpass"} and c.i > tok.i), None)


GREETING_WORDS = {"waiting", "greeting", "welcoming", "meeting"}


def _fronted_greeting(people: People, tok: Token) -> list[str]:
    """ "Waiting for him were A and B", "Greeting her at the airport was B": the one greeted and the greeters.

    The participle opens the sentence as the subject of its copula; the person it is done
    to is its object ("for him", "her"), the greeters are named after the copula.
    """
    copula = tok.head if tok.dep_ == "csubj" else next(
        (c for c in tok.children if c.dep_ in {"aux", "auxpass"} and c.i > tok.i), tok)  # (or read as its aux)
    if copula.lemma_ != "be" or copula.i < tok.i or tok.i != tok.sent.start or not factual_verb(copula):
        return []  # ("Waiting for him will be A": not yet)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                if o.dep_ == "pobj"]
    greeted = [r for o in objects for r in people.refs_at(o)]
    greeters = people.refs_in(copula.i + 1, units.unit_bounds(people.doc, copula.i)[1])
    found = list(dict.fromkeys(greeted + greeters))
    return found if greeted and len(found) >= 2 else []


def _on_a_side(prep: Token) -> bool:
    """ "on the Norland side", "on behalf of X": whose side a person named next sat on."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ in {"side", "behalf"} for o in prep.children)


def _meetings_in(prep: Token) -> list[Token]:
    """The meeting nouns of "in the talks", "in today's session"."""
    nouns = rules.kinds("meeting_nouns")
    return [o for o in prep.children if o.dep_ == "pobj" and bare_word(o) in nouns] if prep.lower_ == "in" else []


def _in_the_meeting(prep: Token) -> bool:
    """ "in the talks", nothing more: the meeting just told (with "with X" or a day of its own, the meeting
    noun tells which meeting itself)."""
    return any([c.lower_ for c in o.children] == ["the"] for o in _meetings_in(prep))


def in_days_meeting(prep: Token) -> bool:
    """ "in today's session", "in Monday's talks": a meeting named by its day (not "in the talks with X",
    which the meeting noun tells itself)."""
    return any(any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in o.children) for o in _meetings_in(prep))


def _present_event(people: People, tok: Token) -> Event | None:
    copula = tok.head if tok.dep_ == "acomp" or _fronted_present(tok) else tok.head.head if tok.dep_ == "pobj" else tok
    if tok.lower_ in {"attending", "taking"}:
        copula = tok.head if tok.dep_ in {"csubj", "nsubj", "advcl"} and tok.head.lemma_ == "be" else next(
            (c for c in tok.children if c.lemma_ == "be"), tok)
    if not factual_verb(copula):
        return None
    guests: list[str] = []
    inverted = tok.i < copula.i and copula.lemma_ == "be" and (any(
        c.dep_ in {"attr", "nsubj"} and c.i > copula.i for c in copula.children
    ) or (copula.dep_ == "aux" and copula.head.i == tok.i))  # ("Attending ... were": "were" read as its auxiliary)
    root_copula = _present_root_copula(tok)
    if root_copula is not None:
        guests = people.refs_in(root_copula.i + 1, units.unit_bounds(people.doc, tok.i)[1])
    elif copula.i < tok.i or inverted:
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
    both = any(t.lower_ in nouns and t.dep_ == "pobj" and any(c.lower_ == "both" for c in t.children)
               for t in tok.subtree)  # "present at both meetings"
    if not guests:
        return None
    facing = [r for p in tok.children if tok.lower_ == "table" and tok.head.lower_ == "across"
              and p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
              for r in collect(people, o) if r not in guests]
    if facing:  # "Across the table from him were A and B": they met him, whether or not a meeting was told
        return Event(tok, "meeting", facing + guests, definite=True)
    return Event(tok, "meeting", guests, attend=True, definite=named, meetings_back=2 if both else 1)


TWO_WORDS = {"pair", "two", "both", "duo"}


def _two_outside(people: People, clause: Token) -> list[str]:
    """The persons of a sentence outside one of its clauses, when there are exactly two of them."""
    start, end = units.unit_bounds(people.doc, clause.i)
    found = people.refs_in(start, end, skip={t.i for t in clause.subtree})
    return found if len(found) == 2 else []


MEMBER_VERBS = {"included", "includes", "including", "comprised", "comprising", "led", "headed", "represented"}


@cache
def _group_words() -> frozenset[str]:
    """Nouns for a group of people that the text may say who was in ("a delegation led by X")."""
    return rules.words("delegation_nouns") | rules.words("member_groups")


def _delegation_subject(verb: Token) -> bool:
    """The verb's subject is a delegation or team whose members the sentence does not name."""
    subject = subject_token(verb)
    if subject is None or not _names_nobody(subject):
        return False
    word = bare_word(subject)
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
    leading = bare_word(verb) in {"led", "headed", "represented"}
    # "The delegation, led by X, asked ...": a participle with its agent is passive too
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    if leading and not participle and not any(c.dep_ == "auxpass" for c in verb.children):
        # "X led the Nepali delegation": X took part in the meeting told before; "X led the talks": told
        # by the meeting rules
        led = [c for c in verb.children if c.dep_ == "dobj" and bare_word(c) in rules.words("delegation_nouns")
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
        guests = verb_subjects(people, verb) if led and factual_verb(verb) else []
        return Event(verb, "meeting", guests, attend=True) if guests else None
    group = verb.head if verb.dep_ in {"relcl", "acl"} and (participle or not leading) else subject_token(verb)
    groups = _group_words()
    if leading and group is not None and any(c.lower_ == "the" for c in group.children):
        groups = groups | rules.words("people_plurals")  # "The stewards were led by X": those met before
    if leading and group is not None and group.lower_ == "they" and _group_met_before(verb):
        groups = groups | {"they"}  # "X met chiefs and landowners yesterday. They were led by Chief Y"
    if group is not None and group.lower_ == "it":  # "... with the delegation. It was headed by X"
        group = _group_before(verb, groups)
    if group is not None and bare_word(verb) == "represented" and group.pos_ in {"NOUN", "PROPN"}:
        groups = groups | {bare_word(group)}  # "The union was represented by its president, X": any body
    if group is None or bare_word(group) not in groups or not factual_verb(verb):
        return None
    named = (m := people.mention_at(group)) is not None and m.kind != "group" and group.lower_ != "they"
    # ("the partners": no one named)
    if named or any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in group.children):
        return None  # "a delegation including X" is told with its own verb; "his team" is not the meeting's
    if leading:  # "The group was led by X"; "The partners were represented by A of X; B; and C"
        guests = agents_listed(people, verb)
    else:
        # ("included the Moderator of the X Church, Rev. Dr A, and ...": the parser hangs A inside the "of")
        guests = _leaders(people, group, 0) + _people_in_objects(people, verb)
        if bare_word(verb) in INVOLVE_VERBS:  # (or loses a name of the list)
            guests += [r for r in _names_up_to_a_verb(people, verb, direct=True) if r not in guests]
    return Event(verb, "meeting", list(dict.fromkeys(guests)), attend=True) if guests else None


def _group_met_before(verb: Token) -> bool:
    """Whether "they" are people of a plural noun the sentence before tells ("met chiefs and landowners",
    "About twenty landowners had travelled to see the Minister"), with a meeting told at most two before."""
    doc = verb.doc
    here = units.index(doc)[verb.i]
    if here == 0:
        return False
    bounds = units.bounds(doc)
    a, b = bounds[here - 1]
    plurals = rules.words("people_plurals")
    if not any(doc[k].tag_ == "NNS" and units.attrs(doc).bares[k] in plurals for k in range(a, b)):
        return False
    start = bounds[max(0, here - 3)][0]
    words = rules.kinds("meeting_verbs").keys() | rules.kinds("meeting_nouns").keys()
    words |= {key.split("+")[0] for key in rules.kinds("meeting_idioms")}  # "spent two hours with X"
    return any(units.words(doc).lowers[k] in words for k in range(start, b))


def _it_the_delegation(people: People, verb: Token) -> list[str]:
    """The leaders of the delegation that "it" stands for, named earlier in the sentence or the one before."""
    doc = verb.doc
    groups = rules.words("delegation_nouns")
    start = units.unit_bounds(doc, verb.i)[0]
    here = [doc[k] for k in range(start, verb.i) if units.attrs(doc).bares[k] in groups and doc[k].pos_ == "NOUN"]
    group = here[-1] if here else _group_before(verb, groups)
    if group is None:
        return []
    return _leaders(people, group, 0) or _told_delegation(people, group.i, bare_word(group))


def _group_before(verb: Token, groups: frozenset[str] | set[str]) -> Token | None:
    """The delegation the sentence before ends on, which "it" stands for."""
    doc = verb.doc
    here = units.index(doc)[verb.i]
    if here == 0:
        return None
    a, b = units.bounds(doc)[here - 1]
    found = [doc[k] for k in range(a, b) if units.attrs(doc).bares[k] in groups and doc[k].pos_ == "NOUN"]
    return found[-1] if found else None


def _one_of_them(people: People, one: Token) -> list[str]:
    """The person named as "one of them" ("One of them, X, said", "X was one of them"), when "them" are the
    unnamed people of a meeting the sentence before tells."""
    ofs = [o for c in one.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if one.dep_ == "appos" and any(_at_meeting(o) and is_definite(o) for o in ofs):
        # "X, 84, one of the eldest at the meeting, said ...": X was at it
        return [r for r in people.np_refs(one.head)]
    if not any(o.lower_ == "them" for o in ofs):
        return []
    named = [r for c in one.children if c.dep_ == "appos" for r in collect(people, c)]
    if not named and one.dep_ == "attr" and one.head.lemma_ == "be" and factual_verb(one.head):
        named = verb_subjects(people, one.head)
    return named if named and _group_met_before(one) else []


INCLUDE_VERBS = frozenset({"included", "include", "includes"})


def _those_at_meeting(noun: Token) -> bool:
    """ "those at the talks", "those present", "those she met": the people of a meeting told before."""
    met = rules.kinds("meeting_verbs")
    return noun.lower_ == "those" and (_at_meeting(noun) or any(
        c.lower_ in {"present", "attending"} or (c.dep_ == "relcl" and bare_word(c) in met) for c in noun.children))


def _those_included(people: People, verb: Token) -> list[str]:
    """ "Those at the meeting included A, B and C", "Those present included A": the people listed."""
    those = [c for c in verb.children if c.dep_ == "nsubj" and (_those_at_meeting(c) or (
        c.lower_ in {"present", "attending"} and any(k.lower_ == "those" for k in c.children)))]  # (parsed "present")
    if not those or not factual_verb(verb):
        return []
    return [r for c in verb.children if c.dep_ == "dobj" for r in collect(people, c)]


def _among_event(people: People, among: Token) -> Event | None:
    """ "Among the parents was X": X was one of the unnamed people of the meeting told before."""
    copula = among.head
    if any(o.lower_ == "them" for o in among.children):
        # "with a dozen chiefs, among them Chief X": X was one of them
        named = (collect(people, copula) if people.refs_at(copula) else []) or [
            r for o in among.children if o.lower_ != "them" for r in collect(people, o)
        ]
        if not named and copula.lemma_ == "be" and factual_verb(copula):  # "Among them was X, chairman of Y"
            named = [r for c in copula.children if c.dep_ in {"nsubj", "attr"} for r in collect(people, c)]
        return Event(among, "meeting", named, attend=True) if named else None
    plurals = rules.words("people_plurals") | rules.words("visiting_plurals")  # "Among the guests were X and Y"
    groups = [o for o in among.children if o.dep_ == "pobj" and (
        o.lower_ in plurals or _those_at_meeting(o) or (o.tag_ == "NNS" and _at_meeting(o)))]
    # "Among the parents was X", "Among those she met was X", "Among the officials at the talks were X",
    # "Among those present were X"
    if not groups or copula.lemma_ != "be" and copula.lower_ not in {"was", "were", "is", "are"}:
        return None
    if not factual_verb(copula):
        return None
    # ("Among those present were A, the county TD, and B": the parser may hang B on the copula)
    guests = [r for c in copula.children if c.i != among.i and (
        c.dep_ in {"nsubj", "attr"} or c.dep_ == "conj" and people.mention_at(c) is not None)
        for r in collect(people, c)]
    # "those she met": whoever she met; "the officials at the talks": whoever was at them
    plural = groups[0].lower_ in plurals
    group = groups[0].lower_ if plural and not _at_meeting(groups[0]) else None
    inside = [o for c in groups[0].children if c.dep_ == "prep" and c.lower_ in {"in", "of", "on"}
              for o in c.children if o.dep_ == "pobj" and bare_word(o) in rules.words("delegation_nouns")]
    if inside:  # "among the parents in the delegation": one of the delegation
        group = bare_word(inside[0])
    return Event(among, "meeting", list(dict.fromkeys(guests)), attend=True, group=group) if guests else None


def _appeal(kids: list[Token]) -> bool:
    """ "called on X to resign", "for calm": an appeal; not "called on X to discuss trade", "to brief her on
    the plan", "to thank him", a visit (what the caller went to do, to X)."""
    return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp" and not _visit_purpose(c) for c in kids)


def _visit_purpose(verb: Token) -> bool:
    """ "to discuss trade", "to thank him", "to brief her": done by a caller to the one called on."""
    if verb.lower_ in {"discuss", "exchange"} or verb.lower_ in rules.words("purpose_verbs"):
        return True
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ in {"him", "her", "them"} for c in verb.children)


def _at_meeting(noun: Token) -> bool:
    """ "those at the meeting", "the officials in the talks", "those around the table": people placed at a
    meeting."""
    nouns = rules.kinds("meeting_nouns")
    return any(c.dep_ == "prep" and (
        c.lower_ in {"at", "in"} and any(bare_word(m) in nouns for m in c.children)
        or c.lower_ in {"around", "round", "at"} and any(m.lower_ == "table" for m in c.children)
    ) for c in noun.children)


def _group_refs(people: People, verb: Token) -> tuple[str, ...]:
    """The persons people.py gave a group subject ("the two"), when no meeting was told before."""
    subject = subject_token(verb)
    return people.refs_at(subject) if subject is not None else ()


def _they(people: People, verb: Token, here: int, subject: Token | None = None) -> list[str]:
    """ "X was accompanied by Y. They met A and B": "they" are the two to four people of the sentence before
    ("the pair": exactly two); so are the owners of "their talks" (`subject`: that "their", for a noun)."""
    if subject is None:
        subject = subject_token(verb)
    if subject is None or subject.lower_ not in {"they", "their"} | TWO_WORDS:
        return []
    if named := _they_of_the_clause_before(people, verb, here):
        return named
    if here == 0:
        return []
    a, b = units.bounds(people.doc)[here - 1]
    named = list(dict.fromkeys(r for r in people.refs_in(a, b) if not people.person(r).anonymous))
    if subject.lower_ not in {"they", "their"}:
        return named if len(named) == 2 else []
    return named if 2 <= len(named) <= 4 else []


def _they_of_the_clause_before(people: People, verb: Token, here: int) -> list[str]:
    """ "A was accompanied by B, and they sat down with C", "The mayor and the governor are rivals, but they
    dined together": "they" of a second clause are the two to four people of the clause before, in this sentence."""
    subject = subject_token(verb)
    if subject is None or subject.lower_ != "they" or verb.dep_ != "conj" or verb.head.i > subject.i:
        return []
    start = units.bounds(people.doc)[here][0]
    named = list(dict.fromkeys(r for r in people.refs_in(start, subject.i) if not people.person(r).anonymous))
    return named if 2 <= len(named) <= 4 else []


def _named_next(people: People, verb: Token, here: int) -> list[str]:
    """ "The two ministers spoke on Monday. Minister A and his counterpart B also reviewed …": a lede's
    plural told by name in the next sentence's subject (not "they", which points back)."""
    subject = subject_token(verb)
    bounds = units.bounds(people.doc)
    if subject is None or subject.lower_ == "they" or here + 1 >= len(bounds):
        return []
    a, b = bounds[here + 1]
    for tok in people.doc[a:b]:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ in {"ROOT", "ccomp"}:
            named = [r for r in collect(people, tok) if not people.person(r).anonymous]
            if 2 <= len(named) <= 4:
                return named
    return []


SIDE_WORDS = frozenset({"sides", "delegations", "parties"})


def fill_plural(doc: Doc, people: People, events: list[Event]) -> None:
    """ "The pair met again": the people of the last meeting told, within three sentences."""
    sent_of = units.index(doc)
    ordered = sorted(events, key=lambda e: e.trigger.i)
    for k, event in enumerate(ordered):
        if not event.plural:
            continue
        verb = event.trigger
        if verb.pos_ in {"NOUN", "PROPN"}:  # "after the pair held talks": the clause of "held"
            verb = _governing_verb(verb)[0] or verb
        main = verb.head
        if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in verb.children):
            main = clause_verb(main)  # "the two travelled to X, where they inspected ...": the travellers
        if verb.dep_ in {"advcl", "relcl"} and main.pos_ in {"VERB", "AUX"}:
            # "X assured Y of support when they met": the people of the main clause.
            pair = list(dict.fromkeys(verb_subjects(people, main) + _objects(people, main)))
            subject = subject_token(verb)
            if len(pair) < 2 and subject is not None and subject.lower_ in TWO_WORDS:
                pair = _two_outside(people, verb)  # "X insisted Y's job is safe after the pair met"
            if len(pair) >= 2:
                event.participants = pair + [r for r in event.joiners if r not in pair]
                continue
            # "A and a team of inspectors spent a week there, when they were shown round by X": A, with X
            head = subject_token(main)
            if len(pair) == 1 and event.joiners and subject is not None and subject.lower_ == "they" and (
                    head is not None and any(c.dep_ == "conj" for c in head.children)):
                event.participants = pair + [r for r in event.joiners if r not in pair]
                continue
        here = sent_of[event.trigger.i]
        subject = subject_token(verb)
        if named := _they_of_the_clause_before(people, verb, here):
            event.participants = named + [r for r in event.joiners if r not in named]
            continue
        # "the two sides discussed": the parties of the talks told before, however far back
        sides = subject is not None and subject.lower_ in SIDE_WORDS
        for reach in (3, len(sent_of)) if sides else (3,):
            for earlier in reversed(ordered[:k]):
                if here - sent_of[earlier.trigger.i] > reach:
                    break
                if len(earlier.participants) >= 2 and not earlier.attend:
                    event.participants = list(earlier.participants)
                    event.separate = earlier.separate
                    if subject is not None and subject.lower_ in {"pair", "duo"} and len(event.participants) > 2 \
                            and earlier.trigger.pos_ == "VERB":
                        # "A and B were received by C. The next day the pair visited ...": the two, not their host
                        two = verb_subjects(people, earlier.trigger)
                        event.participants = two if len(two) == 2 else event.participants
                    break
            if event.participants:
                break
        if not event.participants:
            event.participants = list(_group_refs(people, verb))
        if not event.participants:
            event.participants = _members_told(ordered[:k], sent_of, here)
        if not event.participants:
            their = next((c for c in event.trigger.children if c.dep_ == "poss" and c.lower_ == "their"),
                         None) if event.trigger.pos_ == "NOUN" else None
            event.participants = _they(people, event.trigger if their else verb, here, their)
        if not event.participants:
            event.participants = _named_next(people, verb, here)
        if event.participants:
            event.participants.extend(r for r in event.joiners if r not in event.participants)


def _members_told(before: list[Event], sent_of: list[int], here: int) -> list[str]:
    """ "A deputation was received by X. It was led by A and included B and C. ... they had called upon Y the
    day before": the members the text gave the group told last (within three sentences), not its host."""
    groups = [e for e in before if e.group and not e.attend and here - sent_of[e.trigger.i] <= 3]
    if not groups:
        return []
    members = [r for e in before if e.attend and e.trigger.i > groups[-1].trigger.i for r in e.participants]
    members = list(dict.fromkeys(members))
    return members if len(members) >= 2 else []


def demonstrative(noun: Token) -> bool:
    """ "the session", "this meeting": a contact told before (not "X's meeting with Y")."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)
