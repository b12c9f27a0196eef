"""Meetings, calls and visits between persons, read from the dependency parse.

`kg.extract.meeting_events` finds each mention of a contact and its people,
`kg.extract.meeting_dates` dates them; here mentions of the same people on
compatible dates become one meeting, and everyone who took part joins it:
companions ("accompanied by"), delegation leaders ("a delegation led by X"),
and people added later ("also present were", "X joined them by phone", "the
meeting was attended by").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract import dates, rules, units
from kg.extract.dates import When
from kg.extract.loose_events import loose_events
from kg.extract.meeting_dates import date_events, told_as_first
from kg.extract.meeting_events import (
    Event,
    agents_listed,
    bare_word,
    by_agent,
    collect,
    demonstrative,
    factual_verb,
    fill_plural,
    find_events,
    in_days_meeting,
    is_definite,
    name_in_brackets,
    nested_by,
    phoned,
    subject_token,
    verb_subjects,
)
from kg.extract.people import People, plural_title
from kg.extract.sessions import find_sitting
from kg.records import Meeting, Office
from kg.records import Span as TextSpan


@dataclass
class Draft:
    """A meeting being assembled from one or more events."""

    participants: list[str]
    kind: str
    events: list[Event] = field(default_factory=list)
    when: When = field(default_factory=When)


def _when_of(event: Event) -> When:
    return event.when if event.when is not None else When()


def _day_of(told: Event, event: Event) -> When:
    """The date of a meeting told again: its own, unless only the dateline gave it one ("DAKAR, March 9 -
    ... agreed at a meeting. The meeting, held on Tuesday, was chaired by X": Tuesday)."""
    if told.filed and event.when is not None and event.when.day is not None and not event.filed:
        return event.when
    return _when_of(told)


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
            if len(m.participants) < 2 and not _leaders_met_next(m, draft):
                continue
            a, b = set(draft.participants), set(m.participants)
            calls = (draft.kind == "call") != (m.kind == "call")
            if calls and _firm(draft) and _firm(m) and not _same_sentence(draft, m):
                continue  # a phone call and a meeting of the same people are two contacts
            if _first_time(draft) != _first_time(m) and not _same_sentence(draft, m):
                continue  # "when X first met Y": an earlier occasion than the meeting told elsewhere
            if _counted_apart(draft, m) or _counted_apart(m, draft):
                continue  # "On the eve of the talks, A hosted B": the day before the talks, not the talks
            if (a <= b or b <= a) and (dates.compatible(draft.when, m.when) or _filed(draft) or _filed(m)):
                target = m
                break
        if target is None:
            merged.append(draft)
            continue
        target.participants.extend(p for p in draft.participants if p not in target.participants)
        filed = _filed(target) and not _filed(draft)
        target.events.extend(draft.events)
        target.when = draft.when if filed else _better(target.when, draft.when)
    return merged


def _filed(draft: Draft) -> bool:
    """Whether a draft's day is only the dateline's ("DAKAR, 3 May. A's call with B."): the day the story was
    filed, which yields to the day another telling of the same meeting gives."""
    return draft.when.day is not None and all(e.filed for e in draft.events)


def _counted_apart(draft: Draft, other: Draft) -> bool:
    """Whether `draft` is told as days before or after a meeting of `other` ("the eve of the talks"), so
    another day's meeting however its date turns out."""
    if draft.when.day is not None:
        return False  # a day of its own decides
    theirs = {e.trigger.i for e in other.events}
    return any(e.relative is not None and e.relative[1] != 0 and e.relative[0] in theirs for e in draft.events)


def _leaders_met_next(group: Draft, draft: Draft) -> bool:
    """ "X held talks with union leaders yesterday. X met the union's president, A, and B": the leaders
    named in the next two sentences are those of the talks."""
    if not any(e.group for e in group.events) or group.participants[0] not in draft.participants:
        return False
    sent_of = units.index(group.events[0].trigger.doc)
    gap = min(sent_of[e.trigger.i] for e in draft.events) - max(sent_of[e.trigger.i] for e in group.events)
    return 0 < gap <= 2


def _first_time(draft: Draft) -> bool:
    """ "when X first met Y": a meeting told as the first of several, with no day of its own."""
    return draft.when.day is None and any(told_as_first(e.trigger) for e in draft.events)


def _firm(draft: Draft) -> bool:
    """Whether a draft's kind is told, not guessed: "spoke with X" may be a call or a meeting."""
    loose = _loose_verbs()  # ("held talks with X": the noun, a meeting)
    return any(bare_word(e.trigger) not in loose or phoned(e.trigger)
               or (e.trigger.tag_ == "NNS" and e.kind == "meeting") for e in draft.events)


@cache
def _loose_verbs() -> frozenset[str]:
    """Conversation verbs that do not tell a call from a meeting ("sat down with" is a meeting)."""
    return rules.words("conversation_verbs") - {"sat"}


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
            holder.when = When.on(day)
        else:
            event.when = When.on(day)

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


def _attend(doc: Doc, people: People, drafts: list[Draft], events: list[Event]) -> None:
    """ "X, who also attended the meeting": X joins the meeting last mentioned (three sentences back at most)."""
    sent_of = units.index(doc)
    for event in events:
        if not event.attend or not event.participants:
            continue
        here = sent_of[event.trigger.i]
        earlier = [d for d in drafts if min(e.trigger.i for e in d.events) < event.trigger.i
                   # ("X, who came to Colombo for the negotiations, was also present": not a meeting of X alone)
                   and not (all(sent_of[e.trigger.i] == here for e in d.events)
                            and set(d.participants) <= set(event.participants))]
        if event.group:  # "Among the parents was X": the meeting with the parents
            earlier = [d for d in earlier if any(e.group == event.group or _met_group(e, event.group)
                                                 for e in d.events)]
        if event.trigger.pos_ not in {"NOUN", "PROPN"} and not event.definite:  # no "the meeting": a near one
            near = [d for d in earlier if any(0 <= here - sent_of[e.trigger.i] <= 3 for e in d.events)]
            word = _the_delegation(event.trigger)
            told = [d for d in earlier if word and any(
                bare_word(t) == word for e in d.events for t in e.trigger.sent)] if not near else []
            earlier = near or told[-1:]  # "The delegation included A and B": the one received, further back
        if event.definite and event.trigger.pos_ == "NOUN":
            # "also attended the meeting": the meeting called so before, not a call told in between
            word = event.trigger.lower_
            same = [d for d in earlier if any(e.trigger.lower_ == word and e is not event for e in d.events)]
            lone = _lone_meeting(events, event, sent_of) if not same else None
            if lone is not None and not lone.definite and all(
                lone.trigger.i > max(e.trigger.i for e in d.events) for d in earlier
            ):  # ("a meeting" is a new one; "During the meeting" is the one told before)
                # "X chaired a meeting of officials. The meeting was attended by A and B": that meeting, not
                # a call told before it
                drafts.append(_joined(lone, event))
                continue
            earlier = same or earlier
        if not earlier and not (event.definite and event.trigger.pos_ == "NOUN"):
            empty = _empty_meeting(events, event, sent_of)
            lone = _empty_meeting(events, event, sent_of, one_told=True) if empty is None else None
            told = _draft_before(drafts, empty, sent_of) if empty is not None and empty.definite else None
            if told is not None:  # "X met chiefs yesterday. ... The meeting went on all afternoon. They were led
                told.participants.extend(p for p in event.participants if p not in told.participants)  # by Y"
                told.events.extend([empty, event])
            elif empty is not None:  # "The sixth round of talks was held on 6 December. Taking part were A and B"
                drafts.append(Draft(list(event.participants), empty.kind, [empty, event], _day_of(empty, event)))
                if empty.definite and (first := _empty_meeting(events, empty, sent_of, one_told=True)) is not None \
                        and first.trigger.pos_ == "NOUN":
                    # "Talks between the union and A ended on Wednesday. ... the meeting, which B attended with C":
                    # the talks told with one person are that meeting
                    drafts[-1].participants[:0] = [r for r in first.participants if r not in event.participants]
                    drafts[-1].events.insert(0, first)
                    drafts[-1].when = _better(_when_of(first), drafts[-1].when)
            elif lone is not None:  # "Mayor X brought the sides together, but the session ended. Present were A, B"
                drafts.append(_joined(lone, event))
            elif (chaired := _chaired_before(events, event, sent_of)) is not None:
                drafts.append(_joined(chaired, event))  # "The talks were chaired by A. Taking part were B and C"
            elif _active_join(event) and (purpose := _joined_for(events, event, sent_of)) is not None:
                # "joined A and B for talks with C": one meeting of all of them, the talks'
                told = next((d for d in drafts if purpose in d.events), None)
                if told is None:
                    drafts.append(Draft(list(event.participants), purpose.kind, [purpose, event], _when_of(purpose)))
                    told = drafts[-1]
                else:
                    told.events.append(event)
                told.participants.extend(p for p in [*event.participants, *purpose.participants]
                                         if p not in told.participants)
            elif (_active_join(event) and not any(
                e is not event and sent_of[e.trigger.i] == sent_of[event.trigger.i] for e in events
            )) or _took_part_in(event):  # ("joined B for talks": the talks are the meeting)
                # "A joined B and C at the clinic to watch ...": with no meeting told before, they were together;
                # "Taking part in today's session were A, B and C": the session itself
                drafts.append(Draft(list(event.participants), event.kind, [event], _when_of(event)))
            continue
        if not earlier and event.definite and event.trigger.pos_ == "NOUN":
            lone = _lone_meeting(events, event, sent_of)
            empty = _empty_meeting(events, event, sent_of, groups_too=True) if lone is None else None
            if lone is not None:  # "X spoke after a review meeting. The review meeting was attended by A and B"
                drafts.append(_joined(lone, event))
            elif empty is not None:  # "Ministers held talks on Wednesday. The meeting was chaired by A."
                drafts.append(Draft(list(event.participants), empty.kind, [empty, event], _day_of(empty, event)))
            elif (one := _empty_meeting(events, event, sent_of, one_told=True)) is not None:
                # "X held marathon discussions with school managements. The meeting was attended by A and B"
                drafts.append(_joined(one, event))
            elif len(event.participants) >= 2:  # "The meeting was called by A and attended by B": none told before
                drafts.append(Draft(list(event.participants), event.kind, [event], _when_of(event)))
            continue
        earlier.sort(key=lambda d: max(e.trigger.i for e in d.events if e.trigger.i < event.trigger.i))
        if _active_join(event) and earlier and _another_day(event, earlier[-1]):
            # "On Tuesday she had lunch with A. On Thursday she joined B and C for a session": a meeting of its own
            drafts.append(Draft(list(event.participants), event.kind, [event], _when_of(event)))
            continue
        partners = _partners_named(people, event)
        if partners and (sharing := [d for d in earlier if partners & set(d.participants)]):
            earlier = sharing  # "The audience with the Ambassador was also attended by X": the Ambassador's
        for target in earlier[-event.meetings_back:] if earlier else []:
            target.participants.extend(p for p in event.participants if p not in target.participants)


def _another_day(event: Event, draft: Draft) -> bool:
    """The event has a day of its own, and the meeting told before another one."""
    day = event.when.day if event.when is not None and event.has_phrase else None
    return day is not None and draft.when.day is not None and draft.when.day != day


def _active_join(event: Event) -> bool:
    """ "A joined B and C at the clinic": an active "joined" with persons on both sides; not "A joined B in
    calling for a ceasefire", which is a stand taken together, not a meeting."""
    verb = event.trigger
    if verb.lower_ != "joined" or verb.pos_ != "VERB" or len(event.participants) < 2:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"in", "on"} and any(o.tag_ == "VBG" for o in c.children)
                   for c in verb.children)


def _joined_for(events: list[Event], event: Event, sent_of: list[int]) -> Event | None:
    """ "joined A and B for talks with C": the meeting noun after "for" later in the joining sentence."""
    return next((e for e in events if e is not event and not e.attend and e.trigger.i > event.trigger.i
                 and sent_of[e.trigger.i] == sent_of[event.trigger.i] and e.trigger.pos_ == "NOUN"
                 and e.trigger.dep_ == "pobj" and e.trigger.head.lower_ == "for"), None)


def _took_part_in(event: Event) -> bool:
    """ "Taking part in today's session were A and B": people named as taking part in a meeting the same
    words name, two or more of them."""
    verb = event.trigger
    return verb.lower_ == "taking" and len(event.participants) >= 2 and any(
        c.dep_ == "prep" and in_days_meeting(c) for c in verb.children)


def _the_delegation(verb: Token) -> str | None:
    """ "The delegation included A and B": the delegation noun that is the verb's subject, if definite."""
    subject = subject_token(verb)
    if subject is None or bare_word(subject) not in rules.words("delegation_nouns"):
        return None
    return bare_word(subject) if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) else None


def _met_group(event: Event, group: str) -> bool:
    """ "spent an hour with a delegation ..., led by X": a meeting whose partner is the group, named by its
    leader (so not a group event of its own)."""
    verb = event.trigger
    partners = [c for c in verb.children if c.dep_ == "dobj"]
    partners += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                 if o.dep_ == "pobj"]
    return any(bare_word(o) == group for o in partners)


def _draft_before(drafts: list[Draft], noun: Event, sent_of: list[int]) -> Draft | None:
    """The meeting a definite meeting noun that names nobody ("The meeting went on all afternoon") tells
    again: the last one told at most three sentences before it."""
    here = sent_of[noun.trigger.i]
    before = [d for d in drafts if all(e.trigger.i < noun.trigger.i for e in d.events)
              and 0 <= here - max(sent_of[e.trigger.i] for e in d.events) <= 3]
    return max(before, key=lambda d: max(e.trigger.i for e in d.events)) if before else None


def _partners_named(people: People, event: Event) -> set[str]:
    """The persons a meeting noun names after "with" ("the audience with the Ambassador"), if any."""
    noun = event.trigger
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return set()
    withs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
             if o.dep_ == "pobj"]
    named = {r for o in withs for t in o.subtree for r in people.refs_at(t)}
    if event.attend and not named:  # "Taking part in the talks with the visiting delegation were A and B": its leader
        return {r for o in withs for r in collect(people, o)}
    return named & set(event.participants)


def _joined(told: Event, event: Event) -> Draft:
    """The meeting told before, with the people an "attended"/"present" event adds to it."""
    refs = list(dict.fromkeys(told.participants + event.participants))
    return Draft(refs, told.kind, [told, event], _better(_day_of(told, event), _when_of(event)))


def _empty_meeting(
    events: list[Event], event: Event, sent_of: list[int], groups_too: bool = False, one_told: bool = False
) -> Event | None:
    """The meeting told last, at most two sentences before, when it named nobody ("The talks were held in
    X on Monday"), and no other meeting was told since. With `groups_too`, also one of a group nobody named
    ("Ministers of three countries held talks. The meeting was chaired by A"); with `one_told`, instead one
    that named one person only ("X brought the two sides together, but the session ended ...")."""
    here = sent_of[event.trigger.i]
    before = [e for e in events if e.trigger.i < event.trigger.i and not e.attend]
    if not before:
        return None
    last = max(before, key=lambda e: e.trigger.i)
    told = len(last.participants) == 1 if one_told else not last.participants
    if not told or last.joiners or (last.group and not groups_too) or last.plural or (
        here - sent_of[last.trigger.i] > 2
    ):
        return None  # ("a delegation paid a call": its members are filled in by the group rules)
    return last


def _chaired_before(events: list[Event], event: Event, sent_of: list[int]) -> Event | None:
    """ "The talks were chaired by A. Taking part were B and C": the meeting told last, at most two
    sentences before, when it was told again ("the talks") with its own people and no meeting before it."""
    here = sent_of[event.trigger.i]
    before = [e for e in events if e.trigger.i < event.trigger.i]
    if not before:
        return None
    last = max(before, key=lambda e: e.trigger.i)
    if not (last.attend and last.definite and last.participants and last.trigger.pos_ == "NOUN") or any(
        not e.attend for e in before
    ) or here - sent_of[last.trigger.i] > 2:
        return None
    return last


SAME_MEETING = {"met": "meeting", "meet": "meeting", "meets": "meeting"}  # "X met ... Also at the meeting were"


def _lone_meeting(events: list[Event], event: Event, sent_of: list[int]) -> Event | None:
    """The last meeting called by the same noun (or "met" for "the meeting") before, when one person is told
    in it; with a day named ("took part in Monday's meeting"), the one of that day."""
    here = sent_of[event.trigger.i]
    word = event.trigger.lower_
    named_day = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in event.trigger.children)
    day = event.when.day if named_day and event.when is not None else None
    for e in sorted(events, key=lambda e: -e.trigger.i):
        if e.trigger.i >= event.trigger.i or e.attend or SAME_MEETING.get(e.trigger.lower_, e.trigger.lower_) != word:
            continue
        if day is None:  # the last one so called, however far back
            return e if len(e.participants) == 1 else None
        same_day = e.when is not None and e.when.day == day
        if len(e.participants) == 1 and (here - sent_of[e.trigger.i] <= 3 or same_day):
            return e
    return None


GATHER_VERBS = {"included", "includes", "brought", "brings", "involved", "drew", "attended", "featured"}


def _told_again(events: list[Event]) -> None:
    """ "X met union leaders today. The meeting included A and B": the meeting just told, not another.

    A definite meeting noun that is the subject of "included", "brought together" or
    "was attended by" names the people of a meeting told before; they join it.
    """
    ordered = sorted(events, key=lambda e: e.trigger.i)
    for k, event in enumerate(ordered):
        noun = event.trigger
        if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or not demonstrative(noun) or event.attend:
            continue
        if noun.head.lower_ not in GATHER_VERBS or not event.participants:
            continue
        # the meeting told before must be one already (two people, or a group): else this names its people
        if any((len(e.participants) >= 2 or (e.group and e.participants)) and not e.attend for e in ordered[:k]):
            event.attend = True
            event.definite = True


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
        here = sent_of[verb.i]
        if not any(c.dep_ == "auxpass" for c in verb.children):
            # "Z accompanied X throughout the visit": every meeting of X on the trip
            if verb.tag_ == "VBD" and _whole_trip(verb) and factual_verb(verb):
                _join_trip(ordered, [r for c in verb.children if c.dep_ == "dobj" for r in people.np_refs(c)],
                           [r for c in verb.children if c.dep_ == "nsubj" for r in people.np_refs(c)])
            # "Accompanied by the Mayor, the Ambassador visited X, where he was welcomed by Y"
            elif verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and factual_verb(verb.head):
                traveller = verb_subjects(people, verb.head)
                guests = [r for r in by_agent(people, verb, 0) if r not in traveller]
                _join_trip([e for e in ordered if sent_of[e.trigger.i] == here], traveller, guests)
            continue
        subject = [r for c in verb.children if c.dep_ == "nsubjpass" for r in people.np_refs(c)]
        if not subject and verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"}
                                                        for c in verb.children):
            # "X, who was accompanied by Z, handed over ...", "the president (Mr. X), who was accompanied by Z"
            # ("X, chairman of the Council, who was accompanied by Z": "who" hung on the body, X through the title)
            subject = list(people.np_refs(verb.head) or name_in_brackets(people, verb.head)
                           or _named_before_who(people, verb) or verb_subjects(people, verb))
        # "was joined at the talks by X": the parser may hang "by" on the meeting noun
        guests = [r for r in agents_listed(people, verb) or nested_by(people, verb) if r not in subject]
        if not subject or not guests or not factual_verb(verb):
            continue
        nouns = rules.kinds("meeting_nouns")
        told = any(  # "at the talks": the meeting told before, however far back
            c.dep_ == "prep" and any(o.dep_ == "pobj" and bare_word(o) in nouns and is_definite(o) for o in c.children)
            for c in verb.children
        )
        if _whole_trip(verb):  # "accompanied throughout the mission by X": every meeting of the traveller
            _join_trip(ordered, subject, guests)
            continue
        if not told and _own_day(verb):
            # "On February 16, X was joined by Y for a roundtable in Toronto": a contact of its own, that day
            events.append(Event(verb, "meeting", list(dict.fromkeys(subject + guests))))
            continue
        # "The talks began the next morning at the ministry, where the two ministers were joined by X": the
        # meeting of this sentence that named nobody is theirs, not the one told before it
        unnamed = [e for e in events if not e.participants and not e.attend and not e.group
                   and e.trigger.i < verb.i and {e.trigger, e.trigger.head} & set(verb.ancestors)]
        if unnamed:
            unnamed[-1].participants.extend(dict.fromkeys(subject + guests))
            continue
        near = [e for e in ordered if e.trigger.i < verb.i and (told or here - sent_of[e.trigger.i] <= 2)]
        # "The Minister was accompanied by Z. He was received at the office by Y": the meeting told next
        # (not a phone call told next: "The minister was joined by Z. Before that she had spoken by phone with Y")
        after = [e for e in ordered if e.trigger.i > verb.i and sent_of[e.trigger.i] - here <= 1 and e.kind != "call"]
        # else the last meeting of the subject told before, however far back ("X received Y ... [four
        # sentences on the talks] ... X was accompanied by Z")
        farther = [e for e in ordered if e.trigger.i < verb.i and e not in near]
        # "The delegation was headed by X. He was accompanied by Z": X joins the meeting told before only
        # later, with his delegation; Z goes with him
        joining = [e for e in events if e.attend and e.participants and e.trigger.i < verb.i
                   and here - sent_of[e.trigger.i] <= 1]
        _join_first([*reversed(near), *after, *reversed(farther), *reversed(joining)], subject, guests)


FRONTED_COMPANIONS = {"with", "accompanying", "joining"}


def _with_them_were(doc: Doc, people: People, events: list[Event]) -> None:
    """ "With Chief X were A and B", "Accompanying the minister were A and B": A and B took part in the
    meeting of X told at most two sentences before.

    Read on the words, not the tree: the small parser makes a different tree of
    each such sentence. The people before "was"/"were" are the ones accompanied,
    those after it their companions.
    """
    sent_of = units.index(doc)
    told = [e for e in events if (len(e.participants) >= 2 or (e.group and e.participants)) and not e.attend]
    if not told:
        return
    for here, (start, end) in enumerate(units.bounds(doc)):
        if doc[start].lower_ not in FRONTED_COMPANIONS:
            continue
        copula = next((k for k in range(start + 1, min(end, start + 8)) if doc[k].lower_ in {"was", "were"}), None)
        if copula is None:
            continue
        hosts = people.refs_in(start + 1, copula)
        guests = [r for r in people.refs_in(copula + 1, end) if r not in hosts]
        if not hosts or not guests:
            continue
        near = [e for e in told if e.trigger.i < start and 0 <= here - sent_of[e.trigger.i] <= 2]
        _join_first(list(reversed(near)), hosts, guests)


PARTICIPANT_NOUNS = frozenset({"participants", "attendees", "invitees"})


def _participants_listed(doc: Doc, people: People, events: list[Event]) -> None:
    """ "X hosted a roundtable with rights groups. Participants included A, B and C": A, B and C took part in
    the meeting (not a call) told last, at most two sentences before.

    The list is read on the words, up to the end of the sentence: the parser breaks lists of names
    with their posts and semicolons into many trees.
    """
    sent_of = units.index(doc)
    told = [e for e in events if e.participants and not e.attend and e.kind != "call"]
    for i in units.positions(units.words(doc).lowers, PARTICIPANT_NOUNS):
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.lower_ not in {"included", "include", "were"} or tok.head.i < i:
            continue
        near = [e for e in told if e.trigger.i < i and 0 <= sent_of[i] - sent_of[e.trigger.i] <= 2]
        end = units.unit_bounds(doc, i)[1]
        guests = [r for r in dict.fromkeys(people.refs_in(tok.head.i + 1, end)) if not people.person(r).anonymous]
        if near and guests:
            near[-1].participants.extend(r for r in guests if r not in near[-1].participants)


PRESENCE_ENDS = (("in", "attendance"), ("present",), ("in", "tow"), ("looking", "on"))


def _in_attendance(doc: Doc, people: People, events: list[Event]) -> None:
    """ "A signed the deal with B, with the chairman, C, in attendance": C took part in the one meeting of
    two or more people its sentence tells ("with C present", "with C in tow", "with C looking on").

    Read on the words: the parser hangs "in attendance" on whatever name stands nearest.
    """
    told = [e for e in events if len(e.participants) >= 2 and not e.attend]
    lowers = units.words(doc).lowers
    for tok in units.positions(lowers, {"with"}):
        bounds = units.unit_bounds(doc, tok)
        here = [e for e in told if units.unit_bounds(doc, e.trigger.i) == bounds]
        if len(here) != 1:
            continue
        for k in range(tok + 2, min(bounds[1], tok + 16)):
            if any(tuple(lowers[k : k + len(e)]) == e for e in PRESENCE_ENDS):
                guests = people.refs_in(tok + 1, k)
                here[0].participants.extend(r for r in guests if r not in here[0].participants)
                break
            if lowers[k] in {"with", ";"} or doc[k].pos_ == "VERB":
                break


def _join_first(events: list[Event], hosts: list[str], guests: list[str]) -> None:
    """Add the guests to the first of the events (in the order given) that one of the hosts took part in."""
    for event in events:
        if set(hosts) & set(event.participants):
            event.participants.extend(r for r in guests if r not in event.participants)
            return


def _named_before_who(people: People, verb: Token) -> tuple[str, ...]:
    """The person named right before the "who" of a relative clause the parser hung on another noun
    ("led by the president of the union (Mr. X), who was accompanied by Z")."""
    who = next((c for c in verb.children if c.lower_ == "who"), None)
    k = who.i - 1 if who is not None else -1
    while k >= 0 and people.doc[k].text in {",", ")"}:
        k -= 1
    mention = people.mention_on(k) if k >= 0 else None
    return mention.refs if mention is not None and mention.kind == "name" else ()


def _own_day(verb: Token) -> bool:
    """A verb dated by a day of its own ("On February 16, X was joined by Y"), not by the meeting told before."""
    return any(c.dep_ in {"prep", "npadvmod"} and c.lower_ != "at" and any(t.ent_type_ == "DATE" for t in c.subtree)
               for c in verb.children)


def _join_trip(events: list[Event], travellers: list[str], guests: list[str]) -> None:
    """Add the companions of a trip (or of one sentence's part of it) to every meeting of the travellers (not
    to their phone calls: a companion on the road is not on the line)."""
    for event in events:
        if event.kind != "call" and set(travellers) & set(event.participants):
            event.participants.extend(r for r in guests if r not in event.participants)


def _group_bodies(noun: Token) -> set[str]:
    """The organisations a group noun names ("the leaders of the Teachers' Association (TA) and X")."""
    out = set()
    for tok in noun.subtree:
        if tok.text.isupper() and tok.text.isalpha() and len(tok.text) >= 2:
            out.add(tok.lower_)
        elif tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            end = tok.i + 1
            while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
                end += 1
            out.add(" ".join(t.lower_ for t in tok.doc[tok.i : end]).removeprefix("the "))
    return out


def _the_group_told(doc: Doc, events: list[Event]) -> None:
    """ "Ministers A, B and C held a video conference. D briefed the ministers on supply chains": D joined
    the meeting just told, whose people "the ministers" are (two sentences back at most)."""
    sent_of = units.index(doc)
    for event in events:
        if event.attend or not event.group or len(event.participants) != 1 or event.trigger.pos_ != "VERB":
            continue
        objects = [c for c in event.trigger.children if c.dep_ == "dobj" and c.lower_ == event.group]
        if not objects or not any(d.dep_ == "det" and d.lower_ == "the" for d in objects[0].children):
            continue
        here = sent_of[event.trigger.i]
        told = [e for e in events if e.trigger.i < event.trigger.i and len(e.participants) >= 2
                and here - sent_of[e.trigger.i] <= 2]  # ("The meeting was chaired by A and brought together B")
        if told:
            event.attend, event.group = True, None  # one of the meeting's people now, not of a group of its own


def _named_members(doc: Doc, people: People, events: list[Event]) -> None:
    """ "X met the leaders of the GTA and the TU ... GTA's general secretary, Y, said": Y was one of them.

    A person named later with a title of one of the bodies the group was said to lead
    joins the meeting with that group.
    """
    sent_of = units.index(doc)
    for event in events:
        if event.attend or not event.group or event.trigger.pos_ != "VERB":
            continue
        # the group noun: the verb's object, or the object of its preposition ("sat down with the leaders")
        partners: list[Token] = []
        for c in event.trigger.children:
            if c.dep_ == "dobj":
                partners.append(c)
            elif c.dep_ == "prep":
                partners.extend(o for o in c.children if o.dep_ == "pobj")
        nouns = [o for o in partners if o.lower_ == event.group]
        bodies = _group_bodies(nouns[0]) if nouns else set()
        if not bodies:
            continue
        here = sent_of[event.trigger.i]
        for mention in people.mentions:
            if mention.kind != "name" or mention.start <= event.trigger.i or mention.refs[0] in event.participants:
                continue
            if sent_of[mention.start] - here > 3:
                continue  # told further on, a leader of the body may speak of another day
            root = people.root(mention.start, mention.end)
            titles = ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]
            owners = [o for t in titles for o in t.children if o.dep_ == "poss"]
            owners += [o for t in titles for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj"]
            names = {" ".join(t.lower_ for t in o.subtree if t.dep_ not in {"case", "det", "punct"}) for o in owners}
            if names & bodies:
                event.participants.append(mention.refs[0])


def _delegation_guests(people: People, drafts: list[Draft]) -> None:
    """ "A delegation led by A was received by X. ... On Monday its members were entertained to luncheon by Y":
    the members are the people of the delegation's first meeting who were not its host."""
    delegations = rules.words("delegation_nouns")
    for draft in drafts:
        told = [e for e in draft.events if e.group == "delegation" and e.trigger.pos_ == "NOUN"]
        if not told or len(draft.participants) != 1:
            continue
        first = min(e.trigger.i for e in told)
        for earlier in drafts:
            verbs = [e.trigger for e in earlier.events if e.trigger.pos_ == "VERB" and e.trigger.i < first]
            if not verbs or not any(bare_word(t) in delegations for t in verbs[0].sent):
                continue
            verb = verbs[0]
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            host = set(by_agent(people, verb, 0)) if passive else set(verb_subjects(people, verb))
            guests = [p for p in earlier.participants if p not in host and p not in draft.participants]
            if host and guests:
                draft.participants.extend(guests)
            break


PRESS_NOUNS = {"reporter", "correspondent", "journalist", "photographer", "cameraman", "crew"}


def _own_reporters(doc: Doc, people: People) -> set[str]:
    """ "Our rural reporter X travelled with the minister": the paper's own people report the meeting; they are
    not in it."""
    out: set[str] = set()
    lowers = units.words(doc).lowers
    for m in people.mentions:
        if m.kind != "name":
            continue
        k = m.start - 1 - (m.start > 1 and lowers[m.start - 1] == ",")
        # the press noun right before the name ("our rural reporter X", "our correspondent, X")
        if k > 0 and rules.bare(lowers[k]) in PRESS_NOUNS and "our" in lowers[max(0, k - 3) : k]:
            out.update(m.refs)
    return out


def _whole_trip(verb: Token) -> bool:
    """ "accompanied throughout the mission", "joined on the trip": the whole journey, not one meeting."""
    trips = rules.words("trip_nouns")
    return any(
        c.dep_ == "prep" and c.lower_ in {"throughout", "on", "during", "for"}
        and any(o.dep_ == "pobj" and bare_word(o) in trips and is_definite(o) for o in c.children)
        for c in verb.children
    )


def _title_groups(offices: list[Office], events: list[Event]) -> None:
    """ "X hosted the premiers": every person the article gives that office joins the meeting.

    Only a definite plural ("the premiers", "the province's premiers") with no number before it stands
    for all of them; "two ministers" and "ministers" may be some.
    """
    for event in events:
        if event.group is None or event.attend or not plural_title(event.group):
            continue
        nouns = [t for t in event.trigger.sent if t.lower_ == event.group and t.tag_ == "NNS"]
        if len(nouns) != 1 or not any(c.dep_ == "poss" or c.lower_ == "the" for c in nouns[0].children):
            continue
        if any(c.dep_ in {"nummod", "appos", "prep"} or c.lower_ in {"some", "several", "two", "three", "other"}
               for c in nouns[0].children):  # "the leaders of A and B, X and Y": those two
            continue
        word = _singular(event.group)
        holders = [o.person for o in offices if not o.former and word in o.label.lower().split()]
        holders = [h for h in dict.fromkeys(holders) if h not in event.participants]
        if any(len(set(holders) & set(e.participants)) >= 2 for e in events if e.trigger.i < event.trigger.i):
            continue  # "the meeting brought together A and B ... X briefed the ministers": that meeting's
        if len(holders) >= 2:
            event.participants.extend(holders)


def _singular(title: str) -> str:
    """ "premiers" -> "premier", "secretaries" -> "secretary": the title word of a plural."""
    return title[:-3] + "y" if title.endswith("ies") else title[:-1]


LESSER_TITLES = frozenset({"deputy", "vice", "assistant", "under", "acting"})


def _titled_plural(offices: list[Office], events: list[Event]) -> None:
    """ "The Secretaries reviewed progress since their first meeting": of the people of the meeting told before,
    those the article gives that title (not a deputy's), when they are two or more."""
    for event in events:
        if len(event.participants) < 3:
            continue
        verb = event.trigger
        if verb.pos_ in {"NOUN", "PROPN"}:
            if not any(c.dep_ == "poss" and c.lower_ == "their" for c in verb.children):
                continue
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head
        subject = subject_token(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None or not plural_title(subject.text) or not is_definite(subject) or any(
                c.dep_ == "nummod" for c in subject.children):
            continue  # (not "the two ministers, joined by C": two told, and who joined them)
        word = _singular(subject.lower_)
        holders = {o.person for o in offices if not o.former and word in (words := o.label.lower().split())
                   and not LESSER_TITLES & set(words[: words.index(word)])}
        kept = [r for r in event.participants if r in holders or r in event.joiners]
        if len(kept) >= 2:
            event.participants = kept


def extract_meetings(doc: Doc, people: People, published: date | None, offices: list[Office]) -> list[Meeting]:
    """All meetings of the article as records; `offices` lets "the premiers" stand for the premiers it names."""
    events = find_events(doc, people)
    events = sorted(events + loose_events(doc, people, events), key=lambda e: e.trigger.i)
    _title_groups(offices, events)
    fill_plural(doc, people, events)
    _titled_plural(offices, events)
    _told_again(events)
    _accompanied(doc, people, events)
    _with_them_were(doc, people, events)
    _participants_listed(doc, people, events)
    _in_attendance(doc, people, events)
    _named_members(doc, people, events)
    phrases = date_events(doc, people, events, published)
    _the_group_told(doc, events)
    drafts = _merge(_drafts(events))
    _apply_relative(drafts, events, published)
    _attend(doc, people, drafts, events)
    _delegation_guests(people, drafts)
    sitting = find_sitting(doc, people, published, phrases)
    if sitting is not None and not any(set(sitting.placed) <= set(d.participants) for d in drafts):
        # a sitting no meeting told so far holds: "Mayor A told the meeting ... Cr B told the chamber"
        when = sitting.when
        if when is None or when.day is None:  # "... the session, held on 24 May. The session was chaired by A"
            told = [c for c in sitting.trigger.children if c.dep_ in {"nsubj", "nsubjpass"}] + [sitting.trigger]
            when = next((e.when for e in events if e.trigger in told and e.when is not None
                         and e.when.day is not None), when)
        event = Event(sitting.trigger, "meeting", sitting.participants, definite=True, when=when)
        drafts.append(Draft(list(sitting.participants), "meeting", [event], _when_of(event)))
    # the paper's own reporter, and unnamed sources ("two officials who attended said"): witnesses of a
    # meeting, never told as its participants
    reporters = _own_reporters(doc, people) | {p.ref for p in people.persons if p.anonymous}
    meetings = []
    for draft in drafts:
        draft.participants = [p for p in draft.participants if p not in reporters]
        if len(set(draft.participants)) < 2:
            continue
        day = draft.when.day
        if day is not None and published is not None and day > published:
            day = None
        first = min(draft.events, key=lambda e: e.trigger.i)
        begin, end = units.span_chars(doc, *units.unit_bounds(doc, first.trigger.i))
        for each in [day, *_days_again(doc, draft, day, published)]:
            meetings.append(
                Meeting(
                    participants=list(dict.fromkeys(draft.participants)),
                    kind=draft.kind,
                    evidence=TextSpan(begin, end, units.text(doc)[begin:end]),
                    date=each,
                )
            )
    # in the order the text tells them (its first mention), whatever order the rules found them in
    return sorted(meetings, key=lambda m: m.evidence.start)


def _days_again(doc: Doc, draft: Draft, day: date | None, published: date | None) -> list[date]:
    """ "met X on Monday and again on Wednesday", "met twice, on Monday and on Wednesday": the other days.

    Only with "again" or "twice" written: "talks on Monday and Tuesday" may be one meeting over two days.
    """
    verbs = [e.trigger for e in draft.events if e.trigger.pos_ == "VERB"]
    if day is None or len(verbs) != 1:
        return []
    verb = verbs[0]
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    ons += [c for p in ons for c in p.children if c.dep_ == "conj" and c.lower_ == "on"]
    # "met twice, on ...", "on Monday and again on Wednesday": the word hangs on the verb or on the "on"
    repeated = any(t.lower_ in {"again", "twice"} for h in [verb, *ons] for t in h.children)
    objects = [o for p in ons for o in p.children if o.dep_ == "pobj"]
    if not repeated or len(objects) < 2:
        return []
    found: list[date] = []
    for obj in objects:
        other = dates.resolve(doc[obj.left_edge.i : obj.i + 1].text, published).day
        if other is not None and other != day and other not in found:
            found.append(other)
    return found
