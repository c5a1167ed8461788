"""detente.scale — shell: run the same pipeline per partition on a Dask cluster (LocalCluster by default)."""

from detente.scale.clusters import CLUSTERS_FILE
from detente.scale.dask import (
    PART_GLOB,
    PartitionReport,
    ScaleReport,
    code_partition,
    code_with_dask,
    plan_partitions,
)

__all__ = ["CLUSTERS_FILE", "PART_GLOB", "PartitionReport", "ScaleReport", "code_partition", "code_with_dask", "plan_partitions"]
