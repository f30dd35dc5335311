"""Names in text: known names from the gazetteer (Aho-Corasick) and unknown ones from cues.

A mention is a run of capitalised or model-shaped tokens ("Moonshot AI", "Kimi K2", "GLM-4.7",
"Institute of Computing Technology", "01.AI", "iFlytek"). Kind guesses use generic word lists
(organisation words, legal suffixes, countries), the shape of the name and the pattern that found it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from wordfreq import zipf_frequency

from graph.model import EntityKind
from loaders.articles import name_tokens
from loaders.articles.geography import place_names
from loaders.articles.lexicon import (
    BODY_WORDS,
    BUSINESS_LINES,
    CONNECTORS,
    DEMONYMS,
    DEPARTMENT_WORDS,
    GENERIC_ACRONYMS,
    HEADING_WORDS,
    LEGAL_TAILS,
    ORG_WORDS,
    PARTICIPANT_WORDS,
    PLACES,
    STOP_WORDS,
    TITLE_PRAISE,
    TITLE_WORDS,
    TWO_WORD_TITLES,
    spells_a_code,
)
from loaders.articles.model_names import looks_like_model
from loaders.articles.name_stops import PARTICIPLE_ZIPF, at_sentence_start, is_stop
from loaders.articles.name_tokens import ADJECTIVE_SUFFIX, is_name_token, is_number_token, is_time_word, title_at
from loaders.articles.personal_names import SURNAMES, east_asian_name
from loaders.articles.vocabulary import Vocabulary

_TOKEN = re.compile(r"[\w][\w&]*(?:[-./+][\w&]+|:[a-z]+\b)*(?:['’](?!s\b)[\w]+)?")  # "Run:ai" is one name
POSSESSIVE = re.compile(r"^(?:['’]s\b|['’](?=\s))")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    # ISO codes, the dollar prefixes, and symbols written as letters: rupees, rupiah, ringgit, taka
    return frozenset(c.alpha_3 for c in pycountry.currencies) | {"US", "HK", "RMB", "NT", "S", "Rs", "Rp", "RM", "Tk"}


def _is_amount_start(tokens: list[re.Match[str]], i: int, j: int, text: str) -> bool:
    first = tokens[i].group(0)
    if first.endswith("$") or text[tokens[i].end() : tokens[i].end() + 1] in ("$", "¥", "€", "£"):
        return True  # "HK$", "US$", "NT$5"
    if _LETTER_MONEY.match(text, tokens[i].start()):
        return True  # "R3.8 billion": a currency letter glued to a figure with a scale word
    return first in _currency_codes() and i < j and tokens[i + 1].group(0)[:1].isdigit()  # "CNY 300", not "AMD"


_LETTER_MONEY = re.compile(r"[A-Z]{1,2}\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|m)\b")


_LEGAL_TAIL_TEXT = re.compile(
    r"(?:,?\s+(?:Co|Ltd|Limited|Inc|Incorporated|Corp|Corporation|LLC|PLC|GmbH|K\.K|AG|SA|SE|NV|BV|Pte|Tbk)\.?)+$"
)


def split_legal_tail(surface: str) -> tuple[str, str | None]:
    """("Unitree Robotics Co., Ltd", ...) -> ("Unitree Robotics", "Unitree Robotics Co., Ltd."): the short name
    and the legal name, or the surface unchanged and None when it has no legal tail."""
    short = _LEGAL_TAIL_TEXT.sub("", surface).strip(" ,").removesuffix(" &")  # "Halden & Co": "Halden"
    if not short or short == surface or short.lower() in GENERIC_ACRONYMS | ORG_WORDS:
        return surface, None  # "AI K.K" cut from "Sakana AI K.K.": no short name to keep
    undotted = ("Limited", "Incorporated", "Corporation", "AG", "SA", "SE", "NV", "BV", "Tbk", "LLC", "PLC", "GmbH")
    legal = surface if surface.endswith(".") or surface.endswith(undotted) else surface + "."
    return short, legal


@dataclass(frozen=True)
class Mention:
    text: str  # surface as written, without a trailing possessive
    start: int
    end: int
    possessive: bool = False


def after_possessive(text: str, m: Mention) -> int:
    """Where the text goes on after a mention and its possessive mark ("Canada's |X", "investors' |X")."""
    mark = POSSESSIVE.match(text[m.end :])
    return m.end + (mark.end() if mark else 0)


# "Series C" names a round; "(TW:2337)", "SS:603986": an exchange code before a ticker
# "Series B", "its series C": no name; nor an offering's rule ("Regulation S", "Rule 144A")
_ROUND_NAME = re.compile(r"[Ss]eries [A-H]\d?\b|Regulation S\b|Reg S\b|Rule 144A\b")
_LOWER_CASE_OPENERS = frozenset({"series", "class"})  # of a round or a share class ("series B", "class A shares")
_EX_PREFIX = re.compile(r"(?<![\w-])ex-(?=[A-Z])|(?<![\w-])Ex-(?=[A-Z][a-z]{2}|[A-Z]{3})")  # not "Ex-Im"
# "(NYSE: CRM)", "(NASDAQ:INTC - Get Free Report)": neither the exchange code nor the ticker is a name
_EXCHANGE_CODE_BEFORE = re.compile(r"\b[A-Z]{2,6}:\s?$")
_TICKER_CODE_AFTER = re.compile(r":\s?[A-Z0-9][A-Z0-9.]{0,9}\b")
_TICKER_PREFIX = re.compile(r"[A-Z]{1,5}:\s?\d")
# "The" before a lower-case word, "An" before a lower-case vowel: an article opening a phrase, not a name's word
_ARTICLE_OPENS, _AN_OPENS = re.compile(r" [a-z]"), re.compile(r" [aeiou]")
# "Harlow & Co. International plc": the abbreviation inside a name that goes on to its legal form
_CO_THEN_LEGAL_TAIL = re.compile(r"Co\. (?:[A-Z][\w&'-]*\s){1,3}(?:plc|PLC|Ltd|Limited|LLC|Inc|GmbH|AG|SA)\b")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# "Meesho IPO: opening date": the company's event; "Ryzen 3 3100 CPUs": the kind of product, not its name
_EVENT_TAILS = frozenset({"IPO", "CPUs", "GPUs", "NPUs", "SoCs", "ASICs", "chips"})
_TERMS = frozenset({"initial public offering", "public offering", "follow-on offering"})  # capitalised, still terms
_GENERIC_ALONE = DEMONYMS | GENERIC_ACRONYMS | ORG_WORDS | PARTICIPANT_WORDS


_YEAR_SHAPED_INDEXES = frozenset({"Russell", "Wilshire"})


def find_mentions(text: str, offset: int = 0, vocabulary: Vocabulary | None = None) -> list[Mention]:
    """Runs of name tokens in `text`; offsets shifted by `offset`."""
    vocabulary = vocabulary or Vocabulary()
    tokens = list(_TOKEN.finditer(_EX_PREFIX.sub("   ", text)))  # "ex-Meta researchers": Meta; offsets kept
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        skip = _tokens_to_skip(tokens, i, text, vocabulary)
        if skip:
            i += skip
            continue
        j = _run_end(tokens, i, text)
        if _opening_description(tokens, i, j, text, vocabulary):
            i = j + 1  # "Multiple Chinese computer brands ...": a description ending in a nationality
            continue
        i = _after_demonym(tokens, i, j)
        if i == j and tokens[i].group(0).lower() in _GENERIC_ALONE:  # "Semiconductor company X"
            i += 1
            continue
        if at_sentence_start(text, tokens[i].start()) and vocabulary.not_a_name_alone(
            tokens[i].group(0), text[tokens[i].end() :]
        ):
            if i == j:
                i += 1
                continue
            if tokens[i + 1].group(0) in CONNECTORS and tokens[i].group(0).lower() not in ORG_WORDS:
                i += 2  # "Trading of Poshmark shares": the name starts after "of" ("Bank of America" stays whole)
                if i == j and tokens[i].group(0).lower() in _GENERIC_ALONE:
                    i += 1  # "Sales of SUVs"
                    continue
        if _describes_the_next_name(tokens, i, j, text):
            i = j + 1  # "Generative AI startup Synthesia", "Fellow London startup X": the name is the next one
            continue
        heading = next((k for k in range(i, min(j, i + 3)) if tokens[k].group(0).lower() in HEADING_WORDS), None)
        i = i if heading is None else heading + 1  # "Key Takeaways X", "Earnings Preview X": a section's label
        # "Hong Kong-based SenseTime", "New York-listed X": a place adjective inside the run; the name follows it
        adjective = next((k for k in range(j, i - 1, -1) if ADJECTIVE_SUFFIX.search(tokens[k].group(0))), None)
        if adjective is not None:
            if adjective == j:
                i = j + 1
                continue
            i = adjective + 1
        while i < j:  # "CEO of Biren", "Chairman Zhu", "General Manager of X": the title is not part of the name
            word = tokens[i].group(0).lower()
            if word in TITLE_WORDS | CONNECTORS or (word in TITLE_PRAISE and title_at(tokens, i + 1, j)):
                i += 1
            elif i + 1 < j and f"{tokens[i].group(0)} {tokens[i + 1].group(0)}".lower() in TWO_WORD_TITLES:
                i += 2
            else:
                break
        if _is_amount_start(tokens, i, j, text):
            i = j + 1  # "CNY 300 million", "HK$ 5": money, not a name
            continue
        # "Halden CEO Carlos Ruiz": a title inside the run ends the company's name; the person's follows it
        title = next((k for k in range(i + 1, j + 1) if title_at(tokens, k, j)), None)
        while title is not None and title - 1 > i and tokens[title - 1].group(0).lower() in _TITLE_PREFIXES:
            title -= 1  # "Halden Vice President A", "Halden Senior Vice President A": the prefix is the title's
        last = j if title is None else title - 1
        verb = _headline_verb(tokens, i, last, vocabulary.lowercase)
        if verb is not None:
            last, title = verb - 1, verb + 1  # the name ends before the verb; a name may follow it
        if last > i and tokens[last].group(0) in _EVENT_TAILS:
            last -= 1 + (last - 1 > i and tokens[last - 1].group(0) in CONNECTORS)  # "X Partners for IPO mandates"
        if last > i and spells_a_code(text[tokens[i].start() : tokens[last - 1].end()], tokens[last].group(0)):
            last -= 1  # "Hang Seng Tech Index HHSTECH", "Oracle ORCL": the wire's code follows the name
        start, end = tokens[i].start(), tokens[last].end()
        possessive = bool(POSSESSIVE.match(text[end:]))
        if text[start:end].lower() not in _TERMS:
            mentions.append(Mention(text[start:end], start + offset, end + offset, possessive))
        i = j + 1 if title is None else _past_title(tokens, title, j)
    return mentions


def _past_title(tokens: list[re.Match[str]], k: int, j: int) -> int:
    """The token after the title opening at `k` ("Executive Director", "Managing Partner", "Senior Vice President"):
    where the person's name, if any, starts."""
    while k <= j:
        word = tokens[k].group(0).lower()
        if k + 1 <= j and f"{word} {tokens[k + 1].group(0).lower()}" in TWO_WORD_TITLES:
            k += 2
        elif word in TITLE_WORDS or word in _TITLE_PREFIXES:
            k += 1
        else:
            break
    return k


def _tokens_to_skip(tokens: list[re.Match[str]], i: int, text: str, vocabulary: Vocabulary) -> int:
    """How many tokens from `i` open no name (0: a name may start here): a lower-case word, a round ("Series B"), a
    share class or a credit grade ("class B shares", "BB+"), a quote code, a time word or a stop word."""
    token = tokens[i].group(0)
    if token.isalpha() and token.islower() and token not in _LOWER_CASE_OPENERS:
        return 1  # most tokens are lower-case words: the cheapest test first
    skip = 2 if _ROUND_NAME.match(text, tokens[i].start()) else name_tokens.grade_or_class(text, tokens[i])
    if skip:
        return skip
    opens_none = (
        _TICKER_PREFIX.match(text, tokens[i].start())
        or _EXCHANGE_CODE_BEFORE.search(text, max(0, tokens[i].start() - 10), tokens[i].start())
        or (token.isupper() and text[max(0, tokens[i].start() - 2) : tokens[i].start()] == " .")  # a code: ".HSI"
        or _TICKER_CODE_AFTER.match(text, tokens[i].end())
        or not is_name_token(token)
        or is_time_word(token)
        or is_stop(token, tokens[i].start(), text, vocabulary.lowercase)
    )
    return 1 if opens_none else 0


# "Generative AI startup X", "Ophthalmic therapy provider X", "5G equipment maker X": up to two words before the noun
_DESCRIPTOR_THEN_NAME = re.compile(
    r"\s+(?:(?!(?:and|or|with|of|in|to|for|by|from|at|on|as)\s)[a-z][\w-]*\s+){0,2}?(?:start-?ups?|startups?|compan(?:y|ies)|firms?|(?:[a-z]+)?makers?|manufacturers?"
    r"|developers?|unicorns?|players?|providers?|suppliers?)\s+(?=[A-Z])"
)
_LENDER_THEN_NAME = re.compile(r"\s+(?:bank|lender|insurer|brokerage)\s+(?=[A-Z])")
_CODE_DESCRIPTOR = re.compile(r"\d+G|Tier [IVX\d]+|Gen \d+")  # "Tier II supplier X", "5G equipment maker Y"
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:ive|al|ic|ous|ent|ant|ary|ful|ible|able)")
_COMPOUND_DESCRIPTOR = re.compile(r"[A-Z][a-z]+-[a-z][a-z-]*")


def _opening_description(tokens: list[re.Match[str]], i: int, j: int, text: str, vocabulary: Vocabulary) -> bool:
    """A sentence's opening common word and a nationality ("Multiple Chinese", "Many Korean"), unlike "Macronix
    International"."""
    return (
        j > i
        and tokens[j].group(0).lower() in DEMONYMS
        and at_sentence_start(text, tokens[i].start())
        and vocabulary.not_a_name_alone(tokens[i].group(0))
    )


def _describes_the_next_name(tokens: list[re.Match[str]], i: int, j: int, text: str) -> bool:
    """A sentence's opening words that describe the name after a descriptor noun: an adjective ("Generative AI
    startup X") or a word before a place ("Fellow London startup X")."""
    opening_word = at_sentence_start(text, tokens[i].start()) and i == j
    if opening_word and _LENDER_THEN_NAME.match(text, tokens[j].end()):
        return zipf_frequency(tokens[i].group(0).lower(), "en") >= 3.0  # "Challenger bank X": a kind of bank
    if not _DESCRIPTOR_THEN_NAME.match(text, tokens[j].end()):
        return False
    rest = " ".join(tokens[k].group(0) for k in range(i + 1, j + 1)).lower()
    opening = at_sentence_start(text, tokens[i].start())
    if opening and i == j and _COMPOUND_DESCRIPTOR.fullmatch(tokens[i].group(0)):
        return True  # "Silicon-wafer maker X", "Cloud-gaming startup X": a compound of common words opening it
    code = _CODE_DESCRIPTOR.fullmatch(text[tokens[i].start() : tokens[j].end()])
    return bool(code or _ADJECTIVE_SHAPE.fullmatch(tokens[i].group(0))) or (opening and rest in place_names())


# A public body's name may join two fields with "and" after its "of"
_BODY_NAME = re.compile(r"(?:Ministry|Department|Commission|Bureau|Administration|Office|Agency) of [A-Z]")


def _second_business_noun(tokens: list[re.Match[str]], j: int, text: str) -> bool:
    """ "... Exchanges and Clearing", "X Management and Research Co.": token j is an organisation noun and the word
    after "and" a line of business ending the name (not "Holdings and Quorvane", "Ventures and Matrix")."""
    if j + 2 >= len(tokens) or text[tokens[j + 1].end() : tokens[j + 2].start()] != " ":
        return False
    word, last = tokens[j].group(0), tokens[j + 2].group(0)
    if {word.lower(), word.lower().removesuffix("s")}.isdisjoint(ORG_WORDS) or last.lower() not in BUSINESS_LINES:
        return False
    return (
        j + 3 >= len(tokens) or not tokens[j + 3].group(0)[0].isupper() or tokens[j + 3].group(0) in ("Co", "Company")
    )


def _brand_word_after_acronym(acronym: str, word: str) -> bool:
    """A lower-case word that is no English word, right after two to four capitals ("SK hynix")."""
    if acronym.lower() in GENERIC_ACRONYMS or acronym.lower() in place_names() or word.endswith(("er", "ers")):
        return False  # "AI chatbot", "US chipmaker": a generic acronym or a country describes the noun after it
    return bool(re.fullmatch(r"[A-Z]{2,4}", acronym) and re.fullmatch(r"[a-z]{4,}", word)) and (
        zipf_frequency(word, "en") < 2.5
    )


_POSSESSIVE_THEN_LEGAL = re.compile(r"['’]s (?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|plc|PLC)\b")


def _run_end(tokens: list[re.Match[str]], i: int, text: str) -> int:
    """The index of the last token of the name run that starts at token `i`."""
    j = i
    while j + 1 < len(tokens):
        gap = text[tokens[j].end() : tokens[j + 1].start()]
        if gap == " & " and tokens[j + 1].group(0)[0].isupper():
            j += 1
            continue
        if (
            gap == ". "
            and tokens[j + 1].group(0)[0].isupper()
            and (_INITIALS.fullmatch(tokens[j].group(0)) or _CO_THEN_LEGAL_TAIL.match(text, tokens[j].start()))
        ):
            j += 1  # "J.P. Morgan", "Q. Harlow Price", "Lena K. Varga"
            continue
        if re.fullmatch(r"\.?,? ", gap) and tokens[j + 1].group(0).lower() in LEGAL_TAILS:  # "Co., Ltd", "Co. Ltd"
            j += 1
            continue
        if _POSSESSIVE_THEN_LEGAL.match(text, tokens[j].end()) and tokens[j + 1].group(0) == "s":
            j += 2  # "Kessel's Inc", "Harlow's Corp.": a name that is a possessive, then its legal form
            continue
        if gap != " " or POSSESSIVE.match(text[tokens[j].end() :]):
            return j
        if name_tokens.SHARE_CLASS_AT.match(text, tokens[j + 1].start()):
            return j  # "Tellix H shares": the share class follows the name
        nxt = tokens[j + 1].group(0)
        if (nxt == "The" and _ARTICLE_OPENS.match(text, tokens[j + 1].end())) or (
            nxt == "An" and _AN_OPENS.match(text, tokens[j + 1].end())
        ):
            return j  # "Key Points An analyst raised ...": an article opens the next words ("Nguyen Van An said")
        given_name = east_asian_name(f"{tokens[j].group(0)} {nxt}")  # "Ma Jun": no month
        if (
            (is_name_token(nxt, leading=False) and (given_name or not is_time_word(nxt)))
            or is_number_token(nxt)
            or (j == i and tokens[j].group(0) in _YEAR_SHAPED_INDEXES and nxt.isdigit())  # "Russell 2000": no year
        ):
            j += 1
        elif _brand_word_after_acronym(tokens[j].group(0), nxt):
            j += 1  # "SK hynix": a brand written in lower case after the group's initials
        elif (
            nxt == "and"
            and j + 2 < len(tokens)
            and _BODY_NAME.match(text, tokens[i].start())
            and (text[tokens[j + 1].end() : tokens[j + 2].start()] == " " and tokens[j + 2].group(0)[0].isupper())
        ):
            j += 2  # "Ministry of Industry and Information Technology": one public body
        elif nxt == "and" and _second_business_noun(tokens, j, text):
            j += 2  # "Hong Kong Exchanges and Clearing": a plural business noun and a second one close one name
        elif nxt in CONNECTORS and nxt != "and" and j + 2 < len(tokens):
            after = tokens[j + 2].group(0)
            if nxt == "of" and _place_after_of(tokens, j, text):
                return j  # "Rohm of Japan": a company and its country ("Bank of China" stays whole)
            if nxt == "of" and looks_like_person(text[tokens[i].start() : tokens[j].end()]):
                return j  # "Nick Lai of JP Morgan": a person and the firm he works for
            if nxt == "for" and tokens[j].group(0).lower() not in ORG_WORDS | BODY_WORDS:
                return j  # "Institute for X" is one name; "bought Careem for AED11 billion", "Asia for Nvidia" two
            if text[tokens[j + 1].end() : tokens[j + 2].start()] != " " or not after[0].isupper():
                return j
            if not is_name_token(after, leading=False) or re.match(r"\$|\s?\d", text[tokens[j + 2].end() :]):
                return j  # "Velt Labs for AED11 billion", "Velt Limited for US$3 billion": money after the connector
            j += 2
        else:
            return j
    return j


# Names whose "of" leads on into the rest of the name ("Bank of China", "The Stock Exchange of Hong Kong",
# "X Corporation of America", "People's Republic of China")
_NAMED_OF = frozenset(
    {"bank", "university", "ministry", "department", "institute", "academy", "college", "school", "exchange"}
    | {"corporation", "company", "group", "holdings", "republic", "state", "city", "province", "government"}
)


def _place_after_of(tokens: list[re.Match[str]], j: int, text: str) -> bool:
    """Whether "of" after token `j` introduces a place (one or two words) rather than the rest of a name."""
    if tokens[j].group(0).lower() in _NAMED_OF:
        return False
    one = tokens[j + 2].group(0).lower()
    two = f"{one} {tokens[j + 3].group(0).lower()}" if j + 3 < len(tokens) else ""
    return one in place_names() or two in place_names()


def _headline_verb(tokens: list[re.Match[str]], i: int, last: int, lowercase_words: frozenset[str]) -> int | None:
    """A verb inside a capitalised run, as headlines write them ("X Announced the Sale", "X Is Betting on Y"): an
    auxiliary, or a common past tense the text also writes in lower case. None when the run has none."""
    for k in range(i + 1, last + 1):
        lower = tokens[k].group(0).lower()
        if lower in _AUXILIARIES | _RATING_ACTIONS or (
            lower.endswith("ed")
            and lower in lowercase_words
            and lower not in ORG_WORDS | LEGAL_TAILS
            and zipf_frequency(lower, "en") >= PARTICIPLE_ZIPF
        ):
            return k
    return None


_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "says", "said"})
# "X Securities Upgraded its rating", "X Downgrades Y to Sell", "X Invests in Y", "X Raises $5M": an analyst's or a
# deal's verb ends the name before it
_RATING_ACTIONS = frozenset(
    {"upgrades", "upgraded", "downgrades", "downgraded", "reiterates", "reiterated", "invests", "raises", "secures"}
)


def _after_demonym(tokens: list[re.Match[str]], i: int, j: int) -> int:
    """Where a name opening with a nationality starts: "Korean" is no part of "Velt", but "Korean Online" and
    "Japanese Express" are one name (a Title-case common word alone is none), and so is "Chinese Velt Corp"."""
    if j == i or tokens[i].group(0).lower() not in DEMONYMS:
        return i
    rest = [tokens[k].group(0).lower() for k in range(i + 1, j + 1)]
    word = tokens[j].group(0)
    whole = i + 1 == j and word[1:].islower() and word.lower() not in _GENERIC_ALONE  # not "Chinese TV"
    if any(w in ORG_WORDS for w in rest) or (whole and zipf_frequency(word.lower(), "en") >= 4.0):
        return i
    return i + 1


_TITLE_PREFIXES = frozenset({"vice", "senior", "executive", "deputy"})


def words(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\s]+", name) if w]


def guess_kind(name: str) -> EntityKind | None:
    """A kind from the name alone, or None when only context can tell."""
    lowered = words(name)
    if not lowered:
        return None
    if name.lower() in place_names():
        return EntityKind.PLACE
    if any(w.strip(".,") in ORG_WORDS for w in lowered):
        return EntityKind.ORGANIZATION
    if looks_like_model(name):
        return EntityKind.PRODUCT
    return None


# "Wang", "Kai-Fu", "McCooey", "O'Brien", "Timothée": a capitalised word of letters
_INITIAL = re.compile(r"[A-Z]\.")
# "C.C. Wei", "J.W. Kuo": a given name written as joined initials before a Chinese surname (not "J.P. Morgan")
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_NAME_PART = re.compile(r"(?:Mc|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?")


def looks_like_person(name: str) -> bool:
    words = name.split()  # "Rashan bin Karim al-Harbi": Arabic particles join the parts of a name
    parts = [re.sub(r"^(?:al|el)-(?=[A-Z])", "", w) for w in words if w not in ("bin", "bint", "ibn")]
    if not 2 <= len(parts) <= (3 if parts == words else 4) or parts[-1].lower() in DEPARTMENT_WORDS:
        return False
    initials = len(parts) == 2 and _JOINED_INITIALS.fullmatch(parts[0]) is not None and parts[1].lower() in SURNAMES
    for i, part in enumerate(parts):
        if initials and i == 0:
            continue
        if not _NAME_PART.fullmatch(part) and not (_INITIAL.fullmatch(part) and i < len(parts) - 1):
            return False  # "Lena K. Varga", "N. R. Pike": initials before the surname
        # "He", "An": short given names ("Wang He") that are also stop words; a stop word leads no name unless a
        # pinyin given name follows it ("He Xiaopeng")
        stop = part.lower() in STOP_WORDS and (i == 0 or len(part) > 2) and not east_asian_name(name)
        place_word = part.lower() in PLACES and not (i == 0 and east_asian_name(name))  # "Hong" of "Hong Min-seo"
        if part.lower() in ORG_WORDS or stop or place_word:
            return False
        if part.lower() in DEMONYMS or (is_time_word(part) and not east_asian_name(name)):
            return False
    return name.lower() not in PLACES
