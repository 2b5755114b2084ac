"""Build time of pathological inputs at two sizes, to show it grows linearly: a paragraph of very
many short lines, HTML nested very deep, a line of hundreds of thousands of Markdown characters.

    .venv/bin/python bench/pathological.py

Each input is built alone beside the sample article, by the generator and then by `mkdocs build`
(which runs the generator again from its cache, then converts and indexes the pages).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "articles" / "000_67ba8191cee16773.txt"


def many_lines(n: int) -> tuple[str, str]:
    return "many_lines.txt", "date 2024-03-17 Nhiều dòng\n\n" + "\n".join(f"dòng {i}" for i in range(n)) + "\n"


def deep_html(n: int) -> tuple[str, str]:
    return "deep.html", f"<html><body>{'<div>' * n}<p>Văn bản nằm sâu.</p>{'</div>' * n}</body></html>"


def huge_line(n: int) -> tuple[str, str]:
    return "huge_line.txt", f"date 2024-03-15 Ba chữ đầu {'*_' * (n // 2)}\n\nĐoạn thân bài.\n"


INPUTS = [("paragraph of short lines", many_lines, 50_000), ("HTML nesting depth", deep_html, 25_000),
          ("characters of Markdown in a line", huge_line, 100_000)]


def timed(command: list[str], folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=folder, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - started


def main() -> None:
    print("| input | size | generator (s) | mkdocs build (s) |\n|---|---|---|---|")
    for label, make, size in INPUTS:
        for n in (size, size * 4):
            with tempfile.TemporaryDirectory() as temporary:
                folder = Path(temporary)
                for name in ("mkdocs.yml", "people.yml"):
                    shutil.copy(ROOT / name, folder / name)
                shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
                shutil.copytree(ROOT / "overrides", folder / "overrides")
                (folder / "articles").mkdir()
                shutil.copy(SAMPLE, folder / "articles")
                name, text = make(n)
                (folder / "articles" / name).write_text(text, "utf-8")
                generator = timed([sys.executable, "-m", "generator", "build"], folder)
                shutil.rmtree(folder / "docs" / "articles")  # so that mkdocs build converts every page again
                mkdocs = timed([sys.executable, "-m", "mkdocs", "build"], folder)
                print(f"| {label} | {n:,} | {generator:.1f} | {mkdocs:.1f} |", flush=True)


if __name__ == "__main__":
    main()
