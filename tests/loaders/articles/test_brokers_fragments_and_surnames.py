"""Brokers, fragments and surnames in phrasings the extractor had not seen (sentences written for these tests,
fictional names): "PT"/"TP" is a price target, not a company, and raising one is no funding round; "Group CEO A"
titles the text's group; a regional adjective or "<nationality> Internet" is no party; the surname of a person the
text listed is no company, but a role noun before a company makes no person of it; where a team is based is no
seat; a broker rating a stock is not what the text is about;
a list of closing prices ends each line with a semicolon; Arabic names go on through "bin" and "al-", and "Ahmed"
opening a sentence is a given name, not a participle."""

from __future__ import annotations

from loaders.articles.mentions import find_mentions
from tests.loaders.articles.conftest import price_moves, read_all, relation_triples


def _entity_names(text: str) -> set[str]:
    return {e.name for e in read_all(text).entities}


def _event_kinds(text: str) -> set[str]:
    return {e.kind.value for e in read_all(text).events}


def test_a_price_target_abbreviation_is_no_company_and_raising_one_is_no_round() -> None:
    text = (
        "Quorra Games shares rose 2% on Friday. Brantor lowered its PT from $750 to $720, while Harlow Capital "
        "raised its PT from $625 to $650."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    assert "PT" not in _entity_names(text)
    assert {names[e.subject] for e in draft.events if e.kind.value == "ANALYST_ACTION"} == {"Quorra Games"}
    assert "FUNDING_ROUND" not in _event_kinds(text)
    assert "PT Velmont Indonesia" in _entity_names("PT Velmont Indonesia rose 2% in Jakarta on Monday.")


def test_group_before_a_title_is_the_text_s_group_not_a_company_called_group() -> None:
    text = "Quorra Telecom shares fell 9%. Group CEO Hal Brisk has set a three-year target to revive the business."
    assert "Group" not in _entity_names(text)
    assert ("Hal Brisk", "WORKS_AT", "Quorra Telecom") in relation_triples(text)


def test_a_regional_adjective_is_no_party_and_the_named_rival_is_bought() -> None:
    text = "Ride-hailing service Quorra said it has acquired its Middle Eastern competitor Velmont for $3.1 billion."
    assert ("Quorra", "ACQUIRED", "Velmont") in relation_triples(text)
    assert "Middle Eastern" not in _entity_names(text)
    described = "Velmont, the subsidiary of South African Internet and media giant Brantor, said it would sell shares."
    assert "South African Internet" not in _entity_names(described)


def test_the_surname_of_a_listed_person_is_no_company_and_a_team_s_base_is_no_seat() -> None:
    text = (
        "Quorra made its debut on the New York Stock Exchange a year ago. Its co-CEOs (Hal Brisk and Tomas Orlen) "
        "are French. Orlen gave an interview after the debut and stated that Quorra's engineering team is based in "
        "Portugal."
    )
    triples = relation_triples(text)
    assert not any(s == "Orlen" or o == "Orlen" for s, _, o in triples)
    assert not any(r == "HEADQUARTERED_IN" for _, r, _ in triples)


def test_a_role_noun_before_a_company_makes_no_person_of_it() -> None:
    text = (
        "Chipmaker Quorra said it plans to run its programmable chip unit as a standalone business. Quorra acquired "
        "the business when it bought Velmont for $16.7 billion in 2015."
    )
    assert ("Quorra", "ACQUIRED", "Velmont") in relation_triples(text)


def test_a_broker_rating_a_stock_does_not_become_what_the_text_is_about() -> None:
    text = "Brantor Capital raised its price target on the shares to $45 from $40. The company was founded in 1998."
    draft = read_all(text)
    assert not any(e.founded_on for e in draft.entities)


def test_a_close_of_the_day_listed_line_by_line_with_semicolons_reads_each_line() -> None:
    text = (
        "The benchmark index closed at 26,900 points, down 0.3%.\n\n"
        "Performance of active stocks:\n\n"
        "Quorra (09988.HK) closed at HKD 164.6, down 2.6%;\n\n"
        "Velmont Construction Investment (01341.HK) closed at HKD 0.128, up 15.3%;\n\n"
        "Bank of Brantor Hong Kong (02388.HK) closed at HKD 40.4, up 0.7%, hitting a new high;"
    )
    moves = price_moves(text)
    assert {("Quorra", -2.6), ("Velmont Construction Investment", 15.3), ("Bank of Brantor Hong Kong", 0.7)} <= moves
    assert "FUNDING_ROUND" not in _event_kinds(text)  # "Investment" names the firm


def test_arabic_names_go_on_through_their_particles() -> None:
    text = (
        "Quorra will be chaired by Sheikh Rashan bin Karim al-Harbi, with Velmont CEO Faisal al-Mansouri acting "
        "as its vice chairman. Board members include Brantor Vice Chairman Tariq al-Qasimi."
    )
    triples = relation_triples(text)
    assert ("Faisal al-Mansouri", "WORKS_AT", "Velmont") in triples
    assert ("Tariq al-Qasimi", "WORKS_AT", "Brantor") in triples
    assert {"Faisal", "Tariq"}.isdisjoint(_entity_names(text))


def test_a_given_name_ending_in_ed_opens_a_sentence_as_a_name_not_a_participle() -> None:
    assert "Ahmed Qorvani" in _entity_names("Ahmed Qorvani, chief executive of Quorra, said the fund would grow.")
    assert "Backed" not in " ".join(_entity_names("Backed by Velmont, Quorra opened two plants."))


def test_a_participle_opening_a_sentence_up_to_its_comma_is_no_part_of_a_name() -> None:
    assert [m.text for m in find_mentions("Outperforming Quorra, Velmont rose 3% on Monday.")] == ["Quorra", "Velmont"]
    assert [m.text for m in find_mentions("Trailing Quorra Group, Velmont fell.")] == ["Quorra Group", "Velmont"]
    assert [m.text for m in find_mentions("Boeling Capital, a lessor, said it would buy jets.")] == ["Boeling Capital"]


def test_a_function_word_before_a_company_makes_no_person_of_it() -> None:
    text = (
        "Neither Quorra nor Velmont commented on the talks. Velmont walked away. Quorra, which was taken private "
        "in 2015, was valued at $8.3 billion at the time."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    assert "Quorra" in {names[e.subject] for e in draft.events if e.kind.value == "VALUATION"}
