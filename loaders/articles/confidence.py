"""How sure the reader is of a statement: the rule that produced it and the modality of its clause.

Every statement the extractor drafts is stamped with the rule that made it (`family.function`, found from the
call stack so no pattern has to name itself) and a confidence: the rule's measured precision on the real-text
development split (`benchmarks/extraction_quality.py --calibrate`). A clause that only plans, expects or denies
something yields no fact: a relation there is dropped, an event is kept with `modality` and a low confidence.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from loaders.articles.calibration import INFERRED_FACTOR, RULE_PRECISION, TYPE_PRECISION

# A rule that states something never measured starts here.
DEFAULT = 0.8
# Below this the extractor says nothing: a false statement in the graph is worse than a missing one.
MIN_CONFIDENCE = 0.6
PLANNED_CONFIDENCE = 0.4

_PATTERNS_PACKAGE = "loaders.articles.patterns."

_PLAN = re.compile(
    r"\b(?:plans?|planning|planned|intends?|intending|aims?|aiming|seeks?|seeking|hopes?|wants?|looks?|looking|"
    r"prepares?|preparing|considers?|considering|mulls?|mulling|explores?|exploring|"
    # "had considered investing in X", "weighed a stake in X": thought about, not done
    r"(?:considered|weighed|mulled|explored|contemplated)(?= (?:[a-z]+ing|an?|whether)\b)|"
    r"is set|are set|(?:is|are|was|were) (?:expected|poised|likely|slated|scheduled|tipped|rumou?red)|"
    # "is due to list in May" plans; "was due to widening losses" gives a cause
    r"(?:is|are|was|were) due(?! to (?!(?:list|debut|launch|start|begin|open|close|complete|report|release|announce"
    r"|be|take|go|hold|receive|pay|issue|sign|float)\b))|"
    r"expects?|would|could|(?-i:may)|might|will|shall|proposed|potential|possible|prospective|planned|upcoming|"
    r"in (?:(?:advanced|early|late|final|preliminary|exclusive|ongoing|active)\s+)?(?:talks|discussions|negotiations)|"
    r"negotiating|talks to|(?:stages?|rounds?) of talks|"
    r"(?:final|late|early|advanced) stages? of|"
    r"no plans?|not yet|has yet|ahead of (?:its|a|an|the)|"
    r"has filed|have filed|filed (?:for|to)|files for|applied (?:for|to)|"
    r"submitted (?:a |an |its )?(?:prospectus|application)|"
    r"if|unless|whether|(?<![A-Za-z,] )(?:reports|rumou?rs|speculation) that)\b",  # "Reports that X raised $5m are"
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|never|"
    r"rejected|refuted|dismissed|called off|scrapped|abandoned|withdr[ae]w|terminated|"
    r"declined to (?!comment)|refused to|pulled out|walked away|backed out|balked)\b",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;]*,")
# "The duo's vision—to build a chip that could rival X—was carried on by ...": an aside between dashes
_DASH_ASIDE = re.compile(r"—[^—;.]{1,160}—|\s–\s[^–;.]{1,160}\s–\s")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A quote that opened in an earlier sentence closes in this one ("... will broaden the impact,” X analysts said"):
# what comes before its closing mark is still what someone said
_QUOTE_CLOSED_HERE = re.compile(r"^[^“\"]*?[,.!?]?[”\"](?=\s|$)")


def caller_rule() -> str:
    """`family.function` of the pattern that is drafting a statement (the first frame inside patterns/)."""
    frame: Any = sys._getframe(3)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(_PATTERNS_PACKAGE):
            return f"{module[len(_PATTERNS_PACKAGE) :]}.{frame.f_code.co_name.lstrip('_')}"
        frame = frame.f_back
    return "extractor"


def blank_relative_clauses(text: str) -> str:
    """The text with ", which/who ... ," clauses and asides between dashes blanked (same length, so offsets
    still hold)."""
    blank = _RELATIVE.sub(lambda r: " " * len(r.group(0)), text)
    return _DASH_ASIDE.sub(lambda r: " " * len(r.group(0)), blank)


def clause_modality(text: str, end: int) -> str | None:
    """'planned' or 'denied' when the clause leading up to `end` hedges what it states, else None."""
    head = _QUOTE_CLOSED_HERE.sub(lambda q: " " * len(q.group(0)), text[: max(0, end)])
    head = _QUOTED.sub(lambda q: " " * len(q.group(0)), head)  # what someone said is no plan of it
    # "X, which is preparing an IPO, raised $80m": the relative clause hedges its own statement, not the main one
    head = blank_relative_clauses(head)
    start = max(head.rfind(";"), head.rfind(". "), head.rfind(" but "), head.rfind(" while "), head.rfind(", where "))
    clause = head[start + 1 :] if start >= 0 else head
    if any(_hedge_word(clause, m) for m in _DENIAL.finditer(clause)):
        return "denied"
    if any(_hedge_word(clause, m) for m in _PLAN.finditer(clause)):
        return "planned"
    return None


def _hedge_word(clause: str, m: re.Match[str]) -> bool:
    """A hedging word, not a capitalised word inside a name ("Honey Hope Honesty Enterprise", "Will Smith")."""
    return not m.group(0)[0].isupper() or not clause[: m.start()].strip()


INFERRED = ".inferred"


def base_rule(rule: str) -> str:
    """The rule without its `.inferred` mark (a party taken from context, such as the text's topic for "it")."""
    return rule.removesuffix(INFERRED)


def rule_confidence(rule: str) -> float:
    """The rule's calibrated precision (for a rule never measured, that of what it states: its last part), lowered
    by INFERRED_FACTOR when a party came from context: such statements measure less precise on the dev split and
    on unread batches."""
    base = base_rule(rule)
    known = RULE_PRECISION.get(base)
    precision = known if known is not None else TYPE_PRECISION.get(base.rsplit(".", 1)[-1], DEFAULT)
    return round(precision * (INFERRED_FACTOR if base != rule else 1.0), 3)
