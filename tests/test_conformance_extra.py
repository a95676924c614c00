"""Runs the extra conformance case sets of tests/conformance_extra/<area>/ (TF1 programs whose
goldens were recorded from real TensorFlow 2.21) with the shared conformance runner."""

import concurrent.futures
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUNNER = os.path.join(ROOT, os.pardir, "shared", "conformance", "run.py")
EXTRA = os.path.join(HERE, "conformance_extra")
AREAS = sorted(d for d in os.listdir(EXTRA) if os.path.isdir(os.path.join(EXTRA, d, "cases"))) \
    if os.path.isdir(EXTRA) else []


# The case programs are separate processes: while one area's test waits for its run, the next
# area already runs beside it (two at a time, on this suite's two cores).
_pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
_runs = {}


def _run_area(area):
    env = {k: v for k, v in os.environ.items() if k != "TF_MODULE"}
    return subprocess.run([sys.executable, RUNNER, "--dir", os.path.join(EXTRA, area),
                           "--module", "tensorweave.compat.v1", "-v"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def _run_of(area):
    i = AREAS.index(area)
    for a in AREAS[i:i + 2]:
        if a not in _runs:
            _runs[a] = _pool.submit(_run_area, a)
    return _runs.pop(area).result()


@pytest.mark.skipif(not os.path.exists(RUNNER), reason="needs ../shared/conformance beside the checkout")
@pytest.mark.parametrize("area", AREAS)
def test_conformance_cases_match_tensorflow(area):
    proc = _run_of(area)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-2000:]
    assert proc.returncode == 0 and " 0 failed" in summary, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "skipped" not in summary, summary  # every case has its golden
