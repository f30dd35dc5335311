"""What the patterns work with: the sentence in view, its mentions and dates, and the draft being built."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind, Money, ProductKind, RelationType
from graph.names import normalize_key as _normalize_key
from loaders.articles.confidence import (
    INFERRED,
    PLANNED_CONFIDENCE,
    caller_rule,
    clause_modality,
    rule_confidence,
)
from loaders.articles.mentions import (
    DEMONYMS,
    DESCRIPTOR_WORDS,
    NATIONALITY_WORDS,
    GazetteerIndex,
    Mention,
    guess_kind,
    looks_like_person,
    split_legal_tail,
)
from loaders.articles.sentences import Sentence
from loaders.articles.textdates import DateMatch
from loaders.drafts import AttributeDraft, EntityDraft, EventDraft, RelationDraft, Span
from loaders.money import AmountMatch, find_amounts

normalize_key = lru_cache(maxsize=1 << 16)(_normalize_key)

PERSON_NOUNS = (
    r"(?:analyst|executive|founder|co-founder|chairman|chairwoman|chief|president|professor|researcher|engineer|"
    r"scientist|director|partner|head|reporter|economist|strategist|manager|ceo|cto|investor|entrepreneur)"
)
# "analyst Paul Gong", "CEO Zhang Peng", "founder and chief executive Ann Lee": a title right before a name
_TITLED = re.compile(
    r"\b(?:analyst|founder|co-founder|chairman|chairwoman|president|professor|researcher|scientist|director|"
    r"economist|strategist|reporter|CEO|CTO|CFO|COO|chief executive(?: officer)?|Mr|Ms|Mrs|Dr)\.?\s+$",
    re.IGNORECASE,
)
PRONOUN_SUBJECT = re.compile(
    r"^(?:it|its|the (?:company|firm|group|lab|start-?up|stock|maker|developer|platform|business|chipmaker))$",
    re.IGNORECASE,
)


_ORG, _PERSON, _PRODUCT, _PLACE = EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.PRODUCT, EntityKind.PLACE
# The kinds each relation may join (subject, object): a statement of any other shape is a misreading.
RELATION_KINDS: dict[RelationType, set[tuple[EntityKind, EntityKind]]] = {
    RelationType.FOUNDED: {(_PERSON, _ORG), (_ORG, _ORG)},
    RelationType.WORKS_AT: {(_PERSON, _ORG)},
    RelationType.AFFILIATED_WITH: {(_PERSON, _ORG), (_ORG, _ORG)},
    RelationType.INVESTED_IN: {(_ORG, _ORG), (_PERSON, _ORG)},
    RelationType.SUBSIDIARY_OF: {(_ORG, _ORG)},
    RelationType.SPUN_OFF_FROM: {(_ORG, _ORG)},
    RelationType.ACQUIRED: {(_ORG, _ORG), (_PERSON, _ORG)},
    RelationType.DEVELOPED: {(_ORG, _PRODUCT)},
    RelationType.BASED_ON: {(_PRODUCT, _PRODUCT)},
    RelationType.COMPARED_TO: {(_PRODUCT, _PRODUCT), (_ORG, _ORG)},
    RelationType.SUPPLIES: {(_ORG, _ORG)},
    RelationType.LISTED_ON: {(_ORG, _ORG)},
    RelationType.HEADQUARTERED_IN: {(_ORG, _PLACE)},
}

_VERSION = [0]  # bumped on every change of a record's names: look-up memos compare it


class _Names(set[str]):
    """Aliases that tell their record when they change (the builder re-indexes only changed records)."""

    owner: EntityRecord | None = None

    def add(self, element: str) -> None:
        if element not in self:
            _VERSION[0] += 1
            super().add(element)
            if self.owner is not None:
                self.owner.names_changed()


@dataclass
class EntityRecord:
    ref: str
    kind: EntityKind
    name: str
    aliases: set[str] = field(default_factory=_Names)
    legal_name: str | None = None
    categories: set[str] = field(default_factory=set)
    founded_on: PartialDate | None = None
    product_kind: ProductKind | None = None
    released_on: PartialDate | None = None
    spans: list[Span] = field(default_factory=list)
    _keys: tuple[tuple[str, int, str | None], set[str], list[list[str]]] | None = field(default=None, repr=False)
    on_change: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        names = _Names(self.aliases)
        names.owner = self
        object.__setattr__(self, "aliases", names)

    def __setattr__(self, name: str, value: Any) -> None:
        changed = name in ("name", "legal_name") and getattr(self, name, None) != value
        object.__setattr__(self, name, value)
        if changed:
            _VERSION[0] += 1
            self.names_changed()

    def names_changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)

    def key_set(self) -> set[str]:
        signature = (self.name, len(self.aliases), self.legal_name)
        if self._keys is None or self._keys[0] != signature:
            keys = {normalize_key(n) for n in (self.name, *self.aliases, self.legal_name or "") if n}
            self._keys = (signature, keys, [k.split() for k in keys])
        return self._keys[1]

    def key_tokens(self) -> list[list[str]]:
        self.key_set()
        assert self._keys is not None
        return self._keys[2]


class DraftBuilder:
    """Collects entities by reference and statements; links repeated and short forms within the document."""

    def __init__(self, source: str, gazetteer: GazetteerIndex) -> None:
        self.source = source
        self.gazetteer = gazetteer
        self.entities: dict[str, EntityRecord] = {}
        self.relations: dict[tuple[Any, ...], RelationDraft] = {}
        self.events: dict[tuple[Any, ...], EventDraft] = {}
        self.attributes: dict[tuple[Any, ...], AttributeDraft] = {}
        self._find_signature: tuple[int, int] = (-1, -1)
        self._find_memo: dict[tuple[str, EntityKind | None], str | None] = {}
        self._exact: dict[str, dict[str, EntityRecord]] = {}
        self._first: dict[str, dict[str, EntityRecord]] = {}
        self._person_tokens: dict[str, dict[str, EntityRecord]] = {}
        self._suffix: dict[str, dict[str, EntityRecord]] = {}
        self._dirty: list[EntityRecord] = []
        self.sentence: Sentence | None = None  # the sentence being read: its clause decides a statement's modality

    def span(self, start: int, end: int) -> Span:
        return Span(quote=self.source[start:end], start=start, end=end)

    def _stamp(
        self, span: Span, statement: str, parties: tuple[str | None, ...], presupposed: bool = False
    ) -> tuple[Span, str | None]:
        """The span with the drafting rule (`family.function.STATEMENT`, `.inferred` when a party is not named in
        the sentence but taken from context) and its confidence; and the modality of the clause that states it."""
        rule = span.rule or f"{caller_rule()}.{statement}{INFERRED if self._inferred(parties) else ''}"
        modality = None
        if self.sentence is not None and span.end is not None and not presupposed:
            modality = clause_modality(self.sentence.text, span.end - self.sentence.start)
        confidence = rule_confidence(rule) if modality is None else min(PLANNED_CONFIDENCE, rule_confidence(rule))
        return span.model_copy(update={"rule": rule, "confidence": confidence}), modality

    def _inferred(self, parties: tuple[str | None, ...]) -> bool:
        """Whether a party of the statement goes unnamed in its sentence ("it", "the start-up", the text's topic)."""
        if self.sentence is None:
            return False
        text = self.sentence.text.casefold()
        for ref in parties:
            record = self.entities.get(ref or "")
            if record is None:
                continue
            names = {record.name, *record.aliases, *([record.legal_name] if record.legal_name else [])}
            if not any(name.casefold() in text for name in names if len(name) > 1):
                return True
        return False

    # --- entities -------------------------------------------------------------------------
    def find(self, surface: str, kind: EntityKind | None = None) -> EntityRecord | None:
        key = normalize_key(surface)
        if not key:
            return None
        signature = (len(self.entities), _VERSION[0])
        if signature != self._find_signature:
            self._find_signature = signature
            self._find_memo.clear()
        memo_key = (key, kind)
        if memo_key not in self._find_memo:
            self._find_memo[memo_key] = self._find(key, kind)
        ref = self._find_memo[memo_key]
        return self.entities.get(ref) if ref else None

    def _find(self, key: str, kind: EntityKind | None) -> str | None:
        record = self._scan(key, kind)
        return record.ref if record else None

    def _index(self, record: EntityRecord) -> None:
        for key in record.key_set():
            self._exact.setdefault(key, {})[record.ref] = record
            tokens = key.split()
            if not tokens:
                continue
            for core in _cores(tokens):
                self._first.setdefault(core, {})[record.ref] = record
            if record.kind == EntityKind.PERSON:
                for token in tokens:
                    self._person_tokens.setdefault(token, {})[record.ref] = record
            if record.kind == EntityKind.PRODUCT:
                self._suffix.setdefault("".join(tokens)[-2:], {})[record.ref] = record

    def _scan(self, key: str, kind: EntityKind | None) -> EntityRecord | None:
        """Exact key first, then short/long forms among the few records that could be one."""
        while self._dirty:
            self._index(self._dirty.pop())
        for record in self._exact.get(key, {}).values():
            if (kind is None or record.kind == kind) and key in record.key_set():
                return record
        tokens = key.split()
        candidates: dict[str, EntityRecord] = {}
        for core in _cores(tokens):
            candidates.update(self._first.get(core, {}))
        if len(tokens) == 1:
            candidates.update(self._person_tokens.get(tokens[0], {}))
        candidates.update(self._suffix.get("".join(tokens)[-2:], {}))
        for record in candidates.values():
            if kind is not None and record.kind != kind:
                continue
            for known_tokens in record.key_tokens():
                if _short_form(tokens, known_tokens, record.kind):
                    return record
        return None

    def entity(self, surface: str, kind: EntityKind | None, span: Span | None = None) -> str | None:
        surface = clean_surface(surface)
        if not surface or not normalize_key(surface):
            return None
        share_class = _SHARE_CLASS.search(surface)
        if share_class and kind in (None, EntityKind.ORGANIZATION):
            surface = surface[: share_class.start()]  # "Alibaba-W", "Kuaishou-W": the company behind the share class
        known = self.gazetteer.lookup(surface)
        if kind not in (None, EntityKind.PLACE) and known is None and not_a_party(surface):
            return None  # "China's X", "South Korean", "Abu Dhabi-based": a place or an adjective is no party
        record = self.find(surface, kind) or (self.find(known[0], known[1]) if known else None)
        if record is None:
            same_key = self.find(surface)
            if same_key is not None and (kind is None or normalize_key(surface) in same_key.key_set()):
                record = same_key
        if record is None:
            name, final_kind = surface, kind or guess_kind(surface)
            if known:
                name, final_kind = known[0], known[1]
            elif final_kind is None:
                final_kind = EntityKind.PERSON if looks_like_person(surface) else EntityKind.ORGANIZATION
            legal = None
            if final_kind == EntityKind.ORGANIZATION and not known:
                name, legal = split_legal_tail(name)
            ref = f"{final_kind.value.lower()}:{normalize_key(name)}"
            record = self.entities.get(ref) or EntityRecord(
                ref, final_kind, name, legal_name=legal, on_change=self._dirty.append
            )
            if ref not in self.entities:
                self._dirty.append(record)
            self.entities[ref] = record
        if (
            record.kind == EntityKind.PRODUCT
            and len(normalize_key(surface)) > len(normalize_key(record.name))
            and normalize_key(surface).endswith(normalize_key(record.name).replace(" ", ""))
        ):
            record.aliases.add(record.name)
            record.name = surface
        if (surface != record.name and normalize_key(surface) != normalize_key(record.name)) or (
            surface != record.name and len(surface) > len(record.name) and record.kind == EntityKind.ORGANIZATION
        ):
            record.aliases.add(surface)
        if span is not None and len(record.spans) < 5:
            record.spans.append(span)
        return record.ref

    def record(self, ref: str) -> EntityRecord:
        return self.entities[ref]

    # --- statements -----------------------------------------------------------------------
    def relate(
        self,
        type_: RelationType,
        subject: str | None,
        obj: str | None,
        span: Span,
        *,
        valid_from: PartialDate | None = None,
        properties: dict[str, Any] | None = None,
        qualifier: str | None = None,
        presupposed: bool = False,
    ) -> None:
        """One relation. `presupposed`: the text takes it as given ("Halden CEO Carlos Ruiz said it will ..."),
        so the clause's plans or denials are not about it."""
        if not subject or not obj or subject == obj:
            return
        allowed = RELATION_KINDS.get(type_)
        if allowed and (self.entities[subject].kind, self.entities[obj].kind) not in allowed:
            return
        span, modality = self._stamp(span, type_.value, (subject, obj), presupposed)
        if modality is not None:
            return  # a relation the clause only plans, expects or denies is no fact
        role = str((properties or {}).get("role") or "")
        if type_ == RelationType.WORKS_AT and "founder" in role and not (properties or {}).get("former"):
            self.relate(RelationType.FOUNDED, subject, obj, span)
            if not re.sub(r"\b(?:co-?)?founders?\b|\band\b|[,\s]", "", role):
                return  # "founder X": FOUNDED says it; being its founder is no job title of its own
        if type_ == RelationType.WORKS_AT and re.search(r"\b(?:former|ex-)", role):
            properties = {**(properties or {}), "former": True}
        key = (type_, subject, obj, qualifier)
        props = {k: v for k, v in (properties or {}).items() if v is not None}
        existing = self.relations.get(key)
        if existing is not None:
            props = {**existing.properties, **props}
            valid_from = valid_from or existing.valid_from
            span = existing.span
        self.relations[key] = RelationDraft(
            type=type_,
            subject=subject,
            object=obj,
            valid_from=valid_from,
            properties=props,
            qualifier=qualifier,
            span=span,
        )

    def event(self, draft: EventDraft, key: tuple[Any, ...]) -> None:
        if key in self.events:
            return
        span, modality = self._stamp(draft.span, draft.kind.value, (draft.subject, draft.actor))
        if modality == "denied":
            return
        if modality:  # kept as what it is: a plan, never a fact
            update = {"properties": {**draft.properties, "modality": modality}, "summary": f"planned {draft.summary}"}
        else:
            update = {}
        self.events[key] = draft.model_copy(update={"span": span, **update})

    def attribute(
        self,
        entity: str | None,
        attribute: str,
        value: Any,
        span: Span,
        *,
        valid_from: PartialDate | None = None,
        properties: dict[str, Any] | None = None,
    ) -> None:
        if not entity:
            return
        span, modality = self._stamp(span, attribute, (entity,))
        if modality is not None:
            return
        key = (entity, attribute, repr(value), valid_from)
        self.attributes.setdefault(
            key,
            AttributeDraft(
                entity=entity,
                attribute=attribute,
                value=value,
                valid_from=valid_from,
                properties={k: v for k, v in (properties or {}).items() if v is not None},
                span=span,
            ),
        )

    def entity_drafts(self) -> tuple[EntityDraft, ...]:
        used = {r.subject for r in self.relations.values()} | {r.object for r in self.relations.values()}
        for event in self.events.values():
            used.update([event.subject, *([event.actor] if event.actor else []), *event.leads, *event.participants])
        used.update(a.entity for a in self.attributes.values())
        drafts = []
        for record in self.entities.values():
            if record.ref not in used:
                continue
            drafts.append(
                EntityDraft(
                    ref=record.ref,
                    kind=record.kind,
                    name=record.name,
                    aliases=tuple(sorted(a for a in record.aliases if normalize_key(a) != normalize_key(record.name))),
                    legal_name=record.legal_name,
                    categories=tuple(sorted(record.categories)),
                    founded_on=record.founded_on,
                    product_kind=record.product_kind,
                    released_on=record.released_on,
                    spans=tuple(record.spans),
                )
            )
        return tuple(drafts)


def _cores(tokens: list[str]) -> list[str]:
    """The key and its forms without trailing descriptor words: "moonshot ai" -> ["moonshot ai", "moonshot"]."""
    forms = [" ".join(tokens)]
    end = len(tokens)
    while end > 1 and tokens[end - 1] in DESCRIPTOR_WORDS:
        end -= 1
        forms.append(" ".join(tokens[:end]))
    return forms


def _short_form(tokens: list[str], known: list[str], kind: EntityKind) -> bool:
    """ "Moonshot" for "Moonshot AI", "Fung" for "Elliot Fung", "K2" for "Kimi K2"; and the long form back."""
    if not tokens or not known or tokens == known:
        return False
    if kind == EntityKind.PERSON:
        return len(tokens) == 1 and tokens[0] in known
    if kind == EntityKind.PRODUCT:
        short, long_ = sorted(("".join(tokens), "".join(known)), key=len)
        if not re.search(r"\d", short) or len(short) < 2:
            return False
        return long_.endswith(short) or (len(tokens) == 1 and known[-1] == tokens[0])
    if kind == EntityKind.ORGANIZATION:
        shorter, longer = (tokens, known) if len(tokens) < len(known) else (known, tokens)
        if longer[: len(shorter)] != shorter:
            return False
        return all(w in DESCRIPTOR_WORDS for w in longer[len(shorter) :])
    return False


# Words that end a possessive noun phrase: a verb, an article or a preposition opens the rest of the clause.
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|include[sd]?|including|said|says|the|a|an|to|of|in|on|for|with|by|as|"
    r"from|at|and|or|which|that)\b"
)
_PRODUCT_WORD = re.compile(
    r"\b(?:apps?|models?|chatbots?|assistants?|chips?|processors?|platforms?|LLMs?|cars?|SUVs?)\b"
)
_SHARE_CLASS = re.compile(r"-(?:W|SW|S|R|B|H)$")


def not_a_party(surface: str) -> bool:
    """Places, demonyms and adjectives ("-based", "-listed", "43-year-old"): never a company, person or product."""
    words = surface.lower().split()
    return (
        guess_kind(surface) == EntityKind.PLACE
        or bool(re.search(r"-(?:based|listed|owned|backed|year-old|born)$", surface))
        or all(w in DEMONYMS or w.rstrip("s") in DEMONYMS or w in NATIONALITY_WORDS or w == "ai" for w in words)
    )


_ROLE_NOUN_LEAD = re.compile(
    r"^(?:[A-Z][a-z]*makers?|Start-?ups?|Rivals?|Retailer|Lender|Insurer|Conglomerate)\s+(?=[A-Z0-9])"
)


def clean_surface(surface: str) -> str:
    text = surface.strip().strip("*\"“”'’,;:()[]")
    text = re.sub(r"['’]s?$", "", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|owner|parent|backed|owned|listed)\s+(?=[A-Z0-9])", "", text
    )  # "Temu-owner X"
    text = _ROLE_NOUN_LEAD.sub("", text)  # "Chipmaker Nvidia"
    text = re.sub(r"\b(Inc|Ltd|Corp|Co|Plc|PLC|LLC)(\.?)\s+[A-Z]{2,5}$", r"\1\2", text)  # "Baidu Inc BIDU": a ticker
    return text.strip()


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
    person_words: set[str] = field(default_factory=set)  # words of the people named so far ("paul", "gong")
    word_counts: dict[str, int] = field(default_factory=dict)  # how often the text holds a word (topic weighing)


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
            sep = r"\s*(?:,\s*)?(?:(?:and|as well as|plus|&)\s+)?(?:the\s+)?"
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

    def resolve(self, mention: Mention | None, kind: EntityKind | None) -> str | None:
        if mention is None:
            return None
        if PRONOUN_SUBJECT.match(mention.text):
            return self.doc.topic
        if kind not in (None, EntityKind.PERSON) and self._person_by_name(mention):
            return None  # "Gong raised his target": the analyst named earlier, no company called Gong
        return self.b.entity(mention.text, kind, self.span(mention.start, mention.end))

    def _person_by_name(self, m: Mention) -> bool:
        """A one-word name that is part of a person's name given earlier in the text ("Paul Gong" ... "Gong")."""
        words = m.text.split()
        return len(words) == 1 and words[0].casefold() in self.doc.person_words

    def note_people(self) -> None:
        """Remember the words of the people this sentence names, so a later surname alone is known as theirs."""
        for m in self.mentions:
            if len(m.text.split()) > 1 and self.is_person(m):
                self.doc.person_words.update(w.casefold() for w in m.text.split())

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
        after = self.text[m.end : m.end + 60]
        return bool(
            re.search(r"\b(?:said|says|told)\s+$", self.text[: m.start])
            or _TITLED.search(self.text[max(0, m.start - 40) : m.start])
            or re.match(rf",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{PERSON_NOUNS}\b", after)
        )

    def label_end(self) -> int:
        """End of a lead-in label ("Who is behind it: ", "The money: "), 0 when there is none."""
        label = re.match(r"^(?:[A-Z][\w ]{0,30}):\s+", self.text)
        return label.end() if label else 0

    def subject_mention(self, before: int | None = None, after: int = 0) -> Mention | None:
        """The clause subject: the first name that is not a place, a dateline or inside a prepositional phrase."""
        limit = len(self.text) if before is None else before
        after = max(after, self.label_end())
        for m in self.mentions:
            if m.start < after:
                continue
            if m.start >= limit:
                break
            head = self.text[max(0, m.start - 12) : m.start]
            if re.search(r"\bshares of\s+$", head, re.IGNORECASE):
                return m
            if re.search(
                r"\b(?:in|on|at|from|with|for|of|to|by|than|since|after|as|like|into|across)\s+(?:the\s+|an?\s+|its\s+)?$",
                head,
                re.IGNORECASE,
            ):
                continue
            if is_dateline(self.text, m):
                continue  # dateline "SHANGHAI, Dec 5 —"
            if m.possessive and self._possessed_name_follows(m):
                continue  # "Geely's electric vehicle (EV) brand Zeekr raised": Zeekr is the subject
            if guess_kind(m.text) == EntityKind.PLACE or m.text.endswith("-based"):
                continue
            if self.text[m.end : m.end + 1] == "-" or self._known_kind(m) == EntityKind.PLACE:
                continue
            return m
        return None

    def _possessed_name_follows(self, m: Mention) -> bool:
        nxt = next((o for o in self.mentions if o.start > m.end), None)
        if nxt is None:
            return False
        gap = self.text[m.end : nxt.start]
        if _PRODUCT_WORD.search(gap):
            return False  # "X's app Y reached ...": Y is X's product; X stays the subject
        if _NOT_A_NOUN_PHRASE.search(gap):
            return False  # "X's offerings include the Y family": Y is named in X's clause, not X's unit
        return bool(re.fullmatch(r"['’]s?\s+(?:(?:\([^()]{1,20}\)|[a-z][\w-]*),?\s+){1,6}", gap))

    def subject_ref(self, before: int | None = None) -> str | None:
        """Subject of the sentence up to `before`: a named organisation or, for "it"/"the company", the topic."""
        head = self.text[: len(self.text) if before is None else before]
        clause = clause_start(self.text, len(head))
        m = self.subject_mention(before, clause)
        head = head[clause:] if clause else head
        pronoun = re.search(
            r"(?:^|[,;:]\s*|\b(?:and|which|that)\s+)(?:[Ii]t|[Ii]ts)\b|\bit\b"
            r"|\b[Tt]he (?:company|firm|group|lab|start-?up|stock|[a-z-]+ (?:company|firm|lab))\b(?!['’])",
            head,
        )
        if pronoun and (m is None or pronoun.start() + clause < m.start):
            return self.doc.topic
        if m is None:
            return self.doc.topic if re.match(r"\s*(?:it|its|the company)\b", head, re.IGNORECASE) else None
        if self.is_person(m):
            return None
        return self.resolve(m, EntityKind.ORGANIZATION)


_DATELINE_AFTER = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*)?[—–]")


def is_dateline(text: str, m: Mention) -> bool:
    """ "SHANGHAI, Dec 5, 2025 —": a place in capitals opening a wire story, not a subject."""
    return m.text.isupper() and len(m.text) > 3 and m.start <= 2 and bool(_DATELINE_AFTER.match(text[m.end :]))


# Conjunctions that open a clause with a subject of its own: "A raised $6bn, while B raised $2bn".
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|,\s+but\s+(?=[A-Z]|its?\b|the\b)")


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos`: after the last ";" outside parentheses or a contrasting "while"."""
    depth = 0
    start = 0
    for index, char in enumerate(text[:pos]):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            start = index + 1
    contrast = [m.end() for m in _CONTRAST.finditer(text, start, pos)]
    return contrast[-1] if contrast else start


def money_props(money: Money | None) -> dict[str, Any] | None:
    return {"amount": money.amount, "currency": money.currency} if money else None


def event_key(kind: EventKind, subject: str, *parts: Any) -> tuple[Any, ...]:
    return (kind, subject, *parts)
