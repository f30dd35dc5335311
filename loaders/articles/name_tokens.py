"""What one token may be inside a name: no compound adjective ("State-owned", "US-listed"), quote code ("MBLY.O"),
money ("AED11"), amount ("5bn"), month, weekday or clock word."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from loaders.articles.lexicon import CLOCK_WORDS, TITLE_WORDS, TWO_WORD_TITLES
from loaders.articles.personal_names import korean_syllables
from loaders.articles.textdates import MONTHS, WEEKDAYS

ADJECTIVE_SUFFIX = re.compile(
    r"-(?:based|headquartered|powered|linked|backed|owned|heavy|driven|listed|traded|quoted|focused|led|style|like|made|"
    r"related|level|"
    r"scale|class|dollars?|denominated|"
    r"weight|term|generation|source|sized|run|grade|tokens?|parameters?|years?|months?|days?|bit|core|inch|nm|old)$",
    re.IGNORECASE,
)


# "Loss-making", "State-owned", "Bengaluru-headquartered": a compound adjective, capitalised or not; "Post-Covid",
# "Pre-IPO": a time before or after something
_PARTICIPLE_COMPOUND = re.compile(r"-[a-z]+(?:ed|ing)$|^(?:Post|Pre)-")
# two characters at least: "J.P" is initials; "IFXGn.DE": a lower-case letter may mark the share line
_RIC = re.compile(r"[A-Z0-9]{2,6}[a-z]?\.(?:[A-Z]{1,2}|HK|SS|SZ|KS|KQ|TW|T)")
# "AED11", "Rs500", "RMB2": a currency code glued to its figure is money, no name
_MONEY_TOKEN = re.compile(
    r"(?:AED|SAR|QAR|USD|EUR|GBP|JPY|CNY|RMB|HKD|INR|KRW|SGD|TWD|CHF|AUD|CAD|BRL|MXN|IDR|MYR|THB|VND|NGN|ZAR|KES|EGP"
    r"|TRY|ILS|Rs|Rp|RM)\d[\d.,]*[a-z]{0,2}"
)


def is_name_token(token: str, *, leading: bool = True) -> bool:
    if token.isalpha() and token.islower():
        return False  # a lower-case word: every reading below needs a capital or a digit
    if leading and (ADJECTIVE_SUFFIX.search(token) or _PARTICIPLE_COMPOUND.search(token) or _descriptor(token)):
        return False
    if _RIC.fullmatch(token) or _MONEY_TOKEN.fullmatch(token):
        return False  # "MBLY.O", "0700.HK": a quote code, not a word of the name; "AED11": money
    first = token[0]
    if first.isupper():
        return True
    if first.isdigit():
        if re.fullmatch(r"\d+(?:\.\d+)?(?:m|mn|bn|b|k|tn|x|pc|bps?)|[\d.,]+-[a-z]+", token, re.IGNORECASE):
            return False  # "700M", "5bn": an amount; "75bps", "11.78-point", "10-year": a measure; not a name
        return any(ch.isalpha() for ch in token) and not re.fullmatch(r"\d+(?:st|nd|rd|th|s|m|bn|k)", token)
    # iFlytek, dots.llm1, o1
    return (
        bool(re.match(r"[a-z]{1,4}[A-Z]", token))
        or bool(re.fullmatch(r"[a-z]+\.[a-z]+\d+\w*", token))
        or bool(re.fullmatch(r"[a-z]\d[\w.-]*", token))
    )


# "Silicon-wafer maker X", "Casual-wear retailer X", "Battery-giant X": a capitalised word joined to English words
# "Year-to-date", "State-of-the-art", "K-pop", "E-commerce"
_NOUN_COMPOUND = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)*-(?P<noun>[a-z]{3,})")
_ENGLISH_NOUN = 3.0  # "wafer" 3.1, "brand" 4.8; Korean given names are told apart by their syllables


def _descriptor(token: str) -> bool:
    """A compound describing the company it precedes, not its name ("Jae-won" is a given name)."""
    compound = _NOUN_COMPOUND.fullmatch(token)
    return (
        compound is not None
        and compound.group("noun") != "rival"  # "Harlow-rival Y": the rivals' reader takes the compound apart
        and zipf_frequency(compound.group("noun"), "en") >= _ENGLISH_NOUN
        and not korean_syllables(token)
    )


def is_number_token(token: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:\.\d+)?[A-Za-z]{0,3}", token)) and not re.fullmatch(r"(?:19|20)\d{2}", token)


def is_time_word(token: str) -> bool:
    """Months, weekdays and the words of a clock time ("10:32 AM EDT"): never part of a name."""
    lower = token.lower().rstrip(".")
    return lower in MONTHS or lower in WEEKDAYS or (lower in CLOCK_WORDS and token.isupper())


def title_at(tokens: list[re.Match[str]], k: int, j: int) -> bool:
    """Whether a title opens at token `k` of a run ending at `j`: a title word, or a two-word title followed by a
    name ("Halden Managing Director Ada Moss": the company's name ends before the title)."""
    if tokens[k].group(0).lower() in TITLE_WORDS:
        return True
    pair = f"{tokens[k].group(0)} {tokens[k + 1].group(0)}".lower() if k + 1 <= j else ""
    return pair in TWO_WORD_TITLES


# "its class B shares", "the H shares", "Class A stock": a share class, no name (the company is named before it)
SHARE_CLASS_AT = re.compile(r"(?:[Cc]lass [A-Z]\b|[A-Z](?=[ -](?:shares?|stock|share class)\b))")
_CLASS_BEFORE = re.compile(r"\b[Cc]lass\s+$")
# "to BB+ from BBB-", "rated Baa2": a credit grade, no name
_CREDIT_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC)[+-](?!\w)|(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])\b")


def grade_or_class(text: str, token: re.Match[str]) -> int:
    """How many tokens from `token` name a credit grade or a share class ("BB+", "class B", "H shares"), else 0."""
    if _CREDIT_GRADE.match(text, token.start()):
        return 1
    share_class = SHARE_CLASS_AT.match(text, token.start())
    if share_class is not None:
        return 2 if share_class.group(0).startswith(("Class", "class")) else 1
    return 1 if len(token.group(0)) == 1 and _CLASS_BEFORE.search(text, 0, token.start()) else 0
