"""Runs helper scripts under real TensorFlow (the "oracle"), when it is installed."""

import os
import subprocess
from pathlib import Path

import pytest


def oracle_command() -> list[str] | None:
    """How to run a script under TensorFlow: $TF_ORACLE (a python or the tf-oracle wrapper),
    else the oracle's cached virtual environment; None when neither is there."""
    configured = os.environ.get("TF_ORACLE")
    if configured:
        return [configured] if os.access(configured, os.X_OK) else None
    default = Path.home() / ".cache" / "tf-oracle" / "bin" / "python"
    return [str(default)] if default.exists() else None


@pytest.fixture(scope="session")
def tf_oracle():
    """A function (script, stdin="") -> the script's last stdout line; skips without TF."""
    command = oracle_command()
    if command is None:
        pytest.skip("TensorFlow oracle not installed (set TF_ORACLE or see shared/tools/tf-oracle)")

    def run(script: Path, stdin: str = "") -> str:
        env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="-1")
        env.pop("PYTHONPATH", None)
        done = subprocess.run(
            command + [str(script)],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        return done.stdout.strip().splitlines()[-1]

    return run
