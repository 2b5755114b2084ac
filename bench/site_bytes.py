"""Where the built site's bytes go, per article: by folder and by kind of page.

    .venv/bin/python -m bench.site_bytes --site SITE_DIR --articles N    # a site already built
    .venv/bin/python -m bench.site_bytes --corpus FOLDER --size 1000     # build one first
    .venv/bin/python -m bench.site_bytes --synthetic 10000               # or from bench/make_archive.py

With `--corpus`, the first `--size` raw files of FOLDER (spread evenly over its sorted names, so
that every section of a corpus laid out by section is in) are copied into a temporary folder beside
the project's mkdocs.yml, people.yml and theme files, and built as `make site` builds (the generator,
then `mkdocs build`); with `--synthetic`, bench/make_archive.py's archive of that size is built so.
Article pages are split into the page's frame (everything outside the theme's `<article>`: head,
header, navigation, footer, scripts) and the article itself.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from bench.make_archive import write_archive
from bench.people_archive import write_reuters_stories
from bench.run import MKDOCS, PYTHON, copy_site_setup, work_folder

_ARTICLE = re.compile(rb"<article\b.*?</article>", re.S)


def kind_of(path: str) -> str:
    """The kind of page or file a path of the site is, for the breakdown."""
    parts = path.split("/")
    top = parts[0] if len(parts) > 1 else "(root)"
    if top == "people":
        if parts[1] in ("index.html", "by-letter"):
            return "people: A–Z"
        return "people: person pages"
    if top == "feeds":
        return "feeds: people" if parts[1] == "people" else "feeds: site"
    if top == "search-index":
        return f"search index: {parts[1]}" if len(parts) > 2 else "search index: other"
    if top in ("articles", "dates", "assets"):
        return top
    return "other"


def breakdown(site: Path) -> tuple[Counter[str], Counter[str], dict[str, int]]:
    """Bytes and files by kind, and the article pages' bytes split into frame and article."""
    sizes: Counter[str] = Counter()
    files: Counter[str] = Counter()
    split = {"frame": 0, "article": 0}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        relative = path.relative_to(site).as_posix()
        kind = kind_of(relative)
        size = path.stat().st_size
        sizes[kind] += size
        files[kind] += 1
        if kind == "articles" and path.name == "index.html":
            found = _ARTICLE.search(path.read_bytes())
            inner = len(found.group(0)) if found else 0
            split["article"] += inner
            split["frame"] += size - inner
    return sizes, files, split


def report(site: Path, articles: int) -> str:
    sizes, files, split = breakdown(site)
    total = sum(sizes.values())
    lines = [f"{'kind':<26}{'files':>8}{'MB':>9}{'KB/article':>12}"]
    for kind, size in sorted(sizes.items(), key=lambda item: -item[1]):
        lines.append(f"{kind:<26}{files[kind]:>8}{size / 1e6:>9.2f}{size / articles / 1000:>12.2f}")
    theme = sizes["assets"]
    lines.append(f"{'total':<26}{sum(files.values()):>8}{total / 1e6:>9.2f}{total / articles / 1000:>12.2f}")
    lines.append(f"{'besides the theme':<26}{'':>8}{(total - theme) / 1e6:>9.2f}{(total - theme) / articles / 1000:>12.2f}")
    pages = files["articles"] or 1
    lines.append(f"article page: frame {split['frame'] / pages / 1000:.1f} KB, "
                 f"article {split['article'] / pages / 1000:.1f} KB (mean of {pages} pages)")
    return "\n".join(lines)


def copy_sample(corpus: Path, size: int, articles: Path) -> None:
    """`size` raw files of `corpus`, spread over its sorted names."""
    names = sorted(path for path in corpus.iterdir() if path.is_file())
    step = max(1, len(names) // size)
    articles.mkdir(parents=True)
    for path in names[::step][:size]:
        shutil.copy(path, articles / path.name)


def build_site(work: Path) -> None:
    """work/articles built into work/site as `make site` builds it."""
    copy_site_setup(work)
    quiet = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([PYTHON, "-m", "generator", "build"], cwd=work, check=True, stdout=subprocess.DEVNULL, env=quiet)
    subprocess.run([MKDOCS, "build", "--quiet"], cwd=work, check=True, env=quiet)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Bytes of a built site per article, by folder and page kind.")
    parser.add_argument("--site", type=Path, help="a built site folder")
    parser.add_argument("--articles", type=int, help="its number of articles (with --site)")
    parser.add_argument("--corpus", type=Path, help="a folder of raw articles to sample and build")
    parser.add_argument("--size", type=int, default=1000, help="articles to sample (default: %(default)s)")
    parser.add_argument("--synthetic", type=int, help="build bench/make_archive.py's archive of this many articles")
    parser.add_argument("--reuters", type=Path,
                        help="build Reuters-21578's training stories (the en-reuters21578 folder make-dev-corpora.sh lays out)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if args.site:
        print(report(args.site, args.articles or len(list(args.site.glob("articles/*/index.html")))))
        return
    if not args.corpus and not args.synthetic and not args.reuters:
        parser.error("give --site, --corpus, --synthetic or --reuters")
    with work_folder("site-bytes-", args.keep) as work:
        if args.synthetic:
            write_archive(args.synthetic, work / "articles")
        elif args.reuters:
            stories = sum(1 for _ in write_reuters_stories(args.reuters, work / "articles"))
            print(f"{stories} Reuters-21578 training stories")
        else:
            copy_sample(args.corpus, args.size, work / "articles")
        build_site(work)
        print(report(work / "site", len(list((work / "site").glob("articles/*/index.html")))))


if __name__ == "__main__":
    main()
