#!/usr/bin/env python3
"""Run Folio on Apache Spark: one Spark task per shard, then one commit.

Each task runs the `folio` binary on its slice of the inputs (`folio run --shard I/N`),
writing into the shared dataset folder's shard area; when every task has succeeded the
driver runs `folio commit`, which verifies the shards and merges them into one version
equal to a single-machine run. Spark retries a failed task (a shard is written atomically,
so a retry simply replaces it); if a shard still fails, nothing is committed.

    python3 scripts/spark_folio.py --folio .build/release/folio --out Datasets/corpus \
        --shards 8 --master local[2] Corpus

On a cluster, `--folio`, the inputs and `--out` must be paths every executor can reach
(a shared file system); see docs/scale-out.md.
"""
import argparse
import os
import subprocess
import sys


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="files or folders to process (paths reachable from every executor)")
    p.add_argument("--folio", required=True, help="path of the folio binary on every executor")
    p.add_argument("--out", required=True, help="dataset folder on shared storage")
    p.add_argument("--shards", type=int, default=0, help="number of shards (default: 4 x default parallelism)")
    p.add_argument("--pipeline", help="pipeline definition (YAML)")
    p.add_argument("--jobs", type=int, default=1, help="documents processed at once inside each task")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: from spark-submit)")
    p.add_argument("--retries", type=int, default=3, help="attempts per shard before the job fails")
    return p.parse_args(argv)


def shard_command(args, index, count):
    cmd = [args.folio, "run", *args.inputs, "--out", args.out, "--shard", f"{index}/{count}",
           "--jobs", str(args.jobs), "--quiet"]
    if args.pipeline:
        cmd += ["--pipeline", args.pipeline]
    return cmd


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.folio = os.path.abspath(args.folio)
    args.out = os.path.abspath(args.out)
    args.inputs = [os.path.abspath(i) for i in args.inputs]
    if args.pipeline:
        args.pipeline = os.path.abspath(args.pipeline)

    from pyspark.sql import SparkSession  # imported here so --help works without Spark

    builder = SparkSession.builder.appName("folio").config("spark.task.maxFailures", str(max(1, args.retries)))
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    count = args.shards or max(1, 4 * sc.defaultParallelism)

    def run_shard(index):
        result = subprocess.run(shard_command(args, index, count), capture_output=True, text=True)
        # 0: all documents processed; 1: some documents failed but the shard is written.
        if result.returncode not in (0, 1):
            raise RuntimeError(f"shard {index}/{count} failed ({result.returncode}): {result.stderr.strip()}")
        return index, result.returncode, result.stdout.strip().splitlines()[:1]

    try:
        results = sc.parallelize(range(count), count).map(run_shard).collect()
    finally:
        spark.stop()
    failed_docs = sum(1 for _, code, _ in results if code == 1)
    print(f"{len(results)} shards written ({failed_docs} with failed documents); committing")
    commit = subprocess.run([args.folio, "commit", "--dataset", args.out, "--shards", str(count)])
    return commit.returncode


if __name__ == "__main__":
    sys.exit(main())
