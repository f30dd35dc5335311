"""Money parsing: fixed examples and property-based round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.model import Money
from loaders.money import MoneyError, find_amounts, find_percents, parse_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("600 million USD", 600e6, "USD"),
        ("USD 600M", 600e6, "USD"),
        ("$1 billion", 1e9, "USD"),
        ("US$696 million", 696e6, "USD"),
        ("HK$5.4 billion", 5.4e9, "HKD"),
        ("2.5 billion yuan", 2.5e9, "CNY"),
        ("RMB 2.5bn", 2.5e9, "CNY"),
        ("CNY 61.28 million", 61.28e6, "CNY"),
        ("10 billion yuan", 10e9, "CNY"),
        ("¥5 billion", 5e9, "CNY"),
        ("$1,250,000", 1_250_000, "USD"),
        ("HK$1 trillion", 1e12, "HKD"),
        ("R$500 million", 500e6, "BRL"),
        ("R3.8 billion", 3.8e9, "ZAR"),
        ("AED 2 billion", 2e9, "AED"),
        ("CHF 750 million", 750e6, "CHF"),
        ("NIS 1.2 billion", 1.2e9, "ILS"),
        ("Rp 5 trillion", 5e12, "IDR"),
        ("4 billion rand", 4e9, "ZAR"),
        ("300 million reais", 300e6, "BRL"),
        ("2 billion dirhams", 2e9, "AED"),
        ("600 million pounds", 600e6, "GBP"),
        ("500 million euro", 500e6, "EUR"),
    ],
)
def test_parse_money_examples(text: str, amount: float, currency: str) -> None:
    assert parse_money(text) == Money(amount=amount, currency=currency)


@pytest.mark.parametrize(
    "text", ["", "   ", "600 million", "about $5", "five dollars", "$", "yuan 5", "5 bananas", "R1", "r5 million"]
)
def test_parse_money_rejects_non_amounts_with_clear_error(text: str) -> None:
    with pytest.raises(MoneyError, match="amount of money"):
        parse_money(text)


def test_parse_money_rejects_non_text() -> None:
    with pytest.raises(MoneyError, match="expected text"):
        parse_money(5)  # type: ignore[arg-type]


_SCALES = {"thousand": 10**3, "million": 10**6, "bn": 10**9, "billion": 10**9, "trillion": 10**12}


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    cents=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from(sorted(_SCALES)),
    form=st.sampled_from(["US${n} {s}", "{n} {s} yuan", "HK${n} {s}", "RMB {n} {s}", "{n} {s} USD"]),
)
def test_parse_money_round_trips(whole: int, cents: int, scale: str, form: str) -> None:
    number = f"{whole}.{cents:02d}"
    money = parse_money(form.format(n=number, s=scale))
    assert money.amount == pytest.approx(float(number) * _SCALES[scale], rel=1e-9)
    assert money.currency in {"USD", "CNY", "HKD"}


@given(st.text(max_size=200))
def test_parse_money_never_crashes(text: str) -> None:
    try:
        money = parse_money(text)
    except MoneyError as exc:
        assert str(exc)
    else:
        assert money.amount >= 0


@given(st.text(max_size=500))
def test_find_amounts_spans_point_into_text(text: str) -> None:
    for match in find_amounts(text):
        assert 0 <= match.start < match.end <= len(text)
        assert parse_money(text[match.start : match.end]) == match.money


def test_find_amounts_keeps_qualifier_and_conversion() -> None:
    text = "The maker raised about 7 billion yuan (~$980M) last spring, after more than $40 million earlier."
    first, second = find_amounts(text)
    assert first.money == Money(amount=7e9, currency="CNY")
    assert first.qualifier == "about"
    assert first.usd_approx == Money(amount=980e6, currency="USD")
    assert text[first.start : first.end] == "7 billion yuan"
    assert second.money == Money(amount=40e6, currency="USD")
    assert second.qualifier == "more than"
    assert second.usd_approx is None


def test_find_percents_with_qualifiers() -> None:
    found = find_percents("The index gained over 7% while the stock lost around 13.5 per cent.")
    assert [(p.value, p.qualifier) for p in found] == [(7.0, "over"), (13.5, "around")]


def test_rupees_crore_and_won_are_money() -> None:
    found = [(a.money.amount, a.money.currency) for a in find_amounts("a Rs 9,375 crore IPO; a 94,400 won close")]
    assert found == [(93_750_000_000.0, "INR"), (94_400.0, "KRW")]


def test_abbreviated_and_plural_indian_scales_are_money() -> None:
    found = [(a.money.amount, a.money.currency) for a in find_amounts("raised ₹4 Cr; a Rs 5 lakhs grant")]
    assert found == [(40_000_000.0, "INR"), (500_000.0, "INR")]


@pytest.mark.parametrize("text", ["a US$300-plus million round", "a $300 million-plus round"])
def test_a_figure_plus_is_more_than_the_figure(text: str) -> None:
    found = find_amounts(text)[0]
    assert (found.money.amount, found.qualifier) == (300_000_000, "more than")


def test_a_lone_currency_letter_needs_its_scale_word() -> None:
    # "R1" and "R2" are model names; "R3.8 billion" is money (own sentence)
    found = find_amounts("Velmont shipped its R1 and R2 models, then raised R3.8 billion from Harlow Capital.")
    assert [(a.money.amount, a.money.currency) for a in found] == [(3.8e9, "ZAR")]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Quorra raised $41.5 million (US$30 million) last week.", 30_000_000, "USD"),  # a local dollar, unnamed
        ("Quorra raised US$30 million ($41.5 million) last week.", 30_000_000, "USD"),
        ("Quorra raised S$41.5 million (US$30 million) last week.", 41_500_000, "SGD"),
        ("Quorra raised $30 million (about US$30 million) last week.", 30_000_000, "USD"),
    ],
)
def test_a_bare_dollar_converted_to_us_dollars_is_read_as_the_us_figure(
    text: str, amount: float, currency: str
) -> None:
    found = find_amounts(text)[0]
    assert (found.money.amount, found.money.currency) == (amount, currency)
