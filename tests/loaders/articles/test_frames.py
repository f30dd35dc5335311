"""Frames read from sentences written for these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from graph.model import Money
from loaders.articles import ArticleExtractor
from loaders.articles.cleaning import clean
from loaders.articles.header import read_header
from tests.loaders.articles.conftest import read_all as _read
from tests.loaders.articles.conftest import relation_triples as _relations


def _founded_on(text: str) -> dict[str, str]:
    return {e.name: str(e.founded_on) for e in _read(text).entities if e.founded_on}


def test_participial_founding_lead_with_founders_and_a_former_employer() -> None:
    text = (
        "Founded in March 2022 by former Corvel Systems engineer Anna Berg and Tomas Lind, "
        "Lisbon-based Quorra Labs builds robots."
    )
    found = _relations(text)
    assert ("Anna Berg", "FOUNDED", "Quorra Labs") in found and ("Tomas Lind", "FOUNDED", "Quorra Labs") in found
    assert ("Anna Berg", "WORKS_AT", "Corvel Systems") in found
    assert _founded_on(text) == {"Quorra Labs": "2022-03"}


@pytest.mark.parametrize(
    "text",
    [
        "Founded in April 2023 by Anna Berg – founder and former CEO of Corvel, once a search leader – Quorra Labs "
        "has seen its valuation soar.",
        "Founded by hedge fund manager Anna Berg, the Portuguese tech start-up Quorra Labs is a threat to Corvel.",
    ],
)
def test_participial_founding_past_a_dash_aside_or_a_nationality(text: str) -> None:
    assert ("Anna Berg", "FOUNDED", "Quorra Labs") in _relations(text)
    # the aside names her as Corvel's founder too; a company merely mentioned was not founded by her
    assert (("Anna Berg", "FOUNDED", "Corvel") in _relations(text)) == ("founder and former CEO of Corvel" in text)


def test_an_organisation_in_an_aside_of_the_lead_is_not_the_subject() -> None:
    text = "Founded in 2021 by Anna Berg, a former Corvel researcher, Quorra Labs makes drones."
    assert ("Anna Berg", "FOUNDED", "Quorra Labs") in _relations(text)
    assert not [r for r in _relations(text) if r[2] == "Corvel" and r[1] == "FOUNDED"]


def test_relative_clause_founders() -> None:
    found = _relations("Analysts met Anna Berg, who founded Quorra Labs with Tomas Lind and Ivo Sousa.")
    assert {f for f in found if f[1] == "FOUNDED"} == {
        ("Anna Berg", "FOUNDED", "Quorra Labs"),
        ("Tomas Lind", "FOUNDED", "Quorra Labs"),
        ("Ivo Sousa", "FOUNDED", "Quorra Labs"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It is early,” said Maria Costa, an analyst at Fenwick Securities in Lisbon.", "Fenwick Securities"),
        ("Demand is high, according to Maria Costa, a chip expert at Fenwick Capital.", "Fenwick Capital"),
        ("“We will see,” said Maria Costa, Fenwick Securities analyst.", "Fenwick Securities"),
    ],
)
def test_people_and_their_firms(text: str, expected: str) -> None:
    assert ("Maria Costa", "WORKS_AT", expected) in _relations(text)


def test_former_engineers_and_veterans() -> None:
    found = _relations("Anna Berg started Quorra Labs with former Corvel engineers Tomas Lind and Ivo Sousa.")
    assert ("Tomas Lind", "WORKS_AT", "Corvel") in found and ("Ivo Sousa", "WORKS_AT", "Corvel") in found
    found = _relations("The firm was set up by Tomas Lind and Ivo Sousa, both veterans of Corvel with long careers.")
    assert ("Tomas Lind", "WORKS_AT", "Corvel") in found and ("Ivo Sousa", "WORKS_AT", "Corvel") in found


def test_investor_lists_introduced_by_a_noun_or_a_verb() -> None:
    text = (
        "Quorra Labs raised $40 million from state-owned Fenwick Capital and existing backer Corvel Ventures. "
        "Other investors included Halden Partners and Morro Fund."
    )
    investors = {s for s, r, o in _relations(text) if r == "INVESTED_IN" and o == "Quorra Labs"}
    assert investors == {"Fenwick Capital", "Corvel Ventures", "Halden Partners", "Morro Fund"}


def test_a_lead_named_with_an_appositive_is_the_lead_not_the_fund_in_the_aside() -> None:
    text = "Fenwick Capital, a fund under Halden Group, led Quorra Labs's Series B round."
    found = _relations(text)
    assert ("Fenwick Capital", "INVESTED_IN", "Quorra Labs") in found
    assert ("Halden Group", "INVESTED_IN", "Quorra Labs") not in found


def test_backed_adjective() -> None:
    assert ("Fenwick Capital", "INVESTED_IN", "Quorra Labs") in _relations(
        "Fenwick Capital-backed Quorra Labs hired 40 engineers."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs launched its Nimbus chatbot in May.",
        "Quorra Labs's app Nimbus reached ten million users.",
        "Last year, Quorra Labs launched a model named Nimbus, its first.",
    ],
)
def test_products_named_with_their_kind(text: str) -> None:
    assert ("Quorra Labs", "DEVELOPED", "Nimbus") in _relations(text)


def test_a_possessive_alone_names_no_product() -> None:
    found = _relations("Quorra Labs's Lisbon office and Quorra Labs's revenue both grew.")
    assert not [f for f in found if f[1] == "DEVELOPED"]


def test_subsidiaries_from_appositives_and_possessives() -> None:
    found = _relations(
        "Nimbus Chips, the AI chip unit of Quorra Group, and Quorra Group's cloud arm Skyline both grew."
    )
    assert ("Nimbus Chips", "SUBSIDIARY_OF", "Quorra Group") in found
    assert ("Skyline", "SUBSIDIARY_OF", "Quorra Group") in found


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        ("Quorra Labs shares closed 60% higher on their first day of trading in Shanghai on Friday.", "Shanghai"),
        ("Quorra Labs shares rose 8% on their Hong Kong debut on Thursday.", "Hong Kong"),
        ("Quorra Labs jumped 82 per cent upon its debut on Friday in Hong Kong.", "Hong Kong"),
    ],
)
def test_listing_from_a_debut_in_a_city(text: str, exchange: str) -> None:
    assert ("Quorra Labs", "LISTED_ON", f"{exchange} Stock Exchange") in _relations(text)


def test_a_listing_someone_expects_is_no_listing() -> None:
    assert not [r for r in _relations("Analysts expect a Hong Kong listing for Quorra Labs.") if r[1] == "LISTED_ON"]


def test_analyst_actions_with_ratings_and_targets() -> None:
    draft = _read(
        "Fenwick Securities upgraded shares of Quorra Labs from a hold rating to a buy rating on Monday. "
        "Halden analyst Maria Costa raised her price target on the stock to $40."
    )
    names = {e.ref: e.name for e in draft.entities}
    actions = {
        (names[e.actor or ""], e.action, names[e.subject], e.from_rating, e.to_rating)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }
    assert ("Fenwick Securities", "upgrade", "Quorra Labs", "hold", "buy") in actions
    assert ("Halden", "raise_target", "Quorra Labs", None, None) in actions


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Quorra Labs climbed as much as 12 per cent in Hong Kong.", 12.0),
        ("The Quorra Labs index rose 62.39 points, or 1.73 per cent, to close at 3,610.", 1.73),
        ("Quorra Labs, a drone maker, started 31.5% higher than its offer price.", 31.5),
        ("Quorra Labs closed at $26, a 14.5 percent jump from its offer price.", 14.5),
        ("Quorra Labs shares slid 3%, while its revenue rose 8%.", -3.0),
    ],
)
def test_price_moves(text: str, pct: float) -> None:
    moves = [e.pct_change for e in _read(text).events if e.kind.value == "PRICE_MOVE"]
    assert moves == [pct]


def test_a_move_said_with_a_qualifier_says_so() -> None:
    (move,) = [e for e in _read("Quorra Labs climbed as much as 12 per cent.").events if e.kind.value == "PRICE_MOVE"]
    assert (move.pct_change, move.summary) == (12.0, "up as much as 12%")


def test_the_session_extreme_is_not_a_second_move() -> None:
    draft = _read("The Quorra index closed 0.3 per cent lower, after jumping as much as 0.8 per cent.")
    moves = [(e.pct_change, e.direction) for e in draft.events if e.kind.value == "PRICE_MOVE"]
    assert moves == [(-0.3, "down")]


def test_a_market_value_is_no_round_valuation_but_a_valuation_on_the_share_price() -> None:
    draft = _read("Quorra Labs's market value topped $2 billion on Monday.")
    (value,) = [e for e in draft.events if e.kind.value == "VALUATION"]
    assert value.properties["basis"] == "market capitalization" and value.span.rule.startswith("capitalisation.")


def test_a_founding_date_is_not_the_round_date() -> None:
    draft = _read("Founded in 2019, Quorra Labs raised $40 million in a round led by Fenwick Capital.")
    (round_,) = [e for e in draft.events if e.kind.value == "FUNDING_ROUND"]
    assert round_.date is None


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Published: 10:25, June 19, 2025\nQuorra Labs plans a listing\n", "2025-06-19"),
        ("date 2021-08-30 ", "2021-08-30"),
    ],
)
def test_header_dates(header: str, date: str) -> None:
    text = header + "Quorra Labs raised $40 million on Friday in a round led by Fenwick Capital, the firm said.\n"
    assert str(read_header(clean(text)).published_at) == date


@pytest.mark.parametrize(
    ("text", "expected", "stake"),
    [
        (
            "Fenwick Motors took a 21% stake in struggling Portuguese carmaker Quorra Auto.",
            ("Fenwick Motors", "Quorra Auto"),
            21.0,
        ),
        (
            "According to Halden News, Fenwick completed its acquisition of Quorra Labs.",
            ("Fenwick", "Quorra Labs"),
            None,
        ),
        ("Quorra Labs was acquired by Fenwick Group in 2023.", ("Fenwick Group", "Quorra Labs"), None),
        (
            "Chipmaker Fenwick has completed its acquisition of Israeli AI firm Quorra Labs, the startup said.",
            ("Fenwick", "Quorra Labs"),
            None,
        ),
        (
            "Earlier this year, South Korean search giant Fenwick completed the acquisition of apparel marketplace "
            "Quorra for $1.2 billion.",
            ("Fenwick", "Quorra"),
            None,
        ),
        (
            "Fenwick has acquired a 9.69 percent stake of Halden owner Quorra AG for $9 billion.",
            ("Fenwick", "Quorra"),
            9.69,
        ),
        ("Fenwick Group acquired Quortuan in 2019.", ("Fenwick Group", "Quortuan"), None),  # "-an" is no demonym
        (
            "According to reporting by The Daily Wire, Fenwick Platforms bought Quorra, a fast-growing AI startup.",
            ("Fenwick Platforms", "Quorra"),
            None,
        ),
    ],
)
def test_acquisitions_and_stakes(text: str, expected: tuple[str, str], stake: float | None) -> None:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    acquired = [(names[r.subject], names[r.object], r.properties.get("stake_pct")) for r in draft.relations]
    assert [a for a in acquired if a[:2] == expected] == [(*expected, stake)]
    assert ("Halden News", "Quorra Labs", None) not in acquired


def test_a_plan_to_acquire_is_no_acquisition() -> None:
    assert not [r for r in _read("Fenwick plans to buy Quorra Labs next year.").relations if r.type.value == "ACQUIRED"]


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon-based drone start-up Quorra Labs raised $40 million.",
        "Investors like Quorra Labs, a fast-growing robotics startup based in Lisbon, for its margins.",
    ],
)
def test_headquarters(text: str) -> None:
    assert ("Quorra Labs", "HEADQUARTERED_IN", "Lisbon") in _relations(text)


def test_a_nationality_is_no_headquarters() -> None:
    found = _relations("Quorra Labs rose 3%. The Portuguese company makes drones.")
    assert not [f for f in found if f[1] == "HEADQUARTERED_IN"]


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "Quorra Group and Fenwick Holdings fell as much as 4.3 per cent and 2.8 per cent respectively.",
            {("Quorra Group", -4.3), ("Fenwick Holdings", -2.8)},
        ),
        ("Quorra shares were last down 2.2% at HK$196.", {("Quorra", -2.2)}),
        ("The Halden Index was 0.4% lower.", {("Halden Index", -0.4)}),
        ("Quorra Labs debuted in May, with its shares opening 24 percent higher.", {("Quorra Labs", 24.0)}),
        # whose move a move noun is
        (
            "Quorra Labs closed at $3.75. The stock trailed the Fenwick 500 index, which registered a loss of 1.52%.",
            {("Fenwick 500", -1.52)},
        ),
        ("The Quorra Index fell 1.6 per cent, surpassed by only a 4.6 per cent loss in May.", {("Quorra Index", -1.6)}),
        ("Ann Lee's fortune was boosted by a 15% surge.", set()),
        # each subject after ", and" moves on its own figure
        (
            "The Quorra index lost 1.56%, and the Fenwick index, a tech-heavy gauge, lost 1.78%.",
            {("Quorra", -1.56), ("Fenwick", -1.78)},
        ),
    ],
)
def test_more_price_move_shapes(text: str, moves: set[tuple[str, float]]) -> None:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    assert {(names[e.subject], e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"} == moves


@pytest.mark.parametrize(
    "text",
    [
        "Rivals try to catch up with Nimbus creator Quorra Labs.",
        "Fenwick bought Quorra Labs, the developer of the AI assistant Nimbus, last year.",
    ],
)
def test_products_named_with_their_maker(text: str) -> None:
    assert ("Quorra Labs", "DEVELOPED", "Nimbus") in _relations(text)


def test_more_investor_shapes() -> None:
    text = (
        "Quorra Labs's latest round was backed by some of the biggest names in robotics, including Fenwick Group "
        "and Halden Holdings. Morro Capital – an early investor in Skyline and Nimbus Chips – also took part. "
        "Other notable investors include Corvel Ventures."
    )
    found = {(s, o) for s, r, o in _relations(text) if r == "INVESTED_IN"}
    assert found >= {
        ("Fenwick Group", "Quorra Labs"),
        ("Halden Holdings", "Quorra Labs"),
        ("Morro Capital", "Skyline"),
        ("Morro Capital", "Nimbus Chips"),
        ("Corvel Ventures", "Quorra Labs"),
    }
    assert ("Skyline", "Quorra Labs") not in found


@pytest.mark.parametrize(
    "second",
    [
        "Investors in the venture include prominent firms such as Fenwick Capital and Halden Partners.",
        "Its IPO drew cornerstone commitments from sovereign funds and institutions, such as Fenwick Capital and "
        "Halden Partners.",
    ],
)
def test_investors_named_after_a_description_of_them(second: str) -> None:
    found = {
        (s, o) for s, r, o in _relations(f"Quorra Labs listed in Lisbon this week. {second}") if r == "INVESTED_IN"
    }
    assert found == {("Fenwick Capital", "Quorra Labs"), ("Halden Partners", "Quorra Labs")}


def test_founders_named_with_partners_teams_and_titles() -> None:
    assert _relations("Anna started Quorra Labs with former Corvel engineers Tomas Lind and Ivo Sousa.") >= {
        ("Tomas Lind", "FOUNDED", "Quorra Labs"),
        ("Ivo Sousa", "FOUNDED", "Quorra Labs"),
    }
    found = _relations(
        "Quorra Labs rose. Its team includes COO Tomas Lind, CTO Ivo Sousa and vice president Rui Neves, "
        "and co-founders such as director Ana Paiva."
    )
    assert {(s, r) for s, r, o in found if o == "Quorra Labs"} >= {
        ("Tomas Lind", "WORKS_AT"),
        ("Ivo Sousa", "WORKS_AT"),
        ("Rui Neves", "WORKS_AT"),
        ("Ana Paiva", "FOUNDED"),
    }


def test_a_political_title_is_no_job_at_the_topic() -> None:
    found = _relations("Quorra Labs rose. President Joao Matos visited the plant.")
    assert not [f for f in found if f[0] == "Joao Matos"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quorra Labs, last valued at about $3 billion in a 2024 round, declined to comment.", 3e9),
        ("Quorra Labs raised $6bn at a $45bn valuation.", 45e9),
        ("Fenwick led the round, valuing Quorra Labs at $900 million.", 900e6),
    ],
)
def test_valuations(text: str, amount: float) -> None:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    values = {(names[e.subject], e.amount.amount) for e in draft.events if e.kind.value == "VALUATION" and e.amount}
    assert ("Quorra Labs", amount) in values


def test_a_deal_value_is_no_valuation_and_a_market_value_says_its_basis() -> None:
    assert not [e for e in _read("Fenwick bought assets valued at $2 billion from Quorra Labs.").events]
    values = [e for e in _read("At the open, Quorra Labs was valued at almost $60 billion.").events]
    assert [(e.kind.value, e.properties.get("basis")) for e in values] == [("VALUATION", "market capitalization")]


def test_the_round_belongs_to_the_company_it_is_for_and_an_ipo_is_no_round() -> None:
    draft = _read("Fenwick Group led a $60 million funding round for AI startup Quorra Labs.")
    names = {e.ref: e.name for e in draft.entities}
    assert [names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"] == ["Quorra Labs"]
    ipo = _read("Quorra Labs raised HK$4.35 billion at HK$116.20 a share in Hong Kong.")
    assert not [e for e in ipo.events if e.kind.value == "FUNDING_ROUND"]
    assert not [
        e for e in _read("Nimbus-2 is an upgraded version of Nimbus-1.").events if e.kind.value == "ANALYST_ACTION"
    ]


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Quorra rose. The stock closed 8.7% higher on Tuesday.", 8.7),
        ("Quorra rose. Shares ended Tuesday's session 0.4% higher at a record.", 0.4),
        ("Quorra Labs shares fell $8.13, or 7.1 percent, to $106.", -7.1),
        ("Stocks fell, with manufacturer Quorra Group down 2.3 per cent to HK$9.", -2.3),
        ("Quorra rose. The stock is now up about 4.5% so far this year.", 4.5),
    ],
)
def test_price_moves_of_the_stock_and_its_shares(text: str, pct: float) -> None:
    assert [e.pct_change for e in _read(text).events if e.kind.value == "PRICE_MOVE"][-1:] == [pct]


@pytest.mark.parametrize(
    ("text", "amount", "kind"),
    [
        (
            "Quorra Labs sold $1.75 billion of its convertible senior notes to institutional buyers.",
            1.75e9,
            "convertible senior note",
        ),
        (
            "Quorra Labs announced the pricing of its offering (the Notes Offering) of US$650 million in aggregate "
            "principal amount of convertible senior notes.",
            650e6,
            "convertible senior note",
        ),
    ],
)
def test_bond_and_convertible_issues(text: str, amount: float, kind: str) -> None:
    issues = [
        (e.amount.amount, e.instrument) for e in _read(text).events if e.kind.value == "SECURITY_ISSUE" and e.amount
    ]
    assert issues == [(amount, kind)]


def test_a_possessive_names_a_product_the_graph_knows() -> None:
    from graph.model import EntityKind
    from tests.loaders.articles.conftest import StaticGazetteer

    text = "Quorra Labs's Nimbus beat rivals on coding benchmarks."
    known = StaticGazetteer({"Nimbus": ("Nimbus", EntityKind.PRODUCT)})
    draft = ArticleExtractor(min_confidence=0.0).extract(text, gazetteer=known)
    names = {e.ref: e.name for e in draft.entities}
    assert ("Quorra Labs", "DEVELOPED", "Nimbus") in {
        (names[r.subject], r.type.value, names[r.object]) for r in draft.relations
    }
    assert not [r for r in _read(text).relations if r.type.value == "DEVELOPED"]  # unknown: "X's Y" alone says nothing


def test_a_passive_downgrade_has_one_reading() -> None:
    draft = _read("Quorra Labs was downgraded at Fenwick, as analyst Paul Dorran said the stock had run too far.")
    names = {e.ref: e.name for e in draft.entities}
    actions = [(names.get(e.actor or ""), names[e.subject]) for e in draft.events if e.kind.value == "ANALYST_ACTION"]
    assert actions == [("Fenwick", "Quorra Labs")]


def test_a_name_in_the_owners_clause_is_not_its_unit() -> None:
    text = (
        "Quorra Labs is a robotics company in Lisbon. Quorra Labs's offerings include the Fenwick family of models. "
        "It is backed by investors including Halden Ventures."
    )
    invested = {(s, o) for s, r, o in _relations(text) if r == "INVESTED_IN"}
    assert invested == {("Halden Ventures", "Quorra Labs")}


def test_a_company_named_once_does_not_take_the_topic_from_the_one_named_throughout() -> None:
    text = (
        "Quorra Labs sold new shares in a private placement. Quorra Labs will spend the money on chips. "
        "Fenwick Fund emerged as the largest buyer. Other notable investors include Halden Capital."
    )
    invested = {(s, o) for s, r, o in _relations(text) if r == "INVESTED_IN"}
    assert ("Halden Capital", "Fenwick Fund") not in invested
    assert ("Halden Capital", "Quorra Labs") in invested


@pytest.mark.parametrize(
    "dateline",
    [
        "NEW YORK, May 10 (Wirewire) --",
        "Dorrance, Tenn., Nov. 8 –",  # a town no gazetteer knows, in mixed case, with its state
        "Harlow Falls, Calif., March 3, 2024 --",
        "Dorrance, Sept. 3 (Wirewire) -",
        "HARLOW/DORRANCE/NEW FENWICK, May 10 (Wirewire) -",  # a story filed from several cities
        "HARLOW/DORRANCE (Wirewire) --",
    ],
)
def test_a_dateline_with_its_credit_names_no_company(dateline: str) -> None:
    draft = _read(f"{dateline} Quorra Labs made its debut, its shares opening 24 percent higher.")
    assert {e.name for e in draft.entities} == {"Quorra Labs"}


@pytest.mark.parametrize(
    "text",
    [
        "Fenwick Capital led a $1 billion funding round for Quorra Labs, resulting in a valuation of $2.5 billion.",
        "Fenwick Capital led a $1 billion round in Quorra Labs, boosting the firm's valuation to $2.5 billion.",
    ],
)
def test_a_round_in_a_company_values_that_company(text: str) -> None:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    valued = {names[e.subject] for e in draft.events if e.kind.value == "VALUATION"}
    assert valued == {"Quorra Labs"}


def test_a_persons_fortune_is_no_valuation() -> None:
    draft = _read("Ann Lee and Bo Chen, who started Quorra Labs in 2009, have fortunes valued at about $6 billion.")
    assert not [e for e in draft.events if e.kind.value == "VALUATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quorra CEO and Chairman Ann Lee provided this quote in the press release.", ("Ann Lee", "Quorra")),
        ("It will help us abroad, Halden CEO Carlos Ruiz said.", ("Carlos Ruiz", "Halden")),
        ("Prices fell, Fenwick Securities analyst Eason Lee said.", ("Eason Lee", "Fenwick Securities")),
        ("Growth slowed, Fenwick analysts led by Charlie Chan said.", ("Charlie Chan", "Fenwick")),
    ],
)
def test_a_title_between_company_and_person_is_a_job_the_text_takes_as_given(
    text: str, expected: tuple[str, str]
) -> None:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    jobs = [r for r in draft.relations if r.type.value == "WORKS_AT"]
    assert [(names[r.subject], names[r.object]) for r in jobs] == [expected]
    assert all(r.span.confidence > 0.6 for r in jobs)  # "will" in the quote plans nothing about the job


@pytest.mark.parametrize(
    ("text", "products"),
    [
        (
            "Quorra AI raised $1 billion. Then in May, Quorra launched its first chatbot in Spain, Kimo, to acclaim.",
            {"Kimo"},
        ),
        (
            "Quorra AI is a start-up in Lisbon. The startup's two apps, Talkie and Xing Ye, let users chat.",
            {"Talkie", "Xing Ye"},
        ),
    ],
)
def test_products_named_after_their_kind(text: str, products: set[str]) -> None:
    developed = {(s, o) for s, r, o in _relations(text) if r == "DEVELOPED"}
    assert developed == {("Quorra AI", p) for p in products}


def test_a_contract_with_its_amount_between_article_and_noun() -> None:
    draft = _read("Quorra Mobile has secured a 155 million yuan ($22 million) contract to build a computing platform.")
    names = {e.ref: e.name for e in draft.entities}
    contracts = [(names[e.subject], e.amount) for e in draft.events if e.kind.value == "CONTRACT"]
    assert contracts == [("Quorra Mobile", Money(amount=155_000_000, currency="CNY"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On April 10, Ada Moss, founder of search engine operator Corvel, announced a new venture.",
            {("Ada Moss", "FOUNDED", "Corvel")},
        ),
        (
            "Ada Moss is the founder and chief executive officer of [Velora](/wiki/velora), a Lisbon-based "
            "[robotics](/wiki/robotics) company.",
            {("Ada Moss", "FOUNDED", "Velora")},
        ),
        (
            "Entrepreneur Ada Moss, co-founder of ride-hailing firm Corvel and drone maker Nemia Robotics, spoke.",
            {("Ada Moss", "FOUNDED", "Corvel"), ("Ada Moss", "FOUNDED", "Nemia Robotics")},
        ),
    ],
)
def test_a_founder_named_by_an_appositive_a_predicate_or_a_wiki_link(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {r for r in _relations(text) if r[1] == "FOUNDED"} == expected


def test_an_officer_of_the_startup_works_at_the_text_s_company() -> None:
    text = (
        "Velora Robotics Inc. is raising money. The round is its third, Ravi Menon, chief financial officer of the "
        "startup, told reporters on Tuesday."
    )
    assert ("Ravi Menon", "WORKS_AT", "Velora Robotics") in _relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora's Spark v3.5 can beat Corvel's Nimbus-4 Turbo in several key areas including math.",
            {("Spark v3.5", "COMPARED_TO", "Nimbus-4 Turbo"), ("Velora", "COMPARED_TO", "Corvel")},  # makers too
        ),
        (
            "Velora, the Chinese rival to US-based Corvel, has been focused on developing AI chips.",
            {("Velora", "COMPARED_TO", "Corvel")},
        ),
        ("Velora beat Corvel Motors in sales last year.", set()),
    ],
)
def test_models_that_beat_models_and_companies_named_rivals_are_compared(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {r for r in _relations(text) if r[1] == "COMPARED_TO"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China business remains tough, according to Corvel Securities analysts Ada Moss and Ravi Menon.",
            {("Ada Moss", "WORKS_AT", "Corvel Securities"), ("Ravi Menon", "WORKS_AT", "Corvel Securities")},
        ),
        (
            '"We extend our gratitude," said Ada Moss, founder, chairman and CEO of Velora, during a ceremony.',
            {("Ada Moss", "WORKS_AT", "Velora")},
        ),
        (
            "Ravi Menon has been named Velora's senior vice president and president's assistant.",
            {("Ravi Menon", "WORKS_AT", "Velora")},
        ),
    ],
)
def test_staff_named_in_lists_by_several_titles_or_by_an_appointment(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {r for r in _relations(text) if r[1] == "WORKS_AT"} == expected


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        (
            "Velora shares on the Hong Kong Stock Exchange opened with gains of more than 11%.",
            "Hong Kong Stock Exchange",
        ),
        ("Velora closed up 0.2 per cent to HK$90.60 on Thursday in Hong Kong.", "Hong Kong Stock Exchange"),
        ("Already listed in Shenzhen, Velora is expanding abroad.", "Shenzhen Stock Exchange"),
        ("Velora shares rose 3% in Tokyo trading.", "Tokyo Stock Exchange"),
        ("Velora shares rose 3% in Taipei trading.", "Taiwan Stock Exchange"),
        ("Velora shares fell 2% in Seoul.", "Korea Exchange"),
    ],
)
def test_a_stock_trading_on_a_market_is_listed_there(text: str, exchange: str) -> None:
    assert ("Velora", "LISTED_ON", exchange) in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Hang Seng index rose 1% in Hong Kong.",
        "Velora sales fell 30% in Shanghai last year.",
        "Velora plans to be listed in Hong Kong next year.",
        "Velora shares rose 2% in New York.",  # Nasdaq or the NYSE: the city does not say
    ],
)
def test_no_listing_from_an_index_a_business_figure_a_plan_or_a_city_of_two_exchanges(text: str) -> None:
    assert not [t for t in _relations(text) if t[1] == "LISTED_ON"]


def test_wire_bullets_without_a_full_stop_are_read_and_tp_is_a_target() -> None:
    text = (
        "Shares of Velora fall as much as 5% on Monday in Hong Kong after brokers cut targets.\n"
        '** Corvel Securities maintains "buy" on Velora but trims TP to HK$192 from HK$204 saying growth slows\n'
    )
    actions = [e for e in ArticleExtractor(min_confidence=0.0).extract(text).events if e.kind.value == "ANALYST_ACTION"]
    assert [a.action for a in actions] == ["cut_target"]


@pytest.mark.parametrize(
    ("text", "founded"),
    [
        ("Velora was founded in 2012 and became famous for its design software.", {"Velora": "2012"}),
        ("Incorporated in 2008, Velora is present in 525 cities.", {"Velora": "2008"}),
        ("Since its founding in 2020, Velora has raised $220 million.", {"Velora": "2020"}),
        ("Velora has grown fast since its inception in 2016.", {"Velora": "2016"}),
        ("Since its founding, Velora has grown.", {}),
    ],
)
def test_a_founding_date_is_kept_without_any_other_statement(text: str, founded: dict[str, str]) -> None:
    assert _founded_on(text) == founded


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Corvel follows the listing of GPU maker Velora (688795.SS), which debuted on the Shanghai Stock Exchange "
            "on Friday.",
            {("Velora", "Shanghai Stock Exchange")},
        ),
        ("Velora, the Shanghai-listed AI-chip specialist, rose 14%.", {("Velora", "Shanghai Stock Exchange")}),
        (
            "Shares of China's AI startups Velora and Kestrel Group soared in Hong Kong as the market reopened.",
            {("Velora", "Hong Kong Stock Exchange"), ("Kestrel Group", "Hong Kong Stock Exchange")},
        ),
    ],
)
def test_listings_of_a_relative_clause_an_appositive_and_a_list(text: str, listed: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o in _relations(text) if r == "LISTED_ON"} == listed


@pytest.mark.parametrize(
    ("surface", "short", "legal"),
    [
        ("Sakana AI K.K", "Sakana AI", "Sakana AI K.K."),
        ("Corvel AG", "Corvel", "Corvel AG"),
        ("Grab Pte. Ltd", "Grab", "Grab Pte. Ltd."),
    ],
)
def test_legal_tails_of_other_jurisdictions(surface: str, short: str, legal: str) -> None:
    from loaders.articles.mentions import split_legal_tail

    assert split_legal_tail(surface) == (short, legal)


def test_an_amount_is_no_employer() -> None:
    assert _relations("Wu received CNY43.8 million in 2022, second only to Chairman Zhu Jiangming.") == set()


def test_a_word_the_text_also_writes_in_lower_case_still_leads_a_company_name() -> None:
    text = (
        "Sakana AI K.K. is a Tokyo-based research company founded in July 2023 by Anna Berg. The company takes its "
        "name from the Japanese word sakana (fish)."
    )
    assert ("Anna Berg", "FOUNDED", "Sakana AI") in _relations(text)


def test_a_public_body_joins_its_fields_with_and_but_two_companies_stay_two() -> None:
    from loaders.articles.mentions import find_mentions

    text = "An official at the Ministry of Industry and Information Technology spoke. Bank of Corvel and HSBC rose."
    assert [m.text for m in find_mentions(text)] == [
        "Ministry of Industry and Information Technology",
        "Bank of Corvel",
        "HSBC",
    ]


def test_an_affiliate_is_a_tie_not_a_unit() -> None:
    found = _relations("Velora, an affiliate of Corvel Group, raised money.")
    assert ("Velora", "AFFILIATED_WITH", "Corvel Group") in found
    assert not [t for t in found if t[1] == "SUBSIDIARY_OF"]


@pytest.mark.parametrize(
    "opening",
    [
        "BERLIN (Wirewire) - German AI startup Quorra Labs is in talks to raise new money.",
        "Vibes, a new video feature in Halden's app that uses Quorra Labs' models, was just released.",
    ],
)
def test_the_company_is_the_one_the_text_opens_with_not_a_descriptor_or_a_product(opening: str) -> None:
    text = f"{opening} In 2024, the company raised $31 million in a seed round led by Fenwick Capital."
    invested = {(s, o) for s, r, o in _relations(text) if r == "INVESTED_IN"}
    assert ("Fenwick Capital", "Vibes") not in invested and ("Fenwick Capital", "German AI") not in invested
    if opening.startswith("BERLIN"):
        assert invested == {("Fenwick Capital", "Quorra Labs")}


def test_a_company_described_by_a_product_noun_is_still_the_topic_and_joiners_are_no_topic() -> None:
    text = (
        "Quorra Labs, a Lisbon-headquartered AI chip designer, has gathered an aggregate of $350 million. "
        "State-backed Halden Capital, Corvel Group's sub-fund and Nemia Fund too joined the round. "
        "In 2019, the company raised $20 million in a round led by Fenwick Capital."
    )
    invested = {(s, o) for s, r, o in _relations(text) if r == "INVESTED_IN"}
    assert {("Halden Capital", "Quorra Labs"), ("Nemia Fund", "Quorra Labs")} <= invested
    assert ("Fenwick Capital", "Quorra Labs") in invested
    assert not any(o == "Halden Capital" for _, o in invested)


def test_a_participle_that_opens_a_company_s_name_stays_in_it() -> None:
    names = {
        e.name for e in _read("Advanced Quorra Devices shares fell 3% on Monday. Backed by Halden, it grew.").entities
    }
    assert "Advanced Quorra Devices" in names and "Quorra Devices" not in names


def _valued(text: str) -> set[tuple[str, float]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.amount.amount) for e in draft.events if e.kind.value == "VALUATION" and e.amount}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nemia Group and Tarvo provided fresh funding for Velora's Chinese peer Corvel AI, which is valued at 20 "
            "billion yuan.",
            {("Corvel AI", 20e9)},
        ),
        (
            "Nemia Labs raised ¥20 billion last week. Tokyo-based Corvel's valuation nearly quadrupled after the "
            "Series A funding round, which valued it at about $388 million.",
            {("Corvel", 388e6)},
        ),
        (
            "In October, Velora raised $6.6bn in a round valuing the company at $157bn, while Ada Tarvo's xNemia, "
            "which has gained ground on rivals, raised $6bn at a $45bn valuation in December.",
            {("Velora", 157e9), ("xNemia", 45e9)},
        ),
        ("The duo together hold a stake of 18.5% in Velora Systems, valued at 8,749 crore rupees.", set()),
        ("According to Nemia's Growth List, Velora is home to three startups valued at above $1 billion.", set()),
    ],
)
def test_the_valued_company_is_the_one_the_clause_values(text: str, expected: set[tuple[str, float]]) -> None:
    assert _valued(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velora Inc. (NASDAQ: VLRA) rose 2% on Monday.", {("Velora", "Nasdaq")}),
        ("Like other EV stocks, Li Velo (NASDAQ: LV) had been punished by the market.", {("Li Velo", "Nasdaq")}),
        (
            "It follows the listing of chip maker Velora Threads (688795.SS) last week.",
            {("Velora Threads", "Shanghai Stock Exchange")},
        ),
        ("Shares of Nemia 3690.HK fell as much as 5.5% to HK$122.3.", {("Nemia", "Hong Kong Stock Exchange")}),
        (
            "After the video went public, Velora's Hong Kong-listed shares surged.",
            {("Velora", "Hong Kong Stock Exchange")},
        ),
        ("Velora makes cars. The value of its New York-listed shares rose.", {("Velora", "New York Stock Exchange")}),
        (
            "Velora, a chip developer, had a disappointing debut on the Shanghai STAR market.",
            {("Velora", "STAR Market")},
        ),
        (
            "Nemia (NYSE:NMA – Get Free Report) was downgraded by Tarvo Securities.",
            {("Nemia", "New York Stock Exchange")},
        ),
        (
            "Velora Group Holding Limited (NYSE: VLRA and HKEX: 9988 (HKD Counter)) announced the pricing of notes.",
            {("Velora Group Holding", "New York Stock Exchange"), ("Velora Group Holding", "Hong Kong Stock Exchange")},
        ),
        (
            "Shares of Chinese AI startups Velora Labs and Nemia Group soared in Hong Kong as the market reopened.",
            {("Velora Labs", "Hong Kong Stock Exchange"), ("Nemia Group", "Hong Kong Stock Exchange")},
        ),
    ],
)
def test_exchange_codes_and_listed_stocks(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o in _relations(text) if r == "LISTED_ON"} == expected


def test_a_company_described_by_what_it_does_becomes_the_topic() -> None:
    text = (
        "Velmont Capital closed its fund at $200 million. It will back consumer brands. "
        "Quorra, a health startup developing diagnostic tools, has raised $4 million in a round led by Brantor "
        "Angels. Founded in 2020, the company's first product reads scans."
    )
    assert _founded_on(text) == {"Quorra": "2020"}


def test_a_roundup_moves_to_the_startup_its_next_section_introduces() -> None:
    text = (
        "Velmont Capital closed its fund at $200 million. Velmont Capital will back consumer brands, and "
        "Velmont Capital has already backed a snack maker.\n"
        "Quorra, a health-tech startup building scan readers, has raised $4 million in a round led by Brantor "
        "Angels. Founded in 2020, the company's first product reads scans."
    )
    assert _founded_on(text) == {"Quorra": "2020"}
