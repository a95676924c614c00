"""A model frozen here (variables folded into constants, with control flow) runs in real
TensorFlow with the results it gives here; skipped without TensorFlow (see real_tensorflow.py)."""

import json
from pathlib import Path

import numpy as np
import real_tensorflow

import tensorweave.compat.v1 as tf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_tensorflow_runs_a_model_frozen_here_with_our_results(tmp_path):
    real_tensorflow.require_tensorflow()
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [None, 3], name="x")
        w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 4.0, name="w")
        b = tf.Variable([0.5, -1.0], name="b")
        h = tf.nn.relu(tf.matmul(x, w) + b)
        total = tf.reduce_sum(h)
        picked = tf.cond(total > 2.0, lambda: h * 2.0, lambda: h - 1.0, name="pick")
        _, acc = tf.while_loop(
            lambda i, a: i < 3, lambda i, a: (i + 1, a + picked), [0, tf.zeros_like(picked)], name="loop"
        )
        tf.identity(acc, name="out")
        labels = tf.constant(["low", "high"], name="labels")
        tf.gather(labels, tf.argmax(acc, axis=1), name="label")
        feeds = [{"x:0": [[1.0, 2.0, 3.0]]}, {"x:0": [[-1.0, 0.0, 0.5], [0.1, 0.1, 0.1]]}]
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            frozen = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["out", "label"])
            ours = [sess.run(["out:0", "label:0"], feed) for feed in feeds]
    assert not {n.op for n in frozen.node} & {"VariableV2", "Assign"}
    tf.train.write_graph(frozen, str(tmp_path), "frozen.pb", as_text=False)
    request = {"graph": "frozen.pb", "kind": "graph_def", "fetches": ["out:0", "label:0"], "feeds": feeds}
    (tmp_path / "request.json").write_text(json.dumps(request))
    got = real_tensorflow.last_json_line(FIXTURES / "make_graph_fixtures.py", "check", tmp_path)
    for (their_out, their_label), (our_out, our_label) in zip(got["results"], ours):
        np.testing.assert_allclose(their_out, our_out, rtol=1e-6)
        assert their_label == [s.decode() for s in our_label]
    # ... and the frozen graph also runs here after a round trip through the file.
    with tf.Graph().as_default():
        out, label = tf.import_graph_def(frozen, return_elements=["out:0", "label:0"], name="")
        with tf.Session() as sess:
            for feed, (our_out, our_label) in zip(feeds, ours):
                np.testing.assert_allclose(sess.run(out, feed), our_out)
                assert sess.run(label, feed).tolist() == our_label.tolist()
