"""Loaders for the data files (lexicons, patterns, settings) shipped inside the package.

Rules live in these files, not in code; each loader reads its file once per process.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


def _open(name: str):
    return resources.files(__name__).joinpath(name).open("rb")


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict:
    with _open(name) as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> frozenset[str]:
    """A one-entry-per-line list; '#' starts a comment."""
    with _open(name) as fh:
        lines = fh.read().decode("utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file; blank lines and lines starting with '#' are skipped."""
    with _open(name) as fh:
        lines = fh.read().decode("utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))
