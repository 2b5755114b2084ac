"""The A–Z of people and one page per person: who they are (other names, first and last mention, a
chart of their articles by month), who appears with them, and their articles by year and month.
Long lists go over several pages (pagination.py)."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from ..collation import initial
from ..locale import LABELS, format_date, format_day, format_month
from ..model import Archive, ArticleDate, OutputPage, Person
from . import paths
from .chart import timeline
from .feeds import PERSON_FEEDS, feed_anchors, feed_links
from .jumps import jump_row, list_jumps
from .listing import article_list, html_list
from .markdown import escape_text, front_matter, html_link, link, person_link, relative_path
from .pagination import NEWEST_FIRST, SORTED, page_title, pagers, paginate, row_span

# Up to this many people the A–Z is one page; beyond, one page per letter.
PEOPLE_ON_ONE_PAGE = 1000
PEOPLE_PER_PAGE = 500


def render_people_index(archive: Archive, lang: str) -> list[OutputPage]:
    labels = LABELS[lang]
    listed = archive.people_with_pages
    # The collation keeps each letter's names together, and puts the names under # first.
    letters = [(letter, list(people)) for letter, people in groupby(listed, key=lambda p: initial(p.name))]
    parts = [front_matter({"title": labels["people"]}), f"# {labels['people']}\n"]
    if listed:
        parts.append(labels["people_count"].format(n=len(listed)) + "\n")
    if len(archive.people) > len(listed):
        parts.append(labels["people_without_pages"].format(n=len(archive.people) - len(listed)) + "\n")
    elif not listed:
        parts.append(labels["no_people"] + "\n")
    if len(listed) <= PEOPLE_ON_ONE_PAGE:
        return [OutputPage(Path(paths.PEOPLE), "\n".join(parts + _sections(letters, labels)))]
    # A large archive: the A–Z links to a page per letter, itself split when long.
    names = [letter for letter, _ in letters]
    parts.append(_letter_pages_bar(names, paths.PEOPLE, labels))
    lines = [
        f"- {link(letter, paths.PEOPLE, paths.people_letter(letter))} · {labels['people_count'].format(n=len(people))}"
        for letter, people in letters
    ]
    parts.append(f"## {labels['by_letter']}\n\n" + "\n".join(lines) + "\n")
    pages = [OutputPage(Path(paths.PEOPLE), "\n".join(parts))]
    for letter, people in letters:
        pages += _letter_pages(letter, people, names, lang)
    return pages


def _sections(letters: list[tuple[str, list[Person]]], labels: dict[str, str]) -> list[str]:
    """The whole A–Z on one page: the row of letters, then each letter's section, which the row links to."""
    if not letters:
        return []
    sections = [
        f"## {escape_text(letter)} {{ #{paths.letter_slug(letter)} }}\n\n{_people_list(people, paths.PEOPLE, labels)}\n"
        for letter, people in letters
    ]
    return [jump_row([(letter, f"#{paths.letter_slug(letter)}") for letter, _ in letters], labels["by_letter"]), *sections]


def _letter_pages(letter: str, people: list[Person], letters: list[str], lang: str) -> list[OutputPage]:
    labels = LABELS[lang]
    paging = paginate(paths.people_letter(letter), people, SORTED, PEOPLE_PER_PAGE)
    pages = []
    for index, page in enumerate(paging.pages):
        here = page.path
        title = page_title(f"{labels['people']}: {letter}", paging, index, lang)
        above, below = pagers(paging, index, lang, row_span(paging, index, lang, noun="people"))
        body = [
            front_matter({"title": title}),
            f"# {escape_text(title)}\n",
            link(labels["all_people"], here, paths.PEOPLE) + "\n",
            _letter_pages_bar(letters, here, labels, current=letter),
            above,
            _people_list(page.items, here, labels) + "\n",
            below,
        ]
        pages.append(OutputPage(Path(here), "\n".join(part for part in body if part)))
    return pages


def _people_list(people: list[Person], source: str, labels: dict[str, str]) -> str:
    return html_list([
        f"<li>{html_link(p.name, source, paths.person(p.slug))} · {labels['articles_count'].format(n=len(p.articles))}</li>"
        for p in people
    ]).rstrip("\n")


def _letter_pages_bar(letters: list[str], source: str, labels: dict[str, str], current: str | None = None) -> str:
    targets = [(letter, relative_path(source, paths.people_letter(letter))) for letter in letters]
    return jump_row(targets, labels["by_letter"], current)


def render_person(person: Person, archive: Archive, lang: str, site_url: str | None = None) -> list[OutputPage]:
    """The newest articles with who they are on the person's own page, the older ones on pages that
    an added article leaves as they are (pagination.py): only the first page counts them."""
    labels = LABELS[lang]
    paging = paginate(paths.person(person.slug), person.articles, NEWEST_FIRST)
    year_of = _year_of(labels)
    jumps = list_jumps(paging, year_of, _year_anchor, labels["by_year"])
    pages = []
    for index, page in enumerate(paging.pages):
        here = page.path
        meta: dict = {"title": page_title(person.name, paging, index, lang), "person": person.name}
        line = [link(labels["all_people"], here, paths.PEOPLE)]
        if index == 0:
            meta["article_count"] = len(person.articles)
            line.insert(0, labels["articles_count"].format(n=len(person.articles)))
        if site_url:
            meta["feeds"] = feed_links(site_url, paths.person_feed(person.slug), PERSON_FEEDS)
            line.append(f"{labels['follow']}: {feed_anchors(paths.person_feed(person.slug), here, PERSON_FEEDS)}")
        parts = [front_matter(meta), f"# {escape_text(meta['title'])}\n", " · ".join(line) + "\n"]
        if index == 0:  # who they are, once
            parts += [_facts(person, lang), timeline(person.articles, lang), _companions(person, archive, here, labels)]
        parts.append(jumps[index])
        above, below = pagers(paging, index, lang, _span(page.items, lang))
        parts.append(above)
        for heading, in_year in groupby(page.items, key=year_of):
            parts.append(f"## {heading} {{ #{_year_anchor(heading)} }}\n")
            year = int(heading) if heading.isdigit() else None
            if year is None:  # undated, listed by title (index.py)
                parts.append(labels["title_order"] + "\n")
            for month, in_month in groupby(in_year, key=lambda a: a.date.month):
                if year is not None:
                    heading = format_month(year, month, lang) if month else labels["no_month"]
                    parts.append(f"### {heading}\n")
                # Under its month's heading a row gives the day alone.
                when = format_day if year is not None else None
                parts.append(article_list(list(in_month), here, lang, when, with_people=False))
        parts.append(below)
        pages.append(OutputPage(Path(here), "\n".join(part for part in parts if part)))
    return pages


def _span(articles, lang: str) -> str:
    """The dates a page's rows run over, top to bottom: what a page of older articles says of itself
    for good, where a row's number counted from the top would change with every article added."""
    first, last = format_date(articles[0].date, lang), format_date(articles[-1].date, lang)
    return first if first == last else f"{first} – {last}"


def _facts(person: Person, lang: str) -> str:
    """Their other names and when the archive first and last mentions them; nothing when neither is known."""
    labels = LABELS[lang]
    facts = []
    if person.aliases:
        facts.append(f"**{labels['aliases']}:** {escape_text(', '.join(person.aliases))}")
    dated = [a.date for a in person.articles if a.date.year is not None]  # newest first
    if dated and dated[0] == dated[-1]:
        facts.append(f"**{labels['only_mention']}:** {_time(dated[0], lang)}")
    elif dated:
        facts.append(f"**{labels['first_mention']}:** {_time(dated[-1], lang)}")
        facts.append(f"**{labels['last_mention']}:** {_time(dated[0], lang)}")
    return " · ".join(facts) + "\n{ .archive-meta }\n" if facts else ""


def _companions(person: Person, archive: Archive, here: str, labels: dict[str, str]) -> str:
    if not person.companions:
        return ""
    companions = " · ".join(
        f"{person_link(archive.people_by_name[name], here)} ({count})" for name, count in person.companions
    )
    return f"## {labels['mentioned_with']}\n\n{companions}\n"


def _year_of(labels: dict[str, str]):
    """The heading an article is listed under on a person's page: its year, or the undated section's."""
    return lambda article: str(article.date.year) if article.date.year is not None else labels["no_date"]


def _year_anchor(heading: str) -> str:
    """`2024` -> `year-2024`; the undated section, whatever its heading's language, `no-date`."""
    return f"year-{heading}" if heading.isdigit() else "no-date"


def _time(date: ArticleDate, lang: str) -> str:
    return f'<time datetime="{date.iso}">{format_date(date, lang)}</time>'
