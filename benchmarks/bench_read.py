"""Reading published forms: speed, and how much of the text comes back unchanged.

Run: ``python benchmarks/bench_read.py`` (needs ``chromium`` and a Chinese font for the
PDFs, and ``../shared/corpora``).  Builds, with the test suite's builders
(``tests/published.py``), a ~50-page PDF printed by headless Chromium from two
provinces' 2025 reports run together, and a Word file and a GBK web page of one report;
prints the median time of ``reportdiff.load`` on each against loading the same text as
a ``.txt`` (the baseline, same run), the time to import each reader's library in a
fresh interpreter, and then, for five provinces and an English budget speech, the share of sentences
``reportdiff.compare(REPORT.txt, PUBLISHED)`` finds unchanged in each form.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import published  # noqa: E402

import reportdiff  # noqa: E402
from _timing import median_seconds  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
REPORTS, RUNNING = published.REPORTS, published.OWN_TITLES


def _text(name: str) -> Path:
    return CORPORA / f"{name}.txt"


def _build(form: str, name: str, folder: Path) -> Path:
    text = _text(name).read_text(encoding="utf-8")
    out = folder / f"{name.replace('/', '-')}.{form}"
    return published.publish(form, text, out, running=name in RUNNING)


def _import_ms(module: str) -> float:
    probe = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return float(out.stdout)


def speed(folder: Path) -> None:
    from pypdf import PdfReader

    joined = "\n".join(_text(name).read_text(encoding="utf-8") for name in REPORTS[:2])
    big_txt = folder / "two.txt"
    big_txt.write_text(joined, encoding="utf-8")
    big_pdf = published.chromium_pdf(published.print_html(joined, running=True), folder / "two.pdf")
    pages = len(PdfReader(big_pdf).pages)
    rows = [
        (f"PDF, {pages} pages (2 reports)", big_pdf, big_txt),
        ("Word .docx (anhui 2025)", _build("docx", REPORTS[0], folder), _text(REPORTS[0])),
        ("GBK web page (anhui 2025)", _build("html", REPORTS[0], folder), _text(REPORTS[0])),
    ]
    print("| file | bytes | reportdiff.load | same text as .txt (baseline) | ratio |")
    print("|---|---|---|---|---|")
    for label, path, txt in rows:
        reportdiff.load(path)  # the reader's library imported once, outside the timing
        ours = median_seconds(lambda path=path: reportdiff.load(path), 5) * 1000
        base = median_seconds(lambda txt=txt: reportdiff.load(txt), 5) * 1000
        size = path.stat().st_size
        print(f"| {label} | {size} | {ours:.0f} ms | {base:.0f} ms | {ours / base:.1f}× |")
    print("\nimporting each reader's library in a fresh interpreter (once per process):")
    for module in ("pypdf", "docx", "trafilatura"):
        print(f"- {module}: {_import_ms(module):.0f} ms")


def accuracy(folder: Path) -> None:
    print("\n| report | sentences | .docx unchanged | web page unchanged | PDF unchanged |")
    print("|---|---|---|---|---|")
    for name in REPORTS:
        cells = []
        for form in ("docx", "html", "pdf"):
            summary = reportdiff.compare(_text(name), _build(form, name, folder)).summary()
            cells.append(f"{summary['unchanged'] / sum(summary.values()):.1%}")
        count = len(reportdiff.load(_text(name)).sentences)
        print(f"| {name} | {count} | " + " | ".join(cells) + " |")


def main() -> None:
    if not (published.CHROMIUM and published.has_cjk_font() and CORPORA.is_dir()):
        sys.exit("needs chromium, a Chinese font (fonts-wqy-microhei) and ../shared/corpora")
    with tempfile.TemporaryDirectory() as folder:
        speed(Path(folder))
        accuracy(Path(folder))


if __name__ == "__main__":
    main()
