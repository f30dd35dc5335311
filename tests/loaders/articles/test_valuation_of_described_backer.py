"""A valuation in an aside describing the firm money came from ("raised $N from A, a firm valued at $M") is that
firm's, never the raiser's; the raiser's own valuation after its verb still is. Fictional names and figures."""

from __future__ import annotations

from tests.loaders.articles.conftest import valuations


def test_a_backer_described_as_a_firm_valued_at_an_amount_gives_the_raiser_no_valuation() -> None:
    text = "Quorra Labs raised $60 million from Brantor Capital, a firm valued at $4 billion."
    assert ("Quorra Labs", 4e9) not in valuations(text)


def test_a_backer_described_as_the_giant_valued_at_an_amount_gives_the_raiser_no_valuation() -> None:
    text = "Tellix secured $25 million from Orvane Holdings, the payments giant valued at $7 billion."
    assert ("Tellix", 7e9) not in valuations(text)


def test_the_raisers_valuation_after_the_backer_is_still_its_own() -> None:
    text = "Quorra Labs raised $60 million from Brantor Capital at a valuation of $400 million."
    assert valuations(text) == {("Quorra Labs", 4e8)}


def test_the_raiser_described_as_a_startup_valued_at_an_amount_is_valued() -> None:
    text = "Quorra Labs, a startup valued at $400 million, raised $60 million from Brantor Capital."
    assert valuations(text) == {("Quorra Labs", 4e8)}
