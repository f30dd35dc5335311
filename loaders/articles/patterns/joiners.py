"""Hires told as done: "A joined X in 2014", "A has joined rival AI company X", "A, a veteran of Y, joined X",
"A joins X as Asia editor" (headline present). A works at X now. Only the verb's past or present forms: "will
join", "is set to join", "to join" are plans (the clause's modality drops what slips through), and a board, an
investment round or a role that is no job ("joined X as an adviser") is no employment."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.patterns.former_jobs import person_ref
from loaders.articles.records import not_a_party

_ORG = EntityKind.ORGANIZATION
# "joined X", "has joined rival AI company X", "joins X" (not "joined forces", "joined the board of X")
_JOINED = re.compile(
    r"(?<!\bnot )(?<!\bnever )\b(?:joined|joins|rejoined)\s+"
    r"(?:(?:[a-z][\w-]*|(?:AI|EV|US)(?=\s+[a-z]))\s+){0,3}(?=[A-Z])"
)
_ADVERBS = r"(?:(?:has|had|have|also|later|recently|reportedly|then|eventually|subsequently|officially)\s+)*"
# "A joined", "A, who joined", "A, a veteran of Y, joined": the person right before the verb, or before the
# relative clause or the appositive that sits between them
_BEFORE_VERB = re.compile(rf"(?:\s+|,\s+who\s+|,[^,;()]{{1,100}},\s+){_ADVERBS}$")
# a role that is no job: "as an adviser", "as a board member", "as a customer"
_AS_ROLE = (
    r"as\s+(?:an?\s+|its\s+|the\s+)?(?:[a-z-]+\s+)?(?:investor|advis[eo]r|backer|shareholder|partner|board|"
    r"director|member|consultant|customer|client|fellow|observer|intern)\b"
)
# what follows the organisation makes the joining no job: a board, a round, an investment, a list of investors
_NO_JOB_AFTER = re.compile(
    r"['’]|\s*\(|\s+(?:and|or|as well as)\s+(?:[A-Z]|other)|,\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*,?\s+(?:and|as)\b"
    r"|\s+(?:in|on)\s+(?:a|an|the|its|their|his|her|backing|investing|funding|leading|a\s+round)\b"
    rf"|\s+(?:board|council|committee|round|consortium|index|alliance)\b|\s+{_AS_ROLE}"
)
_AS_NO_JOB = re.compile(rf"\b{_AS_ROLE}")
# the same sentence says the person left again: "joined X in 2005 and left in 2010"
_LEFT_AGAIN = re.compile(r"\b(?:left|quit|departed|resigned|stepped down|retired|exited)\b")
# "joined X in 2007", "joined X back in the 1990s": a career's start a profile or a departure story looks back on
_YEARS_AGO = re.compile(
    r"(?:[^,;]{0,6},[^,;]{1,80},)?\s+(?:(?:back\s+)?in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:the\s+)?(?:19|20)\d\d\b"
)
# a programme, a body or a list joined is no employer ("joined the X Fellowship", "joined the X Alliance")
_NO_EMPLOYER = re.compile(
    r"\b(?:Fellowship|Program|Programme|Scholarship|Accelerator|Initiative|Council|Board|Committee|Alliance|"
    r"Coalition|Association|Forum|Index|Club|Party|Army|Navy|Force)s?$"
)


def joined_firm(view: SentenceView) -> None:
    """ "A joined X in 2014", "A, who joined X from Y, said": A works at X (its job at Y is former_jobs')."""
    for m in _JOINED.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None or org.start != m.end() or org.possessive or view.is_person(org) or not_a_party(org.text):
            continue
        if _NO_JOB_AFTER.match(view.text, org.end) or _LEFT_AGAIN.search(view.text, org.end):
            continue
        if _AS_NO_JOB.search(view.text[org.end :].split(",")[0]):
            continue  # "joined X on Monday as a board member": the role named later in the clause is no job
        if _YEARS_AGO.match(view.text, org.end) or _NO_EMPLOYER.search(org.text):
            continue
        if _NARRATED.match(view.text):
            continue  # a step of a career story, which may have moved on since
        person = _joiner(view, m.start())
        ref = view.resolve(org, _ORG)
        if person is None or ref is None or view.b.record(ref).kind != _ORG:
            continue
        view.b.relate(RelationType.WORKS_AT, person, ref, view.span(m.start(), org.end))


# a career told in sequence: "After that, A joined X", "In 2015 A joined X", "Later, A joined X"
_NARRATED = re.compile(
    r"^\W*(?:After (?:that|this|which|[a-z]+ing\b)|Afterwards|Later|Then|Subsequently|Before that|Previously|Earlier"
    r"|In (?:[A-Z][a-z]+ )?(?:19|20)\d\d|From (?:19|20)\d\d)\b"
)


def _joiner(view: SentenceView, pos: int) -> str | None:
    """The person who joined: named right before the verb, or before the relative clause or the appositive between
    them ("A, who joined X", "A, a veteran of Y, joined X")."""
    for m in view.mentions:
        gap = _BEFORE_VERB.fullmatch(view.text, m.end, pos) if m.end <= pos else None
        if gap is not None and not any(m.end < o.start < pos for o in view.mentions if "," not in gap.group(0)):
            return person_ref(view, m)
    return None
