"""Reports as they are published — Word, a GBK web page, a PDF printed by Chromium — read
back to the sentences of their text: built here from the corpus text, compared with it."""

from __future__ import annotations

import html
import os
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

import reportdiff
from reportdiff.cli import main

from . import published
from .conftest import CORPORA, needs_corpora

REPORTS, RUNNING = published.REPORTS, published.OWN_TITLES
FLOOR = {"docx": 0.95, "html": 0.95, "pdf": 0.90}

_no_pdf = not (published.CHROMIUM and published.has_cjk_font())
needs_chromium = pytest.mark.skipif(
    _no_pdf and not os.environ.get("CI"),
    reason="no chromium or no Chinese font here (.ci/run installs both)",
)

# what is printed on every page: Chromium's date line, the page's address, "x/y"; the
# page's own "- 3 -" and "第 3 页 共 18 页"
PRINTED_FURNITURE = re.compile(
    r"file:|\d{1,2}/\d{1,2}/\d{2},|\b\d{1,3}/\d{1,3}$|^\d{1,3}$|^-\s*\d+\s*-|第\s*\d+\s*页"
)


def _source(name: str) -> Path:
    return CORPORA / f"{name}.txt"


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """``build(form, report)``: the report published in that form, made once a session."""
    folder = tmp_path_factory.mktemp("published")

    @cache
    def made(form: str, name: str) -> Path:
        text = _source(name).read_text(encoding="utf-8")
        out = folder / f"{name.replace('/', '-')}.{form}"
        return published.publish(form, text, out, running=name in RUNNING)

    return made


def _check(form: str, name: str, path: Path) -> reportdiff.Report:
    report = reportdiff.load(path)
    comparison = reportdiff.compare(_source(name), report)
    summary = comparison.summary()
    share = summary["unchanged"] / sum(summary.values())
    assert share >= FLOOR[form], f"{name} {form}: {share:.1%} unchanged, {summary}"
    for sentence in report.sentences:
        assert not PRINTED_FURNITURE.search(sentence.text), sentence.text
        assert not any(chrome in sentence.text for chrome in published.CHROME), sentence.text
        assert sentence.text not in published.NAVIGATION
    return report


@needs_corpora
@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("form", ["docx", "html"])
def test_word_and_web_read_as_the_text(build: Callable[[str, str], Path], form: str, name: str) -> None:
    _check(form, name, build(form, name))


@needs_corpora
@needs_chromium
@pytest.mark.parametrize("name", ["cn-prov-jilin/2025", "cn-state-council/2025"])
def test_a_wrapped_heading_with_its_body_in_one_paragraph_reads_whole(tmp_path: Path, name: str) -> None:
    """A numbered heading standing in its paragraph's first sentence, wrapped onto the line the
    body then fills (``（一）…更好发挥经济体制改革`` / ``牵引作用。扎实推进…``), reads as one heading:
    it was cut in two (``…经济体制改革`` and a sentence ``牵引作用。``; the twelfth new user's finding 3)."""
    assert published.has_cjk_font(), "no Chinese font: .ci/run installs fonts-wqy-microhei"
    lines = published.lines(_source(name).read_text(encoding="utf-8"))
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-size:15pt;margin:2cm}'
        f"p{{text-indent:2em;line-height:1.6;margin:0}}</style></head><body>{body}</body></html>"
    )  # a narrower measure than the other tests': the long headings wrap
    out = tmp_path / f"{name.replace('/', '-')}.pdf"
    printed, text = reportdiff.load(published.chromium_pdf(page, out)), reportdiff.load(_source(name))
    assert [s.title for s in printed.sections] == [s.title for s in text.sections]
    assert [s.text for s in printed.sentences] == [s.text for s in text.sentences]


@needs_corpora
@needs_chromium
@pytest.mark.parametrize("name", REPORTS)
def test_printed_pdf_reads_as_the_text(build: Callable[[str, str], Path], name: str) -> None:
    assert published.has_cjk_font(), "no Chinese font: .ci/run installs fonts-wqy-microhei"
    path = build("pdf", name)
    report = _check("pdf", name, path)
    # where each page starts: the closing sentence is on the last page, the greeting on the first
    pages = report.raw.pages
    assert len(pages) == len(PdfReader(path).pages) > 5
    assert pages[0] == 0 and list(pages) == sorted(set(pages))
    assert bisect_right(pages, report.sentences[-1].span.start) == len(pages)
    assert bisect_right(pages, report.sentences[0].span.start) == 1


@needs_corpora
def test_kinds_are_told_by_content_not_name(build: Callable[[str, str], Path], tmp_path: Path) -> None:
    for form, encoding in (("docx", "docx"), ("html", "html/gb18030")):
        renamed = tmp_path / f"{form}.txt"
        renamed.write_bytes(build(form, "cn-prov-anhui/2025").read_bytes())
        assert reportdiff.load(renamed).raw.encoding == encoding


@needs_corpora
def test_standard_input_reads_every_form(build: Callable[[str, str], Path]) -> None:
    runner = CliRunner()
    name = "cn-prov-beijing/2025"
    text = _source(name).read_bytes()
    for data in (text, build("docx", name).read_bytes(), build("html", name).read_bytes()):
        result = runner.invoke(main, ["show", "-", "--format", "json"], input=data)
        assert result.exit_code == 0, result.output
        assert '"source": "<stdin>"' in result.output
    result = runner.invoke(main, ["diff", str(_source(name)), "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["indicators", "-", "--format", "csv"], input=text)
    assert result.exit_code == 0 and result.output.count("\n") > 10


@needs_corpora
@needs_chromium
def test_a_pdf_locked_only_against_copying_is_read(build: Callable[[str, str], Path], tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(build("pdf", "cn-prov-gansu/2025")))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    assert PdfReader(locked).is_encrypted
    assert reportdiff.load(locked).sentences == reportdiff.load(build("pdf", "cn-prov-gansu/2025")).sentences


def test_a_web_page_is_decoded_by_its_charset_or_else_detected(tmp_path: Path) -> None:
    text = "2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5%。"
    cases = {
        "gbk": (published.web_page(text, "gbk"), "html/gb18030"),
        "utf-8": (published.web_page(text, "utf-8"), "html/utf-8"),
        # no charset at all: detected as a text file is
        "none": (published.web_page(text, "gbk").replace(b"; charset=gbk", b""), "html/gb18030"),
        # labelled gb2312 over UTF-8 bytes (the sixteenth new user's finding 10): read as UTF-8
        "lying": (
            published.web_page(text, "utf-8").replace(b"charset=utf-8", b"charset=gb2312"),
            "html/utf-8",
        ),
    }
    plain = reportdiff.parse(text)
    for name, (data, encoding) in cases.items():
        report = reportdiff.load(data)
        assert report.raw.encoding == encoding, name
        # even on a page this short, none of the site's chrome is kept
        assert [s.text for s in report.sentences] == [s.text for s in plain.sentences], name
        assert report.metadata.title == plain.metadata.title, name


@needs_corpora
@pytest.mark.parametrize("name", ["cn-prov-hubei/2026", "cn-state-council/2025"])
def test_a_web_page_whose_titles_are_headings_keeps_its_parts(name: str) -> None:
    """A page marking its part and section titles up as ``<h2>``/``<h3>``, as government sites
    do: trafilatura leaves those out of the article whatever its options, which read the report
    as one undivided block — no review, no plan, every promise dropped (the sixteenth new user's
    finding 1).  They are put back before the paragraphs they head."""
    text = _source(name).read_text(encoding="utf-8")
    page = published.web_page(text, "gb2312", headings=True)
    assert b"<h2>" in page and b"<h3>" in page
    report, plain = reportdiff.load(page), reportdiff.load(_source(name))
    assert [(s.title, s.part) for s in report.sections] == [(s.title, s.part) for s in plain.sections]
    assert [s.text for s in report.sentences] == [s.text for s in plain.sentences]


def test_a_breadcrumb_kept_above_the_article_does_not_title_it() -> None:
    """The twenty-second new user: a report printed to PDF from a provincial portal keeps the site's
    navigation and breadcrumb (``当前位置：首页>政务公开>政府工作报告``) above the article; its title was
    taken from the breadcrumb's last step."""
    text = (
        "首页\n政务公开\n当前位置：首页>政务公开>政府工作报告\n2026年山西省政府工作报告\n"
        "——2026年2月2日在山西省第十四届人民代表大会第五次会议上\n各位代表：\n"
        "现在，我代表省人民政府向大会报告工作。\n一、2025年工作回顾\n经济运行稳中有进。\n"
        "二、2026年主要任务\n推进城市更新行动。\n"
    )
    report = reportdiff.parse(text, "2026.txt")
    assert (report.metadata.title, report.metadata.year) == ("2026年山西省政府工作报告", 2026)
