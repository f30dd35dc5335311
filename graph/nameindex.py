"""The name index's terms: what a store keeps so that resolution and search read a few rows, never every name.

A term is an id with members and a size. The backends store each as one `(:NameTerm {id, size, members})`
row found by primary key, written in the same transaction as the names it indexes
(graph/backends/name_terms.py), and rebuilt from the graph by `ckg reindex`. The terms:

  k:<KIND>:<key>    entities of a kind with a name, alias or legal name of that normalised key (exact look-up)
  c:<core>          organisations whose key without one trailing descriptor is <core> ("moonshot ai" -> "moonshot")
  a:<initials>      organisations with a multi-word name of these initials ("smic")
  n:<letters>       organisations with a name that looks like an acronym ("SMIC" -> "smic")
  b:<KIND>:<block>  keys of a kind in a fuzzy-matching block (blocking); size = number of keys
  w:<word>          entities with a searchable name holding the word; size = number of entities
  g:<gram>          words holding a word trigram; size = entities holding it (about: an entity may count twice)
  p:<word> <xy>     entities with a searchable name holding the word followed by one starting with <xy> (or <x>)
  l:<letters>       entities with a short searchable name of these letters, sorted (a swap in a short query)

Members are never removed: a retracted or merged entity stays a member, and readers follow `merged_into` to
the live entity and skip retracted ones (so a merge and an unmerge need no index change). Lists that only
narrow a search are capped (`cap`): their size stays exact, their members are the first ones written.

Resolution (loaders/resolve.py) and search read these terms; the rules that make them (normalised keys, core
keys, acronyms, blocks, trigrams) live here, once, so that the writer and the readers always agree.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

from graph.model import EntityKind
from graph.names import normalize_key as _normalize_key
from graph.names import tokens

# Memoised: a load or a resolution asks for the same names' keys again and again.
normalize_key = functools.lru_cache(maxsize=1 << 18)(_normalize_key)

# --- resolution rules shared with loaders/resolve.py -----------------------------------------------

MAX_BLOCK = 1000  # a blocking key shared by more keys than this is too generic to narrow anything
# Trailing words that describe rather than name an organisation: "Moonshot AI" is "Moonshot".
# "Lab(s)" is not one: "Tencent AI Lab" is a unit of Tencent, as "Alibaba Cloud" is of Alibaba.
DESCRIPTORS = frozenset({"ai", "technology", "technologies", "tech", "intelligence", "intelligent", "software"})
_ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "de", "und", "&"})

# --- search ----------------------------------------------------------------------------------------

GRAM = 3
SHORT_NAME = 9  # names this short are also found by their sorted letters (a query of up to 5 letters with a swap)
# Members kept of a word's (or word pair's) list, its size staying exact: a search reads at most 400 entities
# (graph/backends/name_terms.py: CANDIDATE_BUDGET), and a longer list costs every write that grows it.
WORD_CAP = 400
GRAM_CAP = 1000  # words kept of a trigram's list


def core_key(key: str) -> str:
    """The key without one trailing descriptor word ("moonshot ai" -> "moonshot"); never empty."""
    words = key.split()
    if len(words) > 1 and words[-1] in DESCRIPTORS:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=1 << 16)
def acronyms_of(name: str, key: str | None = None) -> frozenset[str]:
    """Initials of a multi-word name, with and without its legal suffix ("smic" and "smi")."""
    if " " not in name.strip():
        return frozenset()
    words = [w for w in tokens(name) if w and w not in _ACRONYM_STOPWORDS and not w[0].isdigit()]
    found: set[str] = set()
    if len(words) >= 2:
        found.add("".join(w[0] for w in words))
    key_words = (normalize_key(name) if key is None else key).split()
    if len(key_words) >= 2:
        found.add("".join(w[0] for w in key_words if w not in _ACRONYM_STOPWORDS and not w[0].isdigit()))
    return frozenset(a for a in found if len(a) >= 2)


def looks_like_acronym(name: str) -> bool:
    """ "SMIC", "HKEX", "T.S.M.C." - one short word written (mostly) in capitals."""
    compact = re.sub(r"[.\s&-]", "", name)
    return 2 <= len(compact) <= 6 and compact.isalnum() and sum(c.isupper() for c in compact) >= len(compact) - 1


def block_pairs(key: str) -> list[tuple[str, str]]:
    """Blocking keys: a typo has to hit the first word's start, the last word's start and the end at once
    to escape all of them. Each comes coarse (4 letters) and fine (6 letters); the fine one is read when
    the coarse block is too common to narrow anything."""
    words = key.split()
    compact = key.replace(" ", "")
    # First and last words share one label so that "Junjie Yan" meets "Yan Junjie".
    return [
        ("w:" + words[0][:4], "W:" + words[0][:6]),
        ("w:" + words[-1][:4], "W:" + words[-1][:6]),
        ("s:" + compact[-4:], "S:" + compact[-6:]),
    ]


def key_term(kind: EntityKind, key: str) -> str:
    return f"k:{kind.value}:{key}"


def core_term(core: str) -> str:
    return f"c:{core}"


def initials_term(initials: str) -> str:
    return f"a:{initials}"


def acronym_name_term(letters: str) -> str:
    return f"n:{letters}"


def block_term(kind: EntityKind, block: str) -> str:
    return f"b:{kind.value}:{block}"


def block_terms(kind: EntityKind, key: str) -> set[str]:
    """The blocks a new key of this kind joins (members: the key)."""
    return {block_term(kind, block) for pair in block_pairs(key) for block in pair}


def word_term(word: str) -> str:
    return f"w:{word}"


def gram_term(gram: str) -> str:
    return f"g:{gram}"


def pair_term(word: str, next_word: str) -> str:
    """A word and the first letters (one or two) of the next: "wang ti" finds Wang Tianlu among ten thousand Wangs."""
    return f"p:{word} {next_word[:2]}"


def pair_terms(choice: str) -> set[str]:
    words = choice.split()
    return {f"p:{a} {b[:n]}" for a, b in itertools.pairwise(words) for n in (1, 2)}


def letters_term(choice: str) -> str:
    return "l:" + "".join(sorted(choice.replace(" ", "")))


def search_choice(name: str) -> str:
    """The form of a name that search scores: its key, or for a name with no key its plain lower-case form."""
    return normalize_key(name) or utils.default_process(name)


def name_grams(text: str) -> set[str]:
    """The trigrams of each word with a leading space (" min", "min", "ini", ...; a one-letter word gives " x").
    No trailing space: every gram of a prefix of a word is a gram of that word, so typing "minim" finds MiniMax."""
    grams: set[str] = set()
    for word in text.split():
        padded = " " + word
        if len(padded) <= GRAM:
            grams.add(padded)
        else:
            grams.update(padded[i : i + GRAM] for i in range(len(padded) - GRAM + 1))
    return grams


def misses_allowed(grams: int) -> int:
    """How many of a query's grams a match may lack: a typo breaks up to 4 (a swap of two letters), and a long
    query may carry a typo per dozen letters or so."""
    return max(4, grams // 3)


WORD_CUTOFF = 60.0  # a word scoring less against every query word brings no candidate


def rank_words(query: str, words: list[str]) -> dict[str, float]:
    """Words that match some word of the query (similar spelling, or the query word is their start: a name being
    typed), best first, with their score 0..100."""
    best: dict[str, float] = {}
    for typed in query.split():
        for word, score, _ in process.extract(typed, words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None):
            best[word] = max(best.get(word, 0.0), score)
        if len(typed) >= 2:
            for word in words:
                if word.startswith(typed):
                    best[word] = 100.0
    return dict(sorted(best.items(), key=lambda item: (-item[1], item[0])))


def entity_terms(kind: EntityKind, names: Iterable[str]) -> set[str]:
    """The terms whose members include an entity of this kind with these names (resolution and search)."""
    terms: set[str] = set()
    for name in names:
        key = normalize_key(name)
        if key:
            terms.add(key_term(kind, key))
            if kind is EntityKind.ORGANIZATION:
                terms.add(core_term(core_key(key)))
                terms.update(initials_term(a) for a in acronyms_of(name, key))
                if looks_like_acronym(name):
                    terms.add(acronym_name_term(key.replace(" ", "")))
        choice = search_choice(name)
        if choice:
            terms.update(word_term(word) for word in choice.split())
            terms |= pair_terms(choice)
            if len(choice) <= SHORT_NAME:
                terms.add(letters_term(choice))
    return terms


def entity_keys(kind: EntityKind, names: Iterable[str]) -> set[tuple[EntityKind, str]]:
    """(kind, key) of each name: a key new to its kind joins its blocks."""
    return {(kind, key) for key in map(normalize_key, names) if key}


def cap_of(term: str) -> int | None:
    """How many members a term keeps (None: all). A block past MAX_BLOCK is never read, so its keys are not kept."""
    if term.startswith("b:"):
        return MAX_BLOCK + 1
    if term.startswith(("w:", "p:")):
        return WORD_CAP
    if term.startswith("g:"):
        return GRAM_CAP
    return None
