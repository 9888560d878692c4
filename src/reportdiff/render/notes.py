"""What the views say around a comparison's lists: the notes under a list whose title alone would
mislead, and terms as the lists show them (quoted as their report quotes them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import lang
from ..model import Commitment, TermChange
from ..results import CommitmentChange, Comparison

NOT_JUDGED = "allocations, durations, forecasts and scopes"
"""The targets no outcome judges (``TargetCheck.purpose`` other than ``goal``), as every view names them."""

GAPS_NOTE = (
    "A gap is a year no commitment matched the lineage's wordings: on blind labels, about a third "
    "of such years make the promise in other words, and about one join across a gap in four is "
    "another promise worded alike (docs/commitments.md, Lineages)."
)
"""What a lineage's gaps are, printed under them (terminal, HTML): a year its wordings were not
matched in, not a year the promise was dropped (``tests/test_lineage_labels.py``)."""


DROPPED_NOTE = (
    "Not made again in these words, which is not that the promise is gone: in blind samples a third to "
    "three quarters of such lists were promised again in other words (docs/commitments.md, Dropped). "
    "Those most of whose words one sentence of the new plan holds come last, that sentence named: in "
    "blind checks 101 of 111 such were promised again at least in part. Check each in the new report."
)
"""What a dropped commitment is, printed above the list (terminal, Markdown, HTML): no partner
was found, which is not that the promise is gone (``tests/test_status_labels.py``)."""


NEW_NOTE = (
    "Not made the year before in these words, which is not that the promise is new: in a blind sample of "
    "100 such listings a third had been promised the year before in other words and as many again in part "
    "(docs/commitments.md, New). Those most of whose words one sentence of the old plan holds come last, "
    "that sentence named: in blind checks 82 of 88 such had been promised at least in part. Check each in "
    "the old report."
)
"""What a new commitment is, printed above the list (terminal, Markdown, HTML): no partner was found
in the old report, which is not that nothing like it was promised (``tests/test_status_labels.py``)."""


def said_elsewhere_apart(changes: Sequence[CommitmentChange]) -> list[tuple[bool, list[CommitmentChange]]]:
    """New or dropped commitments in two groups, each in order: those the other report's plan does
    not hold most of (listed first), then those one of its sentences holds most of
    (``CommitmentChange.said_elsewhere``: probably made there in other words); empty groups left out."""
    groups: dict[bool, list[CommitmentChange]] = {False: [], True: []}
    for change in changes:
        groups[change.said_elsewhere].append(change)
    return [(elsewhere, items) for elsewhere, items in groups.items() if items]


def said_where(comparison: Comparison, status: str, most: int = 40) -> Callable[[CommitmentChange], Where]:
    """Where a new (``status``) or dropped commitment's words stand in the other report, as the
    lists name it (:data:`Where`: ``2025``, ``p3.s1.2``, ``推进全面深化改革…``): of the sentence named,
    the clause sharing the most two-character pieces with the object, at most ``most`` characters."""
    other = comparison.old if status == "new" else comparison.new
    sentences = {s.id: s for s in other.sentences}
    year = f"{other.metadata.year} " if other.metadata.year else ""

    def named(change: CommitmentChange) -> Where:
        item = change.new if status == "new" else change.old
        sentence = sentences.get(change.nearest)
        if sentence is None or item is None:
            return year, change.nearest, ""
        wanted = _pairs(item.object)
        clause = max(sentence.clauses, key=lambda c: len(wanted & _pairs(c.text))).text
        return year, change.nearest, clause if len(clause) <= most else clause[: most - 1] + "…"

    return named


Where = tuple[str, str, str]
"""The other report's year and a space ("" if it has none), a sentence id and the words of it shown."""


def _pairs(text: str) -> set[str]:
    return {text[k : k + 2] for k in range(len(text) - 1)}


def said_elsewhere_title(comparison: Comparison, status: str) -> str:
    """The title of the group of those one sentence of the other report's plan holds most of
    (``status``: whose list it is, ``new`` or ``dropped``)."""
    side, other = ("old", comparison.old) if status == "new" else ("new", comparison.new)
    plan = f"{other.metadata.year}'s plan" if other.metadata.year else f"the {side} plan"
    return (
        f"Most of its words in one sentence of {plan}, named after each: probably said there in other words"
    )


DROPPED_TERMS_NOTE = (
    "Expressions of the old report the new one does not use in these words, which is not that the idea "
    "is gone: in a blind sample of 450 such listings two thirds were expressions of note, a quarter "
    "ordinary wording and one in twelve a fragment of a longer name (docs/new-terms.md, Dropped)."
)
"""What a dropped term is, printed above the list (terminal, Markdown, HTML): a string the new
report lacks, judged as new terms are not (``tests/test_dropped_terms.py``)."""


CHANGED_NOTE = (
    "Stronger and weaker compare the two verbs' listed strength, not what is promised: where the objects "
    "are worded apart, blind labels agreed 29 times in 40 (README, Commitments): read each with its "
    "sentences."
)
"""What stronger and weaker say, printed above the changed repeats (terminal, Markdown, HTML): a
reader finds some pair a widened or different promise (``推动学前教育普惠发展`` →
``逐步推行免费学前教育``)."""


def commitment_shown(commitment: Commitment, profile: lang.Profile) -> str:
    """A commitment as the new and dropped lists show it, in every view alike: its words as the
    report has them, without the mark that ends its sentence nor the ordinal of its list
    (``CommitmentRules.ordinals``: ``十一是``)."""
    text = commitment.text.rstrip(profile.sentence_end)
    ordinals = profile.commitments.ordinals if profile.commitments is not None else ()
    opening = max((o for o in ordinals if text.startswith(o) and len(text) > len(o)), key=len, default="")
    return text[len(opening) :]


def term_shown(
    term: TermChange, separator: str, quotes: Sequence[tuple[str, str]] = (), text: str = ""
) -> str:
    """A term as a list shows it: in quotes when the report quotes it, or when it holds the
    list's separator (the language's ``list_separator``: ``“增品种、提品质、创品牌”`` is one
    term, not three).

    >>> term_shown(TermChange("new", "增品种、提品质、创品牌", 1, False, 1.0, ()), "、"), term_shown(
    ...     TermChange("new", "新质生产力", 2, False, 1.0, ()), "、")
    ('“增品种、提品质、创品牌”', '新质生产力')
    >>> law = TermChange("new", "国家公园法", 1, True, 1.0, ())
    >>> term_shown(law, "、", (("“", "”"), ("《", "》")), "制定《国家公园法》")
    '《国家公园法》'
    """
    quoted = term.quoted or (bool(separator) and separator in term.term)
    if not quoted:
        return term.term
    # in the report's own marks where it prints them (《国家公园法》: a title, not a quotation)
    opening, closing = next(((o, c) for o, c in quotes if f"{o}{term.term}{c}" in text), ("“", "”"))
    return f"{opening}{term.term}{closing}"


def shown_terms(comparison: Comparison, status: str) -> list[str]:
    """A comparison's new or dropped terms as its lists show them (:func:`term_shown`), quoted
    as the report that has them quotes them."""
    profile = lang.profile(comparison.new.metadata.language)
    quotes = profile.terms.quotes if profile.terms is not None else ()
    text = (comparison.new if status == "new" else comparison.old).raw.text
    terms = (t for t in comparison.terms if t.status == status)
    return [term_shown(t, profile.list_separator, quotes, text) for t in terms]
