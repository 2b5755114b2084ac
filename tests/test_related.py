"""Related stories: weighed by how much both articles are about the people they share."""

from __future__ import annotations

import random

import pytest

from generator import index
from generator.index import build_archive
from generator.model import Article, ArticleDate


def _article(slug: str, people: tuple[str, ...], date: ArticleDate = ArticleDate()) -> Article:
    return Article(slug, slug, f"{slug}.txt", slug.title(), date, "vi", (), people, (), 10, "")


def _related(archive, slug: str) -> list[str]:
    return [a.slug for a in archive.reading[slug].related]


def test_an_article_naming_someone_in_passing_is_related_to_stories_about_its_subject():
    interview = _article("interview", ("Nguyễn Văn An", "Trần Bình", "Donald Trump"))
    # Undated, and first in alphabetical order: the Trump stories must not come first for that.
    trump = [_article(f"a-trump-{n}", ("Donald Trump",)) for n in range(4)]
    about_an = _article("z-an", ("Nguyễn Văn An", "Lê Cường"))
    archive = build_archive([interview, *trump, about_an])
    assert _related(archive, "interview")[0] == "z-an"


def test_a_rarely_named_person_outweighs_one_named_everywhere():
    story = _article("story", ("Donald Trump", "Phạm Dũng"))
    trump = [_article(f"trump-{n}", ("Donald Trump",)) for n in range(20)]
    dung = _article("zz-dung", ("Donald Trump", "Phạm Dũng"))
    trump_first = _article("trump-first", ("Donald Trump", "Hồ Em"))
    related = _related(build_archive([story, *trump, dung, trump_first]), "story")
    assert related[0] == "zz-dung"


def test_dated_stories_nearest_in_time_among_equals():
    day = lambda d: ArticleDate(2024, 3, d)  # noqa: E731
    story = _article("story", ("Nguyễn Văn An",), day(15))
    near, far = _article("near", ("Nguyễn Văn An",), day(14)), _article("far", ("Nguyễn Văn An",), day(1))
    assert _related(build_archive([story, far, near]), "story") == ["near", "far"]


def _random_archive(rng: random.Random, size: int, crowd: int) -> list[Article]:
    # A few people in most articles (past RELATED_SCAN, so that their stories are weighed in windows),
    # the others in a few, fewer the larger the crowd; dates on few days, so that equal scores are told
    # apart by place; some undated.
    people = [f"Người {n}" for n in range(crowd)]
    articles = []
    for n in range(size):
        named = rng.sample(people[:4], rng.randint(0, 2)) + rng.sample(people[4:], rng.randint(0, 4))
        date = ArticleDate() if rng.random() < 0.1 else ArticleDate(2024, rng.randint(1, 3), rng.randint(1, 28))
        articles.append(_article(f"a{n:04d}", tuple(dict.fromkeys(named)), date))
    return articles


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("crowd", [40, 400])
def test_an_added_article_gives_the_stories_a_fresh_build_gives(seed, crowd, monkeypatch):
    rng = random.Random(seed)
    articles = _random_archive(rng, 400, crowd)
    previous = build_archive(articles)
    shortcuts = []
    taken = index._related_with_one_more
    monkeypatch.setattr(index, "_related_with_one_more", lambda *a: shortcuts.append(taken(*a)) or shortcuts[-1])
    for date in (ArticleDate(2024, 4, 1), ArticleDate(2024, 2, rng.randint(1, 28)), ArticleDate()):
        added = _article(f"new-{date.iso}", ("Người 0", "Người 1", f"Người {rng.randint(4, crowd - 1)}"), date)
        again = build_archive([*articles, added], previous=previous)
        fresh = build_archive([*articles, added])
        assert again.reading == fresh.reading and again.placed == fresh.placed, date
    # The shortcut was taken for most articles, and refused where it must be.
    assert sum(s is not None for s in shortcuts) > len(shortcuts) / 2 and None in shortcuts


def test_an_added_article_joins_a_short_list_of_equals_below_them():
    day = lambda d: ArticleDate(2024, 3, d)  # noqa: E731
    story = _article("story", ("Nguyễn Văn An", "Lê Bình"), day(10))
    equals = [_article(name, ("Nguyễn Văn An",), day(d)) for name, d in (("b", 8), ("c", 12), ("d", 1))]
    previous = build_archive([story, *equals])
    assert previous.placed  # three equal scores, told apart by nearness in time
    later = _article("later", ("Trần Cường", "Nguyễn Văn An"), day(20))  # names him second: scores below them
    again = build_archive([story, *equals, later], previous=previous)
    assert _related(again, "story") == ["c", "b", "d", "later"] == _related(build_archive([story, *equals, later]), "story")
