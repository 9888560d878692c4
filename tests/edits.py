"""Controlled edits of a real report, with the true old → new links, to measure alignment.

``edit(report, donor, seed)`` rewrites a copy of ``report`` the way next year's report
differs from this year's — rewording, changed figures, swapped clauses, sentences moved
to another section, split, merged, deleted, and sentences inserted from ``donor`` (another
report) — and returns the new text with, for each of its sentences, the old sentence ids it
came from.  ``score(comparison, truth)`` counts the sentences of both sides whose links the
comparison got exactly right.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import reportdiff
from reportdiff.model import Report
from reportdiff.results import Comparison

ENDS = "。！？"
KINDS = ("reword", "figure", "swap", "move", "split", "merge", "delete", "insert")


@dataclass
class Truth:
    """The edited report and what each of its sentences came from."""

    text: str
    sources: list[tuple[str, ...]]
    """Per new sentence, in order: the old sentence ids it came from (empty: inserted)."""
    kinds: list[str]
    """Per new sentence: the edit applied (``keep`` when untouched)."""
    moved: set[str] = field(default_factory=set)
    """Old ids moved to another section."""


def edit(report: Report, donor: Report, seed: int, rate: float = 0.05) -> Truth:
    """Apply each kind of edit to about ``rate`` of the editable sentences."""
    rng = random.Random(seed)
    # Paragraphs as lists of [text, sources, kind]; headings stay on their own line.
    paragraphs: list[list[list[object]]] = []
    section_of: list[str] = []
    by_id = {s.id: s for s in report.sentences}
    for paragraph in report.paragraphs:
        items = [[by_id[i].text, (i,), "keep"] for i in paragraph.sentence_ids]
        paragraphs.append(items)
        section_of.append(
            by_id[paragraph.sentence_ids[0]].section_id or by_id[paragraph.sentence_ids[0]].part_id
        )
    moved: set[str] = set()

    def editable(item: list[object]) -> bool:
        text = str(item[0])
        sources = item[1]
        return (
            item[2] == "keep"
            and isinstance(sources, tuple)
            and len(sources) == 1
            and by_id[sources[0]].role == "body"
            and text[-1:] in ENDS
            and len(text) >= 12
        )

    def pick() -> tuple[int, int] | None:
        spots = [(p, k) for p, items in enumerate(paragraphs) for k, it in enumerate(items) if editable(it)]
        return rng.choice(spots) if spots else None

    budget = max(1, int(rate * len(report.sentences)))
    for kind in KINDS:
        for _ in range(budget):
            spot = pick()
            if spot is None:
                break
            p, k = spot
            item = paragraphs[p][k]
            text = str(item[0])
            if kind == "reword":
                item[0] = _reword(text, rng)
            elif kind == "figure":
                if not re.search(r"\d", text):
                    continue
                item[0] = re.sub(
                    r"\d+(?:\.\d+)?", lambda m: str(int(float(m.group(0))) + rng.randint(1, 9)), text, count=1
                )
            elif kind == "swap":
                parts = re.split(r"(，)", text[:-1])
                clauses = parts[0::2]
                if len(clauses) < 3:
                    continue
                a = rng.randrange(1, len(clauses) - 1)
                clauses[a], clauses[a + 1] = clauses[a + 1], clauses[a]
                item[0] = "，".join(clauses) + text[-1]
            elif kind == "move":
                targets = [
                    q
                    for q in range(len(paragraphs))
                    if section_of[q] != section_of[p]
                    and paragraphs[q]
                    and str(paragraphs[q][-1][0])[-1:] in ENDS
                ]
                if not targets:
                    continue
                q = rng.choice(targets)
                del paragraphs[p][k]
                item[2] = "move"
                paragraphs[q].insert(rng.randint(0, len(paragraphs[q])), item)
                moved.update(item[1])  # type: ignore[arg-type]
                continue
            elif kind == "split":
                cuts = [m.start() for m in re.finditer("，", text)]
                if not cuts:
                    continue
                cut = cuts[len(cuts) // 2]
                first, second = text[:cut] + "。", text[cut + 1 :]
                if len(first) < 6 or len(second) < 6:
                    continue
                item[0] = first
                paragraphs[p].insert(k + 1, [second, item[1], "split"])
            elif kind == "merge":
                if k + 1 >= len(paragraphs[p]) or not editable(paragraphs[p][k + 1]):
                    continue
                nxt = paragraphs[p].pop(k + 1)
                item[0] = text[:-1] + "，" + str(nxt[0])
                item[1] = tuple(item[1]) + tuple(nxt[1])  # type: ignore[arg-type]
            elif kind == "delete":
                del paragraphs[p][k]
                continue
            elif kind == "insert":
                donors = [
                    s.text
                    for s in donor.sentences
                    if s.role == "body" and s.text[-1:] in ENDS and len(s.text) >= 12
                ]
                paragraphs[p].insert(k, [rng.choice(donors), (), "insert"])
                continue
            item[2] = kind
    lines: list[str] = []
    sources: list[tuple[str, ...]] = []
    kinds: list[str] = []
    for items in paragraphs:
        if not items:
            continue
        lines.append("".join(str(it[0]) for it in items))
        for it in items:
            sources.append(tuple(it[1]))  # type: ignore[arg-type]
            kinds.append(str(it[2]))
    return Truth("\n".join(lines) + "\n", sources, kinds, moved)


def _reword(text: str, rng: random.Random) -> str:
    """Change a few characters in place: what a drafter does to last year's sentence."""
    chars = list(text)
    han = [i for i, ch in enumerate(chars[:-1]) if "\u4e00" <= ch <= "\u9fff"]
    for i in rng.sample(han, min(max(2, len(han) // 5), len(han))):
        chars[i] = rng.choice("加强推进深化完善持续积极稳步全面")
    return "".join(chars)


def parse_edited(truth: Truth, like: Report) -> Report:
    """The edited text read as a report (same name, so the same year)."""
    return reportdiff.parse(truth.text, source=like.raw.source)


@dataclass(frozen=True)
class Score:
    """Sentences of both sides whose links were exactly right."""

    correct: int
    total: int
    edited_correct: int
    edited_total: int
    moves_found: int
    moves_total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def edited_accuracy(self) -> float:
        return self.edited_correct / self.edited_total if self.edited_total else 1.0


def score(comparison: Comparison, truth: Truth) -> Score:
    """Compare the comparison's links with the truth, sentence by sentence on both sides."""
    new_ids = [s.id for s in comparison.new.sentences]
    assert len(new_ids) == len(truth.sources), "the edited text did not parse back sentence for sentence"
    true_new = dict(zip(new_ids, truth.sources, strict=True))
    kind_of = dict(zip(new_ids, truth.kinds, strict=True))
    true_old: dict[str, set[str]] = {s.id: set() for s in comparison.old.sentences}
    for new_id, olds in true_new.items():
        for old_id in olds:
            true_old[old_id].add(new_id)
    got_new: dict[str, set[str]] = {}
    got_old: dict[str, set[str]] = {}
    status_of: dict[str, str] = {}
    for change in comparison.sentences:
        for n in change.new:
            got_new[n] = set(change.old)
        for o in change.old:
            got_old[o] = set(change.new)
            status_of[o] = change.status
    edited_old = {o for n, olds in true_new.items() if kind_of[n] != "keep" for o in olds}
    edited_old |= {o for o, news in true_old.items() if not news}
    correct = edited_correct = edited_total = 0
    for n, olds in true_new.items():
        ok = got_new.get(n, set()) == set(olds)
        correct += ok
        if kind_of[n] != "keep":
            edited_total += 1
            edited_correct += ok
    for o, news in true_old.items():
        ok = got_old.get(o, set()) == news
        correct += ok
        if o in edited_old:
            edited_total += 1
            edited_correct += ok
    moves_found = sum(1 for o in truth.moved if status_of.get(o) == "moved")
    return Score(
        correct, len(true_new) + len(true_old), edited_correct, edited_total, moves_found, len(truth.moved)
    )
