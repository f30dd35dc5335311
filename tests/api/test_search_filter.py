"""The search's candidate filter (word-trigram index) against scoring every name: same best match, fewer names."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.search import NameSearch, name_grams
from graph.model import EntityKind
from graph.names import normalize_key
from graph.store import NameEntry

SYLLABLES = re.findall(r"\w+", "zhen hua min max qi an long tai feng yun xin guang hai rui bo wei jun ke mei tian")
SECTORS = re.findall(r"\w+", "Technologies Robotics Energy Logistics Pharma Semiconductor Foods Media Capital Optics")
FAMILY = re.findall(r"\w+", "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _entries(count: int, seed: int) -> list[NameEntry]:
    """Names shaped like the graph's: brand + sector companies with aliases, people, versioned products."""
    rng = random.Random(seed)
    entries: list[NameEntry] = []
    while len(entries) < count:
        n = len(entries)
        roll = rng.random()
        if roll < 0.45:
            brand = _word(rng, rng.choice((2, 2, 3)))
            eid = f"org:{n}"
            entries.append(
                NameEntry(
                    entity_id=eid, kind=EntityKind.ORGANIZATION, text=f"{brand} {rng.choice(SECTORS)}", is_primary=True
                )
            )
            if rng.random() < 0.3:
                entries.append(NameEntry(entity_id=eid, kind=EntityKind.ORGANIZATION, text=brand, is_primary=False))
        elif roll < 0.8:
            name = f"{rng.choice(FAMILY)} {_word(rng, rng.choice((1, 2)))}"
            entries.append(NameEntry(entity_id=f"person:{n}", kind=EntityKind.PERSON, text=name, is_primary=True))
        else:
            name = f"{_word(rng, 2)} {rng.choice(('Model', 'Chip', 'Cloud'))} {rng.randint(1, 4)}.0"
            entries.append(NameEntry(entity_id=f"product:{n}", kind=EntityKind.PRODUCT, text=name, is_primary=True))
    return entries


ENTRIES = _entries(3000, seed=3)
INDEX = NameSearch(ENTRIES)
TEXTS = [e.text for e in ENTRIES]


def _query(text: str) -> str:
    return normalize_key(text)


def _typo(name: str, rng: random.Random) -> str:
    positions = [k for k in range(1, len(name) - 1) if name[k].isalpha() and name[k + 1].isalpha()]
    if not positions:
        return name
    k = rng.choice(positions)
    edit = rng.randrange(4)
    if edit == 0:
        return name[:k] + name[k + 1 :]
    if edit == 1:
        return name[:k] + name[k] + name[k:]
    if edit == 2:
        return name[:k] + "x" + name[k + 1 :]
    return name[:k] + name[k + 1] + name[k] + name[k + 2 :]


def _reordered(name: str, rng: random.Random) -> str:
    words = name.split()
    rng.shuffle(words)
    return " ".join(words)


def _prefix(name: str, rng: random.Random) -> str:
    return name[: rng.randint(3, len(name))]


MAKERS = {"full": lambda name, rng: name, "prefix": _prefix, "typo": _typo, "reordered": _reordered}


def _agree(query: str) -> None:
    """The filtered search finds the exhaustive search's best match, and every hit it gives is a real one."""
    filtered = INDEX.search(query, (), 10)
    exhaustive = INDEX.search(query, (), 10, exhaustive=True)
    assert filtered[:1] == exhaustive[:1], query
    everything = {m.entity_id: m for m in INDEX.search(query, (), len(ENTRIES), exhaustive=True)}
    assert all(everything.get(m.entity_id) == m for m in filtered), query


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEXTS), st.sampled_from(sorted(MAKERS)), st.randoms(use_true_random=False))
def test_the_filtered_search_finds_the_same_best_match_as_scoring_every_name(
    name: str, how: str, rng: random.Random
) -> None:
    query = _query(MAKERS[how](name, rng))
    if query:
        _agree(query)


def test_an_alias_candidate_brings_its_entitys_other_names() -> None:
    _agree("haxke")  # found by the property test: only the alias "Huakexin" was a candidate, not "Huakexin Optics"


@pytest.mark.parametrize("how", ["full", "prefix", "reordered"])
def test_without_typos_every_strong_match_survives_the_filter(how: str) -> None:
    rng = random.Random(how)
    for name in rng.sample(TEXTS, 60):
        query = _query(MAKERS[how](name, rng))
        filtered = INDEX.search(query, (), 50)
        strong = [m for m in INDEX.search(query, (), 50, exhaustive=True) if m.score >= 0.9]
        assert all(m in filtered for m in strong), query


def test_a_distinctive_query_scores_a_small_part_of_the_names() -> None:
    rng = random.Random(7)
    organizations = [e.text for e in ENTRIES if e.kind is EntityKind.ORGANIZATION and e.is_primary]
    sizes = []
    for name in rng.sample(organizations, 40):
        candidates = INDEX.candidates(_query(name))
        assert candidates is not None
        sizes.append(len(candidates))
    assert sorted(sizes)[len(sizes) // 2] < len(ENTRIES) / 4


def test_short_queries_and_short_names() -> None:
    assert INDEX.candidates("ab") is None  # two letters: every name is scored
    index = NameSearch(
        [
            NameEntry(entity_id="org:ai", kind=EntityKind.ORGANIZATION, text="AI", is_primary=True),
            NameEntry(entity_id="org:big", kind=EntityKind.ORGANIZATION, text="Zhenhua Robotics", is_primary=True),
        ]
    )
    # "xai" shares no word trigram with "ai", yet scores 0.8 against it: short names are always candidates
    assert name_grams("xai").isdisjoint(name_grams("ai"))
    assert [m.entity_id for m in index.search("xai", (), 5)] == ["org:ai"]
    assert index.search("xai", (), 5) == index.search("xai", (), 5, exhaustive=True)


@given(st.text(alphabet="abcdefghij ", min_size=1, max_size=30), st.integers(min_value=1, max_value=30))
def test_every_gram_of_a_word_prefix_is_a_gram_of_the_name(text: str, cut: int) -> None:
    words = text.split()
    if not words:
        return
    typed = " ".join([*words[:-1], words[-1][:cut]])
    if len(typed.split()[-1]) >= 2:
        assert name_grams(typed) <= name_grams(" ".join(words))


def test_kinds_are_filtered_like_the_exhaustive_search() -> None:
    for name in random.Random(2).sample(TEXTS, 20):
        query = _query(name)
        kinds = (EntityKind.PERSON,)
        assert INDEX.search(query, kinds, 10)[:1] == INDEX.search(query, kinds, 10, exhaustive=True)[:1]
