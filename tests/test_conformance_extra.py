"""Runs the extra conformance case sets of tests/conformance_extra/<area>/ (TF1 programs whose
goldens were recorded from real TensorFlow 2.21) with the shared conformance runner."""

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


@pytest.mark.skipif(not os.path.exists(RUNNER), reason="needs ../shared/conformance beside the checkout")
@pytest.mark.parametrize("area", AREAS)
def test_conformance_cases_match_tensorflow(area):
    env = {k: v for k, v in os.environ.items() if k != "TF_MODULE"}
    proc = subprocess.run([sys.executable, RUNNER, "--dir", os.path.join(EXTRA, area),
                           "--module", "tensorweave.compat.v1", "-v"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-2000:]
    assert proc.returncode == 0 and " 0 failed" in summary, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "skipped" not in summary, summary  # every case has its golden
