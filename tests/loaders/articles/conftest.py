"""Helpers for the article extractor tests: run the extractor and read its draft by names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from graph.model import EntityKind
from loaders.articles import ArticleExtractor
from loaders.drafts import DocumentDraft, EventDraft, RelationDraft


class StaticGazetteer:
    def __init__(self, forms: dict[str, tuple[str, EntityKind]]) -> None:
        self._forms = forms

    def surface_forms(self) -> dict[str, tuple[str, EntityKind]]:
        return dict(self._forms)


@dataclass
class Extracted:
    draft: DocumentDraft
    text: str

    def name(self, ref: str | None) -> str | None:
        return next((e.name for e in self.draft.entities if e.ref == ref), None)

    def entity(self, name: str):
        return next(e for e in self.draft.entities if e.name == name or name in e.aliases)

    def relations(self, type_: str) -> set[tuple[str | None, str | None]]:
        return {(self.name(r.subject), self.name(r.object)) for r in self.draft.relations if r.type.value == type_}

    def relation(self, type_: str, subject: str, obj: str) -> RelationDraft:
        return next(
            r
            for r in self.draft.relations
            if r.type.value == type_ and self.name(r.subject) == subject and self.name(r.object) == obj
        )

    def events(self, kind: str) -> list[EventDraft]:
        return [e for e in self.draft.events if e.kind.value == kind]


@pytest.fixture
def extract():
    def run(text: str, gazetteer: StaticGazetteer | None = None) -> Extracted:
        # Pattern tests check what a rule reads, so every statement is kept whatever its calibrated confidence;
        # test_confidence.py checks the floor itself.
        return Extracted(ArticleExtractor(min_confidence=0.0).extract(text, gazetteer=gazetteer), text)

    return run


def read_all(text: str) -> DocumentDraft:
    """Every statement the extractor drafts, whatever its confidence (the pattern tests check what rules read)."""
    return ArticleExtractor(min_confidence=0.0).extract(text)


def relation_triples(text: str) -> set[tuple[str, str, str]]:
    """(subject name, relation type, object name) of every relation drafted from `text`."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], r.type.value, names[r.object]) for r in draft.relations}


def contract_parties(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(party, the other parties) of every contract the text states as done (plans are left out)."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], tuple(names[p] for p in e.participants))
        for e in draft.events
        if e.kind.value == "CONTRACT" and not e.properties.get("modality")
    }


def employment(text: str) -> dict[tuple[str, str], bool]:
    """(person, organisation) -> whether the draft says the job is a former one (WORKS_AT with `former`)."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): bool(r.properties.get("former"))
        for r in draft.relations
        if r.type.value == "WORKS_AT"
    }


def price_moves(text: str) -> set[tuple[str, float | None]]:
    """(subject name, percentage) of every price move drafted from `text`."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"}


def valuations(text: str) -> set[tuple[str, float]]:
    """(subject name, amount) of every valuation drafted from `text` with an amount."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == "VALUATION" and e.amount is not None
    }


def security_issues(text: str) -> set[tuple[str | None, float]]:
    """(issuer name, amount) of every bond or note issue drafted from `text` with an amount."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE" and e.amount is not None
    }


def analyst_actions(text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(actor name, subject name, action) of every analyst action drafted from `text`."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }
