"""tf.nn.ctc_unique_labels and tf.nn.ctc_loss_v2 (tensorweave/ops/ctc_extra_ops.py) against
values recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

LOGITS = np.random.default_rng(0).standard_normal((6, 2, 5)).astype(np.float32)


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_ctc_unique_labels_matches_tf():
    y, idx = _run(list(tf.nn.ctc_unique_labels(tf.constant([[3, 1, 3, 0, 1], [2, 2, 2, 0, 0]],
                                                           tf.int64))))
    assert y.tolist() == [[3, 1, 0, 0, 0], [2, 0, 0, 0, 0]]
    assert idx.tolist() == [[0, 1, 0, 2, 1], [0, 0, 0, 1, 1]] and idx.dtype == np.int32


def test_dense_ctc_loss_and_gradient_match_tf():
    logits = tf.constant(LOGITS)
    loss = tf.nn.ctc_loss_v2(tf.constant([[1, 2, 2, 0], [3, 4, 0, 0]]), logits, [3, 2], [6, 5])
    g = tf.gradients(tf.reduce_sum(loss), logits)[0]
    lv, gv = _run([loss, g])
    np.testing.assert_allclose(lv, [8.4539, 4.9668], atol=1e-4)
    np.testing.assert_allclose(gv[0, 0], [-0.2616, -0.3796, 0.3386, 0.1982, 0.1045], atol=1e-4)


def test_blank_index_last_and_sparse_labels_agree_with_dense():
    logits = tf.constant(LOGITS)
    dense = tf.nn.ctc_loss_v2(tf.constant([[1, 3, 3, 0], [0, 1, 0, 0]]), logits, [3, 2], [6, 5],
                              blank_index=4)
    np.testing.assert_allclose(_run(dense), [5.8245, 5.0186], atol=1e-4)
    sp = tf.SparseTensor([[0, 0], [0, 1], [1, 0], [1, 1]], [1, 3, 0, 1], [2, 2])
    sparse = tf.nn.ctc_loss_v2(sp, logits, None, [6, 5], blank_index=4)
    dense2 = tf.nn.ctc_loss_v2(tf.constant([[1, 3], [0, 1]]), logits, [2, 2], [6, 5],
                               blank_index=4)
    np.testing.assert_allclose(*_run([sparse, dense2]), rtol=1e-6)


def test_sparse_labels_need_a_blank_index():
    sp = tf.SparseTensor([[0, 0]], [1], [2, 1])
    with pytest.raises(ValueError):
        tf.nn.ctc_loss_v2(sp, LOGITS, None, [6, 5])
