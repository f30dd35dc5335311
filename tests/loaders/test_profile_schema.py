"""The exported JSON Schema agrees with the loader: the seeds validate, a misspelt field does not."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from loaders.profile_format import profile_json_schema

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = profile_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_every_seed_is_valid_for_editors(seed: Path, validator: jsonschema.Draft202012Validator) -> None:
    document = yaml.safe_load(seed.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


def test_the_schema_rejects_what_the_loader_rejects(validator: jsonschema.Draft202012Validator) -> None:
    assert not validator.is_valid({"name": "X", "funders": ["Y"]})
    assert not validator.is_valid({"name": "X", "founded": "March 2021"})
    assert not validator.is_valid({"aliases": ["no name"]})
    assert validator.is_valid([{"name": "X", "funding_rounds": [{"amount": "600 million USD", "leads": ["A"]}]}])
