"""Extraction on an existing Dask cluster through prefect-dask (`--dask-address`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = pytest.mark.xdist_group("prefect-harness")


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_on_local_dask_cluster(raw_corpus: Path, tmp_path: Path):
    from distributed import LocalCluster

    from flows import pipeline as flows

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        flow = flows.on_dask(flows.ingest, cluster.scheduler_address)
        assert type(flow.task_runner).__name__ == "DaskTaskRunner"
        s = flow(str(raw_corpus), str(tmp_path / "curated"), fetch=False)
        assert cluster.scheduler.task_prefixes, "no task ran on the cluster"
    assert (s["new"], s["published"], s["quarantined"]) == (8, True, 0)
    assert len(pd.read_parquet(tmp_path / "curated" / "area_scores.parquet")) == 64
