"""The generator's settings: declared once, read from the `archive` plugin section of mkdocs.yml.

    plugins:
      - archive:
          articles: articles       # folder of raw articles, beside mkdocs.yml
          people_file: people.yml  # the curated people file
          newest: 20               # articles listed on the home page

The site's name, language (`theme.language`) and docs folder come from mkdocs.yml itself, so
nothing is said twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError
from .locale import SUPPORTED


@dataclass(frozen=True)
class Option:
    kind: type
    default: object
    doc: str


OPTIONS = {
    "articles": Option(str, "articles", "Folder of raw articles, relative to mkdocs.yml."),
    "people_file": Option(str, "people.yml", "The curated people file, relative to mkdocs.yml."),
    "newest": Option(int, 20, "How many of the newest articles the home page lists."),
}


# Beside mkdocs.yml; remembers extraction between runs (safe to delete).
CACHE_DIR = ".archive-cache"


@dataclass(frozen=True)
class Settings:
    articles: Path
    docs: Path
    people_file: Path
    language: str
    site_name: str
    newest: int
    site_url: str | None = None  # absolute, ending in `/`; feeds need it
    cache: Path | None = None  # where work is remembered between runs; None: nowhere


def settings_from(
    options: dict, base: Path, docs: Path, language: str, site_name: str, site_url: str | None = None
) -> Settings:
    """Validate the plugin options; every problem is reported together, each naming its key."""
    problems = [f"archive: unknown option '{key}' (known: {', '.join(OPTIONS)})" for key in options if key not in OPTIONS]
    values = {}
    for key, option in OPTIONS.items():
        value = options.get(key, option.default)
        if not isinstance(value, option.kind) or isinstance(value, bool):
            problems.append(f"archive: option '{key}' must be {option.kind.__name__}, not {value!r}")
        values[key] = value
    if isinstance(values["newest"], int) and values["newest"] < 1:
        problems.append(f"archive: option 'newest' must be at least 1, not {values['newest']}")
    if language not in SUPPORTED:
        problems.append(f"theme.language '{language}' has no page labels; use one of {', '.join(SUPPORTED)}")
    if problems:
        raise ConfigError(problems)
    # Absolute, so that the command line and the plugin describe the same archive the same way
    # (the cache is keyed by the settings).
    base, docs = base.resolve(), docs.resolve()
    return Settings(
        articles=base / values["articles"],
        docs=docs,
        people_file=base / values["people_file"],
        language=language,
        site_name=site_name,
        newest=values["newest"],
        site_url=(site_url.rstrip("/") + "/") if site_url else None,
        cache=base / CACHE_DIR,
    )


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold `!!python/name:` and `!ENV` tags for MkDocs; here they are just values."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def load_settings(mkdocs_yml: Path) -> Settings:
    """Settings for the command line, read from the same mkdocs.yml that MkDocs reads."""
    try:
        config = yaml.load(mkdocs_yml.read_text("utf-8"), Loader=_TolerantLoader) or {}
    except FileNotFoundError:
        raise ConfigError([f"{mkdocs_yml}: not found; run from the archive's folder or pass --config"]) from None
    except yaml.YAMLError as error:
        raise ConfigError([f"{mkdocs_yml}: not valid YAML ({error})"]) from None
    options: dict = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "archive" in plugin:
            options = plugin["archive"] or {}
    base = mkdocs_yml.parent
    theme = config.get("theme") or {}
    return settings_from(
        options,
        base=base,
        docs=base / config.get("docs_dir", "docs"),
        language=(theme.get("language") if isinstance(theme, dict) else None) or "en",
        site_name=config.get("site_name") or "Archive",
        site_url=config.get("site_url"),
    )
