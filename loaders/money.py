"""Money in text: "600 million USD", "US$696 million", "HK$5.4 billion", "2.5 billion yuan", "RMB 2.5bn".

`parse_money` reads one amount written on its own (a profile field); `find_amounts` finds every
amount in running text with its span, the qualifier in front of it ("about", "more than") and a
converted figure the text gives in parentheses ("2.5 billion yuan (~$350M)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.errors import InputError
from graph.model import Money


class MoneyError(InputError):
    """Text that is not a single amount of money with a known currency."""


# Symbols and codes written before the number, longest first so "US$" wins over "$".
_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "USD",
    "usd": "USD",
    "hk$": "HKD",
    "hkd": "HKD",
    "rmb": "CNY",
    "cny": "CNY",
    "s$": "SGD",
    "sgd": "SGD",
    "nt$": "TWD",
    "a$": "AUD",
    "c$": "CAD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "krw": "KRW",
    "₩": "KRW",
    "inr": "INR",
    "rs.": "INR",
    "rs": "INR",
    "₹": "INR",
    "r$": "BRL",
    "brl": "BRL",
    "nz$": "NZD",
    "nzd": "NZD",
    "aud": "AUD",
    "cad": "CAD",
    "chf": "CHF",
    "aed": "AED",
    "sar": "SAR",
    "qar": "QAR",
    "zar": "ZAR",
    "r": "ZAR",  # "R3.8 billion": only with a scale word (_bare_letter)
    "ils": "ILS",
    "nis": "ILS",
    "₪": "ILS",
    "mxn": "MXN",
    "idr": "IDR",
    "rp": "IDR",
    "myr": "MYR",
    "rm": "MYR",
    "thb": "THB",
    "php": "PHP",
    "₱": "PHP",
    "ngn": "NGN",
    "₦": "NGN",
    "kes": "KES",
    "egp": "EGP",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "twd": "TWD",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
}
# Words and codes written after the number.
_SUFFIX_CURRENCIES: dict[str, str] = {
    "usd": "USD",
    "us dollars": "USD",
    "dollars": "USD",
    "hkd": "HKD",
    "hong kong dollars": "HKD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "euros": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "jpy": "JPY",
    "sgd": "SGD",
    "gbp": "GBP",
    "won": "KRW",
    "krw": "KRW",
    "rupees": "INR",
    "inr": "INR",
    "euro": "EUR",
    "pounds": "GBP",
    "sterling": "GBP",
    "rand": "ZAR",
    "reais": "BRL",
    "dirhams": "AED",
    "riyals": "SAR",
    "shekels": "ILS",
    "swiss francs": "CHF",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "naira": "NGN",
    "lira": "TRY",
    "kronor": "SEK",
    "zlotys": "PLN",
    "aud": "AUD",
    "cad": "CAD",
    "chf": "CHF",
    "aed": "AED",
    "sar": "SAR",
    "zar": "ZAR",
    "brl": "BRL",
    "ils": "ILS",
    "nis": "ILS",
    "nzd": "NZD",
    "twd": "TWD",
}
_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "t": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,  # "₹4 Cr", "Rs 10,341-cr IPO"
}
QUALIFIERS: tuple[str, ...] = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as much as",
    "as many as",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "above",
    "under",
    "below",
    "close to",
    "just over",
    "just under",
    "an estimated",
    "reportedly about",
    "~",
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = rf"(?:{_alternation(list(_SCALES))})"
_PREFIX = rf"(?:{_alternation(list(_PREFIX_CURRENCIES))})"
_SUFFIX = rf"(?:{_alternation(list(_SUFFIX_CURRENCIES))})"

# Prefix form: "US$696 million", "RMB 2.5bn", "$1.13 billion", "USD 600M".
# "US$300-plus million": more than the figure
_PREFIXED = (
    rf"(?P<pcur>{_PREFIX})\s?(?P<pnum>{_NUMBER})(?P<plus>-plus)?(?:[ \u00a0-]?(?P<pscale>{_SCALE}))?(?!\w)(?!\.\d)"
)
# Suffix form: "2.5 billion yuan", "600 million USD", "4.4 billion yuan", "a 1 billion-yuan round".
_SUFFIXED = rf"(?P<snum>{_NUMBER})(?:[ \u00a0-]?(?P<sscale>{_SCALE})[ \u00a0-]|[ \u00a0])(?P<scur>{_SUFFIX})(?![\w])"
_AMOUNT = re.compile(rf"(?<![\w$¥€£₩₹])(?:{_PREFIXED}|{_SUFFIXED})", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"(?:^|\W)(?P<q>{_alternation(list(QUALIFIERS))})\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(
    r"^\s*\(\s*(?:(?:about|around|roughly|approximately|approx\.?|some|~|≈)\s*)?(?P<amt>[^()]{1,40}?)\s*\)"
)


def _to_money(number: str, scale: str | None, currency_token: str, table: dict[str, str]) -> Money:
    currency = table[currency_token.lower()]
    value = float(number.replace(",", ""))
    if scale:
        value *= _SCALES[scale.lower()]
    return Money(amount=round(value, 2), currency=currency)


def _bare_dollar(match: re.Match[str]) -> bool:
    return (match.group("pcur") or "").strip() == "$"


def _money_of(match: re.Match[str]) -> Money:
    if match.group("pcur"):
        return _to_money(match.group("pnum"), match.group("pscale"), match.group("pcur"), _PREFIX_CURRENCIES)
    return _to_money(match.group("snum"), match.group("sscale"), match.group("scur"), _SUFFIX_CURRENCIES)


def parse_money(text: str) -> Money:
    """Read one amount of money written on its own; anything else is a MoneyError naming the text."""
    if not isinstance(text, str):
        raise MoneyError(f"expected text for an amount of money, got {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise MoneyError("empty text is not an amount of money")
    match = _AMOUNT.fullmatch(stripped)
    if not match or _bare_letter(match):
        raise MoneyError(
            f'"{stripped[:80]}" is not an amount of money '
            '(expected e.g. "600 million USD", "US$1.2bn", "2.5 billion yuan")'
        )
    try:
        return _money_of(match)
    except ValueError as exc:
        raise MoneyError(f'"{stripped[:80]}": {exc}') from exc


@dataclass(frozen=True)
class AmountMatch:
    """An amount found in text; start/end are offsets into that text."""

    money: Money
    start: int
    end: int
    qualifier: str | None = None
    usd_approx: Money | None = None
    approx_end: int | None = None  # end of the parenthesised conversion, when there is one

    @property
    def text_end(self) -> int:
        return self.approx_end if self.approx_end is not None else self.end


def _bare_letter(match: re.Match[str]) -> bool:
    """ "R1" (a model), "r 5": a lone letter is a currency ("R3.8 billion") only as a capital with a scale word."""
    currency = match.group("pcur")
    return currency is not None and currency.lower() == "r" and (currency != "R" or not match.group("pscale"))


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount of money in `text`, in order, with qualifier and parenthesised USD conversion."""
    found: list[AmountMatch] = []
    for match in _AMOUNT.finditer(text):
        if _bare_letter(match):
            continue
        try:
            money = _money_of(match)
        except ValueError:
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        qual = _QUALIFIER_BEFORE.search(before)
        qualifier = qual.group("q").lower() if qual else None
        if match.group("plus") or text.startswith("-plus", match.end()):
            qualifier = qualifier or "more than"  # "US$300-plus million", "$1bn-plus"
        usd: Money | None = None
        approx_end: int | None = None
        after = _APPROX_AFTER.match(text[match.end() : match.end() + 60])
        if after:
            inner = _AMOUNT.fullmatch(after.group("amt").strip())
            if inner:
                converted = _money_of(inner)
                if converted.currency != money.currency:
                    usd = converted
                    approx_end = match.end() + after.end()
                elif _bare_dollar(match) and not _bare_dollar(inner) and converted.amount != money.amount:
                    # "$28.35m (US$20m)": the bare "$" is a local dollar the text leaves unnamed; its US figure is
                    # the amount the text states for sure
                    money, approx_end = converted, match.end() + after.end()
        found.append(AmountMatch(money, match.start(), match.end(), qualifier, usd, approx_end))
    # A conversion in parentheses is not an amount of its own.
    spans = [(m.end, m.approx_end) for m in found if m.approx_end is not None]
    return [m for m in found if not any(s <= m.start < e for s, e in spans)]


_PERCENT = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


@dataclass(frozen=True)
class PercentMatch:
    value: float
    start: int
    end: int
    qualifier: str | None = None


def find_percents(text: str) -> list[PercentMatch]:
    """Every percentage in `text` ("4.2%", "20 per cent") with the qualifier in front of it."""
    found: list[PercentMatch] = []
    for match in _PERCENT.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        qual = _QUALIFIER_BEFORE.search(before)
        qualifier = qual.group("q").lower() if qual else None
        found.append(PercentMatch(float(match.group("num")), match.start(), match.end(), qualifier))
    return found
