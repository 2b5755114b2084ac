"""The page of one article: front matter, a header of facts, then every paragraph in its place."""

from __future__ import annotations

from pathlib import Path

from ..extract.paragraphs import may_name_a_story
from ..extract.text import cut_at_word
from ..index import title_key
from ..locale import LABELS, LANGUAGE_NAMES, format_date
from ..model import Archive, Article, Kind, OutputPage, Paragraph
from ..slugs import slugify
from . import paths
from .listing import FACTS_CLASS, FURTHER_CLOSE, FURTHER_OPEN, LABEL_CLASS, PEOPLE_LINE_CLOSE, PEOPLE_LINE_OPEN, article_list
from .markdown import (
    BYLINE_OPEN, CAPTION_OPEN, DATELINE_OPEN, PARAGRAPH_OPEN, RELATED_OPEN, escape_text, front_matter, html_block, html_link,
    html_person, html_text, link,
)


# What search engines show of a page's description, and share previews of it; the search's results show it
# too. The summary itself stays whole in `summary` and the feeds.
DESCRIPTION_MAX = 160
RELATED_LABEL = f'<p class="{LABEL_CLASS}">'


def article_meta(article: Article) -> dict:
    """The documented front-matter keys of an article page, in a stable order; optional ones only when set."""
    meta = {
        "title": article.title,
        "description": cut_at_word(article.summary, DESCRIPTION_MAX),
        "date": article.date.iso,
        "date_precision": article.date.precision.value,
        "language": article.language,
        "people": list(article.people),
        "sources": list(article.sources),
        "summary": article.summary,
        "word_count": article.word_count,
        "reading_time": article.reading_minutes,
        "source_file": article.source,
        "id": article.id,
    }
    if article.author:
        meta["author"] = article.author
    if article.url:
        meta["url"] = article.url
    if article.extra:
        # Under one key of their own, so that an export's field can never set a page option
        # such as `template` or `hide`.
        meta["extra"] = dict(article.extra)
    return meta


TITLE_ANCHOR = "title"


def render_article(article: Article, archive: Archive, lang: str) -> OutputPage:
    path = paths.article(article.slug)
    labels = LABELS[lang]
    # A short anchor: the one made from a long headline was written twice, in the heading and the skip link.
    parts = [front_matter(article_meta(article)), f"# {escape_text(article.title)} {{ #{TITLE_ANCHOR} }}\n"]
    # Kept out of search excerpts; the date and people still become the search's filters.
    parts.append(_facts(article, lang) + f"\n{{ .{FACTS_CLASS} }}\n")
    if article.people:
        # A person without a page of their own is named as text; the search still reads the name.
        people = ", ".join(html_person(archive.people_by_name[n], path) for n in article.people)
        # One line of HTML, passed through the Markdown parser whole (passthrough.py): as Markdown
        # links, an article's dozens of people were a third of its page's conversion.
        parts.append(f'{PEOPLE_LINE_OPEN}<strong>{labels["people"]}:</strong> {people}{PEOPLE_LINE_CLOSE}\n')
    parts.extend(body_blocks(article, archive, lang))
    parts.append(_further_reading(article, archive, lang, path))
    return OutputPage(Path(path), "\n".join(part for part in parts if part))


def body_blocks(article: Article, archive: Archive, lang: str) -> list[str]:
    """The article's paragraphs as the HTML blocks of its page, each kind as readers see it. A headline
    line is shown as the title; when an editor gave another title, it stays in the text."""
    path, labels = paths.article(article.slug), LABELS[lang]
    return [_paragraph(p, labels, path, archive, article) for p in article.paragraphs
            if not (p.kind is Kind.TITLE and _shown_as_title(p.text, article.title))]


def _shown_as_title(headline: str, title: str) -> bool:
    """Whether the page's title shows the whole headline line: one cut short (`…`) stays in the text."""
    cut = title.endswith("…") and not headline.rstrip().endswith("…")
    return not cut and title_key(headline) == title_key(title)


def _further_reading(article: Article, archive: Archive, lang: str, path: str) -> str:
    """Related stories and the previous and next articles: one block of HTML, which the Markdown
    parser passes through whole (passthrough.py). Other articles' titles are not this article's
    text, so the block stays out of its search entry."""
    labels = LABELS[lang]
    reading = archive.reading.get(article.id)
    if not reading:
        return ""
    parts = []
    if reading.related:
        heading = labels["related_stories"]
        parts.append(f'<h2 id="{slugify(heading)}">{heading}</h2>\n{article_list(reading.related, path, lang)}')
    steps = [
        f"{labels[key]}: {html_link(other.title, path, paths.article(other.slug))}"
        for key, other in (("previous", reading.previous), ("next", reading.next))
        if other
    ]
    if steps:
        parts.append('<p class="archive-steps">' + "<br>\n".join(steps) + "</p>\n")
    if not parts:
        return ""
    return f"{FURTHER_OPEN}\n" + "".join(parts) + f"{FURTHER_CLOSE}\n"


def shown_date(article: Article, lang: str) -> str:
    """The article's date as its page writes it: in the article's language when the site has its words. A
    date not known is no date of the article's but a word of the site's, in the site's language."""
    known = article.date.year is not None and article.language in LABELS
    return format_date(article.date, article.language if known else lang)


def _facts(article: Article, lang: str) -> str:
    labels = LABELS[lang]
    date = shown_date(article, lang)
    when = date
    if article.date.iso:
        # The date leads to the other stories of its month (or of its year, when that is all it says).
        period = paths.month(article.date.year, article.date.month) if article.date.month else paths.year(article.date.year)
        when = f'<time datetime="{article.date.iso}">{link(date, paths.article(article.slug), period)}</time>'
    facts = [
        f"**{labels['date']}:** {when}",
        f"**{labels['language']}:** {escape_text(LANGUAGE_NAMES[lang].get(article.language, article.language))}",
        f"**{labels['reading_time']}:** {labels['minutes'].format(n=article.reading_minutes)}",
    ]
    if article.sources:
        facts.append(f"**{labels['sources']}:** {escape_text(', '.join(article.sources))}")
    return " · ".join(facts)


def _paragraph(paragraph: Paragraph, labels: dict[str, str], path: str, archive: Archive, article: Article) -> str:
    """Each kind of paragraph as the HTML block the Markdown parser passes through whole."""
    if paragraph.kind is Kind.CAPTION:
        credit = html_text(paragraph.credit or "")
        return html_block(CAPTION_OPEN, f'{html_text(paragraph.text)} <span class="archive-credit">{credit}</span>')
    if paragraph.kind is Kind.BYLINE:
        return html_block(BYLINE_OPEN, html_text(paragraph.text))
    if paragraph.kind is Kind.DATE:
        return html_block(DATELINE_OPEN, html_text(paragraph.text))
    # A marked related line, or a short line that is another story's headline in the archive.
    target = archive.by_title.get(title_key(paragraph.text)) if may_name_a_story(paragraph) else None
    if target and target.id == article.id:
        target = None
    if paragraph.kind is Kind.RELATED or target:
        text = html_link(paragraph.text, path, paths.article(target.slug)) if target else html_text(paragraph.text)
        marker = f"{html_text(paragraph.credit)} " if paragraph.credit and paragraph.credit[0].isalpha() else ""
        return html_block(RELATED_OPEN, f'{RELATED_LABEL}{labels["related"]}</p>\n<p>{marker}{text}</p>')
    return html_block(PARAGRAPH_OPEN, html_text(paragraph.text))  # the body, and a headline kept in it
