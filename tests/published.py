"""Build the forms a report is published in from its text, at test time: a Word file
with headings, a GBK web page with a site's chrome around the article, and a PDF printed
by headless Chromium with its header, footer and page numbers.  Nothing binary is kept
in the repository; ``benchmarks/bench_read.py`` uses the same builders.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# a part heading (一、) and a short numbered section heading ((一)) become Word headings
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SECTION = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")

# what a provincial government's site puts around an article (navigation, breadcrumbs,
# share buttons, related articles, footer): none of it may reach the report's sentences
NAVIGATION = ("首页", "政务公开", "互动交流", "办事服务")
BREADCRUMB = "当前位置：首页 > 政务公开 > 政府工作报告"
SHARE = "分享到：微信 微博 QQ空间"
RELATED = (
    "省政府召开常务会议研究部署一季度经济工作",
    "关于2024年国民经济和社会发展计划执行情况的报告",
    "图解：一图读懂政府工作报告",
)
FOOTER = ("主办：省人民政府办公厅 承办：省大数据中心", "网站标识码：3400000001 皖ICP备05002185号")
# pieces of that chrome no report sentence holds (a navigation word alone may: 政务公开)
CHROME = ("当前位置", "发布时间", "分享到", *RELATED, "主办：", "网站标识码", "相关文章")


# the reports the published-form tests and benchmarks/bench_read.py publish
REPORTS = (
    "cn-prov-anhui/2025",
    "cn-prov-beijing/2025",
    "cn-prov-chongqing/2025",
    "cn-prov-fujian/2025",
    "cn-prov-gansu/2025",
    "sg-budget/2024",  # English, in a proportional font
)
# these are printed with their own running title and page numbers (CSS), the others
# with Chromium's header and footer
OWN_TITLES = ("cn-prov-beijing/2025", "cn-prov-fujian/2025")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def docx_bytes(text: str, path: Path) -> Path:
    """A Word file: the first line as the title, part and section headings as headings."""
    import docx

    document = docx.Document()
    first, *rest = lines(text)
    document.add_heading(first, level=0)
    for line in rest:
        if _PART.match(line):
            document.add_heading(line, level=1)
        elif _SECTION.match(line) and len(line) < 40:
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def web_page(text: str, charset: str = "gb2312", headings: bool = False) -> bytes:
    """A government site's page holding the report, encoded as its ``charset`` says; with
    ``headings``, its part and section titles (``一、…``, ``（一）…``) marked up as ``<h2>`` and
    ``<h3>``, beside the paragraphs in the article itself (no box of their own around them)."""
    first, *rest = lines(text)
    body = "\n".join(_block(line, headings) for line in rest)
    nav = "".join(f'<li><a href="/n{i}">{name}</a></li>' for i, name in enumerate(NAVIGATION))
    related = "".join(f'<li><a href="/r{i}">{title}</a></li>' for i, title in enumerate(RELATED))
    footer = "".join(f"<p>{line}</p>" for line in FOOTER)
    crumbs = " &gt; ".join(f'<a href="/c{i}">{c}</a>' for i, c in enumerate(BREADCRUMB.split(" > ")))
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(first)}_省人民政府门户网站</title></head>
<body><div class="header"><ul class="nav">{nav}</ul></div>
<div class="breadcrumb">{crumbs}</div>
<div class="article"><h1>{html.escape(first)}</h1>
<div class="info">发布时间：2025-01-21 来源：省政府办公厅 【字号：大 中 小】 打印</div>
{body if headings else f'<div class="content" id="zoom">{body}</div>'}
<div class="share">{SHARE}</div></div>
<div class="related"><h3>相关文章</h3><ul>{related}</ul></div>
<div class="footer">{footer}</div></body></html>"""
    return page.encode("gb18030" if charset.lower() in {"gb2312", "gbk"} else charset)


def _block(line: str, headings: bool) -> str:
    tag = "p"
    if headings and PART_TITLE.match(line):
        tag = "h2"
    elif headings and SECTION_TITLE.match(line) and len(line) < 40:
        tag = "h3"
    return f"<{tag}>{html.escape(line)}</{tag}>"


PART_TITLE = re.compile("[一二三四五六七八九十]+、")
SECTION_TITLE = re.compile("[（(][一二三四五六七八九十]+[）)]")


# running header and footer set by the page itself (CSS margin boxes), as an office's
# typesetting prints them; they replace Chromium's own header and footer
RUNNING = """@page { size: A4; margin: 25mm 20mm;
  @top-center { content: "TITLE"; font-size: 9pt }
  @bottom-center { content: "- " counter(page) " -"; font-size: 9pt }
  @bottom-right { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt } }
p { text-align: justify; line-height: 1.6 }"""


def print_html(text: str, title: str = "政府工作报告", running: bool = False) -> str:
    """The report as a plain printable page: a paragraph a line, indented as printed;
    with ``running``, its own running title and page numbers (``- 3 -``, ``第 3 页 共 18 页``)."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines(text))
    style = "p{text-indent:2em;margin:0 0 .4em;font-size:15pt}" + (
        RUNNING.replace("TITLE", lines(text)[0]) if running else ""
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{style}</style></head><body>{body}</body></html>"
    )


def chromium_pdf(page_html: str, out: Path) -> Path:
    """Print a page with headless Chromium, its own header and footer on (date, title,
    address, page x/y)."""
    assert CHROMIUM, "chromium is missing: .ci/run installs Debian's chromium package"
    source = out.with_suffix(".print.html")
    source.write_text(page_html, encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}", source.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def has_cjk_font() -> bool:
    """Whether Chromium can print Chinese (without a CJK font its glyphs carry no text)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def publish(form: str, text: str, out: Path, running: bool = False) -> Path:
    """``text`` published as ``form`` (``docx``, ``html`` or ``pdf``) at ``out``; ``running``
    prints a running title and page numbers of its own in a PDF."""
    if form == "docx":
        return docx_bytes(text, out)
    if form == "html":
        out.write_bytes(web_page(text))
        return out
    return chromium_pdf(print_html(text, running=running), out)
