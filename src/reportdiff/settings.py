"""One frozen Settings object: every knob reportdiff has, with its default and why."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    """How reports are read and compared.  Override by keyword: ``Settings(language="zh")``."""

    language: str | None = None
    """Language profile (``zh``, ``en``); ``None`` detects it from the share of Han characters."""
    encoding: str | None = None
    """Codec of the input files; ``None`` detects it (BOM, UTF-8, then GB18030/Big5)."""
    max_size: int = 10_000_000
    """Largest input file read, in bytes (10 MB; the CLI's ``--max-size`` takes megabytes).
    The largest real report in the corpora is 0.5 MB (a year's report held three times); past
    the limit a file is refused before any of it is read, so a mistaken multi-gigabyte input
    costs nothing.  Each stage's cost grows near-linearly with the text
    (``benchmarks/bench_hostile.py``), so raising it is safe when a file really is one report."""

    sentence_threshold: float = 30.0
    """Least similarity (0–100) for two sentences to be one item.  Similarity is the content
    overlap of :mod:`reportdiff.pairwise.content` (shared pieces weighted by how distinctive
    they are in the two reports), raised by character similarity (rapidfuzz ``ratio`` or
    ``token_sort_ratio`` over clauses, figures' numbers masked: ``311张`` ≈ ``250张``) by at
    most ``wording_lead``.  30 is the lowest value that kept precision at 95 % on the labelled
    pairs the aligner was tuned on (``tests/cases/alignment``, README); lower finds more
    rewrites and more false pairs."""
    short_sentence_chars: int = 10
    """Sentences up to this many characters (both sides) are short: a shared word already
    gives them a high content overlap, and a changed word a low one, so neither measure is
    trusted below ``short_sentence_threshold``."""
    short_sentence_threshold: float = 75.0
    """Least similarity (the higher of content overlap and character similarity) for two short
    sentences to be one item: ``提高优抚标准`` / ``提高优抚补助标准`` (86) pair;
    ``加快数字政府建设`` / ``加强法治政府建设`` (62) and ``加大吸引外资力度`` /
    ``加大服务业投资力度`` (59) do not."""
    position_weight: float = 10.0
    """Points taken off a candidate pair's rank per full report length between the two
    positions, so among near-equal candidates the one in the same place wins.  Ranking only:
    the threshold applies to the similarity itself."""
    context_threshold: float = 30.0
    """Least similarity for an unlinked pair inside sections (else parts) that the links found
    so far tie together.  Such pairs are scored even when they share no distinctive piece, so
    context is what brings them in; on the labelled pairs a lower value than
    ``sentence_threshold`` cost more precision than it gained recall, so the two are equal."""
    context_reach: int = 15
    """Inside tied sections, an unlinked sentence is scored against the unlinked sentences at
    about its place in the other section, this many either side: sections are short in most
    reports, and the bound keeps a report with few headings (a budget speech) from pairing
    every sentence with every other."""
    gap_threshold: float = 15.0
    """Least similarity for a pair standing in a gap between two links that keep their order,
    with at most ``gap_most`` unlinked sentences on each side: the place itself is evidence."""
    gap_most: int = 3
    """Most unlinked sentences on each side of a gap whose pairs are scored at ``gap_threshold``."""
    wording_lead: float = 10.0
    """How far character similarity may raise a pair above its content overlap: two sentences
    with the same frame and different items (``扎实做好"一老一小"工作`` / ``扎实做好"三农"工作``)
    score high on characters and low on content, and must not pass on characters alone.
    At 25 the labelled look-alikes started to link."""
    role_penalty: float = 100.0
    """Points taken off a pair whose sentences stand in parts of different kinds (review / plan):
    last year's plan item and this year's report of it are a follow-up, not one sentence
    reworded.  At 100 nothing but an identical sentence crosses; a lower value lets a strong
    pair cross where a part was read with the wrong kind (a part titled
    ``“十四五”时期发展成就和“十五五”时期主要目标任务`` holds both)."""
    wording_most_chars: int = 4000
    """Longest pair of texts (characters of both together) whose character similarity is
    computed; longer pairs are scored on content overlap alone, which on such lengths says
    as much.  rapidfuzz's ``ratio`` costs about length² / 64: a pair of run-on sentences of
    40,000 characters each took 7 ms, and a report of them thousands of such pairs.  A long
    real sentence has 300 characters."""
    block_df: int = 12
    """A piece (two-character gram) held by at most this many sentences of both reports is
    distinctive: pairs sharing one are scored; others are not (outside tied sections).  A fixed
    number, not a share, so that the cost grows near-linearly with report length.  From 6 to 30
    the labelled figures do not move (pairs sharing only common pieces never pass the
    threshold anyway); 12 keeps the index small."""
    containment_threshold: float = 70.0
    """Least share (0–100) of the lighter sentence's content weight found in the other for an
    unlinked sentence to join a link as part of a split or merge.  On the labelled pairs, 60
    gained a point of recall for a point of precision, 40 four points for eight."""
    least_shared: int = 3
    """Fewest distinctive pieces (see ``block_df``) a sentence must share with a link to join it:
    a short sentence is otherwise "contained" in any long one through one word."""
    group_most: int = 3
    """Most sentences on one side of a split or merge (more never mattered on the labelled pairs:
    bound it so one long summary sentence cannot absorb a section)."""
    clause_threshold: float = 60.0
    """Least similarity for two clauses of a matched pair to be one clause."""
    head_least_shared: int = 2
    """Least linked sentences under two heads (section headings, topic lead sentences) for the
    heads themselves to be linked, whatever their wording: one stray link is no evidence."""
    head_share: float = 0.2
    """Least share of the smaller body under two heads that must be linked between them.  On the
    tuned-on labels 0.1–0.2 found the most heads at the same precision; 0.3 and up lost some
    renamed section headings whose bodies are only partly matched."""
    section_pairs_most: int = 250_000
    """Most pairs of section titles compared all with all (old sections × new sections at one
    level); past it only equal titles pair by title (sections still pair by the sentences
    they share).  Real reports have at most a few hundred sections a side; the bound keeps
    a file of thousands of numbered lines from costing a quadratic matrix."""
    clause_pairs_most: int = 250_000
    """Most clause pairs (old clauses × new clauses of one matched sentence pair) compared
    all with all; past it only equal clauses pair.  A real sentence has a few dozen clauses;
    a run-on text without full stops can have thousands, whose matrix would cost gigabytes."""
    inline_diff_most: int = 40_000
    """Most token pairs (changed old tokens × changed new tokens, once the common start and
    end are set aside) a sentence's inline diff is computed for; past it the changed middle
    is shown as one deletion and one insertion.  diff-match-patch is pure Python and costs
    about tokens × edits: 200 × 200 tokens take milliseconds, 2,000 × 2,000 a large part of a
    minute.  Real sentences stay far below (a long sentence has ~100 tokens)."""
    section_threshold: float = 40.0
    """Least section score (0–100): the higher of title similarity and the share of the
    sections' sentences that were matched to each other."""
    copy_share: float = 0.9
    """Least share of the body's paragraphs that must stand again, in place, after it for the
    rest of a file to be read as a repeated copy and left out: a scraped page holding the body
    twice repeats all of it, a real report may repeat one paragraph, and a file holding
    several years' reports repeats little; neither of those may lose its text."""
    removed_warning_chars: int = 500
    """Removed HTML comments longer than this in all (characters) are named in a warning: a
    template marker is a few dozen characters, more than a paragraph's worth is text a reader
    may miss."""
    excluded_warning_share: float = 0.2
    """Share of the file kept out of the body as title block, web page furniture or footer
    past which a warning names it: on the 182 corpus files it is at most 4 %, so a fifth
    means the body's start or end was probably misread."""

    commitment_threshold: float = 60.0
    """Least similarity between two commitments' objects (folded, figures masked) for them to be
    one promise repeated: the content similarity sentences are aligned with (distinctive pieces
    weighted by the sentences of both reports, raised by character similarity by at most
    ``wording_lead``), so ``接续推进"医学高峰"建设`` / ``推进新一轮"医学高峰"建设`` pair and
    ``扎实做好"一老一小"工作`` / ``扎实做好"三农"工作`` do not.  Read on the national 2024→2025
    pairs scoring 55–75: from 60 up nearly all are one promise reworded; below, a related but
    new promise (``推动学前教育普惠发展`` / ``逐步推行免费学前教育``) starts to pair."""
    aligned_commitment_threshold: float = 48.0
    """Least similarity (as ``commitment_threshold``) between the objects of two commitments
    left unpaired whose sentences the alignment linked, for them to be one promise repeated:
    the linked sentence is evidence of its own (``加强企业领导班子建设`` / ``加强国有重点企业
    领导班子的管理和建设``, 58).  Read on the nine tune pairs (README, Commitments): at 45–47
    most pairs were two promises (``强化全民族的环境保护意识`` / ``全面实现既定的环境保护和
    治理目标``), from 48 up most are one reworded."""
    short_key_chars: int = 4
    """Commitment objects of this many characters or fewer pair only when equal: a ratio over
    so few characters says little (``有效投资`` / ``有效需求`` score 75)."""
    restated_chars: int = 8
    """A promise the other report says where it read none (``pairwise/restated.py``) is found
    anywhere in a clause from this many characters of action and object; shorter ones only
    opening a clause or after an adverb of promise (``优化机制`` ends ``调整优化机制``), and pair
    with another reading there only when equal (``改善民生`` inside ``增加…改善民生…的支出``)."""
    elsewhere_share: float = 40.0
    """Least share (0–100) of a new or dropped commitment's object — its content pieces, weighted as
    objects are paired — that one plan sentence of the other report must hold, with
    ``elsewhere_pieces`` pieces, for the promise to be listed as probably made there in other
    words (``CommitmentChange.said_elsewhere``).  Chosen on the tune halves of the blind samples of
    listed new and dropped commitments (all 19 real promises over it made there at least in part);
    held out, 59 of 61 were (docs/commitments.md, Said elsewhere)."""
    elsewhere_pieces: int = 3
    """Fewest content pieces that sentence must share for ``said_elsewhere``: two pieces are one word,
    often a formula (``政策``; ``种源安全`` against a sentence that names only ``安全``)."""
    followup_threshold: float = 90.0
    """Least rapidfuzz ``partial_ratio`` for a commitment's object to count as reported in a
    review sentence of the next year (objects under four characters are not looked up)."""
    followup_least_chars: int = 4
    """Objects shorter than this are not looked up in the next review: too short to be found
    only where they are meant (``改革`` stands in every review)."""
    indicator_name_threshold: float = 88.0
    """Least rapidfuzz ``ratio`` for two indicator names of different years (same unit and
    kind) to be tracked as one (``启动精品小区建设`` / ``新启动精品小区建设``: 94).  Names
    from the synonym table are never merged by score: ``城镇登记失业率`` and
    ``城镇调查失业率`` score 86."""
    about_points: float = 0.5
    """A ``左右`` target in % or 个百分点 is met within this many points (5.5%左右: 5.0–6.0)."""
    about_share: float = 0.05
    """A ``左右`` or flat target in other units is met within this share of the figure; a flat
    level set with its growth in one sentence within ``about_points`` per cent of it."""

    reinstate_within: int = 30
    """How many years back a commitment missing last year is looked for among older lineages
    before it counts as new (so ``reinstated`` after a gap of up to this many years)."""
    workers: int | None = None
    """Processes for a timeline; 1 none besides this one; ``None`` one per free core
    (:func:`reportdiff.cores.free_cores`: the cores less those other work keeps busy).  A
    timeline uses two at most: one more process, forked once its reports are read, ranks the
    new terms while this one analyses the reports (giving it each year's plan as it is read)
    and works out targets, follow-ups and lineages.  On the 2-core machine this was built on
    that is about a fifth faster end to end when the second core is free, and 10–15 % slower
    when other work holds it (``benchmarks/bench_cli.py``), hence the free cores."""
    term_process: bool = False
    """Whether a comparison finds its new terms (and searches the new review for the old
    commitments) in a second process, forked once both reports and their commitments are
    read, while this one aligns the sentences — where that is safe (Linux, no other thread
    in this process: not in a notebook's kernel) and a core is free
    (:mod:`reportdiff.pairwise.ahead`; else, and if the child fails, here).  The results
    are the same either way; ``reportdiff diff`` turns it on where there are two cores
    (``--jobs``), since the terms take about a third of its time."""
    timeline_json: bool = False
    """Whether a timeline run in two processes (``workers``) writes the JSON of all but the new
    terms (figures, targets, lineages, follow-ups) as soon as they are worked out, while the
    second process still ranks the terms, so that rendering then only joins them:
    ``reportdiff timeline --format json`` turns it on.  The text is the same either way; with
    one process it changes nothing."""
    parallel_from: int = 8
    """Fewest reports for which a timeline forks that second process (below, the few
    milliseconds it costs, and reading the reports in two processes, are not repaid)."""
    max_terms: int | None = None
    """How many new terms (and dropped ones) a list holds at most: a comparison's, and each year's
    first mentions in a timeline; ``None`` the language's (``TermRules.limit``: 30 for Chinese).
    The most notable come first either way, so a longer list only adds at its end
    (``--max-terms``)."""
    panel_terms: bool = True
    """Whether a panel counts each report's new terms against the report before it.  Word
    segmentation makes this the costliest part of a panel (about two thirds of its time on
    the corpora, ``benchmarks/bench_panel.py``); ``reportdiff panel --no-terms`` skips it."""

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed; ``None`` values leave a field as it is."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
