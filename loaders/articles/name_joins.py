"""Firm names the mention finder cuts in two: a number word opening the name ("Five Source Capital"), two fields of
business joined by "and" ("X Development and Investment Corp"), a legal form after the country in brackets
("X International (Netherlands) B.V.") or the registered place in brackets inside it ("X (Dorrance) Technology Co.
Ltd."); a name going on through Arabic particles ("A bin B al-C") or Romance ones ("Caisse des prêts"). A law's
name going on through "and" ("Fair Trading and Consumer Act") is dropped: no party to anything."""

from __future__ import annotations

import re

from loaders.articles.lexicon import ORG_WORDS, STOP_WORDS
from loaders.articles.mentions import POSSESSIVE, Mention

# Number words are stop words at a sentence's start ("Five firms joined ..."); inside a sentence, written with a
# capital right before a firm's name, they open the name: "from Five Source Capital and ..."
# ... and so does "New" ("from A, New Enterprise Associates and B")
_NUMBER_WORD = re.compile(r"(?:(?<=[\w,;:] )|(?<=,))(?:One|Two|Three|Four|Five|First|Second|New)\s$")
_FIRM_LAST = {*ORG_WORDS, "associates"}
# The fields of business a firm's name may join: "Development and Investment", "Industry and Trade"
_FIELDS = (
    "Commerce|Construction|Development|Engineering|Finance|Incubation|Incubator|Industry|Infrastructure|Innovation|"
    "Investment|Manufacturing|Research|Security|Technology|Trade"
)
_FIELD_LAST = re.compile(rf"(?:^|\s)(?:{_FIELDS}|Capital)$")  # "X Capital and Incubator Group"
_AND_FIELD = re.compile(
    rf" and (?:{_FIELDS})(?: (?:Corp|Corporation|Co|Company|Group|Holdings?|Ltd|Limited|Fund))?\b(?![\w-])"
)

_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+ $")
_COUNTRY_AND_FORM = re.compile(
    r" \([A-Z][a-z]+(?: [A-Z][a-z]+)?\) (?:B\.V\.|N\.V\.|GmbH|AG|S\.A\.|S\.p\.A\.|SAS|K\.K\.|Pte\.? Ltd\.|"
    r"(?:Private|Pvt\.?) (?:Limited|Ltd\.)|Co\., Ltd\.|Ltd\.|Limited|Inc\.|LLC|plc|PLC)"
)

# "InnoVelt (Suzhou) Technology Holding Co. Ltd.": the registered place in brackets inside a company's legal name
_PLACE_INSIDE_NAME = re.compile(
    r" \([A-Z][a-z]+(?: [A-Z][a-z]+)?\)(?: [A-Z][\w&'-]*){1,4} (?:Co\.,? Ltd\.?|Ltd\.|Limited|Inc\.|Corp\.)"
)

# "the Organised and Serious Crimes Ordinance": a law's name goes on through "and"; neither half names a party
_AND_LAW = re.compile(r" and (?:[A-Z][a-z]+ ){1,3}(?:Ordinance|Act|Law|Bill|Regulations?|Directive)\b")

# Arabic names go on through lower-case particles: "bin Zayed" (son of), "al-Nahyan" (of the family)
_NAME_PARTICLES = re.compile(r"(?:\s(?:bin|bint|ibn)\s[A-Z][a-z]+|\s(?:al|el)-[A-Z][a-z]+)+(?![\w-])")
# French, Italian, Spanish and Portuguese names go on through "de", "des", "di", "do", "del" ...: "Banque des
# Orvanes", "Caixa do Tellix", "Caisse des prêts": the word after it is capitalised or, written in lower case, has
# an accented letter (no English word goes on after "de")
_ROMANCE_WORD = r"(?:[A-ZÀ-Ý][\w'’-]*|[a-zß-ÿ-]*[à-ÿ][a-zß-ÿ-]*)"
_ROMANCE_PARTICLES = re.compile(
    rf"(?:\s(?:de|des|du|di|della|delle|do|dos|das|del)(?:\s(?:la|las|los|l'))?\s{_ROMANCE_WORD}"
    rf"(?:\s(?:et|e|y)\s{_ROMANCE_WORD})?)+(?![\w'’-])"
)


def join_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a sentence, with the firm names cut in two made whole again."""
    joined: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        start, end = m.start, m.end
        number = _NUMBER_WORD.search(text, 0, m.start)
        if number is not None and m.text.split()[-1].lower() in _FIRM_LAST and len(m.text.split()) > 1:
            start = number.start()  # "Five Source Capital"
        fields = _AND_FIELD.match(text, m.end) if _FIELD_LAST.search(m.text) else None
        # "State Development and Investment": a word the finder left out as a description opens the name
        word = _WORD_BEFORE.search(text, 0, m.start) if fields is not None and " " not in m.text else None
        word = word if word is not None and word.group(0).strip().lower() not in STOP_WORDS else None
        if fields is not None and (" " in m.text or word is not None):
            start = word.start() if word is not None else start
            end = skip_until = fields.end()  # "X Development and Investment Corp"
        form = (_COUNTRY_AND_FORM.match(text, m.end) if " " in m.text else None) or _PLACE_INSIDE_NAME.match(
            text, m.end
        )
        if form is not None:
            end = skip_until = form.end()  # "Bharti Velt International (Netherlands) B.V."
        law = _AND_LAW.match(text, end)
        if law is not None:
            skip_until = law.end()
            continue  # "Organised and Serious Crimes Ordinance": a law, no party to anything
        particles = _NAME_PARTICLES.match(text, end) or _ROMANCE_PARTICLES.match(text, end)
        if particles is not None:
            end = skip_until = particles.end()  # "Faisal al-Mansouri", "Rashan bin Karim al-Harbi"
        if (start, end) == (m.start, m.end):
            joined.append(m)
            continue
        joined.append(Mention(text[start:end], start, end, bool(POSSESSIVE.match(text[end:]))))
    return joined
