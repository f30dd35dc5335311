"""Name keys: what exact look-up ignores, and what it must not merge."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.names import fold, normalize_key, slug


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhipu AI", "ZHIPU AI"),
        ("Alibaba Group Holding Ltd.", "Alibaba"),
        ("Tencent Holdings Ltd.", "Tencent"),
        ("Moore Threads Technology Co.", "moore threads technology"),
        ("Beijing Zhipu Huazhang Technology Co., Ltd.", "beijing zhipu huazhang technology"),
        ("Société Générale", "societe generale"),
        ("Z.ai", "ZAI"),
        ("Baidu, Inc.", "Baidu"),
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize(("a", "b"), [("Baidu", "Baichuan"), ("Alibaba", "Alibaba Cloud"), ("Google", "Google China")])
def test_look_alikes_keep_distinct_keys(a: str, b: str) -> None:
    assert normalize_key(a) != normalize_key(b)


def test_a_suffix_alone_is_still_a_name() -> None:
    assert normalize_key("Group") == "group"
    assert normalize_key("Holding Co") == "holding"


@given(st.text(max_size=60))
def test_keys_are_stable_and_idempotent(text: str) -> None:
    key = normalize_key(text)
    assert normalize_key(key) == normalize_key(key)
    assert key == key.strip()
    assert "  " not in key


@given(st.text(min_size=1, max_size=60))
def test_slugs_are_never_empty_and_have_no_spaces(text: str) -> None:
    s = slug(text)
    assert s and " " not in s and len(s) <= 80


def test_slugs_are_readable() -> None:
    assert slug("Zhipu AI") == "zhipu-ai"
    assert slug("GLM-4.7") == "glm-4.7"


@given(st.text(max_size=60))
def test_fold_fast_path_for_ascii_agrees_with_the_unicode_rules(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == unicodedata.normalize("NFKC", stripped).casefold()


def test_fold_strips_accents_and_keeps_other_scripts() -> None:
    assert fold("Société Générale") == "societe generale"
    assert fold("智谱 AI") == "智谱 ai"
