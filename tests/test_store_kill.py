"""kill -9 at random moments during `warta ingest`, then a re-run: nothing lost, nothing twice.

Uses bench/kill_test.py (which also runs this 20 times in a row: `--runs 20`)."""

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _kill_test():
    spec = importlib.util.spec_from_file_location("kill_test", ROOT / "bench" / "kill_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("workers,kills", [(1, 3), (2, 2)])
def test_sigkill_then_rerun_loses_and_doubles_nothing(tmp_path, workers, kills):
    kt = _kill_test()
    result = kt.run_once(tmp_path, seed=random.randrange(1 << 30), docs=120, kills=kills, workers=workers, batch=6)
    assert result["ok"], result
    assert result["articles"] + result["errors"] == result["documents"]
    assert result["errors"] >= 2      # the broken documents are stored as errors, not lost
