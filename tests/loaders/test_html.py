"""HTML pages: the main text is read, the page chrome is left behind, no date is guessed."""

from __future__ import annotations

import pytest

from loaders.html import HtmlError, main_text

PAGE = """<html><head><title>MiniMax raises USD 600 million</title></head><body>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/login">Sign in</a></nav>
<div class="ad">Subscribe now for 50% off your first year of premium membership</div>
<article>
<h1>MiniMax raises USD 600 million</h1>
<p>MiniMax, the Shanghai artificial intelligence company, raised USD 600 million in a round led by Alibaba,
according to people familiar with the deal. The round values the company at USD 2.5 billion.</p>
<p>The company was founded by Yan Junjie and Zhou Yucong, who previously worked at SenseTime, and makes
multi-modal foundation models as well as consumer apps such as Talkie and Hailuo AI.</p>
</article>
<footer>Share on WeChat · Share on Weibo · © 2024 Example Wire. All rights reserved.</footer>
</body></html>"""


def test_the_main_text_and_title_are_kept_and_chrome_is_dropped() -> None:
    page = main_text(PAGE)
    assert page.title == "MiniMax raises USD 600 million"
    assert "raised USD 600 million in a round led by Alibaba" in page.text
    assert "Sign in" not in page.text and "Share on Weibo" not in page.text


def test_a_page_without_text_is_an_error() -> None:
    with pytest.raises(HtmlError, match="no main text"):
        main_text("<html><body><script>var x = 1;</script></body></html>")
