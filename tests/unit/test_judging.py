"""benchmarks/judging.py: a run's wrong list as a worksheet, shared among readers, and the statements judged true
merged into the gold once."""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.judging import merge, parse_statement, split, worksheet


def test_a_wrong_line_reads_as_subject_relation_object_and_rule() -> None:
    assert parse_statement("d1.txt: Quorra Labs raised_price_target Harlow Capital [ratings.raise_target.X]") == {
        "file": "d1",
        "s": "Quorra Labs",
        "r": "raised_price_target",
        "o": "Harlow Capital",
        "rule": "ratings.raise_target.X",
    }
    move = parse_statement("d2.txt: Velmont Group market_move {'pct': -3.5, 'direction': 'down'} [market.x]")
    assert move["o"] == {"pct": -3.5, "direction": "down"} and move["s"] == "Velmont Group"
    assert parse_statement("d3.txt: Tellix funding_round None [funding.apply]")["o"] is None


def test_the_worksheet_holds_the_sections_wrong_list_only(tmp_path: Path) -> None:
    run = tmp_path / "run.txt"
    run.write_text(
        "--- real dev (x), empty store: wrong\n"
        "d1.txt: Quorra works_at Tellix [titles.role]\n"
        "alias missed: Quorra = Q (d1.txt)\n"
        "--- real heldout (x), empty store: wrong\n"
        "d2.txt: Orvane listed_on Nasdaq [places.tickers]\n"
        "d2.txt: Orvane headquartered_in Velmont [seats.x]\n"
        "\n",
        encoding="utf-8",
    )
    sheet = worksheet(run, "real heldout (x)")
    assert [(s["file"], s["r"], s["verdict"]) for s in sheet] == [
        ("d2", "listed_on", "?"),
        ("d2", "headquartered_in", "?"),
    ]


def test_a_documents_statements_stay_with_one_reader() -> None:
    statements = [{"file": f} for f in ("a", "a", "a", "b", "c", "c")]
    shares = split(statements, 2)
    assert sorted(len(s) for s in shares) == [3, 3]
    assert all(len({s["file"] for s in share}) == len({s["file"] for s in share}) for share in shares)
    assert any({s["file"] for s in share} == {"a"} for share in shares)


def test_only_statements_judged_true_reach_the_gold_and_only_once(tmp_path: Path) -> None:
    gold = tmp_path / "wave1.yaml"
    gold.write_text(
        "documents:\n- id: d1\n  sha256: x\nfacts:\n- {s: Quorra, r: works_at, o: Tellix, file: d1}\njudged_true: []\n",
        encoding="utf-8",
    )
    statements = [
        {"file": "d1", "s": "Quorra", "r": "listed_on", "o": "Nasdaq", "verdict": True},
        {"file": "d1", "s": "Quorra", "r": "market_move", "o": {"pct": 2.0}, "verdict": "true"},
        {"file": "d1", "s": "Quorra", "r": "headquartered_in", "o": "Velmont", "verdict": "unsure"},
        {"file": "d1", "s": "Report", "r": "founded_by", "o": "Ann Lee", "verdict": False},
    ]
    assert merge(statements, tmp_path) == {"wave1.yaml": 2}
    assert merge(statements, tmp_path) == {}
    judged = yaml.safe_load(gold.read_text(encoding="utf-8"))["judged_true"]
    assert judged == [
        {"s": "Quorra", "r": "listed_on", "o": "Nasdaq", "file": "d1"},
        {"s": "Quorra", "r": "market_move", "o": {"pct": 2.0}, "file": "d1"},
    ]
