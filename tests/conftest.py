from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import Settings
from generator.curation import Curation, load_curation

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "articles" / "000_67ba8191cee16773.txt"


def read_sample():
    from generator.read import read_file

    (raw,), _ = read_file(SAMPLE, SAMPLE.parent)
    return raw


@pytest.fixture(scope="session")
def curation() -> Curation:
    return load_curation(ROOT / "people.yml")


def copy_site_setup(folder: Path) -> Path:
    """The project's site set-up (mkdocs.yml, people file, hand-written docs, theme overrides), no articles."""
    for name in ("mkdocs.yml", "people.yml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    (folder / "articles").mkdir()
    return folder


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return copy_site_setup(tmp_path)


def settings_for(folder: Path, language: str = "vi", person_pages_from: int = 2) -> Settings:
    return Settings(
        articles=folder / "articles",
        docs=folder / "docs",
        people_file=folder / "people.yml",
        language=language,
        site_name="Kho tin tức",
        newest=20,
        site_url="https://example.github.io/news-archive/",
        cache=folder / ".archive-cache",
        site_description=_site_description(),
        person_pages_from=person_pages_from,
    )


@functools.cache
def _site_description() -> str | None:
    """The project's own, as `mkdocs build` passes it: a build through these settings makes the same home page."""
    from generator.config import load_settings

    return load_settings(ROOT / "mkdocs.yml").site_description


def build_site(folder: Path, extra_articles: dict[str, str] | None = None, person_pages_from: int = 2) -> Path:
    """Build the sample archive (plus any extra articles) with `mkdocs build --strict`; returns site/.
    The sample's people are named once: `person_pages_from=1` gives each a page."""
    copy_site_setup(folder)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("person_pages_from: 2", f"person_pages_from: {person_pages_from}"),
                      "utf-8")
    shutil.copy(SAMPLE, folder / "articles")
    for name, text in (extra_articles or {}).items():
        (folder / "articles" / name).write_text(text, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    assert "; 0 warnings;" in result.stderr, result.stderr
    assert "not included in the" not in result.stderr  # every generated page is kept out of the nav on purpose
    return folder / "site"
