"""Real TensorBoard serves the graph and summaries of event files written here.

TensorBoard is an optional developer install, run in a subprocess: the interpreter named by
TENSORWEAVE_TENSORBOARD_PYTHON, else this one when it has `tensorboard`, else the TensorFlow
interpreter of real_tensorflow.py when it has `tensorboard` too. Skipped when none has it.
"""

import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf

HERE = Path(__file__).resolve().parent


def tensorboard_command():
    configured = os.environ.get("TENSORWEAVE_TENSORBOARD_PYTHON", "").strip()
    if configured:
        command = shlex.split(configured)
        return [os.path.expanduser(command[0]), *command[1:]]
    if importlib.util.find_spec("tensorboard") is not None:
        return [sys.executable]
    command = real_tensorflow.tensorflow_command()
    if command is not None:
        probe = subprocess.run(
            [*command, "-c", "import tensorboard.program"], capture_output=True, timeout=120, check=False
        )
        if probe.returncode == 0:
            return command
    return None


def test_tensorboard_serves_our_graph_scalars_histograms_and_text(tmp_path):
    command = tensorboard_command()
    if command is None:
        pytest.skip(
            "TensorBoard not available: set TENSORWEAVE_TENSORBOARD_PYTHON to a Python "
            "interpreter that has tensorboard installed"
        )
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0], [2.0]], name="w")
    loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - 1.0))
    train = tf.train.GradientDescentOptimizer(0.05).minimize(loss)
    tf.summary.scalar("loss", loss)
    tf.summary.histogram("weights", w)
    tf.summary.text("note", tf.constant("from tensorweave"))
    merged = tf.summary.merge_all()
    losses = []
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        writer = tf.summary.FileWriter(str(tmp_path / "run"), sess.graph)
        for step in range(4):
            summary, value, _ = sess.run([merged, loss, train], {x: [[1.0, 1.0], [0.5, -1.0]]})
            writer.add_summary(summary, step)
            losses.append(float(value))
        writer.close()
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="-1")
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [*command, str(HERE / "tensorboard_check.py"), str(tmp_path), "run", "loss"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["runs"] == ["run"]
    assert seen["scalar_tags"] == {"run": ["loss"]}
    assert [step for step, _ in seen["scalars"]] == [0, 1, 2, 3]
    np.testing.assert_allclose([v for _, v in seen["scalars"]], losses, rtol=1e-6)
    assert seen["histogram_tags"] == {"run": ["weights"]}
    assert seen["text_tags"] == {"run": ["note"]}
    assert seen["graph_info"]["run"]["run_graph"] is True
    assert seen["graph_nodes"] == [op.name for op in tf.get_default_graph().get_operations()]
