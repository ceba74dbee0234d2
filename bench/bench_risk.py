"""Risk models: training time, quality, batch and single-row scoring, peak memory.

    PYTHONPATH=backend python bench/bench_risk.py            # 10,000-row batches
    PYTHONPATH=backend python bench/bench_risk.py --large    # adds 1,000,000 rows

Batches are drawn with replacement from the real rows of each data set. Single-row
latency is the median of many calls of ``CreditModel.score`` (PD, grade, points and
three factors) with native threads limited to one, as the product scores a row. The
baseline is a plain default pipeline (impute, scale, one-hot, logistic regression) on
every column, cross-validated on the same folds as ours. Figures go to stdout and to
``bench/out/bench_risk.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from cims.analytics import anomaly, credit

OUT = Path(__file__).resolve().parent / "out" / "bench_risk.json"
SINGLE_CALLS = 300


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline_auc(name: str) -> float:
    """Plain default pipeline on every column of the file, 5 folds, same seed."""
    mapping = credit.MAPPINGS[name]
    frame = credit.read_table(mapping)
    y = credit.labels(mapping, frame[mapping.label])
    x = frame.drop(columns=[mapping.label, "rownames"], errors="ignore")
    categorical = [c for c in x if x[c].dtype == object or str(x[c].dtype) == "str"]
    numeric = [c for c in x if c not in categorical]
    encode = ColumnTransformer(
        [
            ("num", make_pipeline(SimpleImputer(), StandardScaler()), numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
        ]
    )
    pipeline = make_pipeline(encode, LogisticRegression(max_iter=1000))
    folds = StratifiedKFold(5, shuffle=True, random_state=credit.DEFAULT_SEED)
    return float(cross_val_score(pipeline, x, y, cv=folds, scoring="roc_auc").mean())


def time_batch(
    model: credit.CreditModel, rows, size: int, n_threads: int | None = 1
) -> dict:
    picks = np.random.default_rng(7).integers(0, len(rows), size)
    batch = rows.iloc[picks].reset_index(drop=True)
    started = time.perf_counter()
    pds = model.predict_pd(batch, n_threads=n_threads)
    credit.grades_of(pds)
    credit.points_of(pds)
    seconds = time.perf_counter() - started
    return {
        "rows": size,
        "threads": n_threads or "all",
        "seconds": seconds,
        "rows_per_second": size / seconds,
    }


def time_single(model: credit.CreditModel, rows) -> dict:
    records = rows.iloc[:SINGLE_CALLS].to_dict(orient="records")
    model.score(records[0])
    durations = []
    for record in records:
        started = time.perf_counter()
        model.score(record)
        durations.append(time.perf_counter() - started)
    ms = sorted(d * 1000 for d in durations)
    pd_only = []
    with credit.single_thread():
        for record in records:
            started = time.perf_counter()
            model.predict_pd(record, n_threads=None)
            pd_only.append((time.perf_counter() - started) * 1000)
    return {
        "calls": len(ms),
        "median_ms": statistics.median(ms),
        "p95_ms": ms[int(0.95 * len(ms)) - 1],
        "pd_only_median_ms": statistics.median(pd_only),
    }


def bench_credit(name: str, large: bool) -> dict:
    started = time.perf_counter()
    model, metrics = credit.train_credit(name)
    train_seconds = time.perf_counter() - started
    ours_cv = credit.cross_validate(name)
    rows = credit.read_table(model.mapping).drop(columns=model.mapping.label)
    figures = {
        "train_seconds": train_seconds,
        "chosen": metrics.chosen,
        "reason": metrics.reason,
        "baseline_cv_auc": baseline_auc(name),
        "candidates": {
            a: {
                "auc": e.auc,
                "ks": e.ks,
                "brier": e.brier,
                "calibration_error": e.calibration_error,
                "cv_auc_train_rows": e.cv_auc,
                "cv_auc_all_rows": ours_cv[a][0],
                "fit_seconds": e.train_seconds,
            }
            for a, e in metrics.candidates.items()
        },
        "batch": [
            time_batch(model, rows, 10_000),
            time_batch(model, rows, 10_000, n_threads=None),
        ],
        "single": time_single(model, rows),
    }
    if large:
        figures["batch"].append(time_batch(model, rows, 1_000_000))
    figures["peak_rss_mib"] = peak_mib()
    return figures


def synthetic_history(seed: int, days: int = 120) -> list[dict]:
    """Daytime card and phone payments with a monthly salary (made up, seeded)."""
    rng = random.Random(seed)
    usual = rng.choice([80, 300, 1200, 4000])
    start = datetime(2026, 6, 1, tzinfo=timezone(timedelta(hours=8)))
    txns = []
    for day in range(days):
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            at = start + timedelta(days=day, hours=rng.randint(8, 21))
            txns.append(
                {
                    "amount": round(usual * rng.lognormvariate(0, 0.6), 2),
                    "booked_at": at + timedelta(minutes=rng.randint(0, 59)),
                    "channel": rng.choices(["mobile", "pos", "online"], [6, 3, 1])[0],
                    "direction": "debit",
                }
            )
    return sorted(txns, key=lambda t: t["booked_at"])


def bench_anomaly() -> dict:
    histories = [synthetic_history(seed) for seed in range(100)]
    started = time.perf_counter()
    detector, metrics = anomaly.train_anomaly(histories)
    train_seconds = time.perf_counter() - started
    past = synthetic_history(9999)
    durations = []
    for i in range(len(past) - 200, len(past)):
        begun = time.perf_counter()
        detector.score(past[i], past[:i])
        durations.append((time.perf_counter() - begun) * 1000)
    return {
        "train_seconds": train_seconds,
        "transactions": metrics["transactions"],
        "alert_share": metrics["alert_share"],
        "history_length": len(past),
        "single_median_ms": statistics.median(durations),
    }


def report(results: dict) -> None:
    for name, f in results["credit"].items():
        print(f"\n{name}: trained in {f['train_seconds']:.1f} s, chose {f['chosen']}")
        print(f"  baseline CV AUC (plain default pipeline): {f['baseline_cv_auc']:.4f}")
        for algorithm, c in f["candidates"].items():
            print(
                f"  {algorithm:9s} AUC {c['auc']:.4f}  KS {c['ks']:.4f}  "
                f"Brier {c['brier']:.4f}  ECE {c['calibration_error']:.4f}  "
                f"CV AUC {c['cv_auc_all_rows']:.4f} (all rows) "
                f"{c['cv_auc_train_rows']:.4f} (train rows)  "
                f"fit {c['fit_seconds']:.1f} s"
            )
        for b in f["batch"]:
            print(
                f"  batch {b['rows']:>9,} rows, {b['threads']} thread(s): "
                f"{b['seconds']:.2f} s ({b['rows_per_second']:,.0f} rows/s)"
            )
        s = f["single"]
        print(
            f"  single row with factors: median {s['median_ms']:.2f} ms, "
            f"p95 {s['p95_ms']:.2f} ms; PD only: median {s['pd_only_median_ms']:.2f} ms"
        )
        print(f"  peak RSS so far: {f['peak_rss_mib']:.0f} MiB")
    a = results["anomaly"]
    print(
        f"\nanomaly: trained on {a['transactions']:,} transactions in "
        f"{a['train_seconds']:.1f} s, alert share {a['alert_share']:.4f}; one "
        f"transaction against {a['history_length']} earlier: median "
        f"{a['single_median_ms']:.2f} ms"
    )
    print(f"peak RSS: {results['peak_rss_mib']:.0f} MiB")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also 1,000,000 rows")
    parser.add_argument("--dataset", action="append", choices=sorted(credit.MAPPINGS))
    args = parser.parse_args(argv)
    # The baseline's plain logistic regression may stop before converging; that is
    # what a default pipeline does, and its warning would only clutter the figures.
    warnings.filterwarnings("ignore", module="sklearn")
    names = args.dataset or list(credit.MAPPINGS)
    results = {"credit": {n: bench_credit(n, args.large) for n in names}}
    results["anomaly"] = bench_anomaly()
    results["peak_rss_mib"] = peak_mib()
    report(results)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
