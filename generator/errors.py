"""The generator's errors: one base class, and one error per kind of thing that can go wrong."""

from __future__ import annotations

from .model import Problem


class ArchiveError(Exception):
    """Base of every error the generator raises on purpose."""


class ConfigError(ArchiveError):
    """The configuration is invalid; lists every problem found, not just the first."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid configuration:\n" + "\n".join(f"  - {p}" for p in problems))


class ArticleError(ArchiveError):
    """One input file cannot be built; the others can."""

    def __init__(self, path: str, line: int, message: str, hint: str = "") -> None:
        self.problem = Problem(path, line, message, hint)
        super().__init__(str(self.problem))


class WriteError(ArchiveError):
    """A generated page would overwrite a file the generator does not own."""
