"""Terminal view of a comparison: both reports' metadata and counts, then the changes
section by section, unchanged runs collapsed, inline or side by side."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from .. import lang
from ..model import Report, Section
from ..results import CHANGE_STATUSES, CommitmentChange, Comparison, DiffOp, SentenceChange
from . import RenderOptions
from ._style import MARKS, STYLES, Wrapped, print_to_text, section_label, titled
from .notes import (
    CHANGED_NOTE,
    DROPPED_NOTE,
    DROPPED_TERMS_NOTE,
    NEW_NOTE,
    NOT_JUDGED,
    commitment_shown,
    said_elsewhere_apart,
    said_elsewhere_title,
    said_where,
    shown_terms,
)
from .summary import (
    changed_object,
    figure_text,
    grouped,
    not_read,
    section_tallies,
    summarize_promises,
    summarize_sentences,
    targets_year,
    terms_against,
)
from .wrap import display_width


class HeaderView:
    """Old and new metadata, then counts per status."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style=STYLES["label"], no_wrap=True)
        grid.add_column()
        for label, report in (("old", self.comparison.old), ("new", self.comparison.new)):
            # the path and each fact whole where they fit, never cropped (a long path folds)
            profile = lang.profile(report.metadata.language)
            grid.add_row(label, Wrapped(Text(_describe(report)), profile, separator=" · "))
        yield grid
        summary = summarize_sentences(self.comparison)
        counts = summary.statuses
        line = Text()
        for status in CHANGE_STATUSES:
            if line:
                line.append(" · ")
            line.append(f"{counts[status]} {status}", style=STYLES[status] if counts[status] else "dim")
        yield Text.assemble(("sentences ", STYLES["label"]), line)
        if summary.sections:
            parts = " · ".join(f"{n} {k}" for k, n in summary.sections.items())
            yield Text.assemble(("sections  ", STYLES["label"]), parts)


def _describe(report: Report) -> str:
    meta = report.metadata
    bits = [meta.title, meta.region, str(meta.year) if meta.year else None, meta.date, meta.speaker]
    return f"{report.raw.source}  " + " · ".join(b for b in bits if b)


def diff_text(ops: Sequence[DiffOp], side: str, color: bool) -> Text:
    """An inline diff as styled text; without colour, ``[-deleted-]{+inserted+}`` marks.

    ``side`` is ``both`` (inline), ``old`` (equal + deleted) or ``new`` (equal + inserted).
    """
    text = Text()
    for op in ops:
        if op.op == "equal":
            text.append(op.text)
        elif op.op == "delete" and side in ("both", "old"):
            text.append(op.text if color else f"[-{op.text}-]", style=STYLES["delete"])
        elif op.op == "insert" and side in ("both", "new"):
            text.append(op.text if color else f"{{+{op.text}+}}", style=STYLES["insert"])
    return text


class ChangeView:
    """One entry: its sign, ids and text (diffed when reworded)."""

    def __init__(self, change: SentenceChange, options: RenderOptions, profile: lang.Profile) -> None:
        self.change = change
        self.options = options
        self.profile = profile

    def _body(self, side: str) -> Text:
        change = self.change
        if change.diff:
            return diff_text(change.diff, side, self.options.color)
        if side == "old" or (side == "both" and not change.new):
            return Text(change.old_text, style=STYLES["dropped"] if change.status == "dropped" else "")
        return Text(change.new_text, style=STYLES["new"] if change.status == "new" else "")

    def _label(self) -> Text:
        change = self.change
        ids = ",".join(change.new) or ",".join(change.old)
        label = Text.assemble((MARKS[change.status] + " ", STYLES[change.status]), (ids, STYLES["id"]))
        if change.old and change.new and change.old != change.new:
            label.append(f" ← {','.join(change.old)}", style=STYLES["id"])
        if change.moved_from:
            label.append(f" (moved from {change.moved_from})", style=STYLES["moved"])
        elif change.status in ("split", "merged"):
            label.append(f" ({change.status})", style=STYLES[change.status])
        return label

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Wrapped(self._label(), self.profile, hang=2)
        if self.options.side_by_side and self.change.old and self.change.new:
            # two halves of the width; with no width (piped), each side whole on one line
            whole = self.options.width is None
            table = Table.grid(padding=(0, 2), expand=not whole)
            table.add_column(ratio=None if whole else 1, overflow="fold")
            table.add_column(ratio=None if whole else 1, overflow="fold")
            table.add_row(Wrapped(self._body("old"), self.profile), Wrapped(self._body("new"), self.profile))
            yield table
        else:
            yield Wrapped(self._body("both"), self.profile, indent=4)


def _views(comparison: Comparison, options: RenderOptions) -> Iterator[RenderableType]:
    """Section headings and entries; entries out of focus are collapsed into one line per run."""
    sections = {s.id: s for s in comparison.new.sections}
    renamed = {
        link.new: link.old_title for link in comparison.sections if link.new and link.status == "renamed"
    }
    placed = grouped(comparison)
    profile = lang.profile(comparison.new.metadata.language)
    entries = comparison.sentences
    wanted = set(options.only) or set(CHANGE_STATUSES) - {"unchanged"}
    focus = [change.status in wanted for change in entries]
    shown = {k for k, f in enumerate(focus) if f}
    for k in [k for k, f in enumerate(focus) if f]:
        near = range(max(0, k - options.context), min(len(entries), k + options.context + 1))
        shown.update(n for n in near if entries[n].status == "unchanged")
    group: str | None = None
    headed = False
    hidden: list[str] = []
    hidden_groups: list[str | None] = []
    for k, (group_id, change) in enumerate(placed):
        if k not in shown:
            hidden.append(change.status)
            if not hidden_groups or hidden_groups[-1] != group_id:
                hidden_groups.append(group_id)
            continue
        if hidden:
            # a folded run goes under its section's heading when it lies in one section (or
            # opens the view), never above the first heading
            if not headed or (len(hidden_groups) == 1 and hidden_groups[0] != group):
                group, headed = hidden_groups[0], True
                yield _heading(sections.get(group or ""), renamed.get(group or ""))
            yield _collapsed(hidden)
            hidden, hidden_groups = [], []
        if group_id != group or not headed:
            group, headed = group_id, True
            yield _heading(sections.get(group_id or ""), renamed.get(group_id or ""))
        yield ChangeView(change, options, profile)
    if hidden:
        yield _collapsed(hidden)


def _collapsed(statuses: list[str]) -> Text:
    kind = "unchanged" if all(s == "unchanged" for s in statuses) else "not shown"
    return Text(f"    ⋯ {len(statuses)} {kind}", style=STYLES["count"])


def _heading(section: Section | None, old_title: str | None) -> Text:
    if section is None:
        return Text("\n── (opening)", style=STYLES["section"])
    text = Text.assemble(
        ("\n── ", STYLES["section"]),
        (f"[{section.part}] ", STYLES[section.part]),
        (section_label(section), STYLES["section"]),
    )
    if old_title is not None:
        text.append(f"  (was: {old_title})", style=STYLES["renamed"])
    return text


_LISTED = 40
"""Commitments listed per section before the rest is summed up (JSON lists all)."""


class PromisesView:
    """New, dropped and changed commitments, follow-ups, and new and dropped terms."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        promises = summarize_promises(self.comparison)
        profile = lang.profile(self.comparison.new.metadata.language)
        missing = not_read(profile.name)
        if missing:  # not zeros as if counted
            yield Text(f"\n{missing[0].upper()}{missing[1:]}.", style=STYLES["count"])
            if profile.commitments is None:
                return
        counts = promises.commitments
        yield Text.assemble(
            ("\n══ Commitments  ", STYLES["section"]),
            (f"{counts['new']} new · {counts['dropped']} dropped · {counts['repeated']} repeated "
             f"({counts['stronger']} stronger, {counts['weaker']} weaker, {counts['figures changed']} with "
             "changed figures)", STYLES["count"]),
        )  # fmt: skip
        changed = promises.changed
        for status, mark, note in (("new", "+", NEW_NOTE), ("dropped", "-", DROPPED_NOTE)):
            yield from _listing(self.comparison, promises.by_status[status], status, mark, profile, note)
        if changed:
            yield Text(f"\nRepeated — changed ({len(changed)})", style=STYLES["label"])
            yield Wrapped(Text(f"  {CHANGED_NOTE}", style=STYLES["count"]), profile, hang=2)
            for change in changed[:_LISTED]:
                yield Wrapped(_changed(change, profile), profile, hang=2)
            if len(changed) > _LISTED:
                yield _more(len(changed) - _LISTED)
        if promises.followups:
            reported, followed = promises.reported, promises.followups
            old_year = self.comparison.old.metadata.year or "old"
            new_year = self.comparison.new.metadata.year or "new"
            share = f"{reported} of {old_year}'s {followed} commitments ({reported / followed:.0%})"
            yield Text.assemble(
                ("\nNamed in the review  ", STYLES["label"]),
                (f"{share} in {new_year}'s review (a floor: reviews sum up)", STYLES["count"]),
            )
        targets = self.comparison.targets
        if targets:
            yield Text.assemble(
                (f"\nTargets of {targets_year(self.comparison)}  ", STYLES["label"]),
                (" · ".join(f"{n} {v}" for v, n in promises.verdicts.items()), STYLES["count"]),
            )
            marks = {"missed": ("✗ ", STYLES["dropped"]), "met": ("✓ ", STYLES["new"])}
            for verdict in marks:  # the misses first, then what was met (a deputy checks both)
                for item in (c for c in targets if c.verdict == verdict):
                    # a verdict stated in words has no figure: "—", its words the rule
                    actual = figure_text(item.actual) if item.actual is not None else "—"
                    yield Wrapped(Text.assemble(
                        marks[verdict], (item.indicator, "bold"),
                        f"  {figure_text(item.target)} → {actual}", (f"  {item.rule}", STYLES["count"]),
                    ), profile, hang=2)  # fmt: skip
            unreported = [c for c in targets if c.verdict == "no outcome reported" and c.purpose == "goal"]
            for item in unreported[:_LISTED]:  # what a deputy asks after, as Markdown and JSON name it
                yield Wrapped(Text.assemble(
                    ("? ", STYLES["count"]), (item.indicator, "bold"), f"  {figure_text(item.target)}",
                    ("  no outcome reported", STYLES["count"]),
                ), profile, hang=2)  # fmt: skip
            if len(unreported) > _LISTED:
                yield _more(len(unreported) - _LISTED)
            if promises.not_judged:
                listed = " · ".join(f"{c.indicator} {figure_text(c.target)}" for c in promises.not_judged)
                label = Text(f"{NOT_JUDGED}, not judged:", style=STYLES["label"])
                yield Wrapped(label, profile, indent=2, hang=2)
                yield Wrapped(Text(listed, style=STYLES["count"]), profile, indent=4, separator=" · ")
        for status, title, style in (("new", "New terms", "new"), ("dropped", "Dropped terms", "dropped")):
            terms = promises.terms[status]
            if terms:
                against = f", {terms_against(self.comparison)}" if status == "new" else ""
                yield Text(f"\n{title} ({len(terms)}{against})", style=STYLES["label"])
                if status == "dropped":
                    yield Wrapped(Text(f"  {DROPPED_TERMS_NOTE}", style=STYLES["count"]), profile, hang=2)
                listed = "  ".join(shown_terms(self.comparison, status))
                yield Wrapped(Text(listed, style=STYLES[style]), profile, indent=2, separator="  ")


def _listing(
    comparison: Comparison,
    changes: Sequence[CommitmentChange],
    status: str,
    mark: str,
    profile: lang.Profile,
    note: str,
) -> Iterator[RenderableType]:
    """New or dropped commitments under their note, those the other plan probably says in other
    words last, each group's first ``_LISTED``."""
    if not changes:
        return
    yield Text(f"\n{status.capitalize()} commitments ({len(changes)})", style=STYLES["label"])
    yield Wrapped(Text(f"  {note}", style=STYLES["count"]), profile, hang=2)
    where = said_where(comparison, status)
    for elsewhere, group in said_elsewhere_apart(changes):
        if elsewhere:
            title = f"{said_elsewhere_title(comparison, status)} ({len(group)})"
            yield Wrapped(Text(f"  {title}", style=STYLES["label"]), profile, hang=4)
        for change in group[:_LISTED]:
            item = change.new if status == "new" else change.old
            assert item is not None  # a new one has its new side, a dropped one its old
            # its words as the report has them, as Markdown and HTML list it, the action in bold
            words = commitment_shown(item, profile)
            before, action, after = words.partition(item.action) if item.action else (words, "", "")
            near = " ≈ {}{}: {}".format(*where(change)) if elsewhere else ""
            style = STYLES[status]
            yield Wrapped(Text.assemble(
                (f"{mark} ", style), (before, style), (action, "bold"), (after, style),
                (f"  {item.sentence_id}{near}", STYLES["id"]),
            ), profile, hang=2)  # fmt: skip
        if len(group) > _LISTED:
            yield _more(len(group) - _LISTED)


def _changed(change: CommitmentChange, profile: lang.Profile) -> Text:
    assert change.old is not None and change.new is not None
    sep = profile.list_separator
    text = Text.assemble(("~ ", STYLES["modified"]))
    if change.action in ("stronger", "weaker"):
        text.append(f"{change.old.action} → {change.new.action} ", style="bold")
        text.append(
            f"({change.action}) ", style=STYLES["new"] if change.action == "stronger" else STYLES["dropped"]
        )
    else:
        text.append(change.new.action, style="bold")
    text.append(changed_object(change, profile))
    if (figures := change.figure_change) is not None:
        text.append(
            f"  {sep.join(figures[0]) or '—'} → {sep.join(figures[1]) or '—'}",
            style="yellow",
        )
    text.append(f"  {change.old.sentence_id} → {change.new.sentence_id}", style=STYLES["id"])
    return text


def _more(count: int) -> Wrapped:
    text = Text(f"⋯ {count} more (--format json lists every one)", style=STYLES["count"])
    return Wrapped(text, lang.profile("en"), indent=2, hang=2)


_BAR = 30
"""Most characters of a ``--stat`` bar (the section with most changes fills it)."""


class StatView:
    """``--stat``: per section, its entries per status and a bar of its changes (as ``git diff --stat``).

    Each status's column is headed by its sign, named once in a legend above, so the counts fit
    an ordinary terminal; the section names take the room they need, up to two thirds of what the
    counts leave, and wrap beyond it (never cropped); the bars get the rest, up to ``_BAR``
    columns, and are left out where fewer than ``_LEAST_BAR`` remain."""

    def __init__(self, comparison: Comparison, options: RenderOptions) -> None:
        self.comparison = comparison
        self.options = options

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        shown = [
            s
            for s in CHANGE_STATUSES
            if s != "unchanged" and (not self.options.only or s in self.options.only)
        ]
        statuses = ("unchanged", *shown)
        tallies = section_tallies(self.comparison)
        totals = summarize_sentences(self.comparison).statuses
        profile = lang.profile(self.comparison.new.metadata.language)
        legend = Text("  ").join(
            Text(f"{MARKS[s].strip() or '='} {s}", style=STYLES[s]) for s in statuses
        )
        yield Wrapped(legend, profile, separator="  ")
        names = [_heading(tally.section, None).plain.strip().lstrip("─ ") for tally in tallies]
        widths = [max(1, len(str(totals[s]))) for s in statuses]
        room = options.max_width - sum(w + 1 for w in widths) - 1  # for the names and the bar
        widest = max(map(display_width, ["total", *names]))
        name = min(widest, max(_NAME, room - max(_LEAST_BAR, room // 3)))  # a third for the bars
        bar = min(_BAR, room - name)
        if bar < _LEAST_BAR:
            bar, name = 0, max(1, room)
        table = titled()
        table.add_column("section", min_width=min(name, widest), max_width=name)
        for status, width in zip(statuses, widths, strict=True):
            sign = Text(MARKS[status].strip() or "=", style=STYLES[status])
            table.add_column(sign, justify="right", no_wrap=True, min_width=width)
        if bar:
            table.add_column("", no_wrap=True, min_width=bar, max_width=bar)
        most = max((t.changed for t in tallies), default=0) or 1
        for tally, heading in zip(tallies, names, strict=True):
            counts = [str(tally.statuses[s]) if tally.statuses[s] else "" for s in statuses]
            cells: list[RenderableType] = [Wrapped(Text(heading), profile), *counts]
            table.add_row(*cells, *([_bar(tally.statuses, shown, most, bar)] if bar else []))
        total: list[RenderableType] = [Text("total", style=STYLES["label"])]
        table.add_row(*total, *(str(totals[s]) for s in statuses), *([""] if bar else []))
        yield table


_NAME = 16
"""Fewest columns the section names of ``--stat`` keep before the bars give way."""
_LEAST_BAR = 6
"""Fewest columns a ``--stat`` bar is worth drawing in."""


def _bar(counts: Mapping[str, int], shown: Sequence[str], most: int, width: int = _BAR) -> Text:
    """Signs in proportion to a section's changes: ``+`` new, ``-`` dropped, ``~`` the rest;
    the section with most changes fills ``width``.  Every status with changes keeps one sign
    at least, the rest shared by largest remainder, so none is lost to rounding."""
    present = [s for s in shown if counts[s]]
    total = sum(counts[s] for s in present)
    length = max(len(present), min(width, round(total * width / most)))
    spare = length - len(present)
    shares = {s: counts[s] * spare / total for s in present} if total else {}
    signs = {s: 1 + int(shares[s]) for s in present}
    by_remainder = sorted(present, key=lambda s: (int(shares[s]) - shares[s], shown.index(s)))
    for status in by_remainder[: length - sum(signs.values())]:
        signs[status] += 1
    bar = Text()
    for status in present:
        bar.append(MARKS[status] * signs[status], style=STYLES[status])
    return bar


def render_comparison(comparison: Comparison, options: RenderOptions) -> str:
    """The whole comparison as text; commitments and terms follow unless ``--only`` or ``--stat``
    narrows it."""
    head: list[RenderableType] = [HeaderView(comparison), *_watched(options.watched)]
    if options.stat:
        return print_to_text(Group(*head, Text(""), StatView(comparison, options)), options)
    views: list[RenderableType] = [*head, *_views(comparison, options)]
    if not options.only:
        views.append(PromisesView(comparison))
    return print_to_text(Group(*views), options)


def _watched(watched: Sequence[tuple[str, str]]) -> Iterator[Text]:
    """The ``--watch`` phrases and what became of each, under the header (what a job watches)."""
    if not watched:
        return
    line = Text("\nWatched  ", style=STYLES["label"])
    for k, (phrase, status) in enumerate(watched):
        line.append(" · " if k else "", style=STYLES["count"])
        line.append(f"{phrase} ", style="bold")
        line.append(status, style=STYLES.get(status, STYLES["count"]))
    yield line
