"""Heads linked by what they head.

A section's heading and a topic's lead sentence name what follows them, and a new report
often renames them by theme (``（八）扎实推进重点领域风险防范化解`` → ``（十）统筹发展和安全，
保持社会和谐稳定``): the words change, the material under them does not.  So a head is
linked to the other report's head whose material its own material is linked to — the
sentences under both were matched, so a reader pairs the titles too.

A tie needs ``head_least_shared`` linked sentences and ``head_share`` of the smaller body:
one stray link between two sections is not evidence that they are one section.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Report
from ..settings import Settings


@dataclass(frozen=True, slots=True)
class _Heads:
    """Each container (section, part or topic) with its head sentence and its body."""

    head: dict[str, int]
    """Container id → index of its head sentence."""
    body: dict[str, list[int]]
    """Container id → indices of the sentences under its head."""
    of: list[tuple[str, ...]]
    """Sentence index → the containers it is in (innermost first)."""


def _heads(report: Report) -> _Heads:
    index = {s.id: k for k, s in enumerate(report.sentences)}
    head: dict[str, int] = {}
    body: dict[str, list[int]] = {}
    of: list[tuple[str, ...]] = []
    for topic in report.topics:
        members = [index[i] for i in topic.sentence_ids if i in index]
        if len(members) > 1:
            head[topic.id] = members[0]
    for k, s in enumerate(report.sentences):
        if s.role == "heading":
            # the heading of its innermost section (or of its part, directly under it)
            head.setdefault(s.section_id or s.part_id, k)
        of.append(tuple(dict.fromkeys(c for c in (s.topic_id, s.section_id, s.part_id) if c is not None)))
    for k, containers in enumerate(of):
        for c in containers:
            if c in head and head[c] != k:
                body.setdefault(c, []).append(k)
    return _Heads(head, body, of)


def link_heads(
    old: Report,
    new: Report,
    pairs: Iterable[tuple[int, int]],
    linked_old: set[int],
    linked_new: set[int],
    settings: Settings,
) -> list[tuple[int, int]]:
    """Head pairs (old index, new index) to link, both unlinked so far, best-supported first.

    ``pairs`` are the sentence links so far (every member of a group).
    """
    a, b = _heads(old), _heads(new)
    shared: dict[tuple[str, str], int] = {}
    for i, j in pairs:
        for c in a.of[i]:
            if c not in a.head or a.head[c] == i:
                continue
            for d in b.of[j]:
                if d in b.head and b.head[d] != j and _same_level(c, d):
                    shared[(c, d)] = shared.get((c, d), 0) + 1
    ranked: list[tuple[float, int, str, str]] = []
    for (c, d), count in shared.items():
        smaller = min(len(a.body.get(c, ())), len(b.body.get(d, ())))
        if count < settings.head_least_shared or count < settings.head_share * smaller:
            continue
        ranked.append((-count / max(smaller, 1), -count, c, d))
    ranked.sort()
    result: list[tuple[int, int]] = []
    used_old, used_new = set(linked_old), set(linked_new)
    for *_, c, d in ranked:
        i, j = a.head[c], b.head[d]
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        result.append((i, j))
    return result


def _same_level(c: str, d: str) -> bool:
    """Topics with topics, sections with sections, parts with parts (by the shape of the id)."""
    return _level(c) == _level(d)


def _level(container: str) -> str:
    last = container.rsplit(".", 1)[-1]
    if last.startswith("t"):
        return "topic"
    return "section" if "." in container else "part"
