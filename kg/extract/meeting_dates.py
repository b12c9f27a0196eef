"""Meeting dates: the day of each meeting event, from its own date phrase or the text around it.

The date is the phrase attached to the verb or noun, else the sentence's, else that
of the event the text was just talking about. "Three days later" counts from the
last day the text named; a live-blog entry's undated events happened on the day of
its time stamp; nothing is ever after publication.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from kg.extract import dates, rules, units
from kg.extract.dates import NUMBER_WORDS, UNIT_DAYS, DatePhrase, When
from kg.extract.meeting_events import (
    CLAUSE,
    LEADER_VERBS,
    PRESS,
    SPEND_VERBS,
    TOGETHER_PREPS,
    Event,
    bare_word,
    demonstrative,
    factual_verb,
    governs,
    is_definite,
    trigger_words,
    verb_subjects,
)
from kg.extract.people import People, clause_verb


def _climb(doc: Doc, i: int) -> list[int]:
    """Token `i` and its heads up to the head of its clause (token numbers)."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    chain = [i]
    cur = i
    for _ in range(12):
        if heads[cur] == cur or deps[cur] in CLAUSE or _modal_conjunct(doc, cur):
            break
        cur = heads[cur]
        chain.append(cur)
    return chain


def _modal(doc: Doc, k: int) -> bool:
    """Whether token `k` has a modal auxiliary ("would be ready", "will meet")."""
    deps, lowers, modals = units.attrs(doc).deps, units.words(doc).lowers, rules.words("modal_words")
    return any(deps[c] == "aux" and lowers[c] in modals for c in units.children(doc)[k])


def _modal_conjunct(doc: Doc, k: int) -> bool:
    """ "received B and promised her passport would be ready by Friday": a conjunct with a modal, which the
    parser made of a promise's clause; a day inside it is the promise's, not the first verb's."""
    return units.attrs(doc).deps[k] == "conj" and _modal(doc, k)


def _planned_day(doc: Doc, phrase: DatePhrase) -> bool:
    """ "promised her passport would be ready by Friday": a day whose own verb has a modal is a plan's or a
    promise's, free for no meeting of the sentence."""
    verb = dates.phrase_verb(doc, phrase)
    return verb is not None and _modal(doc, verb)


def _trigger_chain(trigger: Token) -> list[Token]:
    """The trigger and the words its date may hang on (its verb, coordinated verbs)."""
    return [trigger.doc[i] for i in _chain(trigger.doc, trigger.i)]


# Verbs that tell of a meeting told before ("confirmed the talks"): their day is the telling's.
REPORTING_VERBS = frozenset({"confirmed", "confirms", "disclosed", "discloses", "revealed", "reveals", "acknowledged",
                             "acknowledges", "reported", "reports", "described", "describes"})


def _telling_verb(doc: Doc, trigger: int) -> int | None:
    """The verb that tells of a meeting told before, with the meeting's noun as its object ("confirmed the
    talks"), or None."""
    if units.attrs(doc).poss[trigger] not in {"NOUN", "PROPN"}:
        return None
    verb, relation = governs(doc, trigger)
    return verb if _tells_of(doc, trigger, verb, relation) else None


def _tells_of(doc: Doc, noun: int, verb: int | None, relation: str) -> bool:
    """Whether `verb`, governing the meeting noun `noun` by `relation`, tells of the meeting told before."""
    if verb is None or relation != "dobj" or units.attrs(doc).bares[verb] not in REPORTING_VERBS:
        return False
    deps, lowers = units.attrs(doc).deps, units.words(doc).lowers
    return any(deps[c] in {"det", "poss"} and lowers[c] not in {"a", "an"} for c in units.children(doc)[noun])


def _chain(doc: Doc, trigger: int) -> list[int]:
    """`_trigger_chain` of token `trigger` as token numbers, read off the per-document lists."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    chain = [trigger]
    if a.poss[trigger] in {"NOUN", "PROPN"}:
        verb, relation = governs(doc, trigger)
        if _tells_of(doc, trigger, verb, relation):
            return chain  # "X confirmed the talks yesterday": the day of the telling, not of the talks
        if verb is not None and (relation in {"dobj", "nsubj", "nsubjpass", "attr"} or relation in TOGETHER_PREPS):
            chain.append(verb)
            cur = verb
        else:
            return chain
    else:
        cur = trigger
    lowers, children = units.words(doc).lowers, units.children(doc)
    while deps[cur] == "conj" and heads[cur] != cur:
        subjectless = not any(deps[c] in {"nsubj", "nsubjpass"} for c in children[cur])
        cur = heads[cur]
        chain.append(cur)
        if subjectless and deps[cur] == "advcl" and heads[cur] != cur and any(
                deps[c] == "mark" for c in children[cur]) and any(deps[c] == "nsubj" for c in children[cur]):
            # "A went aboard on Monday, hours after the limit took effect, and was received by B": the parser
            # joined the second verb to the "after" clause; it is the first verb's
            cur = heads[cur]
            chain.append(cur)
    if deps[cur] == "relcl" and any(
        (deps[c] == "advmod" and lowers[c] in {"where", "when"})
        or (deps[c] == "prep" and lowers[c] in {"during", "at"} and any(lowers[o] == "which" for o in children[c]))
        for c in children[cur]
    ):
        # "On 27 May she travelled to Kessel, where she met X": the travel's day is the meeting's;
        # "the visit in October, during which he held talks": the visit's ("travelled to the park at Kessel,
        # where": up through the place's own phrases)
        for _ in range(6):
            cur = heads[cur]
            chain.append(cur)
            if a.poss[cur] in {"VERB", "AUX"}:
                break
            if heads[cur] == cur:
                break
    return chain


def _attached(doc: Doc, phrase: DatePhrase, trigger: Token) -> int | None:
    """Tree distance from a date phrase to a trigger it modifies, or None."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    t = trigger.i
    anchor = dates.attachment(doc, phrase)
    up = _climb(doc, anchor)
    if deps[up[-1]] == "acl" and (units.attrs(doc).bares[up[-1]] in {"led", "headed"} or (
            a.tags[up[-1]] == "VBN" and any(units.words(doc).lowers[c] == "by" and deps[c] == "agent"
                                            for c in units.children(doc)[up[-1]]))):
        # "received a delegation of the union led by its president, X, on Wednesday", "visited a camp run by
        # rescuers on Saturday": the parser hangs the day on the participle; the delegation did not lead
        # itself on a day, it was received on it
        up = up + _climb(doc, heads[up[-1]])
    top = up[-1]
    if deps[top] in {"ccomp", "parataxis"} and phrase.end <= top < heads[top] and (
            a.bares[top] in rules.words("speech_verbs")):
        # "On 2 March, the defendant told the court, he met X": the aside that reports the clause is written
        # after the day; the day is the clause's
        up = up + _climb(doc, heads[top])
    children = units.children(doc)
    own = next((n for n, k in enumerate(up[:-1]) if deps[k] == "conj" and heads[k] < phrase.start
                and any(deps[c] in {"nsubj", "nsubjpass"} and phrase.start < c for c in children[k])), None)
    if own is not None:
        # "A had dinner with B on Monday, and last Friday C and A drove to Kessel": a day written inside a
        # coordinated clause, before that clause's own subject, is that clause's, not the first verb's
        up = up[:own + 1]
    targets = {k: n for n, k in enumerate(_chain(doc, t))}
    if deps[t] == "pobj" and units.words(doc).lowers[heads[t]] in TOGETHER_PREPS:
        # "following a meeting ... yesterday": the date hangs on "following" itself
        own = [k for k in range(phrase.start, phrase.end) if not phrase.start <= heads[k] < phrase.end]
        if own and heads[own[0]] == heads[t]:
            return 0
    # ("informed the meeting that she had called on X on Thursday": a clause told to the meeting, not its own)
    if deps[up[-1]] == "relcl" and dates.of_head(doc, heads[up[-1]]) == t and not _told_clause(doc, up[-1]):
        return len(up)  # "a summit which opened on Tuesday morning": the meeting's own relative clause
    for n, k in enumerate(up):
        if k in targets:
            # "flew in on Tuesday night and met A on Wednesday": the parser hangs a date written
            # after the conjunct on the first verb; it is the conjunct's own
            return n + (0 if k < t < phrase.start else targets[k])
    if _after_the_clause(doc, phrase, t, up[-1]):
        return len(up)
    # The date sits inside the trigger's own phrase ("yesterday's dinner", "talks ... on Friday").
    if phrase.start > t or phrase.end <= t:
        cur = anchor
        for n in range(8):
            if cur == t:
                return n
            if heads[cur] == cur or deps[cur] in CLAUSE or _modal_conjunct(doc, cur) or _told_clause(doc, cur):
                break
            cur = heads[cur]
    return None


def _told_clause(doc: Doc, k: int) -> bool:
    """Token `k` heads a clause the parser took for a relative one though "that" is its mark: a clause told
    ("informed the meeting that she had called on X")."""
    deps = units.attrs(doc).deps
    return deps[k] == "relcl" and any(deps[c] == "mark" for c in units.children(doc)[k])


def _after_the_clause(doc: Doc, phrase: DatePhrase, t: int, verb: int) -> bool:
    """ "told the meeting that a deputation had met X, in Kessel on Friday": a date written right after the
    reported clause, which the parser hung on the reporting verb, is the clause's own (not "said on
    Friday that ...": a date before the clause is the saying's)."""
    a = units.attrs(doc)
    heads, deps, poss = a.heads, a.deps, a.poss
    clause = _chain(doc, t)[-1]
    if deps[clause] == "relcl" and deps[heads[clause]] == "dobj" and heads[heads[clause]] == verb and _told_clause(
            doc, clause):
        clause = heads[clause]  # "informed the meeting that he had paid a call on X, on Thursday": the parser
        # took the reported clause for one of "the meeting"; a clause with "that" as its mark is the report
    elif deps[clause] != "ccomp" or heads[clause] != verb:
        return False
    if phrase.start < t:
        return False
    end = doc[clause].right_edge.i
    return phrase.start > end and not any(poss[k] in {"VERB", "AUX"} for k in range(end + 1, phrase.start))


def _date_events(doc: Doc, events: list[Event], phrases: list[DatePhrase], published: date | None) -> None:
    """Give each event the date phrase attached to it, else its sentence's free date phrase.

    In a live blog, an entry's undated events happened on the day of its time stamp.
    """
    by_sent: dict[int, list[DatePhrase]] = {}
    eves = {t.i for k in units.positions(units.words(doc).lowers, {"eve"}) for e in [doc[k]]
            if _on_the_eve(e) and any(c.dep_ == "prep" and c.lower_ == "of" for c in e.children) for t in e.subtree}
    for phrase in phrases:
        if phrase.start in eves:
            continue  # "on the eve of today's session": the day before it, read by _eve_of_a_dated_day
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
            # "CAIRO, Jan 30 - X received Y on Saturday": the dateline's day is the filing day
            foreign = _foreign(doc, phrase, event.trigger) or _dateline(doc, phrase)
            dist = None if foreign else _attached(doc, phrase, event.trigger)
            # "a week after X held a call on Aug. 28": the day, not the vague span before it
            # ("Earlier this week, on Tuesday, X spoke ...": the day within the span, both on the verb)
            if dist is not None and (best is None or _closer(dist, phrase, *best)):
                best = (dist, phrase)
        if best is None and not _pluperfect(event.trigger):
            # ("a dinner hosted by X on Tuesday": the dinner's own clause is no other event)
            told = _telling_verb(doc, event.trigger.i)
            others = [t for t in triggers_in.get(start, []) if t.i != event.trigger.i
                      and not (t.dep_ == "acl" and t.head.i == event.trigger.i)]
            free = [
                p
                for p in local
                if not any(_attached(doc, p, t) is not None for t in others) and not _foreign(doc, p, event.trigger)
                and not _reported(doc, p, event.trigger) and not _aside_of(doc, p, event.trigger)
                and not _planned_day(doc, p) and not (
                    told is not None and _attached(doc, p, doc[told]) is not None)  # ("confirmed the talks today")
            ]
            if free and all(_dateline(doc, p) for p in free):
                # "PUNO, April 18 — X visited schools damaged by rains on Tuesday": the day the sentence
                # tells, though in a participle, rather than the filing day
                free = [p for p in local if not _dateline(doc, p) and p.when.day is not None
                        and not _foreign(doc, p, event.trigger) and _aside_of(doc, p, event.trigger)] or free
            else:
                free = [p for p in free if not _dateline(doc, p)]
            if free:
                near = min(free, key=lambda p: (_loose_offset(doc, p, event.trigger), abs(p.start - event.trigger.i)))
                best = (99, near)
        if best is not None:
            event.when = best[1].when
            event.has_phrase = True
            event.filed = _dateline(doc, best[1])
            if best[1].offset is not None:
                event.offset = best[1].offset
        elif published is not None:
            if stamped is None:
                stamped = dates.timestamp_paragraphs(doc)
            entry = next((a for a, b in stamped if a <= event.trigger.i < b), None)
            if entry is not None and not any(start <= k < event.trigger.i for k in eves):
                # The entry's own earlier date ("A recap of yesterday: ..."), else its time stamp's day.
                told = [p for p in phrases if entry <= p.start < event.trigger.i and p.when.day is not None]
                event.when = told[-1].when if told else When.on(published)
                event.has_phrase = True


def _closer(dist: int, phrase: DatePhrase, best_dist: int, best: DatePhrase) -> bool:
    """Whether a date phrase `dist` steps from an event dates it better than the best so far: nearer wins,
    but among phrases on the verb itself or one step down a day beats a span."""
    def key(d: int, p: DatePhrase) -> tuple:
        # (a count from a thing of no known day, "hours after the limit took effect", is never nearer than a day
        # on the verb it is coordinated with: "went aboard on Monday, hours after ..., and was received by B")
        vague = p.when.day is None and (p.offset is not None or p.unknown)
        # ("a week later, on 6 March": at one distance the day written out beats the count)
        return (d > 1 or vague, p.when.day is None, d, p.offset is not None, p.unknown)
    return key(dist, phrase) < key(best_dist, best)


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
    and "since"/"until" give the start or end of a state, "by mid-December" a deadline,
    not the day of a contact.
    """
    lowers = units.words(doc).lowers
    if any(lowers[k] in {"since", "until", "till"} for k in range(max(phrase.start - 1, 0), phrase.start + 1)):
        return True
    if phrase.start > 0 and lowers[phrase.start - 1] == "by" and phrase.when.day is None:
        return True  # "a written plan by mid-December": a deadline
    path = _climb(doc, dates.attachment(doc, phrase))
    if trigger.i in path:  # "since the visit in October": the date is the visit's own
        path = path[: path.index(trigger.i) + 1]
        return any(lowers[t] in {"since", "until", "till"} for t in path)
    clause = path[-1]
    deps, heads = units.attrs(doc).deps, units.attrs(doc).heads
    if any(deps[c] == "mark" and lowers[c] in {"since", "until", "till"} for c in units.children(doc)[clause]):
        return True  # "their first meeting since X took office late last month"
    if any(lowers[t] in {"since", "until", "till"} for t in [*path, heads[clause]]):
        return True  # "on his first visit since taking office in December"
    if _arrival_of(doc[clause], trigger):
        return False
    # ("a summit which opened on Tuesday": the meeting's own relative clause)
    return deps[clause] == "relcl" and dates.of_head(doc, heads[clause]) != trigger.i and not (
        doc[clause].left_edge.i <= trigger.i <= doc[clause].right_edge.i)


def _reported(doc: Doc, phrase: DatePhrase, trigger: Token) -> bool:
    """ "... before announcing that the tour would go ahead in January": a date inside what is
    announced or said, in a clause the meeting is not part of, is no date of the meeting."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    above = {trigger.i, *(t.i for t in trigger.ancestors)}
    cur = dates.attachment(doc, phrase)
    for _ in range(40):
        if cur in above:
            return False
        if deps[cur] == "ccomp":
            return True
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False


def _pluperfect(trigger: Token) -> bool:
    """ "said on Tuesday that she had met X": the meeting lies before the sentence's date."""
    return any(dates.pluperfect_at(trigger.doc, t) for t in _chain(trigger.doc, trigger.i))


def _relative(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> set[int]:
    """ "took place one day after she had a call", "on the eve of the summit": link the two events by a day
    offset; a thing that is no meeting ("the day before the vote") is counted from the day the text gives it
    elsewhere. Returns the tokens of the clauses counted from ("after she had a call"): their day is not the
    day of the event around them."""
    inside: set[int] = set()
    by_trigger = {e.trigger.i: e for e in events}
    deps, lowers, children = units.attrs(doc).deps, units.words(doc).lowers, units.children(doc)
    for event in events:
        verb = _chain(doc, event.trigger.i)[-1]
        for child in children[verb]:
            sub: Token | None = None
            direction = 0
            if deps[child] == "advcl":
                marks = [lowers[c] for c in children[child] if deps[c] == "mark"]
                if marks and marks[0] in {"after", "before"}:
                    sub, direction = doc[child], (1 if marks[0] == "after" else -1)
            elif deps[child] == "prep" and lowers[child] in {"after", "before", "following"}:
                sub, direction = doc[child], (-1 if lowers[child] == "before" else 1)
            elif deps[child] == "advmod" and lowers[child] == "prior" and (
                    preps := [c for c in children[child] if deps[c] == "prep" and lowers[c] == "to"]):
                sub, direction = doc[preps[0]], -1  # "Prior to the talks, X gave a lunch for Y"
            elif deps[child] == "npadvmod" and lowers[child] in UNIT_DAYS and (
                preps := [c for c in children[child] if deps[c] == "prep" and lowers[c] in {"after", "before"}]
            ):  # "A day after the forum, X held a call": "after" hung on "day"
                sub, direction = doc[preps[0]], (1 if lowers[preps[0]] == "after" else -1)
            elif deps[child] == "prep" and lowers[child] == "on":
                # "On the eve of the summit, X spoke by phone with Y": the day before the summit
                eve = [o for o in children[child] if lowers[o] == "eve" and deps[o] == "pobj"]
                if eve:
                    targets = [by_trigger[t.i] for t in doc[eve[0]].subtree if t.i in by_trigger]
                    if targets and targets[0] is not event:
                        # "the summit" told before with its day, when this mention of it has none
                        word = lowers[targets[0].trigger.i]
                        dated = [e for e in events if lowers[e.trigger.i] == word and e.when is not None
                                 and e.when.day is not None and e.trigger.i < targets[0].trigger.i]
                        target = targets[0] if targets[0].when is not None or not dated else dated[-1]
                        if target.when is None and not target.participants:
                            # "On the eve of the talks": an empty mention of the meeting told before
                            target = _meeting_told_before(events, event, doc[eve[0]]) or target
                        event.relative = (target.trigger.i, -1)
                    elif not targets and (told := _meeting_told_before(events, event, doc[eve[0]])):
                        event.relative = (told.trigger.i, -1)
                elif event.offset and (told := _day_after_the_meeting(doc, doc[child], events, event)):
                    # "had lunch with Y on the day after the hotel meeting": a day from the meeting told before,
                    # not from the last day the text named
                    event.relative, event.when = (told.trigger.i, event.offset), None
                    inside.update(t.i for t in doc[child].subtree)
                continue
            if sub is None:
                continue
            amount = _offset(doc[verb], sub)
            if amount is None and event.offset is not None and event.offset * direction > 0:
                # "On the previous evening, before the talks opened, X dined with Y": the evening before the
                # talks told earlier, not before the last day the text named
                target = _told_meeting_in(doc, events, sub)
                if target is not None:
                    event.relative = (target.trigger.i, event.offset)
                    event.when = None
                    inside.update(t.i for t in sub.subtree)
                continue
            if amount is None and event.when is None and (
                    told := _after_the_meeting(doc, sub, events, event)) is not None:
                # "Following the talks, the pair toured X", "Before the talks, A gave a dinner for B": that day
                event.relative = (told.trigger.i, 0)
                inside.update(t.i for t in sub.subtree)
                continue
            if amount is None:
                continue
            targets = [by_trigger[t.i] for t in sub.subtree if t.i in by_trigger and t.i != event.trigger.i]
            if not targets and (scene := _scene_told_before(doc, events, sub)) is not None:
                targets = [scene]  # "A day after the forum, X called Y": the meeting held at the forum
            if targets:
                event.relative = (targets[0].trigger.i, direction * amount)
                inside.update(t.i for t in sub.subtree)
            elif event.when is None or event.when.day is None:
                # "The day before the vote, X had lunch with Y": a day from the vote's own day told elsewhere
                named = [o for o in sub.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                         and any(d.lower_ == "the" for d in o.children)]
                day = _named_day(doc, named[0], phrases) if named else None
                if day is not None:
                    event.when, event.has_phrase = When.on(day + timedelta(days=direction * amount)), True
                    inside.update(t.i for t in sub.subtree)
    inside.update(_it_came_after(doc, events))
    return inside


def _after_the_meeting(doc: Doc, prep: Token, events: list[Event], event: Event) -> Event | None:
    """ "after the talks", "following the meeting": the dated meeting of two or more told last before, when
    the preposition's object is a meeting noun with "the" and nothing more (not "after a meeting", not "after
    talks with X", not "after the signing ceremony", which may be any day)."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if not objects or objects[0].i == event.trigger.i or objects[0].lower_ not in rules.kinds("meeting_nouns") or any(
            c.dep_ != "det" for c in objects[0].children) or not any(c.lower_ == "the" for c in objects[0].children):
        return None
    # "the meeting": the last dated meeting told with that word, if any ("their call of 5 May" told after it
    # is not "the meeting")
    return _last_dated_meeting(events, prep.i, event, objects[0].lower_) or _last_dated_meeting(events, prep.i, event)


def _day_after_the_meeting(doc: Doc, on: Token, events: list[Event], event: Event) -> Event | None:
    """ "on the day after the hotel meeting": the last dated meeting of two or more told before, when "the
    day" of the "on" phrase is after or before a definite meeting noun."""
    for day in (o for o in on.children if o.dep_ == "pobj" and o.lower_ in UNIT_DAYS):
        for prep in (c for c in day.children if c.dep_ == "prep" and c.lower_ in {"after", "before"}):
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if noun.lower_ in rules.kinds("meeting_nouns") and any(c.lower_ == "the" for c in noun.children):
                    return _last_dated_meeting(events, on.i, event, noun.lower_) or _last_dated_meeting(
                        events, on.i, event)
    return None


def _on_the_eve(tok: Token) -> bool:
    """The "eve" of "on the eve (of ...)"."""
    return tok.lower_ == "eve" and tok.dep_ == "pobj" and tok.head.lower_ == "on"


def _eve_objects(eve: Token) -> list[Token]:
    """ "on the eve of the talks": the definite nouns the eve is of."""
    return [o for p in eve.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children)]


def _meeting_told_before(events: list[Event], event: Event, eve: Token) -> Event | None:
    """ "X received Y on 10 July. ... On the eve of the talks, Z hosted Y": the last meeting told before
    with a day of its own, when "the talks" of the eve phrase is a meeting noun with no event of its own."""
    if not any(o.lower_ in rules.kinds("meeting_nouns") for o in _eve_objects(eve)):
        return None
    nouns = rules.kinds("meeting_nouns")
    # ("The decision was taken at a meeting on Monday. Taking part were A and B": the dated meeting noun whose
    # people another clause names)
    return _last_dated_meeting(events, event.trigger.i, event) or next(
        (e for e in reversed(events) if e is not event and e.trigger.i < event.trigger.i and e.when is not None
         and e.when.day is not None and e.trigger.lower_ in nouns and e.trigger.pos_ == "NOUN"), None)


def _last_dated_meeting(events: list[Event], before: int, besides: Event, word: str | None = None) -> Event | None:
    """The last meeting of two or more people, with a day, told before token `before` (not `besides`); with
    `word`, only one told with that word."""
    dated = [e for e in events if e is not besides and e.trigger.i < before and e.when is not None
             and e.when.day is not None and len(e.participants) >= 2 and (word is None or e.trigger.lower_ == word)]
    return dated[-1] if dated else None


COUNTED_PREPS = {"after", "before", "ahead", "since", "until", "prior"}


def _scene_told_before(doc: Doc, events: list[Event], clause: Token) -> Event | None:
    """ "A day after the forum, X called Y": the dated meeting an earlier sentence held at that forum.

    The noun counted from ("the forum") must be written earlier inside a dated meeting's own
    clause ("met Y on Monday on the sidelines of the forum"), not in a span counted from it
    ("a week before the election"); exactly one such meeting.
    """
    nouns = [o for o in clause.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
    if not nouns or nouns[0].ent_type_ in {"DATE", "TIME", "PERSON"}:
        return None
    word = nouns[0].lower_
    found = []
    for event in events:
        if event.when is None or event.when.day is None or event.trigger.i >= clause.i:
            continue
        verb = doc[_chain(doc, event.trigger.i)[-1]]
        for tok in verb.subtree:
            if tok.lower_ != word or tok.i >= clause.i:
                continue
            path = [a for a in tok.ancestors if verb.is_ancestor(a) or a.i == verb.i]
            if not any(a.lower_ in COUNTED_PREPS for a in path):
                found.append(event)
                break
    return found[0] if len(found) == 1 else None


def _told_meeting_in(doc: Doc, events: list[Event], clause: Token) -> Event | None:
    """The dated meeting a clause points back to ("before the talks opened"): the last one told before it
    by the same word, with its day."""
    nouns = [e for e in events if e.trigger.pos_ == "NOUN" and e.trigger.i in {t.i for t in clause.subtree}]
    if not nouns:
        return None
    word = nouns[0].trigger.lower_
    dated = [e for e in events if e.trigger.lower_ == word and e.trigger.i < nouns[0].trigger.i
             and e.when is not None and e.when.day is not None]
    return dated[-1] if dated else None


def _it_came_after(doc: Doc, events: list[Event]) -> set[int]:
    """ "X met Y on Wednesday. It came a day after X called on Z": "it" is the meeting told last, and the
    call is counted from it. Returns the tokens of the clauses counted from."""
    inside: set[int] = set()
    by_trigger = {e.trigger.i: e for e in events}
    lowers = units.words(doc).lowers
    for verb in units.positions(lowers, {"came", "comes"}):
        tok = doc[verb]
        if not any(c.dep_ == "nsubj" and c.lower_ in {"it", "this"} for c in tok.children):
            continue
        last = _last_meeting_before(events, units.unit_bounds(doc, verb)[0])
        if last is None:
            continue
        for sub in tok.children:
            marks = [c.lower_ for c in sub.children if c.dep_ == "mark"]
            after = (sub.dep_ == "prep" and sub.lower_ in {"after", "before"}) or (
                sub.dep_ == "advcl" and marks[:1] in (["after"], ["before"]))
            amount = _offset(tok, sub) if after else None
            targets = [by_trigger[t.i] for t in sub.subtree if t.i in by_trigger] if amount is not None else []
            if targets and amount is not None and targets[0].relative is None:
                direction = 1 if "after" in (sub.lower_, *marks) else -1
                targets[0].relative = (last.trigger.i, -direction * amount)
                inside.update(t.i for t in sub.subtree)
    return inside


def _day_in_focus(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "13 February was devoted to talks in Jakarta. X first called on Y. He later met Z.": that day.

    A day that is the subject of its sentence is what the rest of its paragraph is about;
    the undated contacts told there happened on it.
    """
    texts = units.words(doc).texts
    for phrase in phrases:
        if phrase.when.day is None or phrase.unknown or phrase.offset is not None:
            continue
        root = doc[units.span_root(doc, phrase.start, phrase.end)]
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        end = next((k for k in range(phrase.end, len(texts)) if "\n" in texts[k]), len(texts))
        for event in events:
            if phrase.end <= event.trigger.i < end and event.when is None and not event.has_phrase:
                event.when = phrase.when
                event.has_phrase = True


def _after_dated_clause(doc: Doc, events: list[Event], phrases: list[DatePhrase], published: date | None) -> None:
    """ "X said Thursday that ..., a day after he met Y": the meeting is the main clause's day less a day.

    The after/before clause of the meeting hangs on a clause whose verb (or a verb it
    reports to) carries a day; the offset ("a day", "two days") counts from that day.
    A verb with no day counts from the day of the story's news (`_news_day`).
    """
    for event in events:
        if event.when is not None and event.when.day is not None:
            continue
        verb = _trigger_chain(event.trigger)[-1]
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        if not marks or marks[0] not in {"after", "before"}:
            continue
        if verb.dep_ == "advcl":
            # ("came a day after X met Y": the parser may hang the day on the verb the clause is after)
            amount, up = _offset(verb, verb) or _offset(verb.head, verb), verb.head
        elif verb.dep_ == "relcl" and verb.head.lower_ in UNIT_DAYS:  # "[a day] [after he met Y]"
            amount, up = _offset(verb.head.head, verb.head.head), verb.head.head
        else:
            continue
        if amount is None:
            continue
        inside = {t.i for t in verb.subtree}
        top = up
        for _ in range(3):
            days = [p.when.day for p in phrases if p.when.day is not None and not p.unknown and p.offset is None
                    and p.start not in inside and _attached(doc, p, up) is not None]
            if days:
                day = days[0] - timedelta(days=amount if marks[0] == "after" else -amount)
                event.when = When.on(day)
                event.has_phrase = True
                break
            if up.dep_ not in {"ccomp", "conj", "xcomp"}:
                break
            up = up.head
        if event.when is None or event.when.day is None:
            news = _news_day(doc, phrases, top, inside) or _day_of_the_news_before(doc, phrases, top)
            if news is None and top.tag_ == "VBZ" and top.lower_ in {"comes", "follows"} and published is not None:
                # "The breakdown comes a day after A met B": what comes now is the news of the day the story is
                # filed
                news = dates.dateline(units.text(doc), published) or published
            if news is not None:
                day = news - timedelta(days=amount if marks[0] == "after" else -amount)
                event.when = When.on(day)
                event.has_phrase = True


def _news_day(doc: Doc, phrases: list[DatePhrase], verb: Token, inside: set[int]) -> date | None:
    """The day of the story's news, for a deed told near the lede with no day of its own, or None.

    "KESSEL, May 15 - ... . X announced the measures a day after she held talks with Y": a wire story's
    deed in the simple past, done by someone named, is the news of its dateline's day (or the lede's).
    """
    if verb.tag_ != "VBD" or not factual_verb(verb):
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"} for c in verb.children):
        return None  # ("The meetings came a day after ...": dated from the meetings, elsewhere)
    own = {t.i for t in verb.subtree} - inside
    if any(p.start in own and p.when.day is None for p in phrases):
        return None  # the deed has a time of its own, only no day ("announced in May")
    sents = units.bounds(doc)
    lede_at = _lede_index(doc, sents)
    if units.index(doc)[verb.i] > lede_at + 3:
        return None
    start, end = sents[lede_at]
    head_end = sents[min(1, len(sents) - 1)][1]
    days = [p for p in phrases if p.when.day is not None and not p.unknown and p.offset is None
            and (start <= p.start < end or (_dateline(doc, p) and p.start < head_end))]
    return days[0].when.day if days else None


def _day_of_the_news_before(doc: Doc, phrases: list[DatePhrase], verb: Token) -> date | None:
    """ "The board announced the sale on Tuesday. The announcement came a day after X met Y": a definite
    noun that came, with no day of its own, is the news the sentence before dated on a verb in the past."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not is_definite(subject):
        return None
    here = units.index(doc)[verb.i]
    own = {t.i for t in verb.subtree}
    if here == 0 or any(p.start in own and p.when.day is None and not p.unknown for p in phrases):
        return None
    bounds = units.bounds(doc)
    for back in range(here - 1, max(-1, here - 1 - NEWS_BEFORE), -1):
        start, end = bounds[back]
        for p in phrases:
            if start <= p.start < end and p.when.day is not None and not p.unknown and p.offset is None \
                    and not _dateline(doc, p):
                told = doc[_climb(doc, dates.attachment(doc, p))[-1]]  # ("..., its board announced Tuesday")
                if told.pos_ == "NOUN" and told.dep_ in {"nsubj", "nsubjpass"}:
                    told = told.head  # "The signal failure on Wednesday stranded thousands": the failure's deed
                # (the tagger may call a main verb in the past a participle: "The failure stranded thousands")
                past = told.tag_ == "VBD" or (told.tag_ == "VBN" and told.dep_ == "ROOT" and not any(
                    c.dep_ in {"aux", "auxpass"} for c in told.children))
                if past and factual_verb(told):
                    return p.when.day
        if not _quoted_sentence(doc, start, end):
            break  # ('A failure shut the line this morning. "Crews are on site," she said. The breakdown comes
            # a day after ...': past the quotation, the news told before it)
    return None


NEWS_BEFORE = 3  # how many sentences back "The breakdown comes a day after ..." looks for the news it is


def _quoted_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence opens with a quotation mark or is a transcript's clip: words somebody said, no news."""
    words = [t for t in doc[start:end] if not t.is_space]
    return bool(words) and (words[0].is_quote or words[0].text in {"CLIP", "SOUNDBITE"})


SAME_DAY_UNITS = frozenset({"hours", "minutes", "hour", "minute"})


def _offset(verb: Token, sub: Token) -> int | None:
    """ "one day", "two days", "a week" before an after/before clause (hung on its verb or its "after")."""
    marks = [c for c in sub.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
    for holder in (sub, verb, *marks):
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lower_ in SAME_DAY_UNITS:
                return 0  # "a few hours after she had spoken with X": that same day
            if child.dep_ == "npadvmod" and child.lower_ in UNIT_DAYS:
                count = 1
                for c in child.children:
                    if c.lower_ in NUMBER_WORDS:
                        count = NUMBER_WORDS[c.lower_]
                    elif c.like_num and c.text.isdigit():
                        count = int(c.text)
                return count * UNIT_DAYS[child.lower_]
    return None


def _inherit(doc: Doc, events: list[Event], offset_clauses: set[int]) -> None:
    """An undated mention right after a dated one, or "the talks", is that same event.

    Backwards too: "X held a call with Y. In the call on Thursday, X ..." dates the call.
    Not inside a clause another event is counted from ("a day after X held talks, a meeting ...").
    """
    sent_of = units.index(doc)
    ordered = sorted(events, key=lambda e: e.trigger.i)
    anchored = {e.relative[0] for e in events if e.relative is not None}
    for event in ordered:
        if not event.has_phrase and event.when is None and (restated := _restated(ordered, event, sent_of)):
            # "A first sat down with B on June 28, a meeting that ended ...": that day
            event.when, event.has_phrase = restated, True
    for later_index, later in enumerate(ordered):
        if not (later.has_phrase and later.definite and len(later.participants) < 2 and later.when):
            continue
        if later.when.day is None:
            continue  # "The meeting followed a call last week": a vague date told near it may be the call's
        if later.trigger.dep_ == "nsubj" and bare_word(later.trigger.head) in FOLLOW_VERBS:
            continue  # "The meetings followed a telephone conversation on Wednesday": the conversation's day
        if later.offset is not None:
            continue
        here = sent_of[later.trigger.i]
        for earlier in reversed(ordered[:later_index]):
            if here - sent_of[earlier.trigger.i] > 2:
                break
            if len(earlier.participants) >= 2:
                if earlier.trigger.is_ancestor(later.trigger):
                    break  # "discussed the decisions taken at the summit on 14 June": a topic, not the talks
                # (not one counted from another meeting: "On the eve of the talks, A hosted B. The session, which
                # opened on Monday, ..." keeps the eve's day)
                if not earlier.has_phrase and earlier.when is None and earlier.trigger.i not in anchored \
                        and earlier.relative is None:
                    earlier.when = later.when
                    earlier.has_phrase = True
                break
    # "discussed the decisions of the summit on 14 June": the summit is a topic of the talks, not the day's news
    verbs = [e.trigger for e in ordered if e.trigger.pos_ == "VERB"]
    verb_ids = {v.i for v in verbs}
    topics = {
        id(e) for e in ordered
        if e.trigger.pos_ == "NOUN" and governs(doc, e.trigger.i)[0] not in verb_ids
        and any(v.is_ancestor(e.trigger) for v in verbs)
        # ("called on the union to return to talks, following a meeting on Tuesday": an event of its own)
        and not (e.trigger.dep_ == "pobj" and e.trigger.head.lower_ in {"following", "after", "before"})
    }  # ("During the meeting, both sides exchanged views": the meeting itself, governed by the verb)
    # (sentence, date, participants) of the last dated event.
    last: tuple[int, When, set[str]] | None = None
    lede = _lede_index(doc, units.bounds(doc))
    for k, event in enumerate(ordered):
        if id(event) in topics and not event.participants:
            continue
        here = sent_of[event.trigger.i]
        people = set(event.participants)
        # "The meeting ... came a day after X accused them": counted from no known day, still the one told
        unknown = event.has_phrase and event.definite and event.when == dates.NOWHEN
        # "The head of X held talks with the prime minister on Monday. X was received by Y a day after arriving":
        # the sentence after the lede tells the lede's meeting, counted from no told day
        # (only when the lede named one side: "she called A on Monday. A day after the election, she met B" is not)
        unknown = unknown or (event.has_phrase and event.when == dates.NOWHEN and last is not None
                              and last[0] == lede == here - 1 and len(last[2]) == 1 and bool(people & last[2]))
        if event.has_phrase and event.when is not None and not unknown:
            if not _trip_aside(event):
                last = (here, event.when, people)
            continue
        if event.trigger.i in anchored or last is None or (event.has_phrase and not unknown):
            continue
        if _about_counted(event, ordered, anchored):
            continue  # "a day after A held talks with B. The two discussed ...": the talks' day, not ours
        if event.trigger.i in offset_clauses and not event.has_phrase:
            continue  # "came a day after X held talks with Y, a meeting that ...": the talks' own day
        if (_pluperfect(event.trigger) or told_as_first(event.trigger)) and not event.definite:
            continue  # "the two had spoken by phone after X's appointment", "when X first met Y": before that day
        if event.relative is not None and (len(event.participants) >= 2 or not event.definite):
            continue
        same = _same_people_before(ordered[:k], event) if event.definite and not event.has_phrase else None
        if same is not None:  # "During the visit to X, A invited B": the visit of A and B told before
            event.when = same
            continue
        # Other people in the next sentence are another meeting, unless the dated one named nobody.
        same_people = len(last[2]) < 2 or len(people) < 2 or bool(people & last[2])
        # "the meeting" is the one told before; "A's meeting with B" of other people is not
        # "X also spoke with Y": the same day's round; "X flew in yesterday for talks ... [two sentences, a
        # transcript's turn] ... she sat down with Y": the trip's talks, with nothing told between
        gap = here - last[0]
        near = gap <= 2 or (gap <= 4 and (_also(event.trigger) or (
            last[1].day is not None and bool(people & last[2])
            and not any(last[0] < sent_of[e.trigger.i] < here for e in ordered))))
        if (near or event.definite) and same_people:
            event.when = last[1]
            last = (here, last[1], people | last[2])


def _restated(events: list[Event], event: Event, sent_of: list[int]) -> When | None:
    """The day of a dated event of the same sentence with the very same people, which `event` tells again."""
    people = set(event.participants)
    here = sent_of[event.trigger.i]
    return next((e.when for e in events if e is not event and e.has_phrase and e.when is not None
                 and e.when.day is not None and sent_of[e.trigger.i] == here and set(e.participants) == people
                 and len(people) >= 2 and not _trip_aside(e)), None)


def _last_meeting_before(events: list[Event], at: int) -> Event | None:
    """The last meeting told before token `at` that named two people or more ("it", "the two" stand for it)."""
    told = [e for e in events if e.trigger.i < at and len(e.participants) >= 2 and not e.attend]
    return max(told, key=lambda e: e.trigger.i, default=None)


def _about_counted(event: Event, events: list[Event], anchored: set[int]) -> bool:
    """ "came a day after A held talks with B. The two ministers discussed ...": "the two" are the people of
    talks whose day is counted from another event; they take that day, not one told near them."""
    last = _last_meeting_before(events, event.trigger.i) if event.plural else None
    return last is not None and last.trigger.i in anchored


def _trip_aside(event: Event) -> bool:
    """ "X, who arrived on Tuesday for a three-day visit, met Y": the trip's first day, told in a relative
    clause, is not the day of the meetings told around it."""
    trigger = event.trigger
    trip = trigger.dep_ == "pobj" and trigger.head.lower_ in {"for", "on"}  # "for a three-day visit"
    return event.kind == "visit" and trigger.pos_ == "NOUN" and trip and any(
        t.dep_ in {"relcl", "acl"} for t in trigger.ancestors
    )


def _same_people_before(before: list[Event], event: Event) -> When | None:
    """The day of the last dated event of `before` (the events told before `event`) that had all of
    its (two or more) people."""
    people = set(event.participants)
    if len(people) < 2:
        return None
    for earlier in reversed(before):
        if earlier.has_phrase and earlier.when is not None and people <= set(earlier.participants):
            return earlier.when
    return None


def _also(trigger: Token) -> bool:
    """ "The Secretary also met ...", "X, who later called on Y": one more contact of the round just told."""
    verb = _trigger_chain(trigger)[-1]
    return any(c.dep_ == "advmod" and c.lower_ in {"also", "later", "afterwards", "afterward"} for c in verb.children)


def _told_before(doc: Doc, people: People, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "A and B agreed Saturday to ... . The two ministers held talks at a hotel": the day of the lede.

    An undated meeting takes the day a sentence at most two back gives its main verb,
    when every participant of the meeting is named in that sentence, or when the one who
    did that verb (not a speaker) takes part: "X summoned the leaders Wednesday. X met A and B."
    The sentence right after a dated lede tells the lede's news: its meeting takes that day.
    """
    sent_of = units.index(doc)
    sents = units.bounds(doc)
    lede_at = _lede_index(doc, sents)
    anchored = {e.relative[0] for e in events if e.relative is not None}  # dated from another event later
    waiting = [
        e
        for e in events
        if (e.when is None or e.when.day is None) and not e.has_phrase and e.relative is None
        and e.participants  # ("X hosted the meeting. Kuwait was represented by A": A joins it later)
        and not _pluperfect(e.trigger) and e.trigger.i not in anchored
        and not _about_counted(e, events, anchored) and not _told_as_later(e.trigger) and not told_as_first(e.trigger)
    ]
    # Only the two sentences before each waiting meeting are asked for their day.
    asked = {sent_of[e.trigger.i] - back for e in waiting for back in (1, 2)}
    dated: dict[int, When] = {}
    doers: dict[int, set[str]] = {}  # the subject of the dated verb ("X summoned them Wednesday")
    speakers: dict[int, set[str]] = {}  # who said so in a dated lede ("X said yesterday")
    audiences: set[int] = set()  # ledes whose speaker told a gathering ("told a group of farmers Wednesday")
    for phrase in phrases:
        if phrase.when.day is None or phrase.offset is not None:
            continue
        here = sent_of[phrase.start]
        if here not in asked:
            continue
        if _dateline(doc, phrase):
            continue  # "FRANKFURT, March 12 - ...": the dateline's day is the filing day, not the news
        anchor = dates.attachment(doc, phrase)
        root = doc[_climb(doc, anchor)[-1]]
        if root.pos_ in {"VERB", "AUX"} and not factual_verb(root):
            continue  # "pluckers will return on Monday after X brokered a truce yesterday": the plan's day
        if _possessive_day(doc, phrase, anchor):
            continue  # "for his role in Saturday's brawl": the day of that noun's event, not of the sentence's news
        if root.dep_ == "ROOT":
            dated.setdefault(here, phrase.when)
        top = root.sent.root
        if root.dep_ == "acl" and top.pos_ in {"NOUN", "PROPN"} and top.i < root.i and here not in doers:
            # "The minister, X, spent yesterday in Y": the parser hung the sentence's verb on its subject
            dated.setdefault(here, phrase.when)
            doers[here] = set(people.np_refs(top)) | set(people.np_refs(root.head))
            continue
        if here == lede_at and here not in doers and _meeting_word(doc, anchor):
            # "The mayor says she came away from Tuesday's sit-down with the agency's boss": the lede's
            # meeting and its day, its people named in the sentence after
            dated.setdefault(here, phrase.when)
            doers[here] = set()
            continue
        # the main verb, or a participle of the sentence ("X has apologised, travelling to Y on Tuesday")
        main = doc[units.unit_root(doc, root.i)]
        if here == lede_at and root.dep_ == "acl" and root.tag_ == "VBN" and here not in doers:
            agents = [c for c in root.children if c.dep_ == "agent"]
            if agents:
                # "... under an agreement reached on Wednesday by the two ministers": the lede's deed and its day
                dated.setdefault(here, phrase.when)
                doers[here] = {r for a in agents for o in a.children for r in people.np_refs(o)}
                continue
            if main.tag_ == "VBD" and bare_word(main) not in rules.words("speech_verbs") and factual_verb(main):
                # "X handed over manuscripts taken from Java to officials here Tuesday": the parser hangs the
                # lede's day on a participle inside the object; it is the day of the lede's deed
                dated.setdefault(here, phrase.when)
                doers[here] = set(verb_subjects(people, main))
                continue
        # ("X went to the office on Tuesday ..., as Y slapped Z with a ban": the parser may make the deed a clause
        # of a later verb that tells no speech)
        deed = root.dep_ == "ccomp" and root.head.i == main.i and (
            bare_word(main) not in rules.words("speech_verbs")
            # "A and B agreed on Monday to a joint assessment, officials said": the lede's reported deed
            or (here == lede_at and root.i < main.i and factual_verb(root)))
        if (root.dep_ in {"ROOT", "advcl", "xcomp", "conj"} or deed) and here not in doers \
                and not _foreign(doc, phrase, main):
            # "agreed on Thursday to set up patrols": a deed; "said on Thursday (that) ...": a speech
            speech = bare_word(main) in rules.words("speech_verbs")
            speech = speech and not any(c.dep_ == "xcomp" for c in main.children)
            if not speech or (deed and root.i < main.i):  # (the deed, told before "..., officials said")
                dated.setdefault(here, phrase.when)
                doers[here] = set(verb_subjects(people, main)) | set(verb_subjects(people, root))
                if here == lede_at:  # "Farmers tightened their grip yesterday, as the minister went to ...": hers too
                    doers[here] |= {r for c in main.children if c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in {"as", "when", "while"} for m in c.children)
                        for r in verb_subjects(people, c)}
            elif here == lede_at and root.i == main.i:
                # "X said yesterday ... . X announced the measures after a meeting with Y": the lede's day
                speakers[here] = set(verb_subjects(people, main))
                if _told_audience(main) or _said_during_visit(main):
                    audiences.add(here)
    told_in = {sent_of[e.trigger.i] for e in events}
    for event in waiting:
        here = sent_of[event.trigger.i]
        for back in (here - 1, here - 2):
            if back < 0 or back not in dated:
                continue
            named = set(people.refs_in(*sents[back]))
            # "Last Thursday the dispute moved to the capital. A and B sat for four hours with C": a sentence
            # that names nobody and tells no meeting sets the day of the scene the next one tells
            # ("On Saturday, the school had a visitor. The minister arrived at ten. He was received by A": the
            # scene goes on over a sentence with no day and no meeting of its own)
            scene = back == here - 1 or (here - 1 not in dated and here - 1 not in told_in)
            if scene and not named and back in doers and back not in told_in:
                event.when = dated[back]
                break
            lede = back == lede_at and here == lede_at + 1 and back in doers  # after a dated lede: its news
            # after a dated speech, when the speaker is in the meeting the next sentence tells
            lede = lede or (back == lede_at and here == lede_at + 1
                            and bool(speakers.get(back, set()) & set(event.participants))
                            # the speaker of a lede told to a gathering took part in the meeting told
                            # right after in the simple past ("X told farmers Wednesday … X met …")
                            and (_announced_after(doc, event.trigger)
                                 or (back in audiences and _simple_past(event.trigger))))
            # "... was dismissed late on Sunday night. ... X then summoned him": the story goes on that day
            then = any(c.dep_ == "advmod" and c.lower_ == "then" for c in event.trigger.children)
            if lede or then or set(event.participants) <= named or doers.get(back, set()) & set(event.participants) \
                    or (demonstrative(event.trigger) and _tells_contact(doc, *sents[back])):
                event.when = dated[back]
                break


def _simple_past(verb: Token) -> bool:
    """ "met", "was received": a deed told in the simple past, active or passive."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children))


def _possessive_day(doc: Doc, phrase: DatePhrase, anchor: int) -> bool:
    """ "Saturday's brawl": a day written as the possessive of a noun that tells no meeting."""
    last = doc[phrase.end - 1].text
    owned = last.endswith(("'s", "’s")) or (phrase.end < len(doc) and doc[phrase.end].text in {"'s", "’s"})
    return owned and doc[anchor].pos_ == "NOUN" and not _meeting_word(doc, anchor)


def _meeting_word(doc: Doc, k: int) -> bool:
    """Token `k` is a meeting noun, written whole or with a hyphen ("sit-down", "get-together")."""
    lowers = units.words(doc).lowers
    word = lowers[k]
    if k >= 2 and lowers[k - 1] == "-":
        word = f"{lowers[k - 2]}-{word}"
    return doc[k].pos_ == "NOUN" and word in rules.kinds("meeting_nouns")


AUDIENCE_VERBS = {"told", "tells", "tell", "promised", "promises", "assured", "assures", "urged", "urges"}


def _told_audience(verb: Token) -> bool:
    """ "X told a group of farmers Wednesday", "promised governors on Thursday that ...": words said to
    people in the room, not to the press."""
    return verb.lower_ in AUDIENCE_VERBS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and bare_word(c) not in PRESS for c in verb.children
    )


def _lede_index(doc: Doc, sents: list[tuple[int, int]]) -> int:
    """The lede's sentence: the first, or the second when the first is only a dateline ("NEW DELHI, March 16.")."""
    if len(sents) < 2:
        return 0
    start, end = sents[0]
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    only_place = all(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ == "DATE" for t in words)
    return 1 if words and len(words) <= 6 and only_place else 0


def _said_during_visit(verb: Token) -> bool:
    """ "X said on Monday …, during a visit to the hospital": words said on the occasion of a visit."""
    nouns = rules.kinds("meeting_nouns")
    return any(t.lower_ == "during" and any(o.dep_ == "pobj" and bare_word(o) in nouns for o in t.children)
               for t in verb.subtree)


def _announced_after(doc: Doc, trigger: Token) -> bool:
    """ "X announced the measures after a meeting with Y": the meeting that led to the words told."""
    verb, relation = governs(doc, trigger.i)
    return verb is not None and relation in {"after", "following"} and (
        bare_word(doc[verb]) in rules.words("speech_verbs")
        # "made the announcement after talks with Y": a support verb and a noun of speech
        or (bare_word(doc[verb]) in {"made", "make", "makes", "issued", "issue", "issues"} and any(
            c.dep_ == "dobj" and bare_word(c) in rules.words("speech_nouns") for c in doc[verb].children))
    )


def _tells_contact(doc: Doc, start: int, end: int) -> bool:
    """ "... after the mayor spent two hours with the developer": a dated sentence about a contact.

    "The session brought together A, B and C" right after it is that contact, though
    the sentence before named none of them.
    """
    lowers = units.words(doc).lowers
    words = trigger_words() | SPEND_VERBS
    return any(lowers[i] in words for i in range(start, end))


def _aside_of(doc: Doc, phrase: DatePhrase, trigger: Token) -> bool:
    """ "briefed him on the package announced last month": a day told in a participle or relative
    clause that does not hold the meeting is that clause's, free for no meeting of the sentence."""
    if not dates.told_aside(doc, phrase, any_acl=True):
        return False
    clause = doc[_climb(doc, dates.attachment(doc, phrase))[-1]]
    # ("a meeting ... held at the office on the 11th": a clause of the meeting itself is its own)
    own = trigger.pos_ in {"NOUN", "PROPN"} and trigger.is_ancestor(clause)
    # "met representatives, led by X, at the hospital on Friday": who they were, not another event
    own = own or bare_word(clause) in LEADER_VERBS or bare_word(clause) in rules.words("companion_words")
    own = own or _arrival_of(clause, trigger)
    return not clause.is_ancestor(trigger) and clause.i != trigger.i and not own


def _arrival_of(clause: Token, trigger: Token) -> bool:
    """ "X, who arrived in Mwanza on Sunday, was received at the airport by Y": a relative clause of the
    passive reception verb's subject that tells the subject's arrival; its day is the reception's (not "who
    arrived on Tuesday for a three-day visit, met Y": a visit of some days)."""
    return clause.dep_ == "relcl" and clause.lower_ in ARRIVAL_VERBS and clause.head.dep_ == "nsubjpass" \
        and clause.head.head.i == trigger.i and trigger.lower_ in RECEPTION_VERBS


FOLLOW_VERBS = {"followed", "follows", "follow", "preceded", "precedes"}
ARRIVAL_VERBS = {"arrived", "landed"}
RECEPTION_VERBS = {"received", "welcomed", "greeted", "met"}


def _loose_offset(doc: Doc, phrase: DatePhrase, trigger: Token) -> bool:
    """ "took its first step on Sunday, a week after losing the majority, when X met Y": a span counted
    from no known day and not from the meeting itself ("a day after he met") yields to a day named."""
    if not phrase.unknown:
        return False
    last = doc[phrase.end - 1]
    return last.head.i != trigger.i and not last.is_ancestor(trigger)


def _dateline(doc: Doc, phrase: DatePhrase) -> bool:
    """ "FRANKFURT, March 12 - ...", "Nairobi, 8 February 2024: ...": a date right before the dash or colon of a
    dateline, after the place and a comma near the sentence's start (not "met him at the ministry on Tuesday
    (18/2)")."""
    texts = units.words(doc).texts
    if phrase.end < len(doc) and texts[phrase.end] == "." and phrase.start > 1 and texts[phrase.start - 1] == ",":
        # "... video call with B. Dakar, 3 February 2021. The Minister ...": a readout's place and day alone
        k = phrase.start - 2
        while k > 0 and k > phrase.start - 5 and texts[k - 1][:1].isupper() and texts[k - 1].isalpha():
            k -= 1
        return texts[k][:1].isupper() and (k == 0 or texts[k - 1] == "." or "\n" in texts[k - 1])
    if phrase.end >= len(doc) or texts[phrase.end] not in {"-", "—", "–", "(", ":"}:
        return False
    return phrase.start > 0 and texts[phrase.start - 1] == "," and (
        phrase.start - units.unit_bounds(doc, phrase.start)[0] <= 8
    )


def _last_years(doc: Doc, phrase: DatePhrase) -> DatePhrase:
    """ "X was in the room on 19 August", read on 17 August: a day and month without a year, a little after
    publication, told of in the past tense, is last year's (a plan's day, "will meet on 19 August", stays)."""
    day = phrase.when.day
    if day is None or dates.YEAR.search(doc[phrase.start:phrase.end].text) or (day.month, day.day) == (2, 29):
        return phrase
    verb = clause_verb(doc[dates.attachment(doc, phrase)])
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.children):
        return phrase
    before = day.replace(year=day.year - 1)
    return replace(phrase, when=When.on(before))


def _after(when: When, published: date) -> bool:
    """Whether a date lies wholly after the publication day."""
    if when.day is not None:
        return when.day > published
    if when.year is not None and when.year != published.year:
        return when.year > published.year
    return when.year is not None and when.month is not None and when.month > published.month


def date_events(doc: Doc, people: People, events: list[Event], published: date | None) -> list[DatePhrase]:
    """Give each event its day, in order: its own phrase, the occasion it was part of ("at the funeral"), the
    paragraph's day, the clause it is after,
    the event it is dated from, the event told just before, the lede, the only day its sentence
    gives, and last the day its paragraph told just before. Returns the date phrases read.

    A wire story counts "on Tuesday" from its dateline's day; nothing is ever after publication.
    """
    # ('"I rang him this morning," she said': the day a speaker gives the contact she tells of counts)
    told = {t.i for e in events if people.quoted(e.trigger) for t in e.trigger.subtree}
    phrases = dates.find(doc, dates.dateline(units.text(doc), published) or published, people.quoted_tokens - told)
    if published is not None:
        # "views on the celebration in 2018", "an invitation to visit in 2017": a time after
        # publication is a plan's, never a meeting's, and must not hide the meeting's own day
        phrases = [_last_years(doc, p) if _after(p.when, published) else p for p in phrases]
        phrases = [p for p in phrases if not _after(p.when, published)]
    _date_events(doc, events, phrases, published)
    _counted_from(doc, events, phrases)
    _counted_from_clause(doc, events, phrases)
    _eve_of_a_dated_day(doc, events, phrases)
    _day_of_the_occasion(doc, events, phrases)
    _day_in_focus(doc, events, phrases)
    _after_dated_clause(doc, events, phrases, published)
    offset_clauses = _relative(doc, events, phrases)
    _inherit(doc, events, offset_clauses)
    _told_before(doc, people, events, phrases)
    _anchors_told_before(events)
    _dated_next(doc, events)
    _only_day_of_the_sentence(doc, events, phrases)
    if published is not None:
        _later_that_day(doc, events, phrases, published)
    _day_of_the_scene(doc, people, events, phrases)
    _day_of_the_lede(doc, people, events, phrases)
    return phrases


def _counted_from(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "returned to work on Friday, a day after a long meeting with X": a meeting inside a counted phrase is
    what the count starts from, so its day is the day the phrase's verb was given less the count."""
    lowers = units.words(doc).lowers
    for event in events:
        t = event.trigger.i
        phrase = next((p for p in phrases if p.start < t < p.end and p.offset and p.when.day is None), None)
        if phrase is None or not any(lowers[k] in {"after", "before"} for k in range(phrase.start, t)):
            continue
        # ("defied the law on Wednesday and walked in, a day after a meeting with X": the day of the verbs told
        # together)
        days = _days_on(doc, phrases, units.conjuncts_up(doc, dates.attachment(doc, phrase)))
        if not days and phrase.start > 0 and lowers[phrase.start - 1] == ",":
            days = _main_day_before(doc, phrases, phrase)
        if days:
            event.when = When.on(days[0].when.day - timedelta(days=phrase.offset))
            event.has_phrase, event.offset = True, None


def _main_day_before(doc: Doc, phrases: list[DatePhrase], phrase: DatePhrase) -> list[DatePhrase]:
    """ "X moved closer on Thursday to a deal for ships to be built in Y, a day after talks with Z": a count set
    off by a comma that the parser hung deep inside the sentence counts from the one day its main clause gives."""
    start, _ = units.unit_bounds(doc, phrase.start)
    root = units.unit_root(doc, phrase.start)
    told = [p for p in phrases if start <= p.start and p.end <= phrase.start and p.when.day is not None
            and p.offset is None and not _dateline(doc, p)]
    return told if len(told) == 1 and _climb(doc, dates.attachment(doc, told[0]))[-1] == root else []


def _days_on(doc: Doc, phrases: list[DatePhrase], verbs: list[int]) -> list[DatePhrase]:
    """The phrases with a day, not a dateline's, that hang on one of the verbs."""
    return [p for p in phrases if p.when.day is not None and not _dateline(doc, p)
            and dates.attachment(doc, p) in verbs]


def _counted_from_clause(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "On Tuesday the announcement came a day after A flew in and met B": a meeting in a clause another act
    is counted from took place that many days before (or after) the act's own day."""
    a = units.attrs(doc)
    heads, deps = a.heads, a.deps
    lowers, children = units.words(doc).lowers, units.children(doc)
    for event in events:
        if a.poss[event.trigger.i] not in {"VERB", "AUX"}:
            continue
        verb = units.conjuncts_up(doc, event.trigger.i)[-1]
        marks = [lowers[c] for c in children[verb] if deps[c] == "mark"]
        if deps[verb] != "advcl" or not marks or marks[0] not in {"after", "before"} or heads[verb] == verb:
            continue
        host = heads[verb]
        amount = _offset(doc[host], doc[verb])
        days = [p for p in _days_on(doc, phrases, [host]) if not p.start <= event.trigger.i < p.end]
        if amount is None or not days:
            continue
        if event.when is not None and event.when.day is not None and event.when.day != days[0].when.day:
            continue  # the meeting's own day ("a day after A met B on Monday")
        direction = 1 if marks[0] == "after" else -1
        event.when = When.on(days[0].when.day - timedelta(days=direction * amount))
        event.has_phrase, event.offset = True, None


SCENE_SENTENCES = 2  # how far back an undated meeting looks for the scene's day ...
SCENE_PARAGRAPHS = 1  # ... in its own paragraph or the one before (wire copy writes a sentence a paragraph)
OTHER_SCENE_WORDS = frozenset({"separately", "meanwhile", "elsewhere"})  # "Separately, C met D": not that scene


def _same_day_unknown(doc: Doc, phrase: DatePhrase) -> bool:
    """ "Minutes after the final whistle", "hours before the vote": counted from something of no known day,
    but within that day."""
    return phrase.unknown and dates.offset(units.span_text(doc, phrase.start, phrase.end)) == 0


def _day_of_the_scene(doc: Doc, people: People, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "The final was played in Kessel on Saturday. Minutes after the whistle, A went into the dressing room
    to congratulate B": a meeting told with no time of its own, in a sentence that gives none, happened on
    the day the story has just told, one or two sentences before, in its paragraph or the one before.

    Not a meeting told in the pluperfect or as someone's first ("had met", "first met": before that day), nor
    one whose sentence names a time of any kind, nor a day inside a quotation or still to come. A day of
    saying counts: "Businessmen were told yesterday that ... He was welcomed by A" is that day's scene."""
    index = units.index(doc)
    paragraph = units.paragraph_of(doc)
    for event in events:
        if (event.when is not None and event.when.day is not None) or event.relative is not None:
            continue
        if _pluperfect(event.trigger) or told_as_first(event.trigger):
            continue
        if _told_as_later(event.trigger) or people.quoted(event.trigger):
            continue
        here = index[event.trigger.i]
        start, end = units.unit_bounds(doc, event.trigger.i)
        if any(start <= p.start < end and not _same_day_unknown(doc, p) for p in phrases):
            continue  # the sentence names a time of its own ("last year", "in the 1990s"), however vague
        if event.has_phrase and not any(start <= p.start < end for p in phrases):
            continue  # a phrase of its own outside its sentence
        before = [p for p in phrases if p.end <= start and here - index[p.start] <= SCENE_SENTENCES
                  and paragraph[event.trigger.i] - paragraph[p.start] <= SCENE_PARAGRAPHS]
        if not before:
            continue
        phrase = before[-1]
        if phrase.when.day is None or phrase.unknown or _planned_day(doc, phrase) or _dateline(doc, phrase):
            continue  # (a dateline's day is the day the story was filed, not its scene's)
        told = index[phrase.start]
        others = [e for e in events if e is not event and index[e.trigger.i] == told and len(e.participants) >= 2]
        if _another_scene(doc, event, others, start, end):
            continue
        event.when = When.on(phrase.when.day)


def _another_scene(doc: Doc, event: Event, told: list[Event], start: int, end: int) -> bool:
    """ "A met B on Tuesday. Separately, C met D": the sentence [start, end) of `event` says it tells another
    scene than the dated meetings `told`, or none of their people are in it."""
    lowers = units.words(doc).lowers
    return any(lowers[k] in OTHER_SCENE_WORDS for k in range(start, end)) or (
        bool(told) and not any(set(e.participants) & set(event.participants) for e in told))


LEDE_REACH = 8  # how many sentences after a dated lede its story runs on, while no other time is named


def _day_of_the_lede(doc: Doc, people: People, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "Farmers dumped milk at the ministry yesterday ... Instead, the minister slipped out for lunch with X":
    the day of a dated lede runs on through the story until the text names another time; a meeting told in the
    simple past inside that stretch took place on it (not one in the pluperfect, in a quotation, or first)."""
    sents = units.bounds(doc)
    index = units.index(doc)
    lede = _lede_index(doc, sents)
    if lede >= len(sents):
        return
    start, end = sents[lede]
    days = [p for p in phrases if start <= p.start < end and p.when.day is not None and p.offset is None
            and not p.unknown and not _dateline(doc, p) and not _planned_day(doc, p)]
    if len(days) != 1:
        return
    verb = dates.phrase_verb(doc, days[0])
    if verb is not None and bare_word(doc[verb]) in rules.words("speech_verbs"):
        return  # "A said on Wednesday that ...": the day of a saying, not of the story told after it
    told = [e for e in events if start <= e.trigger.i < end and len(e.participants) >= 2]
    for event in events:
        if (event.when is not None and event.when.day is not None) or event.relative is not None or event.has_phrase:
            continue
        # ("held talks with X", "had lunch with X": the verb the meeting noun hangs on)
        if len(event.participants) < 2 or doc[_chain(doc, event.trigger.i)[-1]].tag_ != "VBD" or people.quoted(
                event.trigger):
            continue
        if _pluperfect(event.trigger) or told_as_first(event.trigger) or _told_as_later(event.trigger):
            continue
        here = index[event.trigger.i]
        first, last = units.unit_bounds(doc, event.trigger.i)
        if not lede < here <= lede + LEDE_REACH or any(end <= p.start < last for p in phrases):
            continue
        if _another_scene(doc, event, told, first, last):
            continue
        event.when = When.on(days[0].when.day)


def _left_undated(event: Event) -> bool:
    """Whether every rule that reads a day off the text left the event with none: no day, no date phrase
    of its own (not even a dayless "last week"), not dated from another event."""
    return (event.when is None or event.when.day is None) and not event.has_phrase and event.relative is None


LATER_WORDS = {"later", "afterwards", "afterward"}
PART_OF_DAY = {"day", "afternoon", "evening", "morning", "night"}


def _later_that_day(doc: Doc, events: list[Event], phrases: list[DatePhrase], published: date) -> None:
    """ "X won the race yesterday. ... X was later received by Y": an undated meeting told as "later"
    happened on the last day the story gave before it, when that day is the news of the week.

    Only a bare "later" ("later in the day" too), never "two years later"; only a day within a week
    of publication, so that an obituary's "born on 3 March 1926 ... he later met" stays undated.
    """
    for event in events:
        if not _left_undated(event):
            continue
        verb = _trigger_chain(event.trigger)[-1]
        if verb.tag_ not in {"VBD", "VBN"} or not any(_bare_later(c) for c in verb.children):
            continue
        before = [p for p in phrases if p.end <= event.trigger.i and p.when.day is not None and not p.unknown]
        if not before:
            continue
        day = before[-1].when.day
        if timedelta(0) <= published - day <= timedelta(days=7):
            event.when = When.on(day)


def _told_as_later(trigger: Token) -> bool:
    """ "She later met B", "Two years later she met B": a meeting placed after the story told before it,
    on no day of that story's (`_later_that_day` dates the news day's "later")."""
    verb = _trigger_chain(trigger)[-1]
    return any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children)


def told_as_first(trigger: Token) -> bool:
    """ "when X first met Y": the first of several meetings, on no day of the story told around it (not "met
    first with A, then with B", the order of one day's talks)."""
    return any(c.dep_ == "advmod" and c.lower_ == "first" and c.i < verb.i
               for verb in _trigger_chain(trigger) for c in verb.children)


def _bare_later(tok: Token) -> bool:
    """ "later", "afterwards", "later in the day": not "two years later", "later that month"."""
    if tok.dep_ != "advmod" or tok.lower_ not in LATER_WORDS:
        return False
    return all(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in PART_OF_DAY for o in c.children)
               for c in tok.children)


def _only_day_of_the_sentence(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """A meeting no rule could date takes the day of the only date phrase its sentence has.

    The last resort, after every rule that reads where a day hangs: the small parser often hangs the
    day on a word the rules do not climb to ("Before proceedings resumed on Monday, Justice A called B
    into her chambers"; "A, who arrived on Wednesday morning, went straight into talks with B"). Not
    for a meeting that already has a phrase of its own with no day ("last week"), one dated from
    another event, or a meeting told in the pluperfect when the day is outside its clause ("said
    yesterday that she had met B": the day of the saying).
    """
    for event in events:
        if not _left_undated(event):
            continue
        start, end = units.unit_bounds(doc, event.trigger.i)
        here = [p for p in phrases if start <= p.start < end]
        if len(here) != 1:
            continue
        phrase = here[0]
        if phrase.when.day is None or phrase.unknown or phrase.offset is not None or _dateline(doc, phrase) \
                or _planned_day(doc, phrase):
            continue
        if _pluperfect(event.trigger) and phrase.start not in {t.i for t in _trigger_chain(event.trigger)[-1].subtree}:
            continue
        verb = dates.phrase_verb(doc, phrase)
        if verb is not None and doc[verb].tag_ in {"VBZ", "VBP"} and doc[verb].dep_ in {"relcl", "acl"} and not any(
                c.dep_ == "nsubj" and c.lower_ in {"who", "whom"} for c in doc[verb].children):
            # "held talks on the campaign that begins on Monday": a day still to come, another event's (not "A, who
            # heads X, ... on Tuesday": the parser may hang the day on a person's clause)
            continue
        day = phrase.when.day
        event.when = When.on(day)


def _eve_of_a_dated_day(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "held talks on the eve of the Test, which began on Friday": the day before the day written inside
    the "eve" phrase, for an event with no day of its own."""
    for event in events:
        if event.when is not None and event.when.day is not None:
            continue
        chain = {t.i for t in _trigger_chain(event.trigger)}
        start, end = units.unit_bounds(doc, event.trigger.i)
        # ("at the hotel on the eve of ...": through the place)
        # ("On the eve of the talks she had dinner with X": read as a clause of "the talks", under "On")
        eves = [t for t in doc[start:end] if _on_the_eve(t) and (
            _climb(doc, t.i)[-1] in chain or _fronted_root(doc[_climb(doc, t.i)[-1]], event.trigger))]
        if not eves:
            continue
        inside = {t.i for t in eves[0].subtree}
        days = [p.when.day for p in phrases if p.start in inside and p.when.day is not None]
        if not days:
            days = _day_of_the_deed(doc, eves[0], phrases)
        if len(days) == 1:
            day = days[0] - timedelta(days=1)
            event.when = When.on(day)
            event.has_phrase = True  # (the eve phrase is the event's own: no day told before replaces it)


def _fronted_root(top: Token, trigger: Token) -> bool:
    """A sentence's opening preposition taken for its root, the meeting's clause hung below it."""
    return top.dep_ == "ROOT" and top.pos_ == "ADP" and top.i < trigger.i and trigger.i in {
        t.i for t in top.subtree}


OCCASION_PREPS = {"at", "during"}
OCCASION_FRAMES = {"sidelines", "margins", "margin", "day", "night", "evening", "morning", "afternoon"}


def _occasion(doc: Doc, event: Event) -> Token | None:
    """ "At the funeral, X spoke with Y", "on the sidelines of the vote", "on the night of the ballot": the definite
    noun of the occasion (kg/rules/occasion_nouns.txt) the meeting was part of, hung on the meeting's own chain."""
    chain = {t.i for t in _trigger_chain(event.trigger)}
    for k in chain:
        for prep in doc[k].children:
            if prep.dep_ != "prep":
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if objects and prep.lower_ == "on" and objects[0].lower_ in OCCASION_FRAMES:
                objects = [o for p in objects[0].children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"]
            elif prep.lower_ not in OCCASION_PREPS:
                continue
            if objects and objects[0].lower_ in rules.words("occasion_nouns") and any(
                    d.lower_ == "the" for d in objects[0].children):
                return objects[0]
    return None


def _day_of_the_occasion(doc: Doc, events: list[Event], phrases: list[DatePhrase]) -> None:
    """ "Tuesday's funeral ... At the funeral, X spoke with Y": the day the text gives for the occasion, for a
    meeting with no day of its own."""
    for event in events:
        if event.when is not None and event.when.day is not None:
            continue
        noun = _occasion(doc, event)
        day = _named_day(doc, noun, phrases) if noun is not None else None
        if day is not None:
            event.when, event.has_phrase = When.on(day), True


def _day_of_the_deed(doc: Doc, eve: Token, phrases: list[DatePhrase]) -> list[date]:
    """ "The contract was signed on Tuesday. ... On the eve of the signing, X received Y": the day the text
    gives elsewhere for what the noun of the eve phrase names (`_days_of_the_named`); failing that, the day of
    the last deed told before it ("The mill shut its gates on 15 May. On the eve of the shutdown, ...": "the
    shutdown" is that deed)."""
    nouns = [o for o in _eve_objects(eve) if o.pos_ == "NOUN"]
    if not nouns:
        return []
    if named := _days_of_the_named(doc, nouns[0], phrases):
        return sorted(named)
    for verb in reversed(doc[: eve.i]):
        if verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBN"}:
            start, end = units.unit_bounds(doc, verb.i)
            return [p.when.day for p in phrases if start <= p.start < end and p.when.day is not None][:2]
    return []


def _stem(word: str) -> str:
    """ "vote", "votes", "voted", "voting" -> "vot": one stem for a noun and its verb (the pipeline has no
    lemmas)."""
    for suffix in ("ing", "ed", "es", "s", "e", "d"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)].removesuffix("e")
    return word


def _days_of_the_named(doc: Doc, noun: Token, phrases: list[DatePhrase]) -> set[date]:
    """ "the day before the vote": the days the text gives anywhere for what the noun names ("Thursday's vote",
    "the vote on Thursday", "the vote was held on Thursday", "the assembly voted on Thursday")."""
    stem = _stem(noun.lower_)
    synonyms = rules.kinds("occasion_synonyms")  # "the service" is the funeral told before
    group = synonyms.get(noun.lower_)
    days: set[date] = set()
    for tok in doc:
        same = _stem(tok.lower_) == stem or (group is not None and synonyms.get(tok.lower_) == group)
        if tok.i == noun.i or not same or not (
            tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and tok.tag_ in {"VBD", "VBN"})
        ):
            continue
        # ("filled the cathedral on Friday for the state funeral": the day of the clause the occasion is for)
        up = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"for", "at", "during"} else None
        days.update(p.when.day for p in phrases if p.when.day is not None and not p.unknown and p.offset is None
                    and (_attached(doc, p, tok) is not None or (
                        up is not None and up.pos_ == "VERB" and dates.attachment(doc, p) == up.i) or (
                        up is not None and _when_clause_of(up, p))))
    return days


def _when_clause_of(verb: Token, phrase: DatePhrase) -> bool:
    """ "after 23 May, when the donors gathered for the conference": a "when" clause that tells what
    happened on the day it hangs on."""
    return verb.dep_ == "relcl" and phrase.start <= verb.head.i < phrase.end and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _named_day(doc: Doc, noun: Token, phrases: list[DatePhrase]) -> date | None:
    """The one day `_days_of_the_named` finds, or None when the text gives none or several."""
    days = _days_of_the_named(doc, noun, phrases)
    return days.pop() if len(days) == 1 else None


def _dated_next(doc: Doc, events: list[Event]) -> None:
    """ "A hosted B at City Hall. That meeting took place on Wednesday last week.": the day a following
    "that meeting" gives, for the undated meeting told just before it (in the sentence before)."""
    ordered = sorted(events, key=lambda e: e.trigger.i)
    sent_of = units.index(doc)
    for before, after in zip(ordered, ordered[1:], strict=False):
        noun = after.trigger
        if after.participants or after.attend or noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in {"that", "this"} for c in noun.children
        ):
            continue
        if after.when is None or after.when.day is None or not after.has_phrase or len(before.participants) < 2:
            continue
        if (before.when is None or before.when.day is None) and sent_of[noun.i] - sent_of[before.trigger.i] == 1:
            before.when = after.when


def _anchors_told_before(events: list[Event]) -> None:
    """ "The visit came a day after X joined a call with Y": "the visit" is the meeting told before, with its day.

    Only for a definite mention with nobody of its own that another event is dated from; it takes
    the day of the last dated meeting before it, so the other event can be counted from it.
    """
    ordered = sorted(events, key=lambda e: e.trigger.i)
    for k, event in enumerate(ordered):
        if event.relative is None or event.when is not None or event.participants or not event.definite:
            continue
        dated = [e for e in ordered[:k] if e.when is not None and e.when.day is not None and len(e.participants) >= 2]
        if dated:
            event.when = dated[-1].when
