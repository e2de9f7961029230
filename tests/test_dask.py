"""The Dask engine on a LocalCluster: shards loaded into a store equal a local ingest."""

import io
import json
import shutil

import pytest

from conftest import FIXTURES, ROOT
from warta.engines.dask_engine import load, run_dask
from warta.engines.local import ingest
from warta.store import Store
from warta.store.export import export

VIVA = (FIXTURES / "viva-2015-rusia-isis.txt").read_text(encoding="utf-8")


def _dump(db):
    with Store(db, readonly=True) as store:
        buf = io.StringIO()
        export(store.conn, "articles", "jsonl", buf)
        errors = store.conn.execute("SELECT source, input_hash, reason FROM errors ORDER BY source").fetchall()
        stories = store.conn.execute("SELECT id, canonical_id FROM stories ORDER BY id").fetchall()
    return [json.loads(line) for line in buf.getvalue().splitlines()], errors, stories


def test_dask_shards_loaded_equal_local_ingest(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "samples", corpus)
    for n in range(6):
        paras = VIVA.split("\n\n")
        (corpus / f"viva-{n}.txt").write_text("\n\n".join(paras[:2] + paras[2:][::-1 if n % 2 else 1])
                                             .replace("2015", str(2015 + n)), encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    ingest([str(corpus)], str(local_db))
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        counts = run_dask([str(corpus)], cluster.scheduler_address, str(tmp_path / "shards"), batch_size=3)
        assert counts.stored == 14
        again = run_dask([str(corpus)], cluster.scheduler_address, str(tmp_path / "shards"), batch_size=3)
        assert again.skipped == 14 and again.stored == 0        # shards that exist are not recomputed
    shards = sorted((tmp_path / "shards").glob("*.parquet"))
    assert len(shards) == 5
    loaded = load([str(tmp_path / "shards")], str(dask_db))
    assert (loaded.stored, loaded.failed) == (13, 1)
    assert _dump(dask_db) == _dump(local_db)
    assert load([str(tmp_path / "shards")], str(dask_db)).skipped == 14
