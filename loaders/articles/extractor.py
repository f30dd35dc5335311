"""The deterministic article extractor: cleaning -> header -> sentences -> mentions -> pattern families."""

from __future__ import annotations

import dataclasses
import re

from wordfreq import zipf_frequency

from graph.model import EntityKind
from loaders.articles.builder import DraftBuilder
from loaders.articles.cleaning import clean, mask_credits
from loaders.articles.confidence import MIN_CONFIDENCE
from loaders.articles.context import OPENING_PARTICIPLE, DocState, SentenceView
from loaders.articles.gazetteer import GazetteerIndex, merge_mentions
from loaders.articles.geography import place_names
from loaders.articles.header import read_header
from loaders.articles.lexicon import EXCHANGE_WORDS, INDEX_WORDS, ORG_WORDS
from loaders.articles.mentions import find_mentions, guess_kind, looks_like_person
from loaders.articles.name_joins import join_names
from loaders.articles.patterns import FAMILIES
from loaders.articles.patterns.move_checks import drop_shadowed_moves
from loaders.articles.patterns.move_quotes import drop_outtold_quotes
from loaders.articles.patterns.pending_deals import drop_pending_acquisitions
from loaders.articles.patterns.quote_boards import board_moves
from loaders.articles.records import normalize_key
from loaders.articles.sentences import split_sentences
from loaders.articles.textdates import find_dates
from loaders.articles.vocabulary import document_vocabulary
from loaders.drafts import DocumentDraft, Gazetteer, SourceMeta

# Non-breaking and Unicode hyphens read as the plain one ("co\u2011founder", "Seoul\u2011based"); one character for one,
# so offsets still hold
_PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# "Ada Moss‘s Velmora": a possessive typed with an opening quote is a possessive (same length: offsets hold)
_OPENING_QUOTE_POSSESSIVE = re.compile(r"(?<=[A-Za-z])‘(?=s\b)")
# Longer "sentences" (run-on lists, flattened tables, junk) are skipped: the patterns take quadratic time on them.
MAX_SENTENCE_CHARS = 1_500
_CUT_ZIPF = 2.5  # a word cut short is rare ("Technolog" 1.4, "Informati" 1.4); a name's last word less so ("Jain" 3.1)
_BOLD_LEAD = re.compile(r"^\*\*(?P<name>[^*]{1,80})\*\*")
_STARTUP_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,]{0,40}?\bstart-?ups?\b")
_ORG_APPOSITIVE = re.compile(
    r"(?:['’]s?\s+shares|,\s+(?:the|a|an)\s+[^,]{0,60}?\b(?:company|firm|designer|maker|developer|start-?up|platform|"
    r"group|lab|chipmaker|operator|provider|fund|bank)\b(?!['’])|\s+(?:was|is)\s+(?:founded|set up|listed|based))"
)
# One entry: (the gazetteer's dict of names, its size, the automaton built from it). Extractors are created per
# document by the pipeline, so the cache lives at module level; it holds the dict, so its identity stays unique.
_GAZETTEER_CACHE: list[tuple[dict[str, tuple[str, EntityKind]], int, GazetteerIndex]] = []

_ORG_NOUNS = re.compile(
    r"\b(?:company|maker|developer|firm|start-?up|platform|lab|laboratory|fund|group|designer|manufacturer|provider|"
    r"operator|bank|brokerage|exchange|chipmaker|carmaker|Co\.|Ltd\.?|Inc\.?|Corp\.?)(?![\w-])"
)
_JOINERS = re.compile(r"\b(?:joined (?:the|a|in)|took part|participated in|co-invested)\b")
# a listed name: capitalised words, joined by "of"/"de"/"&" ("Bank of China"), with a bracketed place ("(Asia)")
_LISTED_NAME = r"[A-Z][\w.&-]*(?:\s+(?:(?:of|de|du|der|&)\s+)?[A-Z][\w.&-]*)*(?:\s+\([A-Z][\w.&-]*\))?"
_LIST_GOES_ON = re.compile(rf",\s+(?:{_LISTED_NAME},\s+)*{_LISTED_NAME},?\s+and\s+[A-Z]")
_PRODUCT_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|its|their)\s+"
    # "X, a maker of lab robots, ...": a company described by what it makes
    r"(?!(?:[\w'’-]+\s+){0,2}?(?:maker|developer|manufacturer|producer|provider|supplier|designer)s?\s+of\b)"
    # "X, a health startup developing diagnostic tools, ...": a company described by what it does
    r"(?!(?:[\w'’-]+\s+){0,2}?(?:start-?up|company|firm|unicorn|venture|lab|group)s?\b)"
    r"(?:[\w'’-]+\s+){0,4}?(?:model|llm|chatbot|app|assistant|application|chip|processor|"
    r"gpu|accelerator|robot|humanoid|suv|sedan|vehicle|car|feature|tool|product|device|smartphone|phone|handset)s?"
    r"(?=\s*[,.;]|\s+(?:in|of|from|that|which|by|for|on|with|developed|made|built|launched|released)\b)",
    re.IGNORECASE,
)
_EMBEDDED = re.compile(r"\b(?:how(?: far| much| many| soon)?|whether|why|where|what)\s+$")
# "More than 500 X-Bots have been sold", "Thousands of Y units shipped": things counted, not a company
_COUNTED = re.compile(
    r"\b(?:(?:more than|over|about|some|nearly|almost|around|at least)\s+\d[\d,.]*"
    r"|(?:hundreds|thousands|millions)\s+of)\s+$",
    re.IGNORECASE,
)  # not "In 2024 X raised": a year
_LEAD_SENTENCES = 1  # a company introduced later, with no topic yet, is often one the story only mentions
_INTRODUCED = re.compile(r"\b(?:company|firm|start-?up|unicorn)\s+(?-i:(?=[A-Z]))", re.IGNORECASE)
_RELATIVE_TO_TOPIC = re.compile(r",\s+(?:another\s+)?(?:one\s+)?of\s+(?:the [Cc]ompany['’]s|its|their)\s")
_INVESTOR_ASIDE = re.compile(
    r",\s+(?:an?|the|its)\s+(?:[a-z-]+\s+){0,2}(?:investor|backer|shareholder)s?\s+(?:in|of)\b"
)
# "A lowered its PT from $750", "A raised its price target on the stock": a broker rating a stock, not the topic
_RATES_A_STOCK = re.compile(
    r"\s+(?:also\s+)?(?:raised|lowered|cut|lifted|trimmed|boosted|reduced|hiked|reiterated|maintained|kept)\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:price\s+target|target\s+price|(?-i:PT|TP)|rating)\b",
    re.IGNORECASE,
)
_INTRODUCING_NOUN = r"\b(?:start-?up|company|firm|venture|developer|maker)"
_APPOSITIVE_INTRODUCTION = re.compile(rf"{_INTRODUCING_NOUN},\s+(?=[A-Z])")
_IT_OPENS = re.compile(r"It\s+(?:was|is|has|had)\b")
# "... a Lisbon-based startup called X." then "The company announced ...": the sentence ends on the name it introduces
_CALLED_INTRODUCTION = re.compile(rf"{_INTRODUCING_NOUN}\s+(?:called|named)\s+(?=[A-Z])")
_THE_COMPANY_OPENS = re.compile(r"The\s+(?:company|start-?up|firm)\s+(?!that\b|which\b|of\b)[a-z]")
_SHARES_IN = re.compile(r"\W*(?:shares|stocks?)\s+(?:in|of)\s", re.IGNORECASE)
# A story about an offering of shares or debt: "raised $X" there is what the offering brought in, not a round
_OFFERING_STORY = re.compile(
    r"\b(?:IPO|initial public offering|trading debut|market debut|debuted|debuts|(?:its|their) listing|"
    r"bonds?|convertible notes|senior notes|notes offering|debt offering)\b"
)


class ArticleExtractor:
    """Patterns + gazetteer + cues; every statement quotes the span it came from, with its rule and confidence."""

    def __init__(self, min_confidence: float = MIN_CONFIDENCE) -> None:
        self.min_confidence = min_confidence

    def extract(
        self, text: str, *, gazetteer: Gazetteer | None = None, meta: SourceMeta | None = None
    ) -> DocumentDraft:
        if not isinstance(text, str):
            raise TypeError(f"article text must be str, got {type(text).__name__}")
        index = self._gazetteer_index(gazetteer.surface_forms() if gazetteer is not None else {})
        body = clean(text)
        header = read_header(body)
        published = (meta.published_at if meta and meta.published_at else None) or header.published_at
        source = SourceMeta(
            title=(meta.title if meta and meta.title else None) or header.title,
            url=meta.url if meta else None,
            publisher=(meta.publisher if meta and meta.publisher else None) or header.publisher,
            published_at=published,
            format="article",
        )
        builder = DraftBuilder(text, index)
        cut = _cut_end(text)  # a name the cut text truncated is no mention
        body_text = "\n".join(block.text for block in body.blocks)  # a block ends a sentence
        state = DocState(
            builder=builder, published_at=published, about_offering=bool(_OFFERING_STORY.search(body_text))
        )
        vocabulary = document_vocabulary(body_text)
        seen_mentions: list[str] = []
        current_block = -1
        profile_block = False
        defined: str | None = None  # the company the previous sentence defined ("X is a Y startup that ...")
        skipped = 0
        for position, sentence in enumerate(split_sentences(body.blocks)):
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                skipped += 1
                continue
            text = _OPENING_QUOTE_POSSESSIVE.sub("’", mask_credits(sentence.text).translate(_PLAIN_HYPHENS))
            sentence = dataclasses.replace(sentence, text=text)
            builder.sentence = sentence
            found = join_names(sentence.text, find_mentions(sentence.text, 0, vocabulary))
            mentions = [m for m in merge_mentions(found, index.find(sentence.text)) if sentence.start + m.end < cut]
            dates = find_dates(sentence.text, published)
            view = SentenceView(sentence, mentions, dates, state)
            if sentence.block != current_block:
                current_block = sentence.block
                state.paragraph_names = []
                bold = _BOLD_LEAD.match(sentence.text)
                profile_block = bold is not None and (
                    not looks_like_person(bold.group("name")) or bool(_ORG_NOUNS.search(sentence.text))
                )
                if profile_block and bold:
                    state.topic = builder.entity(
                        bold.group("name"), EntityKind.ORGANIZATION, view.span(2, bold.end() - 2)
                    )
            if not profile_block:
                _follow_introduction(view)
                self._update_topic(view)
                if state.topic is None and position < _LEAD_SENTENCES:
                    _introduced_topic(view)
            defined = _read_families(view, defined)
            state.introduced, state.introduced_by_name = _introduced_company(view)
            state.described_startup = _described_startup(view)
            view.note_people()
            state.paragraph_names.extend(m.text for m in mentions if not view.is_person(m))
            seen_mentions.extend(m.text for m in mentions)
            dated = [d.date for d in dates if d.date is not None]
            if dated:
                state.last_date = dated[-1]
        _record_short_forms(builder, seen_mentions)
        builder.sentence = None
        board_moves(builder, published)
        drop_pending_acquisitions(builder, published)
        self._drop_unsure(builder)
        events = drop_outtold_quotes(drop_shadowed_moves(list(builder.events.values())))
        return DocumentDraft(
            source=source,
            entities=builder.entity_drafts(),
            relations=tuple(builder.relations.values()),
            events=tuple(events),
            attributes=tuple(builder.attributes.values()),
            warnings=(() if body.blocks or not text.strip() else ("no article body found",))
            + ((f"{skipped} sentence(s) over {MAX_SENTENCE_CHARS} characters skipped",) if skipped else ()),
        )

    def _drop_unsure(self, builder: DraftBuilder) -> None:
        """Statements below the confidence floor are not stated; planned events stay, marked as plans."""
        floor = self.min_confidence
        builder.relations = {k: r for k, r in builder.relations.items() if r.span.confidence >= floor}
        builder.attributes = {k: a for k, a in builder.attributes.items() if a.span.confidence >= floor}
        builder.events = {
            k: e for k, e in builder.events.items() if e.span.confidence >= floor or e.properties.get("modality")
        }

    def _gazetteer_index(self, forms: dict[str, tuple[str, EntityKind]]) -> GazetteerIndex:
        """The Aho-Corasick automaton is rebuilt only when the gazetteer hands over a different dict of names
        (the cache keeps the dict itself, so an unchanged graph reuses the automaton across documents)."""
        cached = _GAZETTEER_CACHE[0] if _GAZETTEER_CACHE else None
        if cached is not None and cached[0] is forms and cached[1] == len(forms):
            return cached[2]
        index = GazetteerIndex(forms)
        _GAZETTEER_CACHE[:] = [(forms, len(forms), index)]
        return index

    @staticmethod
    def _update_topic(view: SentenceView) -> None:
        text = view.text
        offset = view.label_end()
        subject = view.subject_mention()
        opening = OPENING_PARTICIPLE.match(text, offset)
        if opening is not None and subject is not None and subject.start < opening.end():
            return  # "Backed by A and B, the venture ...": A and B are not what the sentence is about
        reach = 80 if _SHARES_IN.match(text, offset) else 40  # "Shares in Chinese appliance maker X surged"
        if subject is None or subject.start > offset + reach or view.is_person(subject):
            return
        if _EMBEDDED.search(text, offset, subject.start):
            return  # "It is hard to say how far Velt is from ...": the subject of a question inside the clause
        if _COUNTED.search(text, offset, subject.start) or text.endswith(" told ", 0, subject.start):
            return  # "People familiar with it told X that ...": X heard it, the report is about someone else
        quoted = text[: subject.start]
        if (quoted.count('"') % 2 == 1 or quoted.count("“") > quoted.count("”")) and view.b.find(subject.text) is None:
            return  # '"Margins will suffer," the analyst said': a quotation's word the text never named before
        if re.match(r"(?:it|its|the (?:company|firm|group|lab|start-?up|stock))\b", text[offset:], re.IGNORECASE):
            return
        if re.search(r"\b(?:it|its)\b", text[subject.end :]) and view.doc.topic is not None:
            return  # "X added it to the list": "it" is the current topic, X is not
        rest = text[subject.end :]
        if subject.possessive and not re.match(r"['’]s?\s+(?:shares|stock)\b", rest):
            return
        if _RELATIVE_TO_TOPIC.match(rest) or _INVESTOR_ASIDE.match(rest) or _RATES_A_STOCK.match(rest):
            # "A, one of the company's shareholders, sold shares", "A, an early investor in B, led": investors; "A
            # lowered its PT": a broker
            return
        if _QUALIFIES_A_NOUN.match(rest):
            return  # "SMS volumes at X fell", "BDR holders of X": the name qualifies a noun, the sentence is X's
        if _PRODUCT_APPOSITIVE.match(rest):
            return  # "Vibes, a new video feature in X's app, ...": a product opens the sentence, not a company
        if re.match(r"\s+(?:and|led|leads|co-led|co-leads|then|also|as well as|along with|together with)\b", rest):
            return  # "Alibaba led a round", "Tencent and X joined": investors, not the topic
        if _JOINERS.search(rest) or _LIST_GOES_ON.match(rest):
            return  # "A, B's sub-fund and C too joined the round", "A, B and C poured ...": a list, not the topic
        if subject.text.split()[-1].lower() in INDEX_WORDS | EXCHANGE_WORDS or re.match(r"\s+index\b", rest):
            return  # an index or an exchange is what moved, not what the text is about
        known = view.b.find(subject.text) or None
        if known is None and re.match(r"\s+(?:[a-z]+\s+){1,4}(?:his|her)\b", rest):
            return  # "Gong cut his rating": a person named by surname, not the company the text is about
        if known is None and guess_kind(subject.text) not in (None, EntityKind.ORGANIZATION):
            return
        if known is None and looks_like_person(subject.text) and not _ORG_APPOSITIVE.match(rest):
            return  # "Rotating chairman Eric Xu said": a person-shaped name is not a topic without an org cue
        ref = known.ref if known else view.resolve(subject, EntityKind.ORGANIZATION)
        if ref and view.b.record(ref).kind == EntityKind.ORGANIZATION and ref != view.doc.topic:
            if (
                view.doc.topic is not None
                and not _STARTUP_APPOSITIVE.match(rest)  # "X, a health-tech startup ..., raised": a roundup's next
                and _times_named(view, ref) < _times_named(view, view.doc.topic)
            ):
                return  # a company the text names less than its topic opens a sentence: the topic stays
            view.doc.previous_topic = view.doc.topic
            view.doc.topic = ref


_QUALIFIES_A_NOUN = re.compile(
    r"\s+(?!(?:shares|stocks|ADRs|ADSs|units)\b)[a-z]+s\s+(?:of|at|in|for)\s+(?:the\s+)?[A-Z]"
)


def _cut_end(text: str) -> int:
    """Where a text cut off mid-word ends ("... said Lena Varga of the US-based Quorra Analyti"): a name running
    to it is truncated. A text that ends on punctuation or a whole word ("an analyst at Velmont Securities") was
    not cut: past its end."""
    stripped = text.rstrip()
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    cut = last[-1:].isalnum() and zipf_frequency(last.lower(), "en") < _CUT_ZIPF
    return len(stripped) if cut else len(text) + 1


def _introduced_topic(view: SentenceView) -> None:
    """Before any topic, a company the first sentence introduces by what it is ("Investors are pouring funds into
    Chinese AI company X") is what the text is about, wherever it stands in the sentence."""
    introduced = _INTRODUCED.search(view.text)
    named = view.mention_at(introduced.end()) if introduced else None
    if named is None or named.possessive or view.is_person(named) or looks_like_person(named.text):
        return  # "the venture firm A co-founded": a person after the noun
    known = view.b.find(named.text)
    ref = known.ref if known else view.resolve(named, EntityKind.ORGANIZATION)
    if ref and view.b.record(ref).kind == EntityKind.ORGANIZATION:
        view.doc.topic = ref


def _follow_introduction(view: SentenceView) -> None:
    """A sentence opening with "It was ..." (or "The company ..." after one ending on "a startup called X.") is about
    the company the sentence before introduced."""
    state, start = view.doc, view.label_end()
    if state.introduced is not None and (
        _IT_OPENS.match(view.text, start) or (state.introduced_by_name and _THE_COMPANY_OPENS.match(view.text, start))
    ):
        state.previous_topic, state.topic = state.topic, state.introduced


def _introduced_company(view: SentenceView) -> tuple[str | None, bool]:
    """The company the sentence introduces with a description and a relative clause ("recently funded another
    Beijing-based AI startup, X, which ...") or ends on ("... a Lisbon-based startup called X.", then True)."""
    introduced = _APPOSITIVE_INTRODUCTION.search(view.text)
    named = view.mention_at(introduced.end()) if introduced else None
    by_name = False
    if named is None or not re.match(r",\s+(?:which|that)\b", view.text[named.end :]):
        called = _CALLED_INTRODUCTION.search(view.text)
        named = view.mention_at(called.end()) if called else None
        if named is None or not re.fullmatch(r"[\s.!\"”’)]*", view.text[named.end :]):
            return None, False
        by_name = True
    if view.is_person(named) or looks_like_person(named.text):
        return None, False
    ref = view.resolve(named, EntityKind.ORGANIZATION)
    return (ref, by_name) if ref is not None and view.b.record(ref).kind == EntityKind.ORGANIZATION else (None, False)


_STARTUP_DESCRIPTION = re.compile(
    r",\s+(?:(?:a|an)\s+[^,;]{0,50}?\b(?:start-?up|maker|developer|designer)s?\b(?!['’])"
    r"|(?:formed|founded|set\s+up|established|started)\s+(?:in|by)\b)"  # "X, founded in 2021 by A, ..."
)


def _described_startup(view: SentenceView) -> str | None:
    """A company other than the topic that the sentence describes as a start-up or a maker by an appositive."""
    for m in view.mentions:
        if m.possessive or not _STARTUP_DESCRIPTION.match(view.text, m.end) or view.is_person(m):
            continue
        ref = view.resolve(m, EntityKind.ORGANIZATION)
        if ref is not None and ref != view.doc.topic and view.b.record(ref).kind == EntityKind.ORGANIZATION:
            return ref
    return None


def _read_families(view: SentenceView, defined: str | None) -> str | None:
    """Every pattern family reads the sentence; one opening with "It"/"Its" right after a sentence that defined
    another company ("X is a Y startup that ...") is about that company, for this sentence only. Notes the
    organisation the sentence opens with, and returns the one it defines."""
    state, topic = view.doc, view.doc.topic
    opens_with_it = bool(_IT_OPENS_ANY.match(view.text, view.label_end()))
    meant = defined or state.last_actor
    swapped = meant is not None and opens_with_it
    if swapped:
        state.topic = meant
    for family in FAMILIES:
        family(view)
    if swapped:
        state.topic = topic
    state.last_subject = _opening_organisation(view)
    state.last_actor = _acting_company(view, state.last_subject)
    return _defined_company(view, state.last_subject)


# "B led the round", "B recently funded X": a backer opening a sentence, "It" next is still the company backed;
# "B and C funded X", "B, C and D": several subjects, none of which "It" stands for (not "B, the maker of")
_BACKS = re.compile(
    r"\s*(?:,\s+[A-Z]|and\b)|\s+(?:(?:also|recently|has|have|had|just)\s+)*"
    r"(?:led|co-led|leads|joined|backed|funded|financed|participated|invested|is|was)\b"
)


def _acting_company(view: SentenceView, opening: str | None) -> str | None:
    """The company other than the topic that opens the sentence as the one acting ("B reported higher profit"):
    a next sentence opening with "It" is about B, not the text's topic."""
    subject = view.subject_mention()
    if opening is None or opening == view.doc.topic or subject is None or _BACKS.match(view.text, subject.end):
        return None
    return opening


# "X is an Israeli startup that ...", "X is one of the ...": a sentence opening with what X is
_DEFINES = re.compile(r"\s+is\s+(?:an?|one\s+of\s+the)\s")
_IT_OPENS_ANY = re.compile(r"It(?:s)?\b")


def _defined_company(view: SentenceView, opening: str | None) -> str | None:
    """The company the sentence opens with and defines by what it is ("X is a Y-based maker of ...")."""
    subject = view.subject_mention()
    if opening is None or subject is None or not _DEFINES.match(view.text, subject.end):
        return None
    return opening


_DESCRIBED_OPENING = re.compile(
    r"\s*(?:The|An?)\s+(?:(?:[a-z-]+|[A-Z]\w*-[a-z]+|[A-Z]{2,5})\s+){1,6}"
    r"|\s*(?:[A-Z][\w.]*\s+){0,2}(?:[A-Z][\w.]*,\s+)?[A-Z][\w.]*-(?:based|headquartered)\s+"  # "Austin, Texas-based X"
)


def _opening_organisation(view: SentenceView) -> str | None:
    """The organisation the sentence opens with as its subject, when the text already knows it as one."""
    subject = view.subject_mention()
    if subject is None or subject.possessive:
        return None
    # "The Dubai-based platform for offices X raised": X, after the words describing it, still opens the sentence
    if subject.start > view.label_end() + 2 and not _DESCRIBED_OPENING.fullmatch(
        view.text, view.label_end(), subject.start
    ):
        return None
    record = view.b.find(subject.text)
    return record.ref if record is not None and record.kind == EntityKind.ORGANIZATION else None


def _times_named(view: SentenceView, ref: str) -> int:
    """How often the whole text names the entity, by the first distinctive word of each of its names
    ("Biren" for "Shanghai Biren Technology": no place or company word)."""
    record = view.b.record(ref)
    words = {
        next((w for w in name.split() if w.lower() not in ORG_WORDS and w.lower() not in place_names()), "")
        for name in (record.name, *record.aliases)
    } - {""}
    counts = view.doc.word_counts
    for word in words - counts.keys():  # each word counted once per text, however often the topic is weighed
        counts[word] = len(re.findall(rf"\b{re.escape(word)}\b", view.b.source))
    return max((counts[word] for word in words), default=0)


def _record_short_forms(builder: DraftBuilder, surfaces: list[str]) -> None:
    """Short forms the text used for an entity it names ("Fung" for "Elliot Fung") become its aliases."""
    for surface in dict.fromkeys(surfaces):
        record = builder.find(surface)
        if record is not None and normalize_key(surface) not in record.key_set():
            record.add_alias(surface)
