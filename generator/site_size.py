"""How big the built site is, per article, and whether GitHub Pages will still take it."""

from __future__ import annotations

from pathlib import Path

# GitHub Pages refuses a published site over 1 GB.
PAGES_LIMIT = 1_000_000_000
TARGET_PER_ARTICLE = 20_000


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under `folder`."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def size_report(site: Path, articles: int) -> list[str]:
    """Lines for the build log; one starting with `over` when the site is past GitHub Pages' limit.

    Bytes per article leave out the files whose size does not grow with the archive: the theme's
    (`assets/`).
    """
    total = folder_bytes(site)
    theme = folder_bytes(site / "assets") if (site / "assets").is_dir() else 0
    per_article = (total - theme) / max(articles, 1)
    lines = [f"Site: {total / 1e6:.1f} MB, {per_article / 1000:.1f} KB per article besides the theme"]
    if articles and per_article > TARGET_PER_ARTICLE:
        lines.append(f"More than {TARGET_PER_ARTICLE // 1000} KB per article: fewer articles fit in GitHub Pages' 1 GB")
    if total > PAGES_LIMIT:
        lines.append(f"over GitHub Pages' 1 GB limit ({total / 1e9:.2f} GB): the site will not publish there")
    elif articles:
        lines.append(f"At this size GitHub Pages holds about {int((PAGES_LIMIT - theme) / per_article):,} articles")
    return lines
