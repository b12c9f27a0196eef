"""Offices: title, apposition, clauses, possessive bodies, former offices (fictional people)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import extract
from kg.records import Article, Facts


def run(nlp, text: str) -> Facts:
    return extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))


def offices(facts: Facts) -> dict[str, list[tuple[str, bool]]]:
    out: dict[str, list[tuple[str, bool]]] = {}
    for office in facts.offices:
        out.setdefault(facts.person(office.person).name, []).append((office.label, office.former))
    return out


def has(facts: Facts, name: str, *words: str, former: bool = False) -> bool:
    for label, was in offices(facts).get(name, []):
        low = label.lower()
        if was == former and all(w.lower() in low for w in words):
            return True
    return False


def test_title_before_the_name(nlp):
    facts = run(nlp, "Port Authority Director Lena Castellano met union leaders on Monday.")
    assert has(facts, "Lena Castellano", "director", "port authority"), offices(facts)


def test_apposition_after_the_name(nlp):
    facts = run(nlp, "Oskar Brenner, the director of the National Weather Agency, warned of floods.")
    assert has(facts, "Oskar Brenner", "director", "weather agency"), offices(facts)


def test_who_heads(nlp):
    facts = run(nlp, "Imke Sandoval, who heads the state water board, said the reservoirs were full.")
    assert has(facts, "Imke Sandoval", "head", "water board"), offices(facts)


def test_sworn_in_as(nlp):
    text = "Rowan Achterveld, who was sworn in as Norland's interim president last week, met the press."
    facts = run(nlp, text)
    assert has(facts, "Rowan Achterveld", "interim", "president", "norland"), offices(facts)


def test_predicate(nlp):
    facts = run(nlp, "Teodor Vance is the chief executive of Lumen Freight.")
    assert has(facts, "Teodor Vance", "chief executive", "lumen freight"), offices(facts)


def test_possessive_body(nlp):
    facts = run(nlp, "Norland's finance minister, Agathe Morel, presented the budget.")
    assert has(facts, "Agathe Morel", "finance minister", "norland"), offices(facts)


def test_prime_minister_of_country_after_name(nlp):
    facts = run(nlp, "Prime Minister Aarno Kettunen of Estmark arrived in the capital.")
    assert ("Prime Minister of Estmark", False) in offices(facts)["Aarno Kettunen"]


def test_acting_and_deputy_are_kept(nlp):
    facts = run(nlp, "Acting Governor Selma Drury and Deputy Mayor Paulo Renn toured the site.")
    assert has(facts, "Selma Drury", "acting", "governor"), offices(facts)
    assert has(facts, "Paulo Renn", "deputy", "mayor"), offices(facts)


def test_former_office(nlp):
    facts = run(nlp, "Former Defense Minister Hakon Strand criticised the plan.")
    assert has(facts, "Hakon Strand", "defense minister", former=True), offices(facts)
    assert not has(facts, "Hakon Strand", "minister", former=False)


def test_rank_is_not_an_office(nlp):
    facts = run(nlp, "Gen. Ilario Bassi inspected the troops.")
    assert "Ilario Bassi" in {p.name for p in facts.persons}
    assert offices(facts).get("Ilario Bassi") is None


def test_abbreviated_titles_before_names(nlp):
    text = (
        "Gov. Marla Quintrell of Oregana met Sen. Tobias Renfield and Rep. Ada Kowalski on Friday. "
        "Kessel Gov. Delmar Hutchins joined by phone."
    )
    facts = run(nlp, text)
    assert has(facts, "Marla Quintrell", "governor of oregana"), offices(facts)
    assert has(facts, "Tobias Renfield", "senator"), offices(facts)
    assert has(facts, "Ada Kowalski", "representative"), offices(facts)
    assert has(facts, "Delmar Hutchins", "governor of kessel"), offices(facts)


def test_mp_for_a_constituency_and_council_member(nlp):
    text = (
        "Ruth Calloway, the MP for Ashbourne West, said the ward should stay open. "
        "Council Member Dario Pennick agreed."
    )
    facts = run(nlp, text)
    assert has(facts, "Ruth Calloway", "mp for ashbourne west"), offices(facts)
    assert has(facts, "Dario Pennick", "council member"), offices(facts)


def test_minister_delegate_is_one_title_not_a_person(nlp):
    facts = run(nlp, "Norland's Minister Delegate for Trade, Odile Vasseur-Kante, said the deal was fair.")
    assert [p.name for p in facts.persons] == ["Odile Vasseur-Kante"]
    assert has(facts, "Odile Vasseur-Kante", "minister delegate for trade of norland"), offices(facts)


def test_police_rank_keeps_the_full_title(nlp):
    facts = run(nlp, "Detective Inspector Lorna Baxter told the court that the cash was in a shed.")
    assert has(facts, "Lorna Baxter", "detective inspector"), offices(facts)


def test_label_stops_before_the_rest_of_the_sentence(nlp):
    text = (
        "Secretary Ines Holt hosted Norland's Minister of Commerce, Ada Kessel-Brun, "
        "and Deputy Minister of Fisheries Marc-Antoine Okoro for a dinner at the embassy."
    )
    facts = run(nlp, text)
    assert has(facts, "Marc-Antoine Okoro", "deputy minister of fisheries"), offices(facts)
    assert all("dinner" not in label for label, _ in offices(facts).get("Ada Kessel-Brun", [])), offices(facts)


def test_apposition_after_a_courtesy_title_and_relative_clause(nlp):
    text = (
        "Norland's foreign minister, Dr. Lina Haddad, hosted the secretary. "
        "Helga Sorensen, the French MEP who chairs the fisheries committee, said no."
    )
    facts = run(nlp, text)
    assert has(facts, "Lina Haddad", "foreign minister", "norland"), offices(facts)
    assert has(facts, "Helga Sorensen", "mep"), offices(facts)
    assert has(facts, "Helga Sorensen", "chair", "fisheries committee"), offices(facts)


def test_chaired_meeting_and_honorific_chief_are_not_offices(nlp):
    text = "Ada Brin chaired Friday's cabinet session. Chief Obinna Eze attended."
    facts = run(nlp, text)
    assert offices(facts) == {}, offices(facts)


def test_chief_of_a_nation_is_an_office(nlp):
    facts = run(nlp, "Chief Rory Sweetgrass of the Kessel River Nation met the minister.")
    assert has(facts, "Rory Sweetgrass", "chief"), offices(facts)


def test_then_and_year_ranges_make_offices_former(nlp):
    text = (
        "Elsa Marnholt dined with Piet Lomm, then the chief negotiator for the bondholders. "
        "Ivo Rask was ambassador to Kessel from 2001 to 2005."
    )
    facts = run(nlp, text)
    assert has(facts, "Piet Lomm", "chief negotiator", former=True), offices(facts)
    assert not has(facts, "Piet Lomm", "negotiator"), offices(facts)
    assert has(facts, "Ivo Rask", "ambassador", former=True), offices(facts)


def test_spokesman_for_a_governor_is_not_the_governor(nlp):
    facts = run(nlp, "A spokesman for Governor Ada Brin said the budget was ready.")
    assert has(facts, "Ada Brin", "governor"), offices(facts)
    assert not has(facts, "Ada Brin", "spokesman"), offices(facts)


def test_body_with_and_inside_its_name(nlp):
    text = "Ada Brin met Ivo Lask, the president of the Kessel and Marrow Development Bank, on Monday."
    facts = run(nlp, text)
    assert has(facts, "Ivo Lask", "president of the kessel and marrow development bank"), offices(facts)


def test_minister_of_state_with_an_honorific_before_the_name(nlp):
    text = "Union Minister of State for Water Shri Prakash Varma inaugurated a plant at Rampur village."
    facts = run(nlp, text)
    assert has(facts, "Prakash Varma", "minister of state for water"), offices(facts)
    assert not any("shri" in label.lower() for label, _ in offices(facts).get("Prakash Varma", []))


def test_lieutenant_governor_and_generic_possessive_body(nlp):
    text = (
        "Lt. Gov. Ana Pellow of Vermont said she would run. Kessel Energy made an offer. "
        "The company's chief executive, Marta Solis, did not comment."
    )
    facts = run(nlp, text)
    assert has(facts, "Ana Pellow", "lieutenant governor of vermont"), offices(facts)
    # a generic owner stays in the label: which company is the one told before, the reader knows
    assert ("chief executive of the company", False) in offices(facts).get("Marta Solis", []), offices(facts)


def test_gerund_before_the_title_belongs_to_it(nlp):
    facts = run(nlp, "Ortiz said he had tried to call then-licensing commissioner Berit Lund about the permit.")
    assert has(facts, "Berit Lund", "licensing commissioner", former=True), offices(facts)
    assert not has(facts, "Berit Lund", "commissioner", former=False), offices(facts)


def test_apposition_before_a_title_and_name(nlp):
    facts = run(nlp, "The Greens' energy spokeswoman, Senator Ilse Brandt, said the plan was late.")
    assert has(facts, "Ilse Brandt", "senator"), offices(facts)
    assert has(facts, "Ilse Brandt", "energy spokeswoman", "greens"), offices(facts)


def test_body_after_the_name_keeps_its_own_of_phrase(nlp):
    text = "The visitors, led by Counsellor Oren Vale of the Consulate of Norland in Kessel, toured the site."
    facts = run(nlp, text)
    assert has(facts, "Oren Vale", "counsellor", "consulate of norland"), offices(facts)


def test_appointed_without_as(nlp):
    facts = run(nlp, "Mira Holt was elected mayor of Dunmore in May.")
    assert has(facts, "Mira Holt", "mayor of dunmore"), offices(facts)


def test_abbreviated_office_split_from_its_period(nlp):
    facts = run(nlp, "The trial of Ald. Piotr Nowak entered its third week.")
    assert has(facts, "Piotr Nowak", "alderman"), offices(facts)


def test_apposition_on_both_sides_of_a_name(nlp):
    text = "The union has appointed a mediator, Lotte Brink, a retired judge who sat on the wage board."
    facts = run(nlp, text)
    assert has(facts, "Lotte Brink", "mediator"), offices(facts)
    assert has(facts, "Lotte Brink", "judge", former=True), offices(facts)
    assert not has(facts, "Lotte Brink", "judge"), offices(facts)


def test_county_assembly_member(nlp):
    facts = run(nlp, "Riverside MCA Joseph Kamau said the road would reopen.")
    assert has(facts, "Joseph Kamau", "riverside mca"), offices(facts)


def test_body_listed_with_commas(nlp):
    facts = run(nlp, "Greta Lindqvist has been the town's councillor for housing, transport and parks since 2015.")
    assert has(facts, "Greta Lindqvist", "councillor for housing, transport and parks"), offices(facts)


def test_apposition_runs_to_its_closing_comma(nlp):
    facts = run(nlp, "The team included Mira Holt, Ambassador of Norland to the Republic of Kessel, and two aides.")
    assert has(facts, "Mira Holt", "ambassador of norland to the republic of kessel"), offices(facts)


def test_who_runs_a_named_body(nlp):
    facts = run(nlp, "On Monday I met Carla Benn, who runs Northgate Harbour Services. Benn runs the risk of a fine.")
    assert has(facts, "Carla Benn", "head", "northgate harbour services"), offices(facts)
    assert not has(facts, "Carla Benn", "risk"), offices(facts)


def test_its_title_takes_the_organisation_just_named(nlp):
    facts = run(nlp, "A delegation from the port of Marrow led by its vice president, Li Wenhua, visited the docks.")
    assert has(facts, "Li Wenhua", "vice president of the port of marrow"), offices(facts)


def test_apposition_before_the_name_with_its_own_of_phrase(nlp):
    text = "Earlier, the envoy met with the Ambassador of Norland to the United States, Ricardo Vela, at the embassy."
    facts = run(nlp, text)
    assert has(facts, "Ricardo Vela", "ambassador of norland"), offices(facts)


def test_the_title_and_title_name_are_two_people(nlp):
    facts = run(nlp, "The Foreign Minister and Ambassador Vela discussed the port. CEO and Chair Jane Roe agreed.")
    assert has(facts, "Vela", "ambassador"), offices(facts)
    assert not has(facts, "Vela", "foreign minister"), offices(facts)
    assert has(facts, "Jane Roe", "ceo and chair"), offices(facts)


def test_organisation_named_after_its_noun(nlp):
    text = "The group included Rui Sales, president of the shipping company Linhas do Norte Maritimas, and two aides."
    facts = run(nlp, text)
    assert has(facts, "Rui Sales", "president", "linhas do norte maritimas"), offices(facts)


def test_contact_block_office_on_the_line_below(nlp):
    text = "The trial had ended.\n\nPress contact:\nMara Oyelaran-Voss\nHead of Media Relations, Kessel Labs\n"
    facts = run(nlp, text)
    assert has(facts, "Mara Oyelaran-Voss", "head of media relations"), offices(facts)


def test_member_after_the_body_name(nlp):
    text = "On Tuesday, the minister met lawmakers, and Politburo member Li Wenhua briefed him on the plan."
    facts = run(nlp, text + " A member of the public, Ana Ruiz, said the plan was late.")
    assert has(facts, "Li Wenhua", "politburo member"), offices(facts)
    assert "Ana Ruiz" not in offices(facts), offices(facts)


def test_mayoral_committee_member(nlp):
    text = "The talks were also attended by the city's MMC for transport, Thandi Mokoena, and two engineers."
    facts = run(nlp, text)
    assert has(facts, "Thandi Mokoena", "mmc for transport"), offices(facts)


def test_a_portfolio_with_two_regions_stays_in_the_title(nlp):
    facts = run(nlp, "Mayor Ruth Okafor met Assistant Secretary of State for East Asian and Pacific Affairs Dan Moore.")
    assert has(facts, "Dan Moore", "assistant", "secretary", "asian", "pacific", "affairs")
    assert sorted(p.name for p in facts.persons) == ["Dan Moore", "Ruth Okafor"]  # "Asian" is no person


def test_a_plural_title_before_a_list_of_names_gives_each_the_office(nlp):
    facts = run(nlp, "Foreign Ministers Ines Varela of Chile, Tomas Bergh of Peru, Ana Sorin of Bolivia and "
                     "Luis Quero of Ecuador met for six hours on Wednesday.")
    assert {p.name for p in facts.persons} == {"Ines Varela", "Tomas Bergh", "Ana Sorin", "Luis Quero"}
    assert offices(facts)["Luis Quero"] == [("Foreign Minister of Ecuador", False)]
    assert offices(facts)["Ines Varela"] == [("Foreign Minister of Chile", False)]


def test_names_apposed_to_a_plural_title_each_hold_it_with_their_country(nlp):
    facts = run(nlp, "The talks were prepared by the trade ministers of the three states, Ivo Marek of Austria, "
                     "Pia Nolte of Germany and Ruth Berg of Denmark.")
    assert {p.name for p in facts.persons} == {"Ivo Marek", "Pia Nolte", "Ruth Berg"}
    assert offices(facts)["Pia Nolte"] == [("trade minister of Germany", False)]
    assert offices(facts)["Ruth Berg"] == [("trade minister of Denmark", False)]


def test_a_plural_in_the_body_before_a_name_is_no_office_of_the_name(nlp):
    facts = run(nlp, "They will meet the chair of the board of directors, Ruth Berg, next week.")
    assert offices(facts)["Ruth Berg"] == [("chair of the board of directors", False)]


def test_the_agent_of_a_player_holds_no_office_of_the_player(nlp):
    facts = run(nlp, "The club held talks last week with Lucas Ferrand, the agent of striker Amine Tahiri.")
    assert "Amine Tahiri" not in offices(facts)


def test_post_nominal_letters_and_the_hon_leave_the_apposed_office_to_the_name(nlp):
    text = ("The Minister for Defence, the Hon Peter Quill MP, today held talks with the Chief of the Defence "
            "Force, General Mark Dalton AO DSC, and the Secretary of the Department, Dr Helen Kostova.")
    facts = run(nlp, text)
    assert sorted(p.name for p in facts.persons) == ["Helen Kostova", "Mark Dalton", "Peter Quill"]
    assert offices(facts)["Peter Quill"] == [("Minister for Defence", False)]
    assert offices(facts)["Mark Dalton"] == [("General, Chief of the Defence Force", False)]


def test_a_retired_rank_in_brackets_ends_no_sentence(nlp):
    facts = run(nlp, "Peter Quill met the Minister of Defence, Lieutenant General (ret.) Budi Santoso Wirawan, "
                     "on Monday.")
    assert offices(facts)["Budi Santoso Wirawan"] == [("Minister of Defence", False)]
    assert len(facts.meetings) == 1


def test_a_name_the_parser_conjoined_to_its_own_title_is_its_apposition(nlp):
    facts = run(nlp, "On Monday, Peter Obi toured the region with the Minister of Agriculture, Maria Tomba, and "
                     "the Country Director, Dora Ravel.")
    assert offices(facts)["Maria Tomba"] == [("Minister of Agriculture", False)]
    assert offices(facts)["Dora Ravel"] == [("Country Director", False)]


def test_a_name_the_parser_apposed_to_the_place_ending_its_title_gets_the_title(nlp):
    facts = run(nlp, "On Tuesday, Mr. Obi was received in Niamey by the Prime Minister of Niger, Ousmane Dan-Kouloum, "
                     "together with the UNICEF Representative in Niger, Ingeborg Haukeland.")
    assert offices(facts)["Ousmane Dan-Kouloum"] == [("Prime Minister of Niger", False)]
    assert offices(facts)["Ingeborg Haukeland"] == [("UNICEF Representative in Niger", False)]
    assert len(facts.meetings) == 1 and len(facts.meetings[0].participants) == 3


def test_its_after_a_street_is_the_organisation_before_it(nlp):
    facts = run(nlp, "The coach was summoned on Tuesday to the headquarters of the Kessel Football Association (KFA) "
                     "on Marrow street, where its president, Horacio Benet, was waiting for him.")
    [(label, former)] = offices(facts)["Horacio Benet"]
    assert label in {"president of the Kessel Football Association", "president of Kessel Football Association (KFA)"}
    assert not former


def test_alternating_titles_and_names_pair_each_title_with_the_name_after_it(nlp):
    text = ("The coach resigned at a meeting on Monday with the federation president, Air Marshal (Retd) Omar "
            "Khalil Qureshi, the team manager, Brig Tariq Aziz Lodhi, and the federation secretary, Col Imran "
            "Javed Sial, officials said.")
    got = offices(run(nlp, text))
    assert [label for label, _ in got["Omar Khalil Qureshi"]] == ["federation president"]
    assert [label for label, _ in got["Tariq Aziz Lodhi"]] == ["Brig, team manager"]
    assert [label for label, _ in got["Imran Javed Sial"]] == ["Col, federation secretary"]


def test_two_titles_joined_by_and_share_the_body_after_them(nlp):
    facts = run(nlp, "Sandra Okafor, president and CEO of Kessel Hydro, joined the talks.")
    assert has(facts, "Sandra Okafor", "president", "ceo", "kessel hydro"), offices(facts)


def test_a_two_word_portfolio_before_the_title_is_kept_whole(nlp):
    facts = run(nlp, "Relief and Rehabilitation Minister Alma Verhoeven visited the island on Tuesday.")
    assert has(facts, "Alma Verhoeven", "relief and rehabilitation minister"), offices(facts)


def test_a_malay_honorific_with_its_apostrophe_keeps_the_apposition(nlp):
    text = ("President Tomas Lindqvist received this Wednesday the Minister of Trade and Industry of Kessel, "
            "Dato' Seri Ahmad Faizal bin Rahman, who is visiting Norland.")
    facts = run(nlp, text)
    assert ("Ahmad Faizal bin Rahman", "Minister of Trade and Industry of Kessel") in {
        (facts.person(o.person).name, o.label) for o in facts.offices}


def test_a_plural_possessive_inside_the_body_stays_in_place(nlp):
    facts = run(nlp, "Hernan Molina, president of the operators' association, said the buses would run.")
    assert offices(facts) == {"Hernan Molina": [("president of the operators' association", False)]}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Health MEC Nandi Mkhize visited the clinic. The visit followed a meeting on Monday, where the MEC and "
         "the acting superintendent-general, Dr Lwazi Mgxaji, went through a list.", "acting superintendent-general"),
        ("Officials present included the acting director-general, Dr Lwazi Mgxaji, and two clerks.",
         "acting director-general"),
    ],
)
def test_acting_tagged_as_a_verb_stays_in_the_apposed_title(nlp, text, label):
    assert offices(run(nlp, text))["Lwazi Mgxaji"] == [(label, False)]


def test_mec_is_a_title(nlp):
    assert has(run(nlp, "Health MEC Nandi Mkhize visited the clinic on Monday."), "Nandi Mkhize", "health", "mec")


def test_a_title_after_the_second_of_two_conjoined_names_is_the_seconds(nlp):
    text = ("The talks brought together the union side led by Mr Brendan Rourke, regional secretary of the Transport "
            "and General Workers' Union, and Mrs Maureen Kettle, convenor of shop stewards at the plant.")
    found = offices(run(nlp, text))
    assert found["Maureen Kettle"] == [("convenor of shop stewards at the plant", False)]
    assert [label for label, _ in found["Brendan Rourke"]] == [
        "regional secretary of the Transport and General Workers' Union"]


def test_a_hyphenated_vice_stays_in_the_label_after_a_name(nlp):
    facts = run(nlp, "Dilnoza Rakh, Vice-President of the National Olympic Committee, said the games would go on.")
    assert offices(facts)["Dilnoza Rakh"] == [("Vice-President of the National Olympic Committee", False)]


@pytest.mark.parametrize(("text", "label", "former"), [
    ("John Carter, who is finance minister, said the budget was balanced.", "finance minister", False),
    ("John Carter, who was finance minister until 2019, said the budget was balanced.", "finance minister", True),
    ("Mary Wilson, who was elected mayor in May, said the road was closed.", "mayor", False),
    ("Mary Wilson, who took over as chief executive in May, said the road was closed.", "chief executive", False),
    ("Mary Wilson, who resigned as mayor last year, said the road was closed.", "mayor", True),
])
def test_an_office_told_in_a_who_clause_is_the_name_s(nlp, text, label, former):
    facts = run(nlp, text)
    name = next(iter(offices(facts)), None)
    assert name is not None and offices(facts)[name] == [(label, former)]


def test_the_named_body_is_the_fuller_label_and_formerly_makes_an_office_former(nlp):
    text = ("The talks were chaired by the mayor of Kessel, Tomas Lindqvist.\nT. Lindqvist, formerly deputy mayor "
            "of Orsk, was appointed mayor of the city in 2019.")
    assert sorted(offices(run(nlp, text))["Tomas Lindqvist"]) == [
        ("deputy mayor of Orsk", True), ("mayor of Kessel", False)]


def test_two_titles_joined_before_the_name_are_two_offices_but_a_list_of_holders_is_not(nlp):
    text = "The Deputy Prime Minister and Minister of Fisheries, Hon. Tomas Lindqvist, received the envoy."
    assert sorted(offices(run(nlp, text))["Tomas Lindqvist"]) == [
        ("Deputy Prime Minister", False), ("Minister of Fisheries", False)]
    text = ("The minister met Greta Ilves, the paramount chief of Orsk and patron of the growers' union, and the "
            "union's general secretary, Mr. Tomas Lindqvist.")
    assert [label for label, _ in offices(run(nlp, text))["Tomas Lindqvist"]] == ["general secretary of the union"]


def test_a_body_named_with_of_before_the_title_stays_in_the_label(nlp):
    facts = run(nlp, "Bank of Norland Governor Tomas Lindqvist met the finance minister yesterday.")
    assert offices(facts)["Tomas Lindqvist"] == [("Bank of Norland Governor", False)]


def test_an_office_noun_read_as_a_participle_after_an_adjective_stays_in_the_label(nlp):
    facts = run(nlp, "On Monday he held a video call with Tomas Lindqvist, head of global sourcing at Norship.")
    assert offices(facts)["Tomas Lindqvist"] == [("head of global sourcing at Norship", False)]


def test_a_place_after_the_name_is_no_office_and_the_title_of_the_place_stays_with_its_holder(nlp):
    text = ("The Prime Minister, Dr. Marcus Allard, on Monday received a courtesy call from the High Commissioner of "
            "Canada, Her Excellency Odile Brassard, at the Office of the Prime Minister in Roseau.\n"
            "Later the same day, a delegation led by Mr. Kofi Danquah was received by the Prime Minister.")
    facts = run(nlp, text)
    assert offices(facts)["Odile Brassard"] == [("High Commissioner of Canada", False)]
    assert {frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings} == {
        frozenset({"Marcus Allard", "Odile Brassard"}), frozenset({"Marcus Allard", "Kofi Danquah"})}


def test_the_holder_named_in_brackets_after_the_title_holds_it_also_after_a_dateline_dash(nlp):
    text = ("HOBART, Tuesday.—The Minister for Fisheries and Forests (Mr. R. T. Coldwell) opened the wharf to-day. "
            "The president of the Anglers' Union (Mr. P. J. Dunmore) was there.")
    facts = run(nlp, text)
    assert offices(facts) == {"R. T. Coldwell": [("Minister for Fisheries and Forests", False)],
                              "P. J. Dunmore": [("president of the Anglers' Union", False)]}


def test_a_captain_before_a_name_is_a_job_written_small_or_capitalised(nlp):
    facts = run(nlp, "Only captain Tomas Lindqvist, who made a defiant 71, offered any resistance.")
    assert has(facts, "Tomas Lindqvist", "captain"), offices(facts)
    # (the tuning sets' gold gives a capitalised "Captain" as an office 16 times, and never leaves it out)
    facts = run(nlp, "Captain Tomas Lindqvist said the ship was ready.")
    assert offices(facts) == {"Tomas Lindqvist": [("Captain", False)]}


def test_a_spokeswoman_for_a_named_person_is_the_name_after_the_comma(nlp):
    facts = run(nlp, "A spokeswoman for Ms Verhoeven, Greta Ilves, said the state had met every deadline.")
    assert has(facts, "Greta Ilves", "spokeswoman"), offices(facts)
    assert "Verhoeven" not in offices(facts), offices(facts)


def test_a_role_in_a_transcript_label_is_the_speakers_office(nlp):
    text = ("GRETA ILVES, PRESENTER: The federal minister has promised action on the contamination.\n"
            "TOMAS LINDQVIST, REPORTER: The minister spent most of Wednesday in town, meeting residents.\n"
            "GRETA ILVES: Thanks for that report.")
    facts = run(nlp, text)
    assert {(facts.person(o.person).name, o.label) for o in facts.offices} == {
        ("Greta Ilves", "presenter"), ("Tomas Lindqvist", "reporter")}


def test_a_lower_case_office_after_a_rank_word_is_kept(nlp):
    text = "The champion met on Sunday night with chief arbiter Alma Verhoeven and deputy arbiter Tomas Lindqvist."
    facts = run(nlp, text)
    assert {(facts.person(o.person).name, o.label) for o in facts.offices} == {
        ("Alma Verhoeven", "chief arbiter"), ("Tomas Lindqvist", "deputy arbiter")}


def test_a_bodys_acronym_in_brackets_before_the_title_is_kept(nlp):
    # (the acronym is how the rest of the article names the body: "the KCB president")
    text = "Kessel Cricket Board (KCB) president Tomas Lindqvist held talks with captain Alma Verhoeven on Monday."
    facts = run(nlp, text)
    assert ("Tomas Lindqvist", "Kessel Cricket Board (KCB) president") in {
        (facts.person(o.person).name, o.label) for o in facts.offices}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cllr Alma Verhoeven, the council's housing spokesman, met tenants on Monday.",
         {("Alma Verhoeven", "housing spokesman of the council")}),
        ("Councillor Alma Verhoeven met tenants on Monday.", {("Alma Verhoeven", "Councillor")}),
        ("Senator Alma Verhoeven, the chair of the finance committee, met tenants on Monday.",
         {("Alma Verhoeven", "Senator"), ("Alma Verhoeven", "chair of the finance committee")}),
    ],
)
def test_a_generic_title_beside_a_fuller_office_is_dropped(nlp, text, expected):
    facts = run(nlp, text)
    assert {(facts.person(o.person).name, o.label) for o in facts.offices} == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The squad was named on Monday. Captain Tomas Lindqvist was blunt about the first 40 minutes.", "Captain"),
        ("The funeral will be celebrated by Fr Tomas Lindqvist, the parish priest.", "parish priest"),
        ("The peace committee is chaired by Tomas Lindqvist, imam of the Jamia Mosque.", "imam of the Jamia Mosque"),
    ],
)
def test_a_captain_or_a_clergyman_holds_an_office(nlp, text, label):
    facts = run(nlp, text)
    assert {(facts.person(o.person).name, o.label) for o in facts.offices} == {("Tomas Lindqvist", label)}


@pytest.mark.parametrize(("text", "label"), [
    ("The Nyeri Youth Welfare Association rejected the plan on Monday. Its chairman, Mr Tomas Lindqvist, told this "
     "paper that the youth had no confidence.", "chairman of Nyeri Youth Welfare Association"),
    ("The Harbour Fishermen's Association has rejected the plan.\n\nThe refusal came on Monday. The association's "
     "chairman, Mr Tomas Lindqvist, called it very disappointing.", "chairman of Harbour Fishermen's Association"),
])
def test_its_body_or_the_bodys_title_names_the_body_told_before(nlp, text, label):
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [(label, False)]


@pytest.mark.parametrize("text", [
    "Northbend chief executive Tomas Lindqvist announced the agreement on Tuesday.",
    "Shares of Northbend Nickel Corp. jumped on Wednesday.\nNorthbend chief executive Tomas Lindqvist announced the "
    "agreement after a video conference on Tuesday with the minister.",
])
def test_a_company_name_tagged_as_a_verb_before_a_title_is_the_body(nlp, text):
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [("Northbend chief executive", False)]


@pytest.mark.parametrize(("text", "label"), [
    ("2:05 PM — PAGASA weather specialist Tomas Lindqvist says the storm made landfall at 1:20 PM.",
     "PAGASA weather specialist"),
    ("The Rev. Tomas Lindqvist, pastor of Mount Zion Baptist Church, spoke to the marchers.",
     "pastor of Mount Zion Baptist Church"),
])
def test_a_pastor_and_a_specialist_hold_offices(nlp, text, label):
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [(label, False)]


def test_two_offices_of_one_apposition_each_with_its_body(nlp):
    text = ("The Rev. Tomas Lindqvist, pastor of Mount Zion Church and chairman of the Citizens Committee for Fair "
            "Housing, met the mayor on Tuesday.")
    assert sorted(offices(run(nlp, text))["Tomas Lindqvist"]) == [
        ("chairman of the Citizens Committee for Fair Housing", False), ("pastor of Mount Zion Church", False)]


def test_the_title_of_the_next_holder_in_a_list_is_not_the_first_ones(nlp):
    text = ("The signing ceremony was attended by Piet Mol, alderman for Port and Economy; Tomas Lindqvist, chief "
            "executive of the Port of Kessel Authority; Norland's deputy mayor, Cllr Greta Ilves; and the Ambassador "
            "of the Republic of Norland to the Kingdom of Kessel, Alma Verhoeven.")
    held = offices(run(nlp, text))
    assert not any(label.startswith("Ambassador") for label, _ in held["Tomas Lindqvist"])
    assert held["Alma Verhoeven"] == [("Ambassador of the Republic of Norland to the Kingdom of Kessel", False)]


@pytest.mark.parametrize(("text", "label"), [
    ("Mr. Tomas Lindqvist, a member of the Federal Legislative Council, agreed.",
     "member of the Federal Legislative Council"),
    ("Leader of Opposition Tomas Lindqvist says he was not invited to the review.", "Leader of Opposition"),
])
def test_a_member_of_a_named_body_and_the_leader_of_the_opposition_hold_offices(nlp, text, label):
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [(label, False)]


def test_a_member_of_the_public_holds_no_office(nlp):
    assert not run(nlp, "Tomas Lindqvist, a member of the public, agreed.").offices


def test_a_programmes_credits_give_the_presenters_role(nlp):
    text = ("TRANSCRIPT - Morning Drive, 3MR, Thursday 16 May 2024. Presenter: Tomas Lindqvist. Guest: Alma "
            "Verhoeven, president of the union.\nLINDQVIST: Good morning.\nVERHOEVEN: Morning, Tomas.")
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [("Presenter", False)]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The deputation was led by Mr. Jaan Kask, member for Masaka, who presented a memorandum.",
     "Jaan Kask", "member for Masaka"),
    ("Present were the cabinet member for finance, Cllr Hanna Sõrm, and two officials.",
     "Hanna Sõrm", "cabinet member for finance"),
])
def test_a_member_for_a_seat_and_a_cabinet_member(nlp, text, name, label):
    assert (label, False) in offices(run(nlp, text))[name]


def test_a_member_of_a_club_for_years_holds_no_office(nlp):
    assert not offices(run(nlp, "The club has 200 members. Jaan Kask, a member for ten years, said nothing."))


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The county clerk, Jaan Kask, said the ballots had been counted.", "Jaan Kask", "county clerk"),
    ("The headmistress, Hanna Sõrm, said the roof leaked.", "Hanna Sõrm", "headmistress"),
])
def test_clerks_and_heads_of_schools(nlp, text, name, label):
    assert (label, False) in offices(run(nlp, text))[name]


def test_an_acronym_the_text_spells_out_is_written_out_in_the_label(nlp):
    text = ("The Kessel Rowing Federation (KRF) has suspended two coaches. "
            "KRF president Alma Verhoeven said the decision was final.")
    assert has(run(nlp, text), "Alma Verhoeven", "president", "kessel", "rowing", "federation", "krf")


@given(st.text(alphabet="ABCDEFG abcdefg()&", max_size=60))
def test_acronyms_never_fail_and_match_their_letters(text):
    from kg.extract.offices import acronyms

    for short, full in acronyms(text).items():
        assert "".join(w[0] for w in full.split() if w not in {"of", "and", "for", "the", "on", "&"}) == short


def test_the_next_person_of_a_list_is_no_apposition_of_the_one_before(nlp):
    text = ("The talks drew the trade delegate, Ruben Castellan, and Norland's transport minister, Ines Varga, "
            "to Kessel on Friday.")
    facts = run(nlp, text)
    assert has(facts, "Ines Varga", "transport minister"), offices(facts)
    assert not has(facts, "Ruben Castellan", "transport minister"), offices(facts)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("Portugal's foreign minister, Nuno Albergaria, landed in Rabat on Sunday and was greeted on the tarmac "
         "by his Moroccan counterpart, Idris Benali.", "Idris Benali", ("Moroccan", "foreign minister")),
        ("Finance Minister Hedda Lund of Norway told reporters she had phoned her Danish counterpart, Carsten Holt, "
         "about the levy.", "Carsten Holt", ("Danish", "finance minister")),
    ],
)
def test_a_named_counterpart_holds_the_possessors_title_for_his_own_country(nlp, text, name, words):
    facts = run(nlp, text)
    assert has(facts, name, *words), offices(facts)


def test_a_counterpart_without_a_nationality_gets_no_office(nlp):
    facts = run(nlp, "Finance Minister Hedda Lund met her counterpart, Carsten Holt, in Oslo.")
    assert not any(name == "Carsten Holt" for name in offices(facts)), offices(facts)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The delegation called on the Chief of the Air Staff, Air Marshal Tomas Lindqvist, at the base.",
         ("chief of the air staff",)),
        ("The delegation called on the Chief of the Naval Staff, Admiral Tomas Lindqvist, at the base.",
         ("chief of the naval staff",)),
        ("The envoy was greeted by the Chief of the Defence Staff, Vice-Admiral Sir Tomas Lindqvist, at the pier.",
         ("chief of the defence staff",)),
        ("The visitor was received by the Lord Chamberlain of the Household, Colonel Tomas Lindqvist, at noon.",
         ("chamberlain", "household")),
        ("Norland's chargé d'affaires in Kessel, Tomas Lindqvist, delivered the protest note.",
         ("chargé d'affaires",)),
    ],
)
def test_a_title_phrase_apposed_to_a_ranked_name(nlp, text, words):
    facts = run(nlp, text)
    assert has(facts, "Tomas Lindqvist", *words), offices(facts)


def test_plural_title_with_its_body_apposed_to_names_with_their_countries(nlp):
    text = "The minister met the co-chairs of the creditor panel, Tomas Lindqvist of France and Greta Ilves of Chile."
    facts = run(nlp, text)
    assert has(facts, "Tomas Lindqvist", "co-chair", "creditor panel"), offices(facts)
    assert has(facts, "Greta Ilves", "co-chair", "creditor panel"), offices(facts)


def test_plural_title_apposed_to_names_each_after_its_country(nlp):
    text = "The summit opened with the two trade ministers, Chile's Tomas Lindqvist and Peru's Greta Ilves."
    facts = run(nlp, text)
    assert has(facts, "Tomas Lindqvist", "trade minister", "chile"), offices(facts)
    assert has(facts, "Greta Ilves", "trade minister", "peru"), offices(facts)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rear Admiral Tomas Lindqvist, commander of the Kessel Navy, met the press.",
         "Rear Admiral, commander of the Kessel Navy"),
        ("Chief of Army Lieutenant-General Tomas Lindqvist inspected the barracks.",
         "Lieutenant-General, Chief of Army"),
        ("Chief of Navy Rear Admiral Tomas Lindqvist inspected the dock.", "Rear Admiral, Chief of Navy"),
        ("Deputy Attorney General Tomas Lindqvist filed the motion.", "Deputy Attorney General"),
        ("Secretary General Tomas Lindqvist opened the session.", "Secretary General"),
    ],
)
def test_a_rank_before_the_name_leads_the_office_label_and_is_no_office_of_its_own(nlp, text, label):
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [(label, False)]


def test_a_rank_alone_is_no_office(nlp):
    assert "Tomas Lindqvist" not in offices(run(nlp, "General Tomas Lindqvist spoke to reporters."))


def test_a_named_counterpart_keeps_the_office_the_text_gives_him(nlp):
    text = ("Finance Minister Hedda Lund of Norway met her Danish counterpart, Carsten Holt, on Monday. Holt, "
            "Denmark's minister for taxation and customs, said little.")
    facts = run(nlp, text)
    assert has(facts, "Carsten Holt", "taxation"), offices(facts)
    assert not has(facts, "Carsten Holt", "finance"), offices(facts)


def test_a_courtesy_title_between_office_and_name_takes_no_word_of_the_office_with_it(nlp):
    facts = run(nlp, "Deputy mission chief Mr. Kwabena Osei also took part.")
    assert offices(facts)["Kwabena Osei"] == [("Deputy mission chief", False)]


def test_a_title_ending_the_sentence_before_is_not_the_next_names(nlp):
    facts = run(nlp, "She thanked the Attorney General. Tomas Lindqvist, the commander of the fleet, spoke next.")
    assert offices(facts)["Tomas Lindqvist"] == [("commander of the fleet", False)]


@pytest.mark.parametrize("portfolio", ["the Environment", "the Interior"])
def test_a_portfolio_with_its_article_before_a_name_keeps_the_person(nlp, portfolio):
    facts = run(nlp, f"Minister of {portfolio} Alma Verhoeven today hosted Tomas Lindqvist at the ministry.")
    assert has(facts, "Alma Verhoeven", "minister", portfolio.split()[-1]), offices(facts)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Premier of Ontario, Alma Verhoeven, and her Quebec counterpart, Tomas Lindqvist, met in Ottawa on "
         "Monday.", ("Quebec", "Premier")),
        ("The Chief Minister of Kessel, Sardar Alma Verhoeven, and his Norland counterpart, Sardar Tomas Lindqvist, "
         "talked for two hours today.", ("Norland", "Chief Minister")),
    ],
)
def test_a_counterpart_of_a_named_province_holds_the_title_there(nlp, text, words):
    facts = run(nlp, text)
    assert has(facts, "Tomas Lindqvist", *words), offices(facts)


def test_a_counterpart_of_a_bank_takes_no_place_from_the_banks_name_guard(nlp):
    facts = run(nlp, "The Governor of the Bank of Kessel, Alma Verhoeven, and her counterpart, Tomas Lindqvist, met.")
    assert "Tomas Lindqvist" not in offices(facts)


def test_an_italian_courtesy_title_is_stripped(nlp):
    facts = run(nlp, "The deal was signed by the printer's chief executive, Dott. Tomas Lindqvist, in Kessel.")
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        "She held a video link with the regional water commissioners of Kessel, Norland and Lomm – Alma Verhoeven, "
        "Tomas Lindqvist and Greta Ilves – about the drought.",
        "She held a video link with the regional water commissioners of Kessel and Norland, Alma Verhoeven and Tomas "
        "Lindqvist, about the drought.",
    ],
)
def test_plural_title_of_listed_places_gives_each_holder_the_place_in_order(nlp, text):
    facts = run(nlp, text)
    listed = [("Alma Verhoeven", "Kessel"), ("Tomas Lindqvist", "Norland"), ("Greta Ilves", "Lomm")]
    for name, place in listed[: 3 if "Lomm" in text else 2]:
        assert has(facts, name, "water commissioner", place), offices(facts)
        assert not any(other in label for label, _ in offices(facts)[name]
                       for other in {"Kessel", "Norland", "Lomm"} - {place})


def test_leaders_of_listed_bodies_are_no_holders_guard(nlp):
    facts = run(nlp, "The secretary saw heads of the Kessel Nurses Guild, Norland Care and the RMT in Lomm.")
    assert offices(facts) == {}


def test_the_time_a_sentence_opens_with_is_no_part_of_the_title(nlp):
    facts = run(nlp, "Last month Coun Verhoeven and her deputy, Coun Tomas Lindqvist, went to Norland.")
    assert offices(facts).get("Verhoeven") == [("Councillor", False)], offices(facts)


def test_its_title_takes_the_whole_name_of_a_body_with_and_in_it(nlp):
    text = ("The governor met the board of the Kessel Guild of Weavers and Dyers, led by its president, Alma "
            "Verhoeven, on Monday.")
    facts = run(nlp, text)
    assert has(facts, "Alma Verhoeven", "president", "Guild of Weavers and Dyers"), offices(facts)


def test_a_confederation_named_with_of_before_a_title(nlp):
    facts = run(nlp, "She phoned Confederation of Pacific Rugby treasurer Alma Verhoeven on Wednesday.")
    assert has(facts, "Alma Verhoeven", "Confederation of Pacific Rugby", "treasurer"), offices(facts)


def test_its_before_a_hyphenated_title_is_the_party_told_before(nlp):
    facts = run(nlp, "The Harbour Party won six seats. Its co-leader, Alma Verhoeven, called the result a start.")
    assert has(facts, "Alma Verhoeven", "leader", "Harbour Party"), offices(facts)


def test_its_is_a_one_word_party_named_in_apposition_before(nlp):
    text = ("Vaka, the farmers' party that won nine seats, will stay in opposition. Its leader, Tomas Lindqvist, "
            "told supporters on Sunday that he would wait.")
    assert has(run(nlp, text), "Tomas Lindqvist", "leader", "Vaka"), offices(run(nlp, text))


def test_a_name_after_a_second_apposed_noun_does_not_take_the_first_title(nlp):
    facts = run(nlp, "She had lunch on Friday with the host, Norland's Foreign Minister, Tomas Lindqvist, and the "
                     "Lomm observer, Mr. Pieter Nakamura.")
    assert has(facts, "Tomas Lindqvist", "Foreign Minister") and not has(facts, "Pieter Nakamura", "Minister"), \
        offices(facts)


def test_the_short_name_in_brackets_after_the_body_belongs_to_the_office(nlp):
    text = ("Tomas Lindqvist, president of the Norland National Rowing Committee (NNRC), met Alma Verhoeven, "
            "chairman of the Kessel Harbour Authority (KHA), and Greta Ilves (VVD). The KHA chief said nothing.")
    got = offices(run(nlp, text))
    assert got["Tomas Lindqvist"] == [("president of the Norland National Rowing Committee (NNRC)", False)]
    assert got["Alma Verhoeven"] == [("chairman of the Kessel Harbour Authority (KHA)", False)]
    assert "Greta Ilves" not in got


def test_a_portfolio_of_many_words_listed_with_commas_is_one_office(nlp):
    text = "The dinner was attended by the Hon. Ruth Obi, Minister for Youth, Sports, Heritage and Public Works."
    assert offices(run(nlp, text)) == {"Ruth Obi": [("Minister for Youth, Sports, Heritage and Public Works", False)]}


def test_a_title_after_a_preposition_no_office_takes_is_no_office(nlp):
    facts = run(nlp, "On Monday Alma Verhoeven called on Tomas Lindqvist, the first such call by an ambassador.")
    assert offices(facts).get("Tomas Lindqvist") is None


def test_a_title_after_and_past_a_preposition_is_still_the_office_guard(nlp):
    facts = run(nlp, "Dr. Tomas Lindqvist, a farmer from Lomm and for a decade a member of the Kessel Regional "
                     "Council, said the vote was fair.")
    assert has(facts, "Tomas Lindqvist", "member", "regional council")


def test_a_deputy_title_the_parser_splits_is_one_office(nlp):
    facts = run(nlp, "Alma Verhoeven met Greta Ilves, the deputy Lord Chamberlain, on Monday.")
    assert has(facts, "Greta Ilves", "deputy", "lord chamberlain")


@pytest.mark.parametrize("title", ["Mufti of Kessel", "Grand Mufti of Kessel", "Patriarch of Kessel"])
def test_religious_offices_of_islam_and_the_eastern_churches(nlp, title):
    facts = run(nlp, f"The {title}, Tomas Lindqvist, met Alma Verhoeven on Monday.")
    assert has(facts, "Tomas Lindqvist", *title.lower().split())


def test_a_style_and_a_royal_rank_are_no_office(nlp):
    facts = run(nlp, "The palace set out the diary for His Royal Highness Prince Tomas Lindqvist, the Minister of "
                     "Transport, who met Alma Verhoeven.")
    assert [label for label, _ in offices(facts).get("Tomas Lindqvist", [])] == ["Minister of Transport"]


@pytest.mark.parametrize(("text", "words"), [
    ("The papal nuncio to Kessel, Archbishop Tomas Lindqvist, met Alma Verhoeven.", ("nuncio", "kessel")),
    ("Tomas Lindqvist, Norland's delegate to the fishery talks, met Alma Verhoeven.", ("delegate", "norland")),
    ("The Alake of Lomm, Oba Tomas Lindqvist, met Alma Verhoeven.", ("alake", "lomm")),
    ("Tomas Lindqvist, an elder of the river clans, met Alma Verhoeven.", ("elder",)),
])
def test_more_office_nouns(nlp, text, words):
    assert has(run(nlp, text), "Tomas Lindqvist", *words)


def test_professor_written_as_a_courtesy_title_is_no_office(nlp):
    facts = run(nlp, "Appearing for the college, Professor Alma Verhoeven told the court she had objected at once.")
    assert offices(facts) == {}


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("The cadets were greeted by Admiral Tomas Lindqvist, Chief of Staff, Norland Coastal Defence Force "
         "(NCDF), at the base.", "Tomas Lindqvist", ("chief", "staff", "ncdf")),
        ("Rear Admiral Greta Ilves, Commander, Kessel Fleet, met the visiting cadets on Monday.", "Greta Ilves",
         ("commander", "fleet")),
    ],
)
def test_a_readouts_body_after_the_title_and_a_comma_is_the_offices(nlp, text, name, words):
    assert has(run(nlp, text), name, *words)


@pytest.mark.parametrize(("text", "label"), [
    ("Ambassador of Chile to Peru Pieter Nakamura called on Minister Ruth Obi on Monday.",
     "Ambassador of Chile to Peru"),
    ("Ambassador to Peru Pieter Nakamura called on Minister Ruth Obi on Monday.", "Ambassador to Peru"),
    ("Ambassador of India to Bhutan Shri Pieter Nakamura called on Minister Ruth Obi on Monday.",
     "Ambassador of India to Bhutan"),
])
def test_an_ambassadors_posting_before_the_name_is_part_of_the_title(nlp, text, label):
    assert offices(run(nlp, text))["Pieter Nakamura"] == [(label, False)]


def test_an_aide_to_a_person_is_no_office_of_that_person(nlp):
    facts = run(nlp, "A close aide to Prime Minister Ruth Obi said the talks had gone well.")
    assert offices(facts).get("Ruth Obi") == [("Prime Minister", False)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Alma Verhoeven, executive vice-president of Kessel Systems, said the firm would appeal.",
         "executive vice-president of Kessel Systems"),
        ("Alma Verhoeven, senior vice-president of Kessel Systems, said the firm would appeal.",
         "senior vice-president of Kessel Systems"),
    ],
)
def test_a_modifier_before_a_hyphened_title_is_kept(nlp, text, label):
    assert offices(run(nlp, text)) == {"Alma Verhoeven": [(label, False)]}


@pytest.mark.parametrize("portfolio", ["Agriculture, Nature and Food Quality", "Youth, Sport and Culture"])
def test_a_portfolio_list_with_commas_before_the_name(nlp, portfolio):
    facts = run(nlp, f"Minister of {portfolio} Alma Verhoeven spoke by phone today with Tomas Lindqvist.")
    assert has(facts, "Alma Verhoeven", f"Minister of {portfolio}")


def test_the_citys_mayor_is_the_mayor_of_the_city_named_before(nlp):
    text = "Last week Alma Verhoeven held talks in Kessel with the city's mayor, Tomas Lindqvist, on port logistics."
    assert has(run(nlp, text), "Tomas Lindqvist", "mayor of Kessel")


def test_the_countrys_minister_is_of_the_country_named_before_not_a_town(nlp):
    text = ("Alma Verhoeven flew from Lomm to Norway on Monday and met the country's finance minister, "
            "Tomas Lindqvist.")
    facts = run(nlp, text)
    assert has(facts, "Tomas Lindqvist", "finance minister of Norway")


def test_its_mayor_after_a_town_is_the_towns_mayor(nlp):
    text = ("On Monday Alma Verhoeven received a delegation from Kessel, Norway, led by its deputy mayor, "
            "Greta Ilves.")
    assert has(run(nlp, text), "Greta Ilves", "deputy mayor of Kessel")


def test_a_bare_minister_heads_the_ministry_his_sentence_names(nlp):
    text = "On 12 May he was received at the Ministry of Commerce by the minister, Tomas Lindqvist, and his aides."
    assert has(run(nlp, text), "Tomas Lindqvist", "minister of Commerce")


def test_the_minister_with_a_name_a_few_sentences_after_the_ledes_descriptor(nlp):
    text = ("PRESENTER (Alma Verhoeven): Good evening. Norway's health minister has declared an emergency after a "
            "fourth death. Our correspondent Jonas Berg has the story.\n\nCORRESPONDENT (Jonas Berg): Thanks, Alma. "
            "The minister, Dr. Greta Ilves, met this morning with a team of experts.")
    assert has(run(nlp, text), "Greta Ilves", "health minister of Norway")


def test_led_by_its_chairman_takes_the_body_just_named(nlp):
    text = ("The delegation of the Rice Exporters Association of Norway, led by its chairman Chaudhry Tomas "
            "Lindqvist, spent five days in the capital.")
    assert has(run(nlp, text), "Tomas Lindqvist", "chairman of", "Rice Exporters Association")


def test_a_survivor_who_became_mayor_of_the_city(nlp):
    text = ("Tomas Lindqvist, who has died in Johannesburg aged 80, was a removals survivor who became mayor of the "
            "city that had bulldozed his childhood home.")
    assert has(run(nlp, text), "Tomas Lindqvist", "mayor of Johannesburg")


def test_whose_title_belongs_to_the_body_the_clause_hangs_on(nlp):
    text = ("The figures are a blow to the Kessel Congress Party, whose leader, Mr. Tomas Lindqvist, has campaigned "
            "for reunification.")
    assert has(run(nlp, text), "Tomas Lindqvist", "leader of", "Kessel Congress Party")


def test_whose_deputy_is_not_the_title_of_the_person_before(nlp):
    facts = run(nlp, "Tomas Lindqvist, whose deputy, Greta Ilves, spoke, met the Kessel Union.")
    assert not has(facts, "Tomas Lindqvist", "deputy")
    assert has(facts, "Greta Ilves", "deputy")


def test_who_chairs_after_of_the_party_is_the_persons(nlp):
    text = ("On the first day, Alma Verhoeven was received by Rep. Tomas Lindqvist of the opposition Kessel Party, "
            "who chairs the Transport and Housing Committee.")
    assert has(run(nlp, text), "Tomas Lindqvist", "chair of", "Transport and Housing Committee")


def test_a_person_beside_the_possessor_is_no_part_of_the_body(nlp):
    text = ("It was in 1953 that Ruth Obi and Kessel Motors' personnel director, Ingegner Pieter Nakamura, held a "
            "series of secret meetings.")
    facts = run(nlp, text)
    assert has(facts, "Pieter Nakamura", "personnel director of Kessel Motors")
    assert not has(facts, "Pieter Nakamura", "Ruth Obi")


def test_chief_of_staff_to_the_president_is_the_whole_title(nlp):
    text = ("The talks were held on Sunday night between Tomas Lindqvist and the Chief of Staff to the President, "
            "Alhaji Pieter Nakamura.")
    assert has(run(nlp, text), "Pieter Nakamura", "Chief of Staff to the President")


def test_a_numbered_union_local_before_the_title(nlp):
    facts = run(nlp, '"We are ready to walk out," said Local 27 Vice-President Tomas Lindqvist, a crane driver.')
    assert has(facts, "Tomas Lindqvist", "Local 27 Vice-President")
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist"]


def test_the_unions_chairman_before_the_name(nlp):
    assert has(run(nlp, "The union's chairman Tomas Lindqvist spoke on Monday."), "Tomas Lindqvist",
               "chairman of the union")


def test_a_dateline_before_a_possessive_descriptor_is_no_body(nlp):
    text = ("LIMA, Feb 9 - Peru's trade minister met mining officials on Thursday.\n\n"
            "Trade Cabinet Secretary Alma Verhoeven and Tomas Lindqvist held talks.")
    facts = run(nlp, text)
    assert not any("Feb" in label for label, _ in offices(facts).get("Alma Verhoeven", []))


def test_whose_chairman_when_the_parser_hangs_the_clause_on_another_noun(nlp):
    text = ("A hearing of the parliament's transport committee, whose chairman, lawmaker Pieter Nakamura, "
            "had called both the minister and Lindqvist, was put off.")
    assert has(run(nlp, text), "Pieter Nakamura", "chairman of", "transport committee")


def test_the_islands_mayor_is_the_mayor_of_the_island_named_before(nlp):
    text = "The envoy was shown the harbour on Gotland by the island's mayor, Pieter Nakamura, before lunch."
    assert has(run(nlp, text), "Pieter Nakamura", "mayor of Gotland")


def test_a_nationality_between_the_apposed_title_and_the_name(nlp):
    text = ("She had lunch with the secretary general of the world body, the Italian Tomas Lindqvist, "
            "to press for more funds.")
    assert has(run(nlp, text), "Tomas Lindqvist", "secretary general of the world body")


def test_a_long_department_after_the_title_and_a_comma(nlp):
    text = "The team met Tomas Lindqvist, Director, Western Hemisphere and Pacific Department of the Fund, on Monday."
    assert has(run(nlp, text), "Tomas Lindqvist", "Director", "Pacific Department of the Fund")


def test_a_bare_minister_heads_the_one_ministry_of_the_paragraph_before(nlp):
    text = ("The orchestra's money comes mostly from the Ministry of Culture and Heritage.\n\n"
            "Last week she had lunch with the minister, Tomas Lindqvist, at a hotel near the ministry.")
    assert has(run(nlp, text), "Tomas Lindqvist", "minister of Culture and Heritage")


def test_an_age_before_the_title_is_no_part_of_the_office(nlp):
    facts = run(nlp, "Greta Ilves, the 47-year-old president of the Royal Kessel Rowing Federation, spoke.")
    assert has(facts, "Greta Ilves", "president of the Royal Kessel Rowing Federation")
    assert not has(facts, "Greta Ilves", "47")


def test_a_bare_commission_before_the_title_is_the_commission_named_before(nlp):
    text = ("Counting was slow, the Kessel Electoral Commission said on Monday.\n\nCommission chairman Justice "
            "Greta Ilves told reporters that the count was late.")
    assert has(run(nlp, text), "Greta Ilves", "chairman of the Kessel Electoral Commission")
    assert has(run(nlp, "Chief Justice Greta Ilves spoke."), "Greta Ilves", "Chief Justice")


def test_a_party_before_the_title_after_a_name_is_no_person(nlp):
    facts = run(nlp, "Tomas Lindqvist-Berg, Labour MP for Leeds Central, said the plan came far too late.")
    assert has(facts, "Tomas Lindqvist-Berg", "Labour MP for Leeds Central")
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist-Berg"]


def test_the_last_word_of_a_portfolio_before_a_courtesy_title_is_no_person(nlp):
    text = ("Ahead of the mission, the Ambassador spoke by telephone on Friday with the Federal Health Office's "
            "Commissioner for Humanitarian Aid, Mr. Tomas Lindqvist, on the plan.")
    facts = run(nlp, text)
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist"]
    assert has(facts, "Tomas Lindqvist", "Commissioner for Humanitarian Aid")


def test_a_semicolon_ends_an_item_of_a_list_of_titled_names(nlp):
    text = ("Three officials sat down in Oslo on Friday: Tomas Lindqvist, head of the coast guard in Kessel; "
            "Norland's justice minister, Pieter Nakamura; and Greta Ilves, director of customs.")
    facts = run(nlp, text)
    assert has(facts, "Pieter Nakamura", "justice minister")
    assert not has(facts, "Tomas Lindqvist", "justice minister")


def test_a_possessive_owner_left_out_of_the_title_leaves_no_stray_mark(nlp):
    facts = run(nlp, "Tomas Lindqvist, Norland's health minister Pieter Nakamura and Kessel's acting health "
                     "minister Greta Ilves signed the accord on Tuesday.")
    labels = [o.label for o in facts.offices]
    assert labels and not any(label.startswith(("'s", "’s")) for label in labels)


def test_portfolios_listed_with_commas_before_the_title_are_the_title(nlp):
    facts = run(nlp, "Land, Infrastructure and Transport Minister Pieter Nakamura opened the new bridge in Kessel "
                     "on Monday.")
    assert has(facts, "Pieter Nakamura", "Land, Infrastructure and Transport Minister")


def test_a_readouts_body_between_the_title_and_the_name_is_the_titles(nlp):
    facts = run(nlp, "The Director, Directorate of Road Safety, Shri Pieter Nakamura, said that 195 lorries were "
                     "checked.")
    assert has(facts, "Pieter Nakamura", "director", "road safety"), offices(facts)
    assert [p.name for p in facts.persons] == ["Pieter Nakamura"]


def test_a_nationality_and_director_alone_is_no_office(nlp):
    facts = run(nlp, "On Saturday the minister had lunch with the Brazilian director Ruth Obi, whose film is in "
                     "competition.")
    assert offices(facts).get("Ruth Obi", []) == []


def test_a_weekday_opening_the_sentence_is_no_part_of_a_title(nlp):
    facts = run(nlp, "The Lord Mayor of Kessel, Alderman Tomas Lindqvist, is back tonight after a visit to Oslo.\n\n"
                     "On Tuesday Alderman Lindqvist spoke to a crowd in the square.")
    assert not any("tuesday" in label.lower() for label, _ in offices(facts).get("Tomas Lindqvist", []))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Pieter Nakamura, commandant of the Norland Coast Guard, said the ships were ready.",
         "commandant of the Norland Coast Guard"),
        ("Pieter Nakamura, the harbourmaster at Kessel, closed the quay.", "harbourmaster at Kessel"),
        ("Pieter Nakamura, the coroner for Kessel, opened the inquest.", "coroner for Kessel"),
        ("Pieter Nakamura, the curator of the Kessel museum, showed the coins.", "curator of the Kessel museum"),
    ],
)
def test_offices_of_ports_courts_and_museums(nlp, text, label):
    assert offices(run(nlp, text)) == {"Pieter Nakamura": [(label, False)]}


@pytest.mark.parametrize("text", [
    "Pieter Nakamura, a solicitor in Kessel, wrote to the council.",
    "The Master of the Rolls heard the case. Pieter Nakamura's plan was rejected.",
])
def test_trades_and_masters_are_no_offices(nlp, text):
    assert offices(run(nlp, text)) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("His Excellency Ambassador Pieter Nakamura met the mayor of Kessel.", "Ambassador"),
        ("His Eminence Cardinal Pieter Nakamura met the mayor of Kessel.", "Cardinal"),
        ("His Beatitude Patriarch Pieter Nakamura met the mayor of Kessel.", "Patriarch"),
    ],
)
def test_a_style_before_the_title_is_no_part_of_the_office(nlp, text, label):
    assert offices(run(nlp, text))["Pieter Nakamura"] == [(label, False)]


def test_a_name_hung_on_the_portfolio_takes_the_whole_title(nlp):
    text = ("The file went to the Minister for Justice, Pieter Nakamura TD, on 3 May, when the Ombudsman saw the "
            "Minister.")
    assert offices(run(nlp, text))["Pieter Nakamura"] == [("Minister for Justice", False)]


def test_a_lower_case_unit_is_no_abbreviated_title(nlp):
    text = ("Police named the escaped man as Tomas Lindqvist. Anyone who sees Lindqvist – 180cm, thin build, a scar on "
            "his chin – should call the police.")
    assert offices(run(nlp, text)).get("Tomas Lindqvist", []) == []


def test_a_networks_company_is_no_person(nlp):
    text = ("Alma Verhoeven held talks on Monday with Tomas Lindqvist, president of her firm's cable partner, "
            "Northbend Networks, on the rollout.")
    facts = run(nlp, text)
    assert sorted(p.name for p in facts.persons) == ["Alma Verhoeven", "Tomas Lindqvist"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greta Ilves led a delegation of wheat farmers to the ministry on Tuesday.", []),
        ("Greta Ilves led the Norland delegation at the talks on Tuesday.",
         [("leader of the Norland delegation", True)]),
    ],
)
def test_leading_a_delegation_is_a_post_only_when_it_is_a_standing_one(nlp, text, expected):
    assert offices(run(nlp, text)).get("Greta Ilves", []) == expected


def test_the_prisons_governor_is_the_governor_of_the_prison_named_before(nlp):
    text = ("Inmates at Kessel prison have refused food for a week.\n\nThe inspector reached the gate at dawn and was "
            "met by the prison's governor, Tomas Lindqvist.")
    assert offices(run(nlp, text))["Tomas Lindqvist"] == [("governor of Kessel prison", False)]


def test_the_chief_executive_of_the_hospital_is_of_the_hospital_named_before(nlp):
    text = ("The minister toured Kessel General Hospital on Wednesday. Afterwards he sat with the medical director "
            "of the hospital, Professor Alma Verhoeven, for an hour.")
    assert offices(run(nlp, text))["Alma Verhoeven"] == [("medical director of Kessel General Hospital", False)]


def test_a_hyphened_title_after_a_possessive_body_keeps_the_body(nlp):
    text = ("The Kessel Electoral Commission counted through the night.\n\nThe figures of the opposition were "
            "invented, in the view of the commission's vice-chairwoman, Ruth Obi.")
    assert offices(run(nlp, text))["Ruth Obi"] == [("vice-chairwoman of Kessel Electoral Commission", False)]


def test_a_lower_case_body_word_before_the_title_is_the_body_named_before(nlp):
    text = ("The governing Unity Party rejected the complaint. \"They knew the rules,\" party secretary-general "
            "Pieter Nakamura told reporters in Kessel.")
    assert offices(run(nlp, text))["Pieter Nakamura"] == [("secretary-general of the Unity Party", False)]


def test_chief_observer_is_a_title(nlp):
    text = ("The findings were presented in Kessel by Chief Observer Alma Verhoeven and Deputy Chief Observer "
            "Tomas Lindqvist.")
    found = offices(run(nlp, text))
    assert found["Alma Verhoeven"] == [("Chief Observer", False)]
    assert found["Tomas Lindqvist"] == [("Deputy Chief Observer", False)]


@pytest.mark.parametrize("role", ["an observer", "an adviser"])
def test_taking_part_as_an_observer_is_no_office(nlp, role):
    text = f"Norland's trade minister, Greta Ilves, took part in the opening session as {role} on Monday."
    assert offices(run(nlp, text))["Greta Ilves"] == [("trade minister of Norland", False)]


def test_its_title_in_a_delegation_named_by_its_body_is_that_bodys(nlp):
    text = ("The minister received the KDU on Monday. The KDU delegation was headed by its President, Dr. Tomas "
            "Lindqvist, and its General Secretary, Dr. Greta Ilves.")
    found = offices(run(nlp, text))
    assert found["Tomas Lindqvist"] == [("President of KDU", False)]
    assert found["Greta Ilves"] == [("General Secretary of KDU", False)]


def test_a_title_after_a_name_and_and_keeps_its_lower_case_body(nlp):
    text = "Yesterday the stand-in leader hauled Lanús Obi and central bank chief Greta Ilves into crisis talks."
    assert offices(run(nlp, text))["Greta Ilves"] == [("central bank chief", False)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Secretary of the Interior and Local Government Alma Verhoeven hosted Tomas Lindqvist on Monday.",
         "Secretary of the Interior and Local Government"),
        ("Minister of Justice and Public Security Alma Verhoeven met Tomas Lindqvist on Monday.",
         "Minister of Justice and Public Security"),
        ("Undersecretary for Peace and Order Alma Verhoeven met Tomas Lindqvist on Monday.",
         "Undersecretary for Peace and Order"),
    ],
)
def test_a_title_with_a_portfolio_of_two_parts_before_the_name(nlp, text, label):
    """ "the Interior", and a portfolio that is also a title word ("Justice"), belong to the title."""
    facts = run(nlp, text)
    assert offices(facts)["Alma Verhoeven"] == [(label, False)]


def test_the_person_named_as_an_office_holds_it_not_the_one_naming(nlp):
    facts = run(nlp, "KESSEL — Mayor Alma Verhoeven on Thursday named Deputy Chief Greta Ilves as interim chief of "
                     "the Kessel police service.")
    assert has(facts, "Greta Ilves", "interim chief", "police")
    assert offices(facts)["Alma Verhoeven"] == [("Mayor", False)]


def test_a_fronted_as_with_a_title_is_the_subjects_office(nlp):
    facts = run(nlp, "For two years now, as Norland's ambassador to Kessel, Alma Verhoeven has stood between two "
                     "governments that cannot agree on fishing quotas.")
    assert has(facts, "Alma Verhoeven", "ambassador", "Kessel")


@pytest.mark.parametrize(
    "text",
    [
        "As a young woman, Alma Verhoeven has lived in Kessel and in Oslo.",
        "As ombudsman, Alma Verhoeven fought the ministry over its records for a decade.",
    ],
)
def test_a_fronted_as_without_a_title_or_told_in_the_past_gives_no_office(nlp, text):
    assert offices(run(nlp, text)) == {}


def test_a_fronted_as_is_the_subjects_office_not_the_objects(nlp):
    facts = run(nlp, "As foreign minister, Alma Verhoeven meets Tomas Lindqvist every spring in Oslo.")
    assert has(facts, "Alma Verhoeven", "foreign minister")
    assert "Tomas Lindqvist" not in offices(facts)
