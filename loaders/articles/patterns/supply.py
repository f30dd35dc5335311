"""Supply frames: "X, a supplier of memory chips to Y", "X makes chips for companies such as A and B",
"X supplies batteries to Y". The supplier SUPPLIES each customer named."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import PRODUCT_NOUN
from loaders.articles.mentions import Mention, guess_kind, looks_like_model
from loaders.articles.patterns.clauses import clause_agents, listed_names, organisations
from loaders.drafts import EventDraft

_ORG = EntityKind.ORGANIZATION

# What may stand before a customer's name: "AI chip giant", "companies such as", "the US carmaker"
_DESCRIPTION = re.compile(r"(?:(?:the|[a-z-]+|AI|US|U\.S\.)\s+){0,4}(?:(?:such as|like|including)\s+)?")

# "X, a major supplier of high-bandwidth memory chips to Y", "a product supplier for Y": the noun names the supplier
_SUPPLIER_NOUN = re.compile(r"\bsuppliers?\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:to|for)\s+", re.IGNORECASE)

# "X supplies batteries to Y", "X makes chips mostly for Y", "X manufactures chips for companies such as A and B"
_SUPPLY_VERB = re.compile(
    r"\b(?:supplies|supplied|supplying|makes|made|manufactures|manufactured|produces|produced|develops|builds|"
    r"ships|shipped|provides|provided)\s+(?:[\w-]+\s+){0,4}?(?:chips?|processors?|GPUs?|memory|HBM\w*|batter(?:y|ies)|"
    r"cells?|modules?|components?|parts?|wafers?|semiconductors?)\s+(?:\w+ly\s+)?(?:to|for)\s+"
)


# "X's AI5 chips—produced by Y—", "X's batteries, made by Y": the maker supplies the owner of the parts
_MADE_BY = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:chips?|processors?|GPUs?|batter(?:y|ies)|cells|modules|wafers)\s*(?:[—–]|,|\s-)\s*"
    r"(?:which (?:are|were)\s+)?(?:produced|made|manufactured|fabricated|built|supplied)\s+by\s+(?:the\s+)?(?=[A-Z])"
)
# "Y, which manufactures chips for A": the supplier is the name the relative clause follows
_WHICH = re.compile(r"(?:,|\s[–—-])\s+(?:which|that)\s+(?:also\s+|mainly\s+|mostly\s+)?$")


# Between customers: a ticker ("A (NASDAQ:A) and B"), "and", a few descriptor words; a clause ("but had not met
# B's requirements") ends the list
_CUSTOMER_GAP = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:(?:and|as well as|plus|&)\s+)?(?:(?:the|an?)\s+)?"
    r"(?:(?!(?:by|from|in|of|to|at|with|but|while|which|who|that|had|has|have|is|was|were|are|not|also)\b)[a-z][\w-]*\s+){0,3}"
)


# What a name before it describes is a use or a market, not a company: "for Internet of Things (IoT) applications"
_USE_NOUN = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:applications?|devices?|products?|markets?|sectors?|industry|uses?|systems)\b"
)


# "launched computers based on the X 3A6000 processor", "servers powered by X's GPUs", "trained on X chips"
_RUNS_ON = re.compile(
    r"\b(?:(?P<based>based on|powered by|built on|built with|equipped with|using|uses|used)|"
    r"running on|runs on|run on|trained on)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:thousands|hundreds|tens)\s+of\s+)?(?:[\d,]+\s+)?(?=[A-Z])"
)
# "X's data centres run on": what runs on chips is the owner's infrastructure, so the owner uses them
_INFRASTRUCTURE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:data cent(?:re|er)s?|servers?|clusters?|supercomputers?|cloud|models?)\b"
)
_CHIP_NOUN = re.compile(
    r"['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:processors?|chips?|CPUs?|GPUs?|accelerators?|SoCs?|semiconductors?)\b"
)


# "it had trained the model with 2,000 X H800 chips", "X trained its models on Y's GPUs"
_TRAINED_WITH = re.compile(
    r"\btrained\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?models?\s+(?:with|on|using)\s+(?:the\s+)?"
    r"(?:(?:about|some|more than|over|nearly)\s+)?(?:[\d,]+\s+|(?:thousands|hundreds|tens)\s+of\s+)?(?=[A-Z])"
)
# "X's reliance on Y's GPU ecosystem", "X's dependence on Y chips"
_RELIANCE_ON = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:reliance|dependence)\s+on\s+(?=[A-Z])")


# "X bought 10,000 Y GPUs", "X uses chips from Y", "X deployed thousands of Y's accelerators", "X relies on chip
# supply from Y": the clause's company runs chips Y makes
_CHIPS_BOUGHT = re.compile(
    r"\b(?:bought|buys|purchased|purchases|deployed|deploys|installed|installs|uses|used|sources|sourced|"
    r"(?:relies|relied|depends|depended)\s+on)\s+(?:(?:about|some|more\s+than|over|nearly|around|roughly|a\s+large\s+"
    r"number\s+of|(?:tens\s+of\s+)?(?:thousands|hundreds)\s+of|[\d,.]+(?:\s+(?:million|units\s+of))?)\s+)*"
    r"(?:(?P<from>(?:[\w-]+\s+){0,2}?(?:chips?|GPUs?|processors?|accelerators?|semiconductors?|chip\s+supply)\s+"
    r"from)\s+)?(?:the\s+)?(?=[A-Z])"
)


def apply(view: SentenceView) -> None:
    chips_bought(view)
    supplier_nouns(view)
    supply_verbs(view)
    made_by(view)
    chips_used(view)
    chips_trained_on(view)
    chips_adopted(view)


# "adoption by A and B validates X's RNGD chip", "X's chips have been adopted by A and B"
_ADOPTION_BY = re.compile(r"\b(?:adoption|deployment)\s+by\s+(?=[A-Z])")
_ADOPTED_BY = re.compile(r"\s+(?:has|have|had)\s+been\s+(?:adopted|deployed)\s+by\s+(?=[A-Z])")
_VALIDATES_CHIP = re.compile(r"\s+(?:validates|validated|confirms|confirmed|shows|showed)\s+(?=[A-Z])")


def chips_adopted(view: SentenceView) -> None:
    """ "Customer adoption by A and B validates X's RNGD chip", "X's chips have been adopted by A and B": X supplies
    A and B."""
    for m in _ADOPTION_BY.finditer(view.text):
        users = [u for u in organisations(view, listed_names(view, m.end())) if not u.possessive]
        verb = _VALIDATES_CHIP.match(view.text, users[-1].end) if users else None
        maker_m = view.mention_at(verb.end()) if verb is not None else None
        if maker_m is not None and maker_m.possessive and _CHIP_NOUN.match(view.text, maker_m.end):
            _adopted_by(view, maker_m, users, m.start())
    for maker_m in view.mentions:
        chips = _CHIP_NOUN.match(view.text, maker_m.end) if maker_m.possessive else None
        adopted = _ADOPTED_BY.match(view.text, chips.end()) if chips is not None else None
        if adopted is not None:
            users = [u for u in organisations(view, listed_names(view, adopted.end())) if not u.possessive]
            _adopted_by(view, maker_m, users, maker_m.start)


def _adopted_by(view: SentenceView, maker_m: Mention, users: list[Mention], start: int) -> None:
    maker = _chip_maker(view, maker_m)
    for user in users:
        ref = view.resolve(user, _ORG)
        if maker is not None and ref is not None and ref != maker and view.b.record(ref).kind == _ORG:
            view.b.relate(
                RelationType.SUPPLIES, maker, ref, view.span(min(start, user.start), max(user.end, maker_m.end))
            )


# "X's accelerators", "Y chips" (not "X's chip unit", "Y's chip business": a business bought, no chips)
_MAKER_CHIPS = re.compile(
    r"['’]?s?\s+(?:[a-z-]+\s+)?(?:processors?|chips?|CPUs?|GPUs?|accelerators?|semiconductors?)\b"
    r"(?!\s+(?:units?|arms?|divisions?|business(?:es)?|operations?|subsidiar(?:y|ies)|plants?|factor(?:y|ies)|"
    r"assets|designers?|makers?|companies|firms?|startups?|start-ups?|venture)\b)"
)
_KIND_TAIL = re.compile(r"\s+(?:GPU|CPU|NPU|TPU|AI|HBM|DRAM|NAND|AI\s+chip)$")


def chips_bought(view: SentenceView) -> None:
    """ "X bought 2,000 Y GPUs", "X uses chips from Y", "X relies on chip supply from Y": Y supplies X (a purchase
    only planned keeps its clause's modality)."""
    for m in _CHIPS_BOUGHT.finditer(view.text):
        named = view.mention_at(m.end())
        if named is None or (m.group("from") is None and not _MAKER_CHIPS.match(view.text, named.end)):
            continue  # "bought 2,000 X GPUs", "X's accelerators" (not "X 910B chips": a model's name may lead it)
        if _ONCE.search(view.text, 0, m.start()) or _STOPPED.search(view.text, 0, m.start()):
            continue  # "X, which once bought chips from Y", "X stopped buying Y chips": no longer Y's customer
        kind = _KIND_TAIL.search(named.text)
        if kind is not None:  # "Arvelo GPU chips": the maker's name without the kind of chip
            named = Mention(named.text[: kind.start()], named.start, named.start + kind.start())
        maker = _chip_maker(view, named) if m.group("from") is None else view.resolve(named, _ORG)
        agents = [a for a in organisations(view, clause_agents(view, m.start())) if not a.possessive]
        if maker is None or len(agents) != 1 or view.is_person(named) or (named.possessive and m.group("from")):
            continue
        if _a_product(view, agents[0]):
            continue  # "The Y X9, launched by Z, uses chips from W": a product uses them, its maker is not named here
        user = view.resolve(agents[0], _ORG)
        if user is not None and user != maker and view.b.record(user).kind == _ORG == view.b.record(maker).kind:
            view.b.relate(RelationType.SUPPLIES, maker, user, view.span(agents[0].start, named.end))


def _a_product(view: SentenceView, m: Mention) -> bool:
    """A name shaped like a model's that the text does not know as a company ("Velt X9"), or one its kind follows."""
    known = view.b.find(m.text)
    shaped = looks_like_model(m.text) and guess_kind(m.text) != _ORG and (known is None or known.kind != _ORG)
    return shaped or re.match(rf"\s+{PRODUCT_NOUN}\b", view.text[m.end :]) is not None


def chips_trained_on(view: SentenceView) -> None:
    """ "It had trained the model with 2,000 X H800 chips" (the clause's company), "Y's reliance on X's GPU
    ecosystem": X supplies Y's chips."""
    found: list[tuple[str | None, Mention, int]] = []
    for m in _TRAINED_WITH.finditer(view.text):
        named = view.mention_at(m.end())
        if named is not None:
            found.append((view.subject_ref(m.start()), named, m.start()))
    for user_m in view.mentions:
        relies = _RELIANCE_ON.match(view.text, user_m.end) if user_m.possessive else None
        named = view.mention_at(relies.end()) if relies is not None else None
        if named is not None and not view.is_person(user_m):
            found.append((view.resolve(user_m, _ORG), named, user_m.start))
    for user, named, start in found:
        maker = _chip_maker(view, named) if _CHIP_NOUN.match(view.text, named.end) else None
        if user is None or maker is None or user == maker or view.b.record(user).kind != _ORG:
            continue
        view.b.relate(RelationType.SUPPLIES, maker, user, view.span(start, named.end))


def chips_used(view: SentenceView) -> None:
    """ "Brands including A, B and C have launched computers based on the X 3A6000 processor", "Y's servers run on
    X's GPUs": X supplies the chips to the companies the clause is about."""
    for m in _RUNS_ON.finditer(view.text):
        named = view.mention_at(m.end())
        if named is None or not _CHIP_NOUN.match(view.text, named.end) or _STOPPED.search(view.text, 0, m.start()):
            continue  # "X stopped using Y chips": no longer Y's customer
        maker = _chip_maker(view, named)
        agents = organisations(view, clause_agents(view, m.start()))
        owners = [u for u in agents if u.possessive and _INFRASTRUCTURE.match(view.text, u.end)]
        # "X is trained on Y chips": X may be a model; only an owner's data centres or models say who uses them
        users = [u for u in agents if not u.possessive] if m.group("based") else []
        if maker is None:
            continue
        for user in users + owners:
            if _DESCRIBES_MAKER.match(view.text, user.end):
                continue  # "TV maker Velt has started using X chips": "TV" describes the user, it is none
            if looks_like_model(user.text) and guess_kind(user.text) != _ORG and view.b.find(user.text, _ORG) is None:
                continue  # "The X9 is powered by Y's Z processor": a product, no customer
            if not user.possessive and _KIND_FOLLOWS.match(view.text, user.end):
                continue  # "The Kestrel X sedan, powered by Y's Z chip": a product named with its kind
            ref = view.resolve(user, _ORG)
            if ref is not None and ref != maker and view.b.record(ref).kind == _ORG:
                view.b.relate(RelationType.SUPPLIES, maker, ref, view.span(user.start, named.end))


_ONCE = re.compile(r"\b(?:once|formerly|previously|used\s+to|had\s+long)\s+$")
_STOPPED = re.compile(
    r"\b(?:stop(?:s|ped)?|ceas(?:e|es|ed)|quit|halt(?:s|ed)?|end(?:s|ed)?|phas(?:e|es|ed) out|dropp?(?:ed|s)?|"
    r"abandon(?:s|ed)?|banned from|barred from|no longer|moved away from|switch(?:es|ed)? away from)\s+$"
)
_KIND_FOLLOWS = re.compile(rf"\s+(?:[a-z-]+\s+)?{PRODUCT_NOUN}\b")
_DESCRIBES_MAKER = re.compile(r"\s+(?:[a-z-]+\s+)?makers?\b")


def _chip_maker(view: SentenceView, named: Mention) -> str | None:
    """Who makes the chip named: the company itself ("X's GPUs", "X chips"), or the company whose name leads the
    model's ("the X 3A6000 processor") when the text knows it as one."""
    if view.is_person(named):
        return None
    known = view.b.find(named.text, _ORG)
    direct = re.match(r"\s+(?:AI\s+)?(?:processors?|chips?|CPUs?|GPUs?|accelerators?)\b", view.text[named.end :])
    model = len(named.text.split()) > 1 and re.search(r"\d", named.text.split()[-1]) is not None  # "X Corp T9"
    if named.possessive or known is not None or (direct and not model and guess_kind(named.text) in (None, _ORG)):
        ref = view.resolve(named, _ORG)
        return ref if ref is not None and view.b.record(ref).kind == _ORG else None
    word = named.text.split()[0]
    if len(named.text.split()) < 2:
        return None
    lead = view.b.find(word, _ORG)
    if lead is not None:
        return lead.ref
    known_kind = view.b.gazetteer.lookup(word)  # a company the graph already knows ("X H800 chips")
    if known_kind is not None and known_kind[1] == _ORG:
        return view.b.entity(word, _ORG, view.span(named.start, named.start + len(word)))
    return None


def supplier_nouns(view: SentenceView) -> None:
    """ "Y's supplier" is not read here; "X, a supplier of Z to Y" and "X is a leading supplier to Y" are."""
    for m in _SUPPLIER_NOUN.finditer(view.text):
        supplier = _named_supplier(view, m.start())
        _supplies(view, supplier, _customers(view, m.end()), m)


def supply_verbs(view: SentenceView) -> None:
    for m in _SUPPLY_VERB.finditer(view.text):
        which = _WHICH.search(view.text, 0, m.start())
        if which is not None:  # "the purchase of X for Y, which manufactures chips for A": Y makes them
            named = view.mention_before(which.start() + 1, limit=1)
            agents = organisations(view, [named]) if named is not None and not named.possessive else []
        else:
            agents = organisations(view, clause_agents(view, m.start()))
        _supplies(view, agents[0] if len(agents) == 1 else None, _customers(view, m.end()), m)


def made_by(view: SentenceView) -> None:
    """ "X's AI5 chips—produced by Y—are expected to ...": Y supplies X (the making is given, whatever the plan
    about the chips)."""
    for owner in view.mentions:
        found = _MADE_BY.match(view.text, owner.end) if owner.possessive else None
        maker = view.mention_at(found.end()) if found is not None else None
        if maker is None or view.is_person(owner) or view.is_person(maker) or maker.possessive:
            continue
        view.b.relate(
            RelationType.SUPPLIES,
            view.resolve(maker, _ORG),
            view.resolve(owner, _ORG),
            view.span(owner.start, maker.end),
            presupposed=True,
        )


def _customers(view: SentenceView, pos: int) -> list[Mention]:
    """The names listed after "to"/"for", past a description of them ("AI chip giant Y", "companies such as A")."""
    described = _DESCRIPTION.match(view.text, pos)
    first = view.mention_at(described.end()) if described else None
    return listed_names(view, first.start, _CUSTOMER_GAP) if first is not None else []


def _named_supplier(view: SentenceView, noun: int) -> Mention | None:
    """The supplier the noun describes: the name its appositive follows ("X, a supplier") or the clause's
    subject ("X is a leading supplier")."""
    start = clause_start(view.text, noun)
    head = view.text[start:noun]
    appositive = re.search(r",\s+(?:an?|the|its|one of the)\s+(?:[\w-]+\s+){0,5}$", head)
    if appositive is not None:
        return view.mention_before(start + appositive.start() + 1, limit=2)  # the name before the comma
    if re.search(r"\b(?:is|was|became|remains|as)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}$", head):
        agents = organisations(view, clause_agents(view, noun))
        return agents[0] if len(agents) == 1 and not _SOURCE.search(view.text, 0, agents[0].start) else None
    return None


# "The report by X reads: ... its standing as a supplier to Y": the author of a report is no party to what it says
_SOURCE = re.compile(
    r"\b(?:reports?|stud(?:y|ies)|surveys?|notes?|analys[ie]s|research|data|forecasts?)\s+(?:by|from)\s+(?:the\s+)?$"
    r"|\b(?:[Aa]ccording|[Aa]ttributed)\s+to\s+(?:the\s+)?$"
)


# Goods other than chips named with the supply ("batteries to Y", "a supplier of displays for Y"): a supply contract,
# no chip customer (a supplier of unnamed goods stays one of chips, as read before)
_CHIP_GOODS = re.compile(r"\b(?:chips?|processors?|GPUs?|memory|HBM\w*|semiconductors?|accelerators?|wafers?)\b")
_OTHER_GOODS = re.compile(
    r"\b(?:batter(?:y|ies)|cells?|displays?|screens?|panels?|modules?|components?|parts?|equipment|airbags?|tyres?|"
    r"tires?|glass|lidars?|sensors?|cameras?|lenses|software|services?|materials?|steel|motors?|seats?)\b"
)


def _supplies(view: SentenceView, supplier_m: Mention | None, customers: list[Mention], m: re.Match[str]) -> None:
    if supplier_m is None or view.is_person(supplier_m):
        return
    supplier = view.resolve(supplier_m, _ORG)
    goods = view.text[clause_start(view.text, m.start()) : m.end()]
    chips = _CHIP_GOODS.search(goods) is not None or _OTHER_GOODS.search(goods) is None
    for customer_m in organisations(view, customers):
        if _USE_NOUN.match(view.text, customer_m.end):
            continue  # "chips for Internet of Things (IoT) applications": a use, not a customer
        customer = view.resolve(customer_m, _ORG)
        span = view.span(min(supplier_m.start, m.start()), customer_m.end)
        if chips:
            view.b.relate(RelationType.SUPPLIES, supplier, customer, span)
        elif supplier is not None and customer is not None and supplier != customer:
            draft = EventDraft(
                kind=EventKind.CONTRACT,
                subject=supplier,
                summary="supply",
                participants=(customer,),
                properties={"what": "supply"},
                span=span,
            )
            view.b.event(draft, (EventKind.CONTRACT, supplier, customer, "None"))
