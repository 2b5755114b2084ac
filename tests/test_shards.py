"""A site built in shards, on one machine exactly as the jobs of .github/workflows/pages-large.yml build
it on many: the assembled site is the one a single build makes, its links across shards lead to pages,
one search finds the articles of every shard, and a changed article rebuilds its shard alone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import yaml

from generator.model import ArticleDate
from generator.shards import ArticleShard, plan_article_shards
from tests.conftest import ROOT, SAMPLE, copy_site_setup
from tests.serve_subpath import serve
from tests.test_browser import browser, page, settled  # noqa: F401 (fixtures)

WORKFLOW = ROOT / ".github" / "workflows" / "pages-large.yml"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# Made-up stories, one a year, each with a word of its own to search for.
STORIES = {
    2019: ("Cầu treo Vọng Khê mở cửa", "Ông Lưu Văn Thắng", "quelvarin"),
    2021: ("Hội chợ sách Bến Nghé khai mạc", "Bà Trịnh Thu Hà", "morkelith"),
    2023: ("Tàu Sao Biển cập cảng mới", "Ông Lưu Văn Thắng", "zantoreq"),
}


def story(year: int) -> str:
    title, person, word = STORIES[year]
    return (f"---\ntitle: {title}\ndate: {year}-05-0{year % 7}\n---\n\n"
            f"{person} cho biết công trình {word} đã hoàn thành sau hai năm. "
            f"Người dân địa phương đến xem từ sáng sớm.\n\n{person} nói thêm rằng dự án sẽ được mở rộng.\n")


def archive_of(*years: int | None) -> SimpleNamespace:
    """What planning reads of an archive: its articles, newest first, each with a date and a slug."""
    return SimpleNamespace(articles=[SimpleNamespace(slug=f"a{i}-{year}", date=ArticleDate(year))
                                     for i, year in enumerate(years)])


def test_shards_by_year_keep_the_archive_order_with_the_undated_last():
    assert plan_article_shards(archive_of(2024, 2024, 2019, None), "year") == (
        ArticleShard("2024", ("articles/a0-2024.md", "articles/a1-2024.md")),
        ArticleShard("2019", ("articles/a2-2019.md",)),
        ArticleShard("undated", ("articles/a3-None.md",)),
    )


def test_shards_by_number_count_from_the_oldest_so_new_articles_change_the_newest_alone():
    before = plan_article_shards(archive_of(2024, 2023, 2022, 2021, 2020), 2)
    assert [(s.name, len(s.pages)) for s in before] == [("part-0003", 1), ("part-0002", 2), ("part-0001", 2)]
    after = plan_article_shards(archive_of(2025, 2024, 2023, 2022, 2021, 2020), 2)
    assert [(s.name, len(s.pages)) for s in after] == [("part-0003", 2), ("part-0002", 2), ("part-0001", 2)]
    # The same articles in the older shards (their slugs, made from their place here, aside).
    assert [[p.split("-")[1] for p in s.pages] for s in after[1:]] == [[p.split("-")[1] for p in s.pages] for s in before[1:]]


def run_job(job: str, folder: Path, shard: str | None = None) -> str:
    """The `run` steps of one job of the workflow, in `folder`; installing is the test run's own venv.
    Returns what the job wrote to $GITHUB_OUTPUT."""
    output = folder / f".github-output-{job}"
    output.write_text("")
    for step in yaml.safe_load(WORKFLOW.read_text())["jobs"][job]["steps"]:
        if "run" not in step or step["run"].startswith("make "):
            continue
        env = {key: str(value).replace("${{ matrix.shard }}", shard or "") for key, value in step.get("env", {}).items()}
        subprocess.run(["bash", "-e", "-c", step["run"]], cwd=folder, check=True, capture_output=True, text=True,
                       env={**ENV, **env, "GITHUB_OUTPUT": str(output)})
    return output.read_text()


def sharded_folder(folder: Path) -> Path:
    copy_site_setup(folder)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("      newest: 20\n", "      newest: 20\n      shards: year\n"), "utf-8")
    shutil.copy(SAMPLE, folder / "articles")
    for year in STORIES:
        (folder / "articles" / f"story-{year}.md").write_text(story(year), "utf-8")
    (folder / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The folder, after the plan job, one shard job per shard and the assemble job."""
    folder = sharded_folder(tmp_path_factory.mktemp("sharded"))
    shards = yaml.safe_load(run_job("plan", folder).split("=", 1)[1])
    assert shards == ["shared", "2024", "2023", "2021", "2019"]
    for shard in shards:
        run_job("shard", folder, shard)
    run_job("assemble", folder)
    return folder


def files_of(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*")
            if path.is_file() and not path.relative_to(site).as_posix().startswith(("search-index/", "sitemap"))}


def test_the_assembled_site_is_the_single_build_but_for_search_and_sitemaps(built, tmp_path):
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "single")],
                   cwd=built, check=True, capture_output=True, env=ENV)
    single, assembled = files_of(tmp_path / "single"), files_of(built / "site")
    assert sorted(assembled) == sorted(single)
    assert [name for name in single if single[name] != assembled[name]] == []


def test_every_link_across_shards_leads_to_a_page(built):
    site = built / "site"
    broken = []
    for page in site.rglob("*.html"):
        for href in re.findall(r'href="([^"#?]+)', page.read_text("utf-8")):
            if urlsplit(href).scheme or href.startswith("/"):
                continue
            target = (page.parent / href).resolve()
            if not (target / "index.html" if href.endswith("/") else target).exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
    assert broken == []
    story_2019 = (site / "articles" / "story-2019" / "index.html").read_text("utf-8")
    assert 'href="../../people/luu-van-thang/"' in story_2019  # a page of the shared shard


def test_each_shard_keeps_its_own_index_and_the_sitemaps_are_indexed(built):
    index = built / "site" / "search-index"
    assert sorted(path.name for path in index.iterdir() if path.is_dir()) == ["2019", "2021", "2023", "2024", "people"]
    sitemap = (built / "site" / "sitemap.xml").read_text("utf-8")
    assert sitemap.count("<sitemap>") == 5
    assert "story-2021/" in (built / "site" / "sitemaps" / "2021.xml").read_text("utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("year", sorted(STORIES))
def test_one_search_finds_the_article_of_each_shard(page, built, year):  # noqa: F811 (fixture)
    with serve(built / "site") as url:
        assert settled(page, url, STORIES[year][2]) == [f"articles/story-{year}/"]


@pytest.mark.browser
def test_a_person_named_in_two_shards_is_one_result_counting_both(page, built):  # noqa: F811 (fixture)
    with serve(built / "site") as url:
        assert settled(page, url, "Lưu Văn Thắng")[:3] == ["people/luu-van-thang/", "articles/story-2023/",
                                                          "articles/story-2019/"]
        assert page.locator(".archive-search__summary").first.inner_text() == "2 bài viết"


def test_a_changed_article_rebuilds_only_its_shard_and_the_shared_one(built):
    print_stale = [sys.executable, "-m", "generator", "shards", "--strict"]
    assert subprocess.run(print_stale, cwd=built, check=True, capture_output=True, text=True, env=ENV).stdout == ""
    article = built / "articles" / "story-2021.md"
    article.write_text(article.read_text("utf-8").replace("được mở rộng", "được mở rộng vào mùa thu"), "utf-8")
    stale = subprocess.run(print_stale, cwd=built, check=True, capture_output=True, text=True, env=ENV).stdout.split()
    assert ".archive-shard-2021.yml" in stale
    assert not {".archive-shard-2019.yml", ".archive-shard-2023.yml", ".archive-shard-2024.yml"} & set(stale)
    for config in stale:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config], cwd=built, check=True,
                       capture_output=True, env=ENV)
    subprocess.run([sys.executable, "-m", "generator", "assemble"], cwd=built, check=True, capture_output=True, env=ENV)
    assert "vào mùa thu" in (built / "site" / "articles" / "story-2021" / "index.html").read_text("utf-8")
    assert subprocess.run(print_stale, cwd=built, check=True, capture_output=True, text=True, env=ENV).stdout == ""
