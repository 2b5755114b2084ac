"""The curated people file: an editor's word on who is who, which overrides the extractor."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError
from .lexicon import fold


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """Who a name is, wherever names are compared: a hyphen between its words is a space written
    another way (`Kim Jong-un`, `Kim Jong Un`), so is an initial's stop (`J. Alden Kowal`, `J Alden
    Kowal`), and case, tone marks and spacing do not count."""
    return fold(name.replace("-", " ").replace(".", " "))


@dataclass(frozen=True)
class Curation:
    """Canonical names by the key of every spelling (name or alias), each canonical name's aliases as the
    file writes them (for the person's page), and names that are never people."""

    aliases: dict[str, str] = field(default_factory=dict)
    never: frozenset[str] = frozenset()
    written: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def canonical(self, name: str) -> str | None:
        return self.aliases.get(person_key(name))

    def aliases_of(self, name: str) -> tuple[str, ...]:
        return self.written.get(self.canonical(name) or name, ())

    def lists(self, name: str) -> bool:
        """Whether `name` (canonical, as the archive writes it) is a person of the file."""
        return name in self.written

    def is_never(self, name: str) -> bool:
        return person_key(name) in self.never


def load_curation(path: Path) -> Curation:
    """Read the people file; a missing file means no curation. Every mistake is reported at once."""
    if not path.exists():
        return Curation()
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError([f"{path}{line}: not valid YAML ({getattr(error, 'problem', error)})"]) from None
    except RecursionError:
        raise ConfigError([f"{path}: nested too deep to read; write it as the README shows"]) from None
    problems: list[str] = []
    if not isinstance(data, dict) or set(data) - {"people", "never"}:
        raise ConfigError([f"{path}: expected the keys 'people' and 'never' only"])
    aliases: dict[str, str] = {}
    written: dict[str, tuple[str, ...]] = {}
    for number, entry in enumerate(data.get("people") or [], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            problems.append(f"{path}: people entry {number} needs a 'name'")
            continue
        names = entry.get("aliases") or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(f"{path}: people entry {number} ({entry['name']}): 'aliases' must be a list of names")
            continue
        canonical = " ".join(entry["name"].split())
        written[canonical] = tuple(" ".join(n.split()) for n in names)
        for spelling in [canonical, *names]:
            earlier = aliases.setdefault(person_key(spelling), canonical)
            if earlier != canonical:
                problems.append(f"{path}: '{spelling}' is given for both {earlier} and {canonical}")
    never = data.get("never") or []
    if not isinstance(never, list) or not all(isinstance(n, str) for n in never):
        problems.append(f"{path}: 'never' must be a list of names")
        never = []
    if problems:
        raise ConfigError(problems)
    return Curation(aliases, frozenset(person_key(n) for n in never), written)
