"""Every page of the site as a value: render never touches the disk."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import Archive, OutputPage
from .article import render_article
from .dates import render_dates_index, render_month, render_undated, render_year
from .feeds import render_person_feeds, render_site_feeds
from .home import render_home
from .inputs import ArticleDigest, PageInputs
from .people import render_people_index, render_person

# A unit is what one render call makes (an article's page, a person's pages, a person's feed), by
# name: its inputs' digest and the paths of its pages.
Units = Mapping[str, tuple[bytes, tuple[Path, ...]]]


@dataclass(frozen=True)
class Rendered:
    pages: tuple[OutputPage, ...]  # a page with no content is one kept as the last run wrote it
    units: dict[str, tuple[bytes, tuple[Path, ...]]]
    digests: dict[str, ArticleDigest]  # for the next run's keys


def render_site(
    archive: Archive, lang: str, site_name: str, newest: int, site_url: str | None = None, kept: Units | None = None,
    description: str | None = None, digests: Mapping[str, ArticleDigest] | None = None,
) -> Rendered:
    """Every page; feeds too when the site's address is known, since feeds need absolute URLs.
    `kept`: the units of the last run whose pages are still on disk as it wrote them; a unit whose
    inputs are unchanged is not rendered again. `digests`: the last run's, to key pages by."""
    kept = kept or {}
    inputs = PageInputs(archive, (lang, site_name, site_url), digests)
    pages = [render_home(archive, lang, site_name, newest, site_url, description), *render_people_index(archive, lang)]
    units: dict[str, tuple[bytes, tuple[Path, ...]]] = {}

    def unit(name: str, key: bytes, render: Callable[[], list[OutputPage]]) -> None:
        previous = kept.get(name)
        if previous and previous[0] == key:
            made = [OutputPage(path, None) for path in previous[1]]
        else:
            made = render()
        units[name] = (key, tuple(page.path for page in made))
        pages.extend(made)

    for person in archive.people_with_pages:
        key = inputs.person(person)
        unit(f"person:{person.name}", key, lambda: render_person(person, archive, lang, site_url))
        if site_url:
            unit(f"feed:{person.name}", key, lambda: render_person_feeds(person, lang, site_name, site_url))
    pages.append(render_dates_index(archive, lang))
    for year in archive.years:
        pages.append(render_year(year, lang))
        for month in year.months:
            pages += render_month(month, lang)
    if archive.undated:
        pages += render_undated(archive, lang)
    for article in archive.articles:
        unit(f"article:{article.id}", inputs.article(article), lambda: [render_article(article, archive, lang)])
    if site_url:
        pages += render_site_feeds(archive, lang, site_name, site_url)
    return Rendered(tuple(pages), units, inputs.articles)
