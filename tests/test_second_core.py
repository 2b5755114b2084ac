"""`mkdocs build` on two cores (generator/second_core.py) writes the site one process writes, byte for byte."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import second_core
from tests.conftest import SAMPLE, copy_site_setup


def build_in_process(folder: Path, site: Path) -> None:
    """`mkdocs build` as its command line runs it, in this process, into `site`."""
    config = load_config(str(folder / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def files_of(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_two_cores_write_the_site_one_process_writes(tmp_path, monkeypatch, caplog):
    (tmp_path / "archive").mkdir()
    folder = copy_site_setup(tmp_path / "archive")
    shutil.copy(SAMPLE, folder / "articles")
    for number in range(8):
        (folder / f"articles/n{number}.txt").write_text(
            f"date 2023-0{number + 1}-0{number + 1} Ông Trần Văn Số{number} nói với bà Lê Thị Mai.", "utf-8")
    build_in_process(folder, tmp_path / "one")
    assert "on the second core" not in caplog.text

    monkeypatch.setattr(second_core, "FORK_FROM", 2)
    with caplog.at_level(logging.INFO):
        build_in_process(folder, tmp_path / "two")
    assert re.search(r"\b[1-9] article pages built on the second core", caplog.text)
    one, two = files_of(tmp_path / "one"), files_of(tmp_path / "two")
    assert sorted(two) == sorted(one)
    assert [name for name in one if one[name] != two[name]] == []
