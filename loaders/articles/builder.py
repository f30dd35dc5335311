"""The draft being built from one article: entities by reference, and the statements the patterns make."""

from __future__ import annotations

import re
from typing import Any

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind, RelationType
from graph.names import tokens
from loaders.articles.cleaning import markup_start
from loaders.articles.confidence import INFERRED, PLANNED_CONFIDENCE, caller_rule, clause_modality, rule_confidence
from loaders.articles.gazetteer import GazetteerIndex
from loaders.articles.lexicon import FIRM_PART, KIND_TAIL, NOT_A_PRODUCT_NAME
from loaders.articles.mentions import guess_kind, looks_like_person, split_legal_tail
from loaders.articles.records import (
    SHARE_CLASS,
    EntityRecord,
    clean_surface,
    cores,
    normalize_key,
    not_a_party,
    short_form,
)
from loaders.articles.sentences import Sentence
from loaders.drafts import AttributeDraft, EntityDraft, EventDraft, RelationDraft, Span

_ORG, _PERSON, _PRODUCT, _PLACE = EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.PRODUCT, EntityKind.PLACE
# a firm's part named by its noun: whom it employs or who set it up works for the firm, which the name does not give
_PART_OF_A_FIRM = re.compile(rf"\s(?:{FIRM_PART}|Divisions|Businesses)$")
_STAFF_RELATIONS = (RelationType.WORKS_AT, RelationType.FOUNDED)
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


_EVENT_NAME = re.compile(r"\b(?:Conference|Summit|Expo|Festival|Fair)$")
# a section heading in title case ("Market Implications", "Key Takeaways"): an abstract plural ends it, no party
_HEADING_NAME = re.compile(
    r"\b(?:Implications|Factors|Takeaways|Highlights|Considerations|Headwinds|Tailwinds|Catalysts|Concerns|Risks|"
    r"Benefits|Challenges|Opportunities|Prospects|Developments)$"
    r"|\b(?:Pick|Picks|Buy|Focus|Conviction|Ideas?) List$"  # a broker's list ("removed X from its Top Pick List")
)
_MONEY_NAME = re.compile(r"(?:[A-Z]{2,3}\$?|[$€£¥])\s?\d[\d.,]*")
# a reporting period, a business measure or a common noun ("Q1 results", "YTD the shares are up", "GMV rose"): no party
_MEASURE_NAME = re.compile(
    r"(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY|CY)(?:\s?['’]?\d{2}(?:\d{2})?)?"
    r"|YTD|MTD|QTD|TTM|LTM|YoY|QoQ|MoM|GMV|EBITDA|EBIT|EPS|ARR|MRR|ARPU|DAU|MAU|CAGR|AUM|TAM|GDP|CPI|PMI"
    # a common noun in capitals ("it bought the IP"), which the resolver would read as some company's initials
    r"|IP|IPO|R&D|HR|IT|ESG|APIs?|AI|ML|IoT|SaaS|ETFs?|M&A|VC|LLMs?|GPUs?|CPUs?|EVs?|CEO|CFO|CTO|COO"
)


_PLAIN_LEGAL = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc"}
)
_GROUP_WORDS = frozenset({"group", "holding"})


def _stems(name: str) -> list[str]:
    return [w.rstrip("s") for w in tokens(name) if w not in _PLAIN_LEGAL]


def sibling_name(surface: str, names: list[str]) -> bool:
    """Whether `surface` and one of `names` go on from the same first words in different ways that are not both a
    group's ("Velt Motors" and "Velt Group", "Velt Energy" and "Velt Holdings"): two companies of one family.
    "Velt Group" and "Velt Holdings", "Velt" and "Velt Motors", "Velt Motor" and "Velt Motors Inc" are one."""
    new = _stems(surface)
    for name in names:
        old = _stems(name)
        shared = next((i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b), min(len(new), len(old)))
        rest_new, rest_old = set(new[shared:]), set(old[shared:])
        if shared and rest_new and rest_old and not (rest_new | rest_old) <= _GROUP_WORDS:
            return True
    return False


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
        self._dirty: list[EntityRecord] = []  # records whose names changed since the index last saw them
        self._version = 0  # bumped on every change of a record's names: the look-up memo compares it
        self.sentence: Sentence | None = None  # the sentence being read: its clause decides a statement's modality

    def span(self, start: int, end: int) -> Span:
        start = markup_start(self.source, start)  # "[dropcap]Q[/dropcap]uorra": the quote starts at the markup
        return Span(quote=self.source[start:end], start=start, end=end)

    def _stamp(
        self, span: Span, statement: str, parties: tuple[str | None, ...], presupposed: bool = False
    ) -> tuple[Span, str | None]:
        """The span with the drafting rule (`family.function.STATEMENT`, `.inferred` when a party is not named in
        the sentence but taken from context) and its confidence; and the modality of the clause that states it."""
        # a reading may name its rule ("places.tickers.LISTED_ON"); a party taken from context still marks it
        rule = (span.rule or f"{caller_rule()}.{statement}").removesuffix(INFERRED)
        rule += INFERRED if self._inferred(parties) else ""
        modality = None
        if self.sentence is not None and span.end is not None and not presupposed:
            modality = clause_modality(self.sentence.text, span.end - self.sentence.start)
        confidence = rule_confidence(rule) if modality is None else min(PLANNED_CONFIDENCE, rule_confidence(rule))
        return span.model_copy(update={"rule": rule, "confidence": confidence}), modality

    def unnamed(self, ref: str | None) -> bool:
        """Whether the entity goes unnamed in the sentence being read (taken from context: "it", the text's topic)."""
        return self._inferred((ref,))

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
        signature = (len(self.entities), self._version)
        if signature != self._find_signature:
            self._find_signature = signature
            self._find_memo.clear()
        memo_key = (key, kind)
        if memo_key not in self._find_memo:
            self._find_memo[memo_key] = self._find(key, kind)
        ref = self._find_memo[memo_key]
        record = self.entities.get(ref) if ref else None
        if record is None or record.kind != _ORG or key in record.key_set():
            return record
        names = [record.name, *record.aliases, *([record.legal_name] if record.legal_name else [])]
        if sibling_name(surface, names):
            return None  # "Velt Motors" beside "Velt Group": a company of the same family, not a short form
        return record

    def _find(self, key: str, kind: EntityKind | None) -> str | None:
        record = self._scan(key, kind)
        return record.ref if record else None

    def _names_changed(self, record: EntityRecord) -> None:
        self._version += 1
        self._dirty.append(record)

    def _index(self, record: EntityRecord) -> None:
        for key in record.key_set():
            self._exact.setdefault(key, {})[record.ref] = record
            tokens = key.split()
            if not tokens:
                continue
            for core in cores(tokens):
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
        for core in cores(tokens):
            candidates.update(self._first.get(core, {}))
        if len(tokens) == 1:
            candidates.update(self._person_tokens.get(tokens[0], {}))
        candidates.update(self._suffix.get("".join(tokens)[-2:], {}))
        for record in candidates.values():
            if kind is not None and record.kind != kind:
                continue
            for known_tokens in record.key_tokens():
                if short_form(tokens, known_tokens, record.kind):
                    return record
        return None

    def entity(self, surface: str, kind: EntityKind | None, span: Span | None = None) -> str | None:
        surface = clean_surface(surface)
        if not surface or not normalize_key(surface):
            return None
        if kind == EntityKind.PRODUCT:
            surface = KIND_TAIL.sub("", surface)  # "the B100 GPU": the product is B100
            if NOT_A_PRODUCT_NAME.fullmatch(surface):
                return None  # "R&D", "Generative" (AI), "Rp147": no product's name
        share_class = SHARE_CLASS.search(surface)
        if share_class and kind in (None, EntityKind.ORGANIZATION):
            surface = surface[: share_class.start()]  # "Alibaba-W", "Kuaishou-W": the company behind the share class
            if not surface:
                return None  # "PN" alone: a share class, no company
        known = self.gazetteer.lookup(surface)
        if kind not in (None, EntityKind.PLACE) and known is None and not_a_party(surface):
            return None  # "China's X", "South Korean", "Abu Dhabi-based": a place or an adjective is no party
        if kind != EntityKind.PRODUCT and (_MONEY_NAME.fullmatch(surface) or _MEASURE_NAME.fullmatch(surface)):
            return None  # "CNY43.8" (million), "Q1", "GMV": an amount, a period or a measure, no company or person
        if (kind == EntityKind.ORGANIZATION and _EVENT_NAME.search(surface)) or _HEADING_NAME.search(surface):
            return None  # "World AI Conference": an event, not a company; "Market Implications": a heading
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
                ref, final_kind, name, legal_name=legal, on_change=self._names_changed
            )
            if ref not in self.entities:
                self._dirty.append(record)
            self.entities[ref] = record
        if (
            record.kind == EntityKind.PRODUCT
            and len(normalize_key(surface)) > len(normalize_key(record.name))
            and normalize_key(surface).endswith(normalize_key(record.name).replace(" ", ""))
        ):
            record.add_alias(record.name)
            record.rename(surface)
        if (surface != record.name and normalize_key(surface) != normalize_key(record.name)) or (
            surface != record.name and len(surface) > len(record.name) and record.kind == EntityKind.ORGANIZATION
        ):
            record.add_alias(surface)
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
        if type_ in _STAFF_RELATIONS and _PART_OF_A_FIRM.search(self.entities[obj].name):
            return  # "head of the X Division", "VP of Cloud Services Business": a part of a firm the text leaves unsaid
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
            # read twice: the surer reading vouches for it (a lead that a held rule read first, a round's reader then)
            span = max(existing.span, span, key=lambda s: s.confidence)
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
        others = tuple(p for p in draft.participants if p != draft.subject)
        if draft.participants and not others and draft.kind == EventKind.CONTRACT:
            return  # "X signed a deal with X": a name read twice, no party on the other side
        draft = draft.model_copy(
            update={"participants": others, "leads": tuple(p for p in draft.leads if p != draft.subject)}
        )
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
            if record.ref not in used and record.founded_on is None:
                continue  # a name that no statement uses; a founding date is a statement of its own
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
