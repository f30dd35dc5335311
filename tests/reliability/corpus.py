"""Generated documents for the reliability suites: small company profiles, each a distinct company
with founders, a product, a funding round (leads and investors from a shared pool) and a metric."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

SYLLABLES = ("ka", "lo", "mi", "ru", "se", "ta", "vo", "ne", "pi", "zu", "be", "do", "fa", "gu", "hi", "jo")
INVESTORS = tuple(
    f"{name} Capital"
    for name in ("Granite", "Harbour", "Lantern", "Meadow", "Orchard", "Quarry", "Summit", "Tundra", "Willow", "Zephyr")
)
CITIES = ("Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Chengdu")


def pseudo_word(rng: random.Random, syllables: int = 4) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def company_profiles(count: int, seed: int = 7) -> list[dict[str, object]]:
    """`count` profiles with pairwise distinct company, founder and product names."""
    rng = random.Random(seed)
    used: set[str] = set()
    profiles: list[dict[str, object]] = []
    while len(profiles) < count:
        word = pseudo_word(rng)
        if word in used:
            continue
        used.add(word)
        first, last = pseudo_word(rng, 2), pseudo_word(rng, 3)
        leads = rng.sample(INVESTORS, 1)
        others = rng.sample([i for i in INVESTORS if i not in leads], 2)
        profiles.append(
            {
                "name": f"{word} Robotics",
                "categories": ["company"],
                "founded": f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}",
                "headquarters": rng.choice(CITIES),
                "founders": [f"{first} {last}"],
                "funding_rounds": [
                    {
                        "date": f"{rng.randint(2015, 2025)}",
                        "stage": "Series A",
                        "amount": f"{rng.randint(1, 900)} million USD",
                        "leads": leads,
                        "investors": others,
                    }
                ],
                "products": [{"name": f"{word} Arm {rng.randint(1, 9)}", "kind": "PLATFORM"}],
                "metrics": [{"attribute": "employees", "value": rng.randint(5, 5000), "as_of": "2025"}],
                "sources": [{"title": f"{word} Robotics profile", "publisher": "reliability corpus"}],
            }
        )
    return profiles


def write_profiles(folder: Path, count: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, profile in enumerate(company_profiles(count, seed)):
        path = folder / f"company-{number:04d}.yaml"
        path.write_text(yaml.safe_dump(profile, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths
