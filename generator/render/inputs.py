"""What each page is made from, as a digest: a page whose inputs did not change since the last run
is not rendered again (at 10,000 articles, rendering every page is most of a run that changed one).

A key holds everything its render function reads: whole articles (as their own digests), so that a
change anywhere in an article reaches every page that shows it, and the slugs of the people linked.
`tests/test_build.py` checks that a run on a changed archive writes what a fresh run writes.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from operator import attrgetter

from ..extract.paragraphs import may_name_a_story
from ..index import title_key
from ..model import Archive, Article, Month, Person


def digest(value: object) -> bytes:
    return hashlib.blake2b(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).digest()


@dataclass(frozen=True)
class ArticleDigest:
    """What the keys need of one article, worked out once while the article stays the same."""

    article: Article
    digest: bytes
    headlines: tuple[str, ...]  # the folded text of each line that may be another story's headline

    @staticmethod
    def of(article: Article) -> ArticleDigest:
        return ArticleDigest(article, digest(article),
                             tuple(title_key(p.text) for p in article.paragraphs if may_name_a_story(p)))


@dataclass(frozen=True)
class KnownKeys:
    """What one run's keys were made from, for the next run to use again: each article's digest and its
    page's inputs and key by id, and each person's key by name, with the person and their companions'
    slugs it was made from."""

    articles: Mapping[str, ArticleDigest]
    people: Mapping[str, tuple[Person, tuple[str, ...], bytes]]
    pages: Mapping[str, tuple[tuple, bytes]]


class PageInputs:
    """Keys of the article pages, person pages, person feeds and month pages of one archive, for one site.
    `known`: the last run's; the digests of unchanged articles, and the keys of people the archive kept
    as they were (the same Person, whose articles are then the same), are used again."""

    def __init__(self, archive: Archive, settings: tuple, known: KnownKeys | None = None) -> None:
        self.archive = archive
        self.settings = settings
        known = known or KnownKeys({}, {}, {})
        self.articles: dict[str, ArticleDigest] = {}
        for article in archive.articles:
            last = known.articles.get(article.id)
            same = last is not None and (last.article is article or last.article == article)
            self.articles[article.id] = last if same else ArticleDigest.of(article)
        self._digests = {id: known.digest for id, known in self.articles.items()}
        self._known_people = known.people
        self.people: dict[str, tuple[Person, tuple[str, ...], bytes]] = {}
        self._known_pages = known.pages
        self.pages: dict[str, tuple[tuple, bytes]] = {}

    def _of(self, article: Article | None) -> bytes | None:
        return self._digests[article.id] if article else None

    def article(self, article: Article) -> bytes:
        archive = self.archive
        reading = archive.reading.get(article.id)
        known = self.articles[article.id]
        links = tuple(self._of(archive.by_title.get(headline)) for headline in known.headlines)
        inputs = (
            self.settings,
            known.digest,
            tuple(map(_SLUG, map(archive.people_by_name.__getitem__, article.people))),
            self._digests_of(reading.related) if reading else None,
            (self._of(reading.previous), self._of(reading.next)) if reading else None,
            links,
        )
        # Compared rather than digested again: most pages' inputs are those of the last run.
        last = self._known_pages.get(article.id)
        key = last[1] if last is not None and last[0] == inputs else digest(inputs)
        self.pages[article.id] = (inputs, key)
        return key

    def person(self, person: Person) -> bytes:
        people = self.archive.people_by_name
        slugs = tuple(people[name].slug for name, _ in person.companions)
        last = self._known_people.get(person.name)
        if last is not None and last[0] is person and last[1] == slugs:
            key = last[2]
        else:
            key = digest((
                self.settings,
                person.name,
                person.slug,
                person.aliases,
                tuple(zip(person.companions, slugs)),
                self._digests_of(person.articles),
            ))
        self.people[person.name] = (person, slugs, key)
        return key

    def month(self, month: Month) -> bytes:
        """A month's pages list its articles, as their own rows say them, and nothing else."""
        return digest((self.settings, month.year, month.month, self._digests_of(month.articles)))

    def _digests_of(self, articles: tuple[Article, ...]) -> tuple[bytes, ...]:
        # Looked up without a line of Python per article: a person's list is the longest a key reads.
        return tuple(map(self._digests.__getitem__, map(_ID, articles)))

    def known(self) -> KnownKeys:
        return KnownKeys(self.articles, self.people, self.pages)


_ID, _SLUG = attrgetter("id"), attrgetter("slug")
