"""tf.ConditionalAccumulator / tf.SparseConditionalAccumulator: values, staleness, blocking.

Expected values are NumPy references or were recorded from TensorFlow 2.21
(tf.compat.v1 graph mode); see also tests/conformance_extra/sync.
"""

import threading
import time

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_dense_mean_of_applied_gradients_and_reset():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[3])
    g = tf.placeholder(tf.float32, [3])
    ap = acc.apply_grad(g)
    grads = np.random.RandomState(0).randn(4, 3).astype(np.float32)
    with tf.Session() as sess:
        for row in grads:
            sess.run(ap, {g: row})
        assert sess.run(acc.num_accumulated()) == 4
        np.testing.assert_allclose(sess.run(acc.take_grad(3)), grads.mean(axis=0), rtol=1e-6)
        assert sess.run(acc.num_accumulated()) == 0


def test_dense_sum_reduction():
    acc = tf.ConditionalAccumulator(tf.float64, shape=[2], reduction_type="SUM")
    with tf.Session() as sess:
        sess.run(acc.apply_grad([1.0, 2.0]))
        sess.run(acc.apply_grad([3.0, 4.0]))
        out = sess.run(acc.take_grad(2))
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, [4.0, 6.0])


def test_op_types_and_names_match_tensorflow():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[2], name="acc")
    assert acc.accumulator_ref.op.type == "ResourceConditionalAccumulator"
    assert acc.accumulator_ref.shape.as_list() == [2]
    ap = acc.apply_grad([1.0, 2.0])
    assert ap.type == "ResourceAccumulatorApplyGradient"
    assert [t.name for t in ap.inputs] == ["acc:0", "Cast:0", "Const:0"]
    t = acc.take_grad(1)
    assert t.op.type == "ResourceAccumulatorTakeGradient" and t.shape.as_list() == [2]
    assert t.op.inputs[1].name == "ResourceAccumulatorTakeGradient/num_required:0"
    assert acc.num_accumulated().name == "acc_NumAccumulated:0"
    assert acc.set_global_step(3).type == "ResourceAccumulatorSetGlobalStep"
    sacc = tf.SparseConditionalAccumulator(tf.float32, shape=[3, 2])
    assert sacc.accumulator_ref.op.type == "SparseConditionalAccumulator"
    assert sacc.accumulator_ref.dtype.name == "string_ref"
    assert sacc.num_accumulated().op.type == "AccumulatorNumAccumulated"


def test_stale_gradients_are_dropped_and_take_advances_step():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[2])
    g = tf.placeholder(tf.float32, None)
    step = tf.placeholder(tf.int64, [])
    ap = acc.apply_grad(g, local_step=step)
    n = acc.num_accumulated()
    with tf.Session() as sess:
        sess.run(ap, {g: [1, 1], step: 0})
        sess.run(acc.take_grad(1))  # accumulator step is now 1
        sess.run(ap, {g: [5, 5], step: 0})
        assert sess.run(n) == 0
        sess.run(ap, {g: [1, 2, 3], step: 0})  # stale: not even checked
        sess.run(ap, {g: [2, 4], step: 1})
        sess.run(ap, {g: [4, 0], step: 9})
        np.testing.assert_array_equal(sess.run(acc.take_grad(2)), [3.0, 2.0])
        sess.run(acc.set_global_step(-4))  # lowering the step is allowed
        sess.run(ap, {g: [1, 1], step: -4})
        assert sess.run(n) == 1


def test_dense_shape_errors():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[2])
    g = tf.placeholder(tf.float32, None)
    ap = acc.apply_grad(g)
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"expected \[2\], got \[3\]"):
            sess.run(ap, {g: [1, 2, 3]})
        with pytest.raises(tf.errors.InvalidArgumentError, match="num_required must be positive"):
            sess.run(acc.take_grad(0))
    with pytest.raises(ValueError):
        acc.apply_grad([1.0, 2.0, 3.0])
    with pytest.raises(TypeError):
        tf.ConditionalAccumulator(tf.string)
    with pytest.raises(ValueError):
        tf.ConditionalAccumulator(tf.float32, reduction_type="MAX")


def test_unknown_shape_is_fixed_by_first_gradient_until_take():
    acc = tf.ConditionalAccumulator(tf.float32)
    g = tf.placeholder(tf.float32)
    ap = acc.apply_grad(g)
    with tf.Session() as sess:
        sess.run(ap, {g: [1, 2, 3]})
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"expected \[3\], got \[2\]"):
            sess.run(ap, {g: [1, 2]})
        sess.run(acc.take_grad(1))
        sess.run(acc.set_global_step(0))
        sess.run(ap, {g: [[1, 2]]})
        np.testing.assert_array_equal(sess.run(acc.take_grad(1)), [[1, 2]])


def test_integer_accumulator_has_no_kernel():
    acc = tf.ConditionalAccumulator(tf.int32, shape=[2])
    with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError, match="No OpKernel"):
        sess.run(acc.num_accumulated())


def test_take_blocks_until_enough_gradients_arrive():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[])
    ap = acc.apply_grad(tf.placeholder_with_default(2.0, []))
    take = acc.take_grad(3)
    result = {}
    with tf.Session() as sess:
        t = threading.Thread(target=lambda: result.setdefault("v", sess.run(take)))
        t.start()
        sess.run(ap)
        sess.run(ap)
        time.sleep(0.1)
        assert t.is_alive()
        sess.run(ap)
        t.join(5)
        assert not t.is_alive()
    assert result["v"] == 2.0


def test_take_deadline_and_session_close():
    acc = tf.ConditionalAccumulator(tf.float32, shape=[])
    take = acc.take_grad(1)
    with tf.Session() as sess, pytest.raises(tf.errors.DeadlineExceededError):
        sess.run(take, options=tf.RunOptions(timeout_in_ms=50))
    sess = tf.Session()
    errors = []

    def waiter():
        try:
            sess.run(take)
        except tf.errors.CancelledError as e:
            errors.append(e)

    t = threading.Thread(target=waiter)
    t.start()
    time.sleep(0.1)
    sess.close()
    t.join(5)
    assert not t.is_alive() and len(errors) == 1


def test_shared_name_and_session_independence():
    a = tf.ConditionalAccumulator(tf.float32, shape=[1], shared_name="g")
    b = tf.ConditionalAccumulator(tf.float32, shape=[1], shared_name="g")
    with tf.Session() as s1, tf.Session() as s2:
        s1.run(a.apply_grad([1.0]))
        s1.run(b.apply_grad([3.0]))
        assert s1.run(a.num_accumulated()) == 2
        assert s2.run(b.num_accumulated()) == 0
        np.testing.assert_array_equal(s1.run(b.take_grad(2)), [2.0])


def _sparse_reference(grads):
    """Per-index mean over the gradients that touched the index (sorted unique indices)."""
    sums, counts = {}, {}
    for idx, vals in grads:
        for i, v in zip(idx, vals):
            sums[i] = sums.get(i, 0) + np.asarray(v, np.float64)
            counts[i] = counts.get(i, 0) + 1
    keys = sorted(sums)
    return keys, np.array([sums[k] / counts[k] for k in keys])


def test_sparse_mean_per_row_matches_reference():
    acc = tf.SparseConditionalAccumulator(tf.float32, shape=[10, 3])
    idx = tf.placeholder(tf.int64, [None])
    val = tf.placeholder(tf.float32, [None, 3])
    ap = acc.apply_grad(idx, val)
    rng = np.random.RandomState(1)
    grads = []
    for _ in range(4):
        i = np.sort(rng.choice(10, size=4, replace=False))
        grads.append((i, rng.randn(4, 3).astype(np.float32)))
    with tf.Session() as sess:
        for i, v in grads:
            sess.run(ap, {idx: i, val: v})
        out = sess.run(acc.take_indexed_slices_grad(4))
    keys, ref = _sparse_reference(grads)
    assert out.indices.tolist() == keys
    np.testing.assert_allclose(out.values, ref, rtol=1e-5)
    assert out.dense_shape.tolist() == [10, 3]


def test_sparse_unsorted_merge_matches_tensorflow():
    # Recorded from TF 2.21: its merge takes both index lists as ascending.
    acc = tf.SparseConditionalAccumulator(tf.float32, shape=[4, 2])
    with tf.Session() as sess:
        sess.run(acc.apply_grad([3, 0], [[1.0, 1], [2, 2]]))
        sess.run(acc.apply_grad([0, 1], [[4.0, 4], [5, 6]]))
        r = sess.run(acc.take_grad(2))
        assert r.indices.tolist() == [0, 1, 3, 0]
        assert r.values.tolist() == [[4, 4], [5, 6], [1, 1], [2, 2]]
        sess.run(acc.apply_grad([2], [[1.0, 2]], local_step=1))
        sess.run(acc.apply_grad([2, 2], [[1.0, 2], [3, 4]], local_step=1))
        r = sess.run(acc.take_grad(1))
        assert r.indices.tolist() == [2, 2] and r.values.tolist() == [[1, 2], [3, 4]]


def test_sparse_errors_name_the_problem():
    acc = tf.SparseConditionalAccumulator(tf.float32, shape=[4, 2])
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="index is 7 exceeded 4"):
            sess.run(acc.apply_grad([7], [[1.0, 1.0]]))
        with pytest.raises(tf.errors.InvalidArgumentError, match="dim 1 to be 2, got 3"):
            sess.run(acc.apply_grad([1], [[1.0, 1.0, 1.0]]))
        with pytest.raises(tf.errors.InvalidArgumentError, match="Expected 2 non-empty"):
            sess.run(acc.apply_grad([1, 2], [[1.0, 1.0]]))
        with pytest.raises(tf.errors.InvalidArgumentError, match="shape dim 0 to be 4, got 5"):
            sess.run(acc.apply_grad([1], [[1.0, 1.0]], grad_shape=[5, 2]))
        with pytest.raises(tf.errors.InvalidArgumentError, match="should be vector"):
            sess.run(acc.apply_grad([[1]], [[1.0, 1.0]]))
        with pytest.raises(tf.errors.InvalidArgumentError, match="float64"):
            sess.run(tf.SparseConditionalAccumulator(tf.float64).apply_grad([0], [[1.0]]))
        assert sess.run(acc.num_accumulated()) == 0


def test_sparse_sum_and_dense_shape_without_accumulator_shape():
    acc = tf.SparseConditionalAccumulator(tf.float64, shape=(), reduction_type="SUM")
    with tf.Session() as sess:
        sess.run(acc.apply_indexed_slices_grad(tf.IndexedSlices(
            tf.constant([[1.0, 2.0]], tf.float64), tf.constant([2]))))
        sess.run(acc.apply_indexed_slices_grad(tf.IndexedSlices(
            tf.constant([[1.0, 2.0], [3.0, 3.0]], tf.float64), tf.constant([2, 5]),
            tf.constant([9, 2]))))
        r = sess.run(acc.take_indexed_slices_grad(2))
    assert r.indices.tolist() == [2, 5]
    assert r.values.tolist() == [[2.0, 4.0], [3.0, 3.0]]
    assert r.dense_shape.tolist() == [-1, 2]


def test_accumulator_ops_import_from_a_graph_def():
    g = tf.Graph()
    with g.as_default():
        acc = tf.ConditionalAccumulator(tf.float32, shape=[2], name="acc")
        acc.apply_grad([1.0, 3.0], name="apply")
        acc.take_grad(1, name="take")
    gd = g.as_graph_def()
    with tf.Graph().as_default():
        tf.import_graph_def(gd, name="")
        with tf.Session() as sess:
            sess.run("apply")
            np.testing.assert_array_equal(sess.run("take:0"), [1.0, 3.0])
