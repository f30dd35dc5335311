"""Confidence, rules, modality and the refusals that keep false statements out (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.articles import ArticleExtractor
from loaders.articles.calibration import INFERRED_FACTOR, TYPE_PRECISION
from loaders.articles.cleaning import CHROME_LINE, mask_credits
from loaders.articles.confidence import DEFAULT, RULE_PRECISION, clause_modality, rule_confidence
from loaders.articles.mentions import find_mentions, looks_like_model
from loaders.articles.vocabulary import document_vocabulary


def _names(draft):  # type: ignore[no-untyped-def]
    return {e.ref: e.name for e in draft.entities}


def test_every_statement_names_its_rule_and_a_confidence() -> None:
    text = "Quorra Labs, a Lisbon-based robotics start-up, raised $40 million in a round led by Fenwick Ventures."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    spans = [r.span for r in draft.relations] + [e.span for e in draft.events]
    assert spans
    for span in spans:
        assert span.rule and span.rule.count(".") == 2  # family.function.STATEMENT
        assert 0.0 < span.confidence < 1.0


def test_a_party_taken_from_context_is_marked_inferred_and_less_sure() -> None:
    text = "Quorra Labs builds farm robots in Lisbon. It raised $40 million from Fenwick Ventures in May 2024."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = _names(draft)
    invested = [r for r in draft.relations if r.type.value == "INVESTED_IN"]
    assert {(names[r.subject], names[r.object]) for r in invested} == {("Fenwick Ventures", "Quorra Labs")}
    for relation in invested:
        assert relation.span.rule and relation.span.rule.endswith(".INVESTED_IN.inferred")
        base = relation.span.rule.removesuffix(".inferred")
        assert relation.span.confidence == round(rule_confidence(base) * INFERRED_FACTOR, 3) < rule_confidence(base)
    named = ArticleExtractor(min_confidence=0.0).extract("Fenwick Ventures invested $40 million in Quorra Labs.")
    assert [r.span.rule for r in named.relations if r.type.value == "INVESTED_IN"] == ["deals.invested_in.INVESTED_IN"]


def test_the_floor_drops_statements_below_it() -> None:
    text = "Quorra Labs raised $40 million in a round led by Fenwick Ventures."
    kept = ArticleExtractor(min_confidence=0.0).extract(text)
    none = ArticleExtractor(min_confidence=1.0).extract(text)
    assert kept.relations or kept.events
    assert not none.relations and not [e for e in none.events if not e.properties.get("modality")]


def test_a_plan_is_kept_as_a_plan_never_as_a_listing() -> None:
    text = "Quorra Labs is preparing an initial public offering in Hong Kong, raising up to $300 million."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    assert not [r for r in draft.relations if r.type.value == "LISTED_ON"]
    assert all(e.properties.get("modality") == "planned" for e in draft.events)


def test_modality_reads_the_clause_before_the_statement() -> None:
    assert clause_modality("Quorra plans to raise $10 million", 34) == "planned"
    assert clause_modality("Quorra raised $10 million and plans to hire", 26) is None
    assert clause_modality("Quorra denied it had raised $10 million", 38) == "denied"
    assert clause_modality("Quorra raised $10 million in May 2024", 37) is None  # the month is no "may"
    aside = "Their vision—a chip that could rival Vexa's—was carried on by CTO Ada Moss"
    assert clause_modality(aside, len(aside)) is None  # the aside between dashes hedges only itself
    assert clause_modality("Their vision could be carried on by CTO Ada Moss", 48) == "planned"


def test_a_country_or_a_nationality_is_never_a_developer_or_an_investor() -> None:
    text = "Norway's sovereign fund and South Korean investors backed Quorra Labs, whose Q-7 model launched in May."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = set(_names(draft).values())
    assert not names & {"Norway", "South Korean"}


def test_a_common_word_opening_a_sentence_is_not_a_name() -> None:
    vocabulary = document_vocabulary("Founded in 2020, Quorra Labs builds arms. Shares of Quorra Labs rose.")
    assert [m.text for m in find_mentions("Founded in 2020, Quorra Labs builds arms.", 0, vocabulary)] == [
        "Quorra Labs"
    ]
    # a common word the text also uses as a name mid-sentence stays a name at a sentence start
    vocabulary = document_vocabulary("Apple rose 2%. Investors bought Apple on Monday.")
    assert [m.text for m in find_mentions("Apple rose 2%.", 0, vocabulary)] == ["Apple"]


def test_titles_and_amounts_are_not_part_of_names() -> None:
    assert [m.text for m in find_mentions("Ines Duarte, chairman and CEO of Quorra, said")] == ["Ines Duarte", "Quorra"]
    assert [m.text for m in find_mentions("It raised CNY 300 million from Fenwick")] == ["Fenwick"]


def test_prices_and_amounts_are_not_model_names() -> None:
    for shape in ("CNY344.84", "HK$12", "USD14", "74.49/share", "Nearly 71"):
        assert not looks_like_model(shape), shape
    for shape in ("Q-7", "GLM-4.7", "Spark v3.5", "Yi-34B"):
        assert looks_like_model(shape), shape


def test_a_wire_credit_is_masked_keeping_every_offset() -> None:
    line = "LISBON, May 4 (Reuters) - Quorra Labs raised $40 million."
    masked = mask_credits(line)
    assert len(masked) == len(line) and "Reuters" not in masked and "Quorra Labs" in masked
    draft = ArticleExtractor(min_confidence=0.0).extract(line)
    assert "Reuters" not in set(_names(draft).values())


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Velt beat its rivals. (Image credit: Lena Varga/Getty Images)", "Velt beat its rivals."),
        ("Hal Q. Brisk | Afp | Getty Images", ""),
        ("Velt founder Hal Brisk. Sportsfile/Getty Images", "Velt founder Hal Brisk."),
        ("Velt opened a depot in Dorrance.Image source, Getty Images", "Velt opened a depot in Dorrance."),
        ("Velt rose 4%. Velt Inc. VLT, +4.12% up 4.1%", "Velt rose 4%. Velt Inc. up 4.1%"),  # a page's live quote
        ("Velt opened branches in other cities. [Dorrance Daily, in Korean]", "Velt opened branches in other cities."),
        ("Velt drew new backer Harlow Partners (Velt press release).", "Velt drew new backer Harlow Partners ."),
        ("Demand for Velt cars slowed. (AFP via Getty Images)", "Demand for Velt cars slowed."),
        ("Getty", ""),
        ("May 2, 2019 by Lena K. Varga, Inc. (NASDAQ: VLT) looks set.", ", Inc. (NASDAQ: VLT) looks set."),
    ],
)
def test_picture_credits_and_live_quotes_are_masked(line: str, kept: str) -> None:
    assert " ".join(mask_credits(line).split()) == kept


def test_a_share_class_suffix_names_the_company() -> None:
    text = "Quorra Labs-W fell 4.2% in Hong Kong on Tuesday."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    assert {e.name for e in draft.entities} >= {"Quorra Labs"}


def test_a_measured_rule_is_as_sure_as_it_measured_and_an_unmeasured_one_as_what_it_states() -> None:
    assert RULE_PRECISION, "calibration.py holds the measured rules"
    for rule, precision in RULE_PRECISION.items():
        assert 0.0 < precision < 1.0 and rule_confidence(rule) == precision, rule
    assert TYPE_PRECISION["INVESTED_IN"] < 0.99
    assert rule_confidence("no.such.INVESTED_IN") == round(TYPE_PRECISION["INVESTED_IN"], 3)
    assert rule_confidence("no.such.RULE") == DEFAULT


@given(st.text(max_size=300))
def test_masking_credits_keeps_every_offset_and_every_other_character(text: str) -> None:
    masked = mask_credits(text)
    assert len(masked) == len(text)
    assert all(m == t or m == " " for m, t in zip(masked, text, strict=True))


@given(st.text(max_size=200), st.integers(min_value=-5, max_value=250))
def test_modality_is_one_of_three_answers_for_any_clause(text: str, end: int) -> None:
    assert clause_modality(text, end) in (None, "planned", "denied")


def test_a_surname_alone_is_the_person_named_before_not_a_company() -> None:
    text = (
        "Fenwick Securities analyst Paul Dorran cut his rating on Quorra Labs to hold. "
        "Dorran raised his price target on the stock to $40."
    )
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    assert "Dorran" not in {e.name for e in draft.entities if e.kind.value == "ORGANIZATION"}


def test_a_move_without_a_figure_is_a_reading_of_its_own() -> None:
    from loaders.articles import ArticleExtractor

    draft = ArticleExtractor(min_confidence=0.0).extract(
        "Velora shares rose on Monday. Corvel shares rose 3% on Monday."
    )
    rules = sorted(e.span.rule for e in draft.events)
    assert rules == ["market.direction_only.PRICE_MOVE", "market.price_move.PRICE_MOVE"]


def test_an_analyst_action_states_under_its_action_s_rule_and_keeps_the_inferred_mark() -> None:
    from loaders.articles import ArticleExtractor

    text = "Velora fell. Corvel Securities raised its price target on the stock to $50 from $40."
    events = ArticleExtractor(min_confidence=0.0).extract(text).events
    (action,) = [e for e in events if e.kind.value == "ANALYST_ACTION"]
    assert action.span.rule == "ratings.raise_target.ANALYST_ACTION.inferred"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("- Lena Varga, with Dorrance Wire", True),
        ("Dorrance Wire with additional editing by Lena Varga", True),
        ("Velt Labs, with backing from Harlow, raised $5 million.", False),
    ],
)
def test_an_author_s_credit_line_is_page_furniture(line: str, chrome: bool) -> None:
    assert bool(CHROME_LINE.search(line)) is chrome
