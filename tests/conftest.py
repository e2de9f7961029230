import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
WARTA = [sys.executable, "-m", "warta.cli"]


def shared_dir() -> Path | None:
    for candidate in (os.environ.get("WARTA_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate)
    return None


needs_shared = pytest.mark.skipif(shared_dir() is None,
                                  reason="../shared (the project's shared data) is not beside this checkout")


@pytest.fixture
def viva_text() -> str:
    return (FIXTURES / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")


def run_warta(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(WARTA + list(args), input=stdin, capture_output=True, cwd=cwd, timeout=120)
