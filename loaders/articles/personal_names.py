"""Shapes of East Asian personal names written in Latin letters: common Chinese surnames and pinyin given names
("Zhang Yubo", "He Xiaopeng", "Lee Kai-Fu"), hyphenated Korean given names ("Jun Young-hyun"). Generic
knowledge of how names are written, never names of anyone in a corpus."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

# The most common Chinese surnames in pinyin (and the usual Hong Kong / Taiwan spellings) and Korean surnames.
_SURNAME_LIST = """
    an bai cai cao chan chang chen cheng cheung chiu chow chu cui dai deng ding dong du duan fan fang feng fu gao
    ge gong gu guo han hao he ho hou hu hua huang hui jia jiang jin kang ko kong kwok lai lam lau lee lei leung li
    liang liao lin ling liu long lu luo lv ma mao meng mo ng ni pan peng qian qin qiu ren shao shen shi song su sun
    tan tang tao tian tsai wan wang wei wen wong wu xia xiang xiao xie xiong xu xue yan yang yao ye yeung yi yin
    yu yuan yue zeng zhai zhan zhang zhao zheng zhong zhou zhu zou
    ahn bae baek cho choi hong hwang jang jun jung kim kwon lim moon nam oh park seo shin son yoo yoon
"""
SURNAMES = frozenset(_SURNAME_LIST.split())

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_SYLLABLE = rf"(?:{_INITIAL}?{_FINAL})"
# a syllable with no initial only opens a word: inside one pinyin writes an apostrophe ("Xi'an"), so "Auto" is none
_NEXT_SYLLABLE = rf"(?:{_INITIAL}{_FINAL})"
_PINYIN_WORD = re.compile(rf"{_SYLLABLE}{_NEXT_SYLLABLE}{{0,2}}")
_TWO_SYLLABLES = re.compile(rf"{_SYLLABLE}{_NEXT_SYLLABLE}{{1,2}}")
_ENGLISH_WORD = 5.0  # "He", "An", "Long", "Song": surnames that are also everyday English words
_RARE_IN_ENGLISH = 3.5  # after those, "Xiaopeng" (0) is a given name, "Can" and "Ran" are English words


@lru_cache(maxsize=4096)
def pinyin_given_name(token: str, *, rare: bool = False) -> bool:
    """ "Xiaopeng", "Yubo", "Kai-Fu", "Jun": one to three pinyin syllables (hyphenated parts each), capitalised;
    with `rare`, also not a common English word."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", token):
        return False
    if rare and zipf_frequency(token.lower(), "en") >= _RARE_IN_ENGLISH:
        return False
    return all(_PINYIN_WORD.fullmatch(part) for part in token.lower().split("-"))


def korean_given_name(token: str) -> bool:
    """ "Young-hyun", "Jae-won": two hyphenated syllables, the second in lower case."""
    return bool(re.fullmatch(r"[A-Z][a-z]{1,5}-[a-z]{2,5}", token))


# One romanised Korean syllable: "jae", "young", "hyun", "seok", "kwang"
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|[kgndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|eui|ae|ya|eo|ye|oe|wa|wo|we|wi|yu|eu|ui|yo|oo|ee|ou|a|e|i|o|u)(?:ng|[nklmptgb])?"
)


def korean_syllables(token: str) -> bool:
    """ "Jae-won", "Eui-sun", "Young-hyun": two hyphenated parts, each one romanised Korean syllable (a given name,
    not "Casual-wear" or "Silicon-wafer")."""
    parts = token.lower().split("-")
    return len(parts) == 2 and all(_KOREAN_SYLLABLE.fullmatch(part) for part in parts)


def east_asian_name(name: str) -> bool:
    """Surname and given name in either order: "Zhang Yubo", "He Xiaopeng", "Conghui An", "Jun Young-hyun"."""
    parts = name.split()
    if len(parts) != 2:
        return False
    first, second = parts
    if first.lower() in SURNAMES:
        rare = zipf_frequency(first.lower(), "en") >= _ENGLISH_WORD
        return pinyin_given_name(second, rare=rare) or korean_given_name(second)
    # given name first ("Conghui An"): two syllables at least, so a one-word brand ("Xing Ye") is not read as one
    two_syllables = _TWO_SYLLABLES.fullmatch(first.lower().replace("-", "")) is not None
    return second.lower() in SURNAMES and two_syllables and pinyin_given_name(first, rare=True)
