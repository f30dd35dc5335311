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
- `profile(i)` / `write_profiles(...)`: the loader's YAML profile format (loaders/profile_format.py).
- `batches(...)`: StatementBatch objects (graph.model) with evidence, one per chunk of companies,
  in an order the store accepts (every endpoint exists before a statement points at it). They are
  the same profiles drafted by the loader's own section handlers (loaders/profiles.add_company)
  and mapped to records by loaders/batch.draft_batch with the ids the names give (no resolution:
  names are distinct by construction), so the benchmark graph is what loading the profiles writes.
  The profile format has no price moves or analyst actions: those are drafted beside them.

`World(N, varied=True)` is the same world for tests that must meet every kind of record: every profile section,
relation type and stored event kind, awkward text in names and notes (benchmarks/synthetic_variety.py, which also
adds a graph's history: retracted statements, merges, merge candidates).

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

from benchmarks.synthetic_names import (
    BANK_WORDS,
    CITIES,
    EXCHANGES,
    FAMILY,
    GIVEN_A,
    GIVEN_B,
    INVESTOR_WORDS,
    RATINGS,
    ROLES,
    ROOTS,
    SECTORS,
    STAGES,
)
from benchmarks.synthetic_variety import article_statements, awkward, vary_profile
from graph.dates import PartialDate
from graph.model import (
    EntityKind,
    EventKind,
    ProductKind,
    Source,
    StatementBatch,
    entity_id,
    source_id,
)
from loaders.batch import draft_batch
from loaders.drafts import DraftBuilder, SourceMeta
from loaders.profile_format import CompanyProfile
from loaders.profiles import add_company

RECORDED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
FIRST_YEAR, LAST_YEAR = 2015, 2025  # the ten years events span

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

    def __init__(self, orgs: int, seed: int = 7, *, varied: bool = False) -> None:
        self.orgs = orgs
        self.seed = seed
        self.varied = varied  # every section, statement kind and awkward text (benchmarks/synthetic_variety.py)
        self.n_investors = max(20, orgs // 25)
        self.n_banks = min(40, max(5, orgs // 2000))
        self.first_bank = self.n_investors
        self.first_exchange = self.first_bank + self.n_banks
        self.first_company = self.first_exchange + len(EXCHANGES)
        if orgs <= self.first_company:
            raise ValueError(f"the synthetic world needs more than {self.first_company} organisations")
        self.investor_zipf = Zipf(self.n_investors, 1.05)
        self.org_zipf = Zipf(orgs, 1.1)  # former employers, parents, base models: a few hubs
        self.city_zipf = Zipf(len(CITIES), 1.2)
        self._name_space = len(ROOTS) * len(SECTORS)
        if orgs > self._name_space:
            raise ValueError(f"at most {self._name_space} organisations have distinct names")

    # --- names

    def _parts(self, i: int) -> tuple[str, int]:
        """(root, sector index) of company i; distinct for distinct i."""
        root, s = divmod(_permute(i, self._name_space), len(SECTORS))
        return ROOTS[root], s

    def org_name(self, i: int) -> str:
        if self.first_exchange <= i < self.first_company:
            return EXCHANGES[i - self.first_exchange][0]
        root, s = self._parts(i)
        if i < self.first_bank:  # brand + a word, e.g. "ZhenhuaBot Ventures": (root, sector) keeps it unique
            name = f"{root}{SECTORS[s][1]} {INVESTOR_WORDS[s % len(INVESTOR_WORDS)]}"
        elif i < self.first_exchange:
            name = f"{root}{SECTORS[s][1]} {BANK_WORDS[s % len(BANK_WORDS)]}"
        else:
            name = f"{root} {SECTORS[s][0]}"
        return f"{awkward(i // 7)} {name}" if self.varied and i % 7 == 3 else name

    def person_name(self, org: int, slot: int) -> str:
        """Distinct for distinct (org, slot): a mixed-radix code over family x given names, then a
        generation suffix once the two-syllable names run out."""
        n_f, n_a, n_b = len(FAMILY), len(GIVEN_A), len(GIVEN_B)
        block = n_f * n_a * n_b
        generation, code = divmod(org * PERSONS_PER_ORG + slot, block)
        code = _permute(code, block)
        f, rest = divmod(code, n_a * n_b)
        a, b = divmod(rest, n_b)
        family = FAMILY[f]
        given = GIVEN_A[a] + GIVEN_B[b]
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
        for word in SECTORS[s][3][: _count(rng, 1.0, 3)]:
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
            categories = ("company", SECTORS[s][2])
        founded_year = rng.randint(1995 if exchange else 2000, 2023)
        founded = f"{founded_year}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else str(founded_year)
        aliases: list[str] = []
        if not exchange and rng.random() < 0.3:
            aliases.append(root + SECTORS[s][1])
        legal_name = None
        if not exchange and rng.random() < 0.5:
            legal_name = f"{name} {'Co., Ltd.' if rng.random() < 0.7 else 'Holdings Ltd.'}"
        headquarters = CITIES[self.city_zipf.draw(rng)]

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
                PersonSpec(self.person_name(i, MAX_FOUNDERS + k), role=rng.choice(ROLES), since=str(year))
            )

        rounds: list[Round] = []
        if not exchange and not bank and i > 0:
            year = founded_year
            amount = rng.choice((1, 2, 3, 5)) * 1_000_000
            for stage in STAGES[: _count(rng, 1.3, len(STAGES))]:
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
            ex_name, ex_code = EXCHANGES[rng.randrange(len(EXCHANGES))]
            listed_year = max(founded_year + 2, FIRST_YEAR)
            listing = (ex_name, f"{ex_code}{i:06d}", f"{min(listed_year, LAST_YEAR)}-{rng.randint(1, 12):02d}")
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                price_moves.append((day, round(rng.gauss(0, 6), 1)))
            rating = rng.randrange(len(RATINGS))
            for _ in range(3):
                day = f"{rng.randint(FIRST_YEAR, LAST_YEAR)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                new = min(len(RATINGS) - 1, max(0, rating + rng.choice((-1, 1))))
                action = "upgrade" if new > rating else "downgrade"
                analyst.append(
                    (day, self.first_bank + rng.randrange(self.n_banks), action, RATINGS[rating], RATINGS[new])
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
        return self._profile(self.company(i))

    def _profile(self, c: CompanySpec) -> dict[str, Any]:
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
        if self.varied:
            vary_profile(self, c, _stream(self.seed, c.index, "varied"), out)
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
        """Companies lo..hi drafted as the loader drafts their profiles (loaders/profiles.py), plus their price
        moves and analyst actions, with the ids their names give (names are distinct by construction): the
        records the loader would write for them into a graph that holds every company before lo."""
        label = f"synthetic:{self.seed}:{lo}-{hi}"
        sha = hashlib.sha256(label.encode()).hexdigest()
        source = Source(
            id=source_id(sha), sha256=sha, title=label, format="profile", loaded_at=RECORDED_AT, publisher="synthetic"
        )
        b = DraftBuilder()
        owned: set[str] = set()
        if with_places:
            for city in CITIES:
                owned.add(entity_id(EntityKind.PLACE, city))
                b.entity(EntityKind.PLACE, city, city)
        for i in range(lo, hi):
            c = self.company(i)
            me = add_company(b, CompanyProfile.model_validate(self._profile(c)))
            self._market_events(b, c, me)
            if self.varied:
                article_statements(self, c, _stream(self.seed, i, "articles"), b, me)
            owned.add(entity_id(EntityKind.ORGANIZATION, c.name))
            owned.update(entity_id(EntityKind.PERSON, p.name) for p in (*c.founders, *c.executives))
            owned.update(entity_id(EntityKind.PRODUCT, p.name) for p in c.products)
        draft = b.build(SourceMeta(title=label, format="profile"), ())
        batch = draft_batch(
            draft, {e.ref: entity_id(e.kind, e.name) for e in draft.entities}, source=source, recorded_at=RECORDED_AT
        )
        # Names of earlier companies (investors, former employers, parents, base models) are theirs, written before.
        return batch.model_copy(update={"entities": tuple(e for e in batch.entities if e.id in owned)})

    def _market_events(self, b: DraftBuilder, c: CompanySpec, me: str) -> None:
        """What the profile format cannot state: a listed company's price moves and analyst actions."""
        for day, pct in c.price_moves:
            quote = f"{c.name} shares {'rose' if pct >= 0 else 'fell'} {abs(pct)}% on {day}"
            b.event(
                EventKind.PRICE_MOVE,
                me,
                quote,
                date=PartialDate.parse(day),
                summary=quote,
                pct_change=pct,
                direction="up" if pct >= 0 else "down",
            )
        for day, bank, action, old, new in c.analyst_actions:
            name = self.org_name(bank)
            quote = f"{name} {action}d {c.name} from {old} to {new} on {day}"
            b.event(
                EventKind.ANALYST_ACTION,
                me,
                quote,
                date=PartialDate.parse(day),
                actor=b.entity(EntityKind.ORGANIZATION, name, quote),
                summary=quote,
                action=action,
                from_rating=old,
                to_rating=new,
                qualifier=name,
            )

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
