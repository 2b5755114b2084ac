"""Every page of the site as a value: render never touches the disk."""

from __future__ import annotations

from ..model import Archive, OutputPage
from .article import render_article
from .dates import render_dates_index, render_month, render_undated, render_year
from .feeds import render_feeds
from .home import render_home
from .people import render_people_index, render_person


def render_site(
    archive: Archive, lang: str, site_name: str, newest: int, site_url: str | None = None
) -> tuple[OutputPage, ...]:
    """Every page; feeds too when the site's address is known, since feeds need absolute URLs."""
    pages = [render_home(archive, lang, site_name, newest, site_url), *render_people_index(archive, lang)]
    for person in archive.people:
        pages += render_person(person, archive, lang, site_url)
    pages.append(render_dates_index(archive, lang))
    for year in archive.years:
        pages.append(render_year(year, lang))
        for month in year.months:
            pages += render_month(month, lang)
    if archive.undated:
        pages += render_undated(archive, lang)
    pages += [render_article(a, archive, lang) for a in archive.articles]
    if site_url:
        pages += render_feeds(archive, lang, site_name, site_url)
    return tuple(pages)
