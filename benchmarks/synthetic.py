"""A deterministic, seeded synthetic company graph for the benchmarks.

`World(orgs=N, seed=S)` describes N organisations; every company's facts come from its own seeded
random stream, so company i is the same whatever N is and can be computed on its own (random access,
nothing held in memory). The shape follows what the product will load:

- degree skew: investors are the first organisations; each round picks them by a Zipf law, so a few
  mega-investors back thousands of companies while most have one or two. Head offices, former
  employers, parents and base models are Zipf-picked too (a few hubs, a long tail);
- people: founders (some with a former employer) and executives with roles and start dates;
- products as version chains (v2 BASED_ON v1), some first versions fine-tuned from another
  company's popular base model, some COMPARED_TO one;
- funding rounds as events with a lead and participants, valuations, listings with tickers, and for
  listed companies ten years of price moves and analyst actions (bank as actor);
- attribute values (employees per year, post-money valuations), aliases, legal names and, for the
  resolution benchmark, near-duplicate spellings of known names.

Two renderings of the same world:
- `batches(...)`: StatementBatch objects (graph.model) with evidence, one per chunk of companies,
  in an order the store accepts (every endpoint exists before a statement points at it);
- `profile(i)` / `write_profiles(...)`: the loader's YAML profile format (loaders/profiles.py).
  The profile format has no price moves or analyst actions, so those exist only in the batches.

    python -m benchmarks.synthetic --orgs 1000 --profiles /tmp/profiles   # one YAML file per company
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.dates import PartialDate
from graph.model import (
    AttributeValue,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Money,
    Organization,
    Person,
    Place,
    Product,
    ProductKind,
    Relation,
    RelationType,
    Source,
    StatementBatch,
    attribute_value_id,
    entity_id,
    event_id,
    relation_id,
    source_id,
)

RECORDED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
FIRST_YEAR, LAST_YEAR = 2015, 2025  # the ten years events span

_ROOT_A = [
    "Zhen",
    "Hua",
    "Xin",
    "Yu",
    "Tian",
    "Kai",
    "Bo",
    "Rui",
    "Heng",
    "Jia",
    "Ming",
    "Chang",
    "Long",
    "Feng",
    "Hai",
    "Yun",
    "Guang",
    "Sheng",
    "Da",
    "Tong",
    "Li",
    "Jin",
    "Wei",
    "Xing",
    "Hong",
    "An",
    "Cheng",
    "De",
    "Fu",
    "Hui",
    "Kang",
    "Lian",
    "Mei",
    "Qi",
    "Shan",
    "Tai",
    "Wan",
    "Xiang",
    "Yi",
    "Zhi",
    "Zhong",
    "Ao",
    "Bei",
    "Cai",
    "Dong",
    "Fang",
    "Gao",
    "Han",
    "Hu",
    "Jing",
    "Le",
    "Lu",
    "Nan",
    "Pu",
    "Qing",
    "Ren",
    "Ri",
    "Shi",
    "Song",
    "Teng",
    "Wen",
    "Xi",
    "Yang",
    "Ying",
    "Yuan",
    "Ze",
    "Zhu",
    "Ke",
    "Lan",
    "Mo",
    "Nuo",
    "Pei",
    "Quan",
    "Run",
    "Sen",
    "Ti",
]
_ROOT_B = [
    "hua",
    "xin",
    "yu",
    "tian",
    "kai",
    "bo",
    "rui",
    "heng",
    "jia",
    "ming",
    "chang",
    "long",
    "feng",
    "hai",
    "yun",
    "guang",
    "sheng",
    "da",
    "tong",
    "li",
    "jin",
    "wei",
    "xing",
    "hong",
    "an",
    "cheng",
    "de",
    "fu",
    "hui",
    "kang",
    "lian",
    "mei",
    "qi",
    "shan",
    "tai",
    "wan",
    "xiang",
    "yi",
    "zhi",
    "zhong",
    "ao",
    "bei",
    "cai",
    "dong",
    "fang",
    "gao",
    "han",
    "hu",
    "jing",
    "le",
    "lu",
    "nan",
    "pu",
    "qing",
    "ren",
    "ri",
    "shi",
    "song",
    "teng",
    "wen",
    "xi",
    "yang",
    "ying",
    "yuan",
    "ze",
    "zhu",
    "ke",
    "lan",
    "mo",
    "nuo",
    "pei",
    "quan",
    "run",
    "sen",
    "ti",
]
# Two syllables make a root; "Xin"+"gao" and "Xing"+"ao" spell the same, so duplicates are dropped.
_ROOTS = tuple(dict.fromkeys(a + b for a in _ROOT_A for b in _ROOT_B))
# (sector word, short brand suffix, category, product line words). No resolver descriptor words
# ("AI", "Technology", "Labs"...): two companies must never share a core name by construction.
_SECTORS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Robotics", "Bot", "robotics", ("Arm", "Walker", "Vision")),
    ("Biotech", "Bio", "biotech", ("Assay", "Fold", "Gene")),
    ("Semiconductor", "Semi", "chipmaker", ("NPU", "Core", "Link")),
    ("Motors", "Motor", "automotive", ("Drive", "Pilot", "Cell")),
    ("Networks", "Net", "telecom", ("Mesh", "Edge", "Wave")),
    ("Pharma", "Pharm", "pharma", ("Cure", "Dose", "Trial")),
    ("Energy", "Power", "energy", ("Grid", "Store", "Solar")),
    ("Cloud", "Cloud", "cloud", ("Compute", "Base", "Serve")),
    ("Games", "Play", "games", ("Quest", "Arena", "World")),
    ("Systems", "Sys", "software", ("Chat", "Coder", "Agent")),
    ("Materials", "Mat", "materials", ("Film", "Alloy", "Fiber")),
    ("Logistics", "Move", "logistics", ("Route", "Fleet", "Hub")),
    ("Health", "Care", "health", ("Scan", "Doc", "Triage")),
    ("Aerospace", "Aero", "aerospace", ("Orbit", "Lift", "Sat")),
    ("Optics", "Optic", "optics", ("Lens", "Laser", "Sensor")),
    ("Fintech", "Pay", "fintech", ("Wallet", "Ledger", "Lend")),
    ("Agritech", "Agri", "agritech", ("Seed", "Harvest", "Soil")),
    ("Drones", "Drone", "drones", ("Hover", "Survey", "Cargo")),
    ("Batteries", "Volt", "batteries", ("Pack", "Anode", "Charge")),
    ("Security", "Guard", "security", ("Shield", "Watch", "Vault")),
)
_INVESTOR_WORDS = ("Capital", "Ventures", "Partners", "Fund", "Investment")
_BANK_WORDS = ("Securities", "Bank", "Markets")
_EXCHANGES = (
    ("Shanghai Stock Exchange", "SH"),
    ("Shenzhen Stock Exchange", "SZ"),
    ("Hong Kong Stock Exchange", "HK"),
    ("Nasdaq", "NQ"),
    ("New York Stock Exchange", "NY"),
    ("Beijing Stock Exchange", "BJ"),
)
_CITIES = [
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "Hangzhou",
    "Guangzhou",
    "Chengdu",
    "Nanjing",
    "Suzhou",
    "Wuhan",
    "Xi'an",
    "Tianjin",
    "Hefei",
    "Chongqing",
    "Changsha",
    "Xiamen",
    "Qingdao",
    "Dalian",
    "Ningbo",
    "Jinan",
    "Zhengzhou",
    "Fuzhou",
    "Kunming",
    "Shenyang",
    "Harbin",
    "Hong_Kong",
    "Taipei",
    "Singapore",
    "Tokyo",
    "Seoul",
    "Osaka",
    "Bangalore",
    "Mumbai",
    "Delhi",
    "Dubai",
    "Tel_Aviv",
    "London",
    "Paris",
    "Berlin",
    "Munich",
    "Zurich",
    "Amsterdam",
    "Stockholm",
    "Helsinki",
    "Dublin",
    "Madrid",
    "Milan",
    "Toronto",
    "Montreal",
    "Vancouver",
    "Boston",
    "New_York",
    "Austin",
    "Seattle",
    "San_Francisco",
    "Palo_Alto",
    "Mountain_View",
    "Los_Angeles",
    "San_Diego",
    "Chicago",
    "Denver",
    "Atlanta",
    "Miami",
    "Sydney",
    "Melbourne",
    "Sao_Paulo",
]
_CITIES = tuple(c.replace("_", " ") for c in _CITIES) + tuple(f"District {n}" for n in range(1, 141))
_FAMILY = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
    "Cao",
    "Peng",
    "Zeng",
    "Xiao",
    "Tian",
    "Dong",
    "Yuan",
    "Pan",
    "Yu",
    "Jiang",
    "Cai",
    "Du",
    "Ye",
    "Cheng",
    "Wei",
    "Su",
    "Lu",
    "Ding",
    "Ren",
    "Shen",
    "Yao",
    "Lu",
    "Jiang",
    "Cui",
    "Zhong",
    "Tan",
    "Lu",
    "Wang",
    "Fan",
    "Jin",
    "Shi",
    "Liao",
    "Jia",
    "Xia",
    "Wei",
    "Fu",
    "Fang",
    "Bai",
    "Zou",
    "Meng",
    "Xiong",
    "Qin",
    "Qiu",
    "Jiang",
    "Yin",
    "Xue",
    "Yan",
    "Duan",
    "Lei",
    "Hou",
    "Long",
    "Shi",
    "Tao",
    "Li",
    "He",
    "Gu",
    "Mao",
    "Hao",
    "Gong",
    "Shao",
    "Wan",
    "Qian",
    "Yan",
    "Tan",
    "Wu",
    "Dai",
    "Mo",
    "Kong",
    "Xiang",
    "Tang",
    "Smith",
    "Garcia",
    "Mueller",
    "Rossi",
    "Kim",
    "Park",
    "Sato",
    "Suzuki",
    "Patel",
    "Singh",
    "Cohen",
    "Silva",
    "Novak",
    "Berg",
    "Jensen",
    "Murphy",
    "Nguyen",
    "Tran",
    "Ivanov",
]
_FAMILY = tuple(dict.fromkeys(_FAMILY))
_GIVEN_A = [
    "Jun",
    "Wei",
    "Xiao",
    "Ming",
    "Hong",
    "Jian",
    "Zhi",
    "Yong",
    "Jie",
    "Lei",
    "Tao",
    "Bin",
    "Hui",
    "Qiang",
    "Ping",
    "Gang",
    "Hua",
    "Fei",
    "Yan",
    "Ling",
    "Xin",
    "Yu",
    "Hao",
    "Kai",
    "Rui",
    "Chen",
    "Bo",
    "Yi",
    "Jing",
    "Shu",
    "Lan",
    "Qing",
    "Mei",
    "Ting",
    "Na",
    "Fang",
    "Dan",
    "Xue",
    "Yue",
    "Zhen",
    "Feng",
    "Song",
    "Tian",
    "Yun",
    "Kang",
    "Lu",
    "Ning",
    "An",
    "Rong",
]
_GIVEN_B = [
    "jie",
    "wei",
    "ming",
    "hong",
    "jian",
    "zhi",
    "yong",
    "lei",
    "tao",
    "bin",
    "hui",
    "qiang",
    "ping",
    "gang",
    "hua",
    "fei",
    "yan",
    "ling",
    "xin",
    "yu",
    "hao",
    "kai",
    "rui",
    "chen",
    "bo",
    "yi",
    "jing",
    "shu",
    "lan",
    "qing",
    "mei",
    "ting",
    "na",
    "fang",
    "dan",
    "xue",
    "yue",
    "zhen",
    "feng",
    "song",
    "tian",
    "yun",
    "kang",
    "lu",
    "ning",
    "an",
    "rong",
    "quan",
    "sheng",
]
_ROLES = ("CEO", "CTO", "CFO", "COO", "Chief Scientist", "President")
_STAGES = ("Angel", "Seed", "Series A", "Series B", "Series C", "Series D", "Series E", "Pre-IPO")
_RATINGS = ("sell", "underperform", "hold", "outperform", "buy")
MAX_FOUNDERS = 3
MAX_EXECS = 2
PERSONS_PER_ORG = MAX_FOUNDERS + MAX_EXECS


def _stream(seed: int, *parts: object) -> random.Random:
    digest = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _permute(i: int, modulus: int, mult: int = 7_919) -> int:
    """A bijection of range(modulus) (mult coprime with modulus) that scatters neighbouring indexes."""
    return (i * mult + 12_345) % modulus


class Zipf:
    """Draws ranks 0..n-1 with P(rank k) ~ 1 / (k + 1) ** s."""

    def __init__(self, n: int, s: float = 1.05) -> None:
        self.n = n
        self.cum = list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(max(n, 1))))

    def draw(self, rng: random.Random, below: int | None = None) -> int:
        top = self.cum[min(below, self.n) - 1] if below else self.cum[-1]
        return bisect.bisect_left(self.cum, rng.random() * top)


@dataclass(frozen=True)
class Round:
    date: str
    stage: str
    amount: int
    post_money: int
    leads: tuple[int, ...]
    investors: tuple[int, ...]


@dataclass(frozen=True)
class ProductSpec:
    name: str
    kind: ProductKind
    released: str | None
    based_on: tuple[str, ...] = ()
    compared_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonSpec:
    name: str
    role: str | None = None  # executives
    since: str | None = None
    former_employer: int | None = None  # founders


@dataclass(frozen=True)
class CompanySpec:
    index: int
    name: str
    aliases: tuple[str, ...]
    legal_name: str | None
    categories: tuple[str, ...]
    founded: str
    headquarters: str
    founders: tuple[PersonSpec, ...]
    executives: tuple[PersonSpec, ...]
    rounds: tuple[Round, ...]
    products: tuple[ProductSpec, ...]
    parent: int | None
    listing: tuple[str, str, str] | None  # exchange name, ticker, date
    employees: tuple[tuple[str, int], ...]
    price_moves: tuple[tuple[str, float], ...] = ()
    analyst_actions: tuple[tuple[str, int, str, str, str], ...] = ()  # date, bank, action, from, to
    extra: dict[str, Any] = field(default_factory=dict)


class World:
    """The synthetic graph of `orgs` organisations. Organisation indexes: investors first, then banks,
    then exchanges, then operating companies."""

    def __init__(self, orgs: int, seed: int = 7) -> None:
        if orgs < 50:
            raise ValueError("the synthetic world needs at least 50 organisations")
        self.orgs = orgs
        self.seed = seed
        self.n_investors = max(20, orgs // 25)
        self.n_banks = min(40, max(5, orgs // 2000))
        self.first_bank = self.n_investors
        self.first_exchange = self.first_bank + self.n_banks
        self.first_company = self.first_exchange + len(_EXCHANGES)
        self.investor_zipf = Zipf(self.n_investors, 1.05)
        self.org_zipf = Zipf(orgs, 1.1)  # former employers, parents, base models: a few hubs
        self.city_zipf = Zipf(len(_CITIES), 1.2)
        self._name_space = len(_ROOTS) * len(_SECTORS)
        if orgs > self._name_space:
            raise ValueError(f"at most {self._name_space} organisations have distinct names")

    # --- names

    def _parts(self, i: int) -> tuple[str, int]:
        """(root, sector index) of company i; distinct for distinct i."""
        root, s = divmod(_permute(i, self._name_space), len(_SECTORS))
        return _ROOTS[root], s

    def org_name(self, i: int) -> str:
        root, s = self._parts(i)
        if i < self.first_bank:  # brand + a word, e.g. "ZhenhuaBot Ventures": (root, sector) keeps it unique
            return f"{root}{_SECTORS[s][1]} {_INVESTOR_WORDS[s % len(_INVESTOR_WORDS)]}"
        if i < self.first_exchange:
            return f"{root}{_SECTORS[s][1]} {_BANK_WORDS[s % len(_BANK_WORDS)]}"
        if i < self.first_company:
            return _EXCHANGES[i - self.first_exchange][0]
        return f"{root} {_SECTORS[s][0]}"

    def person_name(self, org: int, slot: int) -> str:
        """Distinct for distinct (org, slot): a mixed-radix code over family x given names, then a
        generation suffix once the two-syllable names run out."""
        n_f, n_a, n_b = len(_FAMILY), len(_GIVEN_A), len(_GIVEN_B)
        block = n_f * n_a * n_b
        generation, code = divmod(org * PERSONS_PER_ORG + slot, block)
        code = _permute(code, block)
        f, rest = divmod(code, n_a * n_b)
        a, b = divmod(rest, n_b)
        family = _FAMILY[f]
        given = _GIVEN_A[a] + _GIVEN_B[b]
        return f"{family} {given}" + (f" {_roman(generation + 1)}" if generation else "")

    # --- companies

    def is_listed(self, i: int) -> bool:
        return i >= self.first_company and _stream(self.seed, i, "listed").random() < 0.12

    def product_lines(self, i: int) -> list[list[str]]:
        """Names of company i's products, one list per product line, oldest version first."""
        if i < self.first_company:
            return []
        rng = _stream(self.seed, i, "products")
        name = self.org_name(i)
        _, s = self._parts(i)
        lines: list[list[str]] = []
        for word in _SECTORS[s][3][: _count(rng, 1.0, 3)]:
            versions = 1 + _count(rng, 1.0, 4)
            lines.append([f"{name} {word} {v}.0" for v in range(1, versions + 1)])
        return lines

    def base_model(self, rng: random.Random, below: int) -> str | None:
        """A popular first product of an earlier company (Zipf over company ranks)."""
        for _ in range(4):
            j = self.first_company + self.org_zipf.draw(rng, below=max(1, below - self.first_company))
            if j < below:
                lines = self.product_lines(j)
                if lines:
                    return lines[0][0]
        return None

    def company(self, i: int) -> CompanySpec:
        rng = _stream(self.seed, i, "company")
        name = self.org_name(i)
        root, s = self._parts(i)
        investor, bank, exchange = i < self.first_bank, i < self.first_exchange, i < self.first_company
        if investor:
            categories: tuple[str, ...] = ("investor",)
        elif bank:
            categories = ("bank",)
        elif exchange:
            categories = ("exchange",)
        else:
            categories = ("company", _SECTORS[s][2])
        founded_year = rng.randint(1995 if exchange else 2000, 2023)
        founded = f"{founded_year}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else str(founded_year)
        aliases: list[str] = []
        if not exchange and rng.random() < 0.3:
            aliases.append(root + _SECTORS[s][1])
        legal_name = None
        if not exchange and rng.random() < 0.5:
            legal_name = f"{name} {'Co., Ltd.' if rng.random() < 0.7 else 'Holdings Ltd.'}"
        headquarters = _CITIES[self.city_zipf.draw(rng)]

        founders = []
        for slot in range(1 + _count(rng, 0.8, MAX_FOUNDERS - 1)):
            former = None
            if i > 0 and rng.random() < 0.3:
                former = self.org_zipf.draw(rng, below=i)
            founders.append(PersonSpec(self.person_name(i, slot), former_employer=former))
        executives = []
        for k in range(_count(rng, 1.0, MAX_EXECS)):
            year = rng.randint(max(founded_year, FIRST_YEAR - 5), LAST_YEAR)
            executives.append(
                PersonSpec(self.person_name(i, MAX_FOUNDERS + k), role=rng.choice(_ROLES), since=str(year))
            )

        rounds: list[Round] = []
        if not exchange and not bank and i > 0:
            year = founded_year
            amount = rng.choice((1, 2, 3, 5)) * 1_000_000
            for stage in _STAGES[: _count(rng, 1.3, len(_STAGES))]:
                year = min(LAST_YEAR, year + rng.randint(0, 2))
                amount = int(amount * rng.uniform(1.5, 4.0))
                picked = list(
                    dict.fromkeys(self.investor_zipf.draw(rng, below=min(i, self.n_investors)) for _ in range(4))
                )
                picked = [p for p in picked if p != i][: 1 + _count(rng, 1.5, 3)]
                if not picked:
                    continue
                date = f"{year}-{rng.randint(1, 12):02d}"
                rounds.append(Round(date, stage, amount, amount * rng.randint(4, 10), (picked[0],), tuple(picked[1:])))

        products: list[ProductSpec] = []
        kinds = (ProductKind.MODEL, ProductKind.APP, ProductKind.CHIP, ProductKind.PLATFORM)
        for line in self.product_lines(i):
            kind = rng.choice(kinds)
            year = max(founded_year, FIRST_YEAR) + rng.randint(0, 3)
            for v, product in enumerate(line):
                based: tuple[str, ...] = (line[v - 1],) if v else ()
                if not v and rng.random() < 0.2:
                    base = self.base_model(rng, below=i)
                    based = (base,) if base else ()
                compared: tuple[str, ...] = ()
                if rng.random() < 0.1:
                    other = self.base_model(rng, below=i)
                    compared = (other,) if other and other not in based else ()
                released = f"{min(year, LAST_YEAR)}-{rng.randint(1, 12):02d}" if rng.random() < 0.8 else None
                year += rng.randint(1, 2)
                products.append(ProductSpec(product, kind, released, based, compared))

        parent = None
        if i > self.first_company and rng.random() < 0.05:
            p = self.first_company + self.org_zipf.draw(rng, below=i - self.first_company)
            parent = p if p < i else None
        listing = None
        price_moves: list[tuple[str, float]] = []
        analyst: list[tuple[str, int, str, str, str]] = []
        if self.is_listed(i):
            ex_name, ex_code = _EXCHANGES[rng.randrange(len(_EXCHANGES))]
            listed_year = max(founded_year + 2, FIRST_YEAR)
            listing = (ex_name, f"{ex_code}{i:06d}", f"{min(listed_year, LAST_YEAR)}-{rng.randint(1, 12):02d}")
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                price_moves.append((day, round(rng.gauss(0, 6), 1)))
            rating = rng.randrange(len(_RATINGS))
            for _ in range(3):
                day = f"{rng.randint(FIRST_YEAR, LAST_YEAR)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                new = min(len(_RATINGS) - 1, max(0, rating + rng.choice((-1, 1))))
                action = "upgrade" if new > rating else "downgrade"
                analyst.append(
                    (day, self.first_bank + rng.randrange(self.n_banks), action, _RATINGS[rating], _RATINGS[new])
                )
                rating = new
        employees = []
        headcount = rng.randint(5, 200)
        for year in sorted(rng.sample(range(max(founded_year, FIRST_YEAR), LAST_YEAR + 1), 2)):
            employees.append((str(year), headcount))
            headcount = int(headcount * rng.uniform(1.1, 3.0))
        return CompanySpec(
            index=i,
            name=name,
            aliases=tuple(aliases),
            legal_name=legal_name,
            categories=categories,
            founded=founded,
            headquarters=headquarters,
            founders=tuple(founders),
            executives=tuple(executives),
            rounds=tuple(rounds),
            products=tuple(products),
            parent=parent,
            listing=listing,
            employees=tuple(employees),
            price_moves=tuple(sorted(price_moves)),
            analyst_actions=tuple(sorted(analyst)),
        )

    # --- renderings

    def profile(self, i: int) -> dict[str, Any]:
        """Company i in the loader's profile format (no price moves or analyst actions: the format has none)."""
        c = self.company(i)
        out: dict[str, Any] = {"name": c.name}
        if c.aliases:
            out["aliases"] = list(c.aliases)
        if c.legal_name:
            out["legal_name"] = c.legal_name
        out["categories"] = list(c.categories)
        out["founded"] = c.founded
        out["headquarters"] = c.headquarters
        out["founders"] = [
            {"name": f.name, "previous_employers": [self.org_name(f.former_employer)]}
            if f.former_employer is not None
            else f.name
            for f in c.founders
        ]
        if c.executives:
            out["people"] = [{"name": p.name, "role": p.role, "from": p.since} for p in c.executives]
        if c.rounds:
            out["funding_rounds"] = [
                {
                    "date": r.date,
                    "stage": r.stage,
                    "amount": {"amount": r.amount, "currency": "USD"},
                    "post_money": {"amount": r.post_money, "currency": "USD"},
                    "leads": [self.org_name(x) for x in r.leads],
                    **({"investors": [self.org_name(x) for x in r.investors]} if r.investors else {}),
                }
                for r in c.rounds
            ]
        if c.products:
            products = []
            for p in c.products:
                entry: dict[str, Any] = {"name": p.name, "kind": p.kind.value}
                if p.released:
                    entry["released"] = p.released
                if p.based_on:
                    entry["based_on"] = list(p.based_on)
                if p.compared_to:
                    entry["compared_to"] = list(p.compared_to)
                products.append(entry)
            out["products"] = products
        if c.parent is not None:
            out["parent"] = self.org_name(c.parent)
        if c.listing:
            out["listings"] = [{"exchange": c.listing[0], "ticker": c.listing[1], "date": c.listing[2]}]
        out["metrics"] = [{"attribute": "employees", "value": n, "as_of": year} for year, n in c.employees]
        out["sources"] = [{"title": f"{c.name} synthetic profile", "publisher": "company-kg benchmarks"}]
        return out

    def write_profiles(self, folder: Path, indexes: Sequence[int]) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in indexes:
            path = folder / f"company-{i:07d}.yaml"
            path.write_text(yaml.safe_dump(self.profile(i), sort_keys=False, allow_unicode=True), encoding="utf-8")
            paths.append(path)
        return paths

    def batches(self, chunk: int = 1000, start: int = 0, stop: int | None = None) -> Iterator[StatementBatch]:
        """The graph of organisations start..stop as StatementBatches of `chunk` companies each.

        The first batch (start == 0) also holds the places. Every statement points only at entities
        of its own batch or of earlier ones.
        """
        stop = self.orgs if stop is None else stop
        for lo in range(start, stop, chunk):
            yield self._batch(lo, min(stop, lo + chunk), with_places=lo == 0)

    def _batch(self, lo: int, hi: int, with_places: bool) -> StatementBatch:
        b = _BatchBuilder(self, f"synthetic:{self.seed}:{lo}-{hi}")
        if with_places:
            for city in _CITIES:
                b.entities[entity_id(EntityKind.PLACE, city)] = Place(
                    id=entity_id(EntityKind.PLACE, city), name=city, source_ids=(b.source.id,), recorded_at=RECORDED_AT
                )
        for i in range(lo, hi):
            b.add_company(self.company(i))
        return b.build()

    def statement_estimate(self) -> int:
        return sum(b.statement_count for b in self.batches())


def _count(rng: random.Random, mean: float, cap: int) -> int:
    """A small count with the given mean (geometric), at most cap."""
    p = 1.0 / (1.0 + mean)
    n = 0
    while n < cap and rng.random() > p:
        n += 1
    return n


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


class _BatchBuilder:
    def __init__(self, world: World, label: str) -> None:
        self.world = world
        sha = hashlib.sha256(label.encode()).hexdigest()
        self.source = Source(
            id=source_id(sha), sha256=sha, title=label, format="profile", loaded_at=RECORDED_AT, publisher="synthetic"
        )
        self.entities: dict[str, Any] = {}
        self.relations: list[Relation] = []
        self.events: list[Event] = []
        self.values: list[AttributeValue] = []

    def _evidence(self, quote: str) -> tuple[Evidence, ...]:
        return (Evidence(source_id=self.source.id, quote=quote, recorded_at=RECORDED_AT),)

    def _org_id(self, i: int) -> str:
        return entity_id(EntityKind.ORGANIZATION, self.world.org_name(i))

    def _rel(
        self,
        type_: RelationType,
        subject: str,
        obj: str,
        quote: str,
        qualifier: object = None,
        valid_from: str | None = None,
        properties: dict[str, Any] | None = None,
    ) -> None:
        self.relations.append(
            Relation(
                id=relation_id(type_, subject, obj, qualifier),
                type=type_,
                subject_id=subject,
                object_id=obj,
                valid_from=PartialDate.parse(valid_from) if valid_from else None,
                properties=properties or {},
                evidence=self._evidence(quote),
                recorded_at=RECORDED_AT,
            )
        )

    def _event(
        self, kind: EventKind, subject: str, date: str | None, quote: str, qualifier: object, **fields: Any
    ) -> str:
        when = PartialDate.parse(date) if date else None
        eid = event_id(kind, subject, when, qualifier)
        self.events.append(
            Event(
                id=eid,
                kind=kind,
                date=when,
                subject_id=subject,
                summary=quote,
                evidence=self._evidence(quote),
                recorded_at=RECORDED_AT,
                **fields,
            )
        )
        return eid

    def add_company(self, c: CompanySpec) -> None:
        w = self.world
        me = self._org_id(c.index)
        src = (self.source.id,)
        self.entities[me] = Organization(
            id=me,
            name=c.name,
            aliases=c.aliases,
            legal_name=c.legal_name,
            categories=c.categories,
            founded_on=PartialDate.parse(c.founded),
            source_ids=src,
            recorded_at=RECORDED_AT,
        )
        place = entity_id(EntityKind.PLACE, c.headquarters)
        self._rel(RelationType.HEADQUARTERED_IN, me, place, f"{c.name} is headquartered in {c.headquarters}")
        for f in c.founders:
            pid = entity_id(EntityKind.PERSON, f.name)
            self.entities[pid] = Person(id=pid, name=f.name, source_ids=src, recorded_at=RECORDED_AT)
            self._rel(RelationType.FOUNDED, pid, me, f"{f.name} founded {c.name}", valid_from=c.founded)
            if f.former_employer is not None and f.former_employer != c.index:
                former = w.org_name(f.former_employer)
                self._rel(
                    RelationType.WORKS_AT,
                    pid,
                    self._org_id(f.former_employer),
                    f"{f.name} formerly at {former}",
                    properties={"former": True},
                )
        for p in c.executives:
            pid = entity_id(EntityKind.PERSON, p.name)
            self.entities[pid] = Person(id=pid, name=p.name, source_ids=src, recorded_at=RECORDED_AT)
            self._rel(
                RelationType.WORKS_AT,
                pid,
                me,
                f"{p.name}, {p.role} at {c.name}",
                qualifier=p.role,
                valid_from=p.since,
                properties={"role": p.role},
            )
        for r in c.rounds:
            key = f"{r.date}|{r.stage}"
            leads = [self._org_id(x) for x in r.leads]
            others = [self._org_id(x) for x in r.investors]
            quote = f"{c.name} raised USD {r.amount:,} in a {r.stage} round led by {w.org_name(r.leads[0])} ({r.date})"
            round_id = self._event(
                EventKind.FUNDING_ROUND,
                me,
                r.date,
                quote,
                key,
                actor_id=leads[0],
                stage=r.stage,
                amount=Money(amount=r.amount, currency="USD"),
                post_money=Money(amount=r.post_money, currency="USD"),
                leads=tuple(leads),
                participants=tuple(others),
            )
            for inv in [*leads, *others]:
                self._rel(
                    RelationType.INVESTED_IN,
                    inv,
                    me,
                    quote,
                    qualifier=key,
                    valid_from=r.date,
                    properties={"round_id": round_id, "lead": inv in leads},
                )
            self._value(me, "valuation", {"amount": r.post_money, "currency": "USD"}, r.date, quote)
        for p in c.products:
            pid = entity_id(EntityKind.PRODUCT, p.name)
            self.entities[pid] = Product(
                id=pid,
                name=p.name,
                product_kind=p.kind,
                released_on=PartialDate.parse(p.released) if p.released else None,
                source_ids=src,
                recorded_at=RECORDED_AT,
            )
            self._rel(RelationType.DEVELOPED, me, pid, f"{c.name} developed {p.name}", valid_from=p.released)
            if p.released:
                self._event(
                    EventKind.PRODUCT_RELEASE, pid, p.released, f"{c.name} released {p.name}", None, actor_id=me
                )
            for base in p.based_on:
                self._rel(
                    RelationType.BASED_ON, pid, entity_id(EntityKind.PRODUCT, base), f"{p.name} is based on {base}"
                )
            for other in p.compared_to:
                oid = entity_id(EntityKind.PRODUCT, other)
                self._rel(RelationType.COMPARED_TO, pid, oid, f"{p.name} compared to {other}")
        if c.parent is not None:
            self._rel(
                RelationType.SUBSIDIARY_OF,
                me,
                self._org_id(c.parent),
                f"{c.name} is a subsidiary of {w.org_name(c.parent)}",
            )
        if c.listing:
            exchange, ticker, date = c.listing
            ex_id = entity_id(EntityKind.ORGANIZATION, exchange)
            quote = f"{c.name} listed on {exchange} as {ticker} ({date})"
            self._rel(
                RelationType.LISTED_ON,
                me,
                ex_id,
                quote,
                qualifier=ticker,
                valid_from=date,
                properties={"ticker": ticker},
            )
            self._event(EventKind.LISTING, me, date, quote, exchange, actor_id=ex_id, properties={"ticker": ticker})
        for day, pct in c.price_moves:
            self._event(
                EventKind.PRICE_MOVE,
                me,
                day,
                f"{c.name} shares {'rose' if pct >= 0 else 'fell'} {abs(pct)}% on {day}",
                None,
                pct_change=pct,
                direction="up" if pct >= 0 else "down",
            )
        for day, bank, action, old, new in c.analyst_actions:
            bank_id = self._org_id(bank)
            self._event(
                EventKind.ANALYST_ACTION,
                me,
                day,
                f"{w.org_name(bank)} {action}d {c.name} from {old} to {new} on {day}",
                bank,
                actor_id=bank_id,
                action=action,
                from_rating=old,
                to_rating=new,
            )
        for year, n in c.employees:
            self._value(me, "employees", n, year, f"{c.name} had {n} employees in {year}")

    def _value(self, owner: str, attribute: str, value: Any, date: str, quote: str) -> None:
        when = PartialDate.parse(date)
        self.values.append(
            AttributeValue(
                id=attribute_value_id(owner, attribute, value, when),
                entity_id=owner,
                attribute=attribute,
                value=value,
                valid_from=when,
                evidence=self._evidence(quote),
                recorded_at=RECORDED_AT,
            )
        )

    def build(self) -> StatementBatch:
        return StatementBatch(
            source=self.source,
            entities=tuple(self.entities.values()),
            relations=tuple(self.relations),
            events=tuple(self.events),
            attribute_values=tuple(self.values),
        )


# --------------------------------------------------------------------------- mentions for resolution


def misspell(name: str, rng: random.Random) -> str:
    """A near-duplicate spelling: one letter dropped, doubled or two swapped (inside a word)."""
    positions = [k for k in range(1, len(name) - 1) if name[k].isalpha() and name[k + 1].isalpha()]
    if not positions:
        return name
    k = rng.choice(positions)
    edit = rng.randrange(3)
    if edit == 0:
        return name[:k] + name[k + 1 :]
    if edit == 1:
        return name[:k] + name[k] + name[k:]
    return name[:k] + name[k + 1] + name[k] + name[k + 2 :]


def mentions(world: World, count: int, seed: int = 11) -> list[tuple[EntityKind, str, str]]:
    """(kind, mention text, what it is) for the resolution benchmark: exact names, aliases and legal
    names, near-duplicate spellings, and names the graph does not hold."""
    rng = _stream(seed, world.orgs, "mentions")
    out: list[tuple[EntityKind, str, str]] = []
    org = EntityKind.ORGANIZATION
    while len(out) < count:
        i = rng.randrange(world.orgs)
        roll = rng.random()
        if roll < 0.45:
            out.append((org, world.org_name(i), "exact"))
        elif roll < 0.55:
            c = world.company(i)
            names = [*c.aliases, *([c.legal_name] if c.legal_name else [])]
            out.append((org, rng.choice(names), "alias") if names else (org, world.org_name(i), "exact"))
        elif roll < 0.65:
            out.append((EntityKind.PERSON, world.person_name(i, 0), "exact"))
        elif roll < 0.85:
            out.append((org, misspell(world.org_name(i), rng), "misspelt"))
        else:
            root, _ = world._parts(rng.randrange(world.orgs))
            out.append((org, f"{root} {rng.choice(('Dynamics', 'Foods', 'Textiles', 'Media'))}", "new"))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the synthetic company graph as profile files.")
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profiles", type=Path, required=True, help="folder for one YAML profile per company")
    args = parser.parse_args(argv)
    world = World(args.orgs, args.seed)
    paths = world.write_profiles(args.profiles, range(args.orgs))
    print(f"wrote {len(paths)} profiles to {args.profiles}")


if __name__ == "__main__":
    main()
