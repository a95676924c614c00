"""Runs helper scripts under real TensorFlow (the "oracle"), when it is available."""

from pathlib import Path

import pytest
import real_tensorflow


@pytest.fixture(scope="session")
def tf_oracle():
    """A function (script, stdin="") -> the script's last stdout line; skips without TF."""
    real_tensorflow.require_tensorflow()

    def run(script: Path, stdin: str = "") -> str:
        return real_tensorflow.run_script(script, stdin=stdin).strip().splitlines()[-1]

    return run
