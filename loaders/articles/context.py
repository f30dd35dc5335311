"""What the patterns work with: the sentence in view, its mentions and dates, and the draft being built."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from wordfreq import zipf_frequency

from graph.dates import PartialDate
from graph.model import EntityKind, Money
from loaders.articles import subjects
from loaders.articles.builder import DraftBuilder
from loaders.articles.lexicon import (
    ACTS_AFTER_FIRM,
    NATIONALITY_NOUN,
    PERSON_NOUNS,
    STOP_WORDS,
    TITLE,
)
from loaders.articles.mentions import Mention, after_possessive, guess_kind, looks_like_person
from loaders.articles.personal_names import east_asian_name
from loaders.articles.records import clean_surface
from loaders.articles.sentences import Sentence
from loaders.articles.subjects import clause_start
from loaders.articles.textdates import DateMatch
from loaders.articles.unit_names import board_owner, modifies_a_unit
from loaders.drafts import Span
from loaders.money import AmountMatch, find_amounts

# "analyst Paul Gong", "CEO Zhang Peng", "founder and chief executive Ann Lee": a title right before a name
SURNAME_ZIPF = 4.0  # "Musk" 3.0, "Toon" 2.6; "Street" 5.1, "Journal" 4.7, "Startups" 4.0
_TITLED = re.compile(
    rf"\b(?:{TITLE}|journalist|reporter|editor|columnist|correspondent|Mr|Ms|Mrs|Dr)(?<! at)(?<! of)\.?\s+$", re.I
)  # not "head of research at X": X is where the title is held
# '"...," said A of X', "according to analyst A of X": the speaker named with the firm
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|added|wrote|according to)\s+"
    r"(?:(?:[a-z-]+\s+)?(?:analyst|economist|strategist|spokes(?:man|woman|person))\s+)?$"
)
PRONOUN_SUBJECT = re.compile(
    r"^(?:it|its|the (?:company|firm|group|lab|start-?up|stock|maker|developer|platform|business|chipmaker))$",
    re.IGNORECASE,
)


@dataclass
class DocState:
    builder: DraftBuilder
    published_at: PartialDate | None
    topic: str | None = None  # ref of the organisation the text is currently about
    previous_topic: str | None = None  # the one before it ("A, B and C also took part" moves the topic to A)
    block_topic: dict[int, str] = field(default_factory=dict)
    last_date: PartialDate | None = None
    last_round: dict[str, Any] = field(default_factory=dict)
    last_product: str | None = None
    last_person: str | None = None
    last_subject: str | None = None  # the organisation the previous sentence opened with ("Its shares ..." next)
    # the one it opened with as the company acting, not backing another ("It completed its purchase of X" next)
    last_actor: str | None = None
    recent_raiser: str | None = None  # the company the last sentence (or one going on about "it") raised money for
    # the company the previous sentence introduced ("funded another AI startup, X, which ..."): "It was founded" next
    introduced: str | None = None
    introduced_by_name: bool = False  # ... by ending on "a startup called X.": "The company ..." next is X too
    # the company the previous sentence described as a start-up or a maker ("Y, a Lisbon-based maker of robots"):
    # "The startup, founded in 2017, ..." next is Y, not the text's topic
    described_startup: str | None = None
    opening_person: str | None = None  # the person the last sentence naming people opened with ("He ..." next)
    # words of the people named so far, each with the full name it belongs to ("gong" -> "Paul Gong")
    person_words: dict[str, str] = field(default_factory=dict)
    # last words of names shaped like a person's that the text did not show to be one ("its CEOs (A B and C D)"):
    # "D said" later is no company called D
    surnames: set[str] = field(default_factory=set)
    word_counts: dict[str, int] = field(default_factory=dict)  # how often the text holds a word (topic weighing)
    about_offering: bool = False  # the text reports an IPO, a trading debut or a bond or note sale
    offering_banks: set[str] = field(default_factory=set)  # the banks the text named in an offering's roles
    movers: dict[int, list[str]] = field(default_factory=dict)  # the stocks each sentence moved, by its offset
    paragraph_names: list[str] = field(default_factory=list)  # the names (no person's) its earlier sentences hold


_BY_OR_ANALYST = re.compile(r"(?:\bby|\b[Aa]nalysts?)\s+$")


@dataclass
class SentenceView:
    sentence: Sentence
    mentions: list[Mention]  # offsets relative to the sentence
    dates: list[DateMatch]  # offsets relative to the sentence
    doc: DocState

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def b(self) -> DraftBuilder:
        return self.doc.builder

    @cached_property
    def amounts(self) -> list[AmountMatch]:
        """The sentence's amounts of money, read once for every family."""
        return find_amounts(self.text)

    def span(self, start: int = 0, end: int | None = None) -> Span:
        end = len(self.text) if end is None else end
        return self.b.span(self.sentence.start + start, self.sentence.start + end)

    def clause_span(self, start: int, end: int) -> Span:
        """The clause around [start, end): from the previous ";" (outside parentheses) to the next one."""
        begin = clause_start(self.text, start)
        stop = self.text.find(";", end)
        return self.span(begin, len(self.text) if stop < 0 else stop)

    def whole(self) -> Span:
        return self.span(0, len(self.text))

    def mention_at(self, pos: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= pos < m.end:
                return m
        return None

    def owner_at(self, pos: int) -> Mention | None:
        """The name at `pos` as an owner: in "the unit of A's B" that is B, the name A's possessive leads to (None
        when only a noun follows: "A's online arm" is unnamed)."""
        m = self.mention_at(pos)
        return self.mention_at(after_possessive(self.text, m)) if m is not None and m.possessive else m

    def mention_after(self, pos: int, limit: int = 40) -> Mention | None:
        for m in self.mentions:
            if pos <= m.start <= pos + limit:
                gap = self.text[pos : m.start]
                if re.fullmatch(r"[\s,\"“*]*(?:(?:the|a|an|its|their|[a-z][a-z\-]*)\s+)*[\"“*]*", gap):
                    return m
                return None
        return None

    def mention_before(self, pos: int, limit: int = 60) -> Mention | None:
        for m in reversed(self.mentions):
            if m.end <= pos and pos - m.end <= limit:
                return m
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def name_list(self, pos: int, end: int | None = None) -> list[Mention]:
        """Mentions listed from `pos`: "A, B and C", stopping at the first gap that is not a separator."""
        end = len(self.text) if end is None else end
        found: list[Mention] = []
        cursor = pos
        for m in self.mentions:
            if m.start < cursor or m.end > end:
                continue
            gap = self.text[cursor : m.start]
            # "A HHSTECH and B", "A 6857.T and B": a wire's code after a name is no break in the list
            sep = r"(?:\s+(?:[A-Z][A-Z0-9.]{2,}|\d{3,6}\.[A-Z]{1,2})\b)?"
            sep += r"(?:\s*\((?:[A-Z]{2,6}:\s?)?[A-Z0-9][A-Z0-9.]{1,11}\))?"
            sep += r"\s*(?:,\s*)?(?:(?:and|as well as|plus|&)\s+)?"  # "A (09988.HK) and B": a listing code
            sep += rf"(?:the\s+|{NATIONALITY_NOUN}\s+)?"  # "A and Welshman B"
            if not re.fullmatch(sep if found else r"\s*(?:the\s+)?", gap):
                break
            found.append(m)
            cursor = m.end + (2 if m.possessive else 0)
            if m.possessive:
                break
        return found

    def date_near(self, pos: int, *, after_only: bool = False, window: int = 60) -> PartialDate | None:
        best: tuple[int, PartialDate] | None = None
        for d in self.dates:
            if d.date is None:
                continue
            if d.start >= pos:
                distance = d.start - pos
            elif after_only:
                continue
            else:
                distance = pos - d.end + 10
            if distance <= window and (best is None or distance < best[0]):
                best = (distance, d.date)
        return best[1] if best else None

    def sentence_date(self) -> PartialDate | None:
        for d in self.dates:
            if d.date is not None:
                return d.date
        return None

    def resolve(self, mention: Mention | None, kind: EntityKind | None, *, unit_is_owner: bool = False) -> str | None:
        """The entity a mention names. `unit_is_owner`: "X supply chain unit" stands for X (its staff work at X);
        otherwise the party there is the unnamed unit and nothing is resolved."""
        if mention is None:
            return None
        if PRONOUN_SUBJECT.match(mention.text):
            return self.doc.topic
        if kind == EntityKind.ORGANIZATION and mention.text.casefold() in self.doc.surnames:
            return None
        if self._person_by_name(mention):
            if kind not in (None, EntityKind.PERSON):
                return None  # "Gong raised his target": the analyst named earlier, no company called Gong
            full = self.doc.person_words[mention.text.casefold()]  # "Wang started X": Wang Xing, named before
            return self.b.entity(full, EntityKind.PERSON, self.span(mention.start, mention.end))
        if kind == EntityKind.ORGANIZATION and not unit_is_owner and modifies_a_unit(self.text, mention.end):
            return None  # "the Shanghai AI industry fund": the party is the unnamed fund, not Shanghai AI
        if kind == EntityKind.ORGANIZATION:
            mention = board_owner(mention)
        return self.b.entity(mention.text, kind, self.span(mention.start, mention.end))

    def _person_by_name(self, m: Mention) -> bool:
        """A one-word name that is part of a person's name given earlier in the text ("Paul Gong" ... "Gong")."""
        words = m.text.split()
        return len(words) == 1 and words[0].casefold() in self.doc.person_words

    def note_people(self) -> None:
        """Remember the words of the people this sentence names, so a later surname alone is known as theirs."""
        for m in self.mentions:
            if len(m.text.split()) < 2:
                continue
            if self.is_person(m):
                for word in m.text.split():
                    self.doc.person_words.setdefault(word.casefold(), m.text)
            elif self._person_shaped(m):
                self.doc.surnames.add(m.text.split()[-1].casefold())

    def _person_shaped(self, m: Mention) -> bool:
        """A name shaped like a person's the text does not show to be a company: not "Chipmaker X" (a role noun),
        "Neither X" (a function word) or "Oxford Street" (an English word closing it; surnames are rare words)."""
        first, last = m.text.split()[0], m.text.split()[-1]
        return (
            looks_like_person(m.text)
            and clean_surface(m.text) == m.text
            and first.lower() not in STOP_WORDS
            and zipf_frequency(first.lower(), "en") < SURNAME_ZIPF + 0.5  # "Neither" 5.1, "Joseph" 4.2
            and zipf_frequency(last.lower(), "en") < SURNAME_ZIPF
            and self._known_kind(m) is None
        )

    def _known_kind(self, m: Mention) -> EntityKind | None:
        record = self.b.find(m.text)
        if record is not None:
            return record.kind
        known = self.b.gazetteer.lookup(m.text)
        return known[1] if known else None

    def is_person(self, m: Mention) -> bool:
        record = self.b.find(m.text)
        if record is not None:
            return record.kind == EntityKind.PERSON
        known = self.b.gazetteer.lookup(m.text)
        if known is not None:
            return known[1] == EntityKind.PERSON
        if self._person_by_name(m):
            return True
        if not looks_like_person(m.text):
            return False
        if east_asian_name(m.text):
            return True
        after = self.text[m.end : m.end + 60]
        return bool(
            re.search(r"\b(?:said|says|told|succeed|succeeds|succeeded|\d+-year-old)\s+$", self.text[: m.start])
            or _TITLED.search(self.text[max(0, m.start - 40) : m.start])
            or re.match(rf",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{PERSON_NOUNS}\b", after)
            or self.firm_of_person(m) is not None
        )

    def firm_of_person(self, m: Mention) -> Mention | None:
        """ "Nick Lai of JP Morgan said", "A of the X Institute also praised": the firm after a person-shaped name
        and "of", when the person then acts (not "Tessel Micro of France", "The Dark Side of the Moon")."""
        if re.fullmatch(TITLE, m.text, re.IGNORECASE) or re.search(r"\b[Tt]he\s+$", self.text[: m.start]):
            return None  # "General Manager of X": a title
        of = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", self.text[m.end :])  # "analyst A from X raised"
        firm = self.mention_at(m.end + of.end()) if of else None
        if firm is None or guess_kind(firm.text) == EntityKind.PLACE:
            return None
        # '"...," said A of X.': the speaker of a quote, the firm closing the sentence
        speaks = _SAID_BEFORE.search(self.text, 0, m.start) and re.match(r"\s*(?:[.;,]|$)", self.text[firm.end :])
        # "was cut by A of X Securities on Monday", "analyst A of X Bank": an analyst and the firm an org word names
        rated = _BY_OR_ANALYST.search(self.text, 0, m.start) and guess_kind(firm.text) == EntityKind.ORGANIZATION
        return firm if ACTS_AFTER_FIRM.match(self.text, firm.end) or speaks or rated else None

    def label_end(self) -> int:
        """End of a lead-in label ("Who is behind it: ", "The money: ") or dateline ("BERLIN (Reuters) - "), or 0."""
        label = _LEAD_IN.match(self.text)
        return label.end() if label else 0

    def subject_mention(self, before: int | None = None, after: int = 0) -> Mention | None:
        return subjects.subject_mention(self, before, after)

    def subject_ref(self, before: int | None = None) -> str | None:
        return subjects.subject_ref(self, before)

    def reported_subject(self, before: int) -> str | None:
        return subjects.reported_subject(self, before)


# "Backed by Toyota and Sony, the venture ...": a participle phrase opening the sentence, up to its comma; the names
# in it are not what the sentence is about
OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed (?:by|with|from) [^,;]{1,80},\s")


_LEAD_IN = re.compile(
    r"^\W{0,4}(?:[A-Z][\w '’]{0,30}):\s+"  # "👉 Background: ", "What's new: "
    r"|^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"\s*(?:\([^()]{1,30}\))?\s*[—–-]{1,2}\s+"  # "SHENZHEN, March 12 (Reuters) - ", "BERLIN (dpa-AFX) - "
)


def money_props(money: Money | None) -> dict[str, Any] | None:
    return {"amount": money.amount, "currency": money.currency} if money else None
