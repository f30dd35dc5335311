"""Capitalised words that open no name: function words, rating words and nationality nouns anywhere; sentence
adverbs, prepositions and common participles at a sentence's start ("Citing people familiar, ...")."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from loaders.articles.geography import place_names
from loaders.articles.lexicon import (
    NAME_ADJECTIVES,
    NATIONALITY_NOUNS,
    OPENING_PREPOSITIONS,
    ORG_WORDS,
    RATING_WORDS,
    SENTENCE_ADVERBS,
    STOP_WORDS,
    TITLE,
)
from loaders.articles.personal_names import east_asian_name


def at_sentence_start(text: str, position: int) -> bool:
    # a sentence's start, also after a bullet ("** Around the region, ...", "• Shares of ...", a line's "- Backed by")
    before = text[max(0, position - 3) : position]
    return position == 0 or bool(re.search(r"(?:^|[.:;!?\"“(*•]\s*|(?:^|\n)[-–—]\s+)$", before))


def _firm_name_run(after: str) -> re.Match[str] | None:
    """The capitalised words right after a token, when they end in a company word ("... Micro Devices", "... Velt
    Corp.")."""
    named = _CAPITALISED_RUN.match(after)
    return named if named is not None and named.group(0).split()[-1].lower() in ORG_WORDS else None


def _firm_name_follows(after: str) -> bool:
    return _firm_name_run(after) is not None


def _adjective_opens_name(adjective: str, after: str) -> bool:
    """ "New Velt (01234.HK) fell"; "New Velt Research cut ..." (capitalised words ending in a company word, but no
    title after them: "New Velt Group chief executive A said" names the group's new head); "NEW YORK (AP) -", "New
    Delhi" (the adjective and the next word name a place, else "YORK" stays a name)."""
    if _NAME_THEN_CODE.match(after):
        return True
    named = _firm_name_run(after)
    if named is not None and _TITLE_NEXT.match(after, named.end()) is None:
        return True
    word = _NEXT_WORD.match(after)
    return word is not None and f"{adjective} {word.group(1).lower()}" in place_names()


def is_stop(token: str, position: int, text: str, lowercase_words: frozenset[str]) -> bool:
    lower = token.lower()
    if token in _TARGET_ABBREVIATIONS:
        # "lowered its PT from $750", "a TP of HK$30": a price target; "PT Velt Indonesia" names a company
        return _NEXT_WORD.match(text, position + len(token)) is None
    if lower in NAME_ADJECTIVES and _adjective_opens_name(lower, text[position + len(token) :]):
        return False
    if lower in STOP_WORDS or lower in RATING_WORDS or lower in NATIONALITY_NOUNS:
        after = text[position + len(token) :]
        # "ON Velt Corp.", "IT Holdings": a function word in capitals leading a company's name
        capitals_lead = token.isupper() and len(token) > 1 and _firm_name_follows(after)
        if _THE_BEFORE.search(text, max(0, position - 4), position) and _title_word_after(after):
            return False  # "while the All Ordinaries dropped": a capitalised stop word after "the" opens a name
        return not _surname_before_given_name(token, after) and not capitals_lead
    if not at_sentence_start(text, position):
        return False
    if lower in ORG_WORDS and _TITLE_NEXT.match(text, position + len(token)):
        return True  # "Group CEO A said": the title of the text's group, no company called "Group"
    before_comma = text[position + len(token) : position + len(token) + 1] == ","
    if (
        _DESCRIBED_NAME_NEXT.match(text, position + len(token))
        and zipf_frequency(lower, "en") >= _COMMON_WORD
        and lower not in place_names()  # "Singapore start-up X": the place seats X
    ):
        return True  # "Sovereign fund X led", "Tech giant X fell": an English word describing the name after it
    if (
        lower in SENTENCE_ADVERBS
        or lower in OPENING_PREPOSITIONS
        or (lower.endswith("ly") and ((before_comma and len(lower) > 4) or _adverb_of_adjective(lower)))
    ):
        return True
    if lower.endswith("ing") and _NAME_THEN_COMMA.match(text, position + len(token)) and _verb_before_ing(lower):
        return True  # "Outperforming X, Y rose", "Trailing X, ...": a participle's clause up to its comma
    if lower.endswith("ing") and zipf_frequency(lower, "en") >= PARTICIPLE_ZIPF:
        if _LOWER_WORD_NEXT.match(text, position + len(token)):
            return True  # "Announcing his move, ...", "Citing people familiar": a participle opening the sentence
        # "Taking 420 jobs out, ...": a common verb before a number ("Boeing 737" and "Samsung 5G" are rarer words)
        return (
            zipf_frequency(lower, "en") >= COMMON_PARTICIPLE_ZIPF
            and text[position + len(token) : position + len(token) + 2].strip()[:1].isdigit()
        )
    if lower.endswith("ed") and zipf_frequency(lower, "en") >= PARTICIPLE_ZIPF:
        # "Headquartered in X, ...", "Backed by Y, ...": a participle opening the sentence; "Advanced Micro Devices"
        # names a company; "Ahmed Qorvani said": a given name before a rare word (a participle goes on in lower case)
        return not _firm_name_follows(text[position + len(token) :]) and not _rare_name_next(
            text, position + len(token)
        )
    if lower in lowercase_words and not token.isupper():
        if lower in _INSTITUTION_HEADS and _OF_A_NAME.match(text, position + len(token)):
            return False  # "Bank of Velt cut ...": the institution's name, though the text says "the bank" too
        # "Sakana AI K.K. is ...": a word the text also writes in lower case still leads a company's name
        follower = re.match(r" ([A-Z][\w.]*)", text[position + len(token) :])
        return follower is None or follower.group(1).lower().rstrip(".") not in ORG_WORDS
    return False


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he $")
# Nouns that open an institution's own name before "of" and a name ("Bank of X", "University of Y")
_INSTITUTION_HEADS = frozenset({"bank", "university", "institute", "academy", "college", "ministry", "commission"})
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")
_TARGET_ABBREVIATIONS = frozenset({"PT", "TP"})
# " fund X", " wealth fund X", " giant X": a kind of company, then its name
_DESCRIBED_NAME_NEXT = re.compile(
    r" (?:[a-z]+ ){0,2}?(?:fund|giant|firm|start-?up|company|investor|lender|conglomerate|heavyweight)s? [A-Z]"
)
_COMMON_WORD = 3.5  # "sovereign" 3.95, "tech" 4.7; a coined name ("Quorra") is no English word


def _rare_name_next(text: str, position: int) -> bool:
    word = _NEXT_WORD.match(text, position)
    return (
        word is not None
        and re.fullmatch(r"[A-Z][a-z]+", word.group(1)) is not None
        and zipf_frequency(word.group(1).lower(), "en") < _COMMON_WORD
        and word.group(1).lower() not in place_names()
    )


def _title_word_after(after: str) -> bool:
    """ "All Ordinaries": a capitalised word no stop word follows, then a lower-case word or the clause's end."""
    found = re.match(r" ([A-Z][a-z]+)(?=[\s,.;]|$)(?! [A-Z])", after)
    return found is not None and found.group(1).lower() not in STOP_WORDS


_TITLE_NEXT = re.compile(rf"\s+(?:{TITLE})\b", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w&-]*)+")
_NEXT_WORD = re.compile(r" ([A-Z][\w-]*)")
_NAME_THEN_CODE = re.compile(r"(?: [A-Z][\w&.-]*){1,3} \((?:[A-Z]{2,8}:\s?)?[0-9A-Z]{1,6}(?:\.[A-Z]{1,3})?\)")
_LOWER_WORD_NEXT = re.compile(r" (?:[a-z]|[A-Z][a-z]+ly\b)")


_NAME_THEN_COMMA = re.compile(r"(?: [A-Z][\w&.'’-]*){1,4},")


def _verb_before_ing(word: str) -> bool:
    """ "outperforming", "trailing", "overtaking": an English verb and "-ing" ("Boeing", "Viking" are no verbs)."""
    stem = word[:-3]
    return len(stem) >= 3 and max(zipf_frequency(stem, "en"), zipf_frequency(stem + "e", "en")) >= VERB_ZIPF


def _adverb_of_adjective(word: str) -> bool:
    """ "Finally", "Notably", "Recently": an English adverb made from a common adjective ("final", "notable"), not a
    name ending in -ly ("Kelly", "Bradley": their stems are short or no adjective)."""
    stems = (word[:-2], word[:-1] + "e", word[:-3] + "y")
    return zipf_frequency(word, "en") >= ADVERB_ZIPF and any(
        len(stem) >= 5 and zipf_frequency(stem, "en") >= ADJECTIVE_ZIPF for stem in stems
    )


def _surname_before_given_name(token: str, rest: str) -> bool:
    """ "He Xiaopeng": a stop word that is also a surname, followed by a pinyin given name."""
    given = _NEXT_WORD.match(rest)
    return given is not None and token.istitle() and east_asian_name(f"{token} {given.group(1)}")


ADVERB_ZIPF, ADJECTIVE_ZIPF = 3.5, 4.0  # "notably" 4.0 from "notable" 4.1; "bradley" 4.0 from "brad" (too short)
VERB_ZIPF = 3.0  # "outperform" 3.0, "trail" 4.5, "overtake" 3.3; "boe" 2.9, "ker" 2.8
PARTICIPLE_ZIPF = 2.5  # "headquartered" 3.3, "incorporated" 3.6: English words, not names
COMMON_PARTICIPLE_ZIPF = 4.5  # "taking" 5.4, "adding" 4.7; "samsung" 4.1, "beijing" 4.1, "boeing" 3.8
