"""Down verbs paired with up verbs already read ("ticked down", "eased down"), and a fronted cause or occasion
before the stock described ("On the back of a broker's note, the company's share price went on to close 0.8%
higher"): the move is the text's company's, never that of a name inside the fronted phrase (fictional names,
sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _moves(text: str) -> set[tuple[str | None, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names.get(e.subject), e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"}


def test_a_fronted_cause_naming_no_one_leaves_the_described_stock_the_texts_company() -> None:
    text = (
        "Quorra Labs had a good Monday. On the back of an upbeat broker note, the company's share price went "
        "north to close the day 0.8% higher."
    )
    assert _moves(text) == {("Quorra Labs", 0.8)}


def test_the_move_the_text_tells_after_a_fronted_cause_replaces_a_tickers_quote() -> None:
    text = (
        "Quorra Labs (QRL -2.10%) had a good Monday. Following a broker's target hike, the company's stock also "
        "drifted mildly north to end the session 0.8% higher."
    )
    assert _moves(text) == {("Quorra Labs", 0.8)}


def test_a_name_inside_the_fronted_phrase_is_not_the_mover() -> None:
    text = (
        "Quorra Labs had a good Monday. After a Velmont note, the company's share price went on to close the day "
        "0.8% higher."
    )
    assert ("Velmont", 0.8) not in _moves(text)


def test_down_verbs_that_pair_an_up_verb_already_read_are_moves_too() -> None:
    text = "Tellix Systems stock ticked down 1.1% on Monday. By contrast, the Nasdaq Composite eased down by 0.4%."
    assert _moves(text) == {("Tellix Systems", -1.1), ("Nasdaq Composite", -0.4)}
