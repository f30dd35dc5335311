"""Find the article body in pasted page text; drop chrome, ads, author boxes and promo blocks.

Works line by line and keeps offsets into the original text: a body block is (start, end) of a
line that reads as prose. Everything after a trailing-chrome marker ("Read at source", "About the
author", "Sponsored", a promo question addressed to the reader) is dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from loaders.articles.alternation import trie_alternation
from loaders.articles.textdates import MONTH_NAMES

# Lines that are page furniture wherever they appear (only whether a line matches counts, not where).
_CHROME_PHRASES = trie_alternation(
    [
        *("all stories", "read at source", "original article", "original source", "backtop", "min read"),
        *("auto-translated", "edited by", "newsletter", "terms apply", "fetching live", "platform fees"),
        *("additional editing by", "additional reporting by"),  # "Wire with additional editing by A": credits
        *("not investment advice", "download our app", "download the app", "click here", "follow us", "podcast"),
        "news and media division",  # an outlet's description of itself under its story
        *("older browser", "browser version", "supported browser"),  # "You are using an older browser version"
    ]
)
# "date 2019-11-15 Quorra is ...": a stored page's date stamp, glued before its first sentence (header reads the date)
DATE_STAMP = r"(?i:date|published|updated|posted)[:\s]+(?P<iso>\d{4}-\d{2}-\d{2})\b"
CHROME_LINE = re.compile(
    rf"[←→↗↖↑‹›»«]|\b(?:{_CHROME_PHRASES})\b|\bopen an? \w+ account\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b|"
    r"\b(?:largest|leading) (?:international |global )?(?:multimedia )?news (?:provider|agency|organi[sz]ation)\b|"
    r"^\s*(?:share|save|image|print|follow|related|advertisement|sponsored|ad)\b|^\s*#\w|"
    r"^\s*(?:disclaimer|reporting by|editing by|written by|additional reporting|copyright|©|all rights reserved)\b|"
    r"^\s*(?:read more|read also|see also|more from|recommended|trending|most read|watch|listen)\b|"
    r"^\s*(?:contact|email|e-mail|tel)\s*:|(?-i:^\s*(?:[A-Z][\w&'-]*\s+){1,6}logo\b)|"  # "X logo X 15/03/2021"
    # "- Lena Varga, with Dorrance Wire": an author's credit
    r"(?-i:^\W{0,3}[A-Z][a-z]+(?:\s[A-Z][\w.'-]*){1,2},\s+with\s+[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2}\s*$)|"
    r"(?-i:^\s*[A-Z][\w'-]+ [A-Z][\w'-]+ (?:is an? (?:[a-z-]+ ){0,3}?(?:reporter|correspondent|columnist|editor|writer)\b"  # noqa: E501
    r"|(?:covers|reports on|writes about) [a-z ,&-]+ for (?:the )?[A-Z]))",
    re.IGNORECASE,
)
# Words of page furniture that news also uses ("traces back to April", "agreed to subscribe to 6.5 million ADS", "put
# on a watchlist", "aims to sign up a million users"): chrome only in a short line ("Back to top", "Sign up").
_SHORT_CHROME = re.compile(r"\bback\s*to\b|\bsubscribe\b|\bwatchlist\b|\bsign up\b", re.IGNORECASE)
SHORT_CHROME_WORDS = 8
# Lines after which the rest of the page is chrome.
_TAIL_MARKER = re.compile(
    r"\bread at source\b|\bopen original\b|\bview original\b|^\s*about the author\b|^\s*sponsored\b|"
    r"^\s*related\s*:|^\s*backtop\b|^\s*(?:reporting by|editing by|disclaimer)\b|"
    r"^\s*(?:want|looking|ready|need) to\b.*\byour?\b.*\?\s*$|"
    r"^\s*(?:more on|follow)\b.*[→↗]",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?:\[\d+\])*\s*$")
# "... to ¥7,480. ― AFP", "... 3% higher. — Reuters": a wire's credit after the paragraph's last full stop
_CREDITED_END = re.compile(r"[.!?…][\"”’')]*\s+[―—–]\s*[A-Z][\w&.]*(?:\s[A-Z][\w&.]*)?\s*$")
_INNER_BOUNDARY = re.compile(r"[.!?][\"”’')]*(?:\[\d+\])*\s+[A-Z\"“]")
_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\S+")
MIN_BODY_WORDS = 8
MIN_SENTENCE_WORDS = 4
_SENTENCE_START = re.compile(r"[A-Z0-9\"“]|[a-z]{1,4}[A-Z]")  # "iFlytek's ..." opens a sentence too
_WRAP_NEXT = re.compile(r"[a-z0-9(\"“$]")
WRAPPED_MIN_LINES, WRAPPED_MAX_WIDTH = 4, 90
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·–-]|\*{1,2}|\d{1,2}[.)])\s+")  # "** X cuts TP to ...": a wire's bullet
MIN_LOWERCASE_SHARE = 0.4
LONG_LINE_WORDS = 20
PROSE_LOWERCASE_SHARE = 0.6


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass
class Body:
    """The prose blocks of a document (offsets into the original text) and the lines dropped."""

    blocks: list[Line] = field(default_factory=list)
    dropped: list[Line] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their offsets; a hard-wrapped sentence is one line: the next line starts in lower case,
    or the whole text is wrapped at a fixed width ("HONG KONG Oct 12 Velt International\nCapital Group said")."""
    raw = _raw_lines(text)
    wrapped = _wrapped_throughout(raw)
    lines: list[Line] = []
    for line, previous_blank in raw:
        last = lines[-1] if lines else None
        if (
            last is not None
            and not previous_blank
            and (wrapped or _WRAP_NEXT.match(line.text))
            and not _SENTENCE_END.search(last.text)
            and len(_WORD.findall(last.text)) >= 5
        ):
            joined = text[last.start : line.end]
            # a text wrapped throughout breaks names too: a space for each break keeps the offsets
            lines[-1] = Line(last.start, line.end, re.sub(r"[\r\n]", " ", joined) if wrapped else joined)
        else:
            lines.append(line)
    return lines


def _raw_lines(text: str) -> list[tuple[Line, bool]]:
    """Each non-blank line (stripped, with its offsets) and whether a blank line came before it."""
    lines: list[tuple[Line, bool]] = []
    pos = 0
    previous_blank = True
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = pos + len(content) - len(content.lstrip())
            lines.append((Line(start, start + len(stripped), stripped), previous_blank))
        previous_blank = not stripped
        pos += len(raw)
    return lines


def _wrapped_throughout(lines: list[tuple[Line, bool]]) -> bool:
    """A text wrapped at a fixed width: short lines, and most lines that run on into the next line go on in lower
    case (a page with one paragraph per line starts each next line with a capital)."""
    running = [nxt.text for _, (nxt, blank) in itertools.pairwise(lines) if not blank]
    if len(running) < WRAPPED_MIN_LINES or max(len(line.text) for line, _ in lines) > WRAPPED_MAX_WIDTH:
        return False
    return sum(bool(_WRAP_NEXT.match(text)) for text in running) >= len(running) / 2


def is_foreign(text: str) -> bool:
    """Mostly CJK (or other non-Latin) letters: another-language block, never body here."""
    letters = _LETTER.findall(text)
    if not letters:
        return False
    cjk = len(_CJK.findall(text))
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
    return cjk / len(letters) > 0.3 or non_latin / len(letters) > 0.5


def reads_as_prose(text: str) -> bool:
    """Long enough and made of sentences: a complete line, or several sentences (a cut-off last one is fine), or a
    bulleted item that reads as a sentence.
    A short line counts only as one whole sentence ("Shares of Nio fell 4%."): capitalised, ending in a full stop
    (or a list's semicolon), with ordinary lower-case words; headlines, menus and labels have no full stop."""
    words = _WORD.findall(text)
    if _BULLET.match(text) and len(words) > MIN_BODY_WORDS:
        # "• Existing investors like A, B and C co-led the round": a list item written as a sentence; a menu or a
        # list of headlines is short or made of capitalised words
        return sum(1 for w in words[1:] if w[0].islower()) / (len(words) - 1) >= MIN_LOWERCASE_SHARE
    if len(words) < MIN_BODY_WORDS:
        lower_words = sum(1 for w in words if w[0].islower())
        return (
            len(words) >= MIN_SENTENCE_WORDS
            and text[0].isupper()
            and text.rstrip().endswith((".", ";"))
            and lower_words >= 2
        )
    if _SENTENCE_END.search(text) or _INNER_BOUNDARY.search(text) or _CREDITED_END.search(text):
        return True
    if text.rstrip().endswith(";"):
        return True  # a semicolon ends each sentence of a list ("X closed at HKD 164.6, down 2.6%;")
    lower_share = sum(1 for w in words if w[0].islower()) / len(words)
    opens = _SENTENCE_START.match(text) is not None
    if text.rstrip().endswith(":") and opens and lower_share >= PROSE_LOWERCASE_SHARE:
        return True  # "X's CEO A provided this quote in the press release:": a sentence opening a quote or a list
    # a long sentence whose full stop the page lost ("... according to media outlet Shine"): mostly lower-case
    # words, where headlines and menus capitalise theirs
    return len(words) >= LONG_LINE_WORDS and opens and lower_share >= PROSE_LOWERCASE_SHARE


# "- Infosys: 3.26 per cent" under a line "TOP GAINERS": a row of a table of the day's movers, which the movers'
# reader reads (patterns/move_quotes.py) though it is no sentence
MOVERS_ROW = re.compile(
    r"[-•*–·\s]{0,4}(?P<name>[^:\n]{1,60}?)\s*:\s*(?P<sign>[-+−])?\s?(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
    r"\.?\s*"
)
# A short heading that names the movers listed under it: "SENSEX TOP GAINERS", "Top losers"; no sentence
MOVERS_HEADING = re.compile(
    r"^\W{0,4}(?:[\w&-]+\s+){0,4}(?:gainers|losers|movers|decliners|advancers|laggards)\W{0,3}$", re.IGNORECASE
)


def clean(text: str) -> Body:
    body = Body(lines=split_lines(text))
    in_tail = False
    seen_body = False
    heading = ""  # the last line that is no row of a table of movers
    for line in body.lines:
        content = line.text.strip("`*_ ")
        if content and MOVERS_ROW.fullmatch(content) and MOVERS_HEADING.match(heading) and not in_tail:
            body.blocks.append(line)  # "- Infosys: 3.26 per cent" under "TOP GAINERS"
            continue
        heading = content if content else heading
        if in_tail:
            body.dropped.append(line)
            continue
        if seen_body and _TAIL_MARKER.search(content):
            in_tail = True
            body.dropped.append(line)
            continue
        prose = line.text.strip() if _BULLET.match(line.text) else content
        short_chrome = _SHORT_CHROME.search(content) and len(content.split()) < SHORT_CHROME_WORDS
        if CHROME_LINE.search(content) or short_chrome or is_foreign(content) or not reads_as_prose(prose):
            body.dropped.append(line)
            continue
        body.blocks.append(line)
        seen_body = True
    return body


_MONTH_NAME = "|".join(month.capitalize() for month in MONTH_NAMES)
# "SHENZHEN", "HONG KONG/SINGAPORE", "TOKYO/SEOUL/TAIPEI": a dateline's city or cities in capitals
_CAPITALS_CITIES = r"[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}(?:/[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}){0,3}"
# "(Reuters) -", "(Bloomberg) --", "AsianFin --", datelines and "Investing.com --" opening a story, photo captions:
# credits, not companies in it.
_WIRE_CREDIT = re.compile(  # "(Reuters) -", not a ticker's quote "(VLQ) -1.1%"
    r"\((?:[A-Z][\w&.]*)(?:\s[A-Z][\w&.]*){0,2}\)\s*[-–—]{1,2}(?![\d.,]+\s?%)|^[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2}\s+[-–—]{2}\s"
    r"|^\W*[A-Z][a-z]+\)\s*[-–—]{1,2}"
    # "NEW YORK, May 10 (Xinhua) --", "SHENZHEN, March 12 (Reuters) -", "OSLO, Norway, May 2, 2024 /PRNewswire/ --":
    # the dateline with its credit
    rf"|^\s*(?:date\s+\d{{4}}-\d\d-\d\d\s+)?{_CAPITALS_CITIES}(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?,\s+"
    r"[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s*(?:\([^()]{1,30}\)|/[A-Za-z -]{1,30}/)?\s*[-–—]{1,2}"
    # "Knoxville, Tenn., Nov. 8 –", "Leeds, March 3, 2024 --": a dateline in mixed case, its region optional
    rf"|^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+(?:[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,\s+)?(?:{_MONTH_NAME})\.?"
    r"\s\d{1,2}(?:,\s\d{4})?\s*(?:\([^()]{1,30}\)|/[A-Za-z -]{1,30}/)?\s*[-–—]{1,2}"
    # "HSINCHU (Orvane Wire) --": a dateline without a date, its credit named in words (not a ticker's "(VLQ)")
    rf"|^\s*{_CAPITALS_CITIES}(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*"
    r"\((?=[^()]*[a-z])[^()]{1,30}\)\s*[-–—]{1,2}(?![\d.,]+\s?%)"
    r"|^\s*[A-Z][\w&-]*\.com\s+[-–—]{1,2}\s"  # "Investing.com --"
    r"|^\s*(?:Photo|Image|Picture|Illustration|Credit)s?:.*$"  # captions and their credits
    # "(Image credit: A/Getty Images)", "Image source, Getty Images", "A | Afp | Getty Images": a picture's credit
    r"|\(?\b(?:Image|Photo|Picture) (?:credit|source)s?[:,][^()\n.]{0,60}\)?"
    r"|(?:[A-Z](?:\.|[\w'&-]*)(?: [A-Z](?:\.|[\w'&-]*)){0,4}(?:/| \| ))+Getty Images\b"
    # "(AFP via Getty Images)": an agency's picture through another; "... session. Getty": a credit cut short
    r"|\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s+via\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\)|(?:(?<=[.!?] )|^)Getty$"
    r"|\s*-\s*Get Free Report(?=\))|\(Get Free Report\)"  # a finance site's link inside "(NASDAQ:XX - ...)"
    r"|\[[A-Z][\w .&'’-]{1,40},\s+in\s+[A-Z][a-z]+\]"  # "[Velt Daily, in Korean]": the source a story retells
    r"|\((?:[A-Z][\w&.'’-]*\s){1,3}press\s+release(?:,[^()]{1,40})?\)"  # "(Velt press release)": a citation
    # "November 20, 2008 by Lena K. Varga": a date and its author
    rf"|\b(?:{_MONTH_NAME})\.?\s\d{{1,2}},\s\d{{4}},?\s+by\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{1,3}}"
    # photo credits: "FILE PHOTO:", "REUTERS/Aly Song/File Photo"
    r"|\bFILE PHOTO:|\b[A-Z]{3,}/[A-Z][\w.' -]{1,40}?/File Photo\b|\bREUTERS/[A-Z][\w.' -]{1,40}?\b(?=\s|$)",
    re.MULTILINE,
)


def mask_credits(text: str) -> str:
    """The text with wire credits and link markup blanked out (same length, so every offset still points at the
    source): "[StepFun](/wiki/stepfun)" reads as "StepFun"."""
    text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)
    text = _SHORTCODE.sub(lambda m: " " * (len(m.group(0)) - len(m.group(2))) + m.group(2), text)
    text = _QUOTE_WIDGET.sub(lambda m: " " * len(m.group(0)), text)
    return _WIRE_CREDIT.sub(lambda m: " " * len(m.group(0)), text)


# "Velt Inc. VLT, +6.18% with a 6.2% gain": a page's live quote (ticker, change) glued after the name, not the story's
_QUOTE_WIDGET = re.compile(r"(?<=[\w.)]) [A-Z]{1,5}(?:\.[A-Z]{1,2})?, [+\-−]\d{1,3}(?:\.\d+)?%(?=\s)")
_LINK = re.compile(r"\[([^\[\]]{1,120})\]\([^()\s]{0,300}\)")
# "[dropcap]Q[/dropcap]uorra": a page's styled first letter, moved up against the rest of its word
_SHORTCODE = re.compile(r"\[(\w{2,12})\](\w{1,3})\[/\1\](?=\w)")


def markup_start(text: str, start: int) -> int:
    """Where the styled letter at `start` begins in the source: the opening of its shortcode, so that a quote read
    from the source shows the whole word."""
    for found in _SHORTCODE.finditer(text, max(0, start - 40), start + 4):
        if found.end() - len(found.group(2)) <= start < found.end():
            return found.start()
    return start
