"""Every program in examples/ runs to completion and prints what it promises."""

import functools
import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.py"))

# Lines (regular expressions) each example must print; examples not listed must just exit 0.
EXPECTED = {
    "hello_graph.py": [r"^a \+ b = 7\.0$", r"^\(a \+ b\) \* x = \[7\.0, 14\.0, 21\.0\]$",
                       r"^counter after three increments: 3$"],
    "train_mlp.py": [r"^step\s+loss", r"^global step: 1201$"],
    "convnet_forward.py": [r"^input \(6, 16, 16, 1\) float32 range \[0\.0, 1\.0\]$",
                           r"^logits/BiasAdd:0\s+\[6, 3\]$", r"^Softmax:0\s+\[6, 3\]$",
                           r"^probabilities sum to 1: True$",
                           r"^predicted classes \(untrained\): \[('(square|cross|ring)'(, )?){6}\]$"],
}
TIMEOUT_S = {"train_mlp.py": 120}


def run_example(name, extra_env=None):
    env = dict(os.environ)
    # The repository root first, so the examples import this checkout's tensorweave.
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [env.get("PYTHONPATH")] if p])
    env.update(extra_env or {})
    return subprocess.run([sys.executable, str(ROOT / "examples" / name)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False,
                          timeout=TIMEOUT_S.get(name, 60))


@functools.cache
def run_once(name):
    return run_example(name)


def test_every_example_has_expectations():
    assert set(EXAMPLES) >= {"hello_graph.py", "train_mlp.py", "convnet_forward.py"}
    assert not set(EXPECTED) - set(EXAMPLES), "expectations for missing examples"


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_runs_and_prints_expected_lines(name):
    result = run_once(name)
    assert result.returncode == 0, "%s failed:\n%s" % (name, result.stderr[-3000:])
    for pattern in EXPECTED.get(name, []):
        assert re.search(pattern, result.stdout, re.MULTILINE), \
            "%s did not print a line matching %r:\n%s" % (name, pattern, result.stdout)


def test_train_mlp_learns_the_spirals():
    out = run_once("train_mlp.py").stdout
    last = [line.split() for line in out.splitlines() if re.match(r"^\s*\d+\s+\d", line)][-1]
    loss, test_acc = float(last[1]), float(last[3])
    assert loss < 0.3 and test_acc > 0.9


def test_convnet_forward_runs_without_pillow(tmp_path):
    # A `PIL` package that fails to import stands in for an environment without Pillow.
    (tmp_path / "PIL").mkdir()
    (tmp_path / "PIL" / "__init__.py").write_text("raise ImportError('no Pillow here')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = run_example("convnet_forward.py", env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "images from: NumPy arrays (Pillow not installed)" in result.stdout
    assert "probabilities sum to 1: True" in result.stdout
