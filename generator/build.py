"""One run of the generator: gather every article first, then index, render, and only then write."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .config import Settings
from .curation import load_curation
from .errors import ArticleError
from .extract import extract_article
from .index import build_archive
from .model import Archive, Article, Problem, RawArticle
from .read import FORMATS, OVERRIDE_SUFFIXES, read_file
from .render import render_site
from .slugs import unique_slugs
from .writer import WriteReport, write_pages

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    archive: Archive
    problems: tuple[Problem, ...]
    written: WriteReport
    seconds: float

    @property
    def months(self) -> int:
        return sum(len(year.months) for year in self.archive.years)

    def summary(self) -> str:
        return (
            f"Built {len(self.archive.articles)} articles, {len(self.archive.people)} people, "
            f"{self.months} months; {sum(p.fails_strict for p in self.problems)} warnings; "
            f"{len(self.written.written)} pages written, {self.written.unchanged} unchanged, "
            f"{len(self.written.removed)} removed in {self.seconds:.1f} s"
        )


def build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    started = time.perf_counter()
    curation = load_curation(settings.people_file)

    # Gather: every input file, in a fixed order, so output never depends on the file system.
    files, problems = find_articles(settings.articles)
    raws: list[RawArticle] = []
    first_with_text: dict[str, str] = {}
    for done, path in enumerate(files, start=1):
        if progress:
            progress(done, len(files))
        try:
            found, file_problems = read_file(path, settings.articles)
        except ArticleError as error:
            problems.append(error.problem)
            continue
        problems.extend(file_problems)
        for raw in found:
            # The same story saved twice (say, from two feeds) is built once.
            fingerprint = hashlib.sha256("\n".join(" ".join(p.split()) for p in raw.paragraphs).encode()).hexdigest()
            if fingerprint in first_with_text:
                problems.append(
                    Problem(raw.source, raw.line, f"same text as {first_with_text[fingerprint]}", "built once; delete one of them", "warning")
                )
                continue
            first_with_text[fingerprint] = raw.id
            raws.append(raw)

    # Extract and index.
    slugs = unique_slugs([slug_source(raw) for raw in raws])
    articles: list[Article] = [extract_article(raw, slugs[slug_source(raw)], curation) for raw in raws]
    archive = build_archive(articles)

    # Render every page as a value, then write: the only step that touches docs/.
    pages = render_site(archive, settings.language, settings.site_name, settings.newest, settings.site_url)
    written = write_pages(pages, settings.docs)
    return BuildReport(archive, tuple(problems), written, time.perf_counter() - started)


def slug_source(raw: RawArticle) -> str:
    """What an article's URL is made from: the editor's slug, else its file name (and record)."""
    if raw.meta.slug:
        return raw.meta.slug
    path, _, record = raw.id.partition("#")
    stem = str(PurePosixPath(path).with_suffix(""))
    return f"{stem}-{record}" if record else stem


def find_articles(folder: Path) -> tuple[list[Path], list[Problem]]:
    if not folder.is_dir():
        raise ArticleError(str(folder), 0, "the articles folder does not exist", "create it or set 'articles'")
    files, problems = [], []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix in FORMATS:
            files.append(path)
        elif suffix in OVERRIDE_SUFFIXES:
            if not any(path.with_suffix(s).is_file() for s in FORMATS):
                problems.append(Problem(relative.as_posix(), 0, "override file without an article beside it",
                                        "name it like the article it corrects, or delete it", "warning"))
        else:
            problems.append(
                Problem(
                    relative.as_posix(),
                    0,
                    f"not read: '{path.suffix or path.name}' files are not articles",
                    f"articles are {', '.join(FORMATS)} files; move it out of the articles folder",
                    "warning",
                )
            )
    return files, problems
