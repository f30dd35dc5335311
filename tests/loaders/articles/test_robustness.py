"""Junk, binary-ish, mixed-script, empty and huge inputs: a clear result or a clear error, never a crash."""

from __future__ import annotations

import random
import string
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.articles import default_extractor
from loaders.drafts import DocumentDraft


def _check(text: str) -> DocumentDraft:
    draft = default_extractor().extract(text)
    assert isinstance(draft, DocumentDraft)
    refs = {e.ref for e in draft.entities}
    for relation in draft.relations:
        assert relation.subject in refs and relation.object in refs
        span = relation.span
        assert span.start is not None and span.end is not None and text[span.start : span.end] == span.quote
    for event in draft.events:
        assert event.subject in refs
    return draft


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_text_never_crashes(text: str) -> None:
    _check(text)


_WORDS = st.sampled_from(
    [
        "Shares",
        "of",
        "Acme",
        "Robotics",
        "rose",
        "4.2%",
        "raised",
        "$5",
        "billion",
        "founded",
        "in",
        "March",
        "2024",
        "by",
        "Lin",
        "Wei",
        "and",
        "Ada",
        "Moss",
        "the",
        "Beijing-based",
        "led",
        "a",
        "round",
        "(",
        ")",
        ",",
        ".",
        ";",
        "**",
        "GLM-4.7",
        "Kimi",
        "K2",
        "upgraded",
        "from",
        "sell",
        "to",
        "buy",
        "its",
        "雅虎",
        "Ω",
        "\u200b",
        "\x00",
        "’s",
        "yuan",
        "(~$350M)",
        "\n",
        "\n\n",
        "Co.,",
        "Ltd.",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=300))
def test_article_like_word_salad_never_crashes(words: list[str]) -> None:
    _check(" ".join(words))


@given(st.binary(max_size=3000))
@settings(max_examples=100, deadline=None)
def test_binary_bytes_decoded_leniently_never_crash(data: bytes) -> None:
    _check(data.decode("utf-8", errors="replace"))
    _check(data.decode("latin-1"))


def test_empty_and_whitespace_give_an_empty_draft() -> None:
    for text in ("", "   \n\n\t  "):
        draft = _check(text)
        assert not draft.entities and not draft.relations and not draft.events
        assert draft.source.published_at is None


def test_non_text_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="must be str"):
        default_extractor().extract(b"bytes are not text")  # type: ignore[arg-type]


def test_mixed_scripts_keep_offsets() -> None:
    text = (
        "小米集团今天发布了新款手机。\n"
        "Шанхай — Shares of Pellucid Labs rose 3% on Monday after the company, known as 佩卢西德, reported orders.\n"
        "مرحبا بالعالم هذا نص تجريبي طويل بما فيه الكفاية ليكون فقرة كاملة.\n"
    )
    draft = _check(text)
    assert [round(e.pct_change or 0) for e in draft.events if e.kind.value == "PRICE_MOVE"] == [3]


def _page(size: int, seed: int = 7) -> str:
    """A huge pasted dump: mostly junk, chrome and other-language lines, with some prose in between."""
    rng = random.Random(seed)
    prose = [
        "Shares of Acme Robotics rose 4.2% on Monday after Birch Securities upgraded the stock from hold to buy.",
        "Acme Robotics, the Suzhou-based maker, was founded in May 2019 by Lin Wei and Ada Moss.",
    ]
    noise = [
        "share · save · 3 min read",
        "免费注册，立即领取交易佣金优惠。",
        "backTop",
    ]
    out: list[str] = []
    total = 0
    while total < size:
        roll = rng.random()
        if roll < 0.02:
            piece = rng.choice(prose)
        elif roll < 0.5:
            piece = rng.choice(noise)
        else:
            piece = "".join(rng.choice(string.ascii_letters + " ") for _ in range(rng.randint(20, 200)))
        out.append(piece)
        total += len(piece) + 1
    return "\n".join(out)


def test_huge_input_gives_a_result_quickly() -> None:
    text = _page(2_000_000)
    started = time.process_time()
    draft = default_extractor().extract(text)
    elapsed = time.process_time() - started
    assert isinstance(draft, DocumentDraft)
    assert elapsed < 60, f"2 MB took {elapsed:.1f}s"


def test_extraction_time_grows_linearly() -> None:
    body = "\n".join(
        f"Acme Robotics {i} rose {i % 9 + 1}.5% after Birch Securities raised its price target on the stock. "
        f"Zenith Labs {i}, the Wuhan-based developer, released Zen-{i} in March 2024."
        for i in range(60)
    )
    extractor = default_extractor()

    def timed(text: str) -> float:  # this process's CPU time: other work on the machine does not count
        started = time.process_time()
        extractor.extract(text)
        return time.process_time() - started

    small = min(timed(body) for _ in range(2))
    large = min(timed("\n".join([body] * 4)) for _ in range(2))
    assert large < small * 8, f"4x the text took {large / small:.1f}x the time"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(st.text(min_size=1, max_size=20), max_size=20),
    text=st.text(max_size=500),
)
def test_any_gazetteer_and_text_never_crash(names: list[str], text: str) -> None:
    from graph.model import EntityKind
    from tests.loaders.articles.conftest import StaticGazetteer

    forms = {name: (name, EntityKind.ORGANIZATION) for name in names}
    body = " ".join(names) + " rose 5% after " + text
    draft = default_extractor().extract(body, gazetteer=StaticGazetteer(forms))
    for relation in draft.relations:
        assert body[relation.span.start : relation.span.end] == relation.span.quote
    for event in draft.events:
        assert body[event.span.start : event.span.end] == event.span.quote
