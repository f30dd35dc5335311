"""Sentences that look like a fact of one kind but state another (fictional companies, sentences written here).

Each case once produced a false statement on real text the extractor had not seen: the reader must say nothing
of that kind, and still read the true statement beside it where there is one."""

from __future__ import annotations

import pytest

from graph.model import EntityKind, EventKind
from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import read_all as _read
from tests.loaders.articles.conftest import relation_triples as _relations


def _moves(text: str) -> dict[str, list[float | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    moves: dict[str, list[float | None]] = {}
    for event in draft.events:
        if event.kind == EventKind.PRICE_MOVE:
            moves.setdefault(names[event.subject], []).append(event.pct_change)
    return moves


def _rounds(text: str) -> list[tuple[str, float | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return [
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind == EventKind.FUNDING_ROUND
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Velora Systems' legacy storage business has declined by about 40% since 2021.",
        "Velora Systems, which sells storage software, reported a 220% jump in cloud revenue.",
        "Velora Systems generated sales of 18 billion yuan (US$2.7 billion) in 2017, an 80 per cent jump.",
    ],
)
def test_a_business_figure_is_no_share_price_move(text: str) -> None:
    assert _moves(text) == {}


def test_the_shares_of_the_owner_still_move() -> None:
    assert _moves("Velora Systems' Hong Kong-listed shares fell 4% on Monday.") == {"Velora Systems": [-4.0]}


def test_each_company_in_a_run_of_moves_keeps_its_own_figure() -> None:
    moves = _moves("Quorra Labs Inc. was up 8.5%, Nemia Motors Inc. jumped 14% and Tarvo Inc. advanced 5.4%.")
    assert moves.get("Nemia Motors") == [14.0] and moves.get("Tarvo") == [5.4]
    assert 14.0 not in moves.get("Quorra Labs", [])


@pytest.mark.parametrize(
    "text",
    [
        "In April, Velora Systems raised $1.7 billion in a convertible bond, its first such sale in a decade.",
        "Velora Systems raised around HK$1.04 billion after the sale of 37 million shares.",
        "It had raised over $170m in funding according to a database of start-ups.",
    ],
)
def test_debt_a_share_sale_or_a_running_total_is_no_funding_round(text: str) -> None:
    assert _rounds(f"Velora Systems makes storage chips. {text}") == []


def test_a_new_round_reported_in_the_present_perfect_is_still_a_round() -> None:
    text = "Velora Systems has raised US$100 million from Corvel Capital and Nemia Ventures."
    assert _rounds(text) == [("Velora Systems", 100_000_000.0)]


def test_backers_named_without_a_round_give_investors_but_no_round() -> None:
    draft = _read("Velora Systems is backed by investors including Corvel Capital and Nemia Ventures.")
    names = {e.ref: e.name for e in draft.entities}
    invested = {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == "INVESTED_IN"}
    assert ("Corvel Capital", "Velora Systems") in invested
    assert not [e for e in draft.events if e.kind == EventKind.FUNDING_ROUND]


def test_a_currency_prefix_is_no_name() -> None:
    draft = _read("For firms with HK$250 million in sales, the minimum valuation is HK$6 billion.")
    assert [e.name for e in draft.entities] == [] and list(draft.events) == []


def test_values_of_an_issue_are_no_valuation() -> None:
    draft = _read("Velora Systems sold 3-year fixed-rate notes (FXN), with values of US$500 million.")
    assert not [e for e in draft.events if e.kind == EventKind.VALUATION]


def test_analysts_who_recommend_buying_a_stock_acquire_nothing() -> None:
    found = _relations("Corvel Securities analysts, who recommend buying Velora Systems, raised their target.")
    assert not [r for r in found if r[1] == "ACQUIRED"]


def test_a_name_that_only_modifies_a_fund_is_not_the_investor() -> None:
    text = "Corvel Capital, Nemia Ventures and the Tarvo AI industry fund joined the Series C round of Velora Systems."
    invested = {r[0] for r in _relations(text) if r[1] == "INVESTED_IN"}
    assert {"Corvel Capital", "Nemia Ventures"} <= invested and "Tarvo AI" not in invested


def test_an_investor_before_an_electric_vehicle_maker_stays_an_investor() -> None:
    text = "Velora Systems is backed by investors including Corvel Capital, Nemia Ventures and carmaker Tarvo."
    assert ("Nemia Ventures", "INVESTED_IN", "Velora Systems") in _relations(text)


def test_an_owner_described_before_a_listed_investor_is_passed_over() -> None:
    text = (
        "Velora Systems garnered $150 million in a Series C round co-led by Corvel Capital, "
        "Nemia Group's VC unit Tarvo Ventures and Ostra Partners."
    )
    invested = {r[0] for r in _relations(text) if r[1] == "INVESTED_IN" and r[2] == "Velora Systems"}
    assert invested == {"Corvel Capital", "Tarvo Ventures", "Ostra Partners"}
    assert _rounds(text) == [("Velora Systems", 150_000_000.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Velora Systems shares closed at Rs 412 on the exchange, down 4.5%.",
        "The notes were priced at 10:32 AM EDT on Tuesday.",
        "Headquartered in Lisbon, Velora Systems debuted on the Nasdaq.",
        "Announcing the deal, Velora said it had raised $5 million from Corvel.",
    ],
)
def test_amounts_clock_times_and_opening_participles_are_no_names(text: str) -> None:
    names = {e.name for e in _read(text).entities}
    assert not names & {"Rs", "Rs 412", "AM EDT", "EDT", "Headquartered", "Announcing"}


def test_a_bulleted_sentence_is_read_and_a_bulleted_menu_is_not() -> None:
    text = (
        "Velora Systems has raised $50 million in a Series B round.\n\n"
        "  • Existing investors like Corvel Capital and Nemia Ventures co-led the round\n"
        "  • Markets\n  • Tarvo Motors seeks a listing\n"
    )
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    invested = {names[r.subject] for r in draft.relations if r.type.value == "INVESTED_IN"}
    assert invested == {"Corvel Capital", "Nemia Ventures"}
    assert "Tarvo Motors" not in names.values()


def test_shares_in_a_described_company_make_it_the_topic() -> None:
    text = (
        "Shares in Portuguese electronic appliance maker Velora surged more than 9% on its debut. "
        "The Lisbon-based company expanded its offering last week."
    )
    assert ("Velora", "HEADQUARTERED_IN", "Lisbon") in _relations(text)


def test_a_product_called_the_name() -> None:
    text = "Velora Systems introduced its first self-developed mobile chip, called the Ostra X1, on Thursday."
    assert ("Velora Systems", "DEVELOPED", "Ostra X1") in _relations(text)


def test_a_second_rating_verb_keeps_the_first_ones_brokerage() -> None:
    draft = _read(
        "Velora fell 7% after Corvel Securities downgraded its rating on the EV maker to Underweight from Neutral "
        "and reduced its price target to $5 from $8.50."
    )
    names = {e.ref: e.name for e in draft.entities}
    actions = {
        (names[e.actor or ""], e.action, names[e.subject]) for e in draft.events if e.kind == EventKind.ANALYST_ACTION
    }
    assert actions == {("Corvel Securities", "downgrade", "Velora"), ("Corvel Securities", "cut_target", "Velora")}


@pytest.mark.parametrize(
    "text",
    [
        "Velora Systems raised HK$2.1 billion in gross proceeds by selling 40 million shares to investors.",
        "Velora Systems raised about HK$5 billion after selling shares at the bottom of the marketed range.",
        "Tarvo Chips' target was raised to NT$22 on better memory trends.",
        "The Series C round catapults Velora Systems' total funds raised to over $1.3 billion.",
    ],
)
def test_share_sales_raised_targets_and_totals_are_no_funding_round(text: str) -> None:
    assert _rounds(f"Velora Systems makes storage chips. {text}") == []


def test_money_raised_in_a_story_about_a_debut_is_the_offering_not_a_round() -> None:
    text = (
        "Velora Systems shares were flat in their Hong Kong trading debut on Thursday.\n\n"
        "  • Loss-making Velora Systems, a maker of lidar sensors, raised US$113 million\n"
    )
    assert _rounds(text) == []
    assert "Loss-making Velora Systems" not in {e.name for e in _read(text).entities}


def test_a_round_with_its_lead_is_still_read_in_a_story_that_mentions_an_ipo() -> None:
    text = (
        "Velora Systems listed its shares in Hong Kong in 2019.\n\n"
        "Velora Systems raised $80 million in a Series B round led by Corvel Capital."
    )
    assert _rounds(text) == [("Velora Systems", 80_000_000.0)]


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Velora IPO: opening date and price band. Velora Ltd said demand was strong.", "Velora IPO"),
        ("Corvel Capital invested in the Series C of Velora Systems.", "Series C"),
        ("Corvel Securities raised its target on Velora Systems (TW:2337) to NT$29.", "TW"),
        ("Ada Moss, former managing director of TMT at Corvel Capital, joined Velora Systems.", "TMT"),
        (
            "BRISTOL, England, July 12, 2024 /PRNewswire/ -- Velora Systems has been acquired by Corvel Group.",
            "BRISTOL",
        ),
    ],
)
def test_event_words_round_names_tickers_sector_acronyms_and_datelines_are_no_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in {e.name for e in _read(text).entities}


def test_initials_inside_a_brokerage_name_do_not_end_the_sentence() -> None:
    draft = _read(
        'Velora Systems fell 3% after J.P. Morgan downgraded the stock from "overweight" to "neutral" on Monday.'
    )
    names = {e.ref: e.name for e in draft.entities}
    actions = {(names[e.actor or ""], e.action) for e in draft.events if e.kind == EventKind.ANALYST_ACTION}
    assert actions == {("J.P. Morgan", "downgrade")}
    assert all("modality" not in e.properties for e in draft.events)


def test_a_plan_in_a_relative_clause_does_not_hedge_the_main_clause() -> None:
    text = "Velora Systems, which is preparing an IPO, raised $80 million in a Series B round led by Corvel Capital."
    assert _rounds(text) == [("Velora Systems", 80_000_000.0)]


def test_a_cause_introduced_by_due_to_is_no_plan() -> None:
    draft = _read(
        "Corvel Securities cut its price target on Velora Systems to $5 from $8, saying the drop was due to costs."
    )
    assert [e.properties.get("modality") for e in draft.events if e.kind == EventKind.ANALYST_ACTION] == [None]


def test_a_relative_clause_names_who_was_founded() -> None:
    text = (
        "Velora Systems raised $41 million in a round led by Corvel Capital, and Nemia Ventures, which is co-founded "
        "by Ada Moss, also invested."
    )
    founded = {(r[0], r[2]) for r in _relations(text) if r[1] == "FOUNDED"}
    assert founded == {("Ada Moss", "Nemia Ventures")}


def test_a_described_company_is_the_topic_and_its_founding_date_follows_the_founders() -> None:
    text = (
        "Velora Limited is set to open its initial public offering in December. The Pune-headquartered company, "
        "that sells budget goods, was founded by Ada Moss and Ravi Menon in 2015."
    )
    draft = _read(text)
    founded = {(r[0], r[2]) for r in _relations(text) if r[1] == "FOUNDED"}
    assert founded == {("Ada Moss", "Velora"), ("Ravi Menon", "Velora")}
    assert next(e for e in draft.entities if e.name == "Velora").founded_on is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Systems makes chips. Backed by Corvel and Nemia, the Lisbon-based venture signed a deal with "
            "Tarvo Motors.",
            {("Velora Systems", "Lisbon")},
        ),
        ('"Demand is soft," Lisbon-based Corvel Securities analyst Ada Moss wrote.', set()),
        ("Porto, north Portugal-based Velora Systems said its income may fall.", {("Velora Systems", "Porto")}),
        ("Velora Systems is a Porto-based maker of storage chips.", {("Velora Systems", "Porto")}),
        ("San Francisco-based Velora set off a frenzy of interest.", {("Velora", "San Francisco")}),
        ("Meanwhile, Hong Kong-based Velora Group raised US$410 million.", {("Velora Group", "Hong Kong")}),
        ("Velora Robotics, a Beijing-headquartered chip designer, raised $35m.", {("Velora Robotics", "Beijing")}),
        ("Velora, based in Toronto, did not respond to requests for comment.", {("Velora", "Toronto")}),
    ],
)
def test_a_based_description_belongs_to_the_company_it_describes(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(r[0], r[2]) for r in _relations(text) if r[1] == "HEADQUARTERED_IN"} == expected


def test_a_company_acquired_later_is_stated_as_a_purchase() -> None:
    found = _relations("Ada Moss founded Velora, which was later acquired by Corvel Group.")
    assert ("Corvel Group", "ACQUIRED", "Velora") in found
    assert not [r for r in found if r[1] == "SUBSIDIARY_OF"]


def test_each_debut_keeps_its_own_figure_after_and() -> None:
    moves = _moves("Velora Motors sank 33.5% and Nemia Inc, a unit of Corvel Group, shed nearly 7% on their debuts.")
    assert moves == {"Velora Motors": [-33.5], "Nemia": [-7.0]}


def test_a_known_name_written_in_lower_case_is_a_common_word() -> None:
    from tests.loaders.articles.conftest import StaticGazetteer

    org = EntityKind.ORGANIZATION
    gazetteer = StaticGazetteer({"Arm": ("Arm", org), "Velora": ("Velora", org)})
    text = "Velora's backers include the strategic investment arm of Corvel Group and Nemia Capital."
    draft = ArticleExtractor(min_confidence=0.0).extract(text, gazetteer=gazetteer)
    assert "Arm" not in {e.name for e in draft.entities}


def test_a_brokerage_that_drops_its_price_objective_moves_no_share_price() -> None:
    draft = _read("Corvel Securities dropped their price objective on Velora Systems from $126.00 to $122.00.")
    kinds = [e.kind for e in draft.events]
    assert EventKind.PRICE_MOVE not in kinds and EventKind.ANALYST_ACTION in kinds


def test_a_backer_named_by_a_common_noun_is_no_investor() -> None:
    assert not _relations("Government-backed Velora Investment Corp. said its tender offer was completed.")


def test_a_finance_site_link_inside_a_ticker_is_chrome() -> None:
    names = {e.name for e in _read("Velora (NASDAQ:VLRA - Get Free Report) fell 2.3% on Monday.").entities}
    assert "Get Free Report" not in names and "Velora" in names


def test_a_full_stop_without_its_space_still_ends_the_sentence() -> None:
    text = "Velora Systems raised $10 million in a round led by Corvel Capital.The company makes chips in Lisbon."
    assert ("Corvel Capital", "INVESTED_IN", "Velora Systems") in _relations(text)


def test_money_raised_in_a_story_about_a_bond_sale_is_no_round() -> None:
    text = (
        "Velora Systems sold $2 billion of senior notes in five tranches on Monday.\n\n"
        "The company previously raised €6.75 billion earlier this year with strong investor reception.\n"
    )
    assert _rounds(text) == []


def test_a_capitalised_rating_verb_is_not_part_of_the_brokerage_name() -> None:
    names = {e.name for e in _read("On January 17, Corvel Securities Upgraded its rating on Velora to Buy.").entities}
    assert "Corvel Securities Upgraded" not in names


def test_participles_in_a_run_of_moves_give_each_name_its_figure() -> None:
    moves = _moves(
        "Its peers also tumbled with Velora declining 4.4% to HK$217, Corvel losing 3.8% to HK$10.24, and Nemia "
        "tumbling 10.5% to HK$30.65 ahead of earnings."
    )
    assert moves == {"Velora": [-4.4], "Corvel": [-3.8], "Nemia": [-10.5]}


def test_an_exchange_does_not_move_its_index_does() -> None:
    assert _moves("The VLX index on the Lisbon Stock Exchange fell 0.25% to close at 7,000.") == {"VLX": [-0.25]}


def test_quote_codes_and_product_kinds_are_not_part_of_names() -> None:
    names = {e.name for e in _read("Velora VLRA.O rose 1.8% as its Nimbus 3 3100 CPUs beat rivals.").entities}
    assert "Velora VLRA.O" not in names and "Velora" in names
    assert not any(name.endswith("CPUs") for name in names)


def test_letters_compound_adjectives_measures_and_finance_terms_are_no_products_or_companies() -> None:
    text = (
        "Velora's Orca-7 model and its Japanese-language model ship. Velora's 2nm process is new. "
        "Velora filed its Initial Public Offering (IPO) and was valued around $4 billion."
    )
    draft = _read(text)
    names = {e.name for e in draft.entities}
    assert "Initial Public Offering" not in names and "Japanese-language" not in names and "2nm" not in names
    assert ("Velora", "DEVELOPED", "Orca-7") in _relations(text)


def test_a_newspaper_that_reported_a_valuation_is_not_valued() -> None:
    draft = _read(
        "Velora Robotics makes chips. In November 2018, the Lisbon Times had reported that Velora Robotics was "
        "valued at $3 billion in its latest round."
    )
    names = {e.ref: e.name for e in draft.entities}
    assert {names[e.subject] for e in draft.events if e.kind == EventKind.VALUATION} <= {"Velora Robotics"}


def test_a_lead_and_a_targeted_valuation_are_not_the_valued_company() -> None:
    draft = _read(
        "Velora Robotics makes drones. Corvel Capital leads the Series C round, valuing the European AI defense leader "
        "at €5 billion. A sell-off made Nemia Partners' targeted valuation of 1.5 trillion yen hard to reach."
    )
    names = {e.ref: e.name for e in draft.entities}
    valued = {names[e.subject] for e in draft.events if e.kind == EventKind.VALUATION}
    assert valued <= {"Velora Robotics"}


def test_photo_credits_and_role_nouns_are_no_names() -> None:
    text = (
        "FILE PHOTO: Velora Motors cars are seen at its plant in Lisbon. REUTERS/Ana Silva/File Photo\n\n"
        "Businessmen Ada Moss and Ravi Menon invested in Velora Motors."
    )
    names = {e.name for e in _read(text).entities}
    assert not {n for n in names if "PHOTO" in n.upper() or n.startswith("Businessm")}


def test_figures_spoken_the_broadcast_way_are_read() -> None:
    moves = _moves(
        "Losses were led by chipmakers, with Velora Electronics down zero-point-54 percent, Corvel Hynix sliding "
        "one‑point‑83 percent and Nemia Solution plunging seven-point-29 percent."
    )
    assert moves == {"Velora Electronics": [-0.54], "Corvel Hynix": [-1.83], "Nemia Solution": [-7.29]}


def test_a_sold_quantity_that_grew_is_no_share_price_move() -> None:
    assert _moves("In the first quarter, Velora Motors sold 41,403 vehicles, a 25% increase.") == {}
    assert _moves("Velora Motors shares closed at $26, a 34.5 percent jump from the offer price.") == {
        "Velora Motors": [34.5]
    }


def test_a_target_price_raised_from_one_figure_to_another_is_no_funding_round() -> None:
    assert _rounds("The target price for Velora has been raised from 53 yuan to 75 yuan, with a Neutral rating.") == []


def test_an_upgraded_price_target_is_no_rating_change_of_the_brokerage() -> None:
    draft = _read(
        "Shares of Velora Co Ltd surged on Wednesday, driven by an upgraded price target from Corvel Securities."
    )
    assert not [e for e in draft.events if e.kind == EventKind.ANALYST_ACTION]


def test_a_value_of_many_companies_together_is_no_valuation() -> None:
    draft = _read("Velora was named with over 100 Chinese firms on U.S. exchanges, valued collectively at $1 trillion.")
    assert not [e for e in draft.events if e.kind == EventKind.VALUATION]


def test_founders_described_but_not_named_found_nothing() -> None:
    text = (
        "Established in 2024 by a group that contributed to the image generator Stable Diffusion, the business "
        "competes with Corvel AI of France."
    )
    assert not [t for t in _relations(text) if t[1] == "FOUNDED"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Generative AI startup Velora is in talks to raise funds.", "Velora"),
        ("Fellow London startup Velora raised $100 million last month.", "Velora"),
    ],
)
def test_opening_words_describing_the_next_name_are_no_company(text: str, company: str) -> None:
    names = {e.name for e in _read(text).entities if e.kind == EntityKind.ORGANIZATION}
    assert names <= {company}


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Velora's share price slumped 6.8% after the company raised money.", {"Velora": [-6.8]}),
        (
            "Velora and Kestrel have risen about 96% and 80% respectively so far this year.",
            {"Velora": [96.0], "Kestrel": [80.0]},
        ),
        ("Velora's revenue rose 20% to $3 billion.", {}),
    ],
)
def test_the_share_price_is_the_stock_and_revenue_is_not(text: str, moves: dict[str, list[float]]) -> None:
    assert _moves(text) == moves


def test_a_valuation_in_the_final_stages_of_talks_is_planned() -> None:
    draft = _read("Velora is in the final stages of talks to raise funds at a $9 billion valuation.")
    (valuation,) = [e for e in draft.events if e.kind == EventKind.VALUATION]
    assert valuation.properties.get("modality") == "planned"


def test_a_round_in_its_final_stages_is_planned() -> None:
    draft = _read("Velora AI is in the final stages of raising $500 million in funding at a $9 billion valuation.")
    assert {e.properties.get("modality") for e in draft.events} == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "The NSE fell 3.44% on Monday.",  # an exchange's index, not a listed company
        "Salesforce (NYSE: CRM) shares are based in San Francisco.",
        "At the World AI Conference, Velora launched Step 3, its new model.",
    ],
)
def test_an_exchange_a_ticker_or_an_event_is_no_company(text: str) -> None:
    names = {e.name for e in _read(text).entities if e.kind == EntityKind.ORGANIZATION}
    assert not names & {"NSE", "CRM", "World AI Conference"}


def test_a_securities_house_is_not_the_stock_another_broker_rates() -> None:
    text = "Velora rose 2%. Corvel Securities raised its target price on Tamsin Securities to $20 from $15."
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    rated = {names[e.subject] for e in draft.events if e.kind == EventKind.ANALYST_ACTION}
    assert "Tamsin Securities" not in rated


@pytest.mark.parametrize(
    "text",
    [
        "The Velora 300 index ended 0.8 per cent lower, with tech stocks falling 6.5 per cent.",
        "The Velora 300 index fell 1.2%, as chip stocks slumped 4%.",
    ],
)
def test_a_sector_s_figure_is_not_the_index_s_move(text: str) -> None:
    moves = _moves(text)
    assert [-6.5] not in moves.values() and [-4.0] not in moves.values()
    assert len(moves) == 1 and len(next(iter(moves.values()))) == 1


def test_a_figure_after_the_venue_is_the_stock_s_move() -> None:
    moves = _moves("Despite the results, Velora Systems shares closed at Rs 256.55 on the NSE, down 3.44 per cent.")
    assert moves == {"Velora Systems": [-3.44]}


def test_a_full_stop_lost_before_a_figure_s_name_still_ends_the_sentence() -> None:
    moves = _moves(
        "The Velora index lost 3.66 points, or 0.54 percent, to close at 677.01.Nemia Motors retreated 0.71 percent "
        "to 56,000 won.Shares of Tarvo Group gained 1.12 percent. QR hynix jumped 4.68 percent."
    )
    assert moves.get("Nemia Motors") == [-0.71] and moves.get("Tarvo Group") == [1.12]
    assert moves.get("QR hynix") == [4.68] and "QR" not in moves


@pytest.mark.parametrize(
    "text",
    ["Sales of SUVs soared 68% last year, Velora Motors said.", "Peer Velora Motors tumbled 7.5% on Monday."],
)
def test_plural_acronyms_and_role_nouns_are_not_what_moved(text: str) -> None:
    moves = _moves(text)
    assert "SUVs" not in moves and "Peer Velora Motors" not in moves


def test_a_relative_clause_ends_a_list_of_investors() -> None:
    text = (
        "Velora Systems got investments from big-name companies, including Nemia Corp (NMIA), which the Journal "
        "first reported."
    )
    assert ("Journal", "INVESTED_IN", "Velora Systems") not in _relations(text)


def test_each_round_of_a_roundup_has_its_own_lead() -> None:
    text = (
        "The largest round was app platform Velora's $23 million Series A led by Nemia Capital, followed by "
        "app platform Tarvo's $15 million round."
    )
    assert ("Nemia Capital", "INVESTED_IN", "Velora") in _relations(text)
    assert ("Nemia Capital", "INVESTED_IN", "Tarvo") not in _relations(text)


def test_a_name_in_parentheses_is_not_the_subject() -> None:
    text = (
        "Chinese automotive system-on-chip (SoC) startup Nanjing Velora Technology Co, Ltd has secured 1 billion yuan "
        "in a Series B round led by Nemia Capital."
    )
    assert ("Nemia Capital", "INVESTED_IN", "Nanjing Velora Technology") in _relations(text)
    assert "SoC" not in {e.name for e in _read(text).entities}


def test_a_founders_list_ends_before_a_participle_and_its_place() -> None:
    text = (
        "Velora Systems makes games. The company was founded on June 2, 1999, by Lee Haejin and headquartered at the "
        "Nemia Green Factory in Seongnam."
    )
    assert not any(r == "FOUNDED" and s == "Nemia Green Factory" for s, r, _ in _relations(text))


def test_names_listed_before_both_or_each_all_moved() -> None:
    moves = _moves("Nemia Technology and Tarvo Labs both declined over 1% in volatile trading.")
    assert moves == {"Nemia Technology": [-1.0], "Tarvo Labs": [-1.0]}


def test_a_hedging_word_inside_a_name_hedges_nothing() -> None:
    text = (
        "Velora Chips closed at its limit of NT$31.95, Honey Hope Enterprise closed flat, and Tarvo Labs advanced "
        "7.17%."
    )
    (move,) = [e for e in _read(text).events if e.kind == EventKind.PRICE_MOVE]
    assert move.pct_change == 7.17 and "modality" not in move.properties


def test_a_company_named_international_opens_a_sentence() -> None:
    assert _moves("Velora International gained 2.96% to NT$27.85.") == {"Velora International": [2.96]}


def test_the_close_after_the_session_s_extreme_is_the_move() -> None:
    moves = _moves(
        "Shares of wafer producer Velora Materials Co. Ltd. surged as much as 361% in their trading debut Tuesday, "
        "before closing up 198.7%, marking a strong entry."
    )
    assert moves == {"Velora Materials": [198.7]}


def test_a_measure_is_no_name_and_an_index_is_known_without_its_word() -> None:
    draft = _read("The Velora Composite Index ended up 0.61% at 3,462.75 points. Tokyo rose an 11.78-point margin.")
    names = {e.name: e.aliases for e in draft.entities}
    assert "Velora Composite" in names.get("Velora Composite Index", ())
    assert not any(name.startswith("11.78") for name in names)


def test_its_shares_are_the_shares_of_the_company_the_sentence_before_opened_with() -> None:
    moves = _moves(
        "Velora Semiconductor debuted on Monday, rising 13%. Nemia Chips, the biggest chip maker, raised 53.2 "
        "billion yuan in an IPO in July 2020. Its shares skyrocketed 202 per cent when they began trading."
    )
    assert moves == {"Velora Semiconductor": [13.0], "Nemia Chips": [202.0]}


@pytest.mark.parametrize(
    "text",
    [
        "Weak Q1 sales showed that price competition from Brantor hurt margins.",
        "YTD the shares are up 9.4%, analysts noted.",
        "Quorra Inc. said GMV climbed 31% in May.",
        "FY2024 revenue rose 12% while EBITDA fell 3% at Quorra Inc.",
        # a common noun in capitals, which a store would read as some company's initials
        "Brantor bought the IP together with two engineers, Jon Rask and Sunny Marr.",
    ],
)
def test_a_reporting_period_a_business_measure_or_a_common_noun_is_no_party(text: str) -> None:
    draft = _read(text)
    assert not {e.name for e in draft.entities} & {"Q1", "YTD", "GMV", "FY2024", "EBITDA", "IP"}
