"""Running a panel's per-series work on a Dask cluster (``reportdiff panel --dask``): the only
module that imports ``dask.distributed`` (the ``dask`` extra), and only when asked.

The cluster runs the same function on the same jobs as the local worker pool
(:func:`reportdiff.series.panel_rows.series_rows`: paths in, rows out), through the
``concurrent.futures`` interface a Dask client offers, so the rows — and the files written
from them — are the same whatever runs them.  Workers of a remote cluster need reportdiff
installed and the corpus at the same paths.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

from ..errors import ClusterError, MissingExtraError

LOCAL = "local"
"""The address that starts a cluster on this machine (one worker process per job)."""


def require_dask() -> None:
    """Raise :class:`MissingExtraError` when ``dask.distributed`` is not installed."""
    if importlib.util.find_spec("distributed") is None:
        raise MissingExtraError("--dask", "dask.distributed", "dask")


@contextmanager
def dask_executor(address: str, workers: int) -> Iterator[Executor]:
    """An executor on the scheduler at ``address``, or on a local cluster of ``workers``
    single-threaded processes for ``local``; closed (and a local cluster stopped) on exit."""
    require_dask()
    # imported by name: the extra is optional, so the type checker may not have it installed
    distributed: Any = importlib.import_module("distributed")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster
    cluster = None
    try:
        if address == LOCAL:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=10)
    except OSError as exc:
        raise ClusterError(address, str(exc)) from exc
    try:
        # not pure: a series' rows depend on its files, which may change between runs
        executor: Executor = client.get_executor(pure=False)
        yield executor
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
