"""Related stories: weighed by how much both articles are about the people they share."""

from __future__ import annotations

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
