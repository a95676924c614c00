"""Runs helper scripts under real TensorFlow, for the tests that check files cross over both ways.

TensorFlow is never a dependency of tensorweave and is never imported into the test process
itself (its protobuf descriptors and ours must not meet). A script is run in a subprocess by a
Python interpreter that has TensorFlow, found in this order:

1. ``TENSORWEAVE_TF_PYTHON``: a Python interpreter with ``tensorflow`` installed (or any command
   that runs a script under one, split like a shell would);
2. ``TF_ORACLE``: the same, the older name;
3. this interpreter, when ``tensorflow`` is importable in it.

Otherwise the calling test is skipped, with a message saying how to enable it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
from typing import Any

import pytest

SKIP_REASON = (
    "real TensorFlow not available: set TENSORWEAVE_TF_PYTHON to a Python interpreter that has "
    "tensorflow installed to run the interchange checks (see docs/interop.md)"
)


def _find() -> tuple[list[str] | None, str]:
    for variable in ("TENSORWEAVE_TF_PYTHON", "TF_ORACLE"):
        configured = os.environ.get(variable, "").strip()
        if configured:
            command = shlex.split(configured)
            program = os.path.expanduser(command[0])
            found = program if os.path.isabs(program) else shutil.which(program)
            if found is None or not os.access(found, os.X_OK):
                return None, f"{variable}={configured!r} is not an executable program"
            return [found, *command[1:]], ""
    if importlib.util.find_spec("tensorflow") is not None:
        return [sys.executable], ""
    return None, SKIP_REASON


def tensorflow_command() -> list[str] | None:
    """The command that runs a Python script under TensorFlow, or None when there is none."""
    return _find()[0]


def require_tensorflow() -> list[str]:
    """The command of ``tensorflow_command()``; skips the calling test when there is none."""
    command, reason = _find()
    if command is None:
        pytest.skip(reason)
    return command


def run_script(script: str | os.PathLike, *args: Any, stdin: str = "", timeout: float = 600) -> str:
    """Runs ``script args...`` under TensorFlow and returns its stdout; skips without TensorFlow.

    Fails the calling test, showing the script's output, when the script exits non-zero.
    """
    command = require_tensorflow()
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="-1")
    env.pop("PYTHONPATH", None)  # the script must see TensorFlow, not this checkout
    done = subprocess.run(
        [*command, str(script), *(str(a) for a in args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def last_json_line(script: str | os.PathLike, *args: Any, **kwargs: Any) -> Any:
    """The JSON value printed on the last stdout line of ``run_script(script, *args)``."""
    return json.loads(run_script(script, *args, **kwargs).strip().splitlines()[-1])
