"""A whole generator run on disk: the writer's promises, bad files, configuration and the command line."""

from __future__ import annotations

import errno
import os
import random
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from generator.build import build
from generator.cli import main
from generator.config import load_settings
from generator.errors import ConfigError, WriteError
from generator.people_merge import FIRM_ELSEWHERE
from tests.conftest import SAMPLE, copy_site_setup, settings_for


@pytest.fixture
def folder(archive_dir: Path) -> Path:
    shutil.copy(SAMPLE, archive_dir / "articles")
    return archive_dir


def test_second_run_writes_nothing_and_keeps_mtimes(folder):
    first = build(settings_for(folder))
    # The pages (of the sample's eight people, the two of the people file have one), the site's Atom
    # and RSS feeds, a feed per person with a page.
    assert len(first.written.written) == 8 + 2 + 2
    page = folder / "docs/articles/000-67ba8191cee16773.md"
    os.utime(page, (1_000_000, 1_000_000))
    second = build(settings_for(folder))
    assert second.written.written == ()
    assert page.stat().st_mtime == 1_000_000


def test_changed_article_rewrites_its_pages_only(folder):
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá tăng.\n\nĐoạn hai.", "utf-8")
    build(settings_for(folder, person_pages_from=1))
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá giảm.\n\nĐoạn hai.", "utf-8")
    report = build(settings_for(folder, person_pages_from=1))
    # Its title changed, so the pages that list it change too: the sample's page names it as the
    # previous article.
    assert set(report.written.written) == {
        "articles/other.md", "index.md", "people/tran-thi-lan.md", "dates/2023/01.md", "articles/000-67ba8191cee16773.md",
        "feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/people/tran-thi-lan.atom.xml",
    }


def _docs(folder: Path) -> dict[str, bytes]:
    docs = folder / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def _steps_as_fresh_runs(folder: Path, tmp_path: Path, steps: list[tuple[str, str | None]]):
    """Build, then for each step write an article (or delete it, for None) and build again, checking
    that the run writes what a fresh run over the same articles writes; yields each step's report."""
    articles = folder / "articles"
    build(settings_for(folder))
    for number, (name, text) in enumerate(steps):
        if text is None:
            (articles / name).unlink()
        else:
            (articles / name).write_text(text, "utf-8")
        report = build(settings_for(folder))
        (fresh := tmp_path / f"fresh{number}").mkdir()
        copy_site_setup(fresh)
        shutil.copytree(articles, fresh / "articles", dirs_exist_ok=True)
        assert build(settings_for(fresh)).archive == report.archive, f"after step {number}"
        assert _docs(folder) == _docs(fresh), f"after step {number}"
        yield number, report


def test_a_run_on_a_changed_archive_writes_what_a_fresh_run_writes(folder, tmp_path):
    """Pages whose inputs did not change are not rendered again: every change below must still
    reach every page it shows on, exactly as a run from nothing would write it."""
    articles = folder / "articles"
    texts = {
        "a.txt": "date 2024-01-02 Ông Nguyễn Văn Tùng nói giá tăng. Bà Lê Thị Hoa đồng ý.",
        "b.txt": "date 2024-01-05 Ông Tùng và ông Benjamin Netanyahu gặp nhau.\n\nGiá gạo tăng mạnh",
        "c.txt": "date 2024-02-01 Giá gạo tăng mạnh\n\nBà Lê Thị Hoa nói giá gạo tăng mạnh.",
    }
    changes = [
        ("c.txt", "date 2024-02-01 Giá gạo giảm\n\nBà Lê Thị Hoa nói giá gạo giảm."),  # a linked headline goes
        ("d.txt", "date 2024-01-03 Ông Nguyễn Văn Tùng lại nói. Ông Trần Văn Nam nghe."),  # new neighbours
        ("a.txt", "date 2023-12-30 Ông Nguyễn Văn Tùng nói giá tăng."),  # a person leaves, the date moves
        ("e.txt", "date 2024-01-04 Giá gạo tăng mạnh\n\nÔng Benjamin Netanyahu nói."),  # the headline comes back
        ("f.txt", "date 2020-05-05 Ông Benjamin Netanyahu tới Mỹ."),  # related stories change, neighbours do not
        ("b.txt", None),  # deleted
    ]
    for name, text in texts.items():
        (articles / name).write_text(text, "utf-8")
    assert len(list(_steps_as_fresh_runs(folder, tmp_path, changes))) == len(changes)


@pytest.mark.parametrize("process", ["the same process", "a new process each time"])
def test_runs_after_random_edits_write_what_a_fresh_run_writes(folder, tmp_path, monkeypatch, process):
    """Related stories, people and page keys are kept for what a change does not reach: after edits
    of every kind (added, rewritten, re-dated, deleted articles, people coming and going, a sentence
    added and nothing else), among few
    people and few dates, where many related stories tie and are told apart by their place in time,
    each run writes what a run from nothing writes. Run in one process, as `mkdocs serve` runs, the
    last run is kept in memory; in a new process each time it is read back from disk."""
    from generator import cache

    # Short names too, which join one full name or another as the counts of people named together
    # change across the archive; and a name that articles give as a firm, which is one in all.
    names = ["Ông Nguyễn Văn Tùng", "Bà Lê Thị Hoa", "Ông Trần Văn Nam", "Bà Phạm Thị Lan", "Ông Đỗ Minh Đức",
             "Ông Lê Văn Tùng", "Ông Tùng", "Bà Hoa", "Hollis Marten", "Hollis Marten Inc"]
    rng = random.Random(13)

    def people() -> str:
        return " ".join(f"{name} nói." for name in rng.sample(names, rng.randint(1, 3)))

    def text() -> str:
        return f"date 2024-0{rng.randint(1, 3)}-0{rng.randint(1, 4)} Tin số {rng.randint(1, 9)}\n\n{people()}"

    articles = folder / "articles"
    for number in range(30):
        (articles / f"a{number}.txt").write_text(text(), "utf-8")
    build(settings_for(folder))
    merged, apart, firm = set(), set(), set()
    for step in range(20):
        if process != "the same process":
            monkeypatch.setattr(cache, "_IN_MEMORY", {})
        present = sorted(articles.glob("a*.txt"))
        edit, chosen = step % 5, rng.choice(present)
        if edit == 0:
            (articles / f"a{30 + step}.txt").write_text(text(), "utf-8")
        elif edit == 1:
            chosen.write_text(text(), "utf-8")
        elif edit == 2:
            chosen.write_text(chosen.read_text("utf-8") + "\n\nGiá vẫn tăng.", "utf-8")
        elif edit == 3:  # the same date and title, other people
            chosen.write_text(chosen.read_text("utf-8").split("\n\n")[0] + f"\n\n{people()}", "utf-8")
        else:
            chosen.unlink()
        report = build(settings_for(folder))
        assert report.archive.placed, "no related stories tied: the test no longer tests moves among ties"
        merged.update(name for article in report.archive.articles for name, _ in article.spellings)
        apart.update(person.name for person in report.archive.people if " " not in person.name)
        firm.update(name for article in report.archive.articles for name, reason, _ in article.set_aside
                    if reason == FIRM_ELSEWHERE)
        (fresh := tmp_path / f"fresh{step}").mkdir()
        copy_site_setup(fresh)
        shutil.copytree(articles, fresh / "articles", dirs_exist_ok=True)
        monkeypatch.setattr(cache, "_IN_MEMORY", {})
        assert build(settings_for(fresh)).archive == report.archive, f"step {step}"
        assert _docs(folder) == _docs(fresh), f"step {step}"
    assert "Hoa" in merged and "Tùng" in apart, "the test no longer tests short names joined and kept apart"
    assert firm == {"Hollis Marten"}, "the test no longer tests a name that an article gives as a firm"


def test_short_names_of_unchanged_articles_follow_the_archive_as_a_fresh_run_has_them(folder, tmp_path):
    """A short name in an article that does not change joins a full name, or leaves it, as other
    articles come and go: the run that redoes only what changed must see it."""
    articles = folder / "articles"
    for number in range(20):  # enough unchanged articles for a run to update rather than redo
        (articles / f"filler{number}.txt").write_text(f"date 2023-05-{number + 1:02d} Tin phụ {number}\n\nGiá tăng.", "utf-8")
    (articles / "short.txt").write_text("date 2024-01-02 Tin ngắn\n\nBà Hoa nói giá tăng.", "utf-8")
    (articles / "full1.txt").write_text("date 2024-01-03 Tin đầy đủ\n\nBà Lê Thị Hoa nói.", "utf-8")
    steps = [
        ("full2.txt", "date 2024-01-04 Tin thứ hai\n\nBà Lê Thị Hoa nói lại."),  # named twice: Hoa joins her
        ("credit.txt", "date 2024-01-05 Tin có ảnh\n\nGiá tăng.\n\nẢnh: Hoa"),  # Hoa credited: apart again
        ("credit.txt", None),
        ("full2.txt", None),  # named once again: Hoa stays apart
    ]
    joined = [next(a for a in report.archive.articles if a.id == "short.txt").people
              for _, report in _steps_as_fresh_runs(folder, tmp_path, steps)]
    assert joined == [("Lê Thị Hoa",), ("Hoa",), ("Lê Thị Hoa",), ("Hoa",)]


def test_a_short_name_joins_whom_it_shares_people_with_as_articles_come_and_go(folder, tmp_path):
    """A short name in an unchanged article joins the one of its full names that another article
    newly puts beside the same people, and leaves it when that article goes: the run that redoes
    only what changed must see who is named with whom."""
    articles = folder / "articles"
    for number in range(20):  # enough unchanged articles for a run to update rather than redo
        (articles / f"filler{number}.txt").write_text(f"date 2023-05-{number + 1:02d} Tin phụ {number}\n\nGiá tăng.", "utf-8")
    (articles / "short.txt").write_text("date 2024-01-02 Tin ngắn\n\nBà Hoa nói với ông Trần Văn Nam.", "utf-8")
    (articles / "full1.txt").write_text("date 2024-01-03 Tin một\n\nBà Lê Thị Hoa nói.", "utf-8")
    (articles / "full2.txt").write_text("date 2024-01-04 Tin hai\n\nBà Phạm Thị Hoa nói.", "utf-8")
    steps = [
        ("met.txt", "date 2024-01-05 Tin gặp\n\nBà Lê Thị Hoa gặp ông Trần Văn Nam."),
        ("met.txt", None),
    ]
    joined = [next(a for a in report.archive.articles if a.id == "short.txt").people
              for _, report in _steps_as_fresh_runs(folder, tmp_path, steps)]
    assert joined == [("Lê Thị Hoa", "Trần Văn Nam"), ("Hoa", "Trần Văn Nam")]


def test_a_firm_named_bare_in_unchanged_articles_follows_the_archive_as_a_fresh_run_has_it(folder, tmp_path):
    """A name is a person until an article gives it as a firm, in every article, and again when no
    article does: the articles that name it bare do not change, and the run that redoes only what
    changed must see it. The people report says why, wherever the rule set the name aside."""
    articles = folder / "articles"
    for number in range(20):  # enough unchanged articles for a run to update rather than redo
        text = f"date 2023-05-{number + 1:02d} Tin phụ {number}\n\nGiá tăng."
        (articles / f"filler{number}.txt").write_text(text, "utf-8")
    for number in (1, 2):
        (articles / f"bare{number}.txt").write_text(
            f"date 2024-01-0{number} Profits {number}\n\nHollis Marten said profits rose. Piet Holm agreed.", "utf-8")
    steps = [
        ("form.txt", "date 2024-01-03 Results\n\nHollis Marten Inc said profits rose."),
        ("form.txt", "date 2024-01-03 Results\n\nKowal Nowak Inc said profits rose."),
        ("ticker.txt", "date 2024-01-04 Shares\n\nPiet Holm sold Hollis Marten <HMN.L> shares."),
        ("ticker.txt", None),
    ]
    named = []
    for number, report in _steps_as_fresh_runs(folder, tmp_path, steps):
        named.append(next(a for a in report.archive.articles if a.id == "bare1.txt").people)
        if number == 2:
            listed = (folder / ".archive-cache/people-report.txt").read_text("utf-8").splitlines()
            why = "a company, in angle brackets or by its ticker after it"
            assert f"Hollis Marten · 3 · {why} · ticker.txt" in listed  # the rule's reason, not the veto's
    firm, person = ("Piet Holm",), ("Hollis Marten", "Piet Holm")
    assert named == [firm, person, firm, person]


def test_removed_article_removes_its_pages_but_not_handwritten_ones(folder):
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá tăng.", "utf-8")
    (folder / "docs/about.md").write_text("# Giới thiệu\n", "utf-8")
    build(settings_for(folder, person_pages_from=1))
    assert (folder / "docs/dates/2023/01.md").exists()
    (folder / "articles/other.txt").unlink()
    report = build(settings_for(folder, person_pages_from=1))
    assert set(report.written.removed) == {
        "articles/other.md", "people/tran-thi-lan.md", "dates/2023/index.md", "dates/2023/01.md", "feeds/people/tran-thi-lan.atom.xml",
    }
    assert not (folder / "docs/dates/2023").exists()  # emptied folders go too
    assert (folder / "docs/about.md").read_text("utf-8") == "# Giới thiệu\n"
    assert (folder / "docs/assets/archive.css").exists()


def test_handwritten_page_in_the_way_is_never_overwritten(folder):
    (folder / "docs/people").mkdir(parents=True)
    (folder / "docs/people/index.md").write_text("# Của tôi\n", "utf-8")
    with pytest.raises(WriteError, match="people/index.md"):
        build(settings_for(folder))
    assert (folder / "docs/people/index.md").read_text("utf-8") == "# Của tôi\n"


def test_bad_files_are_reported_and_the_rest_still_build(folder):
    articles = folder / "articles"
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    (articles / "latin1.txt").write_bytes("date 2024 Caf\xe9".encode("latin-1"))
    (articles / "baddate.txt").write_text("date 2024-02-30 Tin có ngày sai.", "utf-8")
    shutil.copy(SAMPLE, articles / "copy.txt")
    (articles / "notes.docx").write_bytes(b"PK")
    report = build(settings_for(folder))
    messages = sorted(str(p) for p in report.problems)
    assert messages == [
        "baddate.txt:1: impossible date 2024-02-30 (day 30) in the date header; write it as YYYY-MM-DD, YYYY-MM or YYYY",
        "binary.txt:2: binary file, not text; remove it from the articles folder",
        "copy.txt:1: same text as 000_67ba8191cee16773.txt; built once; delete one of them",
        "empty.txt:1: empty file; write the article's text into it or delete it",
        "latin1.txt: decoded as cp1250, not UTF-8; save it as UTF-8",
        "notes.docx: not read: '.docx' files are not articles; articles are .txt, .md, .markdown, .jsonl, .csv, .html, .htm files; move it out of the articles folder",
    ]
    # The sample, the Latin-1 article and the article with a bad date (now undated) are built.
    assert len(report.archive.articles) == 3
    assert (folder / "docs/dates/undated.md").exists()


def test_config_from_mkdocs_yml(folder):
    settings = load_settings(folder / "mkdocs.yml")
    assert settings.articles == folder / "articles"
    assert settings.language == "vi"
    assert settings.newest == 20


def test_config_errors_are_collected(folder):
    text = (folder / "mkdocs.yml").read_text("utf-8").replace("newest: 20", "newest: many\n      colour: red")
    (folder / "mkdocs.yml").write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(folder / "mkdocs.yml")
    problems = "\n".join(caught.value.problems)
    assert "Plugin 'archive' option 'colour': unknown option (known: articles, newest, people_file, person_pages_from, shard, shards)" in problems
    assert "Plugin 'archive' option 'newest': Expected type: <class 'int'>" in problems


@pytest.mark.parametrize("value, problem", [
    ("weekly", "must be 'year' or a whole number of articles of at least 1, not 'weekly'"),
    ("0", "must be 'year' or a whole number of articles of at least 1, not 0"),
    ("year", None),
    ("5000", None),
])
def test_config_shards_by_year_or_by_a_number_of_articles(folder, value, problem):
    text = (folder / "mkdocs.yml").read_text("utf-8").replace("newest: 20", f"newest: 20\n      shards: {value}")
    (folder / "mkdocs.yml").write_text(text, "utf-8")
    if problem is None:
        assert str(load_settings(folder / "mkdocs.yml").shard_by) == value
        return
    with pytest.raises(ConfigError) as caught:
        load_settings(folder / "mkdocs.yml")
    assert problem in "\n".join(caught.value.problems)


def test_config_language_without_labels(folder):
    text = (folder / "mkdocs.yml").read_text("utf-8")
    (folder / "mkdocs.yml").write_text(text.replace("language: vi", "language: fr"), "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(folder / "mkdocs.yml")
    assert "theme.language 'fr' has no page labels" in str(caught.value)


def test_config_env_tags_resolve_as_under_mkdocs(folder, monkeypatch):
    # The command line reads mkdocs.yml with MkDocs' own loader: `!ENV` gives the same site_url,
    # hence the same feeds and cache key, as under `mkdocs build`.
    text = (folder / "mkdocs.yml").read_text("utf-8")
    text = re.sub(r"(?m)^site_url:.*$", "site_url: !ENV [ARCHIVE_URL, 'https://fallback.example/']", text)
    if "site_url:" not in text:
        text = "site_url: !ENV [ARCHIVE_URL, 'https://fallback.example/']\n" + text
    (folder / "mkdocs.yml").write_text(text, "utf-8")
    monkeypatch.setenv("ARCHIVE_URL", "https://news.example/archive")
    assert load_settings(folder / "mkdocs.yml").site_url == "https://news.example/archive/"


def test_misspelt_option_stops_mkdocs_build(folder):
    text = (folder / "mkdocs.yml").read_text("utf-8").replace("newest: 20", "newest: 20\n      colour: red")
    (folder / "mkdocs.yml").write_text(text, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(folder / "mkdocs.yml")],
        capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "option 'colour': unknown option" in result.stderr


def test_cli_summary_and_strict_exit(folder, capsys):
    config = str(folder / "mkdocs.yml")
    assert main(["build", "--config", config, "--strict"]) == 0
    assert "Built 1 articles, 8 people, 1 months; 0 warnings" in capsys.readouterr().out
    (folder / "articles/empty.txt").write_bytes(b"")
    assert main(["build", "--config", config]) == 0
    assert main(["build", "--config", config, "--strict"]) == 1
    err = capsys.readouterr().err
    assert "warning: empty.txt:1: empty file" in err


def test_cli_articles_and_docs_flags(folder, tmp_path, capsys):
    elsewhere = tmp_path / "out"
    code = main(["build", "--config", str(folder / "mkdocs.yml"), "--docs", str(elsewhere)])
    assert code == 0
    assert (elsewhere / "articles/000-67ba8191cee16773.md").exists()


def test_cli_missing_config_is_a_clear_error(tmp_path, capsys):
    assert main(["build", "--config", str(tmp_path / "nope.yml")]) == 2
    assert "nope.yml: not found" in capsys.readouterr().err


def test_run_killed_half_way_leaves_whole_pages_and_the_next_run_completes(folder, monkeypatch):
    from generator import writer

    build(settings_for(folder))
    pages = settings_for(folder).pages  # written first; docs/ gets a copy of them
    before = {p: p.read_text("utf-8") for p in pages.rglob("*.md")}
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá tăng.", "utf-8")
    real_replace, calls = os.replace, []

    def dying_replace(source, target):
        calls.append(target)
        if len(calls) > 3:
            raise KeyboardInterrupt  # as if the process were stopped here: after the manifest and two pages
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        build(settings_for(folder))
    monkeypatch.undo()
    killed = {p: p.read_text("utf-8") for p in pages.rglob("*.md")}
    assert not (pages / writer.WRITING_DIR).exists()
    report = build(settings_for(folder))
    after = {p: p.read_text("utf-8") for p in pages.rglob("*.md")}
    # Each page was whole when the run died: the old version or the new one, never a mix.
    for page, text in killed.items():
        assert text in (before.get(page), after.get(page)), page
    assert sum(killed[p] != before.get(p) for p in killed) == 2  # the two pages that went through
    assert (pages / "articles/other.md").exists() and (folder / "docs/articles/other.md").exists()
    assert build(settings_for(folder)).written.written == ()
    assert len(report.archive.articles) == 2


def test_unchanged_archive_is_not_rebuilt_and_still_reports_its_problems(folder):
    (folder / "articles/empty.txt").write_bytes(b"")
    first = build(settings_for(folder))
    again = build(settings_for(folder))
    assert again.archive is None  # nothing was read, extracted or rendered
    assert again.written.written == () and again.written.unchanged == first.written.unchanged + len(first.written.written)
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems]
    assert again.summary().startswith("Built 1 articles, 8 people, 1 months; 1 warnings; 0 pages written")


def test_a_run_after_a_partial_one_finds_nothing_changed(folder):
    # The partial run keeps most pages as they were: their stamps come from the last run's record.
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá tăng.", "utf-8")
    build(settings_for(folder))
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá giảm.", "utf-8")
    assert build(settings_for(folder)).archive is not None
    assert build(settings_for(folder)).archive is None


def test_a_served_first_run_that_finds_nothing_changed_holds_the_last_run_for_the_next(folder, monkeypatch):
    """`mkdocs serve` starts on an archive built before: its first build finds nothing changed, and
    the first save's build must not read the last run from disk again."""
    import pickle

    from generator import cache

    build(settings_for(folder))
    monkeypatch.setattr(cache, "_IN_MEMORY", {})  # a new process
    assert build(settings_for(folder), into_docs=False, hold=True).archive is None  # nothing changed

    def no_reading(stream):
        raise AssertionError("the last run read from disk again")

    monkeypatch.setattr(pickle, "load", no_reading)
    (folder / "articles" / "moi.txt").write_text("date 2024-04-02 Bà Nguyễn Thị Lan mở cửa hàng ở Huế.", "utf-8")
    report = build(settings_for(folder), into_docs=False, persist=False)
    assert report.articles == 2 and "articles/moi.md" in report.written.written


def test_only_changed_files_are_extracted_again(folder, monkeypatch):
    from generator import build as build_module

    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Lan nói giá tăng.", "utf-8")
    build(settings_for(folder))
    calls = []
    real = build_module.extract_article
    monkeypatch.setattr(build_module, "extract_article", lambda raw, *a: calls.append(raw.id) or real(raw, *a))
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Lan nói giá giảm.", "utf-8")
    report = build(settings_for(folder))
    assert calls == ["other.txt"]
    assert "articles/other.md" in report.written.written
    # A changed people file can change anyone's people: everything is extracted again.
    (folder / "people.yml").write_text("people:\n  - name: Nguyễn Thị Lan\n    aliases: [Lan]\n", "utf-8")
    calls.clear()
    report = build(settings_for(folder))
    assert sorted(calls) == ["000_67ba8191cee16773.txt", "other.txt"]
    assert "Nguyễn Thị Lan" in {p.name for p in report.archive.people}


def test_a_deleted_page_is_written_again(folder):
    build(settings_for(folder))
    (folder / "docs/people/joe-biden.md").unlink()
    report = build(settings_for(folder))
    assert report.written.written == ("people/joe-biden.md",)


def test_docs_pages_are_links_to_the_generated_ones_and_a_change_replaces_them(folder):
    settings = settings_for(folder)
    build(settings)
    page = "articles/000-67ba8191cee16773.md"
    assert os.path.samefile(folder / "docs" / page, settings.pages / page)
    before = (folder / "docs" / page).read_bytes()
    sample = folder / "articles/000_67ba8191cee16773.txt"
    sample.write_text(sample.read_text("utf-8") + "\n\nMột đoạn thêm.", "utf-8")
    report = build(settings)
    assert page in report.written.written
    assert b"M\xe1\xbb\x99t \xc4\x91o\xe1\xba\xa1n th\xc3\xaam." in (folder / "docs" / page).read_bytes()
    assert os.path.samefile(folder / "docs" / page, settings.pages / page) and before != (folder / "docs" / page).read_bytes()


def test_a_generated_page_edited_in_place_in_docs_is_put_back_in_both_folders(folder):
    settings = settings_for(folder)
    build(settings)
    page = "articles/000-67ba8191cee16773.md"
    original = (folder / "docs" / page).read_bytes()
    with (folder / "docs" / page).open("r+b") as edited:  # in place, as some editors save
        edited.write(b"# edited")
    assert (settings.pages / page).read_bytes() != original  # the link carried the edit
    assert page in build(settings).written.written
    assert (folder / "docs" / page).read_bytes() == (settings.pages / page).read_bytes() == original


def test_docs_pages_are_copied_where_the_file_system_cannot_link(folder, monkeypatch):
    from generator import writer

    def cannot_link(source, target):
        raise OSError(errno.EXDEV, "Invalid cross-device link", str(target))

    monkeypatch.setattr(writer.os, "link", cannot_link)
    settings = settings_for(folder)
    build(settings)
    page = "articles/000-67ba8191cee16773.md"
    assert not os.path.samefile(folder / "docs" / page, settings.pages / page)
    assert (folder / "docs" / page).read_bytes() == (settings.pages / page).read_bytes()
    assert build(settings).written.written == ()


def test_extraction_on_every_core_gives_the_same_archive(folder, tmp_path, monkeypatch):
    from generator import build as build_module

    for number in range(6):
        (folder / f"articles/n{number}.txt").write_text(f"date 2023-0{number + 1} Ông Trần Văn Số{number} nói.", "utf-8")
    serial = build(settings_for(folder))
    shutil.rmtree(folder / ".archive-cache")
    shutil.rmtree(folder / "docs/articles")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 2)
    parallel = build(settings_for(folder))
    assert parallel.archive == serial.archive
    assert parallel.written.written == tuple(sorted(f"articles/{a.slug}.md" for a in serial.archive.articles))


def test_rendering_on_every_core_writes_what_one_core_writes(folder, tmp_path, monkeypatch):
    from generator import cores

    for number in range(6):
        (folder / f"articles/n{number}.txt").write_text(f"date 2023-0{number + 1} Ông Trần Văn Số{number} nói.", "utf-8")
    other = shutil.copytree(folder, tmp_path / "other", ignore=shutil.ignore_patterns("other"))
    build(settings_for(folder))
    pools = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(cores, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cores, "ProcessPoolExecutor", Counted)
    build(settings_for(other))
    assert pools  # the pages were rendered by other processes
    pages = {path.relative_to(folder / "docs"): path.read_bytes() for path in (folder / "docs").rglob("*.md")}
    assert {path.relative_to(other / "docs"): path.read_bytes() for path in (other / "docs").rglob("*.md")} == pages


def test_one_person_one_page_across_the_archive(folder):
    articles = folder / "articles"
    (articles / "a.txt").write_text("date 2024-01-02 Ông Nguyễn Văn Tùng nói giá tăng, bà Lê Thị Mai nói.", "utf-8")
    (articles / "b.txt").write_text("date 2024-01-03 Ông NGUYỄN văn  TÙNG tới. Ông Tùng nói tiếp với bà Lê Thị Mai.",
                                    "utf-8")
    # The given name alone, beside someone named with the full name elsewhere.
    (articles / "c.txt").write_text("date 2024-01-04 Ông Tùng và bà Lê Thị Mai lại nói về giá.", "utf-8")
    (articles / "d.txt").write_text("date 2024-01-05 Ông Hải nói. Ông Lê Văn Hải và ông Trần Minh Hải gặp nhau.", "utf-8")
    (articles / "e.txt").write_text("date 2024-01-06 Ông Hải lại nói.", "utf-8")
    report = build(settings_for(folder))
    people = {p.name: len(p.articles) for p in report.archive.people}
    assert people["Nguyễn Văn Tùng"] == 3 and "Tùng" not in people
    # Their page names what was merged into them, unless only its case differs.
    assert {p.name: p.aliases for p in report.archive.people}["Nguyễn Văn Tùng"] == ("Tùng",)
    assert people["Hải"] == 1  # two Hải in the archive: which one is not known
    report_file = folder / ".archive-cache/people-report.txt"
    assert f"people: 1 short names could be several people and were kept apart; see {report_file}" in {
        str(p).split("; add")[0] for p in report.problems
    }
    assert "Hải: Lê Văn Hải, Trần Minh Hải" in report_file.read_text("utf-8").splitlines()


def test_names_set_aside_are_reported_and_one_line_promotes_them(folder):
    articles = folder / "articles"
    (articles / "a.txt").write_text("date 2024-01-02 Kẹt xe trên đường Nguyễn Văn Linh kéo dài.", "utf-8")
    (articles / "b.txt").write_text("date 2024-01-03 Xe đi qua đường Nguyễn Văn Linh rồi rẽ.", "utf-8")
    report = build(settings_for(folder))
    assert "Nguyễn Văn Linh" not in {p.name for p in report.archive.people}
    listed = (folder / ".archive-cache/people-report.txt").read_text("utf-8").splitlines()
    assert "Nguyễn Văn Linh · 2 · after `đường`, as places are · a.txt" in listed
    assert not any(line.startswith("Benjamin Netanyahu ·") for line in listed)  # a person elsewhere: not set aside
    (folder / "people.yml").write_text("people:\n  - name: Nguyễn Văn Linh\n", "utf-8")
    report = build(settings_for(folder))
    linh = next(p for p in report.archive.people if p.name == "Nguyễn Văn Linh")
    assert {a.source for a in linh.articles} == {"a.txt", "b.txt"}
    assert not (folder / ".archive-cache/people-report.txt").exists()  # nothing left to settle


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def _archive(folder: Path, changed: bool = False) -> Path:
    folder.mkdir()
    copy_site_setup(folder)
    shutil.copy(SAMPLE, folder / "articles")
    for number in range(60):
        text = f"date 2024-03-{number % 28 + 1:02d} Bà Nguyễn Thị Lan nói lần thứ {number} rằng giá gạo tăng."
        (folder / "articles" / f"tin{number:02d}.txt").write_text(text, "utf-8")
    if changed:
        _change(folder)
    return folder


def _writing(docs: Path) -> bool:
    return (docs / ".archive-writing").exists() or (docs / "articles").is_dir() and any((docs / "articles").iterdir())


def _change(folder: Path) -> None:
    (folder / "articles/tin07.txt").write_text("date 2024-04-01 Ông Trần Văn Hùng nói khác.", "utf-8")
    (folder / "articles/tin08.txt").unlink()


def test_a_build_killed_at_any_moment_leaves_whole_pages_and_the_next_equals_a_clean_one(tmp_path):
    """kill -9 at random moments of a fresh build, then of a rebuild after a change: no page is ever
    empty, no temporary file stays, and the build after the kills writes what a clean build writes."""
    killed = _archive(tmp_path / "killed")

    def run() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=killed,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    started = time.perf_counter()
    assert run().wait() == 0  # how long a whole run takes here, then start afresh
    duration = time.perf_counter() - started
    shutil.rmtree(killed / "docs" / "articles")
    shutil.rmtree(killed / ".archive-cache")
    moments = []
    for number in range(4):
        if number == 2:
            _change(killed)
        process = run()
        if number % 2:  # while pages are being written: the moments that matter are a small part of a run
            while process.poll() is None and not _writing(killed / "docs"):
                time.sleep(0.001)
            moments.append(f"writing+{random.uniform(0, 0.02):.3f}")
            time.sleep(float(moments[-1].split("+")[1]))
        else:
            moments.append(f"{random.uniform(0.2, 1.0) * duration:.3f}")
            time.sleep(float(moments[-1]))
        process.kill()
        process.wait()
        # A page is whole or absent; what was being written aside is removed by the next run.
        pages = [p for p in (killed / "docs").rglob("*") if p.is_file() and ".archive-writing" not in p.parts]
        assert [p for p in pages if not p.stat().st_size] == [], moments
    assert run().wait() == 0, moments
    clean = _archive(tmp_path / "clean", changed=True)
    build(settings_for(clean))
    assert _tree(killed / "docs") == _tree(clean / "docs"), moments
    assert not list(killed.rglob("*.tmp")) and not (killed / "docs" / ".archive-writing").exists(), moments


def test_a_full_disk_leaves_every_page_whole_and_says_what_to_do(folder, monkeypatch):
    from generator import writer

    build(settings_for(folder))
    before = _tree(folder / "docs")
    (folder / "articles/other.txt").write_text("date 2023-01-02 Bà Trần Thị Lan nói giá tăng.", "utf-8")
    real_write, calls = Path.write_bytes, []

    def filling(path, data):
        calls.append(path)
        if len(calls) > 3:  # the disk fills half-way through this page
            real_write(path, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_write(path, data)

    monkeypatch.setattr(writer.Path, "write_bytes", filling)
    with pytest.raises(WriteError, match="No space left on device; every page is whole.*free some space"):
        build(settings_for(folder))
    monkeypatch.undo()
    full = _tree(folder / "docs")
    assert not (folder / "docs" / writer.WRITING_DIR).exists()
    build(settings_for(folder))
    (clean := folder.parent / "clean").mkdir()
    copy_site_setup(clean)
    shutil.copytree(folder / "articles", clean / "articles", dirs_exist_ok=True)
    build(settings_for(clean))
    after = _tree(clean / "docs")
    assert _tree(folder / "docs") == after
    assert all(text in (before.get(name), after.get(name)) for name, text in full.items())  # old or new, whole
