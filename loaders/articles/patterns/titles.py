"""Titles and appointments: who works where as what ("A, an analyst at X", "X CEO A", "A, X's chief executive",
"X has named A, formerly of Y, its new president", "A of X said"). A founder's title is a founding."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.geography import COUNTRY_OF_DEMONYM
from loaders.articles.lexicon import ACADEMIC_WORDS, BUSINESS_LINES, FIRM_PART, SPEECH_VERB, TITLE
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import post_not_taken_up
from loaders.articles.personal_names import east_asian_name
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
# a journalist's title: the job is at the outlet named with it ("A, a reporter for X", "X columnist A")
PRESS = r"(?:[a-z-]+ )?(?:reporter|journalist|correspondent|columnist|editor(?:-in-chief)?|writer)"
# titles news gives in appositives beyond the lexicon's: "A, a broker at X", "A, group treasurer of X", "A,
# vice-chairman and co-head of Asia coverage at X"
_MORE_TITLES = r"broker|treasurer|vice-chair(?:man|woman)?|co-head|boss"

# a nationality adjective, capitalised ("Chinese", "South Korean")
_NATIONALITY = "(?-i:" + "|".join(sorted((w.title() for w in COUNTRY_OF_DEMONYM), key=len, reverse=True)) + ")"

# "A, co-founder and chief executive of X" / "A, an analyst at X" / "A, a strategist with X"
_ROLE_OF = re.compile(
    # "said A head of research at X": a quote's speaker and a lower-case title may go without the comma
    # "A, 54, chief executive of X": an age before the title
    # "A – founder and former CEO of X, once ... –": an aside between dashes reads like one between commas
    rf"^(?:,\s+(?:\d{{2}},\s+)?|\s[–—]\s|\s+(?=(?-i:head|chief|director|managing|senior|vice|president|partner)\b))"
    rf"(?!(?:and|is|was|has|had|will|became|becomes|remains)\b)"  # "A, is chairman of X": a verb, no appositive
    # "The former CEO of X, A, resigned as head of Y": a post left, no appositive
    rf"(?!(?:resign|step|quit|retire|left|leave|depart|exit)\w*\b)"
    rf"(?:an? |the |its )?(?:[a-z0-9-]+ ){{0,3}}?(?P<role>{TITLE}|manager|{PRESS}|{_MORE_TITLES})"
    rf"(?: and (?:[a-z-]+ )?(?P<role2>{TITLE}|{_MORE_TITLES}))?"
    r"(?:\s+\((?-i:[a-z][a-z &-]{0,30})\))?"  # "senior VP (research) at X": the title's field in brackets
    # "director of institutional sales at X", "VP for Product and Partnerships at X", "co-head of Asia-Pacific global
    # capital markets at X": a department, then the firm
    r"(?:\s+(?:of|for)(?:\s+(?:[a-z]+|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))(?:\s+(?:and|&))?){1,4}?(?=\s+at\s)"
    # "Executive Vice President Overseas Operations at X": a department named right after the title
    r"|(?:\s+(?-i:[A-Z][a-z]+)){1,3}?(?=\s+at\s))?"
    # "of AI chip startup X": the firm's description before its name ("of the company told Y": a verb, Y is no firm);
    # "of Seoul-based AI chip design firm X": a place's "-based" may open the description, as may a backer's ("of
    # Velmont Capital-backed X": the backer founded nothing)
    rf"\s+(?:at|of|with|for|from)\s+(?:the\s+)?"
    rf"(?:(?-i:[A-Z][\w.]*(?:[- ][A-Z][\w.]*){{0,2}}-(?:based|headquartered|listed|backed|owned))\s+)?"
    # "of Chinese AI firm X", "at South Korean chipmaker X": a nationality opens the description
    rf"(?:{_NATIONALITY}\s+(?=[a-z]|AI\s|EV\s))?"
    rf"(?:(?!{SPEECH_VERB}\b)(?-i:[a-z][\w-]*|AI|EV|[A-Z]{{2,4}}(?=\s+[a-z]))\s+){{0,4}}(?=[A-Z0-9])",
    re.IGNORECASE,
)

# "A, X's chief executive" / "A, X's co-founder and CEO" / "A, Everbright Sun Hung Kai analyst" / "A, an X vice
# president"
_POSSESSIVE_ROLE = re.compile(
    rf"^,\s+(?:an?\s+)?(?P<org>(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,4}}))(?:['’]s?)? "
    rf"(?P<words>(?-i:[a-z-]+ ){{0,2}}?)(?P<role>{TITLE}|boss)"
    # "A, X's founder, CEO and CTO,": the titles listed after the first (the second is read)
    rf"(?:(?: and |, (?=(?:{TITLE})(?:,| and )))(?P<role2>{TITLE}))?\b",
    re.IGNORECASE,
)

# "X CEO A", "X founder A", "X's chief financial officer A", "X (NASDAQ:XX) CEO A", "X Chair A": an organisation,
# a title, a person
_ORG_TITLE_PERSON = re.compile(
    # "Taipei-based X analyst A": the place's compound adjective is no part of the firm's name
    r"(?!Former |Ex-|[A-Z][\w.&]*-[a-z]+ |(?:A|An|The) )(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
    r"(?<!Senior)(?<!Vice)(?<!Executive)(?<!Deputy)(?<!Chief)"
    r"(?:['’]s?)?(?: \([^()]{1,30}\))? "
    r"(?P<former>(?:former|ex-) ?)?(?i:new |interim |acting |senior |lead |deputy |executive |principal )?"
    # "X's mobile business chief, A," (not "X's founder and chief executive, A": the founder's title is read)
    r"(?:(?<=['’]s |s['’] )(?:(?!(?:co-?)?founder)[a-z-]+ ){1,2}(?=(?:chief|head|president|manager|chair\w*)\b))?"
    r"(?P<role>(?i:(?:co-?)?founders?|CEO|chief executive(?: officer)?|chief (?:[A-Za-z]+ ){1,2}?(?:officer|scientist)"
    r"|chairman|chairwoman|chair|president|vice[- ](?:president|chair(?:man|woman)?)|managing director|CTO|CFO|COO"
    r"|analysts?|(?:chief |senior |lead )?(?:[a-z]+ )?(?:economist|strategist)s?|chiefs|chief"
    # "X head of research A", "X's head of venture capital, A,": a department, no state, after "head of"
    r"|head(?: of (?!state\b|government\b)(?-i:[a-z]+(?: [a-z]+)?)(?=,? (?-i:[A-Z])))?"
    r"|spokes(?:man|woman|person)|(?:fund |portfolio |product )?manager|(?:managing |general )?partners?|boss|MD"
    r"|(?:[a-z]+ )?(?:reporter|journalist|correspondent|columnist|editor)"
    # "X executive A", "X researchers A, B and C": staff of X
    r"|executive|(?:researcher|engineer|scientist)s?))"
    r"(?: and (?P<former2>(?:former|ex-) ?)?"
    r"(?P<role2>(?i:CEO|CTO|CFO|COO|chief executive(?: officer)?|chief [a-z]+ officer|chairman|president"
    r"|(?<!former )(?<!ex-)(?<!ex )co-?founder)))?"
    r"(?: \((?:CEO|CFO|CTO|COO)\))?"
    r"(?: led by)?(?:(?<!s),)? (?:(?:Mr|Ms|Mrs|Sir|Dame)\.? )?(?=[A-Z])"  # "X CEO Mr A": A, past the honorific
)
# "X has named A as its new chief executive", "X appointed A as CFO"
# "X has been named Meizu's senior vice president", "A, named X's CEO last week,"
_BEEN_NAMED = re.compile(
    r"(?:\b(?:(?:has|have|had) been|was|were) |(?<=, ))(?:named|appointed|promoted to)\s+(?:as\s+)?"
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:new |interim |acting )?(?P<role>(?:senior |executive )?"
    r"(?:vice president|president|chief [a-z]+ officer|chief executive|chairman|chairwoman|director|head"
    r"|CEO|CFO|CTO|COO))\b"
)
# "head of the X Division": a part of the appointing firm, named by its noun
_ITS_PART = rf"the (?:[A-Z][\w&-]* ){{1,3}}{FIRM_PART}\b"
_NAMED_AS = re.compile(
    r"\b(?:has |have |had )?(?:named|appointed|hired|tapped|promoted)\s+"
    # "appointed Intel data center executive A", "hired Coursera co-founder A"
    r"(?:(?:[A-Z][\w.&-]*\s+)?(?:[a-z-]+\s+){0,3}?(?:executive|veteran|co-founder|founder|engineer|programmer|scientist"
    r"|researcher)\s+)?(?=[A-Z])"
    # the name ("Faisal al-Mansouri": with Arabic particles), then maybe an aside
    r"(?P<person>[A-Z][\w.'’-]*(?: (?:(?:al|el)-|(?:bin|bint|ibn) )?[A-Z][\w.'’-]*){0,3})"
    r"(?:,[^,;]{1,120},|\s[–—][^–—;]{1,120}\s[–—])?"
    r"\s+(?:as\s+)?(?:(?:its|their|the company's|the)\s+)?(?:new\s+)?"
    r"(?P<role>(?i:chief executive(?: officer)?|chief [a-z]+ officer|chief scientist|CEO|CFO|CTO|COO"
    # not "head of its unit" (the unit's head, unless the unit is the firm's part named by its noun)
    rf"|chair(?:man|woman)?|president|head))\b(?!\s+of\s+(?!its\b|their\b|the company['’]s\b|{_ITS_PART}))"
)
# an appointment the sentence then undoes: "named A its CFO, only to see her quit within weeks", "..., but he
# resigned that autumn"
_LEFT_LATER = re.compile(
    r"[^;.]{0,40}?,?\s+(?:only\s+to\s+(?:have|see)\s+(?:him|her|them)\s+|but\s+(?:he|she|they)\s+(?:later\s+)?)"
    r"(?:leave|quit|resign|step\s+down|left|quit|resigned|stepped\s+down)\b"
)
# "A has been named CEO of his artificial intelligence startup X"
_NAMED_ROLE_OF = re.compile(
    r"\b(?:has been|have been|was|were) (?:named|appointed|promoted to|made)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    r"(?P<role>(?i:chief executive(?: officer)?|chief [a-z]+ officer|CEO|CFO|CTO|COO|chair(?:man|woman)?|president))"
    r"\s+of\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:[a-z-]+|AI)\s+){0,4}(?=[A-Z])"
)


def role_appositives(view: SentenceView) -> None:
    """ "A, co-founder and chief executive of X", "A, an analyst at X", "A, X's chief executive", "X CEO A"."""
    for person_m in view.mentions:
        if not looks_like_person(person_m.text):
            continue
        rest = view.text[person_m.end :]
        of = _ROLE_OF.match(rest)
        if of and _NOUN_THEN_WORD.search(of.group(0)):
            of = None  # "CEO of the company told Reuters": the words after "of" end at a verb, not at a name
        if of and post_not_taken_up(rest, 0, of.start("role"), of.end("role")):
            continue  # "A, the incoming chief executive of X": a post A has not taken up yet
        if of:
            org_m = view.mention_at(person_m.end + of.end())
            at_firm = re.search(r"\s(?:at|with)\s+(?:the\s+)?$", of.group(0)) is not None
            unit = named_unit(view, org_m)  # "of X subsidiary Y", "of X owner Y": Y's
            org_m = None if unit is None and org_m is not None and possessed_other(view, org_m) else org_m
            org_m, at_firm = unit or (org_m, at_firm)
            # "A, previously CFO at X", "A, head of sales at X until 2021": a job A has left
            former = _FORMER_WORD.search(of.group(0), 0, of.start("role")) is not None or _ended_after(view, org_m)
            _role(view, person_m, org_m, of.group("role"), of.group("role2"), former=former, at_firm=at_firm)
            continue
        owned = _POSSESSIVE_ROLE.match(rest)
        if owned and owned.group("role").lower() == "investor" and not owned.group("role2"):
            owned = None  # "A, a X investor": A put money into X, no job there
        if owned and post_not_taken_up(rest, 0, owned.start("role"), owned.end()):
            owned = None  # "A, X's incoming CEO", "A, X's chief executive-designate"
        if owned and not _titles_next_person(view, person_m.end + owned.end()):
            org_m = view.mention_at(person_m.end + owned.start("org"))
            former = _FORMER_WORD.search(owned.group("words")) is not None  # "A, X's former CFO"
            former = former or _UNTIL.match(rest, owned.end()) is not None  # "A, X's head of sales until 2021"
            former = former or DEPARTED.match(rest, owned.end()) is not None  # "A, X's CFO, has resigned"
            _role(view, person_m, org_m, owned.group("role"), owned.group("role2"), former=former)
        firm_m = view.firm_of_person(person_m)
        if firm_m is not None:
            _role(view, person_m, firm_m, "", None)  # "Nick Lai of JP Morgan said", "A of the X Institute praised"
    for m in _ORG_TITLE_PERSON.finditer(view.text):
        owner = view.mention_at(m.start("org"))
        named = view.mention_at(m.end())
        if owner is None or named is None or not looks_like_person(named.text):
            continue
        firm_named_like_a_person = looks_like_person(owner.text) and _analysts_firm(view, owner, m.group("role"))
        if looks_like_person(owner.text) and not firm_named_like_a_person:
            continue
        if owner.end != m.end("org"):
            continue  # the title is not right after the whole name
        if post_not_taken_up(view.text, m.end("org"), m.start("role"), m.end("role")):
            continue  # "X's incoming CEO A": not in the post yet
        if m.group("role").endswith("partners") and not _INVESTOR_NAME.search(owner.text):
            continue  # "X partners A and B": a firm's business partners, unless X is an investment firm
        if m.group("role").lower() == "executive" and (
            _HIRED_BEFORE.search(view.text, 0, m.start("org")) or view.text.startswith(",", m.end("role"))
        ):
            continue  # "Y appointed X executive A as CEO": A is leaving X; "a former X executive, B": B is another
        # "Morgan Stanley analysts Charlie Chan and Daniel Yen": every person of the list
        people = view.name_list(named.start) if m.group("role").endswith("s") else [named]
        former = bool(m.group("former") or FORMER_HEAD.search(view.text, 0, m.start("org")))  # "former X CEO A"
        former = former or _FORMER_WORD.search(view.text, m.end("org"), m.start("role")) is not None  # "X's former ..."
        listed = _FORMER_LISTED.search(view.text, 0, m.start("org"))  # "former X and Y CTO A": both before
        former = former or listed is not None
        first = view.mention_at(listed.start("first")) if listed is not None else None
        first = first if first is not None and listed is not None and first.end == listed.end("first") else None
        # "X co-founder and former CEO A": the founding stays, the post is a past one
        role2, founder = m.group("role2"), "founder" in m.group("role").lower()
        role2 = None if m.group("former2") and not founder else role2
        former = former or bool(m.group("former2") and founder)
        for person_m in [p for p in people if looks_like_person(p.text)] or [named]:
            role, left = _singular(m.group("role")), DEPARTED.match(view.text, person_m.end) is not None
            _role(view, person_m, owner, role, role2, former=former or left, at_firm=firm_named_like_a_person)
            if first is not None:
                _role(view, person_m, first, _singular(m.group("role")), None, former=True)
    _named_to_posts(view)
    for m in _NAMED_AS.finditer(view.text):
        named = view.mention_at(m.start("person"))
        employer = view.subject_ref(m.start())
        if named is not None and looks_like_person(named.text) and employer is not None:
            person = view.resolve(named, _PERSON)
            span = view.span(m.start(), m.end())
            left = _LEFT_LATER.match(view.text, m.end()) is not None  # "..., only to have him leave the post"
            properties = {"role": m.group("role"), "former": True if left else None}
            view.b.relate(RelationType.WORKS_AT, person, employer, span, properties=properties)


def _named_to_posts(view: SentenceView) -> None:
    """ "A was named X's CEO", "A has been named CEO of his startup X"."""
    for m in _BEEN_NAMED.finditer(view.text):
        appointed = _appointed_before(view, m.start())
        if appointed is not None:
            _role(view, appointed, view.mention_at(m.start("org")), m.group("role"), None)
    for m in _NAMED_ROLE_OF.finditer(view.text):
        appointed = view.mention_before(m.start(), limit=2)
        if appointed is not None and looks_like_person(appointed.text):
            _role(view, appointed, view.mention_at(m.end()), m.group("role"), None)


def _singular(role: str) -> str:
    """ "analysts" -> "analyst"; "boss" stays."""
    return role if role.endswith("ss") else role.rstrip("s")


def _appointed_before(view: SentenceView, pos: int) -> Mention | None:
    """The person "was named X's CEO" is said of: "A was named", "A, who was named", "A, named"."""
    appointed = view.mention_before(pos, limit=8)
    if appointed is None or not looks_like_person(appointed.text):
        return None
    return appointed if re.fullmatch(r"\s*|,\s+(?:who\s+)?", view.text[appointed.end : pos]) else None


# a hire or a replacement right before "X executive A"
_HIRED_BEFORE = re.compile(
    r"\b(?:appoint(?:ed|s)?|nam(?:ed|es)|hir(?:ed|es)|tapp(?:ed|s)|poach(?:ed|es)|recruit(?:ed|s)|pick(?:ed|s)|"
    r"(?:replaced|succeeded) by|brought in|bringing in|lur(?:ed|es))\s+(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


# analysts, strategists and economists work for firms: "Velt Hollis analyst A" names a brokerage shaped like a person
_ANALYST = re.compile(
    r"(?:[a-z]+ )?(?:analyst|strategist|economist)s?|CEO|chief executive(?: officer)?|managing director|chairman",
    re.IGNORECASE,
)


def _analysts_firm(view: SentenceView, owner: Mention, role: str) -> bool:
    """ "Velt Hollis analysts A and B", "Kestrel Lode managing director A": a name shaped like a person's, then an
    analyst's or a chief's title and a person, is the firm (unless the text knows the name as a person's, or its
    shape is an East Asian name, or a title or a name stands right before it: "CEO A analyst B" is a list of
    people)."""
    if not _ANALYST.fullmatch(role) or east_asian_name(owner.text) or view.b.find(owner.text, _PERSON) is not None:
        return False
    known = view.b.gazetteer.lookup(owner.text)
    before = view.text[max(0, owner.start - 40) : owner.start]
    titled_or_named = re.search(rf"(?:\b(?:{TITLE})|(?-i:[A-Z][\w.-]*))\s+$", before, re.IGNORECASE)
    return (known is None or known[1] != _PERSON) and titled_or_named is None


# "CEO of X's US unit" is at X; "CEO of X's parent", "of X's biggest rival" is not
_UNIT_AFTER_POSSESSIVE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:unit|division|arm|business|subsidiary|lab|laboratory|team|operations?|"
    r"department|institute|cent(?:er|re)|school|academy)\b",
    re.IGNORECASE,
)


def possessed_other(view: SentenceView, org_m: Mention) -> bool:
    """The title is of something the organisation has that is no part of it: "CEO of X's parent"."""
    return org_m.possessive and not _UNIT_AFTER_POSSESSIVE.match(view.text, org_m.end)


# "president of X subsidiary Y", "head of X's chip unit Y": the unit named after its owner is where the person works;
# "founder of X owner Y", "CEO of X's parent Y": the owner named after what it owns is
_UNIT_NAMED_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?(?:subsidiary|unit|division|arm|affiliate|owner|parent(?:\s+company)?)"
    r"\s+(?=[A-Z])"
)


def named_unit(view: SentenceView, org_m: Mention | None) -> tuple[Mention, bool] | None:
    """The unit a title's organisation names right after it, with the frame naming it as a firm (so a name shaped
    like a person's is taken for it: "Velt Engine")."""
    after = _UNIT_NAMED_AFTER.match(view.text, org_m.end) if org_m is not None else None
    if after is None:
        return None
    unit = view.mention_at(after.end())
    return (unit, True) if unit is not None and unit.start == after.end() else None


_FORMER_LISTED = re.compile(r"\b(?:[Ff]ormer|[Ee]x)[- ]?\s*(?P<first>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})\s+and\s+$")
_NOUN_THEN_WORD = re.compile(r"\b(?:company|firm|start-?up|group|business|lab|bank)\s+[a-z][\w-]*\s+$")
_INVESTOR_NAME = re.compile(r"\b(?:Capital|Ventures|Partners|Investments?|Management|Equity|Fund)$")
_FORMER_WORD = re.compile(
    r"\b(?:former|ex-|then-|one-time|onetime|previous|previously|formerly|once|until recently)", re.IGNORECASE
)
# a title's end date after it: "head of sales until 2021", "CFO until last year"
_UNTIL = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+(?:until|till)\s+(?:\d{4}|last|early|late|recently|[A-Z][a-z]+\s+\d{4}"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


# a departure told right after the titled name or its appositive: "X CEO A resigned", "A, X's CFO, has quit", "A, CTO
# of X, announced her resignation" (gold: a former job). Not a post named after it ("stepped down as chairman": that
# post only), nor one announced for later ("will step down", "is stepping down": still there)
DEPARTED = re.compile(
    r"(?:\s+said(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+(?:he|she|they)(?=\s+ha[sd]\s))?"  # "A said on Monday he had quit"
    r",?\s+(?:has\s+|had\s+)?(?:also\s+|now\s+|since\s+|recently\s+)?(?:resigned|stepped down|quit|retired"
    r"|left|departed|exited|announced\s+(?:his|her|their)\s+(?:resignation|departure)"
    r"|lost\s+(?:his|her|their)\s+(?:job|post|position|seat|role))\b"
    # what follows tells when or why, or names the post or the company: not "quit Twitter", "resigned from the board
    # of Y", "retired the product line", "stepped down as chairman"
    r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:on|in|at|last|this|earlier|after|amid|following|over|effective|with|citing|for|due"
    r"|to|and|but|yesterday|today|recently|abruptly|suddenly|immediately|from\s+(?:his|her|their|the)\s+(?:post|role"
    r"|position|job|company|firm)|the\s+(?:company|firm|group|start-?up)"
    r"|(?:[\w-]+\s+){1,2}?(?:years?|months?|weeks?|days?|decades?)\s+ago)\b)"
)


def _ended_after(view: SentenceView, org_m: Mention | None) -> bool:
    return org_m is not None and (
        _UNTIL.match(view.text, org_m.end) is not None
        or DEPARTED.match(view.text, org_m.end) is not None
        or subject_departed(view, org_m.end)
    )


# words that open another clause or report someone else's words: past them, a departure is not the subject's
_NEW_CLAUSE = re.compile(rf"[;:\"“”]|\b(?:{SPEECH_VERB}|that|when|while|after|before|because|but|if|said)\b")


# what may stand before the subject's first name: "Similarly, COO A, ...", "Meanwhile, chief executive A"
_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+ly|Meanwhile|Also|Separately|Elsewhere),\s+)?"
    r"(?:(?:[A-Z]{2,4}|chief [a-z]+ officer|chief executive|chair(?:man|woman)?|president|director|head)\s+)?"
)


def subject_departed(view: SentenceView, pos: int) -> bool:
    """ "A, CTO at X, ..., along with the company's research chief B, resigned on Monday": `pos` lies in the
    sentence's subject, which the departure closes after its appositives (A and B both left)."""
    start = view.label_end()
    first = next((m for m in view.mentions if m.start >= start), None)
    if first is None or first.start > pos or not _SUBJECT_LEAD.fullmatch(view.text, start, first.start):
        return False
    # the subject ends at a comma after an appositive, or at the last name of a list ("A, B and C also left")
    ends = sorted({pos + c.start() for c in re.finditer(r",", view.text[pos:])} | {m.end for m in view.mentions})
    for end in (e for e in ends if e >= pos):
        if _NEW_CLAUSE.search(view.text, first.end, end):
            return False
        if DEPARTED.match(view.text, end):
            return True
    return False


FORMER_HEAD = re.compile(r"\b(?:former|ex)[- ]?\s*$", re.IGNORECASE)


def _titles_next_person(view: SentenceView, end: int) -> bool:
    """ "A, X CEO B and ...": the title after the comma is B's, not A's."""
    named = view.mention_at(end + 1) if view.text[end : end + 1] == " " else None
    # any name right after the title is whom it titles ("A, X chief AI scientist Yann McKee-Lund and ...")
    return named is not None


# "founded by former X research executives including CEO A": a group of people who have left X, then one of them
FORMER_GROUP = re.compile(
    r"\b(?:former|ex-)\s*(?:[\w’'-]+\s+){1,4}(?:including|such as|like|among them)\s+$", re.IGNORECASE
)

# "President of X Cloud and Network Services": the name read stops short of a unit's, which ends in a business line
NAME_GOES_ON = re.compile(
    rf"\s+(?:and|&)\s+(?:[A-Z][\w-]*\s)*(?:[A-Z][\w-]*)?(?i:{'|'.join(sorted(BUSINESS_LINES))})\b"
)


def _role(
    view: SentenceView,
    person_m: Mention,
    org_m: Mention | None,
    role: str,
    role2: str | None,
    former: bool = False,
    at_firm: bool = False,
) -> None:
    """`at_firm`: the frame names the organisation as one ("director of sales at X"), so a name shaped like a
    person's ("Kestrel Kay Hian") is taken for it, even where its place in the sentence would make it a person's
    ("said Kestrel Kay analyst A"), unless the text knows it as a person's."""
    if org_m is None or not_a_party(org_m.text) or NAME_GOES_ON.match(view.text, org_m.end):
        return
    firm_shaped_like_a_person = at_firm and looks_like_person(org_m.text) and view.b.find(org_m.text, _PERSON) is None
    if (view.is_person(org_m) or looks_like_person(org_m.text)) and not firm_shaped_like_a_person:
        return
    person = view.resolve(person_m, _PERSON)
    org = view.resolve(org_m, _ORG, unit_is_owner=True)  # "vice president of X supply chain unit" works at X
    if person is None or org is None:
        return
    roles = [r.lower() for r in (role, role2) if r]
    span = view.span(min(person_m.start, org_m.start), max(person_m.end, org_m.end))
    academic = any(w in ACADEMIC_WORDS for w in org_m.text.lower().split())
    if any("founder" in r for r in roles):
        view.b.relate(RelationType.FOUNDED, person, org, span, presupposed=True)
    titles = [r for r in roles if "founder" not in r]
    if academic and any(r in ("professor", "researcher", "scientist", "fellow") for r in titles):
        view.b.relate(RelationType.AFFILIATED_WITH, person, org, span, properties={"role": titles[0]}, presupposed=True)
    elif titles or not roles or former:  # "X co-founder A has resigned": a job A held there
        properties = {"role": " and ".join(titles or roles) or None, "former": True if former else None}
        view.b.relate(RelationType.WORKS_AT, person, org, span, properties=properties, presupposed=True)


# "The chief executive of X, A, said", "a director of X, A,": the title and its firm first, then the name set off
_TITLE_OF_THEN_NAMED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?P<former>former )?(?P<role>{TITLE}|CEO|CFO|CTO|COO) (?:of|at) (?:the )?(?=[A-Z])"
)


def titles_before_names(view: SentenceView) -> None:
    for m in _TITLE_OF_THEN_NAMED.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or org_m.start != m.end() or org_m.possessive:
            continue
        gap = re.match(r",\s+(?=[A-Z])", view.text[org_m.end :])
        person_m = view.mention_at(org_m.end + gap.end()) if gap else None
        if person_m is None or not looks_like_person(person_m.text) or not view.text.startswith(",", person_m.end):
            continue
        former = m.group("former") is not None or DEPARTED.match(view.text, person_m.end) is not None
        _role(view, person_m, org_m, m.group("role"), None, former=former, at_firm=True)
