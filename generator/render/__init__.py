"""Every page of the site as a value: render never touches the disk."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..cores import map_on_cores
from ..model import Archive, OutputPage
from .article import render_article
from .dates import render_dates_index, render_month, render_undated, render_year
from .feeds import render_person_feeds, render_site_feeds
from .home import render_home
from .inputs import KnownKeys, PageInputs
from .people import render_people_index, render_person

# A unit is what one render call makes (an article's page, a person's pages, a person's feed), by
# name: its inputs' digest and the paths of its pages.
Units = Mapping[str, tuple[bytes, tuple[Path, ...]]]


@dataclass(frozen=True)
class Rendered:
    pages: tuple[OutputPage, ...]  # a page with no content is one kept as the last run wrote it
    units: dict[str, tuple[bytes, tuple[Path, ...]]]
    known: KnownKeys  # for the next run's keys


def render_site(
    archive: Archive, lang: str, site_name: str, newest: int, site_url: str | None = None, kept: Units | None = None,
    description: str | None = None, known: KnownKeys | None = None, cores: bool = True,
) -> Rendered:
    """Every page; feeds too when the site's address is known, since feeds need absolute URLs.
    `kept`: the units of the last run whose pages are still on disk as it wrote them; a unit whose
    inputs are unchanged is not rendered again. `known`: the last run's, to key pages by. `cores`:
    rendered on every core, else in this process alone."""
    kept = kept or {}
    inputs = PageInputs(archive, (lang, site_name, site_url), known)
    # The pages in groups, in order; a unit rendered again has its place kept until it is.
    groups = [[render_home(archive, lang, site_name, newest, site_url, description)], render_people_index(archive, lang)]
    units: dict[str, tuple[bytes, tuple[Path, ...]]] = {}
    todo: list[tuple[str, bytes, Callable[[], list[OutputPage]], int]] = []

    def unit(name: str, key: bytes, render: Callable[[], list[OutputPage]]) -> None:
        previous = kept.get(name)
        if previous and previous[0] == key:
            groups.append([OutputPage(path, None) for path in previous[1]])
            units[name] = previous
        else:  # rendered below, with the others, on every core
            todo.append((name, key, render, len(groups)))
            groups.append([])
            units[name] = (key, ())

    for person in archive.people_with_pages:
        key = inputs.person(person)
        unit(f"person:{person.name}", key, partial(render_person, person, archive, lang, site_url))
        if site_url:
            unit(f"feed:{person.name}", key, partial(render_person_feeds, person, lang, site_name, site_url))
    groups.append([render_dates_index(archive, lang)])
    for year in archive.years:
        groups.append([render_year(year, lang)])
        for month in year.months:
            unit(f"month:{month.year}-{month.month}", inputs.month(month), partial(render_month, month, lang))
    if archive.undated:
        groups.append(render_undated(archive, lang))
    for article in archive.articles:
        unit(f"article:{article.id}", inputs.article(article), partial(_one_page, render_article, article, archive, lang))
    if site_url:
        groups.append(render_site_feeds(archive, lang, site_name, site_url))
    renders = [render for _, _, render, _ in todo]
    for (name, key, _, at), made in zip(todo, map_on_cores(_call, renders, cores=cores)):
        groups[at] = made
        units[name] = (key, tuple(page.path for page in made))
    return Rendered(tuple(page for group in groups for page in group), units, inputs.known())


def _call(render: Callable[[], list[OutputPage]]) -> list[OutputPage]:
    return render()


def _one_page(render: Callable[..., OutputPage], *args) -> list[OutputPage]:
    return [render(*args)]
