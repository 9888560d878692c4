"""Cost of hostile shapes: how ``show``, ``indicators`` and ``diff`` grow with the input.

Each shape is a text built here (no corpus text) that pushes one stage: ``long lines``
(a report hard-wrapped every few characters, and sentences of thousands of characters
without a full stop), ``many sentences`` (distinct sentences, reordered in the new
version), ``many figures`` (one paragraph holding hundreds of figures), ``many headings``
(a numbered section every few lines) and ``repeated sentences`` (one sentence again and
again).  Each is built at 1×, 4× and 16× its base size; every command runs once per size
in a fresh interpreter (through the CLI, JSON written to /dev/null), which reports its wall
time (imports excluded) and its peak resident memory (``ru_maxrss``, the interpreter
included).  The growth factors are time(16×) / time(1×) (linear: 16, the goal ≤ ~24) and
time(16×) / time(4×) (linear: 4), which constant costs (imports, jieba's dictionary for
``diff``) hide less.

    python benchmarks/bench_hostile.py            # every shape
    python benchmarks/bench_hostile.py figures    # shapes whose name holds "figures"

Measured on the 2-core machine this was built on, under load (load average about 5):
1×, 4×, 16× time, peak memory at 16×, then the 16×/1× and 16×/4× factors::

    long lines          show         0.15   0.35   1.15 s    56 MB    7.7×  3.3×
    long lines          indicators   0.15   0.34   0.99 s    40 MB    6.6×  2.9×
    long lines          diff         3.62   5.14  12.84 s   273 MB    3.5×  2.5×
    many sentences      show         0.12   0.26   0.82 s    67 MB    6.8×  3.2×
    many sentences      indicators   0.13   0.22   0.53 s    37 MB    4.1×  2.4×
    many sentences      diff         3.23   4.21  10.21 s   279 MB    3.2×  2.4×
    many figures        show         0.11   0.16   0.40 s    40 MB    3.6×  2.5×
    many figures        indicators   0.18   0.40   1.32 s    70 MB    7.3×  3.3×
    many figures        diff         3.28   4.54   9.57 s   361 MB    2.9×  2.1×
    many headings       show         0.12   0.14   0.47 s    64 MB    3.9×  3.4×
    many headings       indicators   0.13   0.13   0.56 s    33 MB    4.3×  4.3×
    many headings       diff         1.76   2.15   3.76 s   274 MB    2.1×  1.7×
    repeated sentences  show         0.06   0.22   0.49 s    52 MB    8.2×  2.2×
    repeated sentences  indicators   0.06   0.12   0.36 s    38 MB    6.0×  3.0×
    repeated sentences  diff         2.41   2.94   4.56 s   246 MB    1.9×  1.6×

The 1× time of ``diff`` is mostly jieba's dictionary (new terms).  Before the bounds,
``diff`` of the 4× long lines took 79 s; with only the inline-diff and period-cue bounds in
place, ``indicators`` on the 16× figures took 46 s and ``diff`` 209 s and 1.1 GB.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZES = (1, 4, 16)
COMMANDS = ("show", "indicators", "diff")

_VOCABULARY = (
    "推进 加快 完善 健全 深化 实施 建设 打造 提升 优化 培育 发展 保障 支持 强化 落实 "
    "城市 乡村 产业 园区 社区 企业 科技 教育 医疗 养老 交通 生态 文化 民生 就业 住房 "
    "体系 机制 能力 水平 服务 工程 项目 平台 环境 质量 效能 改革 开放 创新 治理 安全"
)
_WORDS = _VOCABULARY.split()
_UNITS = ("个", "家", "张", "亿元", "万元", "公里", "万人", "套")
_HEAD = "各位代表：\n一、过去一年工作回顾\n"
_PLAN = "二、今年主要任务\n"


def _sentence(rng: random.Random, words: int = 12) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(words)) + "。"


def _figure(rng: random.Random) -> str:
    return f"新增{rng.choice(_WORDS)}{rng.choice(_WORDS)}{rng.randint(1, 999)}{rng.choice(_UNITS)}"


def long_lines(k: int, seed: int) -> str:
    """Hard-wrapped every 7 characters (line joining), and a sentence of thousands of
    characters without a full stop, as one line and hard-wrapped."""
    rng = random.Random(seed)
    prose = "".join(_sentence(rng) for _ in range(200 * k))
    endless = "，".join(_sentence(rng)[:-1] for _ in range(100 * k)) + "。"
    return _HEAD + _wrapped(prose) + "\n" + _PLAN + endless + "\n" + _wrapped(endless) + "\n"


def _wrapped(text: str) -> str:
    return "\n".join(text[i : i + 7] for i in range(0, len(text), 7))


def many_sentences(k: int, seed: int) -> str:
    """Paragraphs of distinct sentences; ``seed`` 1 (the new side) rewords and reorders some."""
    rng = random.Random(0)
    sentences = [_sentence(rng) for _ in range(400 * k)]
    change = random.Random(seed)
    if seed:
        for i in change.sample(range(len(sentences)), len(sentences) // 5):
            sentences[i] = _sentence(change)
        change.shuffle(sentences)
    paragraphs = ["".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    half = len(paragraphs) // 2
    return _HEAD + "\n".join(paragraphs[:half]) + "\n" + _PLAN + "\n".join(paragraphs[half:]) + "\n"


def many_figures(k: int, seed: int) -> str:
    """One paragraph per part holding 250 × k figures."""
    rng = random.Random(seed)
    review = "，".join(_figure(rng) for _ in range(250 * k)) + "。"
    plan = "，".join(_figure(rng) for _ in range(250 * k)) + "。"
    return _HEAD + review + "\n" + _PLAN + plan + "\n"


def many_headings(k: int, seed: int) -> str:
    """A numbered section every two sentences, fifty to a part, 2 × k parts (the review
    first, then the plan)."""
    rng = random.Random(seed)
    lines = ["各位代表："]
    for part in range(1, 2 * k + 1):
        lines.append(f"{_numeral(part)}、" + ("过去一年工作回顾" if part <= k else "今年主要任务"))
        for n in range(1, 51):
            lines.append(f"（{_numeral(n)}）{rng.choice(_WORDS)}{rng.choice(_WORDS)}")
            lines.extend(_sentence(rng) for _ in range(2))
    return "\n".join(lines) + "\n"


def _numeral(n: int) -> str:
    """1–99 in Chinese numerals, as headings number them."""
    digits = "一二三四五六七八九"
    tens, ones = divmod(n, 10)
    head = "" if not tens else "十" if tens == 1 else digits[tens - 1] + "十"
    return head + (digits[ones - 1] if ones else "")


def repeated_sentences(k: int, seed: int) -> str:
    """One long sentence, 200 × k times, in paragraphs of five (the new side has five more)."""
    sentence = _sentence(random.Random(0), 30)
    count = 200 * k + 5 * seed
    paragraphs = [sentence * 5 for _ in range(count // 5)]
    half = len(paragraphs) // 2
    return _HEAD + "\n".join(paragraphs[:half]) + "\n" + _PLAN + "\n".join(paragraphs[half:]) + "\n"


SHAPES: dict[str, Callable[[int, int], str]] = {
    "long lines": long_lines,
    "many sentences": many_sentences,
    "many figures": many_figures,
    "many headings": many_headings,
    "repeated sentences": repeated_sentences,
}

PROBE = """
import json, os, resource, sys, time
import reportdiff.api, reportdiff.render.json_  # imports are not what is measured
from reportdiff.cli import main

started = time.perf_counter()
try:
    main(sys.argv[1:] + ["--format", "json", "-o", os.devnull], standalone_mode=False)
    code = 0
except SystemExit as exc:
    code = exc.code
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "code": code}))
"""


def measure(command: str, files: list[Path]) -> dict[str, float]:
    args = [command, *map(str, files if command == "diff" else files[1:])]
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(only: str = "") -> None:
    print(f"{'shape':20} {'command':11} " + " ".join(f"{f'{k}× s':>8} {f'{k}× MB':>7}" for k in SIZES)
          + "  1→16× 4→16×  (16× input)")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        for name, shape in SHAPES.items():
            if only not in name:
                continue
            files = {}
            for k in SIZES:
                pair = [Path(folder) / f"{k}-old.txt", Path(folder) / f"{k}-new.txt"]
                for seed, path in enumerate(pair):
                    path.write_text(shape(k, seed), encoding="utf-8")
                files[k] = pair
            for command in COMMANDS:
                runs = [measure(command, files[k]) for k in SIZES]
                cells = " ".join(f"{r['seconds']:8.2f} {r['peak_mb']:7.0f}" for r in runs)
                growth = runs[-1]["seconds"] / max(runs[0]["seconds"], 1e-3)
                last = runs[-1]["seconds"] / max(runs[-2]["seconds"], 1e-3)
                size = files[SIZES[-1]][1].stat().st_size / 1e6
                print(
                    f"{name:20} {command:11} {cells}  {growth:6.1f}× {last:5.1f}×  ({size:.2f} MB)",
                    flush=True,
                )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
