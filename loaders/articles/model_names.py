"""Model and chip shapes among names ("GLM-4.7", "Kimi K2", "Ascend 910C"), told apart from prices, amounts and
quantities written with digits."""

from __future__ import annotations

import re

_NOT_A_MODEL = re.compile(
    r"(?:[A-Z]{3}|[A-Z]{1,3}\$|[$€£¥])\s?\d[\d.,]*(?:\s?(?:bn|billion|million|mn|m|k|/share))?"  # CNY344.84, US$14
    r"|\d[\d.,]*\s?(?:%|percent|per cent|/share|bn|mn|pct)|(?:Nearly|About|Some|Over|Around|Almost)\s.*"
    r"|(?:Q[1-4]|H[12])(?:\s?['’]\d{2}|\s\d{2,4})?|(?:[1-4]Q|[12]H|FY)(?:\s?['’]?\d{2,4})?|"  # "H100": a chip
    r"\d{1,2}[GDK]|[\d.]+-(?:year|month|week|day)-old|[\d,]+-[a-z]+"
    r"|(?:S&P|Nasdaq|NASDAQ|CSI|STAR|FTSE|Nikkei|KOSPI|Dow|Russell|Stoxx|DAX|CAC|Hang Seng)(?:\s[A-Za-z]+)?\s?\d+"
    r"|COVID-19|Covid-19|G\d{1,2}"  # fiscal periods, generations, ages, index names, the pandemic: no products
    r"|\d+(?:\.\d+)?(?:/\d+)?\s?(?:nm|mm|cm|GB|TB|MB|GHz|MHz|kW|MW|GW|GWh|MWh|mAh|Wh|kWh)"  # "2nm", "65/55nm"
    r"|(?:19|20)\d{2}s",  # a decade ("2010s")
    re.IGNORECASE,
)


def looks_like_model(name: str) -> bool:
    """Model/chip shapes: GLM-4.7, MiniMax-M1, Speech-02, Kimi K2, Ascend 910C, Yi-34B, dots.llm1; not prices,
    amounts or quantities ("CNY344.84", "74.49/share", "Nearly 71")."""
    if re.search(r"\d", name) is None:
        return False
    if re.fullmatch(r"\d+(?:\.\w+)?", name) or _NOT_A_MODEL.fullmatch(name):
        return False
    return bool(re.search(r"[A-Za-z]", name)) and not re.fullmatch(r"\d+\.[A-Z]{1,4}", name)
