"""Meetings, calls and visits: who met whom, of what kind, and which mentions are not meetings."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.records import Article, Facts

PUBLISHED = date(2024, 5, 17)  # a Friday


def run(nlp, text: str) -> Facts:
    return extract(nlp(text), Article("t.txt", text, PUBLISHED, "t.txt"))


def pairs(facts: Facts) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(facts.person(r).name for r in m.participants), m.kind) for m in facts.meetings]


def order(pair: tuple[frozenset[str], object]) -> tuple[list[str], str]:
    """A sort key that does not depend on the hash seed (a frozenset's str does)."""
    return sorted(pair[0]), str(pair[1])


A, B, C = "Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Minister {A} met Foreign Secretary {B} on Tuesday.", "meeting"),
        (f"Minister {A} met with Foreign Secretary {B} in Kessel.", "meeting"),
        (f"Minister {A} held talks with Foreign Secretary {B} on Tuesday.", "meeting"),
        (f"Minister {A} sat down with Foreign Secretary {B} for an hour.", "meeting"),
        (f"Minister {A} hosted Foreign Secretary {B} at her residence.", "meeting"),
        (f"Minister {A} received Foreign Secretary {B} at the ministry.", "meeting"),
        (f"Minister {A} welcomed Foreign Secretary {B} to the capital on Monday.", "meeting"),
        (f"Minister {A} visited Foreign Secretary {B} in hospital.", "visit"),
        (f"Minister {A} spoke by phone with Foreign Secretary {B} on Wednesday.", "call"),
        (f"Minister {A} called Foreign Secretary {B} on Wednesday.", "call"),
        (f"Minister {A} held a call with Foreign Secretary {B} on Wednesday.", "call"),
    ],
)
def test_meeting_verbs(nlp, text, kind):
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), kind)]


def test_talks_between(nlp):
    facts = run(nlp, f"The talks between Minister {A} and Foreign Secretary {B} lasted three hours.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_possessive_meeting_noun(nlp):
    facts = run(nlp, f"Minister {A}'s meeting with Foreign Secretary {B} took place in Kessel.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_after_her_meeting_with(nlp):
    facts = run(nlp, f"After her meeting with Foreign Secretary {B}, Minister {A} spoke to reporters.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_passive(nlp):
    facts = run(nlp, f"Minister {A} was received by Foreign Secretary {B} at the ministry on Monday.")
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_multi_party_meeting_is_one_meeting(nlp):
    facts = run(nlp, f"Minister {A} hosted Foreign Secretary {B} and Trade Minister {C} in Kessel on Monday.")
    assert pairs(facts) == [(frozenset({A, B, C}), "meeting")]


def test_separate_meetings_are_pairs(nlp):
    facts = run(nlp, f"Minister {A} held separate meetings with Foreign Secretary {B} and Trade Minister {C}.")
    assert sorted(pairs(facts), key=order) == sorted(
        [(frozenset({A, B}), "meeting"), (frozenset({A, C}), "meeting")], key=order
    )


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} will meet Foreign Secretary {B} next week.",
        f"Minister {A} is expected to visit Foreign Secretary {B} in June.",
        f"Minister {A} plans to meet Foreign Secretary {B} after the summit.",
        f"Minister {A} did not meet Foreign Secretary {B} on Tuesday.",
        f"Minister {A} declined to meet Foreign Secretary {B}.",
        f"If Minister {A} met Foreign Secretary {B}, the talks would be tense.",
        f"Minister {A} invited Foreign Secretary {B} to visit Kessel.",
        f"Minister {A} proposed a meeting with Foreign Secretary {B}.",
        f"A possible meeting between Minister {A} and Foreign Secretary {B} was discussed.",
    ],
)
def test_not_meetings(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_participants_through_pronoun_and_descriptor(nlp):
    text = (
        f"Foreign Secretary {B} arrived in Kessel on Monday. "
        f"Later that day, he met Minister {A}. The minister and the foreign secretary discussed trade."
    )
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_same_pair_twice_is_one_meeting_with_the_date(nlp):
    text = f"Minister {A} met Foreign Secretary {B} on Tuesday. {A} said her meeting with {B} had been useful."
    facts = run(nlp, text)
    assert len(facts.meetings) == 1
    assert facts.meetings[0].date == date(2024, 5, 14)


def test_objects_of_an_unknown_subject_did_not_meet_each_other(nlp):
    text = f"The envoy had spoken by phone with Foreign Secretary {B} and Trade Minister {C} earlier in the week."
    assert pairs(run(nlp, text)) == []


def test_paid_a_visit_to(nlp):
    facts = run(nlp, f"Minister {A} paid a visit to Foreign Secretary {B} in Kessel last month.")
    assert pairs(facts) == [(frozenset({A, B}), "visit")]
    assert facts.meetings[0].date is None


def test_attended_by_joins_the_meeting(nlp):
    text = f"Minister {A} met Foreign Secretary {B} on Monday. The meeting was also attended by Trade Minister {C}."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_undated_mention_takes_the_date_of_the_same_meeting_only(nlp):
    text = (
        f"Minister {A} met Foreign Secretary {B} on Tuesday. "
        f"{A} said her talks with {B} were frank. Separately, Trade Minister {C} met Governor Ivo Marsh."
    )
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated == {frozenset({A, B}): date(2024, 5, 14), frozenset({C, "Ivo Marsh"}): None}


D, E = "Pieter Nakamura", "Ruth Obi"


def dated_pairs(facts: Facts) -> list[tuple[frozenset[str], date | None]]:
    return sorted(
        ((frozenset(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings), key=order
    )


@pytest.mark.parametrize(
    "text",
    [
        f"Foreign Minister {A} called on Prime Minister {B} on Tuesday.",
        f"Ambassador {A} paid a courtesy call on Governor {B} in Kessel on Tuesday.",
        f"Minister {A} held a virtual meeting with her counterpart {B} on Tuesday.",
        f"Minister {A} and Governor {B} held a video conference on Tuesday.",
        f"Minister {B} was visited by Governor {A} on Tuesday.",
        f"Minister {A} met Governor {B} on the sidelines of the summit on Tuesday.",
        f"Minister {A} exchanged views with Minister {B} on Tuesday.",
        f"Minister {A} and Minister {B} held bilateral talks on Tuesday.",
        f"President {A} received a delegation led by Senator {B} on Tuesday.",
        f"Governor {B} met a delegation headed by Minister {A} on Tuesday.",
        f"Minister {A} led a delegation that met Governor {B} on Tuesday.",
        f"Chancellor {A} hosted Minister {B} for a working lunch on Tuesday.",
        f"Minister {A} hosted a reception for Governor {B} on Tuesday.",
        f"Minister {B} was welcomed by Governor {A} at the airport on Tuesday.",
        f"Governor {B} was shown around the plant by Minister {A} on Tuesday.",
        f"Minister {A} spoke via videoconference with Minister {B} on Tuesday.",
        f"Minister {A} had a telephone conversation with Minister {B} on Tuesday.",
        f"In a phone call on Tuesday, Minister {A} and Minister {B} discussed trade.",
        f"Minister {A} joined Governor {B} for talks on Tuesday.",
        f"Minister {A} was joined by Governor {B} at the talks on Tuesday.",
        f"Minister {A} received a phone call from Governor {B} on Tuesday.",
        f"Minister {A} told Governor {B} during their meeting on Tuesday that funds were ready.",
        f"Minister {A} shook hands with Governor {B} on Tuesday.",
        f"Minister {A} discussed trade with Governor {B} by phone on Tuesday.",
        f"Minister {A} arrived in Kessel on Tuesday for talks with Governor {B}.",
        f"Minister {A} flew to Kessel on Tuesday to meet Governor {B}.",
        f"Minister {A} assured Governor {B} of support when they met on Tuesday.",
        f"Minister {A} played host to Governor {B} on Tuesday.",
        f"King {B} granted an audience to Minister {A} on Tuesday.",
        f"Minister {A} was granted an audience by King {B} on Tuesday.",
        f"Ambassador {A} presented her credentials to President {B} on Tuesday.",
        f"On Tuesday Minister {A} toured the camp accompanied by the Governor, Mr. {B}.",
        f"The Senate Committee on Health, chaired by Senator {A}, met Health Secretary {B} on Tuesday.",
        f"On Tuesday Minister {A} inspected the palaces, accompanied by the Governor, Mr. {B}, and officials.",
        f"On Tuesday Minister {A} was shown the murals of the hall by Professor {B}.",
        f"On Tuesday Minister {A} inspected the new fish market with the market manager, {B}.",
        f"Minister {A} had a three-hour meal with Governor {B} on Tuesday.",
        f"Minister {A} reached the deal with the union after talks facilitated by envoy {B} on Tuesday.",
        f"Minister {A} attended a dinner hosted by Ambassador {B} on Tuesday.",
        f"On Tuesday Minister {A} was guest of honour at a reception given by Ambassador {B}.",
        f"On Tuesday Minister {A} and Governor {B} travelled together to the valley.",
        f"Minister {A} flew to the valley with Governor {B} on Tuesday.",
        f"A meeting of Minister {A} and Governor {B} took place on Tuesday.",
        f"Minister {A} convened a meeting with Governor {B} on Tuesday.",
        f"Minister {A} summoned Ambassador {B} on Tuesday.",
        f"Minister {A} caught up with Governor {B} on Tuesday.",
    ],
)
def test_more_ways_to_report_a_contact(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A}, accompanied by Deputy Minister {C}, met Governor {B} on Tuesday.",
        f"Minister {A} and Governor {B}, along with Mayor {C}, met on Tuesday.",
        f"Minister {A} met Governor {B} on Tuesday. Also present was Mayor {C}.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} was also present.",
        f"Minister {A} met Governor {B} on Tuesday. Among those present was Mayor {C}.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} joined the meeting.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} joined them by phone.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} attended alongside {B}.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} joined part of the meeting by video link.",
        f"Minister {A} chaired Tuesday's board meeting, which Governor {B} and Mayor {C} also attended.",
        f"Minister {A} chaired a meeting attended by Governor {B} and Mayor {C} on Tuesday.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} was also at the meeting.",
        f"Minister {A} met Governor {B} on Tuesday, a meeting arranged by Mayor {C}, who was also present.",
    ],
)
def test_everyone_who_took_part_is_in_the_one_meeting(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_also_attending_were_a_list(nlp):
    text = f"Minister {A} met Governor {B} on Tuesday. Also attending were Mayor {C} and Senator {D}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 14))]


def test_a_title_with_its_name_in_apposition_is_that_person(nlp):
    text = (
        f"Minister {A} spoke by phone with the Finance Minister, {B}. "
        f"Later that day, Minister {A} hosted the Trade Minister, {C}, and Mayor {D}."
    )
    assert sorted(pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), "call"), (frozenset({A, C, D}), "meeting")], key=order
    )


def test_calls_to_several_people_are_separate_calls(nlp):
    text = f"Minister {A} called Governor {B} and Mayor {C} on Tuesday."
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 14)), (frozenset({A, C}), date(2024, 5, 14))], key=order
    )


def test_readout_calls_each_with_its_own_day(nlp):
    text = (
        f"Defence Secretary {E} spoke with Minister {B} on Monday about the border. "
        f"On Thursday, the Secretary called Foreign Minister {C}."
    )
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({E, B}), date(2024, 5, 13)), (frozenset({E, C}), date(2024, 5, 16))], key=order
    )


def test_the_pair_met_again_is_a_second_meeting(nlp):
    text = f"Minister {A} met Governor {B} on Monday. Two days later, the pair met again in Kessel."
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 13)), (frozenset({A, B}), date(2024, 5, 15))], key=order
    )


def test_an_unrelated_join_is_not_an_attendance(nlp):
    text = f"Minister {A} met Governor {B} on Monday. The talks were frank. Mayor {C} joined the company in 2010."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} called on Governor {B} to resign.",
        f"Governor {A} said the region had seen a sharp rise in rents since Tuesday.",
        f"Minister {A} called on Governor {B} for restraint on Tuesday.",
        f"A meeting between Minister {A} and Governor {B} was cancelled.",
        f"A meeting between Minister {A} and Governor {B} has been postponed.",
        f"Talks between Minister {A} and Governor {B} were called off.",
        f"Talks between Minister {A} and Governor {B} are scheduled for Wednesday.",
        f"A meeting between Minister {A} and Governor {B} is planned for next month.",
        f"A meeting between Minister {A} and Governor {B} that had been scheduled for Friday was scrapped.",
        f"Minister {A} is due to meet Governor {B} next week.",
        f"Minister {A} is set to meet Governor {B} on Monday.",
        f"Minister {A} is to meet Governor {B} on Monday.",
        f"Minister {A} and Governor {B} have not spoken since March.",
        f"Minister {A} has yet to meet Governor {B}.",
        f"Minister {A} has never met Governor {B}.",
        f"Minister {A} sought a meeting with Governor {B}.",
        f"Minister {A} has asked for a meeting with Governor {B}.",
        f"Minister {A} could not reach Governor {B} by phone.",
        f"No meeting between Minister {A} and Governor {B} has taken place.",
        f"Minister {A} will travel to Kessel, where she is expected to meet Governor {B}.",
        f"Minister {A} criticised Governor {B} on Tuesday.",
        f"Minister {A} called Governor {B} a liar on Tuesday.",
        f"Minister {A} is due to fly to Kessel to meet Governor {B}.",
        f"Minister {A} discussed the plan on Tuesday.",
    ],
)
def test_more_non_meetings(nlp, text):
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize(
    "first_line",
    ["Trade talks in Kessel", "KESSEL, May 14", "Photo: News agency"],
)
def test_a_line_break_ends_a_sentence(nlp, first_line):
    facts = run(nlp, f"{first_line}\nMinister {A} hosted Governor {B} on Tuesday.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_the_two_are_the_people_of_the_meeting_just_told(nlp):
    text = (
        f"Minister {A} held separate meetings with Governor {B} and Mayor {C} on Tuesday, "
        f"spokesman {D} said. The two discussed the budget, {D} said."
    )
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 14)), (frozenset({A, C}), date(2024, 5, 14))], key=order
    )


def test_called_on_with_a_date_before_the_verb_is_a_visit(nlp):
    text = f"Minister {A} on Wednesday called on Prime Minister {B} of Norland and discussed trade."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "visit")]


def test_two_subjects_and_one_in_attendance(nlp):
    text = f"Manager {A}, 51, and striker {B} met at the training ground, with director {C} also in attendance."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_present_at_the_meeting_paragraphs_later(nlp):
    text = (
        f"Governor {A} on Thursday paid a courtesy visit to Finance Minister {B} in Kessel. "
        f"{A} said the visit was to seek support for flood victims. "
        f"{B} promised to look into the request. Officials said the talks went well. "
        f"Also present at the meeting were Permanent Secretary {C} and Budget Director {D}."
    )
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 16))]


def test_joined_the_leaders_for_dinner(nlp):
    text = (
        f"Prime Minister {A} held talks with President {B} on Thursday afternoon. "
        f"Treasurer {C} joined the leaders for a working dinner later that evening."
    )
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    "verb", ["is understood to have spoken", "is said to have spoken", "is thought to have spoken"]
)
def test_reported_as_done(nlp, verb):
    text = f"Prime Minister {A} {verb} to Minister {B} by telephone on Wednesday morning."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_not_believed_to_have_met(nlp):
    assert pairs(run(nlp, f"Prime Minister {A} is not believed to have met Minister {B}.")) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} welcomed the decision by Governor {B} on Monday.",
        f"Minister {A} received an invitation to talks with Governor {B}.",
        f"Minister {A} received a letter from Governor {B} on Monday.",
        f"Minister {A} and Governor {B} spoke at the rally on Monday.",
        f"Minister {A} told Governor {B} to resign.",
        f"Governor {B} was summoned by Judge {A} to testify on Monday.",
    ],
)
def test_guests_calls_and_speeches_that_are_no_contact(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_a_second_verb_whose_object_the_parser_took_for_its_subject(nlp):
    text = f"Minister {A} met Governor {B} on Monday and on Wednesday met Mayor {C}."
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 13)), (frozenset({A, C}), date(2024, 5, 15))], key=order
    )


def test_a_call_in_which_the_three_agreed(nlp):
    text = (
        f"Minister {A} said the breakthrough came in a video call on Monday with Governor {B} "
        f"and Mayor {C}, in which the three agreed to share costs."
    )
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_before_meeting_told_in_the_past(nlp):
    text = f"Minister {A} held talks with Governor {B} on Monday before meeting Mayor {C}."
    assert sorted(pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), "meeting"), (frozenset({A, C}), "meeting")], key=order
    )


def test_before_meeting_in_the_future(nlp):
    text = f"Minister {A} will hold talks with Governor {B} before meeting Mayor {C}."
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} met Governor {B} on Monday and Mayor {C} on Tuesday.",
        f"Minister {A} spoke with Governor {B} on Monday and with Mayor {C} on Tuesday.",
    ],
)
def test_one_verb_two_meetings_on_two_days(nlp, text):
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 13)), (frozenset({A, C}), date(2024, 5, 14))], key=order
    )


def test_joined_as_is_not_joining_the_meeting(nlp):
    text = f"Minister {A} met Governor {B} on Monday. Mayor {C}, who joined as finance chief last year, praised it."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_meeting_that_set_the_agenda_happened(nlp):
    text = f"The meeting between Minister {A} and Governor {B} on Monday set the agenda for the summit."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_meeting_verb_the_parser_took_for_an_adjective(nlp):
    # The small model parses "hosted" here as a modifier of "leader", with no verb in the sentence.
    text = ("Mayor Daniel Ferreira hosted union leader Grace Mbeki and council president Ivan Petrov "
            "at City Hall on May 6 to discuss the transit budget.")
    assert pairs(run(nlp, text)) == [(frozenset({"Daniel Ferreira", "Grace Mbeki", "Ivan Petrov"}), "meeting")]


def test_a_hyphenated_verb_form_is_no_meeting(nlp):
    assert pairs(run(nlp, f"The Kessel-hosted dinner drew {A} and {B} into a long argument.")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the name after "TITLE of BODY," on the verb; the repair gives it back to the title
        f"Chief {A} paid a courtesy call on the Governor of Kessel State, Prince {B}, at his office on Tuesday.",
        f"Premier {A} accused the federal government of stalling after a tense meeting with the federal "
        f"Minister for Roads, Senator {B}, in Kessel on Tuesday.",
        f"Premier {A} and Senator {B} spent two hours together at the ministry on Tuesday.",
    ],
)
def test_pairs_the_small_parser_makes_hard(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "text",
    [
        f"Premier {A} held talks with Senator {B} on Tuesday. The pair met for an hour at the ministry, "
        f"with the state Treasurer, {C}, also in the room.",
        f"Premier {A}, who called on the Minister, Senator {B}, at her office on Tuesday, was accompanied by "
        f"the state Treasurer, {C}, and senior officers.",
        f"Premier {A} met Senator {B} at her office on Tuesday. She was accompanied by her deputy, {C}.",
        f"Minister {A} received Minister {B} on Tuesday. The two ministers, joined by {A}'s deputy, {C}, "
        f"and by the ambassador in Kessel, {D}, worked late into the night.",
        f"Premier {A} met leaders of the Kessel Miners Union on Tuesday, including its president, {B}, "
        f"and its treasurer, {C}.",
    ],
)
def test_participants_told_outside_the_meeting_clause(nlp, text):
    met = dated_pairs(run(nlp, text))
    assert len(met) == 1 and met[0][1] == date(2024, 5, 14)
    assert {A, B, C} <= met[0][0]


def test_the_pair_are_the_two_people_of_the_main_clause(nlp):
    text = f"Club chairman {A} has insisted {B}'s job is safe after the pair held clear-the-air talks on Tuesday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_date_inside_a_relative_clause_is_not_the_meetings(nlp):
    text = (f"Mayor {A} met the interim superintendent on Tuesday. {A} and Dr. {B}, who has led the district "
            "since June, spent an hour together in a conference room.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_passive_companion_of_someone_else_adds_nobody(nlp):
    text = f"Premier {A} met Senator {B} on Tuesday. The plan was later joined by Mayor {C}'s office."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} met Governor {B} on Tuesday. The talks ran long. Later, {A} was joined at the talks by "
        f"the deputy governor, {C}.",
        f"Minister {A} spent Tuesday meeting a delegation of farmers. The group was led by {B} "
        f"and included the farmer {D}.",
        f"Minister {A} sat down on Tuesday at the ministry with Governor {B} and a dozen mayors, among them {D}.",
        f"Minister {A} met Governor {B} on Tuesday. Mayor {C} also took part.",
    ],
)
def test_people_named_after_the_meeting_join_it(nlp, text):
    third = D if D in text else C
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, third}), date(2024, 5, 14))]


def test_spent_the_morning_with_is_a_meeting_but_spent_money_is_not(nlp):
    met = run(nlp, f"On Tuesday, Mayor {A} spent the morning with Councilman {B} at City Hall.")
    assert dated_pairs(met) == [(frozenset({A, B}), date(2024, 5, 14))]
    assert dated_pairs(run(nlp, f"On Tuesday, Mayor {A} spent the money with Councilman {B}'s approval.")) == []


def test_a_portfolio_after_the_title_stays_with_the_title(nlp):
    text = f"Minister {A} had met British Minister of State for Asia {B} on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_him_in_a_relative_clause_is_not_its_antecedent(nlp):
    text = (f"The spokesman said that Adviser {A} had received Deputy Minister {B}, who called on him "
            "at the ministry on Tuesday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_call_and_a_meeting_of_the_same_people_are_two_contacts(nlp):
    text = f"Minister {A} sat down with Governor {B} on Tuesday. {B} said he first raised it with {A} in a phone call."
    assert sorted(kind for _, kind in pairs(run(nlp, text))) == ["call", "meeting"]


def test_when_they_meet_in_the_present_is_still_to_come(nlp):
    text = (f"Minister {A} spoke by phone with Minister {B} on Tuesday. {A} looks forward to discussing "
            "the matter when they meet.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "call")]


def test_hosted_the_summit_joined_by_the_leaders(nlp):
    text = f"President {A} hosted the summit on Tuesday, joined by President {B} and Prime Minister {C}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_readout_headline_and_its_text_are_one_contact(nlp):
    text = (f"Minister {A}'s Call with Minister {B}\n\nMinister {A} spoke today with Minister {B} about trade.\n\n"
            f"Minister {C}'s Meeting with Minister {D}\n\nMinister {C} met yesterday with Minister {D}.")
    assert dated_pairs(run(nlp, text)) == sorted(
        [(frozenset({A, B}), date(2024, 5, 17)), (frozenset({C, D}), date(2024, 5, 16))], key=order
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"Chairman {A} last night held talks with agent {B} at a hotel.", date(2024, 5, 16)),
        (f"On Tuesday {A} met in Kessel with the chairwoman of the council, {B}.", date(2024, 5, 14)),
        (f"On Thursday, Premier {A} received {B} at his office in the presence of Mayor {C}.", date(2024, 5, 16)),
        (f"Separately, {A} received a phone call on Thursday evening from Foreign Minister {B}, during which "
         "they discussed the summit.", date(2024, 5, 16)),
    ],
)
def test_more_participants_and_days(nlp, text, day):
    met = dated_pairs(run(nlp, text))
    assert len(met) == 1 and met[0][1] == day and {A, B} <= met[0][0]
    assert (C in met[0][0]) == (C in text)


def test_also_taking_part_was_x(nlp):
    text = f"On Tuesday {A} met {B} in Kessel. Also taking part in the conversation was Economics Minister {C}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "text",
    [
        f"Governors of four states met on Tuesday with Finance Minister {A}. Taking part were the governors "
        f"of Kessel, {B}; and of Marrow, {D}.",
        f"Minister {A} met {B} on Tuesday. Also present were the mayor of Kessel, {D}; and the mayor of Marrow.",
        f"On Tuesday, Minister {A} met refugee elders. Among those she met was {D}, who fled the war.",
    ],
)
def test_lists_of_people_who_took_part(nlp, text):
    met = dated_pairs(run(nlp, text))
    assert met and met[0][1] == date(2024, 5, 14) and {A, D} <= met[0][0]


def test_a_capitalised_plural_title_is_not_a_person(nlp):
    facts = run(nlp, f"Governors of four states met on Tuesday with Finance Minister {A}.")
    assert "Governors" not in {p.name for p in facts.persons}


def test_an_undated_meeting_takes_the_day_of_the_lede(nlp):
    text = (f"Foreign Minister {A} and Foreign Minister {B} agreed on Tuesday to keep talking. The two ministers "
            "held an hour of talks at a hotel, their first meeting since she took office late last month.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_hosted_a_breakfast_for_leaders_then_joined_by_them(nlp):
    text = (f"President {A} hosted a working breakfast on Tuesday for the leaders of three states. "
            f"He was joined by President {B} and Prime Minister {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_also_attended_by_a_and_by_b(nlp):
    text = (f"Minister {A} and Governor {B} met last Wednesday. The meeting was also attended by Mayor {C} "
            f"and by the city's treasurer, {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 15))]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} visited the home of Governor {B} on Tuesday.",
        f"Minister {A} visited Governor {B}'s farm on Tuesday.",
    ],
)
def test_visiting_someones_home_is_a_visit_to_them(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_on_thursday_counts_from_the_dateline(nlp):
    text = f"KESSEL, May 15 (Reuters) - Minister {A} met Governor {B} on Thursday in the capital."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 9))]


@pytest.mark.parametrize(
    "lede",
    [
        f"Governor {A} summoned the party leaders to her office Wednesday afternoon.",
        f"Mayor {A} has apologised in person to residents, travelling to Kessel on Wednesday for a meeting.",
    ],
)
def test_the_ledes_day_dates_the_meeting_told_next(nlp, lede):
    text = f"{lede}\n\n{A} met for about 90 minutes with Speaker {B} and Senator {C}."
    met = dated_pairs(run(nlp, text))
    assert (frozenset({A, B, C}), date(2024, 5, 15)) in met


def test_a_speakers_day_just_told_is_the_scene_of_a_meeting_told_with_no_time(nlp):
    # (it was once left undated; the annotated articles tell such a saying and the meeting on one day)
    text = f"Governor {A} said on Wednesday that the budget was sound.\n\n{A} met Speaker {B} for an hour."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_a_speakers_day_further_back_does_not_date_a_meeting(nlp):
    text = (f"Governor {A} said on Wednesday that the budget was sound.\n\nThe opposition disagreed.\n\n"
            f"Critics called it a fantasy.\n\n{A} met Speaker {B} for an hour.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]


def test_a_call_dated_from_the_meeting_after_it_keeps_its_own_day(nlp):
    text = (f"On Wednesday, Minister {A} met Director {B}. {A}'s meeting with {B} took place one day after "
            f"she had a call with President {C}.")
    met = dated_pairs(run(nlp, text))
    assert (frozenset({A, C}), date(2024, 5, 14)) in met


def test_a_portfolio_with_and_before_the_name_on_an_accompanied_by(nlp):
    text = (f"Minister {A} met Foreign Secretary {B} on Monday. {B} was accompanied by Assistant Secretary "
            f"of State for East Asian and Pacific Affairs {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_also_met_after_a_longer_readout_is_the_same_day(nlp):
    text = (f"Secretary {A} spoke on Tuesday with Foreign Minister {B}. The Secretary thanked the Foreign Minister. "
            "They agreed on the importance of trade. The Secretary underscored the value of the alliance. "
            f"The Secretary also spoke with Defense Minister {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), date(2024, 5, 14)), (frozenset({A, C}), date(2024, 5, 14))], key=order)


def test_accompanied_throughout_the_visit_joins_every_meeting_of_the_traveller(nlp):
    text = (f"Minister {A} arrived in Kessel on Sunday. She was accompanied throughout the visit by her deputy, {C}. "
            f"On Monday, {A} met Governor {B}. On Tuesday, {A} held talks with Mayor Rosa Klein.")
    got = {frozenset(p): d for p, d in dated_pairs(run(nlp, text))}
    assert got == {frozenset({A, B, C}): date(2024, 5, 13), frozenset({A, C, "Rosa Klein"}): date(2024, 5, 14)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Minister {A} briefed the federal Energy Minister, {B}, by phone on Monday.",
         [(frozenset({A, B}), date(2024, 5, 13))]),
        (f"Minister {A} congratulated {B} over the telephone on Tuesday.", [(frozenset({A, B}), date(2024, 5, 14))]),
        (f"Minister {A} told reporters by phone that {B} had resigned.", []),
        (f"Minister {A} will brief {B} by phone on Monday.", []),
    ],
)
def test_any_deed_done_to_a_person_by_phone_is_a_call(nlp, text, expected):
    facts = run(nlp, text)
    assert dated_pairs(facts) == expected
    assert all(m.kind == "call" for m in facts.meetings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nationality matched against the office's country ("Croatian" / "of Croatia")
        ("The panel is led by Ivo Maric, Croatia's minister of environment, and Zsofia Nagy, Hungary's minister "
         "for water. On Friday, Nagy held a video call with her Croatian counterpart.", {"Ivo Maric", "Zsofia Nagy"}),
        # an irregular demonym from kg/rules/demonyms.txt
        ("Trade Minister Anke de Vries of the Netherlands arrived on Monday. Trade Minister Luis Ortega of Peru "
         "was there too. On Tuesday, Ortega met his Dutch counterpart.", {"Anke de Vries", "Luis Ortega"}),
        # no nationality: the one other person with the possessor's title
        ("French Foreign Minister Jean Dupont arrived on Monday. German Foreign Minister Hans Weber was there "
         "too. On Tuesday, Weber met his counterpart.", {"Jean Dupont", "Hans Weber"}),
        # two people fit and nothing tells them apart: nobody
        ("Croatian Mayor Ivo Maric and Croatian Senator Ana Kos arrived. On Tuesday, Governor Luis Ortega met his "
         "Croatian counterpart.", None),
    ],
)
def test_a_counterpart_is_the_one_person_whose_office_fits(nlp, text, expected):
    got = [set(p) for p, _ in dated_pairs(run(nlp, text))]
    assert got == ([expected] if expected else [])


def test_with_x_also_present_joins_the_meeting(nlp):
    text = (f"Chairman {A} and manager {B} met for more than two hours in the boardroom on Tuesday, "
            f"with vice-chairman {C} also present, the club confirmed.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_name_the_parser_cut_off_from_its_title_stays_in_the_meeting(nlp):
    text = ("Mr Carmody and Education Minister Kiri Waititi-Hall sat down with union president Antonella "
            "Ricci-Baird and general secretary Owen Tregonning at Dumas House yesterday afternoon.")
    got = dated_pairs(run(nlp, text))
    names = {"Carmody", "Kiri Waititi-Hall", "Antonella Ricci-Baird", "Owen Tregonning"}
    assert got == [(frozenset(names), date(2024, 5, 16))]


def test_his_deputy_after_an_apposed_object_is_an_object_too(nlp):
    text = ("On Monday, Mayor Ana Silva sat down after lunch with Rui Pedro Castanheira, president of the "
            "cooperative in Peniche, and his deputy, Ana Lucia Fontes, to agree on prices.")
    names = {"Ana Silva", "Rui Pedro Castanheira", "Ana Lucia Fontes"}
    assert dated_pairs(run(nlp, text)) == [(frozenset(names), date(2024, 5, 13))]


def test_the_minister_of_a_readout_is_its_subject_not_the_minister_named_last(nlp):
    text = (f"Foreign Minister {A} released a summary of her week. On Monday, Minister {A} met the Mayor of Kessel. "
            f"On Tuesday, Minister {A} visited a school. "
            f"On Thursday, Minister {A} spoke by telephone with Italy's Minister of Foreign Affairs, {B}. "
            "On Friday, the Minister spoke with Ambassador Rosa Klein.")
    got = {frozenset(p): d for p, d in dated_pairs(run(nlp, text))}
    assert got == {frozenset({A, B}): date(2024, 5, 16), frozenset({A, "Rosa Klein"}): date(2024, 5, 17)}


def test_the_session_after_a_dated_lede_about_a_contact_takes_its_day(nlp):
    text = (f"The docks plan moved ahead Tuesday after Mayor {A} spent two hours with the "
            f"developer. The session at City Hall brought together Ms. {A.split()[-1]}, council member {B} and "
            "the developer, Rosa Klein.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 14))]


def test_a_date_in_a_since_phrase_does_not_hide_the_day_told_before(nlp):
    text = (f"Kessel will buy ten ferries, Foreign Minister {A} said after talks in Marrow on Wednesday. "
            f"{A}, on her first trip abroad since taking office in December, held talks with Foreign Secretary {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_the_meeting_told_right_after_a_dated_lede_is_the_ledes_day(nlp):
    text = ("Two universities signed a research agreement on Monday. "
            f"Rector {A} hosted a delegation led by its vice rector, {B}, at the main hall.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_name_the_parser_hung_on_the_verb_beside_its_title_is_the_object(nlp):
    text = "Gov. Carl Whitby met Principal Chief Joe Sixkiller-Rowe for about 90 minutes in the office on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Carl Whitby", "Joe Sixkiller-Rowe"}), date(2024, 5, 13))]


def test_the_two_mayors_are_the_two_named_before(nlp):
    text = (f"Kessel Mayor {A} and Marrow Mayor {B} agreed Thursday to launch a joint ferry pass.\n\n"
            "The two mayors signed a memorandum at City Hall after talks that also covered youth exchanges.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_a_day_beats_a_vague_span_on_the_same_verb(nlp):
    text = f"The deal comes a week after Mayor {A} held a video call with Vice Mayor {B} on May 9 to discuss ports."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 9))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"The agreement was signed on Tuesday by Chief Executive {A} and Chairman {B} in the presence of "
         "Minister Rosa Klein.", [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 14))]),
        (f"The accord was signed on Tuesday by Director {A} and Chairman {B}. The ceremony was witnessed by the "
         "Minister for Trade, Hon. Rosa Klein.", [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 14))]),
        (f"President {A} signed the bill on Tuesday.", []),
        (f"Director {A} and Chairman {B} will sign the accord on Tuesday.", []),
    ],
)
def test_a_signing_by_two_named_people_is_a_meeting_with_its_witnesses(nlp, text, expected):
    assert dated_pairs(run(nlp, text)) == expected


def test_they_are_the_people_of_the_sentence_before(nlp):
    text = (f"Chief executive {A} flew to Kessel on Monday. {A} was accompanied by the finance director, {B}. "
            "They met Rosa Klein, president of Marrow Holdings, at its headquarters.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 13))]


def test_the_minister_named_twice_as_subject_is_the_minister_of_the_next_paragraph(nlp):
    text = (f"Regional Minister {A} told chiefs that talks would reopen.\n\n{A} spoke by telephone on Tuesday "
            f"with federal Fisheries Minister {B}.\n\nEarlier in the day, the minister was received at city hall "
            "by Mayor Rosa Klein.")
    got = {frozenset(p): d for p, d in dated_pairs(run(nlp, text))}
    assert frozenset({A, "Rosa Klein"}) in got and frozenset({B, "Rosa Klein"}) not in got


def test_it_after_a_delegation_names_its_members(nlp):
    text = (f"Minister {A} spent three hours with the delegation on Monday. It was headed by Senator {B} "
            "and included two deputies, Lucia Teran and Oscar Gutierrez Paz.")
    names = {A, B, "Lucia Teran", "Oscar Gutierrez Paz"}
    assert dated_pairs(run(nlp, text)) == [(frozenset(names), date(2024, 5, 13))]


@pytest.mark.parametrize(
    "text",
    [
        f"The head of the committee said Thursday that the board had ninety days, a day after he met Minister {B}.",
        f"The head of the committee said Thursday that the government had given the board ninety days to draft a "
        f"new constitution, a day after he met Minister {B} in Kessel.",
    ],
)
def test_a_day_after_counts_from_the_main_clauses_day(nlp, text):
    text = f"Chairman {A} leads the committee. " + text
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_the_head_of_one_countrys_body_is_not_the_head_of_anothers(nlp):
    text = ("COLOMBO (AFP) - The head of Sri Lanka's cricket committee said the board had ninety days, after he "
            "met Sports Minister Rosa Klein in Colombo.\n\n"
            f"{A}, who was appointed chairman of the committee in January, spoke to reporters.\n\n"
            f"{A} also spoke by telephone with Pakistan Cricket Board chairman {B}.")
    assert {p for p, _ in dated_pairs(run(nlp, text))} == {frozenset({A, "Rosa Klein"}), frozenset({A, B})}


def test_the_body_was_represented_by_its_officers(nlp):
    text = (f"Mayor {A} met yesterday with leaders of the firefighters union at City Hall. The union was "
            f"represented by its president, {B}, and its treasurer, Rosa Klein.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 16))]


def test_a_and_b_joined_the_host_of_the_meeting_just_told(nlp):
    text = (f"Foreign Minister {A} hosted her counterparts from two neighbours on Wednesday. Foreign Minister {B} "
            "and Foreign Secretary Rosa Klein joined her at the ministry's main building.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 15))]


def test_joined_in_the_meeting_by_a_title_with_its_portfolio(nlp):
    text = (f"Secretary {A} met Foreign Minister {B} today.\n\nThe two discussed the crisis.\n\n"
            f"Secretary {A} was joined in the meeting by Assistant Secretary of State for African Affairs Rosa Klein.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein"}), date(2024, 5, 17))]


def test_a_day_that_is_the_subject_dates_the_rest_of_its_paragraph(nlp):
    text = (f"Minister {A} visited Jakarta from 12 to 14 May.\n\n13 May was devoted to political engagements. "
            f"The Minister first paid a courtesy call on Governor {B}. She later held talks with Mayor Rosa Klein.")
    got = {frozenset(p): d for p, d in dated_pairs(run(nlp, text))}
    assert got == {frozenset({A, B}): date(2024, 5, 13), frozenset({A, "Rosa Klein"}): date(2024, 5, 13)}


def test_present_at_both_meetings_joins_the_last_two(nlp):
    text = (f"On Monday, Minister {A} paid a courtesy call on Vice President {B}. She later held talks with "
            "Foreign Minister Rosa Klein. The Ambassador, Mohan Kuriakose, was present at both meetings.")
    got = {frozenset(p) for p, _ in dated_pairs(run(nlp, text))}
    assert got == {frozenset({A, B, "Mohan Kuriakose"}), frozenset({A, "Rosa Klein", "Mohan Kuriakose"})}


def test_the_meeting_included_names_the_people_of_the_meeting_just_told(nlp):
    text = (f"Mayor {A} met for two hours today with leaders of the firefighters' union.\n\n"
            f"The meeting, held at City Hall, included the union's president, {B}, and its treasurer, Rosa Klein. "
            "The council president, Tom Ruiz, also attended.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rosa Klein", "Tom Ruiz"}), date(2024, 5, 17))]


def test_between_hung_on_the_verb_names_the_call(nlp):
    text = (f"President {A} met the coach on Sunday. Sunday's meeting followed a video call earlier this month "
            "between Nunez de Arco and the coach's agent, Rodrigo Pereyra.").replace(A, "Alvaro Nunez de Arco")
    got = run(nlp, text)
    assert (frozenset({"Alvaro Nunez de Arco", "Rodrigo Pereyra"}), "call") in pairs(got)


def test_spent_an_hour_at_a_place_with_people_and_a_hyphenated_surname_with_hall(nlp):
    text = (f"Professor {A} spent an hour at the Clocktower building on Monday with association president {B}. "
            "Earlier this month she held a video call with Education Minister Dr Graeme Pettigrew-Hall.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), date(2024, 5, 13)) in got
    assert (frozenset({A, "Graeme Pettigrew-Hall"}), None) in got


def test_a_ceremony_is_an_occasion_of_contact(nlp):
    text = (f"The two firms agreed to merge, the companies said at a signing ceremony in Lima on Wednesday.\n\n"
            f"The agreement was signed by Chief Executive {A} and Chief Executive {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_the_president_of_one_body_is_not_the_president_of_another(nlp):
    text = ("The president of the national football federation and the sports secretary met Monday.\n\n"
            f"{A} spent two hours at the palace with Sports Secretary {B}.\n\n"
            "River Plate president Rosa Klein declined an invitation to Monday's meeting.")
    got = {p for p, _ in dated_pairs(run(nlp, text))}
    assert frozenset({"Rosa Klein", B}) not in got and frozenset({A, B}) in got


def test_a_past_verb_read_as_a_compound_of_a_lower_case_title_is_the_meeting_verb(nlp):
    text = (f"{A}, who scored 12 goals last season, signed on Thursday. She flew into the airport on "
            f"Tuesday night and met manager {B} at the training ground on Wednesday morning.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_among_them_two_names_the_second_hung_on_the_first_ones_title(nlp):
    text = (f"Mayor {A} met with leaders of the protesters, among them {B}, president of the Harbour "
            f"Fishers Association, and village chair {C}, for nearly two hours.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_name_hung_as_a_conjunct_on_the_place_ending_its_title(nlp):
    text = (f"{A} held talks at the ministry with the IMF's mission chief for Chile, {B}, "
            f"and central bank president {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_group_led_by_its_chairman_brings_him_to_the_meeting(nlp):
    text = (f"Minister {A} sat down with representatives of the growers' union, led by its chairman {B}, "
            "for three hours at the ministry.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_a_group_led_by_his_deputy_is_not_the_groups_leader(nlp):
    text = f"Minister {A} met farmers' leaders at the ministry, led by his deputy {B}."
    assert (frozenset({A, B}), "meeting") not in pairs(run(nlp, text))


def test_among_those_at_the_meeting_were(nlp):
    text = (f"Minister {A} met council leaders at the ministry on Tuesday. Among those at the meeting were "
            f"{B}, leader of the county council, and {C}, the leader of the city council.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_meeting_in_a_where_clause_has_the_day_of_the_travel(nlp):
    text = (f"On 14 May, Envoy {A} travelled to the border town, where she met with the regional "
            f"commander, General {B}, and visited a camp.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_the_two_ministers_again_are_the_same_two(nlp):
    text = (f"Foreign Minister {A} held a video call with Foreign Minister {B} on Thursday. The two Ministers "
            f"welcomed progress since the visit by Prime Minister {C} in October last year, during which she "
            "held talks with Prime Minister Rui Sato. The two Ministers also exchanged views on trade.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), date(2024, 5, 16)) in got
    assert (frozenset({C, "Rui Sato"}), None) in got
    assert not any(A in p and C in p or A in p and "Rui Sato" in p for p, _ in got)


def test_one_of_the_parents_who_attended_joins_the_meeting(nlp):
    text = (f"Superintendent {A} met with {B}, president of the parents' association, and two other parents "
            f"for about 90 minutes on Thursday. The meeting was closed to the press. The board voted last month "
            "to study closing the school. A final decision is expected in June.\n\nThe superintendent said "
            f"no decision had been made.\n\n{C}, one of the parents who attended, said many families "
            "walk their children to school.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_attended_the_meeting_joins_the_meeting_not_talks_told_in_between(nlp):
    text = (f"Foreign Minister {A} held a video meeting with Foreign Minister {B} on Thursday. The two Ministers "
            f"welcomed progress since the visit by Prime Minister {C} in October last year, during which she held "
            "talks with Prime Minister Rui Sato. The two Ministers also exchanged views on trade.\n\n"
            "Director-General Ken Ota also attended the meeting.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B, "Ken Ota"}), date(2024, 5, 16)) in got


def test_last_autumn_is_no_day_and_stops_the_day_before(nlp):
    text = (f"Minister {A} met Minister {B} on Wednesday in Oslo. It was their second encounter. "
            "They first met in Bergen last autumn.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), None) in got and (frozenset({A, B}), date(2024, 5, 15)) in got


def test_the_first_of_two_surnames_alone_tagged_as_a_common_noun(nlp):
    text = ("Mining Minister Rodrigo Valdivieso Saenz has promised a firm timetable, chief executive Catalina "
            "Urrutia Echeverri said.\n\nUrrutia met Valdivieso at the ministry on 16 May, accompanied by the "
            "company's chief operating officer, Rohan Pillai.")
    got = dated_pairs(run(nlp, text))
    assert got == [(frozenset({"Catalina Urrutia Echeverri", "Rodrigo Valdivieso Saenz", "Rohan Pillai"}),
                    date(2024, 5, 16))]


def test_who_was_accompanied_by_adds_the_companion_to_the_visit(nlp):
    text = (f"Chief Minister {A} on Tuesday called on Union water resources minister {B} in New Delhi and "
            f"sought central assistance.\n\n{A.split()[-1]}, who was accompanied by state water resources minister "
            f"{C}, submitted a memorandum detailing damage, officials said.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_stormed_into_talks_with(nlp):
    text = f"The row began after the player's agent, {A}, stormed into talks with chief executive {B} on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_two_people_spent_the_day_at_a_place(nlp):
    text = (f"Union chairman {A} and the president of the cricket board, {B}, spent most of the day at the "
            "sports club before announcing the tour.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_one_person_spending_years_somewhere_is_no_meeting(nlp):
    assert pairs(run(nlp, f"{A} spent two years at the university before joining the ministry.")) == []


def test_a_company_owning_a_chief_executive_is_no_person_and_the_call_reaches_the_name(nlp):
    text = f"Chief executive {A} called Van Oordt's chief executive, {B}, on Sunday to propose a meeting."
    got = run(nlp, text)
    assert {p.name for p in got.persons} == {A, B}
    assert pairs(got) == [(frozenset({A, B}), "call")]


def test_the_delegation_again_is_the_delegation_led_by_x(nlp):
    text = (f"The institute hosted a six-member delegation from the university, led by Professor {A}, on "
            f"14 May.\n\nThe delegation was received at the institute by Prof. {B}, Director, and Dr. {C}, "
            "Dean of International Relations.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_date_inside_what_is_announced_does_not_date_the_meeting_before_it(nlp):
    text = (f"The tour is back on track after the heads of the two boards settled their quarrel at a meeting "
            f"last Wednesday.\n\nChairman {A} and the president of the cricket board, {B}, spent most of the day "
            "at the sports club before announcing that the tests would go ahead as planned in January.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_the_meeting_a_day_after_an_undated_deed_is_the_dated_talks_told_before(nlp):
    text = (f"WASHINGTON — Senate leaders edged toward a compromise on Wednesday, after Agriculture Secretary {A} "
            "spent an hour in talks with the chairman of the agriculture committee.\n\n"
            f"The meeting between Ms. {A.split()[-1]} and Senator {B} came a day after Mr. {B.split()[-1]} accused "
            "the administration of delays.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_briefed_is_a_contact_and_a_day_after_hung_on_the_mark_dates_it_back(nlp):
    text = (f"ADDIS ABABA, May 16 (Reuters) - The envoy held separate talks today.\n\nCommissioner {A} met first "
            f"with rebel negotiator {B}, officials said.\n\nThe meetings came a day after the chief mediator, {C}, "
            f"arrived in the capital and briefed {A.split()[-1]} on violations of the ceasefire.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), date(2024, 5, 16)) in got
    assert (frozenset({A, C}), date(2024, 5, 15)) in got


def test_briefed_reporters_is_no_meeting(nlp):
    assert pairs(run(nlp, f"Minister {A} briefed reporters on Tuesday.")) == []


def test_in_the_afternoon_is_the_day_just_told(nlp):
    text = (f"Dr. {A} was received by Minister {B} at the ministry yesterday morning.\n\n"
            f"In the afternoon, Dr. {A.split()[-1]} visited the research centre, where she was briefed by its "
            f"director, Professor {C}.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, C}), date(2024, 5, 16)) in got


def test_a_readouts_bare_abbreviated_title_is_its_subject(nlp):
    text = (f"External Affairs Minister Smt. {A} paid an official visit to Kathmandu on 16-17 May 2024.\n\n"
            f"Later in the day, EAM called on the Rt. Hon'ble Prime Minister of Nepal, Shri {B}, at his official "
            "residence.")
    got = {p for p, _ in dated_pairs(run(nlp, text))}
    assert frozenset({A, B}) in got


def test_a_shared_surname_alone_is_the_person_the_story_is_about(nlp):
    text = (f"Group Chairman Park Jin-woo met Prime Minister {A} in Hanoi on Thursday.\n\nPark took over the group "
            "in 2014 after the death of his father, group founder Park Sang-hoon.\n\n"
            f"On Wednesday, Park met Planning Minister {B} to sign a memorandum.")
    got = {p for p, _ in dated_pairs(run(nlp, text))}
    assert got == {frozenset({"Park Jin-woo", A}), frozenset({"Park Jin-woo", B})}


def test_the_leader_of_the_teachers_and_the_bishop(nlp):
    text = (f"Governor {A} met for four hours on Monday night with the leader of the striking teachers and the "
            f"Catholic bishop of the province.\n\nBishop {B} said both sides had taken a short step.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), date(2024, 5, 13)) in got


def test_she_chaired_the_meeting_joins_the_public_meeting_told_before(nlp):
    text = (f"More than 150 residents packed into the church hall for the meeting with council leader {A}. "
            f"Its chairwoman, {B}, chaired the meeting.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_chairing_a_meeting_of_its_own_is_no_attendance_of_the_one_before(nlp):
    text = (f"Chief executive {C} met analysts on Monday.\n\n{A} is the company's chairwoman. She chaired "
            f"Wednesday's board meeting, which {B} also attended.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B}), date(2024, 5, 15)) in got


def test_a_public_meeting_its_chair_the_speakers_and_who_joined_the_platform(nlp):
    text = (f"SELBY — The leader of the district council faced complaints from residents at a packed public "
            f"meeting last night.\n\nCouncillor {A}, leader of the district council, was joined on the platform by "
            f"{B}, area manager for the rivers authority. The meeting was chaired by {C}, chairwoman of the "
            "residents' group.\n\n\"Nobody came near us for three days,\" Mrs Rosa Klein told the meeting.")
    got = dated_pairs(run(nlp, text))
    assert got == [(frozenset({A, B, C, "Rosa Klein"}), date(2024, 5, 16))]


def test_the_sentence_after_a_dated_lede_takes_the_ledes_day_not_the_datelines(nlp):
    text = ("FRANKFURT AN DER ODER, Germany, May 17 - The interior ministers of two countries agreed on Thursday "
            f"to set up joint police patrols along the river.\n\nInterior Minister {A} and his counterpart {B} "
            "signed the agreement at the town hall after three hours of talks.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_chief_b_hung_inside_chief_as_of_phrase_and_a_deadline_is_no_meeting_day(nlp):
    text = (f"Premier {A} has promised First Nations leaders a timeline, after a tense meeting at the legislature "
            f"on Tuesday.\n\n{A.split()[-1]} met Grand Chief {B} of the Assembly of Northern Chiefs and Chief {C} "
            "of Lake Kessel First Nation for nearly two hours. Both chiefs said afterwards that the meeting was "
            "frank and that the premier had agreed to put a plan on the table by mid-December.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_took_part_according_to_a_statement(nlp):
    text = (f"Governor {A} met union leader {B} at the palace on Monday. The director of the education institute, "
            f"{C}, also took part, according to a statement from the state government.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_a_state_dinner_in_honour_of_x_which_y_attended(nlp):
    text = (f"On Thursday evening, the Governor General, {A}, hosted a state dinner in honour of the President, "
            f"{B}, at the residence, which the Prime Minister, {C}, attended.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"On Monday, Formateur {C} saw Mr {A}, the president of the party, and Mr {B}, the leader of the union.",
         [frozenset({A, B, C})]),
        (f"Minister {A} saw {B} at the ministry on Monday.", [frozenset({A, B})]),
        (f"Minister {A} saw {B} leave the building on Monday.", []),
        (f"Minister {A} saw growth in exports.", []),
    ],
)
def test_saw_a_person_is_a_meeting(nlp, text, expected):
    assert [p for p, _ in dated_pairs(run(nlp, text))] == expected


def test_a_name_with_post_nominal_letters_is_a_person(nlp):
    text = (f"Eamon Flaherty TD met the Minister, {A}, at the Department of Health on Tuesday, accompanied by "
            f"Dr {B}, a consultant physician.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Eamon Flaherty", A, B}), date(2024, 5, 14))]


def test_the_president_at_a_place_in_a_clause_is_still_the_president(nlp):
    text = (f"Prime Minister {A} met the President of Mexico, {B}, on Friday. The Prime Minister and the President "
            f"discussed trade.\n\nOn Thursday evening, the Governor General, {C}, hosted a state dinner in honour of "
            "the President at Rideau Hall, which the Prime Minister attended.")
    got = dated_pairs(run(nlp, text))
    assert (frozenset({A, B, C}), date(2024, 5, 16)) in got


def test_met_first_with_a_and_then_with_b_is_two_meetings(nlp):
    a, b, c = "Hamad bin Salim Al Harthi", "Hossein Karimi-Nejad", "Daniel R. Whitfield"
    text = (f"Foreign Minister {a} met first with Iran's deputy foreign minister, {b}, and then with the U.S. "
            f"special envoy, {c}, shuttling between the two for more than five hours, according to officials.")
    got = sorted(sorted(p) for p, _ in pairs(run(nlp, text)))
    assert got == sorted([sorted({a, b}), sorted({a, c})])


def test_also_sat_in_on_the_session(nlp):
    text = (f"Interim City Manager {A} met for nearly two hours with union president {B} at City Hall. Vice Mayor "
            f"{C} also sat in on the session, according to his office.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_the_meeting_brought_together_a_semicolon_list(nlp):
    text = (f"TOKYO -- Prime Minister {A} pressed business leaders to raise wages by at least 3% next spring, at a "
            "meeting of government, employers and labor unions held at his office on the 16th.\n\n"
            f"The meeting brought together {A.split()[-1]}; {B}, "
            f"chairman of the business federation; and {C}, president of the union confederation. Deputy Chief "
            "Cabinet Secretary Rui Sato also attended.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Rui Sato"}), date(2024, 5, 16))]


def test_consulted_by_telephone_with_is_a_call(nlp):
    text = (f"Before travelling to the region, Mr. {A} consulted by telephone from Nairobi on Friday, 17 May, with "
            f"the Secretary-General, {B}, who has called on all parties to respect the law.")
    got = run(nlp, text)
    assert dated_pairs(got) == [(frozenset({A, B}), date(2024, 5, 17))]
    assert [m.kind for m in got.meetings] == ["call"]


def test_who_accompanied_the_traveller_throughout_the_visit_joins_each_meeting(nlp):
    text = (f"Ambassador {A} made an official visit to the province. Consul {C} accompanied the Ambassador "
            f"throughout the visit. On Monday, {A} paid a courtesy call on Governor {B}.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({A, B, C}), "visit")]


def test_accompanied_by_before_the_traveller_joins_the_meeting_of_that_sentence(nlp):
    text = (f"Accompanied by the Mayor, {C}, Ambassador {A} then visited the cultural centre, where he "
            f"was welcomed by its president, {B}.")
    facts = run(nlp, text)
    assert {p for m in facts.meetings for p in m.participants} == {r.ref for r in facts.persons}
    assert len(facts.meetings) == 1


def test_an_emphatic_did_speak_is_a_call_that_happened(nlp):
    facts = run(nlp, f"{A} and {B} did speak by telephone on Sunday, a spokeswoman confirmed.")
    assert pairs(facts) == [(frozenset({A, B}), "call")]


def test_names_apposed_to_the_object_are_not_the_subject_for_a_later_pronoun(nlp):
    text = ("Hendrika Rijkens, a former minister, was appointed in December. On Wednesday, Rijkens received the "
            "leaders of the two parties, Joris Bakker and Femke ter Horst, together at the palace. It was the "
            "first time. The previous day, she had spent three hours alone with the Green leader, Pieter-Jan de Wilde.")
    facts = run(nlp, text)
    assert (frozenset({"Hendrika Rijkens", "Pieter-Jan de Wilde"}), "meeting") in pairs(facts)


def test_sat_across_the_table_from_is_a_meeting(nlp):
    text = (f"Ing. {A}, the plant's general manager, and {C}, its vice president, sat across a long table from "
            f"Mayor {B} on Friday.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({A, B, C}), "meeting")]


def test_a_name_after_a_conjoined_title_read_as_a_clause_stays_in_the_meeting(nlp):
    text = ("Mr Carmody and Education Minister Kiri Waititi-Hall sat down with union president Antonella "
            "Ricci-Baird and general secretary Owen Tregonning at Dumas House yesterday afternoon.")
    facts = run(nlp, text)
    assert len(facts.meetings) == 1 and len(facts.meetings[0].participants) == 4


def test_a_leader_of_a_body_named_in_the_group_met_joins_the_meeting(nlp):
    text = ("The Minister of Education, Alma Verhoeven, met the leaders of the Kessel Teachers Union (KTU) and the "
            "Graduate Teachers Association (GTA) at the ministry on Tuesday.\n\n\"We came in good faith,\" KTU's "
            "general secretary, Greta Ilves, told journalists. The GTA president, Tomas Lindqvist, said little.")
    facts = run(nlp, text)
    assert any({"Alma Verhoeven", "Greta Ilves"} <= {facts.person(r).name for r in m.participants}
               for m in facts.meetings)


def test_the_object_after_a_place_and_a_comma_is_the_one_received(nlp):
    text = ("The President of the Republic, H.E. Kwame Osei, on Wednesday received in audience at the Castle, "
            "Accra, the Minister of Foreign Affairs of Kessel, Madame Ines Varela, who delivered a message. "
            "Also present at the meeting was the Chief of Staff, Hon. Yaw Mensah-Bonsu.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({"Kwame Osei", "Ines Varela", "Yaw Mensah-Bonsu"}), "meeting")]


def test_a_committee_headed_by_someone_is_met_through_its_head(nlp):
    text = (f"Industry Minister {A} met the shipyard's strike committee, headed by welder {B}, in the yard's hall. "
            f"The shipyard's director general, {C}, also took part in the talks.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({A, B, C}), "meeting")]


def test_joined_them_joins_the_meeting_just_told(nlp):
    text = f"{A} and {B} met for almost three hours on Sunday. Club captain {C} joined them for the last hour."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_who_chairs_talks_in_the_present_tense_met_nobody_that_day(nlp):
    text = (f"{A} and {B} last met face to face on Monday. The talks are chaired jointly by {C} and "
            f"Dirk Smeets, the special envoy.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({A, B}), "meeting")]


def test_between_written_after_the_day_still_names_who_talked(nlp):
    text = (f"{C} was there. The meetings followed a telephone conversation on Wednesday evening between Ms Ilves "
            f"and the Norland Prime Minister, {B}.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({C, B}), "call")]


def test_a_ledes_two_ministers_are_named_in_the_next_sentence(nlp):
    text = (f"Kessel and Norland will form a joint panel on fishing quotas after the two countries' farm "
            f"ministers spoke by video conference on Tuesday.\n\nFarm Minister {A} and her Norland counterpart, "
            f"{B}, also reviewed the port fees, the ministry said.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "call")]


def test_signers_hung_on_the_summit_noun_still_met(nlp):
    text = (f"The accord, signed on Monday at a summit in the Kessel capital by President {A}, Prime Minister {B} "
            f"and Chancellor {C}, cuts tariffs on grain.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


@pytest.mark.parametrize("text", [
    f"{A} denied a report in a weekly paper that she had met {B} at a hotel last week.",
    f"{A} denied that she had met {B} at the hotel.",
    f"{A} denied she had ever sat down with the chief of staff, {B}, to discuss the tower.",
])
def test_a_denied_meeting_is_no_meeting(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_a_leadership_led_by_two_people_sends_both(nlp):
    text = (f"The strike ended after a meeting on Monday between the Minister for Labour, {A}, and the union's "
            f"leadership, led by union president {B} and general secretary {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_meeting_held_somewhere_with_people_names_them(nlp):
    text = f"{A} offered to resign at a meeting held at the club's offices on Monday with chairman {B}."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_attended_by_written_after_the_meetings_day_names_who_attended(nlp):
    text = (f"Prefect {C} said the decision had been taken at an emergency committee meeting late on Wednesday "
            f"attended by Mayor {A} and the manager of the County Hospital, Dr. {B}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_those_who_attended_the_meeting_one_person_spoke_after_met_her(nlp):
    text = (f"Speaking to reporters after a review meeting at the town hall, Minister {A} said the outbreak was "
            f"contained. The review meeting was attended by Collector {B} and Dr {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_with_written_after_the_meetings_place_names_who_met(nlp):
    text = (f"{A} met for nearly two hours at the Statehouse with leaders of the Farm Coalition, including "
            f"coalition chairman {B} and treasurer {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_who_hosted_the_meeting_just_told_was_in_it(nlp):
    text = (f"Police Chief {A} sat down with {B} at the union hall. The hall's manager, the Rev. {C}, arranged "
            f"and hosted the meeting.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_denied_post_claiming_a_meeting_is_no_meeting(nlp):
    text = f"{A} also denied a social media post claiming he had met with {B} on Monday."
    assert pairs(run(nlp, text)) == []


def test_one_among_the_parents_in_the_delegation_met_whom_the_delegation_met(nlp):
    text = (f"Education Minister {A} spent about an hour at the Legislative Building with a delegation from the "
            f"Valley School Division, led by board chair {B}. {C}, whose two children attend the village school, "
            f"was among the parents in the delegation.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


@pytest.mark.parametrize("text", [
    f"Minister {A} and Chief {B} signed the agreement today at the community hall, joined by {C}, president of the "
    f"power utility.",
    f"Yesterday, Regional Director {A}, joined by Governor {C}, inspected the bridge.",
])
def test_joined_by_someone_is_a_meeting_with_them(nlp, text):
    met = pairs(run(nlp, text))
    assert len(met) == 1 and C in met[0][0] and A in met[0][0]


def test_a_title_read_as_a_verb_still_names_one_more_person_met(nlp):
    text = (f"Minister {A} announced the grant after watching the squad train at Kessel Stadium on Sunday, where he "
            f"spoke with head coach {B} and captain Sione Havili-Kaufusi.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, "Sione Havili-Kaufusi"}), "meeting")]


def test_those_in_the_meeting_of_a_named_day_join_it_however_far_back_it_was_told(nlp):
    text = (f"Night buses will keep running after Mayor {A} reached a compromise with the district mayors at a "
            f"meeting at the town hall on Monday. The bus company had proposed scrapping three lines. The plan drew "
            f"protests. Under the compromise, the city pays half. {A} said it was temporary. \"We have bought "
            f"ourselves time,\" he said. \"We need a real answer.\" {B}, mayor of the south district, took part in "
            f"Monday's meeting and called the deal fair.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


@pytest.mark.parametrize("text", [
    f"At Tuesday's session of the city council, councillor {A} accused the mayor, {B}, of having met {C}.",
    f"Opposition councillor {A} accused the mayor of having met {C}, director of a bus company, to discuss "
    f"replacing the trams.",
])
def test_an_accusation_and_a_council_sitting_are_no_meetings(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_raised_with_someone_by_telephone_is_a_call(nlp):
    text = (f"{A}, member of parliament for Kessel North, said he had raised the case of the Kessel fishermen with "
            f"{B} by telephone last Friday.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "call")]


def test_including_hung_on_the_of_object_still_names_who_was_met(nlp):
    text = (f"Mayor {A} said he had met representatives of the vendors, including the association's president, "
            f"{B}, at City Hall on Monday.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_with_someone_meeting_someone_is_a_meeting(nlp):
    text = ("KINGSTON — The cricket board yesterday moved to end the public row over the omission of fast bowler "
            "Kwame Osei from the squad, with board president Alma Moodie-Verhoeven meeting the chairman of "
            f"selectors, Mr. {B}, at the board's offices on Harbour Crescent.")
    assert pairs(run(nlp, text)) == [(frozenset({"Alma Moodie-Verhoeven", B}), "meeting")]


def test_a_dialogue_with_someone_is_a_meeting(nlp):
    text = f"Election Commissioner {A} held a dialogue with {B}, convenor of the Citizens' Forum, on Tuesday."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_led_a_delegation_to_see_someone_and_the_meeting_lasted_and_was_attended_by_another(nlp):
    text = (f"The appeal was made by Bishop {A}, who led a delegation of eight clergymen to see the Minister for "
            f"Agriculture, Mr {B}, at the ministry. The meeting lasted nearly two hours and was also attended by "
            f"the Provincial Commissioner, Eastern, Mr {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_companion_told_before_the_meeting_joins_it(nlp):
    text = (f"The Minister, {A}, who reached the island by helicopter, was accompanied by Deputy Commissioner {C}. "
            f"He was received at the council office by Chairman {B}, who briefed him on the damage.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_who_hung_on_the_body_of_a_persons_title_is_that_person(nlp):
    text = (f"The letter was handed to Secretary {A} on Monday by {B}, chairperson of the club's athletes' "
            f"commission, who met the secretary along with two other rowers.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_which_was_attended_by_hung_on_the_meetings_place_adds_to_the_meeting(nlp):
    text = (f"Secretary {A} met a delegation led by club president {B} on Thursday. The hour-long meeting at "
            f"Shastri Bhawan, which was also attended by club secretary general {C}, came days after a protest.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_who_arranged_the_meeting_and_sat_in_on_it_was_in_it(nlp):
    text = f"{A} met {B} at the Legislative Building on Monday. MLA {C} arranged the meeting and sat in on it."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_with_at_the_end_of_a_long_object_names_who_toured_with_them(nlp):
    text = (f"Authority chief executive {A} toured Beardmore Dam and two cotton properties along the river with "
            f"Shire Mayor {B} and {C}, chairman of the irrigators' co-operative.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "visit")]


def test_a_name_joined_to_the_body_of_the_name_before_is_its_conjunct(nlp):
    text = (f"Reeve {A} of the Rural Municipality of Franklin and Kessel Mayor {C} sat down with county "
            f"commissioner {B} at the city hall for most of the afternoon.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_call_told_after_a_meeting_keeps_its_own_with(nlp):
    text = (f"Tourism Minister {C} opened the fair. The minister said he had met Ambassador {A} on Sunday to ask "
            f"London to ease its travel advice, and had spoken by phone with Minister {B} the following day.")
    assert sorted(pairs(run(nlp, text)), key=order) == [(frozenset({A, C}), "meeting"), (frozenset({B, C}), "call")]


def test_visited_to_meet_someone_met_them(nlp):
    text = f"Association president {A} visited the clubrooms yesterday to meet Mrs {B} and the club's committee."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_the_leaders_named_right_after_talks_with_leaders_are_those_of_the_talks(nlp):
    text = (f"THE Minister of Mines, Mr {A}, yesterday held talks with leaders of the mineworkers' union. "
            f"Mr {A.split()[-1]} met the union's president, Mr {B}, and its general secretary. The Member of the "
            f"Central Committee, Mr {C}, also attended the talks.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_it_was_chaired_by_someone_adds_them_to_the_meeting_just_told(nlp):
    text = (f"The meeting at the district office brought together managing director {A} and Mrs {B}, chairwoman "
            f"of the users' association. It was chaired by District Commissioner {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_session_co_chaired_by_two_and_those_also_taking_part(nlp):
    text = (f"The committee met for more than two hours in a session co-chaired by Sheikh {A}, a senior judge, and "
            f"Archbishop {B}. Also taking part were Sheikh {C}, a member of the council, and Father Jan Kowalski.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C, "Jan Kowalski"}), "meeting")]


def test_it_was_attended_by_two_people_adds_both(nlp):
    text = (f"Minister {A} received Foreign Minister {B} on Tuesday. The meeting reviewed relations. It was "
            f"attended by {C}, the ambassador, and by Dirk Smeets, a director at the ministry.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C, "Dirk Smeets"}), "meeting")]


def test_named_to_a_post_at_a_meeting_is_not_meeting_its_chair(nlp):
    text = (f"{A} was named to the post at a board meeting on Sunday chaired by {B}, the company's chairman. "
            f"The board has seven members. It voted last year to expand. Shares rose. Vice-Chairman {C}, who also "
            f"attended the meeting, said the vote was unanimous.")
    assert pairs(run(nlp, text)) == [(frozenset({B, C}), "meeting")]


@pytest.mark.parametrize(("text", "expected"), [
    (f"The Minister for Transport, {A}, was not at the hearing, but spoke to {B} by telephone on Tuesday night.",
     [(frozenset({A, B}), "call")]),
    (f"{A} did not meet {B}.", []),
])
def test_a_deed_after_but_is_not_negated_by_the_clause_before(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"Kwon Min-ho also met Park's superior at the time, then Trade Minister {B}, at a business roundtable.",
     [(frozenset({"Kwon Min-ho", B}), "meeting")]),
    (f"President {A} met governors on Monday night to defend the cuts, but Governor {B} declined to attend.",
     []),
])
def test_names_in_the_meeting_verbs_own_clause_are_its_partners(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected


def test_among_the_representatives_at_the_meeting_were(nlp):
    text = (f"The Minister for Farming, {A}, today met leaders of the Growers Union, the Dairy Guild and the GMB in "
            f"Norburg to discuss prices.\n\nAmong the union representatives at the meeting in Castle Park were {B}, "
            f"Director of GU Norland, and {C}, the Dairy Guild's head of policy.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_calling_on_someone_to_discuss_is_a_visit_not_an_appeal(nlp):
    text = f"Envoy {A} called on the Minister for Rivers, Dr {B}, at the Ministry in Norburg to discuss cooperation."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "visit")]


def test_the_two_sides_are_the_parties_of_the_talks_told_long_before(nlp):
    text = (f"Envoy {A} today called on the Minister for Trade, {B}, at the ministry. The envoy was accompanied by "
            f"the embassy's first secretary. \"We are old friends,\" the minister said. \"Trade has doubled.\" The "
            f"envoy conveyed the greetings of Prime Minister {C}. The two sides discussed a new air link.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "visit")]


def test_a_companion_named_four_sentences_after_the_meeting_joins_it(nlp):
    text = (f"Minister {A} received Ambassador {B} at the ministry on Tuesday. During the meeting, the two sides "
            "discussed trade. The ambassador also handed over his letters. He will present them to the President "
            f"next month. Minister {A} was accompanied by the Director for Trade, {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_among_those_present_name_the_mayors_the_president_received(nlp):
    text = (f"President {A} received the mayors at the palace for nearly three hours. Among those present were "
            f"Mayor {B} of Norburg and Mayor {C} of Sudby.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_the_subject_after_the_time_and_the_place_receives_the_call(nlp):
    text = (f"On 14 May 2024 at 10.00 hrs., at the Norburg Hall, Government House, Mr. {A}, Prime Minister of the "
            f"Kingdom of Norland, received a courtesy call from Mr. {B}, President of the Kessel Development Bank "
            "(KDB), and his delegation.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_meeting_called_by_one_and_attended_by_another_is_theirs(nlp):
    text = "The meeting was called by Ald. Tomas Lindqvist and attended by Cmdr. Ola Brandt of the harbour district."
    assert pairs(run(nlp, text)) == [(frozenset({"Tomas Lindqvist", "Ola Brandt"}), "meeting")]


def test_coming_to_somebodys_home_is_a_visit(nlp):
    text = (f"Mrs. {C} sat in the front row. She said Sgt. {B}, a detective assigned to the case, came to her home "
            "on Tuesday and stayed for an hour.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 14))]


def test_taking_somebody_to_see_a_third_is_a_meeting_of_the_three(nlp):
    text = (f"Ald. {A}, who is also a pastor, had taken Mrs. {C} downtown on Wednesday to see Police Chief {B} at "
            "headquarters.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_deputation_led_by_someone_calls_on_him_who_is_not_its_leader(nlp):
    text = (f"Minister {B} faced the growers. His troubles were laid out plainly last week, when a deputation from "
            f"the Growers' Union, led by its president, Con Verhoeven, and including the head of the young growers, "
            f"Sile Ilves, called on him at the Department in Kildare Street.")
    assert (frozenset({"Con Verhoeven", B}), "visit") in pairs(run(nlp, text))


def test_a_meeting_at_a_place_chaired_by_one_and_attended_by_others(nlp):
    text = (f"The plan was agreed at a meeting at the Kessel Town Hall chaired by Mayor {B} and attended by police "
            f"chief {A} and the sports secretary, {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_title_with_a_lower_case_portfolio_before_the_name_is_the_subject(nlp):
    text = (f"Minister delegate for energy {A} spoke on Tuesday with {B}, deputy director general at the "
            "Commission's energy directorate, the ministry said in a statement.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_the_one_in_the_chair_took_part(nlp):
    text = (f"The talks, held behind closed doors at the union's offices, brought together the Minister for Trade, "
            f"Mr. {B}, and the Minister of Works, Mrs. {C}. The Secretary-General of the union, Dr. {A}, was in "
            "the chair.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_the_team_is_the_mission_told_before_with_its_leader(nlp):
    text = (f"The mission, led by Ms. {A}, arrived in Norburg on 7 May. On 12 May the team met Finance Minister "
            f"Dr. {B} and Central Bank Governor {C} at the ministry.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_talks_the_day_before_between_two_are_theirs(nlp):
    text = (f"Minister Ola Brandt said the call followed talks in Norburg the day before between his first deputy "
            f"minister, {A}, and {B}, head of the transit department of the gas concern.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_a_summit_chaired_by_one_hosted_by_another_with_sides_represented_by_a_list(nlp):
    text = (f"The leaders of the union and of its neighbours met today by video conference. The meeting was "
            f"chaired by the President of the Council, {A}, and hosted by the Prime Minister of Norland, {B}. The "
            f"partners were represented by Prime Minister Ola Brandt of Kessel; the Chairman of the Presidency of "
            f"the Federation, Emil Hasanovic; and President {C} of Sudby.")  # met by video conference: a call
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C, "Ola Brandt", "Emil Hasanovic"}), "call")]


def test_a_call_on_the_eve_of_the_summit_is_the_day_before_it(nlp):
    text = (f"KESSEL, 16 May 2024. The Kessel-Norland summit was held on 16 May. On the eve of the summit, "
            f"President {A} spoke by phone with Prime Minister {B} to finalise the preparations.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_the_side_at_the_talks_included_and_the_visitor_was_assisted_by(nlp):
    text = (f"The Foreign Minister of Norland, Hon. {A}, held talks with the Minister of External Affairs, Shri {B}, "
            "at the ministry this morning. The Kessel side at the talks included Shri Ola Brandt, Foreign Secretary, "
            "and Shri Ravi Menon, Joint Secretary. The visiting Minister was assisted by Mr. Salim Juma, Principal "
            "Secretary.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, "Ola Brandt", "Ravi Menon", "Salim Juma"}), "meeting")]


def test_a_release_dateline_in_title_case_anchors_today_and_is_no_person(nlp):
    text = (f"Chairperson receives the Regional Director. Norburg City, 16 May 2024 - The Chairperson of the "
            f"Commission, Dr. {A}, today received the Regional Director, Dr. {B}. The meeting was also attended by "
            f"the Commissioner for Social Affairs, Adv. {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_dinner_given_for_a_mission_at_a_place_attended_by_guests(nlp):
    text = (f"The trade mission arrived a week ago. This evening Dr. {A}, chairman of Kessel Steel, gave a dinner for "
            f"the mission at Norburg House, attended by Mr. {B}, the Kessel Ambassador, Mr. Ola Brandt, and Shri "
            "Ravi Menon, Joint Secretary in the Ministry.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, "Ola Brandt", "Ravi Menon"}), "meeting")]


def test_a_session_hosted_by_the_governor_and_among_them_was(nlp):
    text = (f"Farm Secretary {A} flew to the province this morning to face rice farmers. The secretary sat down for "
            f"nearly two hours with leaders of farmers' groups at the provincial capitol, in a session hosted by "
            f"Governor {B}. Among them was {C}, chairman of the growers' union, who handed the secretary a petition.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_meeting_moved_to_another_day_did_not_happen(nlp):
    text = (f"Because of the trip, a meeting between Secretary {A} and the food administrator, {B}, in the capital "
            "was moved to Monday.")
    assert pairs(run(nlp, text)) == []


def test_the_two_presidents_are_the_two_who_hold_that_office(nlp):
    text = (f"President {A} of Kessel spoke by phone with President {B} of Norland on Monday. The call lasted an "
            f"hour. Prices were discussed. Foreign Minister {C} said the call went well. Trade Minister Ola Brandt "
            "agreed. The two Presidents last met in Dakar in December.")
    assert sorted(pair for pair, _ in pairs(run(nlp, text))) == [frozenset({A, B}), frozenset({A, B})]


def test_briefing_reporters_together_is_no_meeting_of_the_briefers(nlp):
    text = f"Foreign Minister {C} and Trade Minister Ola Brandt briefed reporters on the call."
    assert pairs(run(nlp, text)) == []


def test_two_who_spent_hours_in_an_office_met(nlp):
    text = f"Mayor {A} and Director {B} spent nearly two hours in the director's office on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_closeted_with_is_a_meeting(nlp):
    text = f"Union leader {A} was closeted for five hours on Tuesday with the Minister of Labour, Chief {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_every_attendee_of_a_semicolon_list_joins_the_meeting(nlp):
    text = (f"Minister {A} met union leaders on Tuesday. The meeting was also attended by the president of the "
            f"senior staff union, Comrade {B}; the chairman of the drivers' branch of the union, Alhaji Sani "
            f"Dan-Musa; the Permanent Secretary, Dr. {C}; and Deputy Commissioner of Police Yakubu Garba.")
    (met,) = pairs(run(nlp, text))
    assert met == (frozenset({A, B, C, "Sani Dan-Musa", "Yakubu Garba"}), "meeting")


def test_time_spent_on_the_line_with_somebody_is_a_call(nlp):
    text = (f"On Wednesday evening Mayor {A} picked up the phone. She spent 20 minutes on the line with Gov. {B}, "
            "who had threatened to send troops, and begged him to wait.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "call")]


def test_the_people_of_a_where_clause_after_a_meeting_took_part(nlp):
    text = (f"The visit followed a tense meeting on Monday in the capital, where Minister {A} and the director, "
            f"Dr {B}, went through a list of clinics.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_sitting_across_a_table_from_people_is_a_meeting(nlp):
    text = (f"Minister {A} flew into the town on Thursday morning. Within the hour she was sitting across a trestle "
            f"table from shire mayor {B} and Fire Service Deputy Commissioner {C} at the showground.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize("verb", ["sat", "was sitting"])
def test_a_seat_on_a_committee_with_somebody_is_no_meeting(nlp, verb):
    assert pairs(run(nlp, f"Minister {A} {verb} on the committee with Mayor {B} for years.")) == []


def test_an_event_a_day_before_the_visit_told_before_takes_the_day_before(nlp):
    text = (f"Minister {A} flew into the town on Thursday morning. Within the hour she sat down with Mayor {B}. "
            "Residents crowded the hall. Sheds had burned. "
            f"The visit came a day after {A} joined a late-night video conference with Commissioner {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, C}), date(2024, 5, 15)), (frozenset({A, B}), date(2024, 5, 16))]


def test_the_objects_of_a_where_clause_after_a_meeting_took_part_too(nlp):
    text = (f"The deal came out of Wednesday's marathon session at the hotel, where board president {A} faced "
            f"the association's president, {B}, and its legal adviser, {C}, for nine hours.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_a_meeting_apposed_to_talks_a_day_before_another_keeps_the_day_before(nlp):
    text = (f"The agreement came out of Wednesday's session at the hotel, where board president {A} and union "
            f"adviser {C} argued for nine hours. \"The board is not a bank,\" {A} said.\nWednesday's session came a "
            f"day after {A} held separate talks with {B} at the team hotel in Kessel, a meeting that union officials "
            "say they were not told about in advance.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, B}), date(2024, 5, 14)), (frozenset({A, C}), date(2024, 5, 15))]


def test_the_leader_of_a_delegation_of_a_party_led_by_somebody_took_part(nlp):
    text = (f"On Monday a delegation of the party led by its secretary, Mr. {B}, and comprising Mr. Piet Mol, "
            f"called on Mr. {C} at the Guest House.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({B, C, "Piet Mol"})


def test_reviewing_arrangements_with_somebody_is_a_meeting(nlp):
    text = f"Commissioner {A} reviewed poll arrangements with the Chief Electoral Officer, Mr. {B}, on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_the_leadership_of_another_body_is_not_the_delegation_told_before(nlp):
    text = (f"President {A} today received a delegation of the World Bank led by its Vice President, Mr. {B}. "
            f"On Monday, the President met with the leadership of the Farmers Association, led by its National "
            f"President, {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, C}), date(2024, 5, 13)), (frozenset({A, B}), date(2024, 5, 17))]


def test_a_meeting_noun_summing_up_a_clause_makes_its_people_meet(nlp):
    text = ("Mr Brendan Rourke and Mrs Maureen Kettle had put the union's case directly to the company's managing "
            "director, Mr Rolf Berg, at the headquarters on Friday, a meeting both sides afterwards called "
            "constructive.")
    people = frozenset({"Brendan Rourke", "Maureen Kettle", "Rolf Berg"})
    assert dated_pairs(run(nlp, text)) == [(people, date(2024, 5, 17))]


def test_the_congressman_is_the_representative(nlp):
    text = (f"Representative {A}, the Hammond Democrat, spoke at a rally. Later in the day the Congressman conferred "
            f"for an hour with the State Chairman, {B}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_denying_a_report_of_a_meeting_is_no_meeting(nlp):
    text = f"Senator {A} flatly denied a report in a newspaper that he had met privately last week with {B}."
    assert pairs(run(nlp, text)) == []


def test_a_breakfast_in_a_club_with_somebody_is_a_meeting(nlp):
    text = ("Mr. Nowicki began the day at a breakfast in the Columbia Club with Piet Jablonka, director of District 31 "
            "of the United Steelworkers of America, and a dozen local union presidents from Gary, East Chicago and "
            "Whiting.")
    assert pairs(run(nlp, text)) == [(frozenset({"Nowicki", "Piet Jablonka"}), "meeting")]


def test_bilateral_meetings_with_the_following_list_are_one_meeting_each(nlp):
    text = (f"Minister {A} also had bilateral meetings on the sidelines with the following:\n"
            f"a. Foreign Secretary {B};\nb. Vice Minister Sumarto; and\nc. Deputy Minister {C}.\n"
            "The minister returns home today.")
    assert sorted(pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), "meeting"), (frozenset({A, "Sumarto"}), "meeting"), (frozenset({A, C}), "meeting")],
        key=order)


def test_they_were_joined_by_under_secretary_x(nlp):
    text = (f"Later today, Secretary {A} hosted Minister {B} at the Pentagon. They were joined by Under Secretary of "
            f"Defense for Acquisition and Sustainment Dr. {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_an_upper_case_dateline_with_a_courtesy_word_names_nobody(nlp):
    text = (f"PRINCE ALBERT — Chief {A} came back from the capital this week with a handshake, a promise of more "
            f"talks and, she says, little else.\nThe chief of the Marrow River Nation met the province's Minister of "
            f"Aboriginal Relations, {B}, at the legislature on Tuesday to press the nation's objections to a "
            f"pipeline.\nShe was accompanied by band councillor {C}.")
    facts = run(nlp, text)
    assert {p.name for p in facts.persons} == {A, B, C}
    assert dated_pairs(facts) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_people_told_right_after_a_meeting_that_named_nobody_took_part(nlp):
    text = f"The sixth round of talks was held in Arlen on Monday. Taking part were {A} and {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_the_leaders_of_the_delegations_took_part_in_the_meeting_held(nlp):
    text = (f"The sixth round of the Kessel-Norland consultations was held in Arlen on Monday. Foreign Secretary {A} "
            f"led the Kessel delegation, while the Norland delegation was led by Foreign Secretary {B}. The Kessel "
            f"delegation included Joint Secretary {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_every_name_after_attended_by_joins_however_the_parser_hangs_them(nlp):
    text = (f"Minister {A} today received Deputy Minister {B} for talks in the capital. The talks focused on trade.\n"
            "The talks were also attended by the Ambassador of the Republic of Norland to the Federal Republic of "
            f"Kessel, Mr. {C}, and by the Director for Central Europe at the Foreign Office, Dr. Hans-Georg Lemmer.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C, "Hans-Georg Lemmer"})


def test_the_two_ministers_were_joined_by_a_list_of_officials(nlp):
    text = (f"Foreign Minister {A} and the visiting Trade Minister, Mr. {B}, held two hours of talks yesterday.\n"
            "The two Ministers were joined for part of the meeting by the Secretary of the Department of External "
            f"Affairs, Mr. A. H. Tillson, and by the High Commissioner in the capital, Mr. {C}.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C, "A. H. Tillson"})


@pytest.mark.parametrize("plural", ["chairmen", "chairwomen", "ministers"])
def test_the_two_chairmen_were_joined_by_two_more(nlp, plural):
    # "chairmen": a title's plural in -men is a plural title too
    text = (f"Chairman {A} met Chairman {B} at the commission on Thursday. The two {plural} were joined by "
            f"Ambassador {C}, the Norland Ambassador to Germany, and by Commissioner {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 16))]


def test_a_surname_the_tagger_reads_as_an_interjection_after_a_title(nlp):
    # "Oh" tagged UH: under "Chairman" it is the Korean surname, and "he" is Oh, not the other chairman
    text = (f"Chairman Oh Min-jae met Chairman {A} in Kessel on Thursday.\n"
            f"Chairman Verhoeven said the talks were useful.\n"
            f"On Wednesday, Chairman Oh visited the Justice Department, where he was received by Judge {B}.")
    assert (frozenset({"Oh Min-jae", B}), date(2024, 5, 15)) in dated_pairs(run(nlp, text))


@pytest.mark.parametrize("opening", ["Here in Kessel", "In Kessel"])
def test_the_subject_apposed_to_a_fronted_place_and_one_among_them(nlp, opening):
    # the parser hangs the consul's name on "Kessel" as an apposition and leaves "held" without a subject
    text = (f"{opening}, the Consul General of Norland, {A}, held a video call on Tuesday with community leaders "
            f"from across Lomm, among them {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_sat_down_with_at_a_gathering_that_is_no_meeting(nlp):
    # "at which" hands the clause to the conference, which is no meeting of named people: the sitting down is
    text = (f"Mr. {D} recalled the Lomm conference of the year before, at which he and {B} sat down with the Norland "
            f"Minister for External Affairs, {C}.")
    assert pairs(run(nlp, text))[0][0] == frozenset({D, B, C})


def test_the_people_across_the_table_were_at_the_meeting(nlp):
    text = (f"The Minister of Mining, {A}, spent three hours on Monday with senior executives of two companies.\n"
            f"Across the table at the ministry were {B}, vice president of the first company, and {C}, who heads "
            "the office of the second.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_who_sat_beside_a_participant_took_part(nlp):
    text = (f"The Chairman of the Board, Mr. {A}, on Monday received a delegation of farmers. The delegation was led "
            f"by {B}. The Board's Deputy Chairman, Mr. {C}, sat beside the Chairman throughout.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C})


def test_talks_held_with_a_delegation_take_in_the_members_named_next(nlp):
    text = (f"Trade Minister {A} held talks on Monday with a delegation of grain traders. The delegation was headed "
            f"by {B}, who runs a shipping firm, and included {C}.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C})


def test_the_chairman_of_a_body_named_after_the_body_is_the_one_met(nlp):
    text = (f"Chief executive {A} met the chairman of the company's works council, {B}, and his deputy, {C}, "
            "at the head office for four hours.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C})



def test_a_sentence_starts_after_a_clock_time_before_a_title(nlp):
    doc = nlp(f"Consul {B} was received by the mayor in his office shortly after 9 a.m. Acting City Administrator "
              f"{C} also sat in on the meeting.")
    assert [t.text for t in doc if t.is_sent_start][:2] == ["Consul", "Acting"]


def test_a_weekday_after_a_clock_time_goes_on_the_sentence(nlp):
    facts = run(nlp, f"Mayor {A} met Consul {B} at 10 a.m. Monday in the town hall.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_two_who_spoke_for_hours_at_a_place_met_and_they_were_joined_by_a_third(nlp):
    text = (f"Governor {A} and the agency's director general, {B}, spoke for about three hours at the state "
            f"palace, according to a joint statement. They were joined by the state's secretary of farming, {C}.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C})


def test_two_who_spoke_at_a_rally_made_speeches(nlp):
    assert pairs(run(nlp, f"Governor {A} and Senator {B} spoke at the rally in the main square on Monday.")) == []


def test_each_country_represented_by_its_minister_took_part(nlp):
    text = (f"Foreign Minister {A} hosted her counterparts from Estland, Kessel and Marrow for a day of talks.\n"
            f"Estland was represented by Foreign Minister {B}, Kessel by Deputy Prime Minister {C}, and Marrow by "
            "Foreign Minister Piet Mol.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C, "Piet Mol"})


def test_the_two_of_talks_counted_from_another_meeting_keep_the_talks_day(nlp):
    text = (f"Foreign Minister {A} received Ambassador {B} at the ministry today for talks on trade.\n"
            f"The hour-long meeting came a day after {A} held talks with the visiting Foreign Minister, {C}. "
            "The two ministers were reported to have discussed the border.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, C}), date(2024, 5, 16)), (frozenset({A, B}), date(2024, 5, 17))]


def test_it_came_a_day_after_counts_the_contact_from_the_meeting_told_last(nlp):
    text = (f"Minister {A} announced the grant on Wednesday after talks with Mayor {B} at the town hall.\n"
            f"It came a day after {A} called on Governor {C} at her office, where the two discussed policing.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, C}), date(2024, 5, 14)), (frozenset({A, B}), date(2024, 5, 15))]


def test_the_meeting_chaired_by_one_and_attended_by_others_is_the_talks_told_first(nlp):
    text = ("Ministers from three countries held talks here on Wednesday on the common market.\n"
            f"The meeting, held at the ministry, was chaired by {A}, the trade minister. It was attended by {B}, "
            f"the finance minister, and by {C}, the acting economy minister.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_a_meeting_chaired_by_one_that_brought_together_others_and_the_one_who_briefed_them(nlp):
    text = ("Health ministers agreed on Wednesday to pool orders after a video conference.\n"
            f"The two-hour virtual meeting was chaired by the Minister of Health, Dr. {A}, and brought together "
            f"the Minister of Finance, Dr. {B}, and the Minister of Trade, Dr. {C}. Dr. Piet Mol, an adviser "
            "of the regional agency, briefed the ministers on supply chains.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C, "Piet Mol"})


def test_the_delegations_listed_with_indian_courtesy_titles_and_a_bracket_joined_the_talks(nlp):
    text = (f"The two Foreign Ministers, {A} and {B}, held delegation-level talks at the ministry on 15 May 2024. "
            f"The home delegation included Foreign Secretary Smt. {C} and Joint Secretary (North) Shri Ravi Menon.")
    (met,) = pairs(run(nlp, text))
    assert met[0] == frozenset({A, B, C, "Ravi Menon"})


def test_the_meeting_after_a_dated_lede_counted_from_an_untold_arrival_is_the_ledes(nlp):
    text = (f"KESSEL — The head of the relief agency on Monday urged donors to act, as he held talks with the "
            f"country's prime minister.\n{A}, the agency's executive director, was received at the prime minister's "
            f"office by {B}, a day after arriving in the capital.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_counterpart_named_in_apposition_is_the_one_phoned(nlp):
    text = ("Later in the day the Minister for Transport, Mr Terence Moyle, told the House that he had spoken by "
            "telephone on Wednesday with his federal counterpart, Senator Margaret Lowe, and that she had agreed "
            "to send officers to the capital to inspect the project.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Terence Moyle", "Margaret Lowe"}), date(2024, 5, 15))]


def test_an_adviser_who_attended_and_a_second_name_hung_inside_the_first_took_part(nlp):
    text = ("The talks were chaired by the Minister for Works, Mr. Selemani Lukindo, and attended by Kenya's "
            "Minister for Transport, Mr. Kiprono arap Kosgei. The General Manager of the Railways, Mr. Geoffrey "
            "Hobbs, attended as an adviser.\nOn Tuesday evening the visiting ministers, Mr. arap Kosgei and "
            "Mr. Apolo Ssekandi-Mukasa, were received at State House by the Vice-President, Mr. Abdallah Seif.")
    met = {m[0] for m in pairs(run(nlp, text))}
    assert frozenset({"Selemani Lukindo", "Kiprono arap Kosgei", "Geoffrey Hobbs"}) in met
    assert frozenset({"Kiprono arap Kosgei", "Apolo Ssekandi-Mukasa", "Abdallah Seif"}) in met


def test_the_meeting_attended_by_others_is_the_one_chaired_just_before_not_an_earlier_call(nlp):
    text = (f"1. Oil Minister {A} received a telephone call yesterday from his counterpart, {B}.\n"
            "2. The Minister of Health, Dr. Ravi Menon, yesterday chaired a meeting of regional health officials "
            f"at the ministry. The meeting was attended by the Undersecretary for Health, Dr. {C}, and the "
            "Director of Public Health, Dr. Piet Mol.")
    met = {m[0] for m in pairs(run(nlp, text))}
    assert met == {frozenset({A, B}), frozenset({"Ravi Menon", C, "Piet Mol"})}


@pytest.mark.parametrize("text", [
    "A meeting was held between Rasmus Kuusk and Liene Pētersone on Monday.",
    "Talks took place on Monday between Rasmus Kuusk and Liene Pētersone.",
    "A videoconference was held on Monday between the interior ministers, Rasmus Kuusk and Liene Pētersone.",
    "The videoconference on Monday between the interior ministers of the two countries, Rasmus Kuusk of Finland "
    "and Liene Pētersone of Latvia, went well.",
])
def test_a_meeting_held_between_two_people_named_after_the_verb_or_a_plural_title(nlp, text):
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({"Rasmus Kuusk", "Liene Pētersone"})]


def test_a_list_after_the_board_of_directors_is_no_list_of_directors(nlp):
    text = ("Minister Arce visited the processing plant of the Cooperativa de Pescadores de Punta Azul, where he met "
            "the president of the co-op's board of directors, Marta Solís Brenes, and its manager, Jorge Vega "
            "Quirós, as well as several dozen members.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({"Arce", "Marta Solís Brenes", "Jorge Vega Quirós"})]


def test_present_at_the_meeting_fronted_joins_the_session_the_mayor_brought_together(nlp):
    text = ("KESSEL — Mayor Ada Brennan brought together the management and the union of the mill for the first "
            "time since the strike, but the session at City Hall yesterday ended without agreement.\n"
            "Present at the meeting, held in the mayor's office, were Tom Riddick, president of the company; Joe "
            "Varga, president of Local 12 of the union, and Councilwoman Mrs. Ruth Lyle, who represents the north "
            "ward.")
    facts = run(nlp, text)
    assert [p for p, _ in pairs(facts)] == [frozenset({"Ada Brennan", "Tom Riddick", "Joe Varga", "Ruth Lyle"})]
    assert [m.date for m in facts.meetings] == [date(2024, 5, 16)]


def test_an_apposition_the_parser_hung_as_a_second_object_of_held_talks_joins_the_talks(nlp):
    text = ("Minister Kofi Boateng-Ansa held talks on Wednesday with Kwame Asante-Boadu, the paramount chief of the "
            "district, and the union's general secretary, Mr. K. A. Mensah-Bonsu, at the Regional Office.")
    doc = nlp(text)
    tok = {t.text: t for t in doc}
    # the tree the small model gives when the sentence follows a lede: the chief as a second object of "held"
    for word, head, dep in [("chief", "held", "dobj"), ("secretary", "chief", "conj"), ("Bonsu", "chief", "appos")]:
        tok[word].head = tok[head]
        tok[word].dep_ = dep
    facts = extract(doc, Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    talks = frozenset({"Kofi Boateng-Ansa", "Kwame Asante-Boadu", "K. A. Mensah-Bonsu"})
    assert [p for p, _ in pairs(facts)] == [talks]


def test_the_previous_evening_before_the_talks_is_the_eve_of_the_talks_not_of_the_last_day_named(nlp):
    text = ("KESSEL, May 17 — The Minister of Agriculture, Mr. Kofi Boateng-Ansa, has promised farmers that prices "
            "will not be cut, after talks with the leaders of the farmers' union.\n"
            "The minister held talks on Wednesday with Nana Kwame Asante-Boadu II, the paramount chief of Ofinso and "
            "patron of the Kessel Growers' Union, and the union's general secretary, Mr. K. A. Mensah-Bonsu, at the "
            "Regional Office.\n"
            "\"There will be no cut,\" Mr. Boateng-Ansa told reporters on Thursday.\n"
            "On the previous evening, before the talks opened, the minister dined privately with the Regional "
            "Commissioner, Mr. Yaw Adomah, at his bungalow.")
    facts = run(nlp, text)
    dated = {frozenset(facts.person(r).name for r in m.participants): m.date for m in facts.meetings}
    assert dated[frozenset({"Kofi Boateng-Ansa", "Yaw Adomah"})] == date(2024, 5, 14)
    assert dated[frozenset({"Kofi Boateng-Ansa", "Kwame Asante-Boadu II", "K. A. Mensah-Bonsu"})] == \
        date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    "John Carter called on Mary Wilson on Monday.",
    "John Carter paid a courtesy call on Mary Wilson on Monday.",
    "Mary Wilson and John Carter, who met on Monday, agreed to cooperate.",
    "John Carter, in a phone call with Mary Wilson on Monday, said the plan was dead.",
])
def test_plain_ways_of_telling_a_meeting_of_two(nlp, text):
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({"John Carter", "Mary Wilson"})]


@pytest.mark.parametrize("text", [
    "John Carter met Mary Wilson on Monday and again on Wednesday.",
    "John Carter and Mary Wilson met twice, on Monday and on Wednesday.",
])
def test_a_pair_met_again_on_another_day_is_a_meeting_on_each_day(nlp, text):
    facts = run(nlp, text)
    assert sorted(m.date for m in facts.meetings) == [date(2024, 5, 13), date(2024, 5, 15)]
    assert all({facts.person(r).name for r in m.participants} == {"John Carter", "Mary Wilson"}
               for m in facts.meetings)


def test_talks_on_two_days_without_again_stay_one_meeting(nlp):
    facts = run(nlp, "John Carter held talks with Mary Wilson on Monday and Tuesday.")
    assert len(facts.meetings) == 1


def test_the_head_of_a_named_agency_is_not_the_head_of_another_body_named_later(nlp):
    text = ("KESSEL — The head of the United Nations Refugee Agency on Monday urged donors to act quickly, as he held "
            "talks with the prime minister on a crisis that threatens a million people.\n"
            "Anders Holm, the agency's chief, was received at the prime minister's office by Omar Diallo, the head "
            "of government, a day after arriving in the capital.\n"
            "A local weekly reported that Holm would also meet Ali Sabo, the head of the national fishermen's "
            "association, but no such meeting took place.")
    facts = run(nlp, text)
    assert [(p, m.date) for (p, _), m in zip(pairs(facts), facts.meetings, strict=True)] == [
        (frozenset({"Anders Holm", "Omar Diallo"}), date(2024, 5, 13))
    ]


def test_a_dateline_taken_for_the_root_gives_the_lede_its_verb_and_the_next_sentence_its_day(nlp):
    text = ("KESSEL — Norland's interim central bank governor, Rodrigo Paredes, signalled on Tuesday that rates "
            "would stay high. Paredes spoke to reporters after a two-hour meeting with Finance Minister Ines Vale.")
    doc = nlp(text)
    tok = {t.text: t for t in doc}
    # the tree the small model gives in a longer article: the place as the root, the verb a clause of its subject
    tok["KESSEL"].head, tok["KESSEL"].dep_ = tok["KESSEL"], "ROOT"
    for word, head, dep in [("governor", "KESSEL", "appos"), ("signalled", "governor", "acl")]:
        tok[word].head = tok[head]
        tok[word].dep_ = dep
    facts = extract(doc, Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert dated_pairs(facts) == [(frozenset({"Rodrigo Paredes", "Ines Vale"}), date(2024, 5, 14))]


def test_talks_told_right_after_a_lede_dated_in_a_participle_with_its_agent_take_the_ledes_day(nlp):
    text = ("KESSEL — Norland and Marrow will share patrol data under an accord reached on Wednesday by the two "
            "countries' fisheries ministers.\nMinister Ivo Kell and his Marrow counterpart, Tom Rua, signed the "
            "accord at the ministry after talks that lasted most of the day.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Ivo Kell", "Tom Rua"}), date(2024, 5, 15))]


def test_a_day_after_the_forum_counts_from_the_meeting_held_at_that_forum(nlp):
    text = (f"Minister {A} met Governor {B} on Tuesday on the sidelines of the two-day Kessel Trade Forum.\n"
            f"A day after the forum, {A} held a video call with Mayor {C}.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 14)),
                                                (frozenset({A, C}), date(2024, 5, 15))}


def test_a_day_after_an_event_only_counted_from_is_not_dated_from_that_count(nlp):
    text = (f"Minister {A} met Governor {B} on Tuesday, a week before the election.\n"
            f"A day after the election, {A} held a video call with Mayor {C}.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 14)), (frozenset({A, C}), None)}


def test_a_deputation_that_had_seen_the_minister_is_the_meeting_told_next(nlp):
    text = (f"The Lord Mayor, Mr. {A}, said last night that the council would fight the scheme, after a deputation "
            f"had seen the Minister for Works, Mr. {B}, at Parliament House yesterday afternoon. Mr. {A} and the "
            f"Town Clerk, Mr. {C}, spent an hour with the Minister.")
    doc = nlp(text)
    afternoon = next(t for t in doc if t.text == "afternoon")
    afternoon.head = next(t for t in doc if t.text == "seen")  # the small model hangs it on either verb
    facts = extract(doc, Article("t.txt", text, PUBLISHED, "t.txt"))
    assert dated_pairs(facts) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_as_recently_as_monday_dates_the_meeting_not_its_purpose(nlp):
    text = f"Minister {A} told MPs he had met the head of the agency, {B}, as recently as Monday to review the work."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} met the press on Tuesday, according to her spokesman, {B}, who is travelling with her.",
        f"Minister {A} will travel to Kessel with Governor {B} on Tuesday.",
        f"Minister {A} flew to Kessel with a team of engineers on Tuesday.",
        f"Minister {A} will inspect the works on Tuesday, accompanied by Governor {B}.",
        f"Mayor {A} signed the papers prepared by Governor {B} on Tuesday.",
    ],
)
def test_no_journey_together_in_an_entourage_a_plan_or_with_no_person(nlp, text):
    assert run(nlp, text).meetings == []


def test_a_name_after_a_titles_of_and_its_portfolio_is_the_title_holder(nlp):
    text = (f"Secretary {A} held a telephone conversation today with Deputy Prime Minister and Minister of "
            f"Foreign Affairs {B} of Norland on trade.")
    doc = nlp(text)
    of = next(t for t in doc if t.text == "of" and t.nbor(1).text == "Foreign")
    name = next(t for t in doc if t.text == B.split()[-1])
    for tok in of.children:  # the tree the model gives for some names: "of" with nothing after it ...
        tok.head = name
    name.head, name.dep_ = next(t for t in doc if t.text == "conversation"), "appos"  # ... the name on the call
    for word in ("Foreign", "Affairs"):
        next(t for t in doc if t.text == word).head = name
    facts = extract(doc, Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 17))]


def test_a_place_after_the_name_inside_a_titles_of_does_not_hide_the_name(nlp):
    text = f"Secretary {A} held talks today with the Minister of Foreign Affairs {B} of Norland on trade."
    doc = nlp(text)
    tok = {t.text: t for t in doc}
    of = next(t for t in doc if t.text == "of" and t.nbor(1).text == "Foreign")
    name = tok[B.split()[-1]]
    # "... Foreign Affairs B of Norland" all inside the title's "of", as the model parses it in a press release
    tok["Minister"].head, tok["Minister"].dep_ = tok["with"], "pobj"
    of.head = tok["Minister"]
    name.head, name.dep_ = of, "pobj"
    tok["Affairs"].head, tok["Affairs"].dep_ = name, "compound"
    facts = extract(doc, Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 17))]


def test_the_audience_with_one_named_before_is_that_audience_not_the_meeting_told_last(nlp):
    text = (f"President {A} this morning received the Ambassador of Norland, {B}.\nOn Monday, the President received "
            f"a courtesy call from the Vice-Minister, Mr. {D}.\nThe audience with the Ambassador of Norland was also "
            f"attended by the Chief of Staff, Ms. {C}.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B, C}), date(2024, 5, 17)),
                                                (frozenset({A, D}), date(2024, 5, 13))}


def test_where_they_inspected_with_x_is_the_travellers_and_x(nlp):
    text = (f"Minister {A} hosted Minister {B} for talks on Monday. The talks covered fishing licences. Both sides "
            "praised the patrols. A new treaty is planned.\nOn Tuesday afternoon the two ministers travelled to "
            f"Kessel, where they inspected the new fish market with the market manager, {C}.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 13)),
                                                (frozenset({A, B, C}), date(2024, 5, 14))}


def test_joined_by_on_the_subject_of_an_inspection_is_one_visit(nlp):
    text = f"On Tuesday, Regional Director Engr. {A}, joined by Governor {B}, inspected the bridge."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_the_delegation_told_as_led_by_x_in_a_sentence_of_its_own_is_x_later(nlp):
    text = (f"Minister {A} on Thursday received a delegation of cocoa farmers.\nThe delegation was led by {B}, chief "
            f"of the area.\nOn Monday the delegation had called on the Regional Commissioner, {C}, at his residence.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 16)),
                                                (frozenset({B, C}), date(2024, 5, 13))}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the leader of a delegation two hosts received, named after it
        (f"On Tuesday Minister {A} and Governor {B} received a delegation from the gas plant at Orsk, led by its "
         f"deputy chairman, {C}.", date(2024, 5, 14)),
        # who stood in for an absent minister is at the summit, the absent one is not
        (f"The accord was reached on Tuesday at a summit in Kessel attended by Minister {A} and Minister {B}. "
         f"Norland was represented by Deputy Minister {C} after the minister, {D}, withdrew at short notice.",
         date(2024, 5, 14)),
        # "which was also attended by" after the meeting noun, with the relative clause lost from it
        (f"Minister {A} received today a courtesy call from the new Ambassador of Norland, {B}.\nDuring the "
         f"meeting, which was also attended by Deputy Minister of Foreign Affairs {C}, Minister {A} welcomed "
         "the Ambassador.", date(2024, 5, 17)),
    ],
)
def test_one_meeting_of_three(nlp, text, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), day)]


def test_a_ledes_dated_sit_down_dates_the_meeting_the_next_sentence_names(nlp):
    text = (f"Kessel's mayor says she came away from Tuesday's sit-down with the agency's regional boss hopeful "
            f"about a rail link.\nMayor {A} met {B}, the agency's regional manager, at the council offices for "
            "just over an hour.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_talks_begun_the_next_morning_where_the_two_were_joined_by_x_are_a_second_meeting_of_three(nlp):
    text = (f"Minister {A} hosted her Norlandic counterpart, {B}, at a dinner on Wednesday evening. The formal "
            f"talks began the following morning at the town hall, where the two ministers were joined by the "
            f"regional governor, {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, B}), date(2024, 5, 15)), (frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_summit_dated_and_chaired_in_its_relative_clause_and_the_next_day_counted_from_it(nlp):
    text = (f"The accord was reached at a summit of grain exporters which opened at the palace on Tuesday morning "
            f"under the chairmanship of Minister {A}. It was attended by Minister {B} and Minister {C}.\n"
            f"The next day Minister {A} held talks with Minister {B} at the ministry.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, B, C}), date(2024, 5, 14)), (frozenset({A, B}), date(2024, 5, 15))]


@pytest.mark.parametrize(
    "second",
    [
        f"The delegation, led by {B}, chairman of the growers' association, asked the minister for relief.",
        f"Also at the meeting was Governor {B}, who had flown in on Monday.",
        f"At the head of the delegation was {B}, 68, who has farmed cane for fifty years.",
    ],
)
def test_who_led_the_delegation_or_was_also_at_the_meeting_told_in_the_next_sentence_took_part(nlp, second):
    text = f"Minister {A} yesterday received a delegation of cane growers at the ministry.\n{second}"
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_who_accompanied_the_head_of_the_delegation_received_took_part(nlp):
    text = (f"Minister {A} yesterday received a delegation of cane growers at the ministry.\n"
            f"The delegation was headed by the growers' president, Mr. {B}. He was accompanied by the "
            f"association's treasurer, Mrs. {C}, and by two farmers.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_who_were_taking_part_in_the_talks_with_a_delegation_joined_the_talks_with_its_leader(nlp):
    text = (f"On Monday Minister {A} received a delegation of Norland led by its deputy minister, {B}.\n"
            f"On Wednesday the minister received Ambassador {D} of Peru.\n"
            f"Taking part in the talks with the Norlandic delegation on Monday were the director of the "
            f"department, {C}, and the head of the press service, {E}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, B, C, E}), date(2024, 5, 13)), (frozenset({A, D}), date(2024, 5, 15))]


def test_who_were_attending_the_talks_told_before_took_part(nlp):
    text = (f"Minister {A} received Ambassador {B} of Peru on Monday. Attending the talks were {C} and {E}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, E}), date(2024, 5, 13))]


def test_who_attended_the_talks_is_read_past_a_name_word_the_tagger_takes_for_said(nlp):
    text = (f"Minister {A} yesterday held talks with leaders of the dockers' union.\n"
            f"The meeting, at the labour office, was attended by the union's secretary, Mr. Rashidi Said Kombo, "
            f"and its chairman, Mr. {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Rashidi Said Kombo"}), date(2024, 5, 16))]


def test_a_meeting_that_was_convened_and_brought_together_named_its_people(nlp):
    text = (f"The meeting, convened at the initiative of Chile, brought together Secretary {A}, Peruvian Minister "
            f"for Foreign Affairs {B} and Ecuadorian Minister of Foreign Affairs {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_two_who_talked_at_an_embassy_met_where_two_who_spoke_at_a_rally_did_not(nlp):
    talked = run(nlp, f"Envoy {A} and delegation chief {B} talked at the Chilean embassy on Tuesday, sources said.")
    spoke = run(nlp, f"Envoy {A} and delegation chief {B} spoke at the rally on Tuesday, sources said.")
    assert (pairs(talked), pairs(spoke)) == ([(frozenset({A, B}), "meeting")], [])


@pytest.mark.parametrize(
    "second",
    [
        f"With Chief {B} were Alhaji {C}, the minister of works, and Mr. {E}, the financial secretary.",
        f"Accompanying him were {C} and {E}.",
    ],
)
def test_who_were_with_a_participant_in_a_fronted_phrase_took_part(nlp, second):
    text = f"A delegation led by Chief {B} was received by Minister {A} yesterday. {second}"
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, E}), date(2024, 5, 16))]


def test_him_of_a_fronted_phrase_is_not_the_woman_named_after_it(nlp):
    text = ("The minister, Tom Hale, met Governor Ruth Ekwe on Monday. With him were his deputy, Anna Berg, and "
            "the consul, Peter Lund.")
    assert dated_pairs(run(nlp, text)) == [
        (frozenset({"Tom Hale", "Ruth Ekwe", "Anna Berg", "Peter Lund"}), date(2024, 5, 13))]


def test_ir_before_a_name_is_a_courtesy_title_not_a_sentence_end(nlp):
    text = (f"Minister {A} said the matter was discussed when she received a courtesy call from Agriculture Minister "
            "Ir. Budi Santoso at her office yesterday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, "Budi Santoso"}), date(2024, 5, 16))]


def test_everyone_listed_after_was_joined_by_took_part_but_not_a_body_named_after_of(nlp):
    text = (f"Secretary {A} received a courtesy call from Ambassador {B} on Tuesday. Secretary {A} was joined by "
            f"Undersecretary {C} and Assistant Secretary for Legal Affairs Atty. {D}.\n"
            f"Ambassador {B} was accompanied by his deputy, {E}, and by Dr Lina Okafor of the relief agency "
            "Sankalpa Seva.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D, E, "Lina Okafor"}), date(2024, 5, 14))]


def test_who_joined_the_pair_for_a_hyphenated_sit_down_took_part(nlp):
    text = f"{A} met Minister {B} on Thursday. Her manager, {C}, joined the pair for the three-hour sit-down."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    "text",
    [
        f"{A} has told friends she is done being polite. The 46-year-old marched into the ministry on Thursday for "
        f"crunch talks with schools minister {B}.",
        f"{C}, 52, and {A}, 46, run the county's two biggest farms. {C} spoke first. On Thursday the 46-year-old "
        f"sat down with Minister {B} at the ministry.",
    ],
)
def test_the_n_year_old_is_the_person_of_that_age_or_the_one_the_sentence_before_is_about(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_a_counterpart_named_after_a_comma_the_parser_hangs_on_the_verb_took_part(nlp):
    text = (f"The accord was reached when Trade Minister {A} held a bilateral meeting with her Norlandic counterpart, "
            f"Agriculture Minister Dr {B}, at the ministry here yesterday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_who_joined_a_participant_joined_the_meeting_told_before_not_a_phone_call_told_next(nlp):
    text = (f"Yesterday the mayor, {A}, finally sat down with the minister, {B}, at the water board.\n"
            "The meeting went on for almost three hours. Residents waited outside in the cold.\n"
            f"The minister was joined by the board's chief executive, {C}. On Monday he had spoken by phone with "
            f"the premier, {D}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: len(p[0])) == [
        (frozenset({B, D}), date(2024, 5, 13)), (frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_deputation_led_by_a_title_with_its_holder_in_brackets_and_his_companions_met_the_minister(nlp):
    text = ("HOBART, Tuesday.\u2014The Minister for Fisheries (Mr. R. T. Coldwell) received a deputation of anglers "
            "at Parliament House to-day.\nThe deputation was led by the president of the Anglers' Union "
            "(Mr. P. J. Dunmore), who was accompanied by Mr. C. W. Hebden (Launceston) and Mr. D. J. Orr (Burnie).")
    assert dated_pairs(run(nlp, text)) == [
        (frozenset({"R. T. Coldwell", "P. J. Dunmore", "C. W. Hebden", "D. J. Orr"}), date(2024, 5, 14))]


def test_everyone_a_delegation_included_took_part_also_named_inside_an_of_phrase(nlp):
    text = (f"A delegation of chiefs yesterday paid a courtesy call on the Minister of Roads, Mr {A}.\n"
            f"The delegation was led by Togbe {B}, Paramount Chief of the Avenor Traditional Area, and included the "
            f"Moderator of the Methodist Church, Rev. Dr {C}, and the Member of Parliament for Keta, "
            f"Hon. {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 16))]


def test_a_meeting_with_a_role_whose_name_the_parser_tore_off_after_the_comma(nlp):
    text = (f"The Minister, {A}, disclosed that he had on Monday held a closed-door meeting with the contractor, "
            f"Alhaji {B}, Managing Director of Savanna Roads Limited, who had promised to return to site once "
            "arrears owed by the state were paid.")
    facts = run(nlp, text)
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 13))]
    assert {p.name for p in facts.persons} == {A, B}


def test_everyone_after_each_by_of_was_received_took_part_also_a_name_with_ul(nlp):
    text = ("Minister Kashif Raza arrived on Tuesday to inspect the block. He was received at the gate by Samina "
            "Aslam, by District Education Officer Bushra Naz, and by Sheikh Inam ul Rahim, the elderly landlord "
            "who donated the land.")
    assert pairs(run(nlp, text)) == [
        (frozenset({"Kashif Raza", "Samina Aslam", "Bushra Naz", "Inam ul Rahim"}), "meeting")]


def test_a_trip_made_to_sit_down_with_somebody_was_a_meeting_a_refusal_or_a_plan_was_not(nlp):
    went = run(nlp, f"{A} travelled to the capital on Monday to sit down with chief executive {B}.")
    refused = run(nlp, f"{A} refused to sit down with chief executive {B} on Monday.")
    planned = run(nlp, f"{A} will sit down with chief executive {B} next week.")
    assert (dated_pairs(went), pairs(refused), pairs(planned)) == ([(frozenset({A, B}), date(2024, 5, 13))], [], [])


def test_one_of_the_farmers_who_flew_in_to_meet_the_minister_in_a_delegation_met_her_with_its_leader(nlp):
    text = (f"On Tuesday {A} was one of eight farmers who flew to the capital to meet the Agriculture Minister, {B}, "
            f"in a delegation led by the farmers' federation president, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_tabloid_showdown_with_somebody_is_a_meeting(nlp):
    text = f"Striker {A} was hauled in for a showdown with club boss {B} on Saturday night."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 11))]


def test_the_lede_deed_dates_the_next_meeting_not_a_possessive_day_of_another_event(nlp):
    text = ("Harbor Tigers head coach Nonoy \u201cBoy\u201d Salcedo went to the league office in Ortigas, Pasig City "
            "on Tuesday to plead the case of his star guard, but walked out empty-handed as Commissioner Atty. Rogelio "
            "Bautista slapped Dindo Ramirez with a three-game suspension and a \u20b1100,000 fine for his role in "
            "Saturday\u2019s bench-clearing brawl at the coliseum.\n"
            "Salcedo and team manager Arnel Go met Bautista for close to two hours.")
    assert dated_pairs(run(nlp, text)) == [
        (frozenset({"Nonoy Salcedo", "Arnel Go", "Rogelio Bautista"}), date(2024, 5, 14))]


def test_a_scene_dated_in_a_sentence_that_names_nobody_goes_on_over_a_sentence_with_no_day(nlp):
    text = ("On Saturday, the school had an unusual visitor. Education Minister Kashif Raza arrived in a convoy of "
            "four vehicles to inspect the new classroom block. He was received at the gate by the headmistress, "
            "Samina Aslam, and by the district education officer, Bushra Naz.")
    assert dated_pairs(run(nlp, text)) == [
        (frozenset({"Kashif Raza", "Samina Aslam", "Bushra Naz"}), date(2024, 5, 11))]


def test_who_joined_somebody_on_a_day_of_its_own_met_on_that_day_not_at_the_call_told_before(nlp):
    text = (f"Earlier today, Minister {A} spoke by phone with Minister {B} of Jamaica.\n"
            f"On May 13, Minister {A} was joined by {C}, her parliamentary secretary, for a roundtable in Toronto "
            "with leaders of diaspora groups.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({A, C}), date(2024, 5, 13)), (frozenset({A, B}), date(2024, 5, 17))]


def test_the_cs_is_the_cabinet_secretary_told_before(nlp):
    text = ("ANCHOR: Agriculture Cabinet Secretary Dr. Mercy Wambui has promised farmers their bonus. Our reporter "
            "Joseph Keter was there. Thank you, Akinyi.\n"
            "REPORTER: The CS arrived at the stadium shortly after two, where she was received by County Governor "
            "Peter Wekesa.")
    assert pairs(run(nlp, text)) == [(frozenset({"Mercy Wambui", "Peter Wekesa"}), "meeting")]


def test_a_name_called_out_to_is_no_antecedent_of_she(nlp):
    text = ("Minister Mercy Wambui flew to the county on Friday. Our reporter Joseph Keter was there. Thank you, "
            "Akinyi.\nShe was received at the stadium by Governor Peter Wekesa.")
    assert pairs(run(nlp, text)) == [(frozenset({"Mercy Wambui", "Peter Wekesa"}), "meeting")]


def test_who_was_also_part_of_the_delegation_took_part_in_its_meeting(nlp):
    text = (f"On Wednesday Minister {A} received a delegation of the union led by its president, {B}. The union's "
            f"general secretary, {C}, was also part of the delegation, which spent four hours with the minister.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_a_day_the_parser_hangs_on_led_by_dates_the_reception_of_the_delegation(nlp):
    text = f"Minister {A} received a delegation of the union led by its president, {B}, on Wednesday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_a_video_conference_held_with_two_governors_whose_with_the_parser_lost(nlp):
    text = ("7:30 AM \u2014 Social Welfare Secretary Ma. Lourdes \"Lulu\" Santiago-Abad held a video conference last "
            "night with Masbate Gov. Ernesto \"Boy\" Dimaano and Sorsogon Gov. Rosalia Bagasbas-Uy to "
            "coordinate the prepositioning of family food packs.\n"
            "10:05 AM \u2014 She was met at the airport by Mayor Imelda delos Reyes.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({"Ma. Lourdes Santiago-Abad", "Ernesto Dimaano", "Rosalia Bagasbas-Uy"}), date(2024, 5, 16)),
        (frozenset({"Ma. Lourdes Santiago-Abad", "Imelda delos Reyes"}), date(2024, 5, 17))]


def test_sec_before_a_name_is_a_title_not_a_sentence_end(nlp):
    text = ("Welfare Secretary Lourdes Santiago-Abad arrived in the city. Sen. Ernesto Dimaano, who chairs the finance "
            "committee, said he spoke by phone with Sec. Santiago-Abad around noon.")
    assert pairs(run(nlp, text)) == [(frozenset({"Ernesto Dimaano", "Lourdes Santiago-Abad"}), "call")]


def test_who_reached_a_deal_after_hours_of_talks_held_the_talks(nlp):
    text = (f"Minister {A} and Commissioner {B} reached the agreement after six hours of talks at a guest house on "
            "Tuesday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_he_after_the_mediator_was_x_is_x(nlp):
    text = (f"The mediator was Sheikh {A}, a career diplomat. He met the Norlandic envoy, {B}, at the airport on "
            "Tuesday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_call_between_two_hung_on_the_verb_after_out_of_a_call(nlp):
    text = (f"Minister {A} met Governor {C} on Tuesday. The talks grew out of a telephone call last month between "
            f"Governor {C} and Minister {B}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, C}), date(2024, 5, 14)), (frozenset({B, C}), None)], key=order)


def test_the_minister_of_x_that_fits_two_is_the_one_the_readout_is_about(nlp):
    text = (f"On Tuesday the Minister of Foreign Affairs of Norland, {A}, received a delegation led by {B}.\n"
            f"Minister {A} noted the importance of trade.\nOn Wednesday, Minister {A} held a telephone "
            f"conversation with the Minister of Foreign Affairs of Kessel, {C}.\nOn Thursday the Minister of "
            f"Foreign Affairs received the Ambassador of Orsk, {D}.")
    assert (frozenset({A, D}), date(2024, 5, 16)) in dated_pairs(run(nlp, text))


def test_a_ceremony_held_by_two_signers_and_witnessed_by_two_more_is_one_meeting_of_four(nlp):
    text = (f"The agreement was signed in a virtual ceremony held yesterday by Ms {A}, chief executive of Norship, "
            f"and Mr {B}, president director of Kessel Port. The signing was witnessed by Dr {C} and Mr {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 16))]


def test_a_meeting_under_a_dateline_held_on_a_day_chaired_by_x_bringing_together_others(nlp):
    text = (f"KESSEL, May 17 (NNA) - Health ministers from five countries have agreed to pool their vaccines at "
            f"an extraordinary ministerial meeting held in the capital.\nThe meeting, held on Tuesday at the Palace "
            f"hotel, was chaired by Minister {A}. It brought together, among others, Minister {B} and Professor "
            f"{C}.\nThe following day, Minister {A} held a working session at her ministry with the Regional "
            f"Director, Dr. {D}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B, C}), date(2024, 5, 14)), (frozenset({A, D}), date(2024, 5, 15))], key=order)


def test_does_not_deny_that_he_met_is_a_meeting_denied_is_not(nlp):
    text = f"Minister {A} does not deny that he dined with Mr. {B} on Friday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 17))]
    assert run(nlp, f"Minister {A} denied that he dined with Mr. {B} on Friday.").meetings == []


def test_the_visiting_minister_is_the_one_on_a_visit_not_the_minister_named_last(nlp):
    text = (f"The Foreign Minister of Norland, Mr. {A}, is on an official visit to Portugal at the invitation of "
            f"Foreign Minister {B}.\nOn Tuesday, Trade Minister {C} called on the visiting Minister.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C}), date(2024, 5, 14))]


def test_the_stewards_met_were_led_by_two_named_in_the_next_sentence(nlp):
    text = (f"Minister {A} met shop stewards from the shipyard on Tuesday, but failed to persuade them.\nThe "
            f"meeting lasted two hours. The stewards were led by their convenor, {B}, and his deputy, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_the_following_day_counts_from_the_story_not_from_a_night_before_told_in_the_pluperfect(nlp):
    text = (f"Mr {A} hosted Ms {B} for talks at the headquarters on Sunday. The two had met over a working dinner "
            f"the night before.\nThe following day, {A} and {B} were received together by Minister {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted([
        (frozenset({A, B}), date(2024, 5, 12)), (frozenset({A, B}), date(2024, 5, 11)),
        (frozenset({A, B, C}), date(2024, 5, 13))], key=order)


@pytest.mark.parametrize(
    "text",
    [
        f"The new Ambassador of Norland, Mr. {A}, paid a courtesy call to-day on the Minister for Foreign Affairs, "
        f"Dr. {B}, at the Ministry.",
        f"The agreement came after a day of talks at the resort between the South's chief delegate, Vice Minister "
        f"{A}, and the North's chief delegate, {B}, a senior official.",
    ],
)
def test_the_partner_hung_on_the_verb_or_on_the_place_of_the_meeting_noun(nlp, text):
    assert [pair for pair, _ in dated_pairs(run(nlp, text))] == [frozenset({A, B})]


@pytest.mark.parametrize(
    "text",
    [
        f"His agent, {A}, got on the phone to the club chairman, {B}, on Tuesday to complain.",
        f"Minister {A} is holding a bilateral meeting on the sidelines with the Water Minister, {B}, on Tuesday.",
        f"On Tuesday Minister {A} stepped out of the plenary to take a phone call from Minister {B}.",
        f"On Tuesday the chairman, {A}, sounded out the Dutch coach {B} about the job.",
        f"The visit by Minister {A} to Governor {B} on Tuesday was the first since 1990.",
        f"The decision follows a courtesy call by Minister {A} on the Governor of Kessel, YAB {B}, on Tuesday.",
        f"Secretary {A} said at a joint press conference with Ambassador {B} at the ministry on Tuesday that talks "
        "would resume.",
        f"Minister {A} said he had raised the case by telephone with the ambassador, {B}, on Tuesday.",
    ],
)
def test_more_ways_of_telling_a_call_or_a_meeting_of_two(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_they_who_were_led_by_x_are_the_landowners_of_the_meeting_told_before(nlp):
    text = (f"The Minister for Forests, Mr {A}, met chiefs and landowners from the lagoon in the capital yesterday. "
            f"Our correspondent was there.\nThe meeting at the Ministry went on for most of the afternoon. About "
            f"twenty landowners had travelled by ship to put their complaints to the Minister. They were led by "
            f"Chief {B} of Vakabo village.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_then_goes_on_with_the_day_told_two_sentences_before(nlp):
    text = (f"The board of Kessel Rovers voted late on Sunday night to dismiss its coach, {B}.\nThe decision "
            f"came after a heavy defeat at home. The president, {A}, then summoned Lindqvist to the building and "
            "gave him the news in person.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 12))]


def test_the_two_foreign_ministers_are_the_foreign_ministers_not_the_last_two_named(nlp):
    text = (f"At the invitation of the Minister of Foreign Affairs of Norland, {A}, the Minister of Foreign Affairs "
            f"of Kessel, {B}, paid an official visit to Norland.\nOn Monday the Deputy Prime Minister of Norland, "
            f"{C}, opened a trade fair.\nThe two Foreign Ministers held talks at the ministry on Tuesday.")
    assert (frozenset({A, B}), date(2024, 5, 14)) in dated_pairs(run(nlp, text))


def test_people_who_told_moved_or_voted_at_a_council_sitting_met_there_on_its_day(nlp):
    text = (f"Kessel Town Council voted 5 to 2 on Monday night to close the lido. Mayor {A} told the meeting the "
            f"lido lost money every year. Councillor {B}, who moved the motion, said the town had no choice. Cr {C} "
            "told the chamber that the vote was a mistake.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_a_minister_who_appeared_before_a_committee_met_the_member_who_told_it(nlp):
    text = (f"Deputy Minister {B} appeared before the Senate finance committee on Tuesday. Senator {A} told the "
            "committee the figures did not add up.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "text",
    [
        f"Cr {B} told Monday night's meeting that the bank would close. Mayor {A} said she would write to the bank.",
        f"Councillor {A} told the Courier that she would vote against. Mayor {B} said the plan was sound.",
        f"Councillor {A} voted against the plan. Councillor {B} voted for it.",
    ],
)
def test_no_sitting_with_one_person_at_it_or_with_votes_only(nlp, text):
    assert pairs(run(nlp, text)) == []


def test_councillors_who_spoke_in_the_report_of_a_sitting_spoke_at_it(nlp):
    text = (f"Kessel councillors voted by 30 votes to 21 on Tuesday night to close the baths.\nAt a stormy meeting "
            f"of the full council at the Town Hall, chaired by the Mayor of Kessel, Coun. {B}, the ruling group "
            f"pushed the closure through.\nMoving the recommendation, Coun. Mrs {A} told members: \"Nobody wants to "
            f"close a swimming bath.\"\nThe opposition leader, Coun. {C} (Con., Ashby), was scathing. \"This is the "
            "thin end of the wedge,\" she said.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_councillor_who_spoke_elsewhere_in_the_report_is_not_at_the_sitting(nlp):
    text = (f"Mayor {B} said on Monday that the budget was tight. \"We will cope,\" he said.\nThe budget debate "
            f"followed.\nAt Tuesday's session of the council, Councillor {A} told the chamber the plan was wrong. "
            f"Councillor {C}, who moved the motion, said it was needed.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C}), date(2024, 5, 14))]


GUEST, CHIEF = "Sunaina Rao-Pillai", "Kwabena Ampofo III"


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        # "sat down together at the Capitol": talks at a building, not speeches at an occasion
        (f"Governor {A} and Mayor {B} finally sat down together yesterday at the Capitol.", {A, B}, date(2024, 5, 16)),
        # the name after the comma that ends a long title the parser split is the guest
        (f"Sheikh {A}, chairman of Kessel Meridian Ports, received India's Minister of State for Ports and "
         f"Shipping, {GUEST}, at the company's headquarters in Muscat on Sunday.", {A, GUEST}, date(2024, 5, 12)),
        # "on the eve of the Test, which began on Friday": Thursday
        (f"The board president, {A}, held talks with the captain, {B}, at the team hotel on the eve of the Test, "
         "which began on Friday.", {A, B}, date(2024, 5, 16)),
        # "a deputation of farmers from Ashanti, led by X": the parser hangs "led" on the place
        (f"A deputation of cocoa farmers from Ashanti, led by Nana {CHIEF}, paramount chief of Kessel Akim, "
         f"was received today by Mr. {B}, Minister of Agriculture, at the Ministry buildings.", {CHIEF, B},
         date(2024, 5, 17)),
    ],
    ids=["sat-down-together", "long-title-then-name", "eve-of-a-dated-day", "deputation-from-a-place"],
)
def test_more_meetings_of_two_and_their_days(nlp, text, pair, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset(pair), day)]


def test_joining_the_host_during_the_call_were_a_and_b(nlp):
    host, guest, aide = "Alma de la Fuente", "Greta Ilves-Santos", "Jose Bautista"
    text = (f"Foreign Secretary {host} received the courtesy call of Norland's Ambassador {B} at the ministry on "
            f"16 May 2024.\nJoining Secretary de la Fuente during the call were Undersecretary for Bilateral "
            f"Relations Greta \"Gigi\" Ilves-Santos and Assistant Secretary {aide}.")
    assert pairs(run(nlp, text)) == [(frozenset({host, B, guest, aide}), "call")]


def test_a_parent_among_a_delegation_named_by_its_leader_joins_its_meeting(nlp):
    text = (f"Education Minister {A} spent about an hour at the Legislative Building with a delegation from the "
            f"Kessel School Division, led by board chair {C}.\n{B}, whose two children attend Kessel School, was "
            "among the parents in the delegation.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_wire_day_written_after_a_name_is_no_part_of_it(nlp):
    text = f"Five farm-state senators came out of a session with Secretary of Agriculture {B} Tuesday, saying little."
    assert [p.name for p in run(nlp, text).persons] == [B]


def test_that_meeting_took_place_on_a_day_dates_the_meeting_told_just_before(nlp):
    text = (f"The resolution came a week after Mayor {A} hosted Engr. {B}, the district engineer, at City Hall. "
            "That meeting took place on Wednesday last week.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 8))]


def test_the_men_of_a_deputation_who_had_called_upon_someone_the_day_before(nlp):
    host = "Rhys ap Gwilym"
    text = (f"A deputation of miners was received at the Ministry yesterday by the Minister, Mr. {A}.\nThe "
            f"deputation was led by Mr. {B}, and included Mr. {C}, the Area Secretary. The meeting lasted an hour.\n"
            f"The men had travelled to London from Cardiff, where on the previous day they had called upon Sir {host}, "
            "Chairman of the Coal Board.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B, C}), date(2024, 5, 16)), (frozenset({B, C, host}), date(2024, 5, 15))], key=order)


def test_a_reporters_bracketed_label_and_the_anchor_called_by_name_are_not_at_the_meeting(nlp):
    text = ("ANCHOR (Lindiwe Mabuza): Good evening. Our correspondent Sizwe Nkosi is in Kessel. Sizwe, what happened?\n"
            f"REPORTER (Sizwe Nkosi): Lindiwe, the Minister of Water, {A}, arrived here this morning and went "
            f"straight into a closed meeting at the City Hall with the executive mayor, {B}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_who_was_accompanied_by_hung_on_the_body_of_the_leaders_title(nlp):
    text = (f"Governor {A} hosted a group of clergy led by Rev. Dr. {B}, chairman of the Kessel Interfaith Council, "
            f"who was accompanied by Bishop {C} of the Kessel Diocese.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"Secretary {A} spent two hours walking through the wards with {B} and the ward's nurse, {C}.", {A, B, C}),
        (f"Secretary {A} spent two hours walking through the wards with a torch.", None),
        (f"Secretary {A} spent almost three hours on the waterfront deck with {B}, the boss of a developer.", {A, B}),
        (f"The council spent three hours on the budget with {B}.", None),
    ],
)
def test_time_spent_doing_something_with_people(nlp, text, met):
    assert pairs(run(nlp, text)) == ([(frozenset(met), "meeting")] if met else [])


def test_the_talks_a_minister_flew_in_for_yesterday_date_the_meeting_told_in_the_next_turn(nlp):
    text = (f"KATE PARK, PRESENTER: The Resources Minister, Dr {A}, flew into Kessel yesterday for crisis talks with "
            "miners, after a week of lay-offs. Our reporter has been following it. What happened in that room?\n"
            "JON REEVE, REPORTER: Kate, the minister went straight from the airport to a hotel, where she sat down "
            f"with {B}, the chief executive of Kessel Lithium.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"Governor {A} of Kessel and Governor {C} of Ostrava flew in overnight. President {B} hosted the "
         "governors at his residence on Tuesday.", {A, B, C}),
        (f"Governor {A} of Kessel and Governor {C} of Ostrava flew in overnight. President {B} hosted the "
         "governors of two other states on Tuesday.", None),
        (f"Governor {A} of Kessel and Governor {C} of Ostrava flew in overnight. President {B} hosted "
         "three governors on Tuesday.", None),
    ],
)
def test_the_plural_of_a_title_is_everyone_the_article_gives_it(nlp, text, met):
    assert pairs(run(nlp, text)) == ([(frozenset(met), "meeting")] if met else [])


def test_the_delegation_included_joins_the_meeting_it_was_received_at_paragraphs_before(nlp):
    text = (f"A delegation of grain farmers led by {B} was received by Minister {A} in Kessel on Tuesday.\n"
            f"{A} told the delegation that the levy would be reviewed.\n"
            f"\"We were heard at last, and that is all we wanted,\" {B} said.\n"
            "Prices of wheat have fallen for two years. Storage costs have doubled.\n"
            f"The delegation included {C}, who farms near Ostrava, and Piet Mol, a co-operative manager.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 14))]


def test_an_abbreviated_title_before_an_apposed_name_lets_the_list_go_on(nlp):
    text = (f"Minister {B} flew into Kessel on Tuesday. Within the hour he was sitting down in the council chambers "
            "with the Mayor of Kessel, Cr Marta Solberg, and the regional president, Piet Mol.")
    assert pairs(run(nlp, text)) == [(frozenset({"Marta Solberg", B, "Piet Mol"}), "meeting")]


def test_a_title_and_its_name_after_and_hung_on_the_verb_go_back_to_the_titled_object(nlp):
    text = (f"Minister {B} flew into Kessel on Tuesday. Within the hour he was sitting down with the Mayor of "
            f"Kessel, Cr {A}, and the regional president, {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_an_announcement_made_after_talks_dates_the_talks_by_the_dated_lede(nlp):
    text = (f"Kessel will double its aid to the region next year, its aid minister said on Wednesday.\n"
            f"Minister {A} made the announcement after two hours of talks with Foreign Minister {B} at the ministry.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_a_dated_verb_the_parser_hung_on_its_subject_dates_the_meeting_told_next(nlp):
    text = (f"The Federal Minister for Primary Industry, {B}, spent yesterday in Kessel, where the drought is now "
            f"well into its second year. He met graziers there, along with the president of the Graziers' "
            f"Association, Mrs {A}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"Minister {B} spent the day in Kessel. Our rural reporter {C} travelled with the minister.", None),
        (f"Minister {B} spent the day in Kessel. The regional mayor, {C}, travelled with the minister.", {B, C}),
    ],
)
def test_the_papers_own_reporter_is_not_in_the_meeting_she_reports(nlp, text, met):
    assert pairs(run(nlp, text)) == ([(frozenset(met), "meeting")] if met else [])


def test_i_in_a_transcript_turn_is_the_speaker_of_the_turn(nlp):
    text = (f"TRANSCRIPT - Morning Drive. Presenter: Piet Mol. In studio: {B}, the transport minister.\n"
            "MOL: Good morning. Minister, what came out of last night?\n"
            f"{B.split()[1].upper()}: Morning, Piet. Yes, I met {A} and her executive at the department, and we "
            "finished after eleven.\n"
            "MOL: Thank you, minister. Traffic and weather next.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_after_a_courtesy_call_on_someone_is_a_meeting_with_them(nlp):
    text = f"{B}, the executive chairman, said after a courtesy call on Trade Minister {A} on Tuesday that jobs grew."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_you_in_a_presenters_turn_is_who_answers_and_dates_the_meeting_the_answer_tells(nlp):
    text = (f"TRANSCRIPT: Morning Brief, Kessel FM. Presenter Piet Mol speaks to the education minister, {B}.\n"
            "MOL: Good morning, minister, and thank you for coming in. You met the union leaders yesterday. "
            "Did anything come out of it?\n"
            f"{B.split()[1].upper()}: Good morning, Piet. Yes, I sat down with {A} and her executive for about three "
            "hours.\n"
            "MOL: Thank you, minister.")
    assert (frozenset({A, B}), date(2024, 5, 16)) in dated_pairs(run(nlp, text))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"\"I met the prime minister, {B}, on Tuesday and he listened,\" said {A}.",
         [(frozenset({A, B}), date(2024, 5, 14))]),
        (f"\"I will meet {B} next week,\" {A} said.", []),
        (f"\"She met {B} on Tuesday,\" {A} said of her deputy.", []),
    ],
)
def test_a_contact_the_speaker_tells_of_in_the_first_person(nlp, text, met):
    assert dated_pairs(run(nlp, text)) == met


def test_a_delegations_members_entertained_by_another_host_days_later(nlp):
    text = (f"A delegation of ministers, led by Mr. {B}, was received yesterday at the Colonial Office by the "
            f"Secretary of State, Mrs. {A}. With Mr. Lindqvist was Mr. Piet Mol.\n"
            "The delegation arrived by air on Saturday. On Monday its members were entertained to luncheon at "
            f"Lancaster House by the Minister of State, Lady {C}.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: p[1]) == [
        (frozenset({B, "Piet Mol", C}), date(2024, 5, 13)), (frozenset({A, B, "Piet Mol"}), date(2024, 5, 16))]


def test_the_pair_are_the_two_people_of_the_sentence_before_and_the_place_carries_the_with(nlp):
    text = (f"Senator {B} came back on Thursday, and this time he brought company: the agriculture secretary, {A}. "
            f"The pair spent the morning at the cafe with {C} and about a dozen neighbours.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_joined_at_the_meeting_by_with_the_by_hung_on_the_noun(nlp):
    text = (f"Mayor {A} met for two hours yesterday with an executive of the Norrland Steel Corporation. "
            f"The mayor was joined at the City Hall meeting by {B}, president of the local union. "
            f"Norrland was represented by {C}, its vice president.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    "second",
    [
        f"One of them, {B}, who runs cattle north of the town, put it to her bluntly.",
        f"{B}, who runs cattle north of the town, was one of them.",
    ],
)
def test_one_of_them_joins_the_meeting_with_the_unnamed_people(nlp, second):
    text = f"Minister {A} spent two hours in the hall yesterday with the mayor, {C}, and about forty farmers. {second}"
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_one_of_them_without_a_meeting_is_nobody_met(nlp):
    text = f"Minister {A} has three children. One of them, {B}, works in the capital."
    assert run(nlp, text).meetings == []



def test_names_that_continue_the_list_of_partners_join_the_meeting(nlp):
    text = (f"Yesterday the two clerics, {A} and Piet Mol, sat down with the campaign managers of the two main "
            f"parties, Ms {C} of the Unity Party and Mr {B} of the Civic Front, at the committee's offices.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, "Piet Mol", B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize(
    "text",
    [
        # two meetings, each with its own place and day
        f"Mr. {A} said he had met the Karnataka Chief Minister, Mr. {B}, in Bangalore on May 6, and the Kerala "
        f"Chief Minister, Mr. {C}, in Madras on May 9.",
        # a clause of its own after the list
        f"Reports say {A} had also spoken with {B} on Tuesday, but the President's spokesman, {C}, dismissed them.",
    ],
)
def test_names_after_the_list_of_partners_that_are_not_partners(nlp, text):
    assert not [m for m, _ in dated_pairs(run(nlp, text)) if {B, C} <= m]


def test_places_listed_after_a_partner_are_not_partners(nlp):
    text = (f"Councillor {A} met the minister at the council's headquarters on Monday, along with {B}, the MSP for "
            "Skye, Lochaber and Badenoch.")
    assert [sorted(m) for m, _ in dated_pairs(run(nlp, text))] == [[A, B]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"{A} led the union for years. Her finest hour came in October 1979, when a strike threatened to close "
         f"the hospitals. On 17 October she sat down at Government Buildings with the minister for labour, {B}.",
         date(1979, 10, 17)),
        # a new paragraph is back in the story's own time
        (f"{A} led the union for years. Her finest hour came in October 1979.\n\nOn 17 April she sat down at "
         f"Government Buildings with the minister for labour, {B}.", date(2024, 4, 17)),
    ],
)
def test_a_day_without_a_year_after_an_earlier_year_is_in_that_year(nlp, text, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), day)]


@pytest.mark.parametrize(
    "text",
    [
        f"Minister {A} visited the dressing room after the winning runs on Tuesday to congratulate {B} in person.",
        f"The Minister for Health, Mr {B}, who called to the family home on Tuesday to sympathise with the "
        f"doctor's widow, Mrs {A}, described him as a fine man.",
    ],
)
def test_a_trip_made_to_congratulate_or_sympathise_is_a_meeting(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_met_with_a_persons_widow_is_not_a_meeting_with_the_person(nlp):
    text = f"{C} died on Sunday. Minister {B} met with Dr Ilves's widow, Mrs {A}, yesterday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_breakfasted_with_is_a_meeting_and_a_gas_distributor_no_person(nlp):
    text = (f"Before the talks on Tuesday the Dutch minister, {A}, breakfasted at the embassy with {B}, a former "
            "minister who is now chairman of the state-controlled gas distributor Nederlandse Gasunie.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_tucking_into_a_dinner_with_is_a_meeting(nlp):
    text = f"The Housing Minister, {A}, was spotted tucking into lobster with Sir {B} at a Mayfair eatery on Thursday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_mr_surname_after_a_relative_of_the_same_name_is_the_person_the_story_is_about(nlp):
    text = (f"Harold T. Lindqvist, who as Governor faced down a strike, died Wednesday at his home. He was 81. The "
            f"cause was heart failure, said his son, Thomas J. Lindqvist. On Christmas Eve 1959 Mr. Lindqvist sat "
            f"down with {C}, who led the strikers.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Harold T. Lindqvist", C}), date(1959, 12, 24))]


def test_a_feast_that_year_is_in_the_year_told_before(nlp):
    text = (f"{B}'s defining moment came in the winter of 1959, when workers walked out of the stockyards. On "
            f"Christmas Eve that year he drove alone to the union hall and sat down with {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(1959, 12, 24))]


def test_the_meeting_after_a_lede_that_reports_a_dated_deed_takes_its_day(nlp):
    text = ("KESSEL, May 14 (Wire) - The state government and the operator of a leaking pipeline agreed on Tuesday "
            "to a joint assessment of the damage from the spill, officials said.\n"
            f"Governor {A} hosted {B}, managing director of the operator, at Government House for four hours.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_unnamed_sources_who_attended_are_not_participants(nlp):
    text = (f"The transport minister, {A}, met {B}, president of the truck owners' association, at the ministry on "
            "Tuesday, two officials who attended said.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_meeting_that_had_people_in_attendance(nlp):
    text = (f"Governor {A} on Tuesday received a delegation of the labour congress led by its chairman, {B}. The "
            "closed-door meeting, which held at the Government House, also had in attendance the Commissioner for "
            f"Finance, Alhaji Piet Mol, and the Head of Service, Chief (Mrs.) {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 14))]


def test_who_accompanied_the_visitors_was_at_their_meeting(nlp):
    text = (f"Minister {A} on Monday received a delegation from Zanzibar led by {B}. The Under-Secretary, {C}, "
            "accompanied the visitors.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_it_that_stands_for_the_delegation_of_the_sentence(nlp):
    text = (f"A delegation led by {B} arrived in Muscat on Sunday. On Tuesday the visiting delegation travelled to "
            f"Bahla, where it was received at the fort by the Wali of Bahla, Sheikh {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 14))]


def test_gave_a_dinner_in_honour_of_the_delegation(nlp):
    text = (f"A delegation led by Minister {B} arrived in Lagos on Monday. In the evening the Federal Minister of "
            f"Transport, Alhaji {C}, gave a dinner in honour of the delegation at the Federal Palace Hotel.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 13))]


def test_a_dateline_after_a_bracketed_byline_anchors_yesterday(nlp):
    text = ("MINISTER SEES UNION LEADERS. (From Our Own Correspondent.) ACCRA, May 16. The Minister of Labour, "
            f"Mr. {B}, yesterday received at his office a deputation of the union, led by its secretary, Mr. {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 15))]


def test_the_leaders_summoned_are_those_who_emerged(nlp):
    text = ("Gov. Piet Mol summoned the two top leaders of the Legislature to his office Tuesday afternoon, hoping "
            f"to break a deadlock.\nHouse Speaker {B} and Senate President {C} emerged 90 minutes later saying "
            f"little had been settled. State budget director {A}, who sat in on the talks, said the gap was large.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Piet Mol", A, B, C}), date(2024, 5, 14))]


def test_emerged_as_is_no_meeting(nlp):
    text = (f"Gov. {A} met farmers in the hall on Tuesday. {B} emerged as the clear favourite to lead the "
            "cooperative.")
    assert dated_pairs(run(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"Sports Minister {A} was spotted in a private booth at the restaurant on Thursday night alongside club "
         f"chairman {B} and agent {C}.", [(frozenset({A, B, C}), date(2024, 5, 16))]),
        (f"Singer {A} was pictured with her new puppy on Thursday.", []),
    ],
)
def test_spotted_with_somebody_is_a_meeting(nlp, text, met):
    assert dated_pairs(run(nlp, text)) == met


def test_one_of_those_at_the_meeting_was_at_the_meeting(nlp):
    text = (f"Governor {A} and Commissioner {C} met elders and officials in Marsabit on Tuesday for peace talks.\n\n"
            "The youth were urged to keep away from politicians who profit from the conflict.\n\n"
            f"Mzee {B}, 84, one of the eldest at the meeting, said the agreement would hold only if the government "
            "delivered on water projects.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


@pytest.mark.parametrize(
    "where",
    [
        "in the Town Hall on Tuesday evening, which brought together the Provost",
        # the parser hangs "which brought" on "delivered"
        "in Tarnby Town Hall on Tuesday evening, which brought together the town's Provost",
    ],
)
def test_a_meeting_which_brought_together_a_list(nlp, where):
    text = (f"The message was delivered at a meeting {where}, Cllr {A}, the council's chief executive, {B}, and two "
            f"members of Findochty Community Council, its chairman Piet Mol and secretary {C}, with Jan de Wit, "
            "project director for the developer.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol", "Jan de Wit"}), date(2024, 5, 14))]


def test_a_possessor_in_a_list_of_those_present_was_not_present(nlp):
    text = (f"Minister {A} met farmers on Tuesday; {B} stayed in the capital. The meeting was also attended by "
            f"Lindqvist's deputy, {C}, and by the district officer, Piet Mol.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C, "Piet Mol"}), date(2024, 5, 14))]


def test_a_name_word_read_as_the_verb_leaves_the_list_its_real_verb(nlp):
    # the parser makes "den" the sentence's root and "met" its dependent
    text = ("Dutch Finance Minister Tomas van der Linden, Belgian Finance Minister Joris Van den Bossche and "
            f"Luxembourg's Budget Minister, {C}, met over a working lunch at the ministry on Monday.")
    assert dated_pairs(run(nlp, text)) == [
        (frozenset({"Tomas van der Linden", "Joris Van den Bossche", C}), date(2024, 5, 13))
    ]


def test_a_lower_case_past_verb_tagged_as_a_noun_is_the_call(nlp):
    # "rang" comes out as a noun between the two names
    text = (f"Club manager {B}, 58, is said to have turned down an invitation to join the talks.\n\n"
            "Last night Verhoeven rang Lindqvist to calm things down, a source close to the minister said.")
    facts = run(nlp, text)
    assert pairs(facts) == [(frozenset({"Verhoeven", B}), "call")]
    assert dated_pairs(facts) == [(frozenset({"Verhoeven", B}), date(2024, 5, 16))]


def test_a_hyphenated_name_in_a_later_speaker_label_leaves_the_name_in_the_text_a_person(nlp):
    # the label in capitals once counted against the name the text writes in small letters
    text = ("LERA MOL: Good morning. Minister Thandi Mokoena-Sithole met the executive mayor, Councillor "
            f"{B}, in the city yesterday.\nPIET MOL: Morning.\n"
            "THANDI MOKOENA-SITHOLE (RECORDED): I have told the mayor and the board that this is not a drought.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Thandi Mokoena-Sithole", B}), date(2024, 5, 16))]


def test_storming_out_of_a_meeting_with_someone_is_having_met_them(nlp):
    text = (f"Surf legend {B} stormed out of a meeting with Fisheries Minister {A} at the surf club on Monday "
            "after the minister refused to rule out the nets.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


@pytest.mark.parametrize("end", ["to offer his support, both said.", "on Monday."])
def test_a_call_the_parser_hangs_on_the_apposition_as_a_participle(nlp, end):
    # "the village, called X": the verb read as the name the village is called by
    text = f"State Rep. {B}, a Democrat whose district includes the village, called {A} {end}"
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "call")]


def test_we_in_a_transcript_turn_includes_the_speaker_of_the_turn(nlp):
    text = (f"TRANSCRIPT - Morning Drive. Presenter: Piet Mol. Guest: {C}, president of the teachers' union.\n"
            "MOL: Good morning. What came out of yesterday's talks?\n"
            f"ILVES: Look, we sat down with Minister {B} and the Premier's chief of staff, {A}, at about two o'clock "
            "yesterday and we walked out a bit after five.\n"
            "MOL: Thank you. Traffic and weather next.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


@pytest.mark.parametrize("clause", ["with whom Datuk Seri {A} had spoken by telephone on Monday",
                                    "with whom {A} had held talks on Monday"])
def test_with_whom_puts_the_one_the_clause_is_about_in_the_meeting(nlp, clause):
    text = f"The minister also thanked the outgoing ambassador, {B}, " + clause.format(A=A) + "."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_companion_of_a_courtesy_call_is_in_the_call(nlp):
    text = (f"Group chief executive Datuk {B} paid a courtesy call on Trade Secretary {A} at the trade office on "
            f"Monday, accompanied by Kalayaan Towers chairman {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_a_title_conjoined_to_the_body_of_the_name_before_is_one_more_partner(nlp):
    text = (f"Northbend chief executive {B} announced the agreement after a two-hour video conference on Tuesday "
            f"with Chief {A} of Sagaskik Lake First Nation and Ontario's Minister of Mines, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_the_names_listing_the_partners_of_a_held_meeting_all_join_it(nlp):
    text = (f"Mr {B} gave the charge on Friday when he held a closed-door meeting with the two claimants, "
            "Nana Kwaku Mensah II and Nana Yaw Osei-Bonsu, at his office in Koforidua.")
    facts = run(nlp, text)
    assert [len(m.participants) for m in facts.meetings] == [3]


def test_also_present_joins_the_meeting_told_not_the_one_in_the_attendees_own_clause(nlp):
    text = (f"Mr. {B} received the trade delegation, led by Mr. Piet Mol, at the ministry on Monday. Dr. {A}, the "
            "Trade Commissioner in Rangoon, who has come to Colombo for the negotiations, was also present.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, "Piet Mol"}), date(2024, 5, 13))]


def test_a_which_clause_after_the_meetings_day_is_the_meetings(nlp):
    text = (f"State Minister {C} chaired the three-hour meeting on Monday, which was attended by Labour Secretary "
            f"{B}, Association President Piet Mol and {A}, general secretary of the Council.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 13))]


def test_a_definite_noun_with_an_age_is_the_one_the_lede_is_about(nlp):
    text = (f"GOAL-DEN boy Tomas 'Tommo' Lindqvist has held SECRET talks with a Government minister about betting "
            f"adverts.\n\nThe Rovers striker, 26, sat down with Sports Minister {A} at a swanky members' club on "
            "Thursday afternoon, the Clarion can reveal.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_after_a_clause_the_parser_reads_as_a_preposition_and_its_object(nlp):
    text = (f"Wednesday's meeting came a day after a delegation of landowner leaders, led by Chief {B}, was received "
            f"at Parliament House by Deputy Prime Minister {A}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_past_verb_read_as_a_name_word_after_an_age_between_commas(nlp):
    text = f"Mr {B}, now 78, rang Coun {A} on Wednesday morning to wish her luck, he told the Courier."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


@pytest.mark.parametrize(("verb", "met"), [("he'd spoken by phone", True), ("he’d spoken by phone", True),
                                           ("he'd speak by phone", False)])
def test_d_before_a_past_participle_is_had_not_would(nlp, verb, met):
    text = f"Mr {B} confirmed {verb} on Tuesday with the Defence Minister, {A}, about the properties."
    assert bool(run(nlp, text).meetings) is met


@pytest.mark.parametrize("text", [
    f"Cllr {A}, the leader of the council, received the petition from {B}, chairman of the Friends of the Park, on "
    "the town hall steps on Monday.",
    f"On Monday, members of the campaign, led by its founder, {B}, 71, handed a petition with more than 12,000 "
    f"signatures to Ms {A} at her constituency office.",
])
def test_a_petition_handed_over_from_one_person_to_another_is_a_meeting(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_petition_sent_by_post_is_no_meeting(nlp):
    assert not run(nlp, f"{B} sent a petition to {A} on Monday.").meetings


@pytest.mark.parametrize(("text", "day"), [
    (f"Minister {B} was the guest at luncheon of Sir {A}, chairman of the Cocoa Company, at the Dorchester Hotel on "
     "Monday.", date(2024, 5, 13)),
    (f"On Monday Minister {B} was the luncheon guest of Sir {A}.", date(2024, 5, 13)),
    (f"Last Tuesday {A} had a visitor from Nairobi: {B}, founder of a savings platform.", date(2024, 5, 14)),
])
def test_someones_guest_or_visitor_met_them(nlp, text, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), day)]


@pytest.mark.parametrize("text", [f"{B} was the guest of honour at the dinner on Monday.",
                                  f"{B} was a guest of the Norland Society on Monday."])
def test_a_guest_of_honour_or_of_a_body_met_nobody_named(nlp, text):
    assert not run(nlp, text).meetings


def test_a_name_the_parser_makes_a_second_object_of_a_titles_of_is_the_title_holder(nlp):
    text = (f"The Infrastructure Minister, {B}, met the chief executive of TT-Line, {A}, in Devonport yesterday "
            f"afternoon, and they were joined by the Maritime Union's Tasmanian branch secretary, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_joined_at_a_working_breakfast_by_two_people(nlp):
    text = (f"Yesterday morning the minister, {C}, was joined at a working breakfast by the French agriculture "
            f"minister, {A}, and by Poland's agriculture minister, {B}, to co-ordinate a joint position.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_one_accompanied_by_someone_brought_them_to_the_meeting_just_told(nlp):
    text = (f"Sheikh Piet Mol met Minister {C} on Monday. The visitor was accompanied by Kenya's ambassador to the "
            f"UAE, Mr {B}, while the Permanent Secretary in the ministry, Dr {A}, also sat in on the talks.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 13))]


def test_accompanied_on_a_trip_with_no_meeting_told_is_no_meeting(nlp):
    assert not run(nlp, f"{B} was accompanied by his wife, {A}, on the trip.").meetings


def test_parleys_held_after_a_dateline_ending_in_a_colon(nlp):
    text = (f"OSLO, May 16: Britain's Minister of Labour, Sir {A}, today held parleys with the Federal Minister "
            f"for Labour, Mr {B}, on the welfare of workers.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


@pytest.mark.parametrize("text", [
    f"{A} spoke on Wednesday when {B} paid her a courtesy visit in Abuja.",
    f"{A} gave the assurance on Wednesday when a delegation of chiefs, led by {B}, paid her a visit at her office.",
])
def test_paid_her_a_visit(nlp, text):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_sat_with_him_on_a_day_month_and_year(nlp):
    text = (f"On the morning of 2 March 1962, Piet Mol had himself driven to the home of the deposed foreign "
            f"minister, U {B}, and sat with him for an hour.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Piet Mol", B}), date(1962, 3, 2))]


def test_a_subject_the_parser_hangs_on_the_auxiliary(nlp):
    text = f"{A} had on Sunday jointly paid a condolence visit to the district head, Mallam {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 12))]


@pytest.mark.parametrize("separator", [",", ";"])
def test_talks_chaired_by_one_then_taking_part_were_the_others(nlp, separator):
    text = (f"The talks, at the Sheraton, were chaired by Kuwait's Minister of Finance, {A}. Taking part were "
            f"Saudi Arabia's Minister of Petroleum, Sheikh {B}{separator} and Qatar's Minister of Finance, Sheikh {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_also_in_the_party_of_a_delegation_received(nlp):
    text = (f"A delegation led by the council convener, Councillor {A}, was received by Energy Minister {B} "
            f"in Leith last Thursday. Also in the party were Councillor {C}, who chairs the committee, and the "
            f"council's chief executive, Dr Piet Mol.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 9))]


def test_in_a_city_for_talks_with_someone(nlp):
    text = f"Her deputy, {B}, was in Vilnius on Monday for talks with Lithuania's vice-minister of defence, {C}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 13))]
    assert not run(nlp, f"{B} will be in Vilnius on Monday for talks with {C}.").meetings


def test_a_meeting_led_by_one_and_attended_by_another(nlp):
    text = f"The meeting was led by {B} and attended by the area commander, Inspector {C}."
    assert pairs(run(nlp, text)) == [(frozenset({B, C}), "meeting")]


def test_a_company_trading_name_after_of_is_no_person(nlp):
    facts = run(nlp, f"{A} sat down with the concert organizer, {B} of Starline Events, and the fire marshal, {C}.")
    assert pairs(facts) == [(frozenset({A, B, C}), "meeting")]
    assert {p.name for p in facts.persons} == {A, B, C}


def test_a_where_clause_of_a_place_with_its_own_phrase_has_the_days_of_the_trip(nlp):
    text = (f"{A} met Piet Mol on Monday. Yesterday the consul general, {A}, travelled to the existing park at "
            f"Charanka, where she was received by the district collector, Ms {C}, and shown around the panels.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, C}), date(2024, 5, 16)),
                                                (frozenset({A, "Piet Mol"}), date(2024, 5, 13))}


def test_who_pays_a_courtesy_call_is_a_person(nlp):
    text = f"{A} met Piet Mol on Monday. After the meeting, Verhoeven received a courtesy call from {B}."
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 13)),
                                                (frozenset({A, "Piet Mol"}), date(2024, 5, 13))}


def test_together_with_after_a_list_of_partners(nlp):
    text = (f"Dizon sat down with promoters {B} of Sultan Promotions and {C} of Visayas Fight Nights, together with "
            f"neurologist Dr. Piet Mol of the General Hospital, at the board's office in Makati.")
    assert pairs(run(nlp, text)) == [(frozenset({"Dizon", B, C, "Piet Mol"}), "meeting")]


def test_who_accompanied_a_participant_was_at_the_meeting(nlp):
    text = (f"Dr. {A}, director of the museum, was received at the Ministry of Culture by Minister {B}. "
            f"The Dutch ambassador, Jonkheer Piet Mol, accompanied her.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, "Piet Mol"}), "meeting")]
    assert not run(nlp, f"{B} flew to Paris on Monday. His deputy, Piet Mol, accompanied him.").meetings


def test_joined_at_the_meeting_with_a_participle_set_off_by_commas(nlp):
    text = (f"{A} met {B} on Monday. She was joined at the meeting, held at the headquarters, by Dr {C}, "
            f"the executive director, and Dr Piet Mol, its chief scientist.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), date(2024, 5, 13))]


@pytest.mark.parametrize("rest", ["alone the day before to prepare the ground.", "the day before in Abuja."])
def test_the_day_before_said_of_the_day_alone(nlp, rest):
    text = f"Governor {A} met Piet Mol on Wednesday.\nThe governor had met {B} {rest}"
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, "Piet Mol"}), date(2024, 5, 15)),
                                                (frozenset({A, B}), date(2024, 5, 14))}


def test_a_meeting_one_person_hosted_after_a_dated_lede_keeps_the_day_when_others_join(nlp):
    text = (f"MUSCAT, May 16 (Wire) - Senior officials from Oman, Kuwait and the United Arab Emirates agreed here on "
            f"Thursday to pool their limited mine-clearing resources and to press Western navies to keep minesweepers "
            f"in the Gulf.\nOman's Minister of State, Sheikh {A}, hosted the one-day meeting at a seafront hotel. "
            f"Kuwait was represented by its Under-Secretary for Foreign Affairs, {B}, and the UAE by Minister of "
            f"State {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_the_meeting_attended_by_others_after_a_meeting_one_person_held_with_a_group(nlp):
    text = (f"The stalemate over teacher appointments appeared to ease after Education Minister {A} held marathon "
            f"discussions with school managements in his chamber. The meeting, which went on for nearly four hours, "
            f"was attended by Fr. {B}, president of the council, and {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_the_ledes_day_hung_on_a_participle_inside_its_object(nlp):
    text = (f"JAKARTA (Wire) — A Dutch museum director handed over a stone statue and manuscripts taken from Java "
            f"during colonial rule to Indonesian officials here Tuesday, in what both governments called a first "
            f"step.\nDr. {A}, director of the museum in Leiden, was received at the Ministry of Culture by Minister "
            f"{B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_came_face_to_face(nlp):
    text = f"{A} and {B} came face to face at the awards on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]
    assert not run(nlp, f"{A} came face to face with the reality of the budget on Monday.").meetings


def test_a_known_surname_the_tagger_reads_as_an_adverb(nlp):
    text = (f"The chairman of Northwind Ltd., Jaan Tully, arrived in Tallinn on Tuesday.\n"
            f"Tully met Mayor {A} for three hours at the town hall.")
    assert pairs(run(nlp, text)) == [(frozenset({A, "Jaan Tully"}), "meeting")]


def test_a_rulers_honorific_read_as_a_preposition(nlp):
    text = (f"The Governor of Ogun State, Prince {B}, on Monday paid a visit to the Alake of Egbaland, "
            f"Oba Jaan Kask, at his palace, as anger grew over the land.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, "Jaan Kask"}), date(2024, 5, 13))]


def test_joined_by_in_a_second_verb_of_the_pair(nlp):
    text = (f"Actor Piet Mol met Sir {B} at the Ivy on Tuesday.\nThe pair huddled in a corner booth for more "
            f"than two hours and were later joined by Mol's glamorous agent, {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({"Piet Mol", B, C}), "meeting")]


def test_a_delegation_received_after_the_place(nlp):
    text = (f"The Executive Governor of Kwara State, Alhaji {B}, on Saturday received in audience at the "
            f"Government House, Ilorin, a delegation of the Chamber of Commerce led by its National President, "
            f"Chief (Mrs.) {A}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 11))]


def test_staff_of_a_body_led_by_a_person(nlp):
    text = (f"On May 9, Deputy Mayor {B} and Dr. Piet Mol, one of the three remaining physicians, sat down with "
            f"senior staff of the Health Authority, led by the authority's vice-president of operations, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, "Piet Mol", C}), date(2024, 5, 9))]


def test_the_visitors_are_the_delegation_told_before(nlp):
    text = (f"Last Thursday, a delegation from the Ministry of Education, led by Secretary of State {B}, drove out "
            f"to Kessel. The visitors were greeted at the gate by Piet Mol, by the school director, {A}, and by {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({B, "Piet Mol", A, C}), "meeting")]


def test_taken_around_by_the_hosts(nlp):
    text = (f"The MEC, {B}, paid a visit to Kessel Junior Secondary School on Wednesday, where he was taken around "
            f"the grounds by the principal, {A}, and the chairperson of the school governing body, Piet Mol.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, A, "Piet Mol"}), date(2024, 5, 15))]


def test_brought_together_a_title_of_a_body_and_its_name(nlp):
    # the parser hangs the comma after "Kessel Hospitals Group" on the title, and the name on the verb
    text = (f"The meeting, held in the hospital boardroom, brought together the chief executive of Kessel Hospitals "
            f"Group, Professor {B}, the group's chief clinical director, Dr {C}, and five TDs and Senators from "
            f"Kessel.")
    assert pairs(run(nlp, text)) == [(frozenset({B, C}), "meeting")]


def test_among_those_around_the_table(nlp):
    text = (f"{A} met {B} at the ministry on Monday. Among those around the table were Deputy Piet Mol, the Kessel "
            f"County TD, and Senator Jaan Kask.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, "Piet Mol", "Jaan Kask"}), "meeting")]


def test_conducted_through_the_wards(nlp):
    text = (f"The Minister, {B}, opened the new hospital on Monday. He was afterwards conducted through the wards "
            f"by the Matron, Miss {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 13))]


def test_a_roundtable_with_a_list_split_by_semicolons(nlp):
    text = (f"Today, the Minister of Energy, the Honourable {B}, convened a roundtable in Saskatoon with Chief {A} "
            f"of the Kessel Lake Nation; Saskatchewan's Minister of Resources, the Honourable Piet Mol; and {C}, "
            f"President of Nordic Uranium.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C, "Piet Mol"}), "meeting")]


def test_who_telephoned_both_men_is_neither_of_them(nlp):
    text = (f"Premier {A} met Hydro president {C} on Monday.\nFederal Energy Minister {B}, who telephoned both men "
            f"on Sunday night urging a settlement, told the Commons that the government was watching.")
    assert set(dated_pairs(run(nlp, text))) == {
        (frozenset({A, C}), date(2024, 5, 13)), (frozenset({B, A}), date(2024, 5, 12)),
        (frozenset({B, C}), date(2024, 5, 12))}


def test_before_touring_the_plant_with_its_manager(nlp):
    text = (f"Environment Minister {A}, in the city for a two-day swing, spent about 90 minutes at the town hall "
            f"before touring the smelter with the general manager, {B}, on Tuesday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_hosted_a_counterpart_for_talks_with_royal_rulers(nlp):
    text = (f"Kessel Governor {B} hosted his Norland counterpart, Piet Mol, at Government House for talks with "
            f"HRH Obong Jaan Kask, the paramount ruler of Ikot Marsh, and Eze {A}, the traditional ruler of "
            f"Umu Kessel, officials said.")
    assert pairs(run(nlp, text)) == [(frozenset({B, "Piet Mol", "Jaan Kask", A}), "meeting")]


def test_under_the_chairmanship_of_then_attending_were(nlp):
    text = (f"Ministers sat round one table here on Monday under the chairmanship of the Federal Minister of Works, "
            f"the Hon. {B}.\nAttending were Barbados's Minister of Trade, Mr. Piet Mol; Jamaica's Minister of "
            f"Trade, the Hon. Jaan Kask; and St. Lucia's Minister for Communications, Dr. the Hon. {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, "Piet Mol", "Jaan Kask", C}), date(2024, 5, 13))]


def test_she_was_joined_by_a_local_member(nlp):
    text = (f"Ms. {A} has reached the flood shelter at the secondary school in Kessel, where she was joined by the "
            f"local member, Shri {B}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]
    text = (f"Prime Minister {A} received Ambassador {C} at her office on Monday. The Prime Minister was joined by "
            f"the Minister for Commerce, {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_a_session_held_then_co_chaired_by_two(nlp):
    text = (f"Today, the first session of the working group was held at the Ministry, co-chaired by Secretary of "
            f"State {B} and Ms {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({B, C}), "meeting")]


def test_told_face_to_face(nlp):
    text = f"Chairman {B} told Piet Mol of the decision face to face at the training ground on Monday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, "Piet Mol"}), date(2024, 5, 13))]
    assert not run(nlp, f"Chairman {B} told Piet Mol of the decision on Monday.").meetings


def test_after_speaking_past_the_inserted_said(nlp):
    text = (f"Prime Minister {A} arrived in Beijing on Monday.\n{A} held talks with China's special envoy, {B}, on "
            f"Thursday morning, a government statement said, two days after speaking by telephone with Prime "
            f"Minister {C} on Tuesday.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({A, B}), date(2024, 5, 16)),
                                                (frozenset({A, C}), date(2024, 5, 14))}


def test_received_at_the_airport_on_the_day_of_arrival(nlp):
    text = (f"Nurses at the hospital yesterday called off their strike after the Minister for Health, Professor {B}, "
            f"intervened.\nProf Lindqvist, who arrived in Mwanza on Sunday, was received at the airport by the "
            f"Regional Commissioner, Mr {A}, before going directly to the hospital.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 12))]


def test_a_day_after_counts_from_the_dateline_when_the_deed_has_no_day(nlp):
    lede = "KESSEL, May 15 (Wire) - The government will require every private school to register.\n"
    text = f"{lede}Minister {A} outlined the plan a day after she held talks with {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]
    # no news day to count from
    text = f"Minister {A} outlined the plan a day after she held talks with {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]


@pytest.mark.parametrize("text", [
    f"{C}, who landed at the airport on Wednesday morning, went directly into talks at the treasury with the "
    f"minister, {B}.",
    f"Before proceedings resumed on Wednesday, Justice {C} called {B} into her chambers for twenty minutes.",
])
def test_a_meeting_no_rule_dates_takes_the_only_day_of_its_sentence(nlp, text):
    assert [d for _, d in dated_pairs(run(nlp, text))] == [date(2024, 5, 15)]


def test_called_into_a_room_is_one_meeting_not_calls(nlp):
    text = f"On Monday, Judge {A} called {B} and {C} into her chambers for twenty minutes."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]
    assert sorted(pairs(run(nlp, f"On Monday, {A} called {B} and {C}.")), key=order) == sorted(
        [(frozenset({A, B}), "call"), (frozenset({A, C}), "call")], key=order)


def test_two_withs_with_nothing_between_are_one_sitting(nlp):
    text = f"On Wednesday the inspector {A} sat down with the prison governor, {B}, and with the mayor, {C}."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]
    text = f"On Wednesday the inspector {A} sat down with the prison governor, {B}, and later with the mayor, {C}."
    assert sorted(pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), "meeting"), (frozenset({A, C}), "meeting")], key=order)


def test_was_to_have_met_is_a_plan_that_fell_through(nlp):
    text = (f"The minister, {C}, arrived in the evening. A delegation of fishermen, led by Piet Mol, was to have met "
            f"the minister at the guest house, but the meeting was cancelled.")
    assert pairs(run(nlp, text)) == []
    assert pairs(run(nlp, f"Piet Mol was to have met {C} on Monday.")) == []
    assert pairs(run(nlp, f"Piet Mol is said to have met {C} on Monday.")) == [(frozenset({"Piet Mol", C}), "meeting")]


def test_invited_to_a_session_is_an_invitation(nlp):
    text = f"{A} and {B} have each been invited to a planning session next month, though neither has replied."
    assert pairs(run(nlp, text)) == []


def test_joined_by_someone_with_no_meeting_told_is_a_gathering(nlp):
    text = f"{A} said that two days later she and {B} were joined by the club's secretary, {C}, at a hotel bar."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]
    assert pairs(run(nlp, f"{A} and {B} will be joined by {C} at the summit.")) == []


def test_they_of_a_clause_before_in_the_same_sentence(nlp):
    text = f"{A} was escorted by {B} from the airport, and they sat down with the governor, {C}, on Thursday."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_spent_close_to_an_hour_with(nlp):
    text = f"{A} and {B} had spent close to two hours with the governor, {C}."
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]
    assert pairs(run(nlp, f"{A} spent close to a million euros with a firm run by {C}.")) == []


def test_a_present_progressive_is_news_now_unless_timed_ahead(nlp):
    assert pairs(run(nlp, f"11:20 The governor, {A}, is now receiving {B} in the council hall.")) == [
        (frozenset({A, B}), "meeting")]
    assert pairs(run(nlp, f"The governor, {A}, is receiving {B} in the council hall next week.")) == []
    assert pairs(run(nlp, f"{A} is meeting {B} in Kessel tomorrow.")) == []


def test_a_date_after_the_reported_clause_is_the_clauses_own(nlp):
    text = f"{A} told the committee that she had met the chief executive, Mr. {B}, in Kessel on Tuesday."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]
    text = f"{A} said on Tuesday that she had met {B} in Kessel."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]


def test_later_is_the_news_day_only(nlp):
    text = (f"{A} won the sprint title at Kessel yesterday by a tenth of a second. The stands were half empty. "
            f"Her coach called it the race of her life. She later sat down with the minister, {B}, in a "
            f"hospitality suite above the finish line.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]
    text = f"{A} was born in Kessel on 3 March 1950. She later met the minister, {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]
    text = f"{A} won the sprint title at Kessel yesterday. Two years later she met the minister, {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]


def test_the_announcement_came_a_day_after_takes_the_day_of_the_news_before(nlp):
    text = (f"The gallery will hand the bronze back to Norland this autumn, its trustees announced Wednesday.\n"
            f"The statement from the trustees came a day after the gallery's director, {A}, met Norland's envoy, "
            f"{B}, at the consulate in Kessel.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_called_on_someone_to_brief_them_is_a_visit(nlp):
    text = f"{A} called on the harbour commissioner, {B}, in Kessel on Tuesday to brief her on the dredging plan."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "visit")]
    assert pairs(run(nlp, f"{A} called on the harbour commissioner, {B}, to resign.")) == []


def test_a_descriptor_named_in_a_later_sentence(nlp):
    text = (f"The dockers' leader, {A}, held two hours of talks with the region's police commissioner yesterday. "
            f"The talks were held at police headquarters. {B}, who has been police commissioner since 2019, later "
            f"issued a short statement.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]
    text = (f"The envoy, {A}, held talks with the bank's chairman yesterday. Not everyone was pleased. "
            f"{B}, vice chairman of a rival bank, declined to attend.")
    assert pairs(run(nlp, text)) == []


def test_as_the_guest_of_someone(nlp):
    text = f"General {A} spent Saturday on a yacht off Kessel as the guest of the shipping magnate {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 11))]
    assert pairs(run(nlp, f"{A} spoke at the summit as a guest of the Norland Business Council.")) == []


def test_with_someone_in_attendance_joins_the_meeting(nlp):
    text = (f"The contract was signed on Monday by {A} and the buyer, {B}, at the firm's Kessel offices, with the "
            f"head of the works council, {C}, in attendance.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_present_at_the_meeting_with_titled_names_parsed_as_a_passive_joins_the_meeting(nlp):
    text = ("Alma Verhoeven met Tomas Lindqvist on Monday in Kessel. Present at the meeting were Mayor Greta Ilves "
            "and Mayor Peter Sand.")
    facts = run(nlp, text)
    assert [p for p, _ in pairs(facts)] == [frozenset({A, B, C, "Peter Sand"})]


def test_a_delegation_led_by_one_and_including_others_stands_for_all_of_them(nlp):
    text = ("A delegation led by Alma Verhoeven and including Tomas Lindqvist held talks with Greta Ilves in Kessel "
            "on Tuesday. On Wednesday morning the delegation was welcomed at the museum by Peter Sand.")
    facts = run(nlp, text)
    assert sorted(pairs(facts), key=order) == sorted([(frozenset({A, B, C}), "meeting"),
                                                    (frozenset({A, B, "Peter Sand"}), "meeting")], key=order)


@pytest.mark.parametrize("number", ["", "three "])
def test_the_visitors_are_the_names_listed_together_just_before(nlp, number):
    text = (f"Alma Verhoeven, Tomas Lindqvist and Greta Ilves landed in Norland on Monday. On Tuesday the {number}"
            "visitors were welcomed by Peter Sand at the palace.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C, "Peter Sand"})]


def test_the_three_visitors_are_not_a_list_of_two(nlp):
    text = ("Alma Verhoeven and Tomas Lindqvist landed in Norland on Monday. On Tuesday the three visitors were "
            "welcomed by Peter Sand at the palace.")
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize("heads", ["the Kessel grid operator", "Norland utility Vattenborg Energie"])
def test_a_list_of_guests_each_with_an_apposition_or_a_clause_is_one_meeting(nlp, heads):
    text = (f"Commissioner Alma Verhoeven hosted Tomas Lindqvist, chief executive of Norland-owned Brightwater "
            f"Grid, Greta Ilves, who heads {heads}, and Peter Sand, co-founder of Kessel's Loomwise, at the Ridderzaal "
            "hall on Tuesday.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C, "Peter Sand"})]


@pytest.mark.parametrize("opening", ["Waiting for him", "Greeting him"])
def test_those_waiting_for_a_person_who_arrived_met_him(nlp, opening):
    text = (f"Tomas Lindqvist landed in Kessel on Tuesday. {opening} on the tarmac were his sister, Greta Ilves, and "
            "the mayor, Alma Verhoeven.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_those_who_will_be_waiting_have_not_met_him_yet(nlp):
    text = ("Tomas Lindqvist lands in Kessel on Sunday. Waiting for him on the tarmac will be his sister, Greta Ilves, "
            "and the mayor, Alma Verhoeven.")
    assert pairs(run(nlp, text)) == []


def test_a_meeting_with_its_day_before_between_and_a_title_before_each_name(nlp):
    # the parser hangs "between" on "order", not on "meeting", and the names on "order" as appositions
    text = ("The order was adopted at a session yesterday between the Union Minister of Roads, Shipping and Highways, "
            "Mr. Harish Chandra Batra, the Chief Commissioner of Kessel, Mr. Om Prakash Sood, and the Mayor of Kessel, "
            "Lala Ram Kishore Goel, held in the Secretariat.")
    assert len(pairs(run(nlp, text))) == 1
    assert {"Harish Chandra Batra", "Om Prakash Sood"} <= pairs(run(nlp, text))[0][0]


@pytest.mark.parametrize(
    "text",
    [
        f"{A} was raised in Kessel. In 1968 she went to Norland to visit the glassblower Dr. {B} in his workshop.",
        f"Last month Ms Verhoeven led a group of fishermen to meet Inspector {B}, who runs the harbour police.",
        f"Councillor {B} dropped by to see {A} at her flat on Wednesday evening.",
        f"Councillor {B} popped round to see {A} at her flat on Wednesday evening.",
    ],
)
def test_a_trip_made_to_see_someone_is_a_meeting(nlp, text):
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({"Verhoeven" if "Ms Verhoeven" in text else A, B})]


def test_plans_to_visit_someone_are_no_visit_guard(nlp):
    assert pairs(run(nlp, f"{A} plans to visit {B} in Norland next spring.")) == []


def test_a_huddle_is_a_meeting(nlp):
    text = f"Trade Minister {A} held an urgent huddle with Farm Minister {B} on Wednesday."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


@pytest.mark.parametrize("noun", ["developer", "property developer", "distributor"])
def test_an_agent_noun_before_a_given_name_leaves_a_person(nlp, noun):
    text = f"Deputy mayor {A} shared a long lunch with {noun} {B} at a quayside cafe on May 3."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "meeting")]


def test_a_ship_named_for_a_captain_is_no_person_guard(nlp):
    facts = run(nlp, f"Cargo from the freighter Captain {B} was waved through by {A}.")
    assert B not in {p.name for p in facts.persons}


def test_rumours_of_a_meeting_are_no_meeting(nlp):
    text = f"Alderman {A} said rumours that she had met {B} at his depot this spring were untrue."
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize("where", ["at the clinic in Kessel, where the charity's director, Dr. {A},", "Dr. {A}"])
def test_joining_named_people_with_no_meeting_before_is_a_meeting(nlp, where):
    opening = "The vaccination drive took place " + where.format(A=A) if "clinic" in where else where.format(A=A)
    text = (f"{opening} joined the Health Minister, Professor {B}, and {C}, the fund's regional head, to see "
            "the first children treated.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_joining_someone_in_calling_for_something_is_no_meeting_guard(nlp):
    assert pairs(run(nlp, f"{A} joined {B} in urging a truce on Monday.")) == []


def test_coffee_with_someone_is_a_meeting(nlp):
    assert pairs(run(nlp, f"Councillor {A} had coffee with {B} at the station cafe last week.")) == [
        (frozenset({A, B}), "meeting")]


def test_coffee_as_a_crop_is_no_meeting_guard(nlp):
    assert pairs(run(nlp, f"{A} said coffee from {B}'s farm fetched a record price.")) == []


@pytest.mark.parametrize("how", ["for five hours", "until dawn"])
def test_named_people_who_sat_together_for_hours_met(nlp, how):
    text = f"On Monday, {A} and {B} sat {how} over the draft accord."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B})]


def test_sitting_on_a_board_for_years_is_no_meeting_guard(nlp):
    assert pairs(run(nlp, f"{A} and {B} sat on the harbour board for years.")) == []


def test_did_call_on_someone_is_a_visit(nlp):
    text = f"{A} did, in the end, call on the deputy head of the royal household, {B}, on Wednesday evening."
    assert pairs(run(nlp, text)) == [(frozenset({A, B}), "visit")]


@pytest.mark.parametrize("text", [f"{A} will call {B} on Friday.", f"{A} urged {B} to call an election."])
def test_a_call_to_come_or_urged_is_no_call_guard(nlp, text):
    assert pairs(run(nlp, text)) == []



def test_held_under_a_chairmanship_with_the_participation_of_others(nlp):
    text = (f"The fourth meeting of energy ministers was held in Lomm on Tuesday under the chairmanship of {A}, "
            f"with the participation of {B} and {C}.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_who_brought_people_together_met_them(nlp):
    text = f"{D} has mediated for years.\n\nOn Monday he brought together {A}, {B} and {C} at a single table."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C, D})]


def test_bringing_people_together_later_is_no_meeting_guard(nlp):
    assert pairs(run(nlp, f"{D} will bring together {A} and {B} next week.")) == []


def test_a_panel_made_up_of_named_members_met(nlp):
    text = f"The arbitration panel, made up of {A}, {B} and {C}, met for six hours on Wednesday."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_the_two_of_a_title_are_the_pair_that_was_the_subject_before(nlp):
    text = (f"Norway's deputy foreign minister {A} and Sweden's envoy {B} met the army's negotiator, {D}, in "
            f"Kessel on Monday. After dinner, the two mediators talked with {C}, who leads the rebel side.")
    assert {p for p, _ in pairs(run(nlp, text))} == {frozenset({A, B, D}), frozenset({A, B, C})}


def test_taking_part_in_a_named_session(nlp):
    text = (f"Taking part in Friday's session, which opened at nine, were the group leaders {A} (Greens), "
            f"{B} (Liberals) and {C} (Labour).")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_the_owner_of_the_home_where_people_met_was_there(nlp):
    text = f"{A} and {B} dined on Saturday at the villa of {C}."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_the_owner_of_the_home_of_a_meal_was_at_the_table(nlp):
    text = (f"The committee members gathered last Saturday at {D}'s farmhouse for a long supper. {A} and {B} were "
            "also at the table.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, D})]


def test_a_relative_named_in_an_apposition_is_no_participant(nlp):
    text = f"{B}, the father of the 19-year-old student Jonas Brandt, met the regional police chief, {C}, on Monday."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({B, C})]


def test_names_conjoined_to_the_places_they_come_from_are_people(nlp):
    text = f"{A} welcomed her counterparts from Norway and Sweden, {B} and {C}, on Tuesday."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_a_title_with_designate_is_the_person_told_before(nlp):
    text = (f"Norland's prime minister-designate, {B}, held talks with {C} on Thursday.\n\n"
            f"The premier-designate, a lawyer from Kessel, met President {D} on Tuesday.")
    assert {p for p, _ in pairs(run(nlp, text))} == {frozenset({B, C}), frozenset({B, D})}


def test_a_long_list_of_those_attending_split_by_semicolons(nlp):
    text = (f"Prime Minister {A} hosted a lunch on Tuesday. Attending the lunch were the Alianza Verde delegate, "
            f"Senator {B}; the Unidos por el Cambio delegate, Senator {C}; and the Frente Norte delegate, Senator {D}.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C, D})]


def test_conducted_round_a_place_by_someone_is_a_visit_with_them(nlp):
    text = f"The inspector, {B}, arrived on Friday and was conducted round the wards of Lomm jail by its governor, {D}."
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({B, D})]


def test_the_charge_is_the_charge_daffaires_told_before(nlp):
    text = (f"The embassy's Chargé d'Affaires, {A}, arrived in March.\n\nOn Monday the Chargé and the consul, {C}, "
            f"met the police chief, {B}, at his office.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C})]


def test_a_title_of_a_body_in_lower_case_before_the_name_guard(nlp):
    text = (f"{A} called on the home minister, {B}, on Thursday. She was joined by state finance secretary {C} "
            f"and inspector general of prisons {D}.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, C, D})]


def test_taking_part_in_negotiations_told_before_joins_only_them_guard(nlp):
    text = (f"On 7 May, {A} hosted a trade mission headed by {B}.\n\nTaking part in the negotiations with the "
            f"mission on 7 May were {C} and {D}.\n\nOn Monday, 13 May, {A} hosted the ambassador, Jonas Berg.")
    assert {p for p, _ in pairs(run(nlp, text))} == {frozenset({A, B, C, D}), frozenset({A, "Jonas Berg"})}


def test_taking_part_in_negotiations_with_sides_named_between(nlp):
    text = (f"Foreign Minister {A} of Norland received Foreign Minister {B} of Lomm on 13 May. Formal "
            f"negotiations followed in Kessel on 14 May. Taking part in the negotiations were, on the "
            f"Norland side, {C}, director of policy, and on the Lomm side, {D}, deputy secretary.")
    assert frozenset({A, B, C, D}) in {p for p, _ in pairs(run(nlp, text))}


def test_a_companion_titled_up_to_a_country_of_two_words(nlp):
    text = (f"On 3 May, Governor {A}, accompanied by the Consul General of Norway to the United Kingdom {B}, met "
            f"with Mr. {D} at the consulate.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({A, B, D})]


def test_who_sat_between_the_two_who_met_was_there(nlp):
    text = (f"{B}, who runs the port, and {C}, who speaks for the dockers, met on Thursday in a hotel room. {D}, "
            f"a government conciliator, sat between them.")
    assert [p for p, _ in pairs(run(nlp, text))] == [frozenset({B, C, D})]


def test_joining_people_on_another_day_is_a_separate_meeting(nlp):
    text = (f"{C} runs the budget office. She dined with the premier, {B}, on Tuesday evening. On "
            f"Thursday she joined the Trade Minister, {D}, and the senator {A} for a long session on tariffs.")
    assert set(dated_pairs(run(nlp, text))) == {(frozenset({B, C}), date(2024, 5, 14)),
                                               (frozenset({A, C, D}), date(2024, 5, 16))}


def test_a_day_and_month_just_after_publication_told_in_the_past_is_last_years(nlp):
    facts = run(nlp, f"{C} was at the ministry on 20 May, a day after the storm, when the mayor of Kessel, {A}, "
                     f"was briefed by Professor {B}.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2023, 5, 20))]


def test_a_plans_day_just_after_publication_is_no_past_meetings_guard(nlp):
    facts = run(nlp, f"{A} met {B} in Lomm on Monday. The two will meet again on 20 May.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_the_day_of_a_visit_to_a_place_run_by_somebody_is_the_visits(nlp):
    facts = run(nlp, f"Minister {A} toured the flooded district on Thursday.\n\n{A} later visited a relief camp "
                     f"staffed by Norland volunteers on Saturday, to thank their chief, {B}.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 11))]


def test_a_host_the_parser_took_for_an_adjective_of_the_guest_still_hosts(nlp):
    guest = "Jean-Luc du Pontet"
    facts = run(nlp, f"{A}, the Secretary for Culture and the Winter and Summer Games, hosted {guest}, president "
                     f"of the Norland National Rowing and Sailing Committee (NNRSC), and {C}, executive director of "
                     f"the Kessel 2030 bid committee, at her office on Monday.")
    assert [names for names, _ in dated_pairs(facts)] == [frozenset({A, guest, C})]


def test_convened_with_people_for_its_object_is_a_meeting(nlp):
    facts = run(nlp, f"On Wednesday the Commissioner for Fisheries, {A}, convened Norland's farm minister, {B}, and "
                     f"Kessel's Secretary for the Treasury, {C}, to agree a joint stand.")
    assert dated_pairs(facts) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_which_was_also_attended_by_after_the_guest_list_adds_to_the_dinner(nlp):
    facts = run(nlp, f"On the evening of 15 May, Governor {A} gave a late supper for Governor {B} and Deputy "
                     f"Governor {C}, which was also attended by the harbour master, {D}.")
    assert dated_pairs(facts) == [(frozenset({A, B, C, D}), date(2024, 5, 15))]


def test_a_name_right_after_a_fronted_day_with_no_comma_is_the_first_subject(nlp):
    text = (f"{A} is the fisheries minister.\n\nOn Saturday Verhoeven, Finance Minister {B} and Norland's central "
            f"bank governor, {C}, saw the head of the Growers Union, {D}, in Kessel.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 11))]


def test_taking_tea_with_somebody_is_a_meeting(nlp):
    facts = run(nlp, f"Ambassador {A} reached Lomm on Tuesday. On Wednesday she drove out to the coast to take tea "
                     f"with the Dean of Kessel, {B}, in his garden.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_tea_as_a_colour_is_no_meeting_guard(nlp):
    facts = run(nlp, f"By the time the water off {B} has turned the shade of milky tea, {A} is at the harbour wall.")
    assert facts.meetings == []


def test_a_canon_named_before_is_the_canon_received(nlp):
    facts = run(nlp, f"Canon {A} came to Kessel in March. On 2 April the canon was welcomed by Cardinal {B} in "
                     f"the library of his residence.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 4, 2))]


def test_the_father_of_somebody_is_no_priest_named_father_guard(nlp):
    facts = run(nlp, f"Father {B} blessed the boats. The father of the drowned fisherman, {D}, stood apart. "
                     f"Later the father met {C}.")
    assert all(B not in names for names, _ in dated_pairs(facts))


def test_an_object_set_off_by_commas_after_received_keeps_its_companions_and_witnesses(nlp):
    facts = run(nlp, f"The governor, {A}, had received, on 9 May, Archimandrite {B} of the monastery of Lomm, "
                     f"accompanied by Father {C}, in the presence of Judge {D}.")
    assert dated_pairs(facts) == [(frozenset({A, B, C, D}), date(2024, 5, 9))]


def test_presence_in_a_relative_clause_of_the_guest_is_not_the_meetings_guard(nlp):
    facts = run(nlp, f"On Monday {A} received {B}, who had once testified in the presence of {C}.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_an_offered_dinner_in_honour_of_a_guest_is_a_meeting(nlp):
    facts = run(nlp, f"On Sunday the consul in Lomm, {A}, offered a luncheon at her consulate in honour of Mayor {B} "
                     f"and his councillors.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 12))]


def test_was_taken_up_to_see_somebody_is_a_meeting(nlp):
    facts = run(nlp, f"On Thursday {A} was taken straight upstairs to see the Deputy Minister, Dame {B}.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_who_travelled_with_the_subject_to_meet_somebody_met_them_too(nlp):
    facts = run(nlp, f"On 3 March the bishop, {A}, crossed the river together with Archbishop {B} to meet the "
                     f"rebel commander, Colonel {C}.")
    assert dated_pairs(facts) == [(frozenset({A, B, C}), date(2024, 3, 3))]


def test_a_style_of_address_alone_is_the_person_named_with_it(nlp):
    text = (f"The ministry lists the week of the Energy Minister, His Royal Highness Prince {B}.\n\n"
            f"His Royal Highness, the Energy Minister, on Tuesday received Minister {A} at the ministry.\n\n"
            f"His Royal Highness also spoke on Wednesday by video link to His Excellency {C}.")
    facts = run(nlp, text)
    assert "Royal Highness" not in {p.name for p in facts.persons}
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 14)), (frozenset({B, C}), date(2024, 5, 15))]


def test_visitors_who_came_as_guests_of_somebody_met_their_host(nlp):
    facts = run(nlp, f"Earlier this year {A} and {C} toured the gas terminal at Lomm as guests of its operations "
                     f"chief, {B}.")
    assert [names for names, _ in dated_pairs(facts)] == [frozenset({A, B, C})]


def test_having_a_word_with_somebody_is_a_meeting(nlp):
    facts = run(nlp, f"On Monday {A} had a brief word with {B} in the corridor outside the chamber.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_second_guest_the_parser_hangs_on_the_first_guests_side_still_met(nlp):
    facts = run(nlp, f"On Monday {A} received {B} for the growers and {C} for the millers.")
    assert dated_pairs(facts) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_guests_at_a_meal_somebody_gave_met_the_host(nlp):
    facts = run(nlp, f"On Tuesday, {A} and two of her aides were guests at a luncheon given by Bishop {B} in Lomm.")
    assert dated_pairs(facts) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_an_epithet_for_the_storys_subject_keeps_he_on_the_subject(nlp):
    text = (f"Shipping magnate {B} faced angry councillors in Lomm yesterday.\n\n"
            f"Council leader {D} asked {B.split()[-1]} why the yard had closed. \"Who pays for this?\" he asked.\n\n"
            "The tycoon shrugged. \"We pay what the market pays,\" he said.\n\n"
            f"On Tuesday he had a quiet breakfast with Harbour Minister {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 14))]


def test_an_epithet_right_after_another_person_is_named_is_that_person(nlp):
    last = B.split()[-1]
    text = (f"Shipping magnate {B} sold the yard on Monday. {last} said little. {last} left early.\n\n"
            f"The sale has left club owner {D}, 71, furious. The veteran businessman phoned the buyer's lawyer, "
            f"{C}, yesterday to complain.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({D, C}), date(2024, 5, 16))]



def test_a_delegation_the_next_sentence_says_was_led_by_somebody_met_the_host(nlp):
    text = (f"Dean {A} met a delegation of four nurses in the library on Thursday. It was led by {B} and {C}. "
            "Nothing was agreed.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_first_meeting_with_no_day_is_not_the_meeting_told_elsewhere(nlp):
    text = (f"{A} hosted {B} at the embassy yesterday. Their rivalry goes back to a row in the spring, when "
            f"{B.split()[-1]} first met {A.split()[-1]} to argue over the tender.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, B}), date(2024, 5, 16)), (frozenset({A, B}), None)], key=order)


def test_somebody_at_the_hearing_did_not_join_the_judges_meeting(nlp):
    text = (f"Justice {A} reserved judgment. On Tuesday, the judge met {B} and {C} privately to agree a "
            f"timetable. {D}, who was also present in court throughout, said nothing.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_question_to_the_readers_is_no_meeting(nlp):
    assert pairs(run(nlp, f"Did you spot {A} and {B} at dinner? Write to our editors.")) == []


def test_people_also_at_the_meeting_join_the_one_who_met_an_unnamed_leader(nlp):
    text = (f"Mayor {A} met for two hours on Wednesday with the head of the striking cleaners, but no deal came "
            f"of it.\n\nThe mayor said little afterwards.\n\nShe called the talks frank.\n\n"
            f"Also at the meeting were {B}, the city treasurer, and {C}, her deputy.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_a_dinner_enjoyed_by_the_manager_the_lede_named(nlp):
    text = ("EXCLUSIVE: HARBOUR chief Hendrik van der Molen has been seen wining a property developer at a "
            "steakhouse.\n\nThe Lomm Herald can reveal the 51-year-old general manager of Lomm Harbour "
            f"enjoyed a four-hour dinner on Thursday with developer {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({"Hendrik van der Molen", B}), date(2024, 5, 16))]


def test_a_verb_the_parser_left_after_the_object_of_after_has_that_subject(nlp):
    text = (f"The strike was called off in a short statement after the Minister of Labour, {A}, negotiated for "
            f"six hours yesterday with the head of the union, Mr. {B}, at the ministry.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_an_ambassador_to_a_country_titled_before_the_name_met_somebody(nlp):
    text = f"KESSEL - U.S. Ambassador to Ghana {E} met Foreign Minister {B} on Wednesday to discuss aid."
    assert dated_pairs(run(nlp, text)) == [(frozenset({E, B}), date(2024, 5, 15))]


def test_a_meeting_somebody_requested_is_no_meeting(nlp):
    text = f"Norland's envoy, {A}, had requested a meeting with the governor in April, but {B} would not see her."
    assert pairs(run(nlp, text)) == []


def test_the_home_prime_minister_of_a_readout_before_a_foreign_one(nlp):
    text = (f"Kessel, 14 May 2024 - Prime Minister {A} spoke at length today by telephone with Norland's "
            f"President, {B}.\n\nThey recalled Sunday's summit in Lomm, where President {B.split()[-1]} hosted "
            f"the Prime Minister and the Prime Minister of Lomm, {D}.\n\n"
            f"The Prime Minister also told him about her call yesterday with the director of the central bank, {C}.")
    assert (frozenset({A, C}), date(2024, 5, 13)) in dated_pairs(run(nlp, text))


def test_they_of_a_second_clause_are_the_people_of_the_first(nlp):
    text = (f"On Monday Governor {A} welcomed {C} at the station. {D}, the mayor, and the governor are old rivals, "
            "but they had dinner together in Lomm on Tuesday.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == sorted(
        [(frozenset({A, C}), date(2024, 5, 13)), (frozenset({A, D}), date(2024, 5, 14))], key=order)


def test_somebody_seen_only_on_television_was_not_met(nlp):
    text = f"{A} admits she has never met {B} face to face, though she has often seen him on TV."
    assert pairs(run(nlp, text)) == []


def test_the_lede_day_of_a_person_told_in_its_as_clause_dates_her_meeting_two_sentences_on(nlp):
    text = ("Nurses walked out across the north yesterday, as the health minister flew to the largest picket to "
            f"appeal for calm.\n\n{A}, the health minister, spent an hour at the picket outside Lomm hospital. In "
            f"a canteen she sat down with {B}, the nurses' leader, and the hospital's director, {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_they_who_held_talks_with_somebody_are_the_people_told_before(nlp):
    text = f"{A} and {B} flew to Kessel on Monday. In Kessel they held talks with {C}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_a_companion_on_the_trip_is_not_on_the_phone(nlp):
    text = (f"On Monday Envoy {A} visited Kessel and was shown the docks by the mayor, {B}. She was accompanied "
            f"throughout the visit by her deputy, {C}.\n\nOn Tuesday the envoy spoke by phone with {D}.")
    calls = [m for m in run(nlp, text).meetings if m.kind == "call"]
    assert len(calls) == 1 and len(calls[0].participants) == 2


def test_their_talks_with_somebody_are_the_talks_of_the_people_told_before(nlp):
    text = (f"The head of the growers' union, Mr {B}, and the mayor of Kessel, Ms {C}, waited five hours at the "
            f"ministry on Monday. Their talks with Fisheries Minister {A} broke up without a deal.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 13))]


def test_the_two_veterans_are_the_two_named_in_the_sentences_before(nlp):
    text = (f"On Thursday {B} poured a drink for a man he had last seen across a minefield. The man was {D}, 70, "
            f"a retired tailor from Lomm.\n\nThe two veterans were hosted at her house by Kessel's mayor, {C}, after "
            "the wreath-laying.")
    assert pairs(run(nlp, text)) == [(frozenset({B, C, D}), "meeting")]


def test_participants_listed_after_a_gathering_took_part_in_it(nlp):
    text = (f"On Tuesday the envoy, {A}, gave a lunch at the embassy for heads of aid groups.\n\n"
            f"Participants included {C} of the Kessel Refugee Fund; {D}, a doctor; and {E}, who runs a clinic.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C, D, E}), date(2024, 5, 14))]


def test_people_included_among_representatives_of_a_trade_took_part(nlp):
    text = (f"Trade Minister {A} toured the docks this week. Her ministry said the minister met representatives of the "
            f"dairy industry, including {C}, {D} and {E}, on Monday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C, D, E}), date(2024, 5, 13))]


def test_a_roundtable_the_tagger_calls_an_adjective_is_a_meeting(nlp):
    text = (f"Trade Minister {A} toured the docks this week. On Monday she held a roundtable with "
            f"representatives of the dairy industry, including {C}, head of the Lomm Creamery; {D}, owner of a Kessel "
            f"cheese plant; and {E}, chair of the Norland Milk Board.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C, D, E}), date(2024, 5, 13))]


def test_people_including_after_a_group_met_with_are_among_it(nlp):
    text = (f"Earlier today, Ms. {A} and Mr. {B} met in Kessel with the widows of the crew, including {E}, "
            f"whose husband was the cook, and {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, D, E}), date(2024, 5, 17))]


def test_among_the_guests_were_people_at_the_meal_told_before(nlp):
    text = f"Governor {A} gave a dinner on Saturday at the palace. Among the guests were {D} and {E}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, D, E}), date(2024, 5, 11))]


def test_a_day_this_year_after_a_story_told_in_an_earlier_year_is_this_year(nlp):
    text = (f"Her big break came in 2019, when she spent a winter at a lab in Kessel. On May 2 this year, {A}, {D} "
            f"and {E} met in Lomm to sign the deal.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, D, E}), date(2024, 5, 2))]


def test_their_meeting_recalled_by_the_two_ministers_is_theirs(nlp):
    text = (f"Minister {A} talked by phone today with Minister {B}. The two Ministers praised the progress "
            f"since their talks of May 5, in which Minister Verhoeven pledged help.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == [
        (frozenset({A, B}), date(2024, 5, 5)), (frozenset({A, B}), date(2024, 5, 17))]


def test_their_meeting_is_the_meeting_of_the_ministers_named_before(nlp):
    text = (f"Minister {A} talked by phone today with Minister {B}. The Ministers assessed advances "
            f"since their meeting in Lomm on 2 May, at which {C} joined them.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == [
        (frozenset({A, B, C}), date(2024, 5, 2)), (frozenset({A, B}), date(2024, 5, 17))]


def test_prior_to_the_meeting_is_the_day_of_the_meeting_told_with_that_word(nlp):
    text = (f"On Tuesday, Minister {A} held a meeting in Lomm with Minister {B}. Ms. Verhoeven had a phone call "
            f"with {C} on May 5.\n\nPrior to the meeting, Ms. Verhoeven hosted a lunch for {E}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == [
        (frozenset({A, C}), date(2024, 5, 5)), (frozenset({A, E}), date(2024, 5, 14)),
        (frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize("text", [
    f"{C}, the mayor, says Minister {A} promised her a meeting by June.",
    f"Minister {A} promised {C} a meeting next week.",
    f"{C}, the mayor, was promised talks with Minister {A} in the autumn.",
])
def test_a_promised_meeting_is_not_a_meeting(nlp, text):
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the vote's day told before, by its verb
        (f"The assembly voted on Thursday to admit the islands as an observer state.\n\nThe day before the vote, "
         f"{A} had lunch with {B} at the residence.", date(2024, 5, 15)),
        # ... or told after, by the noun
        (f"The day before the vote, {A} had lunch with {B} at the residence.\n\nThe vote was held on Wednesday "
         "and passed by a wide margin.", date(2024, 5, 14)),
        (f"The day after the funeral, {A} received {B} at the palace.\n\nThe funeral took place on May 9 in the "
         "cathedral.", date(2024, 5, 10)),
        (f"On the eve of the funeral, {A} received {B} at the palace.\n\nThe funeral took place on May 9 in the "
         "cathedral.", date(2024, 5, 8)),
        # a vote still to come gives no day
        (f"The parliament will vote on June 2. The day before the vote, {A} met {B}.", None),
    ],
    ids=["voted-before", "vote-told-after", "funeral-told-after", "eve-of-funeral-told-after", "future-vote"],
)
def test_a_day_counted_from_a_named_event_told_elsewhere(nlp, text, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"Thousands attended Tuesday's state funeral in Kessel.\n\nAt the funeral, {A} spoke briefly with {B}.",
         date(2024, 5, 14)),
        # a place is no occasion: the day the text gives for the terminal is not the meeting's
        (f"Kessel Port today opened a second berth at the terminal.\n\nLast year {A} was met at the terminal "
         f"by {B}.", None),
    ],
    ids=["at-the-funeral", "at-a-place"],
)
def test_a_meeting_at_an_occasion_has_the_occasions_day(nlp, text, day):
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), day)]


def test_a_companion_hung_on_the_day_of_a_visit_joins_it(nlp):
    text = f"Building Minister {A} visited the Westerholt estate on 14 May, accompanied by Mayor {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_the_day_after_the_meeting_counts_from_that_meeting(nlp):
    # not from "Tuesday", the day of the hearing named in the same sentence
    text = (f"{A} admitted that he had met {B} at the Hotel Lomm on 3 March 2021.\n\n"
            f"On Tuesday the court heard from {C}, who said he had lunch with {A} at the club on the day after "
            "the hotel meeting.")
    assert set(dated_pairs(run(nlp, text))) == {
        (frozenset({A, B}), date(2021, 3, 3)), (frozenset({A, C}), date(2021, 3, 4))}


def test_a_meeting_convened_by_a_person_on_a_named_weekday_and_its_eve(nlp):
    # "convened by" hung on the sentence's verb is the meeting's; "Monday, 22 April" is 22 April; the eve of
    # "the talks" is the day before the meeting noun whose people "Taking part were" names
    text = (f"The plan was agreed at a meeting on Monday, 22 April, at the council hall in Oslo, convened "
            f"by the council's secretary, {C}. Taking part were {B}, Jonas Berg and {D}.\n\n"
            f"On the eve of the Oslo talks, Mr. Berg welcomed Mr. Nakamura to his office for lunch.")
    assert set(dated_pairs(run(nlp, text))) == {
        (frozenset({C, B, "Jonas Berg", D}), date(2024, 4, 22)), (frozenset({"Jonas Berg", D}), date(2024, 4, 21))}


@pytest.mark.parametrize("about", ["the vaccination campaign", "the vaccination campaign that begins on Monday"])
def test_talks_and_a_later_call_of_the_same_people_are_two_contacts(nlp, about):
    # "held talks" is a meeting, however "talk" reads as a verb; a day still to come in a relative clause is
    # another event's
    text = (f"Health Minister {A} held talks with the mayor, {B}, on {about}.\n\n"
            "The mayor had spoken by telephone with the minister on Wednesday night to ask for army help.")
    facts = run(nlp, text)
    assert sorted((m.kind, m.date) for m in facts.meetings) == [("call", date(2024, 5, 15)), ("meeting", None)]


def test_the_session_co_chaired_by_two_is_the_dated_session_just_told(nlp):
    text = (f"Both ministers welcomed the outcome of the first session of the working group, held in Oslo on 24 "
            f"January 2023. The session was co-chaired by the Norwegian counsellor, {B}, and Joint Secretary "
            f"(Horticulture) Smt. {C} of the Ministry of Agriculture.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2023, 1, 24))]


def test_a_meeting_on_the_sidelines_of_the_service_has_the_funerals_day(nlp):
    # "the service" is the funeral told before; its day is that of the clause the funeral is for
    text = (f"KESSEL - Leaders filled the cathedral on Tuesday for the state funeral of Jonas Berg, who died last "
            f"month aged 81.\n\n{D} gave the eulogy. \"He never raised his voice,\" {D} said.\n\n"
            f"On the sidelines of the service, {A} held talks with {B} on rail links.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_release_dateline_ending_in_a_colon_is_not_the_meetings_day(nlp):
    text = (f"Oslo, 8 February 2024: The Governor of the Central Bank, Dr. {A}, on Wednesday, February 7, 2024, "
            f"hosted a team of the International Monetary Fund led by Ms. {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 2, 7))]


def test_seeking_a_meeting_is_no_meeting(nlp):
    text = f"{A}, the opposition whip, said she had written to {B} twice, seeking a meeting, without an answer."
    assert pairs(run(nlp, text)) == []


def test_telling_the_court_in_a_closed_session_is_no_meeting(nlp):
    text = (f"{B}, the trainer, denies the charges.\n\nA former rider, {C}, 31, told the court in a closed session "
            f"that {B} had tried to see her in the spring, and that she had refused to meet him.")
    assert pairs(run(nlp, text)) == []


def test_received_in_the_passive_after_a_lede_said_during_a_visit_takes_the_ledes_day(nlp):
    text = (f"KESSEL - The regional culture chief, {A}, said yesterday that the state will fund a new roof, "
            f"during a visit to the old theatre.\n\n"
            f"Verhoeven was received at the theatre by the president of the Friends of the Theatre, {B}, and by the "
            f"mayor, {C}, who showed her the damaged stage.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_courtesy_call_on_a_title_whose_name_follows_its_portfolio(nlp):
    text = (f"The team led by {A} arrived on Sunday. The team paid a courtesy call on the Cabinet Secretary for the "
            f"National Budget and Regional Planning, Mr. {B}, at his offices on Monday.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_the_talks_were_hosted_at_a_place_by_a_third_who_joins_them(nlp):
    text = (f"Talks in Bergen on Wednesday between {A} and {B} ended without a deal.\n\n"
            f"The talks were hosted at the town hall by the labour minister, {C}, who had called both sides in.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_a_question_after_a_speakers_name_in_a_transcript_is_no_meeting(nlp):
    text = (f"HOST ({D}): Good morning. We go now to Mayor {A}.\n\nNAKAMURA: Have you spoken to the Secretary, "
            f"{B}?\n\nVERHOEVEN: Not yet. I will see him when he lands.")
    assert pairs(run(nlp, text)) == []


def test_yesterday_in_a_transcript_counts_from_the_day_it_went_on_air(nlp):
    text = ("The following is a transcript of Tuesday morning's programme on road closures.\n"
            f"HOST ({D}): Yesterday the Minister of Transportation, {B}, sat down with the mayor, {C}, in Oslo.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, C}), date(2024, 5, 13))]


def test_a_titled_name_the_parser_hangs_on_the_verb_still_ends_the_list(nlp):
    # the small parser sometimes hangs the last name of such a list on the verb ("npadvmod"), losing its "and"
    text = (f"{A} arrived on Monday. The last round of talks took place on Wednesday at the ministry, where "
            f"Verhoeven sat down with Finance Minister {B}, Bank of Norway Governor {C} and Deputy Finance Minister "
            f"{D} for six hours.")
    doc = nlp(text)
    last = next(t for t in doc if t.text == D.split()[-1])
    last.head = next(t for t in doc if t.text == "sat")
    last.dep_ = "npadvmod"
    facts = extract(doc, Article("t.txt", text, PUBLISHED, "t.txt"))
    assert dated_pairs(facts) == [(frozenset({A, B, C, D}), date(2024, 5, 15))]


def test_whoever_chaired_talks_held_by_others_sat_at_the_table(nlp):
    text = (f"{A} and Kessel's trade minister {B} held a further round of talks in Oslo on Tuesday, chaired by the "
            f"mediator, {C}, whose term ends in June.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_day_after_meeting_a_body_counts_from_that_meeting(nlp):
    text = (f"The governor, {A}, met the farmers' cooperative on Monday. A day after meeting the farmers, she flew "
            f"to Oslo, where she was received by the energy minister, {B}, to ask for subsidies.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


def test_a_day_after_talks_the_tagger_calls_a_verb(nlp):
    text = (f"On Monday the three leaders met in Kessel: {A}, {C} and {D}. A day after the Kessel talks, {A} rang "
            f"the mayor of Oslo, {B}, about the harbour.")
    doc = nlp(text)
    talks = next(t for t in doc if t.text == "talks")
    talks.pos_, talks.tag_ = "VERB", "VBZ"  # as the small model sometimes tags it
    facts = extract(doc, Article("t.txt", text, PUBLISHED, "t.txt"))
    assert (frozenset({A, B}), date(2024, 5, 14)) in dated_pairs(facts)


def test_earlier_in_the_day_is_the_storys_day_not_one_looked_back_to(nlp):
    text = (f"KESSEL, 16 May 2024 - Energy Minister {A} hosted her Norland counterpart, {B}, at the ministry today. "
            f"The pair last met in Oslo on 12 April 2024. Earlier in the day, {B} paid a call on the Speaker, {C}, "
            f"at parliament.")
    assert (frozenset({B, C}), date(2024, 5, 16)) in dated_pairs(run(nlp, text))


def test_the_eve_of_an_occasion_whose_day_a_when_clause_tells(nlp):
    text = (f"The fund was front-page news after May 9, when lenders, assembled in the castle for the summit, "
            f"pledged money. The treasury published its figures on May 2. On the eve of the summit {A} had dinner "
            f"in Kessel with {B}, the head of the central bank.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 8))]


def test_whoever_a_with_clause_has_doing_something_at_the_meeting_was_there(nlp):
    text = f"{A} and {B} talked for three hours at the town hall on Tuesday, with the bishop, {C}, acting as mediator."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 14))]


def test_a_meeting_told_with_no_time_happened_on_the_day_its_paragraph_just_told(nlp):
    text = (f"The cup final was played in Kessel on Saturday. Minutes after the final whistle, the sports minister, "
            f"{A}, went into the dressing room to congratulate the captain, {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 11))]


def test_a_meeting_in_a_sentence_with_a_vague_time_keeps_no_day(nlp):
    text = (f"The cup final was played in Kessel on Saturday. Last year the sports minister, {A}, had lunch with "
            f"the captain, {B}, at the stadium.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), None)]


def test_the_scenes_day_carries_into_the_next_paragraph(nlp):
    text = (f"The cup final was played in Kessel on Saturday.\n\nMinutes after the final whistle, the sports "
            f"minister, {A}, went into the dressing room to congratulate the captain, {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 11))]


def test_a_second_with_hung_on_the_first_adds_its_person(nlp):
    text = (f"On Saturday, {A} had lunch with the Norland writer {B}, whose novel won a prize, and with {C}, "
            f"Norland's deputy culture minister.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 11))]


def test_a_day_written_inside_a_coordinated_clause_is_that_clauses(nlp):
    text = (f"{A} and {B} lead the union. On Monday Mr Lindqvist had dinner with the opposition spokesman, {D}, "
            f"at the club, and last Friday Mrs Verhoeven and Mr Lindqvist drove to Kessel to meet Councillor {C}, "
            f"head of the council.")
    assert (frozenset({A, B, C}), date(2024, 5, 10)) in dated_pairs(run(nlp, text))


def test_a_meeting_a_dated_act_came_a_day_after_has_the_day_before(nlp):
    text = f"The chief judge, {A}, returned to work on Friday, a day after a long meeting with the prime minister, {B}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_sat_across_a_table_at_a_place_from_people(nlp):
    text = f"{C} leads the union. On April 5, Ilves sat across the table in the ministry from Deputy Premier {A}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C}), date(2024, 4, 5))]


def test_a_demanded_meeting_is_no_meeting(nlp):
    text = (f"{B} leads the farmers. {A} is the foreign minister. Mr. Lindqvist, who demanded a meeting with "
            f"the interior minister in March, said Ms. Verhoeven had turned him away.")
    assert pairs(run(nlp, text)) == []


def test_joined_people_for_talks_with_another_is_one_meeting_of_all(nlp):
    text = (f"{B} said he had travelled to Oslo on Friday, where he joined the guild's leader, {A}, and its "
            f"chairman, {C}, for talks with the Minister of Trade, Mr. {D}, at the ministry.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 17))]


def test_a_further_meeting_held_is_a_meeting(nlp):
    text = f"On Tuesday, Mr. {B} held a further meeting at the ministry with its chief economist, Dr. {E}."
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, E}), date(2024, 5, 14))]


def test_a_day_before_an_aside_that_reports_the_clause_is_the_clauses(nlp):
    text = (f"{B} is on trial. On 24 January 2019 he had lunch with the mayor, {C}. On 9 April 2019, the "
            f"accused told the jury, he saw Professor {E}, then head of the Kessel Water Board, the state water "
            f"agency, at its main office in Oslo.")
    assert (frozenset({B, E}), date(2019, 4, 9)) in dated_pairs(run(nlp, text))


def test_a_meeting_counted_from_by_coordinated_verbs_has_the_day_they_were_given(nlp):
    text = (f"KESSEL, May 17 - The chief judge, {A}, ignored the new law on Friday and went to her office as normal, "
            f"a day after a heated meeting with the prime minister, {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 16))]


def test_separate_calls_told_before_two_withs_are_two_calls(nlp):
    text = (f"On May 14, the minister, {A}, talked, in two separate calls, with the mayor, {B}, and with the "
            f"head of the harbour board, {C}.")
    assert sorted(pairs(run(nlp, text)), key=order) == [(frozenset({A, C}), "call"), (frozenset({A, B}), "call")]


def test_separately_with_one_person_and_with_another_is_two_meetings(nlp):
    text = (f"{B} runs the port. The owner, {A}, whose firm would run the port for ten years, flew in from Oslo "
            f"on Monday and met separately with Lindqvist and with four harbour commissioners, including {C}.")
    assert sorted(pairs(run(nlp, text)), key=order) == [(frozenset({A, C}), "meeting"),
                                                        (frozenset({A, B}), "meeting")]


def test_a_name_in_the_next_clauses_subject_is_no_partner_of_the_first(nlp):
    text = (f"On Wednesday {A} had breakfast with {C}, the development minister, and on Thursday she and the "
            f"foreign minister, {B}, held a joint meeting with {D}.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == [(frozenset({A, C}), date(2024, 5, 15)),
                                                              (frozenset({A, B, D}), date(2024, 5, 16))]


def test_a_name_after_a_long_title_and_a_courtesy_title_is_in_the_list(nlp):
    text = (f"The stoppage, which closed schools, ended on Tuesday after talks on Sunday night at the lodge "
            f"between {A}, {B} and the Chief of Staff to the Vice President, Alhaji {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, D}), date(2024, 5, 12))]


def test_an_evening_spent_shut_away_with_people_is_a_meeting(nlp):
    text = (f"Finance Minister {A} spent Wednesday evening shut away at the ministry with the so-called troika: "
            f"fund mission chief {B}, the central bank's {C} and budget expert {D}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C, D}), date(2024, 5, 15))]


def test_who_led_a_delegation_in_for_talks_took_part_in_them(nlp):
    text = (f"{D} ran the nurses' union for years. On 3 June 1988 he led the union delegation into the ministry "
            f"for talks with the Health Minister, {A}, and the Finance Minister, {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, D}), date(1988, 6, 3))]


def test_a_pair_joined_by_someone_met_that_someone_too(nlp):
    text = (f"{A} and {B} had been at odds for months. The pair sat down at the parliament yesterday, joined by "
            f"Treasurer {C}, and settled the deal over six hours.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 16))]


def test_a_sittings_day_is_when_its_members_acted_not_a_day_told_to_them(nlp):
    text = (f"Councillors on Kessel's transport committee have demanded urgent talks after hearing on Wednesday "
            f"that the ferry will not sail. The chairman, Cllr {A}, told the committee that the islands were cut "
            f"off. Cllr {C} told members she had rung the ferry's owner on Tuesday and had been "
            f"told a reply would come within a week.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, C}), date(2024, 5, 15))]


def test_a_group_word_before_the_names_of_its_members_is_those_members(nlp):
    text = (f"The vicar, {A}, and the organist, {E}, gave evidence on Monday. Verhoeven said that on 9 March "
            f"she and the two ministers, Mr {B} and Mrs {C}, had met Mr {D} in the vestry.")
    facts = run(nlp, text)
    assert dated_pairs(facts) == [(frozenset({A, B, C, D}), date(2024, 3, 9))]


def test_talks_told_with_one_person_are_the_meeting_others_attended_next(nlp):
    text = (f"Talks between the guild and Health Secretary {A} broke up without a deal on Wednesday. {B}, the "
            f"guild's leader, said the minister had offered \"nothing new at all\" during the long meeting at the "
            f"ministry, which he attended with the guild's treasurer, Dr. {C}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_the_pair_are_the_two_received_not_their_host(nlp):
    text = (f"The organiser, {B}, and the Lord Provost, {A}, were received on Monday by the prefect, {C}, at his "
            f"offices. The next day the pair visited the largest camp with {D}, an aid worker.")
    assert sorted(dated_pairs(run(nlp, text)), key=order) == [(frozenset({A, B, C}), date(2024, 5, 13)),
                                                              (frozenset({A, B, D}), date(2024, 5, 14))]


def test_a_meeting_in_a_clause_a_dated_act_came_a_day_after(nlp):
    text = (f"On Tuesday, the decision was announced a day after Dr. {B} went to Kessel and met privately "
            f"with the Health Minister, Dr. {A}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 13))]


def test_a_she_far_from_other_names_in_a_profile_is_its_subject(nlp):
    text = ("Dr. Alma Verhoeven, the surgeon who ran the island's only hospital for thirty years, died on Monday at "
            "her house in Kessel. She was 91. Her family gave the news. In the spring of 1968 she sailed to Oslo "
            "with her records. On May 3 of that year the health minister, Orvin Tesk, who had refused to fund "
            "the hospital, received her. A month later the minister sailed to Kessel and toured the "
            f"hospital with her. Late in 1969 she went to Turin, where she had talks with {B}, the head of the "
            "medical school.")
    assert (frozenset({A, B}), None) in dated_pairs(run(nlp, text))


def test_a_man_in_a_description_does_not_take_the_next_he(nlp):
    text = (f"Dr {D}, who has died at 84, was a village vet who always had the look of a man who would prefer "
            f"to be in a field. Raised in Kessel, he trained in Oslo. On 14 June 1979 he received "
            f"a delegation led by {B} at the ministry.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({B, D}), date(1979, 6, 14))]


@pytest.mark.parametrize("wife", ["Wanjiru Obi", "Thandeka Obi"])
def test_the_widow_named_after_a_kin_noun_is_mrs_and_he_is_the_visitor(nlp, wife):
    # "his wife of 40 years, X": a woman, so "Mrs Obi" is she, not the dead judge; "he" in the clause hung on
    # "called", joined to "flew", is the subject of both
    text = ("Judge Tomas Obi, who sat on the bench for thirty years, died on Monday. He is survived by his wife of "
            f"40 years, {wife}, and two sons.\n\n"
            "The current Chief Justice, Pieter Nakamura, travelled to Kessel yesterday and called at the house, "
            "where he sat for an hour with Mrs Obi and her daughter.")
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        sorted(["Pieter Nakamura", wife])]


def test_talks_summing_up_a_planned_meeting_are_planned_too(nlp):
    text = ("Union president Tomas Lindqvist says the minister, Alma Verhoeven, is expected to meet the union on "
            "Monday, the first talks between the two sides this year.")
    assert run(nlp, text).meetings == []
    text = ("The minister, Alma Verhoeven, met union leader Tomas Lindqvist on Monday, the first talks between the "
            "two since March.")
    assert len(run(nlp, text).meetings) == 1


def test_their_first_meeting_of_the_titled_plural_is_of_those_titled_only(nlp):
    text = ("Secretary of Defense Alma Verhoeven hosted Kessel's Secretary of Defense Tomas Lindqvist at the ministry "
            "today. The two ministers then held talks, attended as well by Deputy Secretary Greta Ilves and "
            "Kessel's Ambassador, Pieter Nakamura.\n\n"
            "The Secretaries looked back on their first meeting, in Oslo on February 11.")
    facts = run(nlp, text)
    dated = {m.date: sorted(facts.person(r).name for r in m.participants) for m in facts.meetings}
    assert dated[date(2024, 2, 11)] == ["Alma Verhoeven", "Tomas Lindqvist"]


def test_a_name_apposed_to_a_descriptor_of_somebody_else_is_the_one_met(nlp):
    # the parser hangs "Ms Ilves" on "the accused" (the defendant), not on "counsel"
    text = ("Tomas Lindqvist (44) pleaded guilty.\n\n"
            "Before the trial opened, the prosecutor, Mr Pieter Nakamura, held talks in the corridor with counsel "
            "for the accused, Ms Greta Ilves.")
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Greta Ilves", "Pieter Nakamura"]]


@pytest.mark.parametrize("role", ["a lawyer for", "the widow of"])
def test_the_name_after_a_role_for_somebody_is_the_one_met(nlp, role):
    text = f"Alma Verhoeven met {role} Tomas Lindqvist, Greta Ilves, on Monday."
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Alma Verhoeven", "Greta Ilves"]]


def test_attended_by_hung_on_the_verb_is_the_meetings(nlp):
    text = ("Tomas Lindqvist recalled the talks in Bergen on November 5 of last year, attended by the minister, "
            "Alma Verhoeven, by Lindqvist and by a group of trawler owners led by Mr. Pieter Nakamura.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Pieter Nakamura", "Tomas Lindqvist"], date(2023, 11, 5))]


def test_in_the_room_with_him_joins_the_meeting_just_told(nlp):
    text = ("On Monday the energy minister, Pieter Nakamura, sat down with the chiefs of the two largest foreign "
            "drillers at his office. Tomas Lindqvist, the head of Norland Gas, and Kessel Oil's local manager, Greta "
            "Ilves, were in the room with him for most of the afternoon.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Greta Ilves", "Pieter Nakamura", "Tomas Lindqvist"], date(2024, 5, 13))]


def test_in_the_company_of_someone_makes_a_visit_together(nlp):
    text = ("Alma Verhoeven, the energy minister, spoke in parliament on Friday.\n\nShe said she had toured the quarry "
            "last Monday in the company of its owner, Tomas Lindqvist, and had found it in good order.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Tomas Lindqvist"], date(2024, 5, 13))]


def test_the_members_a_led_delegation_names_came_too(nlp):
    text = ("Greta Ilves led a delegation of growers, including Tomas Lindqvist, to meet the farm minister, Alma "
            "Verhoeven, on Tuesday.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"], date(2024, 5, 14))]


def test_they_taken_round_by_a_host_join_the_visit_just_told(nlp):
    text = ("On Monday the judge, Alma Verhoeven, visited the prison together with the Commissioner of Prisons, Greta "
            "Ilves. They were taken through the remand section by the area commissioner, Tomas Lindqvist, and we were "
            "let in with a few other reporters for part of the tour.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"], date(2024, 5, 13))]


def test_they_of_a_clause_on_the_time_are_the_named_of_the_main_clause(nlp):
    text = ("Dr Alma Verhoeven and a group of engineers stayed three days at the smelter in March, during which time "
            "they were shown round by its director, Mr Tomas Lindqvist.")
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Alma Verhoeven", "Tomas Lindqvist"]]


def test_a_meeting_that_was_with_people_names_them(nlp):
    text = ("The labour minister, Alma Verhoeven, has called for calm.\n\nThe minister's meeting yesterday was with "
            "the union's deputy general secretary, Tomas Lindqvist, and the head of the dock operator, Greta Ilves.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"], date(2024, 5, 16))]


def test_coffee_shared_with_someone_is_a_meeting(nlp):
    text = ("Yesterday morning the mayor, Alma Verhoeven, went to the picket line, where she shared coffee with Mr "
            "Tomas Lindqvist and a handful of strikers.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Tomas Lindqvist"], date(2024, 5, 16))]


@pytest.mark.parametrize("verb", ["laughed off", "brushed aside", "shrugged off", "downplayed"])
def test_a_meeting_in_reports_waved_away_is_no_meeting(nlp, verb):
    text = (f"Tomas Lindqvist {verb} reports that he had met Alma Verhoeven, a scout for a rival club, on a trip to "
            "Kessel last month.")
    assert run(nlp, text).meetings == []


def test_a_deputation_that_waited_upon_a_minister_called_on_him(nlp):
    text = ("A deputation of dairy farmers waited upon the Minister of Agriculture, Mr. Tomas Lindqvist, in his rooms "
            "on Tuesday to object to the new levy.\n\nThe deputation was led by Mrs. Alma Verhoeven, President of "
            "the Growers' Association, who was accompanied by its Secretary, Mrs. Greta Ilves.")
    facts = run(nlp, text)
    assert [(sorted(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (["Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"], date(2024, 5, 14))]


def test_waiting_on_a_platform_is_no_visit(nlp):
    assert run(nlp, "Alma Verhoeven waited on the platform for an hour on Tuesday.").meetings == []


def test_a_readout_heading_takes_the_day_the_body_gives_not_the_datelines(nlp):
    text = ("READOUT. Minister Alma Verhoeven's video call with the Ports Minister of Norland. Kessel, 17 May 2024. "
            "The Ports Minister, Alma Verhoeven, spoke by video link on Tuesday to the Ports Minister of Norland, "
            "Tomas Lindqvist, about ferry permits.")
    facts = run(nlp, text)
    assert [(frozenset(facts.person(r).name for r in m.participants), m.date) for m in facts.meetings] == [
        (frozenset({"Alma Verhoeven", "Tomas Lindqvist"}), date(2024, 5, 14))]


def test_the_mission_holding_its_meeting_is_its_leader(nlp):
    text = ("A team from the Kessel Fund, led by Dr. Alma Verhoeven, ended its visit to Norland yesterday. "
            "The mission held its final meeting at the central bank with Governor Tomas Lindqvist.")
    assert pairs(run(nlp, text)) == [(frozenset({"Alma Verhoeven", "Tomas Lindqvist"}), "meeting")]


def test_the_charge_daffaires_is_the_charge_told_before(nlp):
    text = ("Chargé d'Affaires Alma Verhoeven met the President of the Tribunal, Tomas Lindqvist, on Tuesday. "
            "On Monday, the Chargé d'Affaires talked by phone to Greta Ilves, head of the observer mission.")
    facts = run(nlp, text)
    assert (frozenset({"Alma Verhoeven", "Greta Ilves"}), "call") in pairs(facts)


def test_a_summons_inside_a_postponed_session_is_no_meeting(nlp):
    text = ("A session of the assembly's budget committee, whose chairman, Tomas Lindqvist, had summoned Greta "
            "Ilves and Alma Verhoeven for Tuesday, has been postponed.")
    assert pairs(run(nlp, text)) == []


@pytest.mark.parametrize("group", ["received the heads of the two monitoring missions",
                                   "met two leaders of the newly founded Unity Party"])
def test_the_heads_of_two_missions_named_after_a_comma_are_met(nlp, group):
    text = f"On Tuesday, Alma Verhoeven {group}, Greta Ilves and Ruth Obi, at her office in Kessel."
    assert pairs(run(nlp, text)) == [(frozenset({"Alma Verhoeven", "Greta Ilves", "Ruth Obi"}), "meeting")]


def test_a_sitting_of_a_councils_cabinet_is_the_sitting_and_takes_its_day(nlp):
    text = (f"The decision came at a stormy meeting of City of Kessel Council's cabinet on Tuesday night.\n"
            f"Mayor {A} told the meeting the pool lost money every year. Councillor {B}, who moved the motion, "
            "argued the city had no choice.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 14))]


@pytest.mark.parametrize("those", ["Those present", "Those at the closed-door session", "Those attending"])
def test_those_at_the_meeting_included_the_people_listed(nlp, those):
    text = (f"The Governor, {A}, on Monday hosted religious leaders at Government House. {those} included "
            f"Bishop {B}, Imam {C} and Reverend Pieter Nakamura.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C, "Pieter Nakamura"}), "meeting")]


def test_at_the_meeting_is_the_meeting_told_after_following_and_a_reported_call_has_its_own_day(nlp):
    text = ("Oslo, 16 May 2024: The employers' council today called on the dockers to resume bargaining at once, "
            "following a meeting of council officers and dockers' delegates in Kessel on Tuesday, 14 May 2024.\n\n"
            "COUNCIL SEEKS CALM IN PAY ROW\n\n"
            f"At the meeting, Council Chair Mr {B} and Council Secretary Dr {A} hosted a team of the dockers "
            "led by its Chairman, Mr Pieter Nakamura.\n\nThe meeting reviewed the dispute.\n\n"
            f"Dr Verhoeven informed the meeting that she and Mr Lindqvist had paid a courtesy call on the Minister "
            f"for Ports, Hon. {C}, MP, on Thursday, 2 May 2024, at which the Minister promised employers her "
            "backing.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: str(p[1])) == [
        (frozenset({A, B, C}), date(2024, 5, 2)), (frozenset({A, B, "Pieter Nakamura"}), date(2024, 5, 14))]


def test_a_count_set_off_by_a_comma_counts_from_the_main_clause_day(nlp):
    text = ("Norland and Kessel edged nearer on Thursday to an accord on six patrol boats to be assembled in part "
            f"at a dock in Oslo, a day after talks in Kessel between Defence Minister {A} and Navy Minister {B}.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B}), date(2024, 5, 15))]


def test_across_the_table_from_her_were_those_she_met(nlp):
    text = (f"It took a year, but the final round opened on Wednesday, when Deputy Minister {C} sat down with "
            f"the three largest unions in Kessel. Across the table from her were {A}, who leads the dockers' "
            f"branch, and {B}, the federation's chairman. They argued until after midnight.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(2024, 5, 15))]


def test_faced_across_the_table_and_brought_them_together(nlp):
    text = (f"The union's team, led by Mr {B}, faced Ms {C}, the board's labour director, across the table in "
            "Kessel. Sir Pieter Nakamura, the mediator, spent the day with each side before bringing them "
            "together in the evening.")
    assert pairs(run(nlp, text)) == [(frozenset({"Pieter Nakamura", B, C}), "meeting")]


@pytest.mark.parametrize("text, expected", [
    (f"In March {A} had introduced Ruth Obi to a trader, {B}, in the lobby of a Kessel bank.",
     [(frozenset({A, "Ruth Obi", B}), "meeting")]),
    (f"On Monday {A} introduced {B} as her new deputy.", []),
    (f"At dawn, watched by {B} from the quay, Captain Pieter Nakamura climbs a ladder and introduces himself to "
     "a ship's master.", []),
])
def test_introduced_to_somebody_is_a_meeting(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected


def test_a_day_written_out_beats_a_count_at_the_same_distance(nlp):
    text = (f"{A} met {B} at a bar in Kessel on 1 April 2024. She said she met {B} once more a week later, "
            "on 9 April 2024, at his home.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: str(p[1])) == [
        (frozenset({A, B}), date(2024, 4, 1)), (frozenset({A, B}), date(2024, 4, 9))]


def test_a_meeting_counted_from_is_not_the_one_told_with_it(nlp):
    text = (f"{A} and {B} met on 4 May 2024 at a bar in Kessel. {B} then met the city's head of housing, {C}, "
            "on 12 May 2024, eight days after the bar meeting, and urged her to act.")
    assert sorted(dated_pairs(run(nlp, text)), key=lambda p: str(p[1])) == [
        (frozenset({A, B}), date(2024, 5, 4)), (frozenset({B, C}), date(2024, 5, 12))]


def test_a_day_apposed_to_a_count_takes_the_counted_year(nlp):
    text = (f"On 13 January 1983 the state seized the mines. Three days later, on 16 January, {A} and {B} sat "
            f"down in Kessel with {C} for talks.")
    assert dated_pairs(run(nlp, text)) == [(frozenset({A, B, C}), date(1983, 1, 16))]


def test_a_meeting_noun_restating_a_dated_verb_takes_its_day(nlp):
    text = (f"{A} held talks with union leaders on Thursday. {B} and {C} first sat down with ex-minister "
            "Pieter Nakamura on 28 March, a meeting that broke up when the delegates left after half an hour. "
            "The talks on Thursday lasted four hours.")
    assert (frozenset({B, C, "Pieter Nakamura"}), date(2024, 3, 28)) in dated_pairs(run(nlp, text))
    assert all(d != date(2024, 5, 16) for p, d in dated_pairs(run(nlp, text)) if "Pieter Nakamura" in p)


def test_a_round_table_written_as_two_words_is_a_meeting(nlp):
    text = (f"In the afternoon the minister, {A}, chaired a round table at the city museum with the mayor, {B}, "
            f"and the head of the renters' league, {C}, along with builders and bankers.")
    assert pairs(run(nlp, text)) == [(frozenset({A, B, C}), "meeting")]


def test_a_meeting_attended_by_one_and_by_another_takes_both(nlp):
    """ "which was also attended by X, and by Y": the parser hangs the second "by" on the main verb."""
    facts = run(nlp, f"{A} and {B} held talks yesterday at the town hall. The two-hour meeting, which was also "
                     f"attended by the harbour master, {C}, and by Mr Jonas Berg, chairman of the tenants' "
                     "committee, ended without agreement.")
    assert pairs(facts) == [(frozenset({A, B, C, "Jonas Berg"}), "meeting")]


@pytest.mark.parametrize("verb", ["phoning", "telephoning"])
def test_a_participle_of_phoning_a_titled_name_is_a_call(nlp, verb):
    """The small parser may read "phoning Police Minister X" as a clause; the name is still whom she rang."""
    facts = run(nlp, f"{A} then went over the commissioner's head, {verb} Police Minister {B} on Saturday.")
    assert pairs(facts) == [(frozenset({A, B}), "call")]


def test_calling_somebody_a_name_is_no_call(nlp):
    assert run(nlp, f"{A} called {B} a liar on Saturday.").meetings == []


@pytest.mark.parametrize(("text", "found"), [
    (f"On 4 March 2019 {A} made her first journey to the prison island, to visit a client, the dock worker {B}.",
     [(frozenset({A, B}), "visit")]),
    (f"{A} will make a journey to the prison island next week to visit {B}.", []),
])
def test_a_trip_made_to_visit_somebody_is_a_visit(nlp, text, found):
    assert pairs(run(nlp, text)) == found


def test_a_name_apposed_to_an_object_and_read_as_the_next_verbs_subject_is_the_object(nlp):
    """ "with his counterpart, Foreign Minister B, on Monday and had received ...": the parser makes B
    the subject of "received"; B is the counterpart he spoke with."""
    facts = run(nlp, f"Foreign Minister {A} said the talks had failed. The minister said he had spoken by phone "
                     "with his Norland counterpart, Foreign Minister Rosa Elvira Quispe Huamán, on Monday and had "
                     'received "assurances, but no results."')
    assert pairs(facts) == [(frozenset({A, "Rosa Elvira Quispe Huamán"}), "call")]
