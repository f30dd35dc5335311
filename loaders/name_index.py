"""The resolver's view of the name index: the look-ups of the resolution rules over the index terms.

The terms (graph/nameindex.py) live in the store, written in the same transaction as the names they index;
this class reads the few a document needs (`prefetch` reads them in one go, the rest as asked) and keeps them
in a bounded cache valid for one version of the store (GraphStore.version). Names added while a load resolves
go into the same tables, journaled, so that a document whose write fails takes its names back; once the write
commits, the store holds the same terms and the cache stays valid. No process reads every name.

Without a store (tests, benchmarks) every entry given is indexed in memory by the very same rules.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import nameindex as ni
from graph.model import EntityId, EntityKind
from graph.nameindex import normalize_key
from graph.store import GraphStore, NameEntry

CAPACITY = 200_000  # terms (and as many entities) a process keeps between documents
EAGER_OWNERS = 64  # a term read with at most this many members has its members' entities read at once
_ENTITY_TERMS = ("k:", "c:", "a:", "n:")  # members are entity ids (b: holds keys)
_RUN = re.compile(r"\w+")
MAX_NAME_WORDS = 8  # a gazetteer name spans at most this many words of the text


@dataclass
class Term:
    size: int = 0
    members: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    _by_length: dict[int, list[str]] | None = None

    @classmethod
    def of(cls, size: int, members: Iterable[str]) -> Term:
        listed = list(members)
        return cls(size, listed, set(listed))

    def by_length(self) -> dict[int, list[str]]:
        """Members grouped by length, lengths in order of first appearance (kept until the members change)."""
        if self._by_length is None:
            grouped: dict[int, list[str]] = {}
            for member in self.members:
                grouped.setdefault(len(member), []).append(member)
            self._by_length = grouped
        return self._by_length

    def append(self, member: str) -> None:
        self.members.append(member)
        self.seen.add(member)
        self.size += 1
        self._by_length = None

    def pop(self) -> None:
        self.seen.discard(self.members.pop())
        self.size -= 1
        self._by_length = None


class TermIndex:
    """Every known surface form by kind and key, with blocking tables for fuzzy look-up, read through terms
    (the resolution rules that read it: loaders.resolve.NameIndex).

    `terms` caches the store's terms as read; `added` holds the names added since the last commit (the view of a
    term is both). Without a store, `added` is the whole index."""

    def __init__(self, entries: Iterable[NameEntry] = (), store: GraphStore | None = None) -> None:
        self.store = store
        self.terms: OrderedDict[str, Term] = OrderedDict()
        self.added: dict[str, Term] = {}
        self._absent: set[str] = set()  # terms the store was asked for and does not have
        self._sizes: dict[str, int] = {}  # sizes of stored terms whose members were not read (load_sizes)
        self.kind: dict[EntityId, EntityKind] = {}  # entities known, by kind
        self.primary: dict[EntityId, str] = {}
        self.names: dict[EntityId, list[str]] = {}  # each member's own names
        self.redirect: dict[EntityId, EntityId | None] = {}  # member -> the live entity answering to its names
        self.seen_version: int | None = None  # the store version the cache reflects
        self.version = 0  # changes whenever the set of names changes (IndexGazetteer)
        self.surface_cache: tuple[int, dict[str, tuple[str, EntityKind]]] | None = None
        self._undo: list[tuple[Any, ...]] = []
        self._journal = False
        for entry in entries:
            self.add(entry.entity_id, entry.kind, [entry.text], primary=entry.text if entry.is_primary else None)
        self._journal = True

    # --- reading terms

    def _term(self, term: str) -> Term | None:
        """The term as the store has it plus what was added since."""
        base = self.terms.get(term)
        if base is None and self.store is not None and term not in self._absent:
            self._load([term])
            base = self.terms.get(term)
        extra = self.added.get(term)
        if extra is None or base is None:
            return base if extra is None else extra
        new = [m for m in extra.members if m not in base.seen]
        return Term.of(base.size + len(new), [*base.members, *new]) if new else base

    def _load(self, terms: Iterable[str]) -> None:
        if self.store is None:
            return
        wanted = [t for t in dict.fromkeys(terms) if t not in self.terms and t not in self._absent]
        if not wanted:
            return
        found = self.store.name_terms(wanted)
        members: list[str] = []
        for term in wanted:
            stored = found.get(term)
            if stored is None:
                self._absent.add(term)
                continue
            self.terms[term] = Term.of(stored.size, stored.members)
            self._sizes.pop(term, None)
            if term.startswith(_ENTITY_TERMS) and len(stored.members) <= EAGER_OWNERS:
                members.extend(m for m in stored.members if m not in self.redirect)
        self._owners(members)

    def load_sizes(self, terms: Iterable[str]) -> None:
        """Read in one go the sizes of terms not read yet, leaving their members in the store (a block past
        MAX_BLOCK is never read whole, and its list is the longest there is)."""
        if self.store is None:
            return
        wanted = [
            t for t in dict.fromkeys(terms) if t not in self.terms and t not in self._sizes and t not in self._absent
        ]
        if not wanted:
            return
        found = self.store.name_term_sizes(wanted)
        for term in wanted:
            if term in found:
                self._sizes[term] = found[term]
            else:
                self._absent.add(term)

    def size_of(self, term: str) -> int:
        """The term's size as `_term` would give it, its members read only when they must be (names added to it
        since the last commit)."""
        if term not in self.terms and term not in self.added:
            self.load_sizes([term])
            if term in self._sizes:
                return self._sizes[term]
        found = self._term(term)
        return found.size if found is not None else 0

    def _owners(self, ids: Sequence[EntityId]) -> None:
        if self.store is None or not ids:
            return
        owners = self.store.name_owners(list(dict.fromkeys(ids)))
        for eid in ids:
            owner = owners.get(eid)
            self.redirect[eid] = owner.owner_id if owner else None
            if owner is not None:
                self.names.setdefault(eid, list(owner.names))
                self.kind.setdefault(owner.owner_id, owner.kind)
                self.primary.setdefault(owner.owner_id, owner.owner_name)

    def live(self, term: str) -> set[EntityId]:
        """The live entities a term's members lead to."""
        found = self._term(term)
        if found is None:
            return set()
        self._owners([m for m in found.members if m not in self.redirect])
        return {owner for m in found.members if (owner := self.redirect.get(m))}

    def prefetch(self, requests: Iterable[tuple[EntityKind, Sequence[str]]]) -> None:
        """Read in one go the terms the exact, core and acronym rules look at for these names (the fuzzy rule's
        blocks are read by loaders.resolve.NameIndex.prefetch for the names these rules leave unresolved)."""
        terms: set[str] = set()
        for kind, names in requests:
            for name in names:
                key = normalize_key(name)
                if not key:
                    continue
                terms.add(ni.key_term(kind, key))
                if kind is EntityKind.ORGANIZATION:
                    terms |= {ni.key_term(kind, ni.core_key(key)), ni.core_term(ni.core_key(key))}
                    terms |= {ni.acronym_name_term(a) for a in ni.acronyms_of(name)}
                    if ni.looks_like_acronym(name):
                        terms.add(ni.initials_term(key.replace(" ", "")))
        self._load(sorted(terms))

    # --- building

    def _put(self, term: str, member: str) -> None:
        extra = self.added.get(term)
        if extra is None:
            extra = self.added[term] = Term()
            if self._journal:
                self._undo.append(("term", term))
        if member in extra.seen:
            return
        extra.append(member)
        if self._journal:
            self._undo.append(("member", extra, member))

    def _set(self, table: dict[Any, Any], key: Any, value: Any) -> None:
        if key not in table:
            table[key] = value
            if self._journal:
                self._undo.append(("dict", table, key))

    def add(self, eid: EntityId, kind: EntityKind, names: Iterable[str], primary: str | None = None) -> None:
        self._set(self.kind, eid, kind)
        if self.redirect.get(eid) is None:
            self.redirect.pop(eid, None)
            self._set(self.redirect, eid, eid)
        if primary:
            self._set(self.primary, eid, primary)
        self._set(self.names, eid, [])
        known = self.names[eid]
        for name in names:
            if name in known:
                continue
            key = normalize_key(name)
            if not key:
                continue
            known.append(name)
            self.version += 1
            if self._journal:
                self._undo.append(("list", known, name))
            new_key = not (found := self._term(ni.key_term(kind, key))) or not found.members
            for term in sorted(t for t in ni.entity_terms(kind, [name]) if t.startswith(_ENTITY_TERMS)):
                self._put(term, eid)
            if new_key:
                blocks = sorted(ni.block_terms(kind, key))
                for term in blocks:
                    self._put(term, key)

    def checkpoint(self) -> int:
        return len(self._undo)

    def rollback(self, checkpoint: int) -> None:
        """Forget everything added since the checkpoint (a document whose write failed)."""
        if len(self._undo) > checkpoint:
            self.version += 1
        while len(self._undo) > checkpoint:
            step = self._undo.pop()
            if step[0] == "member":
                step[1].pop()
            elif step[0] == "term":
                self.added.pop(step[1], None)
            elif step[0] == "dict":
                step[1].pop(step[2], None)
            else:
                step[1].remove(step[2])

    def commit(self) -> None:
        """The names added so far are in the store now (or, without a store, kept for good): no undo; the
        additions join the cached terms; the cache is trimmed."""
        self._undo.clear()
        if self.store is None:
            return
        for term, extra in self.added.items():
            base = self.terms.get(term)
            if base is not None:
                for member in extra.members:
                    if member not in base.seen:
                        base.append(member)
            self._absent.discard(term)
            self._sizes.pop(term, None)
        self.added.clear()
        if len(self.terms) > CAPACITY:
            while len(self.terms) > CAPACITY // 2:
                self.terms.popitem(last=False)
            self._absent.clear()
        if len(self._sizes) > CAPACITY:
            self._sizes.clear()
        if len(self.redirect) > CAPACITY:
            for table in (self.kind, self.primary, self.names, self.redirect):
                table.clear()

    def clear(self) -> None:
        """Drop every cached term and entity (the store changed behind our back)."""
        self._undo.clear()
        for table in (self.kind, self.primary, self.names, self.redirect):
            table.clear()
        self.terms.clear()
        self.added.clear()
        self._absent.clear()
        self._sizes.clear()
        self.version += 1

    # --- the gazetteer

    def forms_in(self, text: str) -> dict[str, tuple[str, EntityKind]]:
        """Surface form -> (canonical name, kind) for the known names a text may hold: every name of an entity
        with a name whose key is the key of some run of up to MAX_NAME_WORDS words of the text."""
        runs = [(m.start(), m.end()) for m in _RUN.finditer(text)]
        keys: set[str] = set()
        for i, (start, _) in enumerate(runs):
            for _, end in runs[i : i + MAX_NAME_WORDS]:
                key = normalize_key(text[start:end])
                if key:
                    keys.add(key)
        known = self.store.known_keys(sorted(keys)) if self.store is not None else keys
        terms = [ni.key_term(kind, key) for key in sorted(known | (keys & self._local_keys())) for kind in EntityKind]
        self._load(terms)
        forms: dict[str, tuple[str, EntityKind]] = {}
        for term in terms:
            found = self._term(term)
            self._owners([m for m in found.members if m not in self.redirect] if found else [])
            for member in found.members if found else ():
                owner = self.redirect.get(member)
                if owner is not None and owner in self.kind:
                    for name in self.names.get(member, ()):
                        forms.setdefault(name, (self.primary_name(owner), self.kind[owner]))
        return forms

    def _local_keys(self) -> set[str]:
        return {t.split(":", 2)[2] for t in self.added if t.startswith("k:")}

    def primary_name(self, eid: EntityId) -> str:
        return self.primary.get(eid) or (self.names.get(eid) or [eid])[0]
