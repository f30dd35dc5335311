"""Entities as one article's reader knows them: their names, short forms, and the surfaces that name no party."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from graph.dates import PartialDate
from graph.model import EntityKind, ProductKind
from graph.names import normalize_key as _normalize_key
from loaders.articles.lexicon import DEMONYMS, DEPARTMENT_WORDS, DESCRIPTOR_WORDS, NATIONALITY_WORDS
from loaders.articles.mentions import guess_kind
from loaders.drafts import Span

normalize_key = lru_cache(maxsize=1 << 16)(_normalize_key)


class EntityRecord:
    """One entity of the draft. Its names change only through `rename`, `add_alias` and `set_legal_name`, which
    tell `on_change` (the builder re-indexes the record and forgets its look-up memo)."""

    def __init__(
        self,
        ref: str,
        kind: EntityKind,
        name: str,
        *,
        legal_name: str | None = None,
        on_change: Callable[[EntityRecord], None] | None = None,
    ) -> None:
        self.ref = ref
        self.kind = kind
        self._name = name
        self._legal_name = legal_name
        self._aliases: set[str] = set()
        self._keys: tuple[set[str], list[list[str]]] | None = None
        self.on_change = on_change
        self.categories: set[str] = set()
        self.founded_on: PartialDate | None = None
        self.product_kind: ProductKind | None = None
        self.released_on: PartialDate | None = None
        self.spans: list[Span] = []

    def __repr__(self) -> str:
        return f"EntityRecord({self.ref!r}, {self.kind.value}, {self._name!r})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def legal_name(self) -> str | None:
        return self._legal_name

    @property
    def aliases(self) -> frozenset[str]:
        return frozenset(self._aliases)

    def rename(self, name: str) -> None:
        if name != self._name:
            self._name = name
            self._names_changed()

    def set_legal_name(self, legal_name: str) -> None:
        if legal_name != self._legal_name:
            self._legal_name = legal_name
            self._names_changed()

    def add_alias(self, alias: str) -> None:
        if alias not in self._aliases:
            self._aliases.add(alias)
            self._names_changed()

    def _names_changed(self) -> None:
        self._keys = None
        if self.on_change is not None:
            self.on_change(self)

    def key_set(self) -> set[str]:
        """The normalised keys of every name the record goes by."""
        if self._keys is None:
            keys = {normalize_key(n) for n in (self._name, *self._aliases, self._legal_name or "") if n}
            self._keys = (keys, [k.split() for k in keys])
        return self._keys[0]

    def key_tokens(self) -> list[list[str]]:
        self.key_set()
        assert self._keys is not None
        return self._keys[1]


def cores(tokens: list[str]) -> list[str]:
    """The key and its forms without trailing descriptor words: "moonshot ai" -> ["moonshot ai", "moonshot"]."""
    forms = [" ".join(tokens)]
    end = len(tokens)
    while end > 1 and tokens[end - 1] in DESCRIPTOR_WORDS:
        end -= 1
        forms.append(" ".join(tokens[:end]))
    return forms


def short_form(tokens: list[str], known: list[str], kind: EntityKind) -> bool:
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


# "Alibaba-W", "X-SW": a class of a company's shares; "PN" alone: preferred shares, of a company named before;
# "X ADRs": the company's depositary receipts
SHARE_CLASS = re.compile(r"-(?:W|SW|S|R|B|H)$|^(?:PN|PNA|PNB)$|\s(?:ADRs?|ADSs?|GDRs?)$")


# the market's streets, and "the Street" (its analysts): no firm
_MARKET_STREETS = frozenset({"Wall Street", "Dalal Street", "Bay Street", "Threadneedle Street", "Street"})
# "Foodtech startup X", "Fintech firm Y": a sector; "Libertarian President Z": a creed; no party of a deal or a job
_SECTOR_OR_CREED = re.compile(
    r"(?:Fin|Food|Ed|Health|Insur|Prop|Agri|Ag|Clean|Deep|Ad|Legal|Reg|Med|Mar|Fem|Gov|Space|Climate|Travel)[Tt]ech"
    r"|Libertarian|Republican|Democrat(?:ic)?|Conservative|Socialist|Communist|Populist|Nationalist"
)


# words that qualify a title and open a sentence capitalised ("Current CEO A", "Outgoing chairman B")
_TITLE_QUALIFIERS = frozenset(
    {"current", "interim", "outgoing", "incoming", "longtime", "long-time", "deputy", "acting", "then", "former"}
    | {"founding", "retiring", "departing", "incumbent", "previous", "last", "newly"}
)
# A department's initials ("veteran PR manager A", "HR chief B"): a team inside a firm, never the firm
_DEPARTMENT_INITIALS = frozenset({"PR", "HR", "IR"})
# "Senior Director of Design", "Head of Growth": a title and its field read as one name, never a firm
_TITLE_OF_FIELD = re.compile(
    r"(?:(?:Senior|Executive|Deputy|Assistant|Associate|Global) )*(?:Vice President|Director|Head|Manager|Chief)"
    r" (?:of|for) [A-Z][\w&-]*(?: (?:and |& )?[A-Z][\w&-]*){0,3}"
)


def not_a_party(surface: str) -> bool:
    """Places, demonyms, adjectives ("-based", "-listed", "43-year-old") and events ("X Day"): never a company,
    person or product."""
    words = surface.lower().split()
    return (
        guess_kind(surface) == EntityKind.PLACE
        or bool(re.search(r"-(?:based|listed|owned|backed|year-old|born)$", surface))
        or bool(re.search(r"\s(?:Day|Week|Summit|Expo|Festival|Conference)$", surface))  # "at its annual X Day"
        or surface in _MARKET_STREETS  # "Wall Street analysts": the market, no firm
        or re.fullmatch(r"(?:Post|Pre|Anti|Non|Mid)-\w+", surface) is not None  # "Post-Covid, ...": a time, no firm
        or _SECTOR_OR_CREED.fullmatch(surface) is not None
        or (len(words) == 1 and words[0] in DEPARTMENT_WORDS)  # "R&D Senior Vice President A": a department
        or surface in _DEPARTMENT_INITIALS
        or _TITLE_OF_FIELD.fullmatch(surface) is not None
        or (len(words) == 1 and words[0] in _TITLE_QUALIFIERS)  # "Current CEO A", "Interim President B": no firm
        or all(
            w in DEMONYMS or w.rstrip("s") in DEMONYMS or w in NATIONALITY_WORDS or w in ("ai", "internet")
            for w in words
        )
    )


_ROLE_NOUN_LEAD = re.compile(
    r"^(?:[A-Z][a-z]*makers?|[A-Z][a-z]+builders?|Start-?ups?|Rivals?|Peers?|Competitors?|Parent|Retailers?|Lenders?|"
    r"Insurers?|Conglomerate|Brokerages?|Brokers?|Refiners?|Miners?|Shippers|Exporters|Carriers|Heavyweights?|"
    r"Laggards?|Newcomers?)"  # "Refiners X and Y rose", "Heavyweights X and Y": a sector's or a market's word
    r"\s+(?=[A-Z0-9])"
)


def clean_surface(surface: str) -> str:
    text = surface.strip().strip("*\"“”'’,;:()[]")
    text = re.sub(r"['’]s?$", "", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|owner|parent|backed|owned|listed|maker|developer|creator|operator"
        r"|founded|funded|led|run|controlled|incubated)\s+(?=[A-Z0-9])",
        "",
        text,
    )  # "Temu-owner X", "Velt-developer X", "A B-founded X"
    text = _ROLE_NOUN_LEAD.sub("", text)  # "Chipmaker Nvidia"
    # "BRIEF-Velt Labs", "UPDATE 2-Velt Labs": a wire's slug glued to the headline's first name
    text = re.sub(r"^(?:BRIEF|EXCLUSIVE|UPDATE(?: \d+)?|CORRECTED|REFILE|WRAPUP(?: \d+)?|RPT)-(?=[A-Z])", "", text)
    # "X NYSE:XX": the exchange of the ticker after the name
    text = re.sub(r"(?<=[a-z.])\s+(?:NYSE|NASDAQ|Nasdaq|HKEX|HKG|NSE|BSE|ASX|TSX|LSE|SGX|KRX|AMEX|OTC)$", "", text)
    text = re.sub(r"\s+(?:PT|TP)$", "", text)  # "raises Velt Labs PT to $40": the price target, no part of the name
    text = re.sub(r"\s+[Cc]lass [A-Z]$", "", text)  # "Velt Corp Class A" (shares): the company, not its share class
    text = re.sub(r"\b(Inc|Ltd|Corp|Co|Plc|PLC|LLC)(\.?)\s+[A-Z]{2,5}$", r"\1\2", text)  # "Baidu Inc BIDU": a ticker
    return text.strip()
