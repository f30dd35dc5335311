"""A page's quote board: the strip of indexes a finance site prints above its article, each as a bulleted name, its
level and its change ("• Kelmont 100 / 7,895.85 / +18.80 (+0.24%)"). The cleaner drops the strip as boilerplate, so
it is read from the raw text, once per document: each name moved by the figure on its own third line, never by a
neighbour's; currencies, coins, commodities, bonds and futures have no share price and are passed over."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind
from loaders.articles.builder import DraftBuilder
from loaders.articles.patterns.market import price_move

# "  • FTSE 100\n\n    7,895.85\n    +18.80 (+0.24%)": a bullet and a name, the level, the change and its percentage
_BOARD_ENTRY = re.compile(
    r"^[ \t]*•[ \t]*(?P<name>[A-Za-z][^\n•]{1,40}?)[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*\d[\d,]*(?:\.\d+)?[ \t]*\n"
    r"[ \t]*[-+]\d[\d,]*(?:\.\d+)?[ \t]*\((?P<sign>[-+])(?P<pct>\d+(?:\.\d+)?)%\)[ \t]*$",
    re.MULTILINE,
)
# a currency pair or a quote in a currency ("GBP/EUR", "Bitcoin USD", "X ETF GBP"), a coin or a crypto index, a
# commodity, a bond or yield, a future or a volatility gauge: no stock or stock index
_NOT_A_STOCK_LINE = re.compile(
    r"/|\b(?:USD|GBP|EUR|JPY|CNY|CNH|HKD|AUD|CAD|CHF|SGD|INR|KRW|TWD|NZD)\b|\b(?:Bitcoin|Ether|Ethereum|Crypto|Gold|Silver|"
    r"Crude|Oil|Brent|Gas|Copper|Platinum|Palladium|Wheat|Corn|Bond|Bonds|Yield|Treasury|Yr|Futures?|VIX|"
    r"Volatility)\b",
    re.IGNORECASE,
)


def board_moves(builder: DraftBuilder, published: PartialDate | None) -> None:
    """Each entry of the page's quote board: its index or stock moved by the percentage on its change line."""
    for entry in _BOARD_ENTRY.finditer(builder.source):
        name = entry.group("name").strip()
        if _NOT_A_STOCK_LINE.search(name):
            continue
        span = builder.span(entry.start("name"), entry.end())
        subject = builder.entity(name, EntityKind.ORGANIZATION, span)
        if subject is None or builder.record(subject).kind != EntityKind.ORGANIZATION:
            continue
        down = entry.group("sign") == "-"
        pct = float(entry.group("pct"))
        board_span = span.model_copy(update={"rule": "market.quote_board.PRICE_MOVE"})
        price_move(builder, subject, published, -pct if down else pct, down, {}, board_span)
