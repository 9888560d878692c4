"""Turn alignment links into entries: statuses, moves, inline diffs, order.

A link that keeps document order is ``unchanged`` or ``modified``; the links left out
of the longest order-keeping chain are ``moved`` (reworded or not); one old sentence
linked to two new ones is ``split``, two to one ``merged``; sentences without a link
are ``new`` or ``dropped``.  Entries follow the new report, and each dropped entry
stands right after the entry of the old sentence that preceded it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..lang import Profile
from ..model import Report, Section, Sentence
from ..results import (
    ChangeStatus,
    ClauseLink,
    ClauseStatus,
    DiffOp,
    SectionLink,
    SectionStatus,
    SentenceChange,
)
from ..settings import Settings
from .align import Link, align_sections
from .clauses import align_clauses
from .inline import token_diff


def sentence_changes(
    old: Report, new: Report, links: Sequence[Link], profile: Profile, settings: Settings
) -> tuple[SentenceChange, ...]:
    """One entry per link and per unlinked sentence, in new-report order (see the module docstring)."""
    in_order = _in_order(links)
    placed: list[tuple[tuple[int, int, int], SentenceChange]] = []
    linked_old: set[int] = set()
    linked_new: set[int] = set()
    for k, link in enumerate(links):
        linked_old.update(link.old)
        linked_new.update(link.new)
        change = _change(old, new, link, k in in_order, profile, settings)
        placed.append(((link.new[0], 0, link.old[0]), change))
    for j, sentence in enumerate(new.sentences):
        if j not in linked_new:
            placed.append(((j, 0, -1), _new(sentence)))
    anchors = _Anchors([link for k, link in enumerate(links) if k in in_order])
    for i, sentence in enumerate(old.sentences):
        if i not in linked_old:
            placed.append((anchors.position(i), _dropped(sentence)))
    placed.sort(key=lambda item: item[0])
    return tuple(change for _, change in placed)


# --- order ---------------------------------------------------------------------


def _in_order(links: Sequence[Link]) -> set[int]:
    """Indices of the links in the longest chain that keeps both documents' order."""
    order = sorted(range(len(links)), key=lambda k: (links[k].new[0], links[k].old[0]))
    return {order[p] for p in longest_increasing([links[k].old[0] for k in order])}


def longest_increasing(values: Sequence[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence.

    >>> longest_increasing([0, 3, 1, 2, 5, 4])
    [0, 2, 3, 5]
    """
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(values)
    for p, value in enumerate(values):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(p)
        else:
            tails[slot] = value
            tail_at[slot] = p
        back[p] = tail_at[slot - 1] if slot else -1
    chain: list[int] = []
    p = tail_at[-1] if tail_at else -1
    while p >= 0:
        chain.append(p)
        p = back[p]
    return chain[::-1]


class _Anchors:
    """The in-order links by the last old sentence they hold, to place each dropped
    sentence with a binary search (a report may drop thousands)."""

    def __init__(self, links: Sequence[Link]) -> None:
        first: dict[int, Link] = {}
        for link in links:
            first.setdefault(link.old[-1], link)  # on a tie the first link wins, as max() would
        self.ends = sorted(first)
        self.links = [first[end] for end in self.ends]

    def position(self, i: int) -> tuple[int, int, int]:
        """Sort key placing a dropped old sentence after the entry of the nearest old
        sentence before it that kept its place."""
        slot = bisect.bisect_left(self.ends, i)
        if not slot:
            return (-1, 1, i)
        return (self.links[slot - 1].new[0], 1, i)


# --- one entry -----------------------------------------------------------------


def _change(
    old: Report, new: Report, link: Link, in_order: bool, profile: Profile, settings: Settings
) -> SentenceChange:
    olds = [old.sentences[i] for i in link.old]
    news = [new.sentences[j] for j in link.new]
    old_text = "".join(s.text for s in olds)
    new_text = "".join(s.text for s in news)
    text_changed = "".join(s.key for s in olds) != "".join(s.key for s in news)
    status: ChangeStatus
    if len(news) > 1:
        status = "split"
    elif len(olds) > 1:
        status = "merged"
    elif not in_order:
        status = "moved"
    else:
        status = "modified" if text_changed else "unchanged"
    moved_from = None
    if not in_order:
        moved_from = olds[0].section_id or olds[0].part_id
    clauses: tuple[ClauseLink, ...] = ()
    diff: tuple[DiffOp, ...] = ()
    if text_changed:
        diff = token_diff(old_text, new_text, profile.token, settings.inline_diff_most)
        if len(olds) == 1 and len(news) == 1:
            clauses, clause_diff = _clauses(olds[0], news[0], profile, settings)
            if clause_diff is not None:
                diff = clause_diff
    return SentenceChange(
        status,
        tuple(s.id for s in olds),
        tuple(s.id for s in news),
        old_text,
        new_text,
        round(link.score, 1),
        text_changed,
        moved_from,
        diff,
        clauses,
    )


def _new(sentence: Sentence) -> SentenceChange:
    return SentenceChange("new", (), (sentence.id,), "", sentence.text, 0.0, True, None, (), ())


def _dropped(sentence: Sentence) -> SentenceChange:
    return SentenceChange("dropped", (sentence.id,), (), sentence.text, "", 0.0, True, None, (), ())


def _clauses(
    old: Sentence, new: Sentence, profile: Profile, settings: Settings
) -> tuple[tuple[ClauseLink, ...], tuple[DiffOp, ...] | None]:
    """Clause links, and a clause-by-clause diff when clauses were reordered (else ``None``)."""
    pairs = align_clauses(old, new, profile, settings)
    matched = [(r, c) for r, c, _ in pairs if r is not None and c is not None]
    kept = {matched[p] for p in longest_increasing([r for r, _ in matched])}
    links: list[ClauseLink] = []
    for r, c, score in pairs:
        old_id = old.clauses[r].id if r is not None else None
        new_id = new.clauses[c].id if c is not None else None
        if r is None:
            links.append(ClauseLink("new", None, new_id, 0.0))
        elif c is None:
            links.append(ClauseLink("dropped", old_id, None, 0.0))
        else:
            end = profile.sentence_end
            same = old.clauses[r].text.rstrip(end) == new.clauses[c].text.rstrip(end)
            kind: ClauseStatus = ("unchanged" if same else "modified") if (r, c) in kept else "moved"
            links.append(ClauseLink(kind, old_id, new_id, round(score, 1)))
    if len(kept) == len(matched):
        return tuple(links), None
    old_pieces = _pieces(old)
    new_pieces = _pieces(new)
    ops: list[DiffOp] = []
    for r, c, _ in pairs:
        if r is not None and c is not None:
            most = settings.inline_diff_most
            ops.extend(token_diff(old_pieces[r][0], new_pieces[c][0], profile.token, most))
            ops.append(DiffOp("equal", new_pieces[c][1]))
        elif c is not None:
            ops.append(DiffOp("insert", "".join(new_pieces[c])))
        elif r is not None:
            ops.append(DiffOp("delete", "".join(old_pieces[r])))
    return tuple(links), _merge_ops(ops)


def _pieces(sentence: Sentence) -> list[tuple[str, str]]:
    """Each clause's text and the marks that follow it in the sentence."""
    pieces: list[tuple[str, str]] = []
    cursor = 0
    text = sentence.text
    starts = []
    for clause in sentence.clauses:
        at = text.find(clause.text, cursor)
        at = cursor if at < 0 else at
        starts.append(at)
        cursor = at + len(clause.text)
    for k, clause in enumerate(sentence.clauses):
        end = starts[k] + len(clause.text)
        nxt = starts[k + 1] if k + 1 < len(starts) else len(text)
        pieces.append((clause.text, text[end:nxt]))
    return pieces


def _merge_ops(ops: Sequence[DiffOp]) -> tuple[DiffOp, ...]:
    merged: list[DiffOp] = []
    for op in ops:
        if not op.text:
            continue
        if merged and merged[-1].op == op.op:
            merged[-1] = DiffOp(op.op, merged[-1].text + op.text)
        else:
            merged.append(op)
    return tuple(merged)


# --- sections ------------------------------------------------------------------


def section_links(
    old: Report, new: Report, links: Sequence[Link], settings: Settings
) -> tuple[SectionLink, ...]:
    """Part and section links in new-report order, dropped ones where they stood."""
    pairs = align_sections(old, new, links, settings)
    old_index = {s.id: k for k, s in enumerate(old.sections)}
    new_index = {s.id: k for k, s in enumerate(new.sections)}
    result: list[tuple[tuple[int, int, int], SectionLink]] = []
    for level in (1, 2):
        matched = sorted(
            ((o, n, score) for o, n, score in pairs if o is not None and n is not None and o.level == level),
            key=lambda t: new_index[t[1].id],
        )
        kept = {matched[p][1].id for p in longest_increasing([old_index[o.id] for o, _, _ in matched])}
        for o, n, score in matched:
            status: SectionStatus = "unchanged" if _same_title(o, n) else "renamed"
            if n.id not in kept:
                status = "moved"
            result.append(
                (
                    (new_index[n.id], 0, 0),
                    SectionLink(status, level, o.id, n.id, o.title, n.title, round(score, 1)),
                )
            )
        for old_section, new_section, _ in pairs:
            if new_section is not None and old_section is None and new_section.level == level:
                result.append(
                    (
                        (new_index[new_section.id], 0, 0),
                        SectionLink("new", level, None, new_section.id, "", new_section.title, 0.0),
                    )
                )
            elif old_section is not None and new_section is None and old_section.level == level:
                anchor = [
                    new_index[nn.id] for oo, nn, _ in matched if old_index[oo.id] < old_index[old_section.id]
                ]
                key = (max(anchor) if anchor else -1, 1, old_index[old_section.id])
                result.append(
                    (key, SectionLink("dropped", level, old_section.id, None, old_section.title, "", 0.0))
                )
    result.sort(key=lambda item: item[0])
    return tuple(link for _, link in result)


def _same_title(a: Section, b: Section) -> bool:
    return a.title == b.title
