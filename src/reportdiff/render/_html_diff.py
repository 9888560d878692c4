"""The HTML view of a comparison a reader moves around in: a table of contents of the new
report's sections with their counts, then the changes section by section, old and new side
by side.

- A run of dropped and new sentences with no link between them is shown as pairs — each
  dropped sentence beside the new one at its place — not as one block above the other.
- Runs of unchanged sentences (and, with ``--only``, entries out of focus) are folded into a
  ``<details>`` row; ``--context`` of them stay open around each change.
- The status column is one sign (``~ ↷ ⋔ ⋎ + -``, glyphs common fonts have; its name on
  hover); each sign links to the next change, each section heading back to the contents.

Every piece of report text goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator, Mapping, Sequence

from ..results import CHANGE_STATUSES, Comparison, DiffOp, SentenceChange
from . import RenderOptions
from .safe import shown
from .summary import SectionTally, grouped, section_tallies

SIGNS = {
    "modified": "~",
    "moved": "↷",
    "split": "⋔",
    "merged": "⋎",
    "new": "+",
    "dropped": "-",
    "unchanged": "",
}
"""The sign of each status in the status column (the terminal's, but for split and merged, whose
signs common fonts lack)."""

CSS = """
nav.toc table td.n{text-align:right;color:#555}nav.toc a{text-decoration:none}
table.sxs{width:100%;table-layout:fixed}table.sxs col.st{width:2.2em}
table.sxs td.st{text-align:center;font-weight:bold;color:#555;padding:.3em 0}
td.st a{text-decoration:none;color:inherit}
tr.section td{background:#eef3f8;font-weight:bold}tr.section .n{font-weight:normal;color:#555;font-size:.85em}
tr.section a.up{float:right;font-weight:normal;text-decoration:none}
tr.fold>td{padding:0;border:none}tr.fold summary{color:#777;font-weight:normal;padding:.2em .6em}
tr.fold table.sxs{margin:0}td.dropped{background:#fdf1f0}td.new{background:#f0fbf2}
"""
"""Styles of this view (added to the page's)."""


def _e(value: object) -> str:
    """Report text as inert HTML: escaped, control characters shown (``safe.shown``)."""
    return html.escape(shown(str(value)), quote=True)


def contents(comparison: Comparison) -> str:
    """The table of contents: each section of the new report with its entries per status."""
    tallies = section_tallies(comparison)
    statuses = [s for s in CHANGE_STATUSES if s != "unchanged"]
    head = "".join(f'<th title="{s}">{_e(SIGNS[s])} {_e(s)}</th>' for s in statuses)
    rows = []
    for tally in tallies:
        cells = "".join(f'<td class="n">{tally.statuses[s] or ""}</td>' for s in statuses)
        rows.append(
            f'<tr><td><a href="#sec-{_e(tally.id)}">{_e(_name(tally))}</a></td>{cells}'
            f'<td class="n">{tally.statuses["unchanged"] or ""}</td></tr>'
        )
    return (
        '<nav class="toc" id="toc"><h2>Contents</h2>\n'
        f"<table><tr><th>section</th>{head}<th>unchanged</th></tr>{''.join(rows)}</table></nav>\n"
    )


def _name(tally: SectionTally) -> str:
    section = tally.section
    if section is None:
        return "(before the first section)"
    if section.number is None:
        return section.title or ("(closing)" if section.id == "closing" else "(opening)")
    return f"{section.label}{section.title}"


LEGEND = (
    f"{SIGNS['modified']} reworded or figures changed, {SIGNS['moved']} moved, {SIGNS['split']} split, "
    f"{SIGNS['merged']} merged, {SIGNS['dropped']} dropped, {SIGNS['new']} new; -+ a dropped sentence and a "
    "new one that stand at the same place, side by side to save room: no link between them."
)
"""What the signs of the side-by-side table say (the twenty-third new user read a ``-+`` row as a
sentence and what it became)."""


def changes(comparison: Comparison, options: RenderOptions, old_name: str, new_name: str) -> str:
    """Every entry, section by section, old and new side by side; what is out of focus folded."""
    # old section id → the new section it became, whose heading row carries the anchor
    shown = {link.old: link.new for link in comparison.sections if link.old and link.new}
    tallies = {t.id: t for t in section_tallies(comparison)}
    wanted = set(options.only) or set(CHANGE_STATUSES) - {"unchanged"}
    placed = grouped(comparison)
    focus = [change.status in wanted for _, change in placed]
    visible = _visible(placed, focus, options.context)
    changed = [k for k, f in enumerate(focus) if f]
    next_of = dict(zip(changed, [*changed[1:], None], strict=True))
    out = [
        "<h2>Changes by section</h2>\n"
        f"<p class=\"legend\">{_e(LEGEND)}</p>\n"
        '<table class="sxs">'
        '<colgroup><col class="st"><col><col></colgroup>'
        f"<tr><th></th><th>{_e(old_name)}</th><th>{_e(new_name)}</th></tr>"
    ]
    for group_id, members in itertools.groupby(range(len(placed)), key=lambda k: placed[k][0]):
        out.append(_heading(tallies.get(group_id)))
        indexes = list(members)
        folded: list[SentenceChange] = []
        k = 0
        while k < len(indexes):
            n = indexes[k]
            change = placed[n][1]
            if n not in visible:
                folded.append(change)
                k += 1
                continue
            out.append(_fold(folded))
            folded = []
            run = _pair_run(placed, focus, indexes[k:])
            if len(run) > 1:
                out.extend(_paired([placed[m][1] for m in run], run, next_of))
                k += len(run)
                continue
            out.append(_row(change, shown, n if focus[n] else None, next_of.get(n)))
            k += 1
        out.append(_fold(folded))
    out.append("</table>\n")
    return "".join(out)


def _visible(
    placed: Sequence[tuple[str | None, SentenceChange]], focus: Sequence[bool], context: int
) -> set[int]:
    """The entries shown open: those in focus, and ``context`` unchanged ones on each side."""
    visible = {k for k, f in enumerate(focus) if f}
    for k in sorted(visible):
        for n in range(max(0, k - context), min(len(placed), k + context + 1)):
            if placed[n][1].status == "unchanged":
                visible.add(n)
    return visible


def _pair_run(
    placed: Sequence[tuple[str | None, SentenceChange]], focus: Sequence[bool], indexes: Sequence[int]
) -> list[int]:
    """The leading run of ``indexes`` that are dropped or new (in focus): shown as pairs."""
    run = []
    for n in indexes:
        if not focus[n] or placed[n][1].status not in ("new", "dropped"):
            break
        run.append(n)
    return run


def _heading(tally: SectionTally | None) -> str:
    if tally is None:
        return ""
    counts = " · ".join(
        f"{n} {status}" for status, n in tally.statuses.items() if n and status != "unchanged"
    )
    return (
        f'<tr class="section" id="sec-{_e(tally.id)}"><td colspan="3">{_e(_name(tally))} '
        f'<span class="n">{_e(counts)}</span><a class="up" href="#toc" title="contents">↑</a></td></tr>'
    )


def _fold(entries: Sequence[SentenceChange]) -> str:
    """Entries out of focus, folded into one row that opens to show them."""
    unchanged = all(e.status == "unchanged" for e in entries)
    if len(entries) < 2 and unchanged:  # one row takes no more room than its fold
        return "".join(_row(e, {}, None, None) for e in entries)
    label = f"⋯ {len(entries)} unchanged" if unchanged else f"⋯ {len(entries)} not shown"
    rows = "".join(_row(e, {}, None, None) for e in entries)
    return (
        f'<tr class="fold"><td colspan="3"><details><summary>{label}</summary>'
        f'<table class="sxs"><colgroup><col class="st"><col><col></colgroup>{rows}</table>'
        "</details></td></tr>"
    )


def _sign(status: str, here: int | None, after: int | None) -> str:
    """The status cell: its sign, linking to the next change; the row's anchor."""
    sign = _e(SIGNS[status])
    if after is not None:
        sign = f'<a href="#c{after}" title="{_e(status)}: next change ↓">{sign}</a>'
    anchor = f' id="c{here}"' if here is not None else ""
    return f'<td class="st"{anchor} title="{_e(status)}">{sign}</td>'


def _row(change: SentenceChange, shown: Mapping[str, str], here: int | None, after: int | None) -> str:
    """One row; a moved sentence links to where its old section stands in the new report."""
    old_ids = " ".join(f'<span class="id" id="o-{_e(i)}">{_e(i)}</span>' for i in change.old)
    new_ids = " ".join(f'<span class="id" id="n-{_e(i)}">{_e(i)}</span>' for i in change.new)
    if change.status == "moved" and change.moved_from:
        where = shown.get(change.moved_from)
        label = _e(change.moved_from)
        moved = f'from <a href="#sec-{_e(where)}">{label}</a>' if where else f"from {label}"
        new_ids += f' <span class="id">{moved}</span>'
    if change.diff:
        left, right = _side(change.diff, "delete"), _side(change.diff, "insert")
    else:
        left, right = _e(change.old_text), _e(change.new_text)
    side = {"new": ("", ' class="new"'), "dropped": (' class="dropped"', "")}.get(change.status, ("", ""))
    return (
        f'<tr class="{_e(change.status)}">{_sign(change.status, here, after)}'
        f"<td{side[0]}>{left} {old_ids}</td><td{side[1]}>{right} {new_ids}</td></tr>"
    )


def _paired(
    entries: Sequence[SentenceChange], indexes: Sequence[int], next_of: Mapping[int, int | None]
) -> Iterator[str]:
    """A run of dropped and new sentences with no link between them, as pairs: the k-th
    dropped one beside the k-th new one."""
    dropped = [(n, e) for n, e in zip(indexes, entries, strict=True) if e.status == "dropped"]
    new = [(n, e) for n, e in zip(indexes, entries, strict=True) if e.status == "new"]
    pairs = [
        (dropped[k] if k < len(dropped) else None, new[k] if k < len(new) else None)
        for k in range(max(len(dropped), len(new)))
    ]
    anchors = [min(item[0] for item in pair if item is not None) for pair in pairs]
    links = [*anchors[1:], next_of.get(indexes[-1])]
    for (left, right), here, after in zip(pairs, anchors, links, strict=True):
        status = "dropped" if right is None else "new" if left is None else "replaced"
        sign = {"dropped": "-", "new": "+", "replaced": "-+"}[status]
        title = {"dropped": "dropped", "new": "new", "replaced": "dropped, and new in its place"}[status]
        link = f'<a href="#c{after}" title="next change ↓">{sign}</a>' if after is not None else sign
        cells = []
        for item, css, prefix in ((left, "dropped", "o"), (right, "new", "n")):
            if item is None:
                cells.append("<td></td>")
                continue
            entry = item[1]
            ids = entry.old if css == "dropped" else entry.new
            text = entry.old_text if css == "dropped" else entry.new_text
            spans = " ".join(f'<span class="id" id="{prefix}-{_e(i)}">{_e(i)}</span>' for i in ids)
            cells.append(f'<td class="{css}">{_e(text)} {spans}</td>')
        sign_cell = f'<td class="st" id="c{here}" title="{title}">{link}</td>'
        yield f'<tr class="{status}">{sign_cell}{"".join(cells)}</tr>'


def _side(ops: Sequence[DiffOp], shown: str) -> str:
    """One side of an inline diff: common text, and this side's own runs highlighted."""
    tag = "del" if shown == "delete" else "ins"
    return "".join(
        f"<{tag}>{_e(op.text)}</{tag}>" if op.op == shown else _e(op.text)
        for op in ops
        if op.op in ("equal", shown)
    )
