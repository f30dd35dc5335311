"""Products and models: who developed what, kind and release month; comparisons; chip supply/deployment."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from graph.dates import PartialDate
from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.geography import COMMON_WORD_ZIPF
from loaders.articles.lexicon import A_UNIT_AFTER, KIND_NOUN
from loaders.articles.mentions import Mention, guess_kind, looks_like_model, looks_like_person
from loaders.articles.patterns.compared_makers import compared_keys, makers_compared
from loaders.articles.patterns.product_checks import (
    in_other_hands,
    its_subject,
    maker_ok,
    named_before_verb,
    named_maker,
    person_shaped,
    prefix_maker,
    product_ok,
)
from loaders.articles.patterns.product_refs import owner_developer, product_kind_of, product_ref, squashed
from loaders.articles.patterns.product_versions import version_releaser
from loaders.articles.patterns.release_dates import release_date

_NOUN = KIND_NOUN
_ORG = EntityKind.ORGANIZATION
# the words between a name and its kind describe it ("its Kimi large language model"); a verb or a function word
# there ("Moonshot have unveiled new models") ends the name's phrase
_NOT_A_MODIFIER = r"(?:have|has|had|is|are|was|were|be|been|will|would|can|could|may|might|and|or|to|of|in|on|for|with|"
_NOT_A_MODIFIER += r"its|their|the|a|an|that|which|who|[a-z]+ed)\s"
_KIND_AFTER = re.compile(rf"^\s+(?:(?:(?!{_NOT_A_MODIFIER})[a-z-]+|AI|[A-Z]{{2,5}})\s+){{0,3}}(?P<noun>{_NOUN})\b")
_APPOSITIVE_KIND = re.compile(
    rf"^,\s+(?:(?:its|the|a|an|their)\s+)(?:[\w-]+\s+){{0,5}}?(?P<noun>{_NOUN})\b(?:\s+(?:built|developed|made) (?:by|with) )?"  # noqa: E501
)
_COMPARED = re.compile(r"\b(?:compared|benchmarked|pitted)\s+(?P<subj>[^,;]{1,40}?)\s+(?:with|against|to)\s+")
_COMPARABLE = re.compile(
    r"\b(?:comparable to|on par with|rival(?:s|ling)?|competitive with|outperform(?:s|ed)?|outpac(?:es|ed)|"
    r"(?:can )?beat(?:s)?|surpass(?:es|ed)?|challenges|winning comparisons with|"
    r"compet(?:es|ing) (?:directly |head-on )?(?:with|against))\s+"  # "the Y3 competes with Z's W2": models
)
_OWNER_WORD = r"\b(?:[Ii]ts|[Tt]heir|[Aa]n?|[Tt]he|[Hh]is|[Hh]er)|\w['’]s?"  # "its rival Y", "Velto's rival Y": a noun
_RIVAL_NOUN_BEFORE = re.compile(rf"(?:{_OWNER_WORD})\s+(?:[a-z-]+\s+){{0,2}}$")
_ITS_PART = re.compile(r"\b(?:with|while|and|whereas)\s+its\s+(?:[a-z-]+\s+)?[a-zA-Z-]+\b")
_BEATS = re.compile(r"(?:can )?beat|outpac|surpass|challenges|compet", re.IGNORECASE)
# "it's better than Y", "60 Elo points better than Y": a model measured against models
_BETTER_THAN = re.compile(
    r"\b(?:\d+\s+[\w-]+\s+points\s+)?(?:better|faster|stronger|smarter|more (?:capable|powerful|accurate))\s+than\s+"
)
# "outperforms leading open source models already on the market, including Y": the models named after the cue
_INCLUDING = re.compile(r"[^.;:]{0,80}?\b(?:including|such as|like)\s+")
# "X, the Chinese rival to US-based Y", "Z of Japan, a direct competitor to Y": two companies compared
_RIVAL_TO = re.compile(
    r"(?:\s+of\s+[A-Z][a-z]+)?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:rival|competitor)\s+(?:to|of)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:[A-Z][\w]*-based\s+)?(?=[A-Z])"
)
_CHIPS_USED = re.compile(
    r"\b(?:used|uses|using|acquired|bought|buys|deployed|deploys|runs on|ran on|trained on|ordered|purchased)\s+"
    r"(?P<qual>(?:reportedly\s+)?(?:about|around|roughly|some|more than|over|nearly)\s+)?(?P<count>\d[\d,]*)\s+"
    r"(?P<supplier>[A-Z][\w-]*(?: [A-Z][\w-]*)?)\s+(?P<chip>[A-Z]?[\w-]*\d[\w-]*)\s+(?P<noun>GPUs|chips|accelerators|processors)\b"  # noqa: E501
)
_BUILT_ON = re.compile(
    r"\bbuilt with (?P<supplier>[A-Z][\w-]*(?: [A-Z][\w-]*)?) on (?P<chip>[A-Z][\w-]*) (?:chips|processors|GPUs)\b"
)
_NOT_PRODUCT_NOUN = re.compile(  # "its Vision 2030 strategy", "A and B versions of its app": no product
    r"(?:\s+\d{4}|\s+and\s+[A-Za-z]+)?\s+(?i:conference|event|summit|forum|expo|festival|unit|division|team|office|campus|headquarters|"
    r"business|fund|foundation|programme|program|award|prize|index|exchange|gauge|market|board|share|stock|strateg(?:y|ie)|"
    r"plan|initiative|campaign|project|policy|policie|roadmap|report|agenda|scheme|incubator|version|edition)s?\b"
)
_VARIANT = re.compile(r"-(?:Base|Instruct|Chat|Preview|Thinking)$")
# a release verb right before the name: "X introduced Y", "X rolls out its Y", "X has debuted the Y"
_RELEASED_BEFORE = re.compile(
    r"(?:released|launched|unveiled|introduced|rolled out|debuted|showcased|presented|open-sourced|release|"
    r"(?<!the )(?<!its )(?<! an )(?<! a )open-source|"  # "based on the open-source Y model": an adjective
    r"releases|launches|unveils|introduces|rolls out|debuts)\s+(?:its\s+|their\s+|the\s+)?$"
)
_THE_FIRMS = re.compile(r"\b[Tt]he (?:company|firm|group|start-?up|maker)['’]s\s+(?:[\w-]+\s+){0,3}$")
# A verb of making (not of selling) before the name in its clause ("has launched its first vehicle, the Y"), no
# preposition, agent or relative clause between ("based on the Y", "created by tuning Y", "the Y, which uses the Z")
_MADE_BEFORE = re.compile(
    r"\b(?:released|launched|unveiled|introduced|rolled out|debuted|open-sourced|presented|showcased|shipped|"
    r"announced|built|developed|created|designed|makes|made|produces|produced|launches|"
    r"releases|unveils|introduces|builds|develops|creates|designs)\s+(?:(?!(?:by|on|for|from|with|based|using|via|into|"
    r"than|like|to|of|in|at|and|or|but|while|which|that|who|whose|where|when|after|as|including|featuring|powered|uses|"
    r"runs)\b)[\w’'-]+,?\s+){0,6}$"
)


def apply(view: SentenceView) -> None:
    """Products the sentence names with their developer (the reading is in _release; the statement is made here, so
    its rule stays `products.apply`), then comparisons and chips."""
    sentence_developer: str | None = None
    earlier = view.doc.last_product  # named in an earlier sentence
    for mention in view.mentions:
        found = _release(view, mention, sentence_developer)
        if found is None:
            continue
        developer, ref, date = found
        sentence_developer = developer
        span = view.clause_span(mention.start, mention.end)
        if _RELEASED_BEFORE.search(view.text, 0, mention.start):  # "X released Y": calibrated apart from the rest
            span = span.model_copy(update={"rule": "products.released.DEVELOPED"})
        view.b.relate(
            RelationType.DEVELOPED,
            developer,
            ref,
            span,
            valid_from=date,
            properties={"released": str(date) if date else None},
        )
    _launched_first(view)
    named_before = view.doc.last_product  # what "it" stands for, before the comparisons name other models
    before = compared_keys(view)
    _comparisons(view, earlier)
    _better_than(view, named_before)
    makers_compared(view, before)
    rival_companies(view)
    _chips(view)


def _release(
    view: SentenceView, mention: Mention, sentence_developer: str | None
) -> tuple[str, str, PartialDate | None] | None:
    """The developer, product and release date a mention names, or None when it names no product release."""
    text, b = view.text, view.b
    after = text[mention.end :]
    if mention.possessive or view.is_person(mention) or A_UNIT_AFTER.match(after):
        return None  # "its Lumina self-driving car chip unit": a part of the company, not a product
    paren = re.match(r"\s*\([^()]{1,60}\)", after)
    skip = paren.end() if paren else 0
    kind_after = _KIND_AFTER.match(after[skip:].lstrip("*"))
    appositive = _APPOSITIVE_KIND.match(after[skip:])
    bold = text[max(0, mention.start - 2) : mention.start] == "**"
    head = text[: mention.start]
    released = _RELEASED_BEFORE.search(head)
    shaped = looks_like_model(mention.text) and guess_kind(mention.text) != EntityKind.ORGANIZATION
    developer = None if in_other_hands(view, mention, owned=True) else owner_developer(view, mention)  # "Y, from Z"
    noun = kind_after.group("noun") if kind_after else appositive.group("noun") if appositive else None
    if noun and re.match(r"^\s+(?:chips?|processors?|GPUs?)\b", after) and not shaped and not developer:
        return None  # "Ascend chips", "Nvidia chips": a family or a supplier, not a product release
    if not (shaped or noun or bold or released):
        return None  # "X's Y" alone says nothing about Y being a product X made
    if guess_kind(mention.text) in (EntityKind.ORGANIZATION, EntityKind.PLACE) and not shaped:
        return None
    if not shaped and re.search(r"\b(?:in|at|from|near|to|of|with|by|than|like)\s+(?:the\s+)?$", head):
        return None  # "its shares in Shenzhen", "a deal with X": a preposition's object, not a product
    known = b.find(mention.text)
    if known is not None and known.kind != EntityKind.PRODUCT:
        return None
    if bold and view.doc.topic and known is not None and known.ref == view.doc.topic:
        return None
    if bold and not (shaped or noun or released or developer):  # noqa: SIM102
        # bold names in a profile: products of the profile's subject unless they name the subject itself
        if re.search(r"(?:brand[^:]*:|called|named|formerly|known as|also)\s*\**$", head[-40:]) and not re.search(
            r"\b(?:clusters?|platform|model)s?,?\s+called\s*\**$", head[-40:]
        ):
            return None
    if _NOT_PRODUCT_NOUN.match(after):
        return None  # "its annual X conference", "its X unit", "the X index": not a product
    if re.search(r"\d[\d,]*\s+$", head):
        return None  # "2,048 Nvidia H800 GPUs": a quantity of a supplier's chips
    variant = _VARIANT.search(mention.text)
    if variant and any(
        r.kind == EntityKind.PRODUCT and squashed(mention.text[: variant.start()]) == squashed(r.name)
        for r in b.entities.values()
    ):
        return None  # a variant ("X-Base", "X-Instruct") of a product already named
    owner = developer
    developer = _release_maker(
        view, mention, owner, sentence_developer, bold=bold, released=released is not None, noun=noun
    )
    if developer is None or (owner is None and known is not None and _made_by_another(view, known.ref, developer)):
        return None  # "X launched its Y phone. Carrier Z launched the Y too": Y is X's (unless "Z's Y")
    if appositive:
        after_appositive = after[skip + appositive.end() :]
        built_by = re.match(r"\s*(?P<org>[A-Z][\w-]*)\s+(?:launched|released|built|developed)", after_appositive)
        if built_by:
            org_m = view.mention_at(mention.end + skip + appositive.end() + built_by.start("org"))
            developer = view.resolve(org_m, EntityKind.ORGANIZATION) or developer
    if not maker_ok(view, developer) or not product_ok(view, mention):
        return None
    date = release_date(view, mention)
    if appositive and date is None:
        rest = after[skip + appositive.end() :]
        launched = re.match(r"\s*(?:[A-Z][\w-]*\s+)?(?:launched|released|unveiled)\b", rest)
        if launched:
            date = view.date_near(mention.end + skip + appositive.end() + launched.end(), after_only=True, window=15)
    ref = product_ref(view, mention, product_kind_of(noun, mention.text), date)
    if ref is None:
        return None
    return developer, ref, date


def _release_maker(
    view: SentenceView,
    mention: Mention,
    owner: str | None,
    sentence_developer: str | None,
    *,
    bold: bool,
    released: bool,
    noun: str | None,
) -> str | None:
    """Who made a released or kind-named product: its owner ("X's Y", "its Y"), the organisation opening its name
    ("the Velt 001 model"), a profile's subject for its bold names, else the clause's subject when a verb of making
    leads to the name ("X has launched its first car, the Y"); a kind alone ("trained on Y, an open model") names
    no maker."""
    if owner is not None and view.b.record(owner).kind == EntityKind.ORGANIZATION:
        return owner
    prefixed = prefix_maker(view, mention.text)
    releaser = version_releaser(view, mention, prefixed, _RELEASED_BEFORE)
    if releaser is not None:
        return releaser  # "Velmont released Kestrel-2.0": Velmont's, whatever the text took Kestrel for
    if prefixed is not None:
        return named_maker(view, mention.text)  # "the Velt X9" is makers.maker_prefixed's reading (product X9)
    if owner is not None:
        return sentence_developer if noun else None
    if bold:
        return view.doc.topic
    if not (released or noun):
        return None
    if _THE_FIRMS.search(view.text, 0, mention.start):
        return view.subject_ref(mention.start) or view.doc.topic  # "used the firm's Y chips": as "its Y chips"
    made = _RELEASED_BEFORE.search(view.text, 0, mention.start) or _MADE_BEFORE.search(
        view.text, clause_start(view.text, mention.start), mention.start
    )
    if made is None or in_other_hands(view, mention):
        return None
    decided, subject = its_subject(view, made.start(), relative=False)  # "..., and the chip giant unveiled Y"
    if decided:
        return subject
    developer = named_before_verb(view, made.start()) or view.subject_ref(mention.start) or view.doc.topic
    if noun and (developer is None or view.b.record(developer).kind != EntityKind.ORGANIZATION):
        return sentence_developer or developer
    return developer


# "Since launching Y in 2022, X has ...", "After releasing its Y model, X ...": the subject after the comma made Y
_LAUNCHED_FIRST = re.compile(
    r"^\W*(?:Since|After|Having)\s+(?:launching|releasing|unveiling|introducing|rolling out|debuting|open-sourcing|"
    r"launched|released|unveiled|introduced|rolled out|debuted|open-sourced)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:(?:new|first|latest|own|flagship)\s+)*(?=[A-Z])"
)


def _launched_first(view: SentenceView) -> None:
    """ "Since launching Y in 2022, X has dominated ...": X, the organisation opening the main clause, made Y (a
    name shaped like a model, given its kind, or a coined word: "After launching Project Z" names no product)."""
    found = _LAUNCHED_FIRST.match(view.text, view.label_end())
    product_m = view.mention_at(found.end()) if found is not None else None
    comma = re.compile(r"[^,;()]{0,40}?,\s+").match(view.text, product_m.end) if product_m is not None else None
    maker_m = view.mention_at(comma.end()) if comma is not None else None
    if found is None or product_m is None or maker_m is None or product_m.possessive or maker_m.possessive:
        return
    coined = zipf_frequency(product_m.text.split()[0].lower(), "en") < COMMON_WORD_ZIPF
    kind = _KIND_AFTER.match(view.text[product_m.end :])
    maker = None if view.is_person(maker_m) or looks_like_person(maker_m.text) else view.resolve(maker_m, _ORG)
    if not (coined or kind or looks_like_model(product_m.text)) or not maker_ok(view, maker):
        return
    if not product_ok(view, product_m) or view.b.find(product_m.text, _ORG):
        return
    ref = product_ref(view, product_m, product_kind_of(kind.group("noun") if kind else None, product_m.text), None)
    span = view.span(found.start(), maker_m.end).model_copy(update={"rule": "products.launched_first.DEVELOPED"})
    view.b.relate(RelationType.DEVELOPED, maker, ref, span)


def _made_by_another(view: SentenceView, product: str, developer: str) -> bool:
    """Whether the text already says another organisation developed `product`."""
    return any(t == RelationType.DEVELOPED and o == product and s != developer for t, s, o, _ in view.b.relations)


def _comparisons(view: SentenceView, earlier: str | None) -> None:
    text, b = view.text, view.b
    for m in _COMPARED.finditer(text):
        subj_m = view.mention_at(m.start("subj"))
        if subj_m is not None and _firm_named(view, subj_m):
            continue  # "analysts compared X Labs with Y": companies compared, no product
        subject = (
            b.entity(subj_m.text, EntityKind.PRODUCT, view.span(subj_m.start, subj_m.end))
            if subj_m
            else _not_compared(view, (view.doc.last_product, earlier), m.end())
        )
        for other in _products_listed(view, m.end()):
            b.relate(RelationType.COMPARED_TO, subject, other, view.span(m.start(), m.end() + 40))
    for m in _COMPARABLE.finditer(text):
        if m.group(0).startswith("rival") and _RIVAL_NOUN_BEFORE.search(text, 0, m.start()):
            continue  # "its smaller rival Y": a company's rival (read in rivals), no product compared
        near = view.mention_before(m.start(), limit=1)  # "A said the Y 7 outperforms ...": the model, not the speaker
        subject_m = near if near and looks_like_model(near.text) else view.subject_mention(m.start())
        if subject_m is not None and _ITS_PART.search(text, subject_m.end, m.start()):
            continue  # "X matches A's Y, with its GPU said to outperform Z": X's part (not Y) beats Z, X unknown
        if subject_m is not None and subject_m.possessive:  # "Velora's Spark v3.5 can beat ...": the product
            owner_end = subject_m.end
            subject_m = next((n for n in view.mentions if 0 < n.start - owner_end <= 4), subject_m)
        if m.group(0).startswith("compet") and not _models_compete(view, subject_m, m.end()):
            continue  # "the firm, competing with X Micro": companies compete (rivals reads them), no models
        beats = _BEATS.match(m.group(0)) is not None  # "X beat estimates", "Y beat Z to market": models only
        if beats and subject_m is not None and not looks_like_model(subject_m.text):
            continue
        # an unknown name is read as a product only when shaped like one: "Quorra Index rivals ..." is no model
        known = b.find(subject_m.text) if subject_m is not None else None  # "X AI said its Y outperformed": not X
        product_like = subject_m is not None and (
            known.kind == EntityKind.PRODUCT if known is not None else looks_like_model(subject_m.text)
        )
        subject = view.resolve(subject_m, EntityKind.PRODUCT) if product_like else None
        if subject is None or b.record(subject).kind != EntityKind.PRODUCT:
            subject = _not_compared(view, (view.doc.last_product, earlier), m.end())  # what "it" stands for
        # "outperforms leading models, including Y" (models only: "rivals such as Y" are companies, read in rivals)
        including = beats or m.group(0).startswith("outperform")
        listed_after = _INCLUDING.match(text, m.end()) if including and not view.mention_after(m.end(), 3) else None
        others = _products_listed(view, listed_after.end() if listed_after else m.end())
        if beats and not all(_model_named(view, o) for o in others):
            continue
        for other in others:
            b.relate(RelationType.COMPARED_TO, subject, other, view.span(m.start(), m.end() + 30))


def _models_compete(view: SentenceView, subject_m: Mention | None, pos: int) -> bool:
    """ "The Y3 competes with Z's W2": a model-shaped subject and model-shaped names after the verb."""
    named = [n for n in view.name_list(pos) if not n.possessive]
    return subject_m is not None and looks_like_model(subject_m.text) and all(looks_like_model(n.text) for n in named)


def _not_compared(view: SentenceView, products: tuple[str | None, str | None], pos: int) -> str | None:
    """The product named last (else the one an earlier sentence named) that the sentence does not name after `pos`
    among those compared ("Q launched X. The system outperformed A's Y and B's Z": X, not Z)."""
    named = {r.ref for r in (view.b.find(m.text) for m in view.mentions if m.start >= pos) if r is not None}
    found = next((p for p in products if p is not None and p not in named), None)
    named_subject = view.subject_mention(pos) if found is not None else None  # "B says its model ...": B's
    subject = view.b.find(named_subject.text) if named_subject is not None else None  # (a look-up registers nothing)
    makers = {r.subject for r in view.b.relations.values() if r.type == RelationType.DEVELOPED and r.object == found}
    return None if named_subject is not None and makers and (subject is None or subject.ref not in makers) else found


def _better_than(view: SentenceView, it: str | None) -> None:
    """ "Y is better than Z", "it is 60 Elo points better than Z": a model named right before the verb (or the
    model "it" stands for) against the models named after "than"."""
    for m in _BETTER_THAN.finditer(view.text):
        head = re.search(
            r"(?:\b(?P<it>it)|(?P<name>\S))(?:['’]s|\s+(?:is|was|are|were|seems|looks)(?:\s+\w+ly)?)\s+$",
            view.text[: m.start()],
        )
        if head is None:
            continue
        if head.group("it"):
            subject = it
        else:
            named = view.mention_before(head.end("name"), limit=0)
            subject = view.resolve(named, EntityKind.PRODUCT) if named and looks_like_model(named.text) else None
        if subject is None or view.b.record(subject).kind != EntityKind.PRODUCT or not _model_named(view, subject):
            continue
        others = _products_listed(view, m.end())
        if others and all(_model_named(view, o) for o in others):
            for other in others:
                view.b.relate(RelationType.COMPARED_TO, subject, other, view.span(m.start(), m.end() + 30))


def _model_named(view: SentenceView, ref: str) -> bool:
    return looks_like_model(view.b.record(ref).name)


def rival_companies(view: SentenceView) -> None:
    """ "Horizon, the Chinese rival to US-based Nvidia": the two companies compete (an organisation-level
    comparison; products are compared in _comparisons)."""
    for mention in view.mentions:
        found = _RIVAL_TO.match(view.text, mention.end)
        other = view.mention_at(found.end()) if found else None
        if found is None or other is None or view.is_person(mention) or view.is_person(other):
            continue
        if other.possessive or _owned_name(view, mention):
            continue  # "X's Y, a rival to Z's W": products compared, not the companies
        org, rival = view.resolve(mention, EntityKind.ORGANIZATION), view.resolve(other, EntityKind.ORGANIZATION)
        view.b.relate(RelationType.COMPARED_TO, org, rival, view.span(mention.start, other.end))


_OWNED_BY_BEFORE = re.compile(r"(?:['’]s?|\b[Ii]ts|\b[Tt]heir)\s+(?:[a-z-]+\s+){0,2}$")


def _owned_name(view: SentenceView, m: Mention) -> bool:
    """Whether an owner's word or name comes right before the name ("X's Y", "its new Y"): a product, no company."""
    return _OWNED_BY_BEFORE.search(view.text, max(0, m.start - 60), m.start) is not None


def _firm_named(view: SentenceView, m: Mention) -> bool:
    """A name shaped like a company's ("X Labs", "Y AI") that the text does not know as a product."""
    return guess_kind(m.text) == EntityKind.ORGANIZATION and view.b.find(m.text, EntityKind.PRODUCT) is None


def _products_listed(view: SentenceView, pos: int) -> list[str]:
    refs: list[str] = []
    owner: Mention | None = None
    for mention in view.name_list(pos):
        if mention.possessive:
            owner = mention
            continue
        known = view.b.find(mention.text)
        if (known is not None and known.kind != EntityKind.PRODUCT) or _firm_named(view, mention):
            continue
        if person_shaped(view, mention):
            continue  # "... outperformed A and B, Ann Lee said": the speaker is no model compared
        ref = product_ref(view, mention, product_kind_of(None, mention.text), None)
        if ref is None:
            continue
        maker = view.resolve(owner, EntityKind.ORGANIZATION) if owner is not None else None
        if owner is not None and maker_ok(view, maker):
            view.b.relate(RelationType.DEVELOPED, maker, ref, view.span(owner.start, mention.end))
        owner = None
        refs.append(ref)
    # possessive lists: "A, B's C and D's E" are split by name_list at the possessive; continue after it
    cursor = pos
    for mention in view.mentions:
        if mention.start < pos or mention.start > pos + 120:
            continue
        if mention.possessive:
            nxt = view.mention_after(mention.end + 2, limit=2)
            if nxt is not None and person_shaped(view, nxt):
                nxt = None  # "X Corp's Brian Kim": a person of the company, no product
            if (nxt and looks_like_model(nxt.text)) or (nxt and view.text[nxt.start : nxt.end] and nxt.start > cursor):
                ref = product_ref(view, nxt, product_kind_of(None, nxt.text), None) if nxt else None
                maker = view.resolve(mention, EntityKind.ORGANIZATION)
                if ref and ref not in refs and nxt is not None and maker_ok(view, maker):
                    view.b.relate(RelationType.DEVELOPED, maker, ref, view.span(mention.start, nxt.end))
                    refs.append(ref)
                cursor = nxt.end if nxt else cursor
        if re.search(r"[;.]|\band reported\b", view.text[pos : mention.start]):
            break
    return refs


def _chips(view: SentenceView) -> None:
    """ "X used 2,000 Y Z9 chips", "built with Y on Z9 chips": Y SUPPLIES X (its chips named)."""
    for m in [*_CHIPS_USED.finditer(view.text), *_BUILT_ON.finditer(view.text)]:
        customer = view.subject_ref(m.start()) or view.doc.topic
        properties: dict[str, object] = {"what": "chips", "chip": m.group("chip")}
        if m.re is _CHIPS_USED:
            if customer and view.b.record(customer).kind != EntityKind.ORGANIZATION:
                customer = view.doc.topic
            qualifier = (m.group("qual") or "").strip() or None
            properties.update(count=int(m.group("count").replace(",", "")), qualifier=qualifier)
        supplier = view.b.entity(
            m.group("supplier"), EntityKind.ORGANIZATION, view.span(m.start("supplier"), m.end("supplier"))
        )
        span = view.span(m.start(), m.end())
        view.b.relate(RelationType.SUPPLIES, supplier, customer, span, properties=properties, qualifier=m.group("chip"))
