"""The generator's settings: declared once, as the options of the `archive` plugin in mkdocs.yml.

    plugins:
      - archive:
          articles: articles       # folder of raw articles, beside mkdocs.yml
          people_file: people.yml  # the curated people file
          newest: 20               # articles listed on the home page
          person_pages_from: 2     # articles naming a person before they get a page and a feed
          shards: year             # optional: build in shards, one a year (or a number: so many articles each)

MkDocs validates them, both under `mkdocs build` and for `python -m generator build`, which reads
mkdocs.yml through MkDocs' own loader (so `!ENV`, `INHERIT` and errors behave the same). The site's
name, language (`theme.language`) and docs folder come from mkdocs.yml itself: nothing is said twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from .errors import ConfigError
from .locale import SUPPORTED

# Beside mkdocs.yml; remembers extraction between runs, and holds the generated pages MkDocs reads
# (safe to delete).
CACHE_DIR = ".archive-cache"
# In the cache folder: outside docs/, so that `mkdocs serve` does not see the pages being written.
PAGES_DIR = "pages"


class _AtLeastOne(config_options.Type):
    def run_validation(self, value: object) -> int:
        value = super().run_validation(value)
        if isinstance(value, bool) or value < 1:
            raise ValidationError(f"must be a whole number of at least 1, not {value!r}")
        return value


class _ShardBy(config_options.BaseConfigOption):
    """`year`, or a whole number of articles per shard; unset, the site is built in one piece."""

    def run_validation(self, value: object) -> str | int | None:
        if value is None or value == "year":
            return value
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        raise ValidationError(f"must be 'year' or a whole number of articles of at least 1, not {value!r}")


class ArchiveOptions(Config):
    """The plugin's options, each checked by MkDocs; paths are taken relative to mkdocs.yml."""

    articles = config_options.Dir(exists=False, default="articles")
    """Folder of raw articles."""
    people_file = config_options.File(exists=False, default="people.yml")
    """The curated people file (optional)."""
    newest = _AtLeastOne(int, default=20)
    """How many of the newest articles the home page lists."""
    person_pages_from = _AtLeastOne(int, default=2)
    """How many articles must name a person for them to have a page and a feed of their own; people in
    the people file always have one. Most people an archive names are named once: a page each would be
    most of the site's bytes, for a page that lists one article."""
    shards = _ShardBy()
    """Build the site in shards, side by side (generator/shards.py): `year`, or so many articles a shard."""
    shard = config_options.Optional(config_options.Type(str))
    """The one shard this build makes: set in the shard configs `python -m generator shards` writes."""

    def validate(self):
        errors, warnings = super().validate()
        # MkDocs only warns of a key it does not know; a misspelt option would quietly fall back
        # to its default, so here it stops the build.
        known = ", ".join(sorted(self._schema_keys))
        errors += [(key, f"unknown option (known: {known})") for key in sorted(set(self.keys()) - self._schema_keys)]
        warnings = [(key, message) for key, message in warnings if key in self._schema_keys]
        return errors, warnings


@dataclass(frozen=True)
class Settings:
    articles: Path
    docs: Path
    people_file: Path
    language: str
    site_name: str
    newest: int
    cache: Path  # where work is remembered between runs
    site_url: str | None = None  # absolute, ending in `/`; feeds need it
    site_description: str | None = None  # what the archive covers, said on its home page
    person_pages_from: int = 2  # articles naming a person before they have a page of their own
    shard_by: str | int | None = None  # `year` or articles per shard; None: one site, one build
    shard: str | None = None  # the shard this build makes, in a shard config

    @property
    def pages(self) -> Path:
        """The generated pages, as MkDocs reads them; `python -m generator build` copies them into docs/."""
        return self.cache / PAGES_DIR


def settings_from(options: ArchiveOptions, config: MkDocsConfig) -> Settings:
    """The generator's settings from the validated plugin options and the site's own config."""
    language = config.theme.get("language") or "en"
    if language not in SUPPORTED:
        raise ConfigError([f"theme.language '{language}' has no page labels; use one of {', '.join(SUPPORTED)}"])
    base = Path(config.config_file_path).parent.resolve()
    site_url = config.site_url
    return Settings(
        articles=Path(options.articles),
        docs=Path(config.docs_dir).resolve(),
        people_file=Path(options.people_file),
        language=language,
        site_name=config.site_name,
        newest=options.newest,
        person_pages_from=options.person_pages_from,
        site_url=(site_url.rstrip("/") + "/") if site_url else None,
        site_description=config.site_description or None,
        cache=base / CACHE_DIR,
        shard_by=options.shards,
        shard=options.shard,
    )


def load_settings(mkdocs_yml: Path) -> Settings:
    """Settings for the command line, from mkdocs.yml read and validated as `mkdocs build` does."""
    config = load_config(mkdocs_yml)
    return settings_from(config.plugins["archive"].config, config)


def load_config(mkdocs_yml: Path) -> MkDocsConfig:
    """mkdocs.yml read and validated as `mkdocs build` does, with the archive's plugin in it."""
    config = MkDocsConfig(config_file_path=str(mkdocs_yml))
    try:
        with open(mkdocs_yml, "rb") as file:
            config.load_file(file)
    except FileNotFoundError:
        raise ConfigError([f"{mkdocs_yml}: not found; run from the archive's folder or pass --config"]) from None
    except ConfigurationError as error:
        raise ConfigError([f"{mkdocs_yml}: {error}"]) from None
    errors, _ = config.validate()
    if errors:
        raise ConfigError([f"{mkdocs_yml}: config value '{key}': {error}" for key, error in errors])
    plugin = config.plugins.get("archive")
    if plugin is None:
        raise ConfigError([f"{mkdocs_yml}: the 'archive' plugin is not listed under plugins"])
    return config
