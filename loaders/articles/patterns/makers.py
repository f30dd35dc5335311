"""Product frames: products named with their kind ("its Kimi chatbot", "a processor named Y"), owned products
("X's app Y"), products named with their maker ("ChatGPT creator OpenAI")."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import A_UNIT_AFTER, KIND_TAIL, MADE_PRODUCT_NOUN, MAKER_DESCRIBED, NOT_A_PRODUCT_NAME
from loaders.articles.mentions import Mention, after_possessive, guess_kind, looks_like_model, looks_like_person
from loaders.articles.patterns.product_checks import (
    NOT_A_VERB,
    OBJECT_THEN_ITS,
    in_other_hands,
    investment_vehicle,
    its_owner,
    its_subject,
    maker_ok,
    named_before_its,
    named_before_verb,
    named_maker,
    not_a_product_name,
    person_shaped,
    prefix_maker,
    product_ok,
)
from loaders.articles.patterns.product_refs import developer_of, fronted_owner, known_organisation
from loaders.drafts import Span

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    named_products(view)
    products_named_after_their_kind(view)
    creators(view)
    fronted_makers(view)
    maker_prefixed(view)
    owned_products(view)


# Products named with their kind: "its Kimi chatbot", "X's Doubao model", "launched Y, a ... model"
PRODUCT_NOUN = (
    r"(?:(?:large )?(?:language |reasoning |video |image |foundation |multimodal |AI |open[- ]source |flagship |"
    r"generative AI |text-to-video |voice |search |cloud |computing |messaging |e-commerce |shopping |payment |"
    rf"social |smart |electric |self-driving |operating )*{MADE_PRODUCT_NOUN})"
)

# a verb of making before the name ("sells" only with "its": a seller of "the Y phone" need not have made it)
_LAUNCH = re.compile(
    r"\b(?:launched|released|unveiled|introduced|rolled out|debuted|open-sourced|announced|showcased|shipped|"
    r"unveils|launches|releases|introduces|makes|made|produces|produced|builds|built|develops|developed|"
    r"operates|behind|sells(?=\s+(?:its|their)\s))\s+(?:its |their |a |an |the )?(?:new |latest |first |own |upgraded |"
    r"next-generation |updated )*"
)

_NOUN_BETWEEN = re.compile(rf"\b{PRODUCT_NOUN}\s+$")

_KIND_BEFORE = re.compile(rf"\b{PRODUCT_NOUN},? (?:named|called|dubbed|known as) (?:the )?[\"“]?$")

_KIND_AFTER = re.compile(rf"^\s+(?:AI\s+)?{PRODUCT_NOUN}\b")

# "began mass production of its AI chip Y": the kind right before the name, after "its" (chips, models and vehicles
# only: "its e-commerce platform Y", "its app Y" often name a business of its own, typed a company elsewhere)
_MADE_KIND = r"(?:(?:large )?(?:language |reasoning |foundation |multimodal |AI |open[- ]source |electric |"
_MADE_KIND += r"self-driving )*(?:models?|LLMs?|chips?|processors?|GPUs?|accelerators?|robots?|humanoids?|SUVs?|"
_MADE_KIND += r"sedans?|cars?|EVs?))"
_ITS_KIND = re.compile(
    rf"\b(?P<its>[Ii]ts|[Tt]heir)\s+(?:(?:own|new|latest|flagship|first|proprietary)\s+)*{_MADE_KIND}\s+$"
)

_ITS_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?!(?:the|an?)\b)[\w-]+\s+){0,3}$")  # not "its clients the Y"

_APPOSITIVE_KIND = re.compile(rf"^,\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){{0,4}}?{PRODUCT_NOUN}\b", re.IGNORECASE)


# --- products ---------------------------------------------------------------------------------------------
def named_products(view: SentenceView) -> None:
    """ "X launched its Kimi chatbot", "X's Doubao model", "its ERNIE 4.0 model", "launched Y, a ... model",
    "X's app Y", "a processor named Y", "X's Spark v3.5" (a model-shaped name owned by an organisation)."""
    for m in view.mentions:
        if m.possessive or view.is_person(m):
            continue  # a name shaped like a person's ("Tongyi Qianwen") may still be a product when its kind follows
        after = view.text[m.end :]
        if A_UNIT_AFTER.match(after) or investment_vehicle(view, m):
            continue  # "its Lumina self-driving car chip unit": a part of the company; "through its X vehicle": a fund
        # "its Ernie LLM": the kind may close the name itself
        kind_after = _KIND_AFTER.match(after) or _APPOSITIVE_KIND.match(after) or _kind_closing(m.text)
        kind_before = None if kind_after else _KIND_BEFORE.search(view.text[: m.start])
        its_kind = _ITS_KIND.search(view.text, 0, m.start) if not (kind_after or kind_before) else None
        owner = _possessive_owner(view, m)
        if kind_after:
            head_end, end = m.start, m.end + (kind_after.end() if kind_after.string is after else 0)
        elif kind_before:
            head_end, end = kind_before.start(), m.end  # "a processor named Y": the verb stands before the kind
        elif its_kind:
            head_end, end = its_kind.end("its") + 1, m.end  # "its AI chip Y", "its e-commerce platform Y"
        elif owner is not None and (
            looks_like_model(m.text) or _NOUN_BETWEEN.search(view.text[owner.end : m.start]) or _known_product(view, m)
        ):
            head_end, end = m.start, m.end  # "Huawei's Kirin 990", "Tencent's app Yuanbao", "OpenAI's ChatGPT" (known)
        else:
            continue
        if view.b.find(m.text, _ORG) is not None or NOT_A_PRODUCT_NAME.fullmatch(m.text) or not product_ok(view, m):
            continue
        owned = owner is not None or _ITS_BEFORE.search(view.text, 0, m.start) is not None
        if in_other_hands(view, m, owned=owned):
            continue  # "X's Y chatbot, licensed from Z", "launched the Y, a Z-made phone": Z's
            # "launched the Y phone on its network": a carrier or a shop sells Y, it did not make it
        developer, launched = (view.resolve(owner, _ORG), False) if owner is not None else _developer(view, m, head_end)
        if owner is None and prefix_maker(view, m.text) is not None:
            developer, launched = named_maker(view, m.text), False  # "the company makes the Velt 001": Velt's
        if not maker_ok(view, developer):
            continue
        product = view.resolve(m, EntityKind.PRODUCT)
        if product is None or (owner is not None and developer_of(view, product) not in (None, developer)):
            continue  # "Tesla's AI6 ... moving to Samsung's AI6": the maker named first made it; the owner builds it
        # "will use X's platform Y": the possessive takes X's authorship as given, whatever the clause plans
        # the readings apart, so each is calibrated on its own: "X launched its Y model" (a verb of making names the
        # maker), "X's Y model" (an owner), else "its Y chatbot" with no such verb
        reading = "launched" if launched else "possessive_products" if owner is not None else "named_products"
        span = _reading(view.span(clause_start(view.text, m.start), end), reading)
        view.b.relate(RelationType.DEVELOPED, developer, product, span, presupposed=owner is not None)


# "launched its first chatbot in China, Kimi,", "the start-up's two apps, Talkie and Xing Ye": names after the kind
_KIND_THEN_NAMES = re.compile(
    rf"(?:{_LAUNCH.pattern}|\b(?P<owner>[Ii]ts|[Tt]heir"
    r"|[Tt]he (?:company|firm|start-?up|startup|group)['’]s"
    r"|(?P<named>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s)\s+)"  # "X's newly developed AI model, Y"
    rf"(?:(?:two|three|four|several|(?!(?:head|chief|boss)\b)[a-z-]+|\([A-Z]{{2,5}}\)),?\s+){{0,5}}?{PRODUCT_NOUN}"
    # "..., Kimi", "a new phone, the Y", "a robot dog called Y", "products like A, B and C", "its video game console
    # Y" (the name right after its kind; not after a platform or an app, often a business the text also calls one)
    r"(?:(?:\s+(?:in|for)\s+[A-Z][\w-]*)?,\s+(?P<the>the\s+)?|\s+(?:like|such as|including)\s+"
    r"|(?P<called>(?:,\s+an?\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?\s+(?:called|named|dubbed)\s+(?:the\s+)?)"
    r"|(?<!platform)(?<!platforms)(?<!app)(?<!apps)(?<!application)(?<!applications)\s+)(?=[A-Z])"
)


def products_named_after_their_kind(view: SentenceView) -> None:
    """ "X launched its first chatbot in China, Kimi, ...", "The start-up's two apps, Talkie and Xing Ye, ...":
    the names listed right after the kind are products of the clause's subject (or of the text's company)."""
    for m in _KIND_THEN_NAMES.finditer(view.text):
        first = view.mention_at(m.end())
        if first is None:
            continue
        named = view.mention_at(m.start("named")) if m.group("named") else None
        owner = m.group("owner")
        if named is not None:
            developer = None if view.is_person(named) else view.resolve(named, _ORG)
        elif owner is not None and owner.lower() in ("its", "their"):
            if OBJECT_THEN_ITS.search(view.text, 0, m.start("owner")):
                continue  # "X accused Y of ... through its platform, Z": whose, the sentence does not say
            developer = its_owner(view, m.start("owner"), m.start())  # "X and its robot Y"
        else:
            developer = view.doc.topic if owner else view.subject_ref(m.start())
        for product_m in view.name_list(first.start):
            if _MADE_ELSEWHERE.search(product_m.text):
                continue  # "an AI model, the Quorra-built Y": another company made it
            if (m.group("the") or m.group("called")) and not _named_here(view, developer, product_m):
                continue  # "The company released a robot called Y": which company, only the sentence may say
            if not view.is_person(product_m) and view.b.find(product_m.text, _ORG) is None:
                _developed(view, developer, product_m, m.start(), product_m.end, "kind_then_names")


_MADE_ELSEWHERE = re.compile(r"\w-(?:built|made|designed|developed|owned|backed)\b")


def _named_here(view: SentenceView, developer: str | None, product_m: Mention) -> bool:
    """Whether the sentence names the developer before the product, or the product's name opens with it."""
    name = view.b.record(developer).name if developer is not None else None
    named = (view.b.find(m.text, _ORG) for m in view.mentions if m.end <= product_m.start)
    return name is not None and (product_m.text.startswith(name) or any(r and r.ref == developer for r in named))


_COMMON_NOUN_ZIPF = 2.5  # "sportswear" 2.9, "cosmetics" 3.7; a coined product name ("Velbot") is no English word
# "ChatGPT creator OpenAI", "X, the developer of the AI application Manus", "the maker of the Claude AI chatbot"
_CREATOR_OF_NAME = re.compile(r"^\s+(?:creator|maker|developer|designer)\s+(?=[A-Z])")  # an owner may own a brand

_DEVELOPER_OF = re.compile(
    r"\b(?:the |its )?(?:developer|maker|creator|designer)s? of (?:the )?(?:popular |hit |AI )?"
    r"(?:[a-z-]+ ){0,3}(?=[A-Z])"
    # "X, the Seoul start-up behind the open-weight Y family": the firm behind a product made it
    r"|\b(?:the |a )(?:[A-Z][\w-]* |[a-z-]+ ){0,2}(?:start-?up|company|firm|lab|developer|maker) behind "
    r"(?:the )?(?:[a-z-]+ ){0,3}(?=[A-Z])"
)


# "The Rebel-Quad is the second-generation product from Rebellions", "Y is a new AI chip from X"
_PRODUCT_FROM = re.compile(
    rf"^\s+(?:is|was)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}?(?:product|{MADE_PRODUCT_NOUN})s?\s+(?:from|by)\s+(?=[A-Z])"
)


# a word between a name and its kind, not one that opens another phrase ("Y and a chip designed by X": not Y's)
_NOT_AND = r"(?:(?!(?:and|or|but|while|with|plus|as)\b)[\w-]+\s+)"
# "Y, a chip developed by X", "the Y model built by X", "Y language models from X": the maker after the kind
_MADE_BY = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?(?:,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,4}}?{PRODUCT_NOUN}|\s+{_NOT_AND}{{0,2}}?"
    rf"{PRODUCT_NOUN})?,?\s+(?:(?:is|was|were|has been|had been)\s+(?=(?:developed|designed|created)\b))?"  # passive
    rf"(?:developed|built|made|designed|created|produced|released)\s+by\s+{MAKER_DESCRIBED}(?=[A-Z])"
    # "Y language models from X", not "Y service hosts models from X" (a verb between: the models are X's, not Y)
    rf"|\s+(?:(?![a-z-]*(?:s|ed)\s)[a-z-]+\s+){{0,2}}(?:models?|LLMs?)\s+from\s+(?=[A-Z])"
)
# "graphics processing units built by X - including the A100, as well as the H100 and H200 chips"
_MADE_BY_INCLUDING = re.compile(
    r"\b(?:built|made|developed|designed|produced)\s+by\s+(?P<org>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})"
    r"\s*(?:[—–,-]\s*)?(?:including|such as|like)\s+(?:the\s+)?(?=[A-Z])"
)

# "the third-largest phone maker behind X", "lags behind X": a rank or a verb before "behind" names a rival, no maker
_BEHIND_A_MAKER = re.compile(
    r"\b(?:start-?ups?|company|companies|firms?|labs?|team|group|developers?|makers?|outfits?|brains|people|minds|"
    r"creators?|engineers?|researchers?)\s+$"
)
_RANKED = re.compile(r"\b(?:[a-z]+est|second|third|fourth|fifth|No\.|number|top|leading|biggest|largest)\b")


def made_behind(head: str) -> bool:
    """Whether "behind" after `head` names the maker of what follows ("the start-up behind Y"), not a rank."""
    return _BEHIND_A_MAKER.search(head) is not None and _RANKED.search(head[-40:]) is None


_AS_WELL_AS = re.compile(r"(?:,\s+which\s[^,;]{0,80})?,?\s+as well as\s+(?:the\s+)?(?=[A-Z])")


def _opening_common_noun(view: SentenceView, m: Mention) -> bool:
    return (
        m.start == view.label_end()
        and re.fullmatch(r"[A-Z][a-z]+", m.text) is not None
        and zipf_frequency(m.text.lower(), "en") >= _COMMON_NOUN_ZIPF
    )


def creators(view: SentenceView) -> None:
    """Products named with their maker: "ChatGPT creator OpenAI", "X, the developer of the AI app Manus", "X is the
    second-generation product from Y", "Y, a chip developed by X", "chips built by X, including A and B"."""
    for m in view.mentions:
        made = _PRODUCT_FROM.match(view.text[m.end :])
        maker_m = view.mention_at(m.end + made.end()) if made else None
        if maker_m is not None and not view.is_person(maker_m) and not looks_like_person(maker_m.text):
            _developed(view, view.resolve(maker_m, _ORG), m, m.start, maker_m.end, "made_by")
        creator = _CREATOR_OF_NAME.match(view.text[m.end :]) or _MADE_BY.match(view.text, m.end)
        if creator is not None and creator.re is _CREATOR_OF_NAME and _opening_common_noun(view, m):
            continue  # "Sportswear maker X rose": a line of goods, capitalised only as the sentence's first word
        org_m = view.mention_at(creator.end() + (m.end if creator.re is _CREATOR_OF_NAME else 0)) if creator else None
        if (
            creator is not None
            and org_m is not None
            and not view.is_person(org_m)
            and not looks_like_person(org_m.text)
        ):
            reading = "creator" if creator.re is _CREATOR_OF_NAME else "made_by"  # "Y creator X", "Y, built by X"
            _developed(view, view.resolve(org_m, _ORG), m, m.start, org_m.end, reading)
    for found in _MADE_BY_INCLUDING.finditer(view.text):  # "GPUs built by X, including the A100 and H200"
        org_m = view.mention_at(found.start("org"))
        listed = view.name_list(found.end()) if org_m is not None and not view.is_person(org_m) else []
        more = _AS_WELL_AS.match(view.text, listed[-1].end) if listed else None
        listed += view.name_list(more.end()) if more is not None else []  # "A, which ..., as well as B and C"
        for named in listed:
            if looks_like_model(named.text):
                _developed(view, view.resolve(org_m, _ORG), named, found.start(), named.end, "made_by")
    for found in _DEVELOPER_OF.finditer(view.text):
        product_m = view.mention_at(found.end())
        behind = found.group().rfind(" behind ")
        if behind >= 0 and not made_behind(view.text[: found.start() + behind + 1]):
            continue  # "the third-largest phone maker behind Y": Y ranks above, it is no product
        head = view.text[: found.start()]
        appositive = re.search(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+$", head)
        if product_m is None or view.is_person(product_m):
            continue
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            org = view.resolve(org_m, _ORG) if org_m and not view.is_person(org_m) else None
        elif re.search(r"\b(?:is|was|are|became)\s+$", head):
            org = view.subject_ref(found.start())
        elif re.match(r"\s*(?:The|the)\s+$", head[-6:]) or found.start() == 0:
            org = view.doc.topic  # "The maker of the Claude AI chatbot is in talks": the company the text is about
        else:
            continue
        _developed(view, org, product_m, found.start(), product_m.end, "creator")


# "Developed by X, the Y chip uses ...", "Launched in 2023 by X, Y has 10 million users": the maker opens the sentence
_FRONTED_MADE_BY = re.compile(
    r"^\W*(?:Developed|Built|Designed|Made|Created|Launched|Released|Unveiled|Produced)\s+(?:in\s+\d{4}\s+)?by\s+"
    r"(?=[A-Z])"
)
_FRONTED_PRODUCT = re.compile(r"[^,;]{0,40}?,\s+(?:the\s+|its\s+)?(?=[A-Z])")


def fronted_makers(view: SentenceView) -> None:
    """ "Developed by X, the Y chip ...": X made the product the main clause opens with."""
    made = _FRONTED_MADE_BY.match(view.text, view.label_end())
    if made is None:
        return
    maker_m = view.mention_at(made.end())
    product_at = _FRONTED_PRODUCT.match(view.text, maker_m.end) if maker_m is not None else None
    product_m = view.mention_at(product_at.end()) if product_at is not None else None
    if maker_m is None or product_m is None or view.is_person(maker_m) or looks_like_person(maker_m.text):
        return
    if maker_m.possessive or product_m.possessive:
        return
    if looks_like_model(product_m.text) or _KIND_AFTER.match(view.text[product_m.end :]):  # "the Y chip", "Y-3"
        _developed(view, view.resolve(maker_m, _ORG), product_m, made.start(), product_m.end, "made_by")


def maker_prefixed(view: SentenceView) -> None:
    """ "2,000 Nvidia H800 chips", "a Huawei Ascend 910C": a known organisation's name, then a model-shaped name."""
    for m in view.mentions:
        words = m.text.split()
        for cut in range(min(3, len(words) - 1), 0, -1):  # the longest known name first: "Kestrel Corp Q3"
            maker = known_organisation(view, " ".join(words[:cut]))
            if maker is None:
                continue
            model = " ".join(words[cut:])
            if model[0].isupper() and looks_like_model(model) and not _not_a_product(view, m, model, maker):
                product = view.b.entity(model, EntityKind.PRODUCT, view.span(m.start, m.end))
                if product is not None and developer_of(view, product) in (None, maker):
                    view.b.record(product).add_alias(KIND_TAIL.sub("", m.text))  # "Nvidia H800": both forms are used
                    view.b.relate(RelationType.DEVELOPED, maker, product, view.span(m.start, m.end), presupposed=True)
            break


# "Y, X's cloud service": the product an appositive gives its owner
_OWNER_APPOSITIVE = re.compile(
    r"^,\s+(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+(?:[a-z-]+\s+){0,3}?"
    rf"(?:{PRODUCT_NOUN}|service)\b"
)


def owned_products(view: SentenceView) -> None:
    """ "X's Model Y and Model 3" (a list of products, one model-shaped), "Azure, Microsoft's cloud service"."""
    owned: list[tuple[Mention, Mention, int]] = []  # (owner, product, end of the reading)
    for owner in view.mentions:
        if not owner.possessive or view.is_person(owner) or looks_like_person(owner.text):
            continue
        listed = view.name_list(after_possessive(view.text, owner))
        if len(listed) > 1 and any(looks_like_model(p.text) for p in listed) and _one_line(listed):
            owned += [(owner, p, p.end) for p in listed]
    for product_m in view.mentions:
        found = _OWNER_APPOSITIVE.match(view.text[product_m.end :])
        owner_m = view.mention_at(product_m.end + found.start("owner")) if found else None
        if found and owner_m is not None:
            owned.append((owner_m, product_m, product_m.end + found.end()))
    for owner, product_m, end in owned:
        if view.is_person(owner) or view.b.find(product_m.text, _ORG) is not None or not product_ok(view, product_m):
            continue
        if person_shaped(view, product_m):
            continue  # "A B, X's chief of the cloud service": a person described by the owner's title
        maker = view.resolve(owner, _ORG)
        if not maker_ok(view, maker):
            continue
        product = view.resolve(product_m, EntityKind.PRODUCT)
        span = view.span(min(owner.start, product_m.start), end)
        view.b.relate(RelationType.DEVELOPED, maker, product, span, presupposed=True)


def _kind_closing(name: str) -> re.Match[str] | None:
    """The kind closing a name ("Velt LLM", "QX100 GPU"), not the "AI" of a company's name ("Velt AI")."""
    tail = KIND_TAIL.search(name)
    return None if tail is None or (tail.group().strip() == "AI" and guess_kind(name) == _ORG) else tail


def _one_line(listed: list[Mention]) -> bool:
    """Names of one product line: each model-shaped or sharing its first word with another ("Model Y and Model 3"),
    not "Gemini Flash and DeepSeek R1" (another maker's model after the owner's)."""
    firsts = [p.text.split()[0] for p in listed]
    return all(looks_like_model(p.text) or firsts.count(first) > 1 for p, first in zip(listed, firsts, strict=True))


def _reading(span: Span, reading: str) -> Span:
    """The span named by its reading (`makers.made_by.DEVELOPED`), so each reading is calibrated on its own."""
    return span.model_copy(update={"rule": f"makers.{reading}.DEVELOPED"})


def _developed(view: SentenceView, org: str | None, product_m: Mention, start: int, end: int, reading: str) -> None:
    """`reading`: "made_by" ("Y, developed by X", "Developed by X, Y ..."), "creator" ("Y creator X", "X, the maker
    of Y"), "kind_then_names" ("its two apps, A and B")."""
    if not maker_ok(view, org) or not product_ok(view, product_m):
        return
    product = view.resolve(product_m, EntityKind.PRODUCT)
    if product is not None and developer_of(view, product) not in (None, org):
        return  # "Y's Galbot G1 ... X's robots, G1": the name resolved to another maker's product
    span = _reading(view.span(start, end), reading)  # "Y maker X" takes the authorship as given, whatever is planned
    view.b.relate(RelationType.DEVELOPED, org, product, span, presupposed=reading == "creator")


def _not_a_product(view: SentenceView, m: Mention, model: str, maker: str) -> bool:
    """ "Benchmark NSE Nifty50", "Velt AG VELT 0.17", "Hong Kong Chapter 18C": what follows a known name is no model."""
    return (
        bool(NOT_A_PRODUCT_NAME.fullmatch(model))
        or not_a_product_name(model)
        or not maker_ok(view, maker)
        or not (product_ok(view, Mention(model, m.end - len(model), m.end)))
        or _OWNERS_EXAMPLES.search(view.text, 0, m.start) is not None  # "X's chips such as the Velt V9": X's
    )


_OWNERS_EXAMPLES = re.compile(r"\w['’]s?\s+(?:[\w-]+\s+){0,6}?(?:such as|like|including)\s+(?:the\s+)?$")


def _known_product(view: SentenceView, m: Mention) -> bool:
    """A name the graph (or this text, with a kind noun) already knows as a product."""
    known = view.b.gazetteer.lookup(m.text)
    return view.b.find(m.text, EntityKind.PRODUCT) is not None or (known is not None and known[1] == EntityKind.PRODUCT)


def _possessive_owner(view: SentenceView, m: Mention) -> Mention | None:
    """ "X's Y", "X's app Y", "X's flagship Y": the organisation owning the name."""
    for owner in reversed(view.mentions):
        if owner.end > m.start:
            continue
        gap = view.text[owner.end : m.start]
        # "X's chips power the Y": an article opens another phrase (not after "of": "X's version of the Y")
        article = r"(?:(?<=\bof\s)|(?!(?:the|an?|its|their)\b))"
        owned = rf"['’]s?\s+(?:(?:{NOT_A_VERB}{article}[a-z-]+|{PRODUCT_NOUN})\s+){{0,4}}"
        if owner.possessive and re.fullmatch(owned, gap):
            return None if looks_like_person(owner.text) or view.is_person(owner) else owner
        return None
    return None


def _developer(view: SentenceView, m: Mention, head_end: int) -> tuple[str | None, bool]:
    """The maker of a product named after a launch verb ("X launched its Y chatbot") or "its", and whether a verb of
    making led to the name."""
    head = view.text[:head_end]
    launch = None
    for found in _LAUNCH.finditer(head):
        if found.end() == len(head):
            launch = found
    if launch is not None and launch.group().startswith("behind") and not made_behind(head[: launch.start()]):
        launch = None  # "X lags behind Y": a rank, no maker
    its = re.search(r"\b(?:its|their)\s+(?:(?!(?:the|an?)\b)[\w-]+\s+){0,3}$", head)
    if launch is None and its is None:
        return None, False
    verb = launch.start() if launch else its.start() if its else m.start
    if its is not None and launch is None and OBJECT_THEN_ITS.search(view.text, 0, its.start()):
        return None, False  # "X sued Y, alleging its Z copied ...": "its" may be Y's as well as X's
    launched = launch is not None and _RELEASED.match(launch.group()) is not None
    decided, owner = fronted_owner(view, verb) if launch is None else (False, None)
    if not decided:
        decided, owner = its_subject(view, verb, relative=its is not None and launch is None)
    if not decided and launch is None:
        decided, owner = named_before_its(view, verb)  # "A launched Y and B showed its Z": B's
    if decided:
        return owner, launched
    subject = (named_before_verb(view, launch.start()) if launch else None) or view.subject_ref(verb)
    return (subject, launched) if subject is not None else (view.doc.topic if its else None, False)


# the verbs of a release or of its own development ("makes", "builds", "operates", "sells" may be a contract
# manufacturer's, an operator's or a seller's)
_RELEASED = re.compile(
    r"(?:launch|releas|unveil|introduc|rolled out|debut|open-sourc|announc|showcas|develop)", re.IGNORECASE
)
