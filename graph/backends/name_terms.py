"""The name index in a Cypher store: written with the names it indexes, read by primary key, rebuilt on demand.

`TermWriter` collects, while a batch's entities are written, the index terms (graph/nameindex.py) their new
names add, and writes them in the same transaction, with the store's change counter. `NameIndexMixin` gives
CypherStore the protocol's name-index reads (terms, owners, search candidates), `version()` and `reindex()`.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from graph import nameindex as ni
from graph.cypher import names as qn
from graph.cypher import queries as q
from graph.model import Entity, EntityId, EntityKind
from graph.nameindex import misses_allowed
from graph.store import NameOwner, NameTerm, StoreError

T = TypeVar("T")
CHUNK = 5000
# Bump when the terms' format or rules change: a store whose index was built in another version is rebuilt on
# its next read-write open (`init`), or by `ckg reindex`.
INDEX_VERSION = 3
# Search: queries shorter than this read the trigram of their first letters only; up to FEW letters, names of
# the same sorted letters are candidates too (a swap breaks every trigram of a short word).
SHORT_QUERY = 3
FEW = 5
CANDIDATE_BUDGET = 400  # entities read for one search at most: the best-matching, rarest words first
CANDIDATE_WORDS = 200  # words, best matching first, whose entities a search may read
# Candidates' rows a process keeps between searches, for one store version: a common word's first members are read
# by every search that holds it, and a primary-key read costs ~20 us an entity at 100k organisations (a search
# reads up to CANDIDATE_BUDGET of them). ~300 bytes each.
OWNER_CACHE = 50_000


class Runner(Protocol):
    def __call__(self, query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]: ...


def _chunks(rows: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class Additions:
    """Members and sizes to add, per term."""

    def __init__(self) -> None:
        self.members: dict[str, list[str]] = defaultdict(list)
        self.sizes: dict[str, int] = defaultdict(int)

    def add(self, term: str, members: Iterable[str], size: int) -> None:
        self.members[term].extend(members)
        self.sizes[term] += size

    def entity(self, entity_id: EntityId, kind: EntityKind, names: Iterable[str], before: Iterable[str] = ()) -> None:
        terms = ni.entity_terms(kind, names)
        if before:
            terms -= ni.entity_terms(kind, before)
        members, sizes = self.members, self.sizes  # inlined `add`: a reindex calls this for every entity
        for term in sorted(terms):
            members[term].append(entity_id)
            sizes[term] += 1

    def derived(self, new_keys: Iterable[tuple[EntityKind, str]], new_words: Iterable[str]) -> None:
        """Keys new to their kind join their blocks; words new to the index join their trigrams. Each trigram
        counts the entities newly holding a word of it."""
        members, sizes = self.members, self.sizes
        for kind, key in new_keys:
            for term in ni.block_terms(kind, key):
                members[term].append(key)
                sizes[term] += 1
        fresh = set(new_words)
        for term in [t for t in members if t.startswith("w:")]:
            word, holders = term[2:], len(members[term])
            for gram in ni.name_grams(word):
                gram_id = ni.gram_term(gram)
                if word in fresh:
                    members[gram_id].append(word)
                sizes[gram_id] += holders


class TermWriter:
    """The terms one batch adds; `flush` writes them inside the batch's transaction."""

    def __init__(self) -> None:
        self.additions = Additions()
        self.keys: set[tuple[EntityKind, str]] = set()

    def entity(self, entity: Entity, before: Entity | None) -> None:
        old = before.names if before is not None else ()
        self.additions.entity(entity.id, entity.kind, entity.names, old)
        self.keys |= ni.entity_keys(entity.kind, entity.names) - ni.entity_keys(entity.kind, old)

    def flush(self, run: Runner) -> None:
        adds = self.additions
        if not adds.members:
            return
        probes = sorted({ni.key_term(k, key) for k, key in self.keys} | {t for t in adds.members if t.startswith("w:")})
        present = {row[0] for chunk in _chunks(probes) for row in run(qn.FETCH_TERM_IDS, {"ids": list(chunk)})}
        adds.derived(
            [(k, key) for k, key in sorted(self.keys) if ni.key_term(k, key) not in present],
            [t[2:] for t in probes if t.startswith("w:") and t not in present],
        )
        write_additions(run, adds)


def write_additions(run: Runner, adds: Additions) -> None:
    """Create the new terms and grow the existing ones (lists capped, sizes exact)."""
    terms = sorted(adds.sizes)
    stored: dict[str, int] = {}
    for chunk in _chunks(terms):
        stored.update((i, count) for i, _size, count in run(qn.FETCH_TERM_SIZES, {"ids": list(chunk)}))
    new: list[dict[str, Any]] = []
    grown: list[dict[str, Any]] = []
    counted: list[dict[str, Any]] = []  # only the size moves: the list is full, or gains nothing
    for term in terms:
        members = list(dict.fromkeys(adds.members.get(term, ())))
        cap = ni.cap_of(term)
        room = None if cap is None else max(0, cap - stored.get(term, 0))
        kept = members if room is None else members[:room]
        row = {"id": term, "size": adds.sizes[term], "members": kept}
        if term not in stored:
            new.append(row)
        elif kept:
            grown.append(row)
        else:
            counted.append({"id": term, "size": adds.sizes[term]})
    for rows in _chunks(new):
        run(qn.CREATE_TERMS, {"rows": list(rows)})
    for rows in _chunks(grown):
        run(qn.GROW_TERMS, {"rows": list(rows)})
    for rows in _chunks(counted):  # a full list is not rewritten for a count
        run(qn.COUNT_MORE, {"rows": list(rows)})


def index_rows(entities: Iterable[tuple[EntityId, EntityKind, Sequence[str]]]) -> list[dict[str, Any]]:
    """Every term of these entities (id, kind, names) as rows {id, size, members}, sorted by id."""
    adds = Additions()
    keys: set[tuple[EntityKind, str]] = set()
    for eid, kind, names in entities:
        adds.entity(eid, kind, names)
        keys |= ni.entity_keys(kind, names)
    adds.derived(sorted(keys), [t[2:] for t in adds.members if t.startswith("w:")])
    rows = []
    for term in sorted(adds.sizes):
        members = list(dict.fromkeys(adds.members.get(term, ())))
        cap = ni.cap_of(term)
        rows.append({"id": term, "size": adds.sizes[term], "members": members if cap is None else members[:cap]})
    return rows


def bump_version(run: Runner) -> int:
    """Raise the change counter (created with the store's first change)."""
    rows = run(qn.BUMP_VERSION, {"id": qn.STATE_ID})
    if rows:
        return int(rows[0][0])
    # No state yet: a store never initialised by `ckg init`; its index counts as unbuilt until a reindex.
    run(qn.CREATE_STATE, {"id": qn.STATE_ID, "version": 1, "index_version": 0})
    return 1


class OwnerCache:
    """NameOwner rows by entity id (None: no live owner), valid while the store's version stays; bounded LRU."""

    def __init__(self, capacity: int = OWNER_CACHE) -> None:
        self._lock = threading.Lock()
        self._rows: OrderedDict[EntityId, NameOwner | None] = OrderedDict()
        self._version: int | None = None
        self.capacity = capacity

    def get(self, version: int, ids: Sequence[EntityId]) -> dict[EntityId, NameOwner | None]:
        with self._lock:
            if version != self._version:
                self._rows.clear()
                self._version = version
            found = {i: self._rows[i] for i in ids if i in self._rows}
            for i in found:
                self._rows.move_to_end(i)
            return found

    def put(self, version: int, rows: dict[EntityId, NameOwner | None]) -> None:
        with self._lock:
            if version != self._version:
                return
            self._rows.update(rows)
            while len(self._rows) > self.capacity:
                self._rows.popitem(last=False)


_CACHE_LOCK = threading.Lock()


class NameIndexMixin:
    """The name-index part of the GraphStore protocol for CypherStore (graph/backends/cypher_store.py)."""

    _read: Callable[..., list[list[Any]]]
    _read_tx: Callable[..., Any]
    _write_tx: Callable[..., Any]

    # --- reads

    _index_ready = False

    def _check_name_index(self) -> None:
        """Refuse to resolve or search over an index that is not there (a Neo4j database written before it
        existed and not initialised since): every name would look new. One read per store object."""
        if self._index_ready:
            return
        rows = self._read(qn.READ_STATE, {"id": qn.STATE_ID})
        if rows and rows[0][1] == INDEX_VERSION:
            self._index_ready = True
        elif self._read(qn.ANY_ENTITY):
            raise StoreError(
                "the store's name index is missing or was built by another version of company-kg: "
                "run `ckg reindex` (or `ckg init`) once"
            )

    def name_terms(self, ids: Sequence[str]) -> dict[str, NameTerm]:
        self._check_name_index()
        wanted = list(dict.fromkeys(ids))
        found: dict[str, NameTerm] = {}
        for chunk in _chunks(wanted):
            for term, size, members in self._read(qn.FETCH_TERMS, {"ids": list(chunk)}):
                found[term] = NameTerm(size=size or 0, members=tuple(members or ()))
        return found

    def name_owners(self, ids: Sequence[EntityId]) -> dict[EntityId, NameOwner]:
        rows: dict[str, list[Any]] = {}
        pending = list(dict.fromkeys(ids))
        while pending:
            fetched = [r for chunk in _chunks(pending) for r in self._read(qn.NAME_OWNERS, {"ids": list(chunk)})]
            rows.update((r[0], r) for r in fetched)
            pending = sorted({r[5] for r in fetched if r[4] is not None and r[5] and r[5] not in rows})
        owners: dict[EntityId, NameOwner] = {}
        for eid in dict.fromkeys(ids):
            row = rows.get(eid)
            if row is None:
                continue
            live: list[Any] | None = row
            seen = {eid}
            while live is not None and live[4] is not None:  # retracted: follow its merge, if any
                target = live[5]
                live = rows.get(target) if target and target not in seen else None
                seen.add(target)
            if live is not None:
                owners[eid] = NameOwner(
                    id=eid, kind=EntityKind(row[1]), names=tuple(row[3] or ()), owner_id=live[0], owner_name=live[2]
                )
        return owners

    def known_keys(self, keys: Sequence[str]) -> set[str]:
        wanted = [k for k in dict.fromkeys(keys) if k]
        return {row[0] for chunk in _chunks(wanted) for row in self._read(qn.KNOWN_KEYS, {"keys": list(chunk)})}

    def version(self) -> int:
        rows = self._read(qn.READ_STATE, {"id": qn.STATE_ID})
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def search_candidates(self, query: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[NameOwner]:
        """Live entities that may match a normalised query, read from graph/nameindex.py's terms: the words holding
        one of the query's rarest trigrams (a name the scorer accepts shares all but a few of them), ranked by how
        well they match a query word (graph/nameindex.py: rank_words), then the entities holding the best of those
        words, rarer words first, up to CANDIDATE_BUDGET; plus the names whose key is the query, and for a short
        query those of the same sorted letters (a swap breaks every trigram of a short word), and first of all those
        holding a word of the query followed by the next one's first letters."""
        if not query.strip():
            return []
        grams = sorted(ni.name_grams(query))
        if len(query) < SHORT_QUERY:
            grams = [" " + query.split()[0][:2]]
        typed = query.split()
        probes = [ni.key_term(kind, query) for kind in (kinds or tuple(EntityKind))]
        probes += [ni.pair_term(a, b) for a, b in itertools.pairwise(typed)]
        if len(query.replace(" ", "")) <= FEW:
            probes.append(ni.letters_term(query))
        found = self.name_terms(probes)
        entity_ids = [m for probe in probes if probe in found for m in found[probe].members]
        gram_sizes = self.name_term_sizes([ni.gram_term(g) for g in grams])
        ranked = sorted(grams, key=lambda g: (gram_sizes.get(ni.gram_term(g), 0), g))
        rarest = [ni.gram_term(g) for g in ranked[: misses_allowed(len(ranked)) + 1]]
        read = self.name_terms([t for t in rarest if t in gram_sizes])  # only the rarest grams' word lists
        words = [word for term in rarest if term in read for word in read[term].members]
        unique = list(dict.fromkeys(words))
        per_word = [dict(list(ni.rank_words(t, unique).items())[:CANDIDATE_WORDS]) for t in typed]
        sizes = self.name_term_sizes([ni.word_term(w) for best in per_word for w in best])
        share = max(1, (CANDIDATE_BUDGET - len(entity_ids)) // len(typed))
        quotas: dict[str, int] = {}  # word term -> how many of its members to read
        for best in per_word:  # each query word brings its share: a common one ("wang") cannot crowd out the rest
            taken = 0
            ordered = sorted(
                (-score, sizes[ni.word_term(w)], w) for w, score in best.items() if ni.word_term(w) in sizes
            )
            for _, size, word in ordered:
                if taken >= share:
                    break
                if taken + size > share and (taken or len(ordered) > 1):
                    continue  # too common a word to read whole while rarer ones fit
                word_id = ni.word_term(word)
                quotas[word_id] = max(quotas.get(word_id, 0), min(size, share - taken))
                taken += quotas[word_id]
        for word_id, chosen in self.name_terms(sorted(quotas)).items():  # only the words chosen are read whole
            entity_ids.extend(chosen.members[: quotas[word_id]])
        return self._live_candidates(entity_ids, kinds)

    def name_term_sizes(self, ids: Sequence[str]) -> dict[str, int]:
        """The sizes of the terms asked for that exist, without reading their members."""
        self._check_name_index()
        wanted = list(dict.fromkeys(ids))
        return {row[0]: row[1] for c in _chunks(wanted) for row in self._read(qn.FETCH_TERM_COUNTS, {"ids": list(c)})}

    def _live_candidates(self, entity_ids: Sequence[EntityId], kinds: Sequence[EntityKind]) -> list[NameOwner]:
        """The live entities the members lead to, each with its own names (the ones search scores)."""
        owners = self._cached_owners(entity_ids)
        merged = list(dict.fromkeys(o.owner_id for o in owners.values() if o.owner_id != o.id))
        live = {o.id: o for o in owners.values() if o.owner_id == o.id}
        live.update(self._cached_owners([i for i in merged if i not in live]))
        wanted = set(kinds)
        return [o for o in live.values() if o.id == o.owner_id and (not wanted or o.kind in wanted)]

    def _cached_owners(self, ids: Sequence[EntityId]) -> dict[EntityId, NameOwner]:
        """name_owners through the process's OwnerCache (one read of the version when something is asked)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with _CACHE_LOCK:
            cache = self.__dict__.setdefault("_owner_cache", OwnerCache())
        version = self.version()
        found = cache.get(version, wanted)
        missing = [i for i in wanted if i not in found]
        if missing:
            read = self.name_owners(missing)
            fresh: dict[EntityId, NameOwner | None] = {i: read.get(i) for i in missing}
            cache.put(version, fresh)
            found.update(fresh)
        return {i: owner for i in wanted if (owner := found.get(i)) is not None}

    # --- maintenance

    def _ensure_name_index(self) -> None:
        """Build the index when the store has none (written before it existed) or one of another version."""
        rows = self._read(qn.READ_STATE, {"id": qn.STATE_ID})
        if rows and rows[0][1] == INDEX_VERSION:
            return
        if not rows and not self._read(qn.ANY_ENTITY):
            state = {"id": qn.STATE_ID, "version": 0, "index_version": INDEX_VERSION}
            self._write_tx(lambda run: run(qn.CREATE_STATE, state))
            return
        self.reindex()

    def reindex(self) -> int:
        """Rebuild every term from the entities (live ones, and merged ones for the entity they merged into).
        The old terms are dropped and the new ones written in chunks; the index counts as built only once the
        last chunk is in (an interrupted run is redone at the next read-write open)."""
        rows = index_rows((eid, EntityKind(kind), names or ()) for eid, kind, names in self._read(qn.INDEXED_ENTITIES))

        def start(run: Runner) -> None:
            if not run(qn.READ_STATE, {"id": qn.STATE_ID}):
                run(qn.CREATE_STATE, {"id": qn.STATE_ID, "version": 0, "index_version": 0})
            run(qn.SET_INDEX_VERSION, {"id": qn.STATE_ID, "index_version": 0})

        self._write_tx(start)
        # Dropped in transactions of bounded size (one transaction of millions of deletes exhausts Neo4j's heap).
        while self._write_tx(lambda run: run(qn.DELETE_SOME_TERMS, {"limit": 100_000})[0][0]):
            pass
        for part in _chunks(rows, 100_000):
            self._write_tx(lambda run, part=part: [run(qn.CREATE_TERMS, {"rows": list(c)}) for c in _chunks(part)])

        def finish(run: Runner) -> None:
            run(qn.SET_INDEX_VERSION, {"id": qn.STATE_ID, "index_version": INDEX_VERSION})
            bump_version(run)  # caches of the old terms are stale

        self._write_tx(finish)
        self._index_ready = True
        return len(rows)
