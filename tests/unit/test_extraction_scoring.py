"""benchmarks/extraction_quality.py: how a predicted analyst action is judged against gold."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from benchmarks.extraction_quality import (
    Fact,
    GoldNames,
    Score,
    document_entities,
    exchange_keys,
    fact_match,
    gold_facts,
    noise_named,
    predicted_facts,
    real_corpus,
    split_of,
    value_match,
)
from graph.backends.ladybug import LadybugStore
from graph.kinds import EntityKind
from graph.model import EntityPatch, Organization, StatementBatch
from loaders.pipeline import load_paths


@pytest.mark.parametrize(
    ("gold", "stated", "same"),
    [
        ({"from": "Outperform", "to": "Market Perform"}, {"from": "outperform", "to": "market perform"}, True),
        ({"from": "overweight", "to": "equal-weight"}, {"from": "overweight", "to": "equal weight"}, True),
        ({"from": "buy", "to": "hold"}, {"from": "buy", "to": "sell"}, False),
        ({"to": "neutral"}, {"from": None, "to": None}, False),  # recall needs the rating gold states
    ],
)
def test_a_rating_is_the_same_whatever_its_case_or_hyphen(gold: dict, stated: dict, same: bool) -> None:
    fact = Fact("Fenwick", "downgraded", "Quorra Labs", gold)
    assert value_match(fact, Fact("Fenwick", "downgraded", "Quorra Labs", stated)) is same


@pytest.mark.parametrize(
    ("stated", "same"),
    [({"pct": 2.5, "direction": "up"}, True), ({"direction": "up"}, True), ({"direction": "down"}, False)],
)
def test_a_move_gold_gives_by_direction_only_matches_by_direction(stated: dict, same: bool) -> None:
    gold = Fact("Quorra Labs", "market_move", {"pct": None, "direction": "up"})  # "pct: null" in a gold file
    assert value_match(gold, Fact("Quorra Labs", "market_move", stated)) is same


@pytest.mark.parametrize(
    ("gold", "stated", "same"),
    [({"count": 400}, 400.0, True), (400, 400.0, True), ({"count": 130}, 400.0, False), ({"users": 400}, 400.0, True)],
)
def test_a_headcount_in_gold_is_a_number_or_a_count(gold: object, stated: float, same: bool) -> None:
    assert value_match(Fact("Quorra Labs", "employees", gold), Fact("Quorra Labs", "employees", stated)) is same


@pytest.mark.parametrize(
    ("gold", "stated"),
    [
        ("ss", "shanghai stock exchange"),
        ("tw", "taiwan stock exchange"),
        ("kospi", "korea exchange"),
        ("hong kong bourse", "hong kong stock exchange"),
        ("nyse", "new york stock exchange"),
        ("asx", "australian securities exchange"),
        ("sgx", "singapore exchange"),
    ],
)
def test_an_exchange_gold_names_by_its_code_or_city_is_the_exchange(gold: str, stated: str) -> None:
    assert stated in exchange_keys(gold)


@pytest.mark.parametrize(("stated", "same"), [("Marlow", True), ("Marlow, Vestland", True), ("Vestland", False)])
def test_a_seat_gold_writes_with_its_region_is_the_city_stated_alone(stated: str, same: bool) -> None:
    gold = Fact("Quorra Labs", "headquartered_in", "Marlow, Vestland")
    stated_fact = Fact("Quorra Labs", "headquartered_in", stated, s_names=("Quorra Labs",), o_names=(stated,))
    assert fact_match(gold, stated_fact, GoldNames([])) is same


def _deal(subject: str, other: str | None, terms: dict) -> Fact:
    if other is None:
        return Fact(subject, "contract", terms, s_names=(subject,))
    return Fact(subject, "contract", other, terms, s_names=(subject,), o_names=(other,))


@pytest.mark.parametrize(
    ("gold", "stated", "found", "true"),
    [
        (_deal("Quorra", "Brantor", {}), _deal("Quorra", "Brantor", {}), True, True),
        (_deal("Quorra", "Brantor", {}), _deal("Brantor", "Quorra", {}), True, True),  # a deal binds both ways
        (_deal("Quorra", "Brantor", {}), _deal("Quorra", "Halvex", {}), False, False),
        (_deal("Quorra", "Brantor", {}), _deal("Quorra", None, {}), False, True),  # the other party not named
        (_deal("Quorra", None, {"amount": 5e8}), _deal("Quorra", "Brantor", {"amount": 5e8}), True, True),
        (_deal("Quorra", "Brantor", {"amount": 5e8}), _deal("Quorra", "Brantor", {"amount": 7e8}), False, False),
    ],
)
def test_a_contract_is_judged_by_its_parties_either_way_and_its_amount(
    gold: Fact, stated: Fact, found: bool, true: bool
) -> None:
    assert fact_match(gold, stated, GoldNames([]), complete=True) is found
    assert fact_match(gold, stated, GoldNames([]), complete=False) is true


def test_a_comparison_holds_both_ways() -> None:
    gold = Fact("Quorra", "compared_to", "Brantor")
    swapped = Fact("Brantor", "compared_to", "Quorra", s_names=("Brantor",), o_names=("Quorra",))
    other = Fact("Brantor", "compared_to", "Halvex", s_names=("Brantor",), o_names=("Halvex",))
    assert fact_match(gold, swapped, GoldNames([]))
    assert not fact_match(gold, other, GoldNames([]))


def test_a_deal_gold_writes_with_its_counterparty_as_a_term_names_that_party() -> None:
    gold = Fact("Quorra", "contract", {"counterparty": "Brantor"})
    assert fact_match(gold, _deal("Brantor", "Quorra", {}), GoldNames([]))
    assert not fact_match(gold, _deal("Quorra", "Halvex", {}), GoldNames([]))


def test_a_statement_judged_true_after_annotation_counts_for_precision_and_never_as_missed() -> None:
    gold = gold_facts(
        {
            "facts": [{"file": "a.txt", "s": "Quorra", "r": "compared_to", "o": "Brantor"}],
            "judged_true": [{"file": "a.txt", "s": "Quorra", "r": "developed", "o": "Velt 9"}],
        }
    )["a.txt"]
    stated = [Fact("Quorra", "developed", "Velt 9", s_names=("Quorra",), o_names=("Velt 9",))]
    score = Score()
    score.add("a.txt", gold, stated, GoldNames([]), None)
    assert (score.tp_pred["developed"], score.n_pred["developed"]) == (1, 1)
    assert score.n_gold == {"compared_to": 1} and score.missed == ["a.txt: Quorra compared_to Brantor"]


def test_a_founding_date_counts_only_for_the_document_that_states_it(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    first.write_text("# Quorra Robotics\n\nQuorra Robotics Inc. was founded in 2015 by Idris Velmont.\n")
    second = tmp_path / "b.md"
    second.write_text(
        "# Quorra Robotics\n\nLena Varga, chief executive of Quorra Robotics Inc., said the plant opened in 2015.\n"
    )
    store = LadybugStore(tmp_path / "graph")
    try:
        report = load_paths(store, [first, second])
        stated = {}
        for doc in report.documents:
            assert doc.batch is not None and doc.path is not None
            entities, own = document_entities(store, doc.batch)
            batch = doc.batch.model_copy(update={"entities": own})
            stated[Path(doc.path).name] = {(f.s, f.r, f.o) for f in predicted_facts(batch, entities)}
    finally:
        store.close()
    assert ("Quorra Robotics", "founded_on", "2015") in stated["a.md"]
    assert ("Lena Varga", "works_at", "Quorra Robotics") in stated["b.md"]  # b links to the entity a created
    assert not any(r == "founded_on" for _, r, _ in stated["b.md"])


def test_noise_is_what_a_document_names_an_entity_and_its_own_batch_calls_noise(tmp_path: Path) -> None:
    batch = StatementBatch(
        entities=(Organization(id="org:a", name="Daily Ledger", aliases=("Ledger Wire",)),),
        entity_patches=(
            EntityPatch(id="org:b", kind=EntityKind.ORGANIZATION, name="Quorra", names=("Page Two",)),
            EntityPatch(id="org:seed", kind=EntityKind.ORGANIZATION, name="Brantor", names=("Page Two",)),
        ),
    )
    assert noise_named(batch, {"org:seed"}, {"ledger wire", "page two"}) == {"Ledger Wire", "Page Two"}
    assert noise_named(batch, {"org:b", "org:seed"}, {"quorra", "brantor"}) == set()

    for batch_name, doc, noise in (("one", "a1", ["Ledger Wire"]), ("two", "b1", ["Quorra"])):
        (tmp_path / "texts").mkdir(exist_ok=True)
        text = tmp_path / "texts" / f"{doc}.txt"
        text.write_text(f"{doc} text")
        digest = hashlib.sha256(text.read_bytes()).hexdigest()
        gold = {"documents": [{"id": doc, "sha256": digest}], "noise_must_not_be_entities": noise}
        (tmp_path / "gold").mkdir(exist_ok=True)
        (tmp_path / "gold" / f"{batch_name}.yaml").write_text(yaml.safe_dump(gold))
    split = split_of(hashlib.sha256(b"a1 text").hexdigest())
    by_file = real_corpus(tmp_path, split).gold["noise_by_file"]
    assert by_file["a1.txt"] == ["Ledger Wire"]
    assert by_file.get("b1.txt", ["Quorra"]) == ["Quorra"]  # b1 may fall in the other split
