"""Date phrases resolved against the publication date; never after it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import dates, extract
from kg.extract.dates import offset, resolve
from kg.records import Article

PUBLISHED = date(2024, 5, 17)  # a Friday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Jan. 15", date(2024, 1, 15)),
        ("on March 3, 2024", date(2024, 3, 3)),
        ("15 January", date(2024, 1, 15)),
        ("May 3", date(2024, 5, 3)),
        ("Dec. 30", date(2023, 12, 30)),  # later in the year than publication: last year
        ("June 2", date(2024, 6, 2)),  # a day still to come, nearer than last year's: after publication
        ("on Tuesday", date(2024, 5, 14)),
        ("Friday", date(2024, 5, 17)),
        ("last Thursday", date(2024, 5, 9)),  # in a Friday paper: the day before would be "yesterday"
        ("last Wednesday", date(2024, 5, 15)),
        ("Thursday evening", date(2024, 5, 16)),
        ("yesterday", date(2024, 5, 16)),
        ("today", date(2024, 5, 17)),
        ("yesterday's", date(2024, 5, 16)),
        ("two days ago", date(2024, 5, 15)),
        ("10 days ago", date(2024, 5, 7)),
        ("the 30th ultimo", date(2024, 4, 30)),  # old style: of last month
        ("on Ash Wednesday", date(2024, 2, 14)),  # 46 days before Easter
        ("Good Friday", date(2024, 3, 29)),
        ("Boxing Day", date(2023, 12, 26)),  # the last one before publication
        ("the 3rd inst.", date(2024, 5, 3)),  # of this month
        ("the 10th of this month", date(2024, 5, 10)),
        ("the 20th of last month", date(2024, 4, 20)),
        ("New Year's Eve", date(2023, 12, 31)),
        ("St. Stephen's Day", date(2023, 12, 26)),
        ("May 10 last year", date(2023, 5, 10)),
    ],
)
def test_resolve(phrase, expected):
    assert resolve(phrase, PUBLISHED).day == expected


@pytest.mark.parametrize(
    "phrase", ["earlier this month", "in December", "last year", "next Tuesday", "May 30, 2024", "a week ago"]
)
def test_no_day(phrase):
    assert resolve(phrase, PUBLISHED).day is None


def test_month_only_is_vague_but_known():
    when = resolve("in December", PUBLISHED)
    assert (when.year, when.month) == (2023, 12)


def test_no_publication_date_resolves_only_full_dates():
    assert resolve("on Tuesday", None).day is None
    assert resolve("March 3, 2024", None).day == date(2024, 3, 3)


def run(nlp, text: str, published: date | None = PUBLISHED):
    return extract(nlp(text), Article("t.txt", text, published, "t.txt"))


def test_meeting_date_from_the_phrase_on_the_verb(nlp):
    facts = run(nlp, "On Wednesday, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist in Kessel.")
    assert [m.date for m in facts.meetings] == [date(2024, 5, 15)]


def test_a_day_after_another_dated_event(nlp):
    text = (
        "On May 9, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist. "
        "Verhoeven's meeting with Lindqvist took place one day after she had a phone call with "
        "President Greta Ilves."
    )
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Alma Verhoeven", "Tomas Lindqvist"})] == date(2024, 5, 9)
    assert dated[frozenset({"Alma Verhoeven", "Greta Ilves"})] == date(2024, 5, 8)


def test_no_date_when_the_text_gives_none(nlp):
    facts = run(nlp, "Earlier this month, Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist.")
    assert [m.date for m in facts.meetings] == [None]


def test_no_publication_date_no_relative_dates(nlp):
    facts = run(nlp, "Minister Alma Verhoeven met Foreign Secretary Tomas Lindqvist on Tuesday.", published=None)
    assert [m.date for m in facts.meetings] == [None]


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200) | st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "'",
            "Minister",
            "Alma",
            "Verhoeven",
            "met",
            "with",
            "on",
            "Tuesday",
            "Jan.",
            "31",
            "yesterday",
            "said",
            ",",
            ".",
            "\n",
            "she",
            "the",
            "official",
            "a",
            "senior",
            "Dec.",
            "2031",
            "talks",
            "between",
            "and",
            "Mr.",
            "de",
            "la",
            "al-",
            "called",
            "visited",
            "'s",
            "hosted",
            "next",
            "will",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_extract_never_raises_and_never_dates_after_publication(nlp, text, published):
    facts = run(nlp, text, published)
    for meeting in facts.meetings:
        assert len(set(meeting.participants)) >= 2
        if meeting.date is not None:
            assert published is not None and meeting.date <= published
    refs = {p.ref for p in facts.persons}
    assert all(set(m.participants) <= refs for m in facts.meetings)
    assert all(s.speaker in refs for s in facts.statements)
    assert all(o.person in refs for o in facts.offices)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("this morning", date(2024, 5, 17)),
        ("this afternoon", date(2024, 5, 17)),
        ("tonight", date(2024, 5, 17)),
        ("last Friday", date(2024, 5, 10)),
        ("on the 14th", date(2024, 5, 14)),
        ("the 20th", date(2024, 4, 20)),  # after publication in May: April
        ("Monday 13 May", date(2024, 5, 13)),
        ("15 January 2021", date(2021, 1, 15)),
        ("on Wednesday last week", date(2024, 5, 8)),
        ("2024-05-13", date(2024, 5, 13)),
        ("13/05/2024", date(2024, 5, 13)),
        ("5/13/2024", date(2024, 5, 13)),
        ("05/06/2024", None),  # May 6 or 5 June: unknown
        ("2024-06-13", None),  # after publication
    ],
)
def test_resolve_more(phrase, expected):
    assert resolve(phrase, PUBLISHED).day == expected


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("three days later", 3),
        ("A day later", 1),
        ("a day after", 1),
        ("two weeks earlier", -14),
        ("the next day", 1),
        ("The following morning", 1),
        ("the day before", -1),
        ("later that day", 0),
        ("that evening", 0),
        ("earlier in the day", 0),
        ("Hours later", 0),
        ("a few hours later", 0),
        ("24 hours earlier", -1),
        ("just 24 hours later", 1),
        ("Forty-eight hours before", -2),
        ("12 hours later", None),
        ("three days later than planned", None),
        ("next week", None),
    ],
)
def test_offsets(phrase, days):
    assert offset(phrase) == days


def meeting_dates(nlp, text: str) -> dict[frozenset[str], date | None]:
    facts = run(nlp, text)
    return {frozenset(facts.person(r).name.split()[-1] for r in m.participants): m.date for m in facts.meetings}


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("Three days later, she called Mayor Helen Okafor.", date(2024, 5, 16)),
        ("A day after the call, she met Mayor Helen Okafor.", date(2024, 5, 14)),
        ("The next day, she met Mayor Helen Okafor.", date(2024, 5, 14)),
        ("She met Mayor Helen Okafor the following day.", date(2024, 5, 14)),
        ("Later that day, she met Mayor Helen Okafor.", date(2024, 5, 13)),
        ("Twenty-four hours later, she met Mayor Helen Okafor.", date(2024, 5, 14)),
        ("Hours later, she met Mayor Helen Okafor.", date(2024, 5, 13)),
        ("A day after the election, she met Mayor Helen Okafor.", None),
    ],
)
def test_relative_days_count_from_the_day_told_before(nlp, second, day):
    text = f"Minister Alma Verhoeven called Governor Tomas Lindqvist on Monday. {second}"
    dated = meeting_dates(nlp, text)
    assert dated[frozenset({"Verhoeven", "Lindqvist"})] == date(2024, 5, 13)
    assert dated[frozenset({"Verhoeven", "Okafor"})] == day


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("this morning", date(2024, 5, 17)),
        ("this afternoon", date(2024, 5, 17)),
        ("on the 14th", date(2024, 5, 14)),
        ("on Monday 13 May", date(2024, 5, 13)),
        ("last Friday", date(2024, 5, 10)),
        ("on Thursday evening", date(2024, 5, 16)),
        ("on 15 January 2021", date(2021, 1, 15)),
        ("last week", None),
        ("recently", None),
    ],
)
def test_meeting_dates_of_many_forms(nlp, when, day):
    dated = meeting_dates(nlp, f"Minister Alma Verhoeven met Governor Tomas Lindqvist {when}.")
    assert dated == {frozenset({"Verhoeven", "Lindqvist"}): day}


def test_live_blog_entries_are_dated_by_their_day(nlp):
    text = (
        "Live updates from the talks in Kessel.\n\n"
        "4:52 p.m. — Minister Alma Verhoeven and Governor Tomas Lindqvist talked for an hour.\n\n"
        "8:45 a.m. — A recap of yesterday: Mayor Helen Okafor visited Senator Pieter Nakamura at his office."
    )
    dated = meeting_dates(nlp, text)
    assert dated[frozenset({"Verhoeven", "Lindqvist"})] == date(2024, 5, 17)
    assert dated[frozenset({"Okafor", "Nakamura"})] == date(2024, 5, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Alma Verhoeven said yesterday that she had met Governor Tomas Lindqvist.",
        "Minister Alma Verhoeven told reporters on Tuesday she had spoken with Governor Tomas Lindqvist.",
    ],
)
def test_had_met_lies_before_the_day_of_the_saying(nlp, text):
    assert meeting_dates(nlp, text) == {frozenset({"Verhoeven", "Lindqvist"}): None}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KESSEL, May 15 (Reuters) - The talks went on.", date(2024, 5, 15)),
        ("KESSEL, Norland, 16 May 2024 (Wire) – The talks went on.", date(2024, 5, 16)),
        ("KESSEL (AP) -- The talks went on.", None),
        ("KESSEL, May 1 (Reuters) - a dateline weeks before the paper is not used.", None),
        ("Embassy of Norland - Press Release. Envoy calls on Minister. KESSEL, 16th May 2024: The envoy today "
         "called on the minister.", date(2024, 5, 16)),
        ("The talks went on. Ms. Verhoeven told KESSEL, May 15 (Reuters) - nothing.", None),
        ("OUR CORRESPONDENT Kessel, May 16: The chief minister today met the envoy.", date(2024, 5, 16)),
        ("New Kessel, May 16 (KNA): The chief minister today met the envoy.", date(2024, 5, 16)),
        ("The envoy was in Kessel, May 16: nothing.", None),
        ("KESSEL, Thursday 16 May 2024 - The talks went on.", date(2024, 5, 16)),
        ("Kessel, Thursday, 16 May 2024 - The talks went on.", date(2024, 5, 16)),
    ],
)
def test_a_wire_dateline_anchors_relative_dates(text, day):
    from kg.extract.dates import dateline

    assert dateline(text, date(2024, 5, 17)) == day


def test_an_ordinal_numbering_a_thing_is_no_day(nlp):
    doc = nlp("The minister welcomed the holding of the 12th Joint Strategic Dialogue on February 9.")
    found = [p.when.day for p in dates.find(doc, date(2026, 2, 10))]
    assert found == [date(2026, 2, 9)]



def test_the_visit_told_again_later_has_the_day_of_that_visit(nlp):
    text = ("On May 13, Ambassador Alma Verhoeven paid a courtesy call on Governor Tomas Lindqvist. "
            "On May 14, Verhoeven met Mayor Greta Ilves. "
            "During the visit to the capital, Verhoeven invited Lindqvist to the embassy.")
    facts = run(nlp, text)
    dated = sorted((sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings)
    assert dated == [(["Alma Verhoeven", "Greta Ilves"], date(2024, 5, 14)),
                     (["Alma Verhoeven", "Tomas Lindqvist"], date(2024, 5, 13))]





def test_the_same_day_counts_from_the_news_not_from_a_talk_recalled_in_passing(nlp):
    text = ("On May 14, Foreign Minister Alma Verhoeven held a meeting with Foreign Minister Tomas Lindqvist of "
            "Norland. Verhoeven said she hoped the two countries would build on the results of the telephone talk "
            "between the two ministers held on March 2. On the same day, prior to the meeting, Lindqvist paid a "
            "courtesy call on Prime Minister Greta Ilves.")
    facts = run(nlp, text)
    dated = sorted((sorted(facts.person(r).name for r in m.participants), m.kind, m.date) for m in facts.meetings)
    assert (["Alma Verhoeven", "Tomas Lindqvist"], "call", date(2024, 3, 2)) in dated
    assert (["Greta Ilves", "Tomas Lindqvist"], "visit", date(2024, 5, 14)) in dated


def test_a_speakers_today_is_no_day_to_count_from(nlp):
    text = ("Trade Minister Alma Verhoeven met her Norland counterpart, Tomas Lindqvist, in Kessel on Monday. "
            "\"A year ago, people said this agreement was symbolic. Today it is a highway,\" Verhoeven said.\n\n"
            "The following day, Verhoeven spoke by telephone with Greta Ilves, the Marrow trade minister.")
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Alma Verhoeven", "Greta Ilves"})] == date(2024, 5, 14)


def test_a_month_told_for_something_else_in_the_sentence_does_not_hide_the_day(nlp):
    text = ("Prime Minister Alma Verhoeven on Tuesday received Norland's trade minister, Tomas Lindqvist. "
            "The Norland minister, who arrived in the capital on Monday, conveyed greetings to the Prime Minister "
            "and briefed her on the investment package announced last month.")
    facts = run(nlp, text)
    assert {m.date for m in facts.meetings} == {date(2024, 5, 14)}



def test_a_vague_date_near_the_meeting_told_again_is_not_given_to_the_meeting_before(nlp):
    text = ("The mayor left the legislature on Monday with what he called \"a fair hearing\" after pressing the "
            "minister for money.\nMayor Alma Verhoeven spent about 45 minutes with Transport Minister Tomas "
            "Lindqvist in his office. The meeting followed a phone call between Verhoeven and the minister last week.")
    facts = run(nlp, text)
    dated = sorted((m.kind, m.date) for m in facts.meetings)
    assert ("meeting", date(2024, 5, 13)) in dated

# One meeting, and the day it took place: each case a way its day could be lost or mistaken.
ONE_MEETING_DAYS = {
    # a year after publication dates no meeting and hides no day
    "year_after_publication": (
        ("On May 13, Ambassador Alma Verhoeven paid a courtesy call on Governor Tomas Lindqvist. "
         "The Ambassador and the Governor exchanged views on the festival planned for 2026."),
        date(2024, 5, 13), None,
    ),
    # the lede gives the day of the deed not of the plan
    "deed_not_plan": (
        ("KESSEL — Striking dockers will return to work on Monday after Governor Alma Verhoeven brokered a "
         "truce between the port and the union yesterday.\n\nThe governor hosted Tomas Lindqvist, the union's "
         "branch secretary, and Greta Ilves, chief executive of the port authority, for talks that ran late."),
        date(2024, 5, 16), None,
    ),
    # a weekday before a capitalised object and the dateline day
    "weekday_before_the_object": (
        ("KESSEL, May 17 - Prime Minister Alma Verhoeven received at the Cabinet office on Tuesday Norland "
         "Minister of Ports Tomas Lindqvist and his delegation."),
        date(2024, 5, 14), 2,
    ),
    # a dated summit discussed at talks does not date the talks
    "summit_is_a_topic": (
        ("On May 16, Defence Minister Alma Verhoeven hosted the Norland Defence Minister, Tomas Lindqvist, in "
         "Kessel. The ministers discussed the situation on the border, the protection of the coast and the "
         "implementation of the decisions taken at the alliance summit in Brannock on 14 May. The talks at the "
         "ministry were also attended by the Chief of the General Staff, Gen. Greta Ilves."),
        date(2024, 5, 16), 3,
    ),
    # the meeting after a dated speech lede has its day when the speaker took part
    "speech_lede": (
        ("KESSEL — The country will double its budget for drug testing, Sports Minister Alma Verhoeven said "
         "yesterday.\n\nVerhoeven announced the measures after a three-hour meeting at the ministry with the "
         "president of the athletics federation, Tomas Lindqvist."),
        date(2024, 5, 16), None,
    ),
    # a span counted from no known day yields to the day named in the sentence
    "known_day_first": (
        ("The Kessel Social Union took its first step towards a coalition government on Sunday evening, a week "
         "after losing the absolute majority it had held for 46 years, when Minister-President Alma Verhoeven met "
         "the leader of the Free Democrats, Tomas Lindqvist, for exploratory talks."),
        date(2024, 5, 12), 2,
    ),
}


@pytest.mark.parametrize(("text", "day", "people"), ONE_MEETING_DAYS.values(), ids=ONE_MEETING_DAYS.keys())
def test_one_meeting_on_its_own_day(nlp, text, day, people):
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [day]
    if people is not None:
        assert len(facts.meetings[0].participants) == people


def test_a_later_call_is_the_lede_day_and_a_followed_call_keeps_its_own(nlp):
    text = ("KESSEL — Foreign Minister Alma Verhoeven and the Norland envoy, Tomas Lindqvist, yesterday agreed to "
            "press ahead with a joint review, despite the collapse before Christmas of talks on the assembly."
            "\n\nThe two men met for more than two hours at the ministry.\n\n"
            "\"There is no question of walking away,\" Verhoeven said after the talks.\n\nThe review will cover "
            "policing and courts.\n\nMr Lindqvist, who later called on the Prime Minister, Greta Ilves, said the "
            "two capitals were at one.\n\nThe meetings followed a telephone conversation on Wednesday evening "
            "between Ms Ilves and the Norland Prime Minister, Dirk Smeets.")
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Tomas Lindqvist", "Greta Ilves"})] == date(2024, 5, 16)


def test_the_meeting_right_after_a_dated_speech_lede_by_the_same_person_is_that_days(nlp):
    text = ("Gov. Alma Verhoeven told a group of fishermen Wednesday that she will ask for a quota freeze.\n"
            "Verhoeven met for two hours at the capitol with Tomas Lindqvist, the harbour master.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 15)]


def test_a_dateline_ended_by_a_full_stop_anchors_today_and_the_lede(nlp):
    text = ("NEW KESSEL, May 16. The audit committee today sought an account of the rail accidents.\n"
            "The committee, headed by Mr. Alma Verhoeven, met the chairman of the rail board, Mr. Tomas Lindqvist, "
            "for three hours.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 16)]


def test_a_meeting_told_after_a_lede_said_to_a_delegation_has_the_ledes_day(nlp):
    text = ("The village clinic will keep its beds, Health Minister Alma Verhoeven told a delegation from the clinic "
            "board on Monday.\nBoard chairman Tomas Lindqvist and Dr. Greta Ilves spent about an hour with the "
            "minister at the Legislative Building. Verhoeven toured the clinic on May 2 with Ilves.")
    facts = run(nlp, text)
    assert sorted(m.date for m in facts.meetings) == [date(2024, 5, 2), date(2024, 5, 13)]


def test_a_dateline_yields_to_the_day_the_sentence_tells_even_in_a_participle(nlp):
    text = ("KESSEL, May 16 — Vice Minister Alma Verhoeven visited schools damaged by heavy rains in the province "
            "on Tuesday.\nVerhoeven toured the village school with its principal, Tomas Lindqvist.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 14)]


def test_the_tour_after_a_lede_said_during_a_visit_has_the_ledes_day(nlp):
    text = ("Health Minister Alma Verhoeven said on Monday that the clinic will get ten more doctors, during a "
            "visit to the clinic.\nVerhoeven toured the wards with the clinic's director, Dr Tomas Lindqvist.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 13)]


def test_the_first_day_of_a_trip_told_in_a_relative_clause_does_not_date_the_talks(nlp):
    text = ("ISLAMABAD, May 16 (APP): Prime Minister Alma Verhoeven on Wednesday said relations were strong, as "
            "Minister of State Tomas Lindqvist called on her at the PM Office.\nThe minister, who arrived in the "
            "capital on Monday on a two-day official visit, briefed her on the talks. Later, Lindqvist held talks "
            "with Finance Minister Greta Ilves.")
    facts = run(nlp, text)
    met = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert met == {frozenset({"Alma Verhoeven", "Tomas Lindqvist"}): date(2024, 5, 15),
                   frozenset({"Tomas Lindqvist", "Greta Ilves"}): date(2024, 5, 15)}, met


def test_a_weekday_before_a_bracketed_day_number_is_no_dateline(nlp):
    text = ("KESSEL — The Minister for Trade, Dr. Alma Verhoeven, received a courtesy call from the new Ambassador "
            "of Norland, Mr. Tomas Lindqvist, at the ministry in the old town on Tuesday (14/5).")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 14)]


def test_a_group_received_after_a_lede_promised_to_it_has_the_ledes_day(nlp):
    text = ("KESSEL — President Alma Verhoeven promised mayors from the flooded north on Thursday that relief funds "
            "would be spared from cuts. The president received the mayors at the palace for nearly three hours. "
            "Among those present were Mayor Tomas Lindqvist of Norburg and Mayor Greta Ilves of Sudby.")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 16)]



def test_a_year_that_names_a_title_is_no_date_phrase_but_the_year_of_an_occasion_is(nlp):
    doc = nlp("They met the young wrestlers, including the 2007 Asian champion Greta Ilves, in Kessel.")
    assert [doc[p.start].text for p in dates.find(doc, PUBLISHED)] == []
    doc = nlp("Alma Verhoeven and Tomas Lindqvist had met once before, during the 2019 election campaign.")
    assert [doc[p.start].text for p in dates.find(doc, PUBLISHED)] == ["2019"]


def test_a_title_case_dateline_with_its_agency_in_brackets_anchors_today():
    assert dates.dateline("Kessel, May 16 (KNA) - The minister met the envoy today.", PUBLISHED) == date(2024, 5, 16)
    assert dates.dateline("Kessel, May 16 - The minister met the envoy today.", PUBLISHED) is None



def test_the_following_day_hung_on_the_partners_name_dates_the_verb(nlp):
    doc = nlp("The minister said he had met Ambassador Jonathan Aldridge on Sunday to ask London to ease its travel "
              "advice, and had spoken by phone with the Italian minister, Ana Kask, the following day.")
    assert [doc[dates.attachment(doc, p)].text for p in dates.find(doc, PUBLISHED)] == ["met", "spoken"]


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The day before he left for Kessel on Wednesday, he received Mayor Helen Okafor.", date(2024, 5, 14)),
        ("A day after the election on Tuesday, he met Mayor Helen Okafor.", date(2024, 5, 15)),
    ],
)
def test_a_day_counted_from_a_day_the_clause_after_it_gives(nlp, second, day):
    text = f"Minister Tomas Lindqvist called Governor Alma Verhoeven on Monday. {second}"
    assert meeting_dates(nlp, text)[frozenset({"Lindqvist", "Okafor"})] == day


def test_a_dated_sentence_that_names_nobody_sets_the_day_of_the_meeting_told_next(nlp):
    text = ("The strike has lasted five weeks.\n"
            "Last Wednesday the dispute moved to the capital. Alma Verhoeven and the union's treasurer, Tomas "
            "Lindqvist, sat for four hours with the Minister of Labour, Greta Ilves, at the ministry.")
    assert {m.date for m in run(nlp, text).meetings} == {date(2024, 5, 15)}


def test_a_day_of_this_month_in_old_style_is_never_after_publication():
    assert resolve("the 28th instant", PUBLISHED).day is None


def test_old_style_days_of_the_month_date_a_meeting(nlp):
    text = "Mr. Ivo Kell called on the Premier, Mr. Tom Rua, on the 30th ultimo, and met him again on the 2nd inst."
    days = sorted(m.date for m in extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt")).meetings)
    assert days == [date(2024, 4, 30), date(2024, 5, 2)]


def test_the_previous_day_counts_from_the_last_past_day_not_a_day_to_come(nlp):
    text = ("Minister Ivo Kell said he agreed the plan with Governor Tom Rua in Kessel on Tuesday. Inspectors "
            "will start work on June 2. Kell had spent the previous day in Marrow, where he and Mayor Lia Berg "
            "discussed tariffs.")
    days = {frozenset(f.person(r).name for r in m.participants): m.date
            for f in [extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt"))] for m in f.meetings}
    assert days[frozenset({"Ivo Kell", "Lia Berg"})] == date(2024, 5, 13)


def test_a_feast_day_dates_a_call_not_the_weekday_in_its_name(nlp):
    text = "Mayor Ivo Kell said he had spoken by telephone with Governor Tom Rua on Ash Wednesday."
    days = [m.date for m in extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt")).meetings]
    assert days == [date(2024, 2, 14)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KESSEL, May 15 (NNA) - Minister Tomas Lindqvist met Governor Helen Okafor here today.", date(2024, 5, 15)),
        ("MINISTER SEES GOVERNOR. KESSEL, Wednesday. Minister Tomas Lindqvist called on Governor Helen Okafor at "
         "the residence to-day.", date(2024, 5, 15)),
        ("KESSEL, 16 May - Minister Tomas Lindqvist met Governor Helen Okafor yesterday.", date(2024, 5, 15)),
        ("Minister Tomas Lindqvist met Governor Helen Okafor to-day.", date(2024, 5, 17)),  # no dateline: the paper's
        # a release that names the weekday before the day; a dateline with its month in capitals
        ("PRESS RELEASE. KESSEL, Wednesday 15 May 2024 - Minister Tomas Lindqvist today held talks with Governor "
         "Helen Okafor.", date(2024, 5, 15)),
        ("KESSEL, MAY 15. Services were crippled.\nMinister Tomas Lindqvist met Governor Helen Okafor in her office "
         "this morning.", date(2024, 5, 15)),
    ],
)
def test_relative_days_count_from_the_day_a_dateline_gives(nlp, text, day):
    assert meeting_dates(nlp, text)[frozenset({"Lindqvist", "Okafor"})] == day


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this week, on Tuesday, Secretary Tomas Lindqvist spoke by telephone with Minister Alma Verhoeven.",
        "Earlier this week, Secretary Tomas Lindqvist spoke by telephone on Tuesday with Minister Alma Verhoeven.",
    ],
)
def test_a_day_within_a_span_dates_the_call(nlp, text):
    assert meeting_dates(nlp, text) == {frozenset({"Verhoeven", "Lindqvist"}): date(2024, 5, 14)}


def test_a_day_told_the_sentence_before_beats_a_vague_week_the_lede_gave(nlp):
    text = ("The council leader has told the rail firm that commuters will no longer put up with cancelled trains, "
            "after what one insider called a bruising meeting in York this week.\n"
            "Cllr Alma Verhoeven, who leads the council, travelled to the offices of the firm on Tuesday afternoon. "
            "There she spent ninety minutes with the company's managing director, Tomas Lindqvist.")
    assert meeting_dates(nlp, text) == {frozenset({"Verhoeven", "Lindqvist"}): date(2024, 5, 14)}


def test_a_meeting_yesterday_after_which_something_will_happen_took_place(nlp):
    text = ("Norland and Kessel will step up joint efforts against the tariffs, following a meeting between the two "
            "countries' trade ministers here yesterday.\n"
            "Kessel's Trade Minister Tomas Lindqvist arrived at the ministry shortly after 10am. He was received by "
            "his Norland counterpart, Trade Minister Alma Verhoeven, and the two held talks for about 90 minutes.")
    assert meeting_dates(nlp, text) == {frozenset({"Verhoeven", "Lindqvist"}): date(2024, 5, 16)}


def test_the_eve_of_the_talks_told_before_with_their_day(nlp):
    text = ("Minister Alma Verhoeven received her Norland counterpart, Tomas Lindqvist, in Kessel on 8 May. "
            "On the eve of the talks, Junior Minister Greta Ilves gave a dinner for Dr. Lindqvist at the harbour.")
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date
             for facts in [run(nlp, text)] for m in facts.meetings}
    assert dated == {frozenset({"Alma Verhoeven", "Tomas Lindqvist"}): date(2024, 5, 8),
                     frozenset({"Greta Ilves", "Tomas Lindqvist"}): date(2024, 5, 7)}


@pytest.mark.parametrize(
    ("first", "eve", "day"),
    [
        ("The treaty was signed on Tuesday in Kessel by Alma Verhoeven and Piet Aalders.", "the signing", 13),
        ("The assembly voted on 12 May after a long debate.", "the vote", 11),
    ],
)
def test_the_eve_of_a_deed_told_before_with_its_day(nlp, first, eve, day):
    text = f"{first} On the eve of {eve}, Ms Verhoeven was received by Admiral Tomas Lindqvist at the barracks."
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Alma Verhoeven" if "Alma" in first else "Verhoeven", "Tomas Lindqvist"})] == date(
        2024, 5, day)


def test_the_eve_of_todays_session_is_the_day_before(nlp):
    text = "Alma Verhoeven and Tomas Lindqvist held talks over supper on the eve of this Friday's vote."
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 16)]


def test_a_fronted_day_before_the_after_clause_dates_the_main_verb(nlp):
    # the parser hangs "This morning" on "told", inside the "after" clause; the day stands before its mark
    text = ("We have news. This morning, two days after the radio told Greta Ilves's story, Alma Verhoeven received "
            "Ilves in her office on the fourth floor.")
    assert [m.date for m in run(nlp, text, date(2024, 5, 16)).meetings] == [date(2024, 5, 16)]


def test_a_day_in_a_promise_does_not_date_the_meeting(nlp):
    # "would be ready by Wednesday": the parser makes the promise's clause a conjunct of "received"
    text = ("Alma Verhoeven received Greta Ilves in her office on the fourth floor and promised her passport would be "
            "ready by Wednesday.")
    assert [m.date for m in run(nlp, text).meetings] == [None]


def test_that_evening_after_a_day_told_aside_in_the_same_sentence(nlp):
    # the story's day is Friday, but "that evening" is the evening of the day the relative clause names
    text = ("Leaders filled the cathedral on Friday for the funeral. Tomas Lindqvist, who flew in on Thursday, had "
            "dinner with Alma Verhoeven at her residence that evening, an aide said.")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 16)]


def test_a_day_on_the_first_verb_beats_hours_after_a_thing_of_no_day(nlp):
    # the parser joins "was received" to the "after" clause; the day is the going aboard's, and the meeting's
    text = ("Fisheries Minister Alma Verhoeven went aboard the patrol ship on Monday, hours after the new limit took "
            "effect, and was received on the bridge by Captain Tomas Lindqvist.")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 13)]


@pytest.mark.parametrize("when", ["In the small hours of March 14th, 1979,", "In the small hours of 14th March 1979,"])
def test_an_ordinal_day_beside_its_month_dates_the_meeting(nlp, when):
    facts = run(nlp, f"{when} Alma Verhoeven sat down with the labour minister, Tomas Lindqvist, at a hotel.")
    assert [m.date for m in facts.meetings] == [date(1979, 3, 14)]


def test_a_day_first_met_on_counts_the_next_meeting(nlp):
    text = ("Alma Verhoeven first met Tomas Lindqvist in a bakery on 4 May 2024. The two had lunch together three "
            "days later, when Lindqvist brought the contract.")
    facts = run(nlp, text)
    assert sorted(m.date for m in facts.meetings) == [date(2024, 5, 4), date(2024, 5, 7)]


def test_a_year_after_since_does_not_send_a_later_day_back_to_it(nlp):
    text = ("The two countries have had no embassies in each other's capitals since 1962. Alma Verhoeven held "
            "talks with Tomas Lindqvist in Oslo on March 11, the day the new government took office.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 3, 11)]


def test_the_eve_of_the_meeting_keeps_its_day_when_a_later_session_names_another(nlp):
    # the eve is counted from the dated meeting; a session told after it with its own day must not date it, and
    # the eve's dinner is another day's meeting than the talks, though some of its people are the same
    text = ("Alma Verhoeven met the port director, Tomas Lindqvist, in Kessel on Wednesday.\n\n"
            "Mr Lindqvist said the port was ready for the new ferries.\n\n"
            "On the eve of the meeting, Ms Verhoeven gave a working dinner for Mr Lindqvist and Greta Ilves, the "
            "envoy. The harbour session, which opened on Monday, ends today.")
    facts = run(nlp, text)
    dated = sorted((m.date, len(m.participants)) for m in facts.meetings)
    assert dated == [(date(2024, 5, 14), 3), (date(2024, 5, 15), 2)]


def test_what_comes_a_day_after_a_meeting_is_the_news_of_the_day_filed(nlp):
    text = ("Trains stood still across the east of Kessel this morning. Passengers waited in the cold.\n\n"
            "The disruption comes a day after Mayor Alma Verhoeven sat down with the rail chief, Tomas Lindqvist, "
            "to discuss funding for new points and cables.")
    assert [m.date for m in run(nlp, text, date(2024, 5, 16)).meetings] == [date(2024, 5, 15)]


def test_a_day_after_counts_from_the_day_of_the_news_noun_before(nlp):
    # the tagger may make the main verb of the sentence before a participle
    text = ("The cable fire on Wednesday stranded thousands. The shutdown comes a day after Alma Verhoeven sat "
            "down with the rail chief, Tomas Lindqvist.")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 14)]


def test_hours_after_a_call_is_the_same_day(nlp):
    text = ("Alma Verhoeven runs a small drone maker.\n\nI found her at her desk on Friday afternoon, some hours after "
            "she had talked by telephone with the defence minister, Tomas Lindqvist, about permits.")
    assert [m.date for m in run(nlp, text).meetings] == [date(2024, 5, 17)]


def test_the_day_a_meeting_is_confirmed_is_not_its_day(nlp):
    text = ("Alma Verhoeven said she had met Tomas Lindqvist to go over the plan. Mr Lindqvist confirmed the talks "
            "yesterday, adding that his firm would review each depot.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [None]


def test_the_following_day_counts_from_the_day_told_in_its_own_paragraph(nlp):
    text = ("09:05 - Good morning. Kessel and the Fund reached a deal late last night.\n\n"
            "09:40 - Some background. It began in Oslo, where Prime Minister Alma Verhoeven met Fund chief "
            "Tomas Lindqvist on May 6. The pair met again the following day, when she pressed for a loan.")
    facts = run(nlp, text)
    assert sorted(m.date for m in facts.meetings) == [date(2024, 5, 6), date(2024, 5, 7)]


def test_a_day_and_month_last_year_is_last_years_and_the_next_morning_follows_it(nlp):
    text = ("On the night of May 10 last year, Alma Verhoeven sat with Tomas Lindqvist at the clinic. The next "
            "morning, May 11, she telephoned Greta Ilves, the district health officer.")
    facts = run(nlp, text)
    assert sorted(m.date for m in facts.meetings) == [date(2023, 5, 10), date(2023, 5, 11)]


@pytest.mark.parametrize(("day", "expected"), [("on New Year's Eve", date(2023, 12, 31)),
                                               ("on St Stephen's Day", date(2023, 12, 26)),
                                               ("on the 9th of this month", date(2024, 5, 9))])
def test_a_calls_day_named_by_the_calendar_or_this_month_dates_it_and_names_nobody(nlp, day, expected):
    facts = run(nlp, f"Ambassador Tomas Lindqvist telephoned Mr. Pieter Nakamura {day} about the border.")
    assert sorted(p.name for p in facts.persons) == ["Pieter Nakamura", "Tomas Lindqvist"]
    assert [m.date for m in facts.meetings] == [expected]


def test_a_day_after_since_is_no_day_to_count_from(nlp):
    text = ("On Thursday morning Alma Verhoeven toured the shelters in Kessel. Forty homes have been lost there "
            "since Boxing Day, officials said. In the afternoon she met the mayor, Tomas Lindqvist.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 16)]


def test_that_year_is_the_year_named_last_and_the_next_day_follows_it(nlp):
    text = ("Born in Kessel in 1931, Alma Verhoeven joined the safety board in 1960. By 1976 she ran its "
            "investigations.\n\nOn the morning of 3 October that year a ferry sank off Oslo. On the evening of "
            "4 October the minister, Tomas Lindqvist, summoned Verhoeven to his office.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(1976, 10, 4)]


def test_a_year_after_by_does_not_send_a_later_day_back_to_it(nlp):
    text = ("By 2011 Alma Verhoeven was the union's leader. The present strike began over pay. The turning point "
            "came on April 5, when she sat across a table from the minister, Tomas Lindqvist.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 4, 5)]


def test_the_ledes_day_runs_on_while_no_other_time_is_named(nlp):
    text = ("ANGRY growers tipped a ton of apples outside the farm ministry in Kessel yesterday while the minister "
            "hid indoors.\n\nThe minister, Tomas Lindqvist, REFUSED to see them.\n\nLUNCH DATE\n\n"
            "Instead he crept out of a back door for a long lunch with the growers' union bosses.\n\n"
            "Union chief Alma Verhoeven and her deputy Greta Ilves sat down with the minister for three hours "
            "over lamb and red wine, we can reveal.")
    facts = run(nlp, text)
    assert [m.date for m in facts.meetings] == [date(2024, 5, 16)]
