"""Chinese layout: line joining, sentences and clauses, headings, body boundaries (what kind a part
is: ``parts``)."""

from __future__ import annotations

import re

from ...normalize import (
    COMMON_STEPS,
    Step,
    collapse_blank_lines,
    collapse_spaces,
    fold,
    line_join_step,
    regex_step,
    strip_markdown,
    trim_lines,
)
from ..profile import Heading
from .figures import han_number
from .parts import part_kind

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014"
NUMERALS = "〇零一二三四五六七八九十百两"
SENTENCE_END = "。！？!?"
CLOSERS = "”’」』）)》】\"'"
CLAUSE_MARKS = "，；：,;:"

# --- numbers ------------------------------------------------------------------


def chinese_int(text: str) -> int | None:
    """Value of a small Chinese numeral (heading numbers, months, days, years digit by digit).

    Place-value numerals are read by the figure grammar's reader (:func:`figures.han_number`);
    only a year written digit by digit (``一九九八``) is read here.

    >>> chinese_int("十二"), chinese_int("二十"), chinese_int("一九九八"), chinese_int("7")
    (12, 20, 1998, 7)
    """
    text = fold(text)
    if text.isdigit():
        return int(text)
    if text and all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS.index(ch) % 10) for ch in text))
    value = han_number(text) if text else None
    return int(value) if value is not None and value == int(value) else None


_DIGITS = "零一二三四五六七八九〇"
"""Digits of a year written digit by digit; 〇 is zero (its index 10, mod 10)."""

# --- normalization steps ----------------------------------------------------------

_HEADING_START = re.compile(
    rf"^[*#\s]*(?:[{NUMERALS}]+、|[（(][{NUMERALS}]+[)）]|第[{NUMERALS}]+(?:部分|章)|各位代表|—|-{{2}})"
)
_OPEN_END = re.compile(rf"[^{SENTENCE_END}：:；;…]$")


def _line_is_open(line: str) -> bool:
    """A line that stops mid-sentence (its last character cannot end a sentence)."""
    core = line.rstrip("*_ ")
    if not core:
        return False
    if core[-1] in CLOSERS:
        stripped = core.rstrip(CLOSERS)
        return bool(stripped) and stripped[-1] not in SENTENCE_END
    return bool(_OPEN_END.search(core))


def _line_is_heading_only(line: str) -> bool:
    """A title line (markdown heading, or a numbered heading with no sentence in it)."""
    if line.startswith("#") or re.fullmatch(r"[-*_]{3,}", line):
        return True
    if _is_unnumbered_title(line.strip("*")):
        return True
    return bool(_HEADING_START.match(line)) and not any(ch in line for ch in SENTENCE_END)


def _should_join(line: str, next_line: str) -> bool:
    if not _line_is_open(line) or _line_is_heading_only(line) or is_annex_start(line.strip("*# ")):
        return False  # 附件, 名词解释: the line opening an annex stays a line of its own
    return not (_HEADING_START.match(next_line) or next_line.startswith(("#", "---")))


join_broken_lines = line_join_step("join_broken_lines", _should_join, "")
"""Lines broken mid-sentence by PDF or web extraction are joined, page breaks included.

>>> join_broken_lines("考察长宁工作重要指\\n\\n示要求，牢牢把握。\\n下一段")
'考察长宁工作重要指示要求，牢牢把握。\\n下一段'
>>> join_broken_lines("一、2019年工作回顾\\n过去一年")
'一、2019年工作回顾\\n过去一年'
"""

split_bold_headings = regex_step(
    "split_bold_headings",
    rf"^(\**[ ]*\*\*(?:[（(][{NUMERALS}]+[)）]|[{NUMERALS}]+、)[^*\n]*?[^{SENTENCE_END}*\n]\*\*)(?=[^\s*])",
    "\\1\n",
    re.MULTILINE,
)
"""A bold heading without a final mark, run on into its body, is put on its own line.

>>> split_bold_headings("**（一）聚焦改革**积极对接")
'**（一）聚焦改革**\\n积极对接'
"""

_SPACED_DIGITS = re.compile(
    # the digit taken out of the alternatives (the space, below): re searches for it, not at each char
    r"\d(?:(?<![\d.]\d)(?: \d){2,}(?![\d.])"
    rf"|(?<=[{HAN}{CJK_PUNCT}]\d)(?: \d)+(?= ?[{HAN}{CJK_PUNCT}‰]))"
)

close_spaced_digits = regex_step(
    "close_spaced_digits", _SPACED_DIGITS.pattern, lambda m: m.group(0).replace(" ", "")
)
"""Digits printed one by one with spaces (``1 9 9 8 年``) are closed up; two of them only
between Chinese text on both sides, where no two numbers stand side by side (``增长1 0 ％``,
``减少到2 9个``, ``1 5 ．3 ％``), not among figures in a row (``1 2``).

>>> close_spaced_digits("关于1 9 9 8 年，增长1 0 ％，减少到2 9个，1 2 3，第 1 2")
'关于1998 年，增长10 ％，减少到29个，123，第 1 2'
"""

close_cjk_spaces = regex_step(
    "close_cjk_spaces",
    rf" (?:(?<=[{HAN}{CJK_PUNCT}] ) *(?=[{HAN}{CJK_PUNCT}A-Za-z0-9０-９%(])"
    rf"|(?<=[A-Za-z0-9０-９%.)] ) *(?=[{HAN}{CJK_PUNCT}]))",
    "",
)
"""Spaces next to Chinese text go: ``新增 18 家`` → ``新增18家``, ``政 府`` → ``政府``.

>>> close_cjk_spaces("新增 18 家，政 府 工 作")
'新增18家，政府工作'
"""

STEPS: tuple[Step, ...] = (
    *COMMON_STEPS,
    split_bold_headings,
    join_broken_lines,
    strip_markdown,
    close_spaced_digits,
    close_cjk_spaces,
    collapse_spaces,
    trim_lines,
    collapse_blank_lines,
)

# --- sentences and clauses ----------------------------------------------------------

_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』"}
_OPENER_OF = {v: k for k, v in _PAIRS.items()}
_BRACKETS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")
_MARKS: dict[str, re.Pattern[str]] = {}
"""Break characters → a pattern finding them or a bracket (see :func:`_ranges`)."""


def _balanced_openers(text: str) -> set[int]:
    """Positions of opening quotes/brackets that are closed later in the text."""
    stacks: dict[str, list[int]] = {}
    closed: set[int] = set()
    # only brackets matter: the scan jumps from one to the next (a search in C)
    for found in _BRACKETS.finditer(text):
        ch = found.group()
        if ch in _PAIRS:
            stacks.setdefault(ch, []).append(found.start())
        elif stacks.get(_OPENER_OF[ch]):
            closed.add(stacks[_OPENER_OF[ch]].pop())
    return closed


def _ranges(text: str, breaks: str, keep_break: bool) -> list[tuple[int, int]]:
    """Ranges between break characters outside balanced quotes and brackets."""
    openers = _balanced_openers(text)
    marks = _MARKS.get(breaks)
    if marks is None:
        # characters that change nothing are jumped over (a search in C), not stepped through
        marks = _MARKS[breaks] = re.compile(
            "[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values()) + breaks) + "]"
        )
    ranges: list[tuple[int, int]] = []
    depth = start = 0
    n = len(text)
    found = marks.search(text)
    while found is not None:
        i = found.start()
        ch = text[i]
        if i in openers:
            depth += 1
        elif ch in _OPENER_OF and depth > 0:
            depth -= 1
        elif depth == 0 and ch in breaks and not _is_number_comma(text, i):
            end = i + 1
            while end < n and text[end] in breaks:
                end += 1
            if keep_break:
                while end < n and text[end] in CLOSERS:
                    end += 1
            ranges.append((start, end if keep_break else i))
            start = end
            found = marks.search(text, end)
            continue
        found = marks.search(text, i + 1)
    if start < n:
        ranges.append((start, n))
    return [(a, b) for a, b in ranges if b > a]


def _is_number_comma(text: str, i: int) -> bool:
    """``1,000`` and ``3:2``: a comma or colon between digits does not split, nor does a full-width
    comma between digits before exactly three (``1，992亿元``: older reports' thousands separator).

    >>> _is_number_comma("1，992亿元", 1), _is_number_comma("增长5，12家", 3)
    (True, False)
    """
    if not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
        return False
    return text[i] in ",:" or (text[i] == "，" and _THOUSANDS.match(text, i + 1) is not None)


_THOUSANDS = re.compile(r"[0-9０-９]{3}(?![0-9０-９])")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence ranges: a sentence ends at 。！？ (with its closing quotes), never inside quotes.

    >>> p = "他说：“要干。要快。”我们同意。好"
    >>> [p[a:b] for a, b in split_sentences(p)]
    ['他说：“要干。要快。”我们同意。', '好']
    """
    return _ranges(paragraph, SENTENCE_END, keep_break=True)


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """Clause ranges between ，；： (marks excluded), never inside quotes or brackets.

    >>> s = "新建4家中心，10家助餐点；推进“一网通办，一网统管”。"
    >>> [s[a:b] for a, b in split_clauses(s)]
    ['新建4家中心', '10家助餐点', '推进“一网通办，一网统管”。']
    """
    ranges = _ranges(sentence, CLAUSE_MARKS, keep_break=False)
    return ranges or [(0, len(sentence))]


# --- headings and parts ----------------------------------------------------------

_PART = re.compile(rf"^([{NUMERALS}]{{1,3}})、")
_SECTION = re.compile(rf"^[（(]([{NUMERALS}]{{1,3}})[)）]\s*")


def heading(paragraph: str, markdown: bool) -> Heading | None:
    """The part (``一、``) or section (``（一）``) number a paragraph opens with.

    >>> heading("一、2019年工作回顾", False).level, heading("（二）聚焦", False).number
    (1, 2)
    """
    del markdown  # numbered headings are recognised with or without markdown
    for level, pattern in ((1, _PART), (2, _SECTION)):
        match = pattern.match(paragraph)
        if match and level == 1 and paragraph.rstrip().endswith(("；", ";", "，", ",")):
            continue  # 一、物资消耗高…的企业；: an item of a list, not a part
        if match:
            number = chinese_int(match.group(1))
            if number is not None and number > 0:
                return Heading(level, number, match.group(1), match.end())
    # An unnumbered title line that names a review or plan (``“十四五”时期工作回顾``).
    if _is_unnumbered_title(paragraph):
        return Heading(1, None, "", 0)
    return None


def heading_label(number: str, level: int) -> str:
    """A heading's number as displayed before its title.

    >>> heading_label("一", 1), heading_label("三", 2)
    ('一、', '（三）')
    """
    return f"{number}、" if level == 1 else f"（{number}）"


def _is_unnumbered_title(line: str) -> bool:
    """A short line without punctuation that names a review or plan (``2024年工作回顾``)."""
    short = len(line) <= _UNNUMBERED_MAX and not re.search(r"[，。！？；：,!?;:]", line)
    return short and part_kind(line, None) is not None


_UNNUMBERED_MAX = 24
"""An unnumbered part title is a short line; longer lines are text."""


# --- body boundaries --------------------------------------------------------------


def is_body_start(paragraph: str) -> bool:
    """The greeting that opens the address (``各位代表：``)."""
    return paragraph.startswith(("各位代表", "各位委员", "现在，我代表"))


_ANNEX = re.compile(
    r"^(?:附件\s*[0-9０-９一二三四五六七八九十]*|附录|附表|名词解释|名词注释|注释|注解)(?:[：:\s　].{0,40})?$"
    r"|^.{0,24}(?:名词解释|名词注释)[：:]?$"
)


def is_annex_start(paragraph: str) -> bool:
    """A line opening what is appended to the address: an annex, a glossary, notes.

    >>> is_annex_start("附件"), is_annex_start("附件1 2025年十件民生实事"), is_annex_start("名词解释")
    (True, True, True)
    >>> is_annex_start("《政府工作报告》有关内容名词注释"), is_annex_start("附件材料已印发各位代表，请审阅。")
    (True, False)
    """
    return bool(_ANNEX.match(paragraph.strip()))


def is_closing(paragraph: str) -> bool:
    """The address to the deputies that opens the closing."""
    return paragraph.startswith(("各位代表", "各位委员"))


_FOOTER = re.compile(
    r"^(?:本作品是中华人民共和国|Public domain|[（(]?来源[：:]|相关报道|[（(]?责任编辑|[（(]?共印|"
    r"[【\[]?(?:打印本页|关闭窗口|E-mail推荐)|注：中文维基文库)"
)
_CHROME = re.compile(
    r"^(?:当前位置[：:]|【字[体号]|【E-mail|【打印|【关闭|】$|"
    r"(?:下载|打印|全屏|收藏|分享|关闭|加大|还原|减小|字号)+[【：:]?$|"
    r"[（(]?责任编辑|来源[：:].{0,30}$|时间[：:].{0,30}$|发布时间|中央政府门户网站|www\.|"
    r".{0,40}(?:新华社|本报)记者.{0,20}摄$|相关报道|false$|Public domain$)"
)


def is_footer_start(paragraph: str) -> bool:
    """A licence notice, source line, editor line or print run that ends the text."""
    return bool(_FOOTER.match(paragraph))


def is_chrome(paragraph: str) -> bool:
    """Web page furniture (breadcrumbs, font-size links, photo credits)."""
    return bool(_CHROME.match(paragraph))


def is_prose(paragraph: str) -> bool:
    """Running text: ends like a sentence, or is long."""
    core = paragraph.rstrip(CLOSERS)
    return bool(core) and (core[-1] in SENTENCE_END + "：:；;" or len(paragraph) >= 40)


def is_topic_candidate(sentence: str) -> bool:
    """Short, one statement, no figures: a possible lead sentence (``改革开放力度不断加大。``).

    >>> is_topic_candidate("改革开放力度不断加大。"), is_topic_candidate("新增就业岗位35783个。")
    (True, False)
    """
    core = sentence.lstrip("—-").rstrip(SENTENCE_END + CLOSERS)
    return (
        4 <= len(core) <= 20
        and sentence.rstrip(CLOSERS)[-1:] in SENTENCE_END
        and not re.search(r"[，,；;：:、\d０-９%]", core)
    )


def content_pieces(key: str) -> frozenset[str]:
    """Two-character grams of a matching key that hold no space or mark: in Chinese most
    words are one or two such grams, and no segmenter has to be loaded to find them.

    >>> sorted(content_pieces("新增养老床位#张，增长#%"))
    ['#张', '位#', '养老', '增养', '增长', '床位', '新增', '老床', '长#']
    """
    # runs of letters, digits, # and + (``\w`` is ``str.isalnum`` and ``_``), found by one
    # regex rather than a test per character: keys are read by the thousand
    runs = _NOT_PIECE.sub(" ", key).split(" ")
    return frozenset([run[i : i + 2] for run in runs for i in range(len(run) - 1)])


_NOT_PIECE = re.compile(r"[^\w#+]|_")
