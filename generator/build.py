"""One run of the generator: gather every article first, then index, render, and only then write."""

from __future__ import annotations

import dataclasses
import errno
import gc
import hashlib
import multiprocessing
import os
import posixpath
import stat
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path, PurePosixPath

from .cache import Cache, code_version
from .config import Settings
from .curation import Curation, load_curation, person_key
from .errors import ArticleError
from .extract import extract_article
from .index import build_archive
from .model import Archive, Article, Problem, RawArticle
from .people_merge import FIRM_VETO, ambiguous_names, unify
from .read import FORMATS, OVERRIDE_SUFFIXES, inside, read_file
from .render import paths, render_site
from .search_ahead import Indexing
from .search_ahead import ready as search_index_ready
from .search_ahead import start as start_search_index
from .search_index import SearchReport
from .shards import ArticleShard, plan_article_shards
from .slugs import slugify, unique_slugs
from .writer import WriteReport, copy_pages, write_pages

Progress = Callable[[int, int], None]
# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 300


@dataclass(frozen=True)
class BuildReport:
    articles: int
    people: int
    months: int
    newest: tuple[tuple[str, str], ...]  # (title, slug) of the newest articles, for the 404 page
    problems: tuple[Problem, ...]
    written: WriteReport
    seconds: float
    archive: Archive | None = None  # None when nothing changed and nothing was rebuilt
    # The search index in the cache folder, when it is this run's (search_ahead.py).
    search_index: SearchReport | None = None
    shards: tuple[ArticleShard, ...] = ()  # the articles' shards, when the site is built in shards

    def summary(self) -> str:
        return (
            f"Built {self.articles} articles, {self.people} people, {self.months} months; "
            f"{sum(p.fails_strict for p in self.problems)} warnings; "
            f"{len(self.written.written)} pages written, {self.written.unchanged} unchanged, "
            f"{len(self.written.removed)} removed in {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class Extracted:
    """One article as extraction left it: its slug is set once the whole archive is known."""

    article: Article
    slug_source: str
    fingerprint: str  # of the text, to build the same story only once
    line: int


@dataclass(frozen=True)
class FileResult:
    source: str
    stamp: tuple[int, ...]
    extracted: tuple[Extracted, ...]
    problems: tuple[Problem, ...]


def build(settings: Settings, progress: Progress | None = None, *, into_docs: bool = True,
          persist: bool = True, hold: bool = False, search_ahead: bool = False) -> BuildReport:
    """Generate the pages into `settings.pages`, where MkDocs reads them; with `into_docs`, copy them
    into docs/ too (for Zensical, and for readers of docs/): `written` then says what docs/ got.
    Without `persist`, what the run leaves for the next is kept in memory only (cache.flush); with
    `hold`, the last run is in memory afterwards even when nothing changed (Cache.hold); with
    `search_ahead`, the search index is built beside the pages (search_ahead.py)."""
    started = time.perf_counter()
    report, indexing = _generate(settings, progress, persist, hold, search_ahead)
    if into_docs:
        report = dataclasses.replace(report, written=copy_pages(settings.pages, settings.docs))
    if indexing:  # waited for last: the copies above are made beside it
        report = dataclasses.replace(report, search_index=indexing.finish())
    return dataclasses.replace(report, seconds=time.perf_counter() - started)


def _generate(settings: Settings, progress: Progress | None, persist: bool, hold: bool,
              search_ahead: bool) -> tuple[BuildReport, Indexing | None]:
    """The run's report, and the process building its search index, if one was started."""
    started = time.perf_counter()
    curation = load_curation(settings.people_file)

    # Gather: every input file, in a fixed order, so output never depends on the file system.
    files, problems, stamps = find_articles(settings.articles)
    cache = Cache(settings.cache, (code_version(), curation, settings))
    state = cache.state_of(sorted(stamps.items()), problems)
    unchanged = cache.unchanged(state, settings.pages)
    if unchanged:
        if hold:
            cache.hold()
        return dataclasses.replace(unchanged, search_index=search_index_ready(settings.cache, state)), None

    # What is read lives to the end of the run: the collector's full passes need not walk it, neither as
    # it arrives nor after (a second and more of CPU at 10,000 articles).
    collecting = gc.isenabled()
    gc.disable()
    try:
        results = _read_and_extract(files, stamps, settings.articles, curation, cache.last.files, progress)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    cache.keep(files={result.source: result for result in results})

    # The same story saved twice (say, from two feeds) is built once.
    kept: list[Extracted] = []
    first_with_text: dict[str, str] = {}
    for result in results:
        problems.extend(result.problems)
        for item in result.extracted:
            if item.fingerprint in first_with_text:
                problems.append(Problem(item.article.source, item.line, f"same text as {first_with_text[item.fingerprint]}",
                                        "built once; delete one of them", "warning"))
                continue
            first_with_text[item.fingerprint] = item.article.id
            kept.append(item)

    # Index: slugs need the whole archive to be unique.
    slugs = unique_slugs([item.slug_source for item in kept], [item.article.id for item in kept])
    problems.extend(_moved_articles(kept, slugs))
    with_slugs = _with_slugs(kept, slugs, cache.last.slugged)
    cache.keep(slugged={article.id: (item.article, article) for item, article in zip(kept, with_slugs)})
    indexing = start_search_index(with_slugs, settings, state) if search_ahead else None
    unified = unify(with_slugs, curation, cache.last.unified)
    articles, ambiguous = [unified.unified[article.id] for article in with_slugs], ambiguous_names(unified)
    archive = build_archive(articles, curation, settings.person_pages_from, cache.last.archive)
    gc.freeze()  # and so does the archive
    if indexing:
        indexing.name_people(archive)
    problems.extend(_moved_people(archive))
    set_aside = _set_aside(articles, archive)
    if ambiguous or set_aside:
        problems.append(_people_note(ambiguous, set_aside, settings.cache))
    else:
        (settings.cache / PEOPLE_REPORT).unlink(missing_ok=True)  # all settled: no stale list

    # Render every page as a value, then write: the only step that touches the pages' folder.
    # Beside the search index, the other core is the index's: rendering there too would only add the cost
    # of sending every page back (about a quarter more CPU at 10,000 articles).
    rendered = render_site(archive, settings.language, settings.site_name, settings.newest, settings.site_url,
                           kept=cache.units(settings.pages), description=settings.site_description,
                           known=cache.last.keys, cores=indexing is None)
    written = write_pages(rendered.pages, settings.pages)
    cache.keep_units(rendered.units, settings.pages)
    cache.keep(unified=unified, archive=archive, keys=rendered.known)
    report = BuildReport(
        articles=len(archive.articles),
        people=len(archive.people),
        months=sum(len(year.months) for year in archive.years),
        newest=tuple((a.title, a.slug) for a in archive.articles[: settings.newest]),
        problems=tuple(problems),
        written=written,
        seconds=time.perf_counter() - started,
        archive=archive,
        shards=plan_article_shards(archive, settings.shard_by) if settings.shard_by else (),
    )
    cache.save(state, report, settings.pages, persist=persist)
    gc.unfreeze()
    return report, indexing


PEOPLE_REPORT = "people-report.txt"


def _with_slugs(kept: list[Extracted], slugs: list[str], last: dict[str, tuple[Article, Article]]) -> list[Article]:
    """The articles with their slugs: the last run's where the same extracted article has the same slug,
    which saves making 10,000 again on a save, and lets later stages find them unchanged at a glance."""
    articles = []
    for item, slug in zip(kept, slugs):
        before = last.get(item.article.id)
        if before is not None and before[0] is item.article and before[1].slug == slug:
            articles.append(before[1])
        else:
            articles.append(dataclasses.replace(item.article, slug=slug))
    return articles


def _moved_articles(kept: list[Extracted], slugs: list[str]) -> list[Problem]:
    """Each article that could not have the URL its name makes: whose it is, and where it went."""
    owners = {slug: item.article.id for item, slug in zip(kept, slugs)}
    problems = []
    for item, slug in zip(kept, slugs):
        wanted = slugify(item.slug_source)
        if slug != wanted:
            owner = f"that of {owners[wanted]}" if wanted in owners else "the section's own page"
            problems.append(Problem(item.article.source, item.line,
                                    f"its URL {paths.url(paths.article(wanted))} is {owner}; built at "
                                    f"{paths.url(paths.article(slug))}",
                                    "give it a slug of its own ('slug:' in a .yml file beside it)", "warning"))
    return problems


def _moved_people(archive: Archive) -> list[Problem]:
    owners = {person.slug: person.name for person in archive.people_with_pages}
    problems = []
    for person in archive.people_with_pages:
        wanted = slugify(person.name)
        if person.slug != wanted:
            owner = f"that of {owners[wanted]}" if wanted in owners else "the people index"
            problems.append(Problem(person.articles[-1].source, 0,
                                    f"the page of {person.name!r} would be {paths.url(paths.person(wanted))}, {owner}; "
                                    f"it is {paths.url(paths.person(person.slug))}",
                                    "if both are one person, make one an alias of the other in people.yml", "note"))
    return problems


def _set_aside(articles: list[Article], archive: Archive) -> list[tuple[str, str, int, str]]:
    """Names a rule set aside and no article made a person: (name, rule, articles, first source), most
    frequent first."""
    people = {person_key(person.name) for person in archive.people}
    counts: Counter[str] = Counter()
    first: dict[str, tuple[str, str, str, str]] = {}  # as first seen: name, reason, rule, source
    for article in articles:
        for name, reason, rule in article.set_aside:
            key = person_key(name)
            if key not in people:
                counts[key] += 1
                # A firm taken out of an article for another's sake: the other says why.
                if key not in first or first[key][2] == FIRM_VETO and rule != FIRM_VETO:
                    first[key] = (name, reason, rule, article.source)
    found = [(name, reason, counts[key], source) for key, (name, reason, _, source) in first.items()]
    return sorted(found, key=lambda item: (-item[2], person_key(item[0])))


def _people_note(ambiguous: list[tuple[str, tuple[str, ...]]], set_aside: list[tuple[str, str, int, str]],
                 cache: Path) -> Problem:
    """One line for the log; the names themselves go to a report an editor can work through."""
    counts = []
    if ambiguous:
        counts.append(f"{len(ambiguous)} short names could be several people and were kept apart")
    if set_aside:
        counts.append(f"{len(set_aside)} names that look like people were set aside by a rule")
    message = "; ".join(counts)
    hint = "add short names as aliases in people.yml, and a set-aside name as '- name: ...' under 'people:'"
    cache.mkdir(parents=True, exist_ok=True)
    report = cache / PEOPLE_REPORT
    lines = ["# People to settle in people.yml; rebuild after editing."]
    if ambiguous:
        lines += ["", "## Short names that could be several people: add each as an alias of the right one", ""]
        lines += [f"{name}: {', '.join(candidates)}" for name, candidates in ambiguous]
    if set_aside:
        lines += ["", "## Names set aside by a rule: to make one a person, add '- name: <the name>' under 'people:'",
                  "## name · articles · rule · first seen in", ""]
        lines += [f"{name} · {count} · {reason} · {source}" for name, reason, count, source in set_aside]
    report.write_text("\n".join(lines) + "\n", "utf-8")
    return Problem("people", 0, message, f"see {report}; {hint}", "note")


def process_file(path: Path, stamp: tuple[int, ...], root: Path, curation: Curation) -> FileResult:
    """Read one input file and extract its articles: the work that runs on every core. `stamp` is
    the file's as it was gathered, so that a file changed meanwhile is read again next run."""
    source = path.relative_to(root).as_posix()
    try:
        raws, problems = read_file(path, root)
        extracted = tuple(
            Extracted(extract_article(raw, "", curation), slug_source(raw), text_fingerprint(raw), raw.line)
            for raw in raws
        )
    except ArticleError as error:
        return FileResult(source, stamp, (), (error.problem,))
    except OSError as error:
        return FileResult(source, stamp, (), (Problem(source, 0, f"cannot be read: {error.strerror}",
                                                      "check that it is a readable file"),))
    except Exception as error:  # noqa: BLE001 (one file's bug must not stop the archive)
        failed = Problem(source, 0, f"not built: the generator failed on it ({error!r:.200})",
                         "report it with the file; the other articles are built")
        return FileResult(source, stamp, (), (failed,))
    return FileResult(source, stamp, extracted, tuple(problems))


def _read_and_extract(files, stamps, root, curation, cached, progress) -> list[FileResult]:
    by_source: dict[str, FileResult] = {}
    todo = []
    for source in files:
        hit = cached.get(source)
        if hit and hit.stamp == stamps[source]:
            by_source[source] = hit
        else:
            todo.append(source)
    paths = [root / source for source in todo]
    if len(todo) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(os.cpu_count(), mp_context=context) as pool:
            work = pool.map(process_file, paths, [stamps[s] for s in todo], repeat(root), repeat(curation), chunksize=64)
            for done, (source, result) in enumerate(zip(todo, work), start=1):
                by_source[source] = result
                if progress:
                    progress(done, len(todo))
    else:
        for done, (source, path) in enumerate(zip(todo, paths), start=1):
            by_source[source] = process_file(path, stamps[source], root, curation)
            if progress:
                progress(done, len(todo))
    return [by_source[source] for source in files]


def text_fingerprint(raw: RawArticle) -> str:
    return hashlib.sha256("\n".join(" ".join(p.split()) for p in raw.paragraphs).encode()).hexdigest()


def slug_source(raw: RawArticle) -> str:
    """What an article's URL is made from: the editor's slug, else its file name (and record)."""
    if raw.meta.slug:
        return raw.meta.slug
    record = raw.id[len(raw.source) + 1 :]  # a file may be named `#.txt`: its id is its path, no record
    stem = str(PurePosixPath(raw.source).with_suffix(""))
    return f"{stem}-{record}" if record else stem


def find_articles(folder: Path) -> tuple[list[str], list[Problem], dict[str, tuple[int, ...]]]:
    """Every input file, as its path relative to `folder`, in a fixed order; the problems with the
    others; and each file's stamp (size and modification time of the file and of its override file:
    what says it changed). One look at each file, which is what an unchanged archive of 10,000
    articles costs: the folder's listing tells files from folders and links, and paths stay strings
    until a file is read."""
    if not folder.is_dir():
        raise ArticleError(str(folder), 0, "the articles folder does not exist", "create it or set 'articles'")
    found: dict[str, os.stat_result] = {}  # by path relative to the folder
    problems = []
    for relative, entry in _entries(folder):
        if entry.is_symlink():
            problem = _link_problem(Path(entry.path), folder)
            if problem:
                problems.append(problem)
                continue
            if entry.is_dir():  # links to folders are not walked: a loop, or the same files twice
                continue
        try:
            status = entry.stat()
        except OSError as error:  # gone meanwhile, or not ours to look at
            problems.append(Problem(relative, 0, f"cannot be read: {error.strerror}", "check that it is a readable file"))
            continue
        if stat.S_ISREG(status.st_mode):
            found[relative] = status
        else:  # a pipe or a device would block the build, or never end
            problems.append(Problem(relative, 0, "not a regular file; not read", "move it out of the articles folder",
                                    "warning"))
    files = []
    for relative in sorted(found, key=lambda name: name.split("/")):
        stem, suffix = posixpath.splitext(relative)
        suffix = suffix.lower()
        if suffix in FORMATS:
            files.append(relative)
        elif suffix in OVERRIDE_SUFFIXES:
            if not any(stem + s in found for s in FORMATS):
                problems.append(Problem(relative, 0, "override file without an article beside it",
                                        "name it like the article it corrects, or delete it", "warning"))
        else:
            problems.append(
                Problem(
                    relative,
                    0,
                    f"not read: '{PurePosixPath(relative).suffix or PurePosixPath(relative).name}' files are not articles",
                    f"articles are {', '.join(FORMATS)} files; move it out of the articles folder",
                    "warning",
                )
            )
    problems.sort(key=lambda problem: problem.path)
    stamps = {
        relative: tuple(
            value
            for candidate in (relative, *(posixpath.splitext(relative)[0] + s for s in OVERRIDE_SUFFIXES))
            if candidate in found
            for value in (found[candidate].st_size, found[candidate].st_mtime_ns)
        )
        for relative in files
    }
    return list(stamps), problems, stamps


def _entries(folder: Path):
    """(path relative to `folder`, its directory entry) of everything under it but folders, hidden
    names and what is under hidden folders; a folder that cannot be listed is passed over."""
    pending = [""]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(os.path.join(folder, directory)) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = f"{directory}/{entry.name}" if directory else entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append(relative)
            else:
                yield relative, entry


def _link_problem(path: Path, folder: Path) -> Problem | None:
    """What is wrong with a symbolic link in the articles folder: it loops, leads nowhere, or leaves
    the folder (it is not followed, so that nothing outside the folder is ever published)."""
    relative = path.relative_to(folder).as_posix()
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 raises this for a loop; later versions an OSError
        return Problem(relative, 0, "symbolic link that loops; not read", "replace it with the file, or delete it",
                       "warning")
    except OSError as error:
        reason = "that loops" if error.errno == errno.ELOOP else f"to {os.readlink(path)}, which does not exist"
        return Problem(relative, 0, f"symbolic link {reason}; not read", "replace it with the file, or delete it",
                       "warning")
    if not inside(target, folder):
        return Problem(relative, 0, f"symbolic link to {target}, outside the articles folder; not followed",
                       "copy the file into the articles folder if it is to be published", "warning")
    return None
