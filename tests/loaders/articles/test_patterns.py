"""One test per pattern family, on text written for the tests."""

from __future__ import annotations

from graph.dates import PartialDate
from graph.model import EntityKind, Money, ProductKind

PROFILE = (
    "Some background first: the sector has grown quickly and investors keep asking about revenue.\n"
    "**Lumora Robotics** (Chinese name Liangyun Zhineng; registered name: Lumora Robotics (Suzhou) Co., Ltd.) is a "
    "Suzhou-based maker of warehouse robots founded in March 2020 by Ivy Chen and Marco Duval, who spent nine years "
    "at Siemens.[1] In June 2022 it raised $150 million from investors including Tencent, Meituan and Qiming "
    "Venture Partners.[2] Its **Pathfinder-3** robot, released in May 2024, competes with rival machines.[3] "
    "Shareholders include Hillhouse and GL Ventures.[4]\n"
)


def test_profile_founding_aliases_hq_and_round(extract) -> None:
    out = extract(PROFILE)
    lumora = out.entity("Lumora Robotics")
    assert lumora.founded_on == PartialDate(2020, 3)
    assert "Liangyun Zhineng" in lumora.aliases
    assert lumora.legal_name == "Lumora Robotics (Suzhou) Co., Ltd."
    assert out.relations("FOUNDED") >= {("Ivy Chen", "Lumora Robotics"), ("Marco Duval", "Lumora Robotics")}
    assert ("Lumora Robotics", "Suzhou") in out.relations("HEADQUARTERED_IN")
    assert ("Marco Duval", "Siemens") in out.relations("WORKS_AT")
    (round_,) = out.events("FUNDING_ROUND")
    assert round_.amount == Money(amount=150e6, currency="USD")
    assert round_.date == PartialDate(2022, 6)
    assert {out.name(p) for p in round_.participants} == {"Tencent", "Meituan", "Qiming Venture Partners"}
    invested = out.relations("INVESTED_IN")
    assert {
        ("Tencent", "Lumora Robotics"),
        ("Hillhouse", "Lumora Robotics"),
        ("GL Ventures", "Lumora Robotics"),
    } <= invested
    product = out.entity("Pathfinder-3")
    assert product.released_on == PartialDate(2024, 5)
    assert ("Lumora Robotics", "Pathfinder-3") in out.relations("DEVELOPED")


def test_every_statement_quotes_the_original_text(extract) -> None:
    out = extract(PROFILE)
    spans = [r.span for r in out.draft.relations] + [e.span for e in out.draft.events]
    assert spans
    for span in spans:
        assert span.start is not None and span.end is not None
        assert out.text[span.start : span.end] == span.quote


def test_lead_investor_valuation_and_conflicting_values(extract) -> None:
    text = (
        "Orbitline AI, a Shenzhen-based start-up, has grown fast since it was founded in 2022 by Sara Holm.\n"
        "The money: Baidu led a round of more than $200 million in January 2025 that valued Orbitline AI at about "
        "$1.5 billion. People familiar with the deal put Orbitline AI's valuation at $1.6 billion, while local media "
        "reported a figure of about $1.4 billion for the same round.\n"
    )
    out = extract(text)
    (round_,) = out.events("FUNDING_ROUND")
    assert round_.amount == Money(amount=200e6, currency="USD")
    assert [out.name(r) for r in round_.leads] == ["Baidu"]
    assert round_.properties["amount_qualifier"] == "more than"
    values = sorted(e.amount.amount for e in out.events("VALUATION") if e.amount)
    assert values == [1.4e9, 1.5e9, 1.6e9]
    assert all(e.date == PartialDate(2025, 1) for e in out.events("VALUATION"))


def test_yuan_round_with_usd_conversion(extract) -> None:
    text = "Venture notes for the week follow below in brief.\n" + (
        "**Quanta Cells** is a battery developer. In August 2024 it raised about 2.5 billion yuan (~$350M) "
        "in a Series C round that valued it at more than 12 billion yuan; investors included CATL and Hillhouse.[1]\n"
    )
    out = extract(text)
    (round_,) = out.events("FUNDING_ROUND")
    assert round_.amount == Money(amount=2.5e9, currency="CNY")
    assert round_.properties["usd_approx"] == 350e6
    assert round_.stage == "Series C"
    assert round_.post_money == Money(amount=12e9, currency="CNY")


def test_parent_spin_off_and_listing(extract) -> None:
    text = (
        "Investors continue to weigh the value of Silverleaf Chips, Tencent's semiconductor unit, which became an "
        "independent company in 2022. Vantor Labs, which was later acquired by JD.com, makes sensors. Nimbus Cloud "
        "listed on the Hong Kong exchange in March 2023, and Orca Motors has been listed on the Shanghai Stock "
        "Exchange since May 2019.\n"
    )
    out = extract(text)
    assert ("Silverleaf Chips", "Tencent") in out.relations("SUBSIDIARY_OF")
    assert ("JD.com", "Vantor Labs") in out.relations("ACQUIRED")  # a purchase is stated as one
    spin = out.relation("SPUN_OFF_FROM", "Silverleaf Chips", "Tencent")
    assert spin.valid_from == PartialDate(2022)
    listed = out.relations("LISTED_ON")
    assert ("Nimbus Cloud", "Hong Kong Stock Exchange") in listed
    assert ("Orca Motors", "Shanghai Stock Exchange") in listed
    assert out.relation("LISTED_ON", "Orca Motors", "Shanghai Stock Exchange").valid_from == PartialDate(2019, 5)


def test_products_comparisons_and_chip_supply(extract) -> None:
    text = (
        "Corvid AI, the Hangzhou-based lab, released Corvid-R2 in April 2025 and compared it with Meta's Llama 4 "
        "and Google's Gemini 2.5. Corvid AI said the final training run used 4,096 Nvidia H20 GPUs.\n"
    )
    out = extract(text)
    product = out.entity("Corvid-R2")
    assert product.kind == EntityKind.PRODUCT and product.product_kind == ProductKind.MODEL
    assert product.released_on == PartialDate(2025, 4)
    assert ("Meta", "Llama 4") in out.relations("DEVELOPED")
    assert ("Nvidia", "Corvid AI") in out.relations("SUPPLIES")
    supply = out.relation("SUPPLIES", "Nvidia", "Corvid AI")
    assert supply.properties["what"] == "chips" and supply.properties["count"] == 4096


def test_price_moves_with_qualifiers_and_direction_only(extract) -> None:
    text = (
        "The Nikkei 225 index rose 4.2%, while Tarn Micro gained over 7% and has now dropped more than 20% since "
        "the start of the year. Helix Power lost around 13% after its results. Shares of Brightwave climbed on "
        "Tuesday.\n"
    )
    out = extract(text)
    moves = {
        (out.name(e.subject), e.pct_change, e.direction, e.properties.get("qualifier"), e.summary)
        for e in out.events("PRICE_MOVE")
    }
    assert ("Nikkei 225", 4.2, "up", None, "up 4.2%") in moves
    assert ("Tarn Micro", 7.0, "up", "over", "up over 7%") in moves
    assert ("Tarn Micro", -20.0, "down", "more than", "down more than 20%") in moves
    assert ("Helix Power", -13.0, "down", "around", "down around 13%") in moves
    assert ("Brightwave", None, "up", None, "up") in moves


def test_analyst_actions(extract) -> None:
    text = (
        "Tarn Micro rose 3% after Birchgate Securities upgraded Tarn Micro from sell to buy. Helix Power fell 2% "
        "after Ostrava Capital downgraded the utility to hold from buy. Nimbus Cloud added 1% after Fenwick "
        "Research raised its price target on the stock.\n"
    )
    out = extract(text)
    actions = {
        (out.name(e.actor), out.name(e.subject), e.action, e.from_rating, e.to_rating)
        for e in out.events("ANALYST_ACTION")
    }
    assert ("Birchgate Securities", "Tarn Micro", "upgrade", "sell", "buy") in actions
    assert ("Ostrava Capital", "Helix Power", "downgrade", "buy", "hold") in actions
    assert ("Fenwick Research", "Nimbus Cloud", "raise_target", None, None) in actions


def test_bond_issue_users_and_people(extract) -> None:
    text = (
        "Tencent has been busy in debt markets: it sold 6 billion yuan ($840 million) of dim sum bonds with a 2.1% "
        'coupon in May 2025. Its video app had more than 80 million monthly active users as of 2024. "Demand is '
        'strong," said Lena Park, a software analyst at Dovetail Securities in Seoul.\n'
    )
    out = extract(text)
    (bond,) = out.events("SECURITY_ISSUE")
    assert bond.amount == Money(amount=6e9, currency="CNY")
    assert bond.instrument == "dim sum bond"
    assert bond.properties["usd_approx"] == 840e6 and bond.properties["coupon_pct"] == 2.1
    assert bond.date == PartialDate(2025, 5)
    users = [a for a in out.draft.attributes if a.attribute == "users"]
    assert users and users[0].value == 80_000_000 and users[0].properties["qualifier"] == "more than"
    assert ("Lena Park", "Dovetail Securities") in out.relations("WORKS_AT")


def test_gazetteer_links_known_names(extract) -> None:
    from tests.loaders.articles.conftest import StaticGazetteer

    gazetteer = StaticGazetteer({"Zentro": ("Zentro Holdings", EntityKind.ORGANIZATION)})
    out = extract("Analysts said on Monday that shares of Zentro rose 5% in heavy trading in Hong Kong.\n", gazetteer)
    (move,) = out.events("PRICE_MOVE")
    assert out.name(move.subject) == "Zentro Holdings"


def test_more_phrasings_of_parents_rounds_moves_and_headcount(extract) -> None:
    text = (
        "Pinecrest Devices, a hardware subsidiary of Lenovo, makes tablets. "
        "Quill Analytics is wholly owned by Xiaomi.\n"
        "Nova Grid closed a $80 million Series B led by Temasek, with participation from Sequoia and GIC, at a "
        "valuation of $900 million in July 2025. Nova Grid employs about 1,200 people.\n"
        "The Hang Seng Index closed down 1.8% while Nova Grid was up 6%. Its market value rose above $2 billion.\n"
        "Delta Motion went public in Hong Kong in May 2024.\n"
    )
    out = extract(text)
    parents = out.relations("SUBSIDIARY_OF")
    assert ("Pinecrest Devices", "Lenovo") in parents and ("Quill Analytics", "Xiaomi") in parents
    (round_,) = out.events("FUNDING_ROUND")
    assert round_.amount == Money(amount=80e6, currency="USD") and round_.stage == "Series B"
    assert [out.name(r) for r in round_.leads] == ["Temasek"]
    assert {out.name(r) for r in round_.participants} == {"Sequoia", "GIC"}
    assert round_.post_money == Money(amount=900e6, currency="USD")
    valuations = {(out.name(e.subject), e.amount.amount if e.amount else None) for e in out.events("VALUATION")}
    assert ("Nova Grid", 900e6) in valuations and ("Nova Grid", 2e9) not in valuations
    # a market value is what listed shares are worth, not an agreed valuation: an attribute, no VALUATION event
    caps = [a.value for a in out.draft.attributes if a.attribute == "market_cap"]
    assert caps == [{"amount": 2e9, "currency": "USD"}]
    staff = [a for a in out.draft.attributes if a.attribute == "employees"]
    assert [(out.name(a.entity), a.value) for a in staff] == [("Nova Grid", 1200)]
    moves = {(out.name(e.subject), e.pct_change) for e in out.events("PRICE_MOVE")}
    assert moves == {("Hang Seng Index", -1.8), ("Nova Grid", 6.0)}
    listing = out.relation("LISTED_ON", "Delta Motion", "Hong Kong Stock Exchange")
    assert listing.valid_from == PartialDate(2024, 5)


def test_wire_moves_adjacent_subjects_capitals_and_listing_after_founders(extract) -> None:
    text = (
        "Shares of Chinese carmakers climbed on Tuesday as investors bet on a truce in the price war.\n"
        "Qilin Auto gained 4.4% and ZEEV added about 3%. KORA, which sold 2.1 million cars last year, slipped 0.5% "
        "after it priced 9 billion yuan of convertible bonds. Tessel raised 2 billion yuan (~$280M) last spring.\n"
        "Qilin Auto, founded in 2015 by Wen Hao, has been listed on the Nasdaq since July 2020.\n"
    )
    out = extract(text)
    moves = {(out.name(e.subject), e.pct_change) for e in out.events("PRICE_MOVE")}
    assert moves == {("Qilin Auto", 4.4), ("ZEEV", 3.0), ("KORA", -0.5)}
    (bond,) = out.events("SECURITY_ISSUE")
    assert out.name(bond.subject) == "KORA" and bond.instrument == "convertible bond"
    assert out.entity("Wen Hao").kind == EntityKind.PERSON
    assert ("Qilin Auto", "Nasdaq") in out.relations("LISTED_ON")
    assert not [e for e in out.draft.entities if e.kind == EntityKind.PRODUCT]


def test_profile_with_former_role_valued_at_contract_and_joint_lab(extract) -> None:
    text = (
        "A short introduction to the companies that follow, for readers new to the sector.\n"
        "**Corvex Robotics** (Chinese name Kewei Jiqiren) is a Shanghai-based humanoid developer founded in February "
        "2023 by Ren Jialu, a former engineer at Huawei, and Tao Min.[1] It released the **Strider X2** humanoid in "
        "August 2024 and was valued at about 12 billion yuan after a round in March 2025 that included BYD and "
        "Hillhouse.[2] In 2025 it signed a contract with the Shanghai municipal government to supply robots and set "
        "up a joint laboratory with Fudan University.[3]\n"
        "Reporting by Ana Kim; Editing by Joe Park\n"
    )
    out = extract(text)
    former = out.relation("WORKS_AT", "Ren Jialu", "Huawei")
    assert former.properties["former"] is True
    (valuation,) = out.events("VALUATION")
    assert valuation.amount == Money(amount=12e9, currency="CNY") and valuation.date == PartialDate(2025, 3)
    (round_,) = out.events("FUNDING_ROUND")
    assert round_.date == PartialDate(2025, 3)
    (contract,) = out.events("CONTRACT")
    assert [out.name(p) for p in contract.participants] == ["Shanghai municipal government"]
    assert ("Corvex Robotics", "Fudan University") in out.relations("AFFILIATED_WITH")
    assert not any(e.name in ("Ana Kim", "Joe Park") for e in out.draft.entities)


def test_founders_in_lists_active_voice_and_founder_roles(extract) -> None:
    text = (
        "Greyfin Labs was co-founded in 2018 by Amy Lu, Bo Tang and Chen Rui, three former researchers.\n"
        "Dana Wu and Eli Ross founded Meadowlark Systems in 2021 to build farm drones.\n"
        '"We are growing fast," said Fay Lin, the co-founder of Quarry Data, at a conference on Monday.\n'
    )
    out = extract(text)
    founded = out.relations("FOUNDED")
    assert {("Amy Lu", "Greyfin Labs"), ("Bo Tang", "Greyfin Labs"), ("Chen Rui", "Greyfin Labs")} <= founded
    assert {("Dana Wu", "Meadowlark Systems"), ("Eli Ross", "Meadowlark Systems")} <= founded
    assert ("Fay Lin", "Quarry Data") in founded
    assert out.entity("Meadowlark Systems").founded_on == PartialDate(2021)


def test_cuts_plain_direction_and_rated_companies_are_not_products(extract) -> None:
    text = (
        "Brenlow Tech lost around 13% over the week. Ostin Micro climbed after the company said demand was strong.\n"
        "Harlow & Finch cut its rating on Brenlow Tech to underweight from neutral, and Castell Securities raised its "
        "price target on Ostin Micro. Kestrel Partners lowered its price target for Brenlow Tech.\n"
    )
    out = extract(text)
    moves = {(out.name(e.subject), e.pct_change, e.direction) for e in out.events("PRICE_MOVE")}
    assert moves == {("Brenlow Tech", -13.0, "down"), ("Ostin Micro", None, "up")}
    actions = {
        (out.name(e.actor), out.name(e.subject), e.action, e.from_rating, e.to_rating)
        for e in out.events("ANALYST_ACTION")
    }
    assert actions == {
        ("Harlow & Finch", "Brenlow Tech", "downgrade", "neutral", "underweight"),  # a rating cut to a named one
        ("Castell Securities", "Ostin Micro", "raise_target", None, None),
        ("Kestrel Partners", "Brenlow Tech", "cut_target", None, None),
    }
    assert not out.relations("DEVELOPED")


def test_bold_profile_of_a_person_shaped_company_name(extract) -> None:
    text = (
        "Company Profiles\n"
        "**Lumen Mobility** (formerly known as Lumen Scooters; legal name: Lumen Mobility Holdings Ltd.) is a "
        "Chengdu-based maker of e-bikes that rebranded as LumenGo in 2024.[1] It was set up in 2016 by Ravi Patel "
        "and Sun Lei.[2] Its **Glide S3** e-bike launched in March 2025 and its **LumenRide** app is popular.[3] In "
        "May 2025 the company won a contract from the Chengdu municipal government worth 300 million yuan.[4]\n"
    )
    out = extract(text)
    lumen = out.entity("Lumen Mobility")
    assert lumen.kind == EntityKind.ORGANIZATION and lumen.founded_on == PartialDate(2016)
    assert {"Lumen Scooters", "LumenGo"} <= set(lumen.aliases)
    assert lumen.legal_name == "Lumen Mobility Holdings Ltd."
    assert {("Ravi Patel", "Lumen Mobility"), ("Sun Lei", "Lumen Mobility")} <= out.relations("FOUNDED")
    assert out.entity("Glide S3").released_on == PartialDate(2025, 3)
    app = out.entity("LumenRide")
    assert app.product_kind == ProductKind.APP and app.released_on is None
    (contract,) = out.events("CONTRACT")
    assert contract.amount == Money(amount=300e6, currency="CNY") and contract.date == PartialDate(2025, 5)


def test_place_company_appositive_needs_a_known_place(extract) -> None:
    from tests.loaders.articles.conftest import StaticGazetteer

    text = "Orrin Chips, the Wuhan company founded in 2015, fell 3% on Monday. Pell Labs, the Kimi company, rose 1%.\n"
    known = StaticGazetteer({"Wuhan": ("Wuhan", EntityKind.PLACE)})
    out = extract(text, known)
    assert out.relations("HEADQUARTERED_IN") == {("Orrin Chips", "Wuhan")}
    # without the graph, Wuhan is still a city the reader knows (GeoNames); "Kimi" is no place in either case
    assert extract(text).relations("HEADQUARTERED_IN") == {("Orrin Chips", "Wuhan")}


def test_backers_descriptors_between_founders_and_new_versions(extract) -> None:
    text = (
        "Pemberly AI, the Xiamen-based developer of the Quill chatbot, said it had raised $90 million in a round led "
        "by Meituan. The start-up, which is also backed by Lenovo, was co-founded in 2022 by former Baidu engineer "
        "Nia Kato and Fudan professor Oren Vale. Its flagship model, Quill-3, was released in 2025 and, according to "
        "the company, outperforms Llama 4 on maths. Pemberly counts GSR Ventures and Matrix among its earlier "
        "investors. It also published Quill-3-Instruct.\n"
    )
    out = extract(text)
    assert {("Nia Kato", "Pemberly AI"), ("Oren Vale", "Pemberly AI")} <= out.relations("FOUNDED")
    assert ("Oren Vale", "Pemberly AI") not in out.relations("WORKS_AT")
    invested = out.relations("INVESTED_IN")
    assert {("Lenovo", "Pemberly AI"), ("GSR Ventures", "Pemberly AI"), ("Matrix", "Pemberly AI")} <= invested
    developed = out.relations("DEVELOPED")
    assert ("Pemberly AI", "Quill-3") in developed and ("Pemberly AI", "Llama 4") not in developed
    assert ("Quill-3", "Llama 4") in out.relations("COMPARED_TO")
    assert ("Pemberly AI", "Quill-3-Instruct") not in developed


def test_company_that_says_things_is_not_a_person(extract) -> None:
    text = (
        "Some context about the market today for readers of this note in Asia.\n"
        "Glint Video said its app had 300 million MAUs at the end of 2025, and Glint Video employs 4,500 staff.\n"
    )
    out = extract(text)
    values = {(out.name(a.entity), a.attribute, a.value) for a in out.draft.attributes}
    assert values == {("Glint Video", "users", 300_000_000), ("Glint Video", "employees", 4500)}
    assert out.entity("Glint Video").kind == EntityKind.ORGANIZATION


def test_figures_right_after_names(extract) -> None:
    text = (
        "Hong Kong tech names had a mixed session on Tuesday with few clear themes.\n"
        "Meituan, up 3.2%, led the gauge, with Kuaishou down 4% and JD.com's shares up about 1.5%. The Hang Seng "
        "Index was up 0.6%.\n"
    )
    out = extract(text)
    moves = {(out.name(e.subject), e.pct_change) for e in out.events("PRICE_MOVE")}
    assert moves == {("Meituan", 3.2), ("Kuaishou", -4.0), ("JD.com", 1.5), ("Hang Seng Index", 0.6)}


def test_user_counts_go_to_the_product_family(extract) -> None:
    text = (
        "Kuaishou-like platforms keep shipping video tools for their creators this year.\n"
        "Orbis Media's Lumo video model came out in 2024. In May 2025 it presented Lumo 3.0 and said the product had "
        "more than 9 million users worldwide by then.\n"
    )
    out = extract(text)
    users = [(out.name(a.entity), a.value) for a in out.draft.attributes if a.attribute == "users"]
    assert users == [("Lumo", 9_000_000)]


def test_legally_named_in_a_bold_profile_lead(extract) -> None:
    text = (
        "Background on the companies in this story, for readers who are new to them.\n"
        "**Quanlan** , legally Quanlan Intelligent Systems (Wuxi) Co., Ltd., is a Wuxi-based robotics start-up.\n"
    ).replace("** ,", "**,")
    lead = extract(text).entity("Quanlan")
    assert lead.legal_name == "Quanlan Intelligent Systems (Wuxi) Co., Ltd."


WIRE = (
    "Markets | Technology\n\n"
    "Quarion Dynamics surges in debut\n\n"
    "By Test Reporter · Apr 7, 2026 · 09:00 HKT\n\n"
    "Shares of Quarion Dynamics Co., Ltd. jumped 120% on their first day of trading on Shanghai's STAR Market, "
    "giving the Ningbo-based drone maker a market value of roughly 30 billion yuan.\n\n"
    "Separately, Ferrow Securities downgraded Velomar to hold from buy, and shares of the carmaker fell 2.5% in "
    "Hong Kong. Additionally, Tessary Motors rose 1.1%.\n\n"
    "Earlier this year the company raised money from Tencent, and it now employs about 600 people.\n"
)


def test_a_legal_tail_after_a_comma_stays_with_the_name_and_becomes_the_legal_name(extract) -> None:
    out = extract(WIRE)
    quarion = out.entity("Quarion Dynamics")
    assert quarion.legal_name == "Quarion Dynamics Co., Ltd."
    assert not [e for e in out.draft.entities if e.name in {"Ltd", "Co"}]
    assert ("Quarion Dynamics", "STAR Market") in out.relations("LISTED_ON")


def test_sentence_adverbs_are_not_names_and_a_described_company_takes_its_move(extract) -> None:
    out = extract(WIRE)
    names = {e.name for e in out.draft.entities}
    assert not names & {"Separately", "Additionally", "Earlier"}
    moves = {out.name(e.subject): e.pct_change for e in out.events("PRICE_MOVE")}
    assert moves.get("Velomar") == -2.5  # "shares of the carmaker" is the company just named, not the broker
    assert "Ferrow Securities" not in moves
    assert moves.get("Tessary Motors") == 1.1


def test_a_short_given_name_that_is_also_a_stop_word_is_still_a_person(extract) -> None:
    out = extract(
        "**Corvix** is a Wuhan-based maker of sorting robots founded in 2022 by Zhao An, a professor at "
        "Wuhan University.[1]\n"
    )
    assert ("Zhao An", "Corvix") in out.relations("FOUNDED")
    affiliation = out.relation("AFFILIATED_WITH", "Zhao An", "Wuhan University")
    assert affiliation.properties["role"] == "professor"
    assert ("Zhao An", "Wuhan University") not in out.relations("WORKS_AT")


def test_a_one_sentence_article_is_read_and_a_headline_is_not_body(extract) -> None:
    out = extract("Shares of Dovenor slipped 4%.")
    assert [(out.name(e.subject), e.pct_change) for e in out.events("PRICE_MOVE")] == [("Dovenor", -4.0)]
    assert out.draft.source.published_at is None  # no date line: undated, never the load date
    headline_only = extract("Dovenor Shares Slide On Weak Demand")
    assert headline_only.events("PRICE_MOVE") == []


def test_moves_after_an_appositive_and_without_a_figure(extract) -> None:
    out = extract(
        "Velomar, the market leader founded in 1999 by Tao Ming, slipped 4% this week. "
        "Tessary Motors bucked the trend and climbed.\n"
    )
    moves = {out.name(e.subject): (e.pct_change, e.direction) for e in out.events("PRICE_MOVE")}
    assert moves == {"Velomar": (-4.0, "down"), "Tessary Motors": (None, "up")}


def test_a_public_contract_without_a_verb_keeps_its_worth_and_counterparty(extract) -> None:
    out = extract(
        "Velomar rose 2.3% after a government contract worth 1.2 billion yuan with the city of Linhai. "
        "In 2025 Tessary Motors signed a municipal project worth $40 million with the Hefei government.\n"
    )
    contracts = {out.name(e.subject): (e.amount, [out.name(p) for p in e.participants]) for e in out.events("CONTRACT")}
    assert contracts["Velomar"] == (Money(amount=1.2e9, currency="CNY"), ["Linhai"])
    assert contracts["Tessary Motors"] == (Money(amount=40e6, currency="USD"), ["Hefei government"])


def test_a_ticker_with_its_exchange_code_lists_the_company_there(extract) -> None:
    out = extract(
        "Velora (NASDAQ:VLRA) CEO Ada Moss announced a chip deal with Corvel Electronics (KS:005930) on Monday. "
        "Nemia Corp (XX:1234) was not named."
    )
    assert out.relations("LISTED_ON") == {("Velora", "Nasdaq"), ("Corvel Electronics", "Korea Exchange")}


def test_a_possessive_debut_belongs_to_its_owner_not_the_sentence_subject(extract) -> None:
    out = extract("Huatai International Ltd. is the sole sponsor of Velora's Hong Kong IPO.")
    assert out.relations("LISTED_ON") == {("Velora", "Hong Kong Stock Exchange")}


def test_shares_in_a_place_s_company_move_that_company(extract) -> None:
    out = extract("Shares in Portugal's Velora Electronics Ltd also rose 10% on Thursday.")
    assert [(e.kind.value, out.name(e.subject), e.pct_change) for e in out.draft.events] == [
        ("PRICE_MOVE", "Velora Electronics", 10.0)
    ]


def test_shares_that_close_on_an_exchange_are_listed_there(extract) -> None:
    out = extract("On Friday, Velora shares rose 0.44 percent to close at NT$229.50 on the Taiwan Stock Exchange.")
    assert out.relations("LISTED_ON") == {("Velora", "Taiwan Stock Exchange")}


def test_parents_named_first_units_named_before_their_noun_and_owned_services(extract) -> None:
    text = (
        "Velora raised $200 million in a round led by Corvel Group, the parent of Corvel Express, with Nemia Capital. "
        "Ada Moss, the leader of Corvel's Zentrix mobile unit, spoke on Monday. "
        "He founded Velora, which owns gaming service Garo where millions play. "
        "Velora owns a 20% stake in Quorra and owns shares of Tarvo. Corvel owns the Lisbon Morning Post."
    )
    assert extract(text).relations("SUBSIDIARY_OF") == {
        ("Corvel Express", "Corvel Group"),
        ("Zentrix", "Corvel Group"),  # "Corvel" is the short form of the group named before
        ("Garo", "Velora"),
        ("Lisbon Morning Post", "Corvel Group"),  # a company owned whole, named without a description, is a unit too
    }
