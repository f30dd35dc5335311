"""Press-release frames of a round's backers as English-language releases of Asian companies write them: "invested
by", "with A as the lead investor and B following", "its B+ round financing of ..." (fictional names, sentences
written here)."""

from __future__ import annotations

from loaders.articles import ArticleExtractor

_LEAD = "Tormeric Robotics, a maker of farm drones based in Suzhou, said on Friday it had closed a new round.\n\n"


def _read(text: str) -> tuple[set[tuple[str, str, bool]], set[tuple[str, float | None]]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(_LEAD + text)
    names = {e.ref: e.name for e in draft.entities}
    investors = {
        (names[r.subject], names[r.object], bool(r.properties.get("lead")))
        for r in draft.relations
        if r.type.value == "INVESTED_IN"
    }
    rounds = {
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "FUNDING_ROUND" and not e.properties.get("modality")
    }
    return investors, rounds


def test_a_financing_invested_by_named_funds_names_its_backers() -> None:
    investors, _ = _read("The financing was jointly invested by Qiantang Harbour Fund and Veldor Capital.")
    assert investors == {
        ("Qiantang Harbour Fund", "Tormeric Robotics", False),
        ("Veldor Capital", "Tormeric Robotics", False),
    }


def test_an_existing_shareholder_following_up_took_part_too() -> None:
    investors, _ = _read(
        "This round was exclusively invested by Halsworth Capital, with existing shareholder Brenner Venture "
        "following up."
    )
    assert investors == {
        ("Halsworth Capital", "Tormeric Robotics", False),
        ("Brenner Venture", "Tormeric Robotics", False),
    }


def test_a_lead_investor_named_with_as_and_the_followers_after_it() -> None:
    investors, rounds = _read(
        "The company completed its A+ round financing of 150 million yuan, with Ostrand Capital as the lead "
        "investor and Pellow Fund and Garrick Partners following."
    )
    assert investors == {
        ("Ostrand Capital", "Tormeric Robotics", True),
        ("Pellow Fund", "Tormeric Robotics", False),
        ("Garrick Partners", "Tormeric Robotics", False),
    }
    assert rounds == {("Tormeric Robotics", 150e6)}


def test_an_investment_report_without_a_round_names_no_backer_by_invested_by() -> None:
    investors, rounds = _read("The plant was built on land invested by the city of Suzhou in 2019.")
    assert investors == set()
    assert rounds == set()


def test_a_wire_lead_that_secures_or_bags_money_reports_a_round_but_a_loan_or_an_order_does_not() -> None:
    _, rounds = _read("Tormeric Robotics secures €9m to expand across Europe.")
    assert rounds == {("Tormeric Robotics", 9e6)}
    _, rounds = _read("Tormeric Robotics bags $4 million from Quellmore Ventures to hire engineers.")
    assert rounds == {("Tormeric Robotics", 4e6)}
    _, rounds = _read("Tormeric Robotics secured $8 million in a loan from Hartigan Bank.")
    assert rounds == set()
    _, rounds = _read("Tormeric Robotics secured $30 million in orders from grain cooperatives.")
    assert rounds == set()


def test_a_firm_name_opening_with_new_stays_whole_in_a_list_of_backers() -> None:
    investors, _ = _read(
        "Its backers include Pellgrave Capital, New Harbinger Associates and Ostley Partners, the company said."
    )
    assert ("New Harbinger Associates", "Tormeric Robotics", False) in investors
    assert ("Ostley Partners", "Tormeric Robotics", False) in investors


def test_a_name_describing_the_startup_is_not_the_one_that_raised() -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract(
        "Last week Quantix sensing chip startup Velloran raised $30 million."
    )
    names = {e.ref: e.name for e in draft.entities}
    assert {names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"} == {"Velloran"}


def test_a_round_led_by_the_venture_arm_of_a_group_names_the_group() -> None:
    investors, _ = _read(
        "The round was led by the venture capital arm of Japan's Hoshiden Group and China's Lantai Mobility, "
        "along with Orvik Motor Corporation."
    )
    assert investors == {
        ("Hoshiden Group", "Tormeric Robotics", True),
        ("Lantai Mobility", "Tormeric Robotics", True),
        ("Orvik Motor", "Tormeric Robotics", False),
    }


def test_funders_are_investors() -> None:
    investors, _ = _read("Tormeric Robotics' funders include Bellhaven Capital and Osgood Partners.")
    assert {(i, c) for i, c, _ in investors} == {
        ("Bellhaven Capital", "Tormeric Robotics"),
        ("Osgood Partners", "Tormeric Robotics"),
    }


def test_a_firm_that_has_been_an_investor_in_a_company_invested_in_it() -> None:
    investors, _ = _read("Pellworth Capital has been an investor in Tormeric Robotics since 2018.")
    assert {(i, c) for i, c, _ in investors} == {("Pellworth Capital", "Tormeric Robotics")}
