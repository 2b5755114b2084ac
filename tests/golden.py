"""Rewrite the golden pages from the current generator (`make golden`); review the diff before committing."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.build import build
from tests.conftest import ROOT, settings_for

GOLDEN = ROOT / "tests" / "golden"
# The pages whose exact Markdown the golden test pins: the article and one page of each index.
PAGES = (
    "articles/000-67ba8191cee16773.md",
    "people/index.md",
    "people/joe-biden.md",  # in the people file: a page, though one article names him
    "dates/index.md",
    "dates/2024/index.md",
    "dates/2024/03.md",
    "index.md",
)


# One article of each real layout (tests/fixtures/layouts, written for the tests in the manner of
# the corpora bench/structure.py reads): built as an archive of their own, each page pinned.
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
LAYOUT_PAGES = (
    "articles/export-headers.md",
    "articles/blank-line-headline.md",
    "articles/run-together-1.md",
    "articles/1987-newswire.md",
    "articles/2024-03-25-filed-by-date.md",
)


def generate_layouts(folder: Path) -> Path:
    shutil.copytree(LAYOUTS, folder / "articles")
    shutil.copy(ROOT / "people.yml", folder / "people.yml")
    build(settings_for(folder))
    return folder / "docs"


def generate(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "articles" / "000_67ba8191cee16773.txt", folder / "articles")
    shutil.copy(ROOT / "people.yml", folder / "people.yml")
    build(settings_for(folder))
    return folder / "docs"


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        docs = generate(Path(temporary))
        for page in PAGES:
            target = GOLDEN / page
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(docs / page, target)
            print(f"wrote {target.relative_to(ROOT)}")
    with tempfile.TemporaryDirectory() as temporary:
        docs = generate_layouts(Path(temporary))
        for page in LAYOUT_PAGES:
            target = GOLDEN / "layouts" / page
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(docs / page, target)
            print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
