"""nn, losses, layers and array ops behaving as in TF 2.21 (compat.v1, graph mode): names,
classes and values below were recorded from TF 2.21 (tf.layers, absent from TF 2.21 with
Keras 3, is checked against NumPy)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

LOGITS = [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]
LABELS = [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


# ---------------------------------------------------------------- cross entropy
def test_xent_wrappers_take_positional_labels_and_logits():
    sparse = tf.nn.sparse_softmax_cross_entropy_with_logits([0, 2], LOGITS)
    np.testing.assert_allclose(run(sparse), [0.41703, 2.42005], rtol=1e-5)
    sig = tf.nn.sigmoid_cross_entropy_with_logits(LABELS, LOGITS)
    assert sig.name == "logistic_loss:0"
    np.testing.assert_allclose(run(sig)[0], [0.12693, 1.31326, 0.7444], rtol=1e-4)
    with pytest.raises(ValueError, match="must be provided"):
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 2])


def test_sparse_xent_names_its_op_after_name_and_checks_shapes():
    assert tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 2], logits=LOGITS, name="xe").name \
        == "xe/xe:0"
    with pytest.raises(ValueError, match="must equal `logits.shape.rank - 1`"):
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[0, 2]], logits=LOGITS)
    with pytest.raises(ValueError, match="except for the last dimension"):
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 2, 1], logits=LOGITS)
    with pytest.raises(ValueError, match="must have the same shape"):
        tf.nn.sigmoid_cross_entropy_with_logits(labels=[1.0], logits=LOGITS)


def test_swish_is_identity_n_output_with_the_sigmoid_gradient():
    x = tf.constant([1.0, -2.0])
    y = tf.nn.swish(x, beta=2.0)
    assert (y.op.type, y.name) == ("IdentityN", "IdentityN:0")
    value, grad = run([y, tf.gradients(y, x)[0]])
    np.testing.assert_allclose(value, [0.8807971, -0.03597242], rtol=1e-6)
    np.testing.assert_allclose(grad, [1.0907842, -0.05266461], rtol=1e-5)


# ---------------------------------------------------------------------- losses
def test_mean_pairwise_squared_error():
    t = tf.losses.mean_pairwise_squared_error(LABELS, LOGITS)
    assert (t.op.type, t.name) == ("Select", "mean_pairwise_squared_error/value_2:0")
    assert tf.losses.get_losses()[-1] is t
    cases = [(LABELS, LOGITS, 1.0, 5.76667), (LABELS, LOGITS, [[1.0], [0.5]], 3.15333),
             (LABELS, LOGITS, [[0.0], [0.0]], 0.0), ([[1.0], [2.0]], [[3.0], [1.0]], 1.0, 0.0),
             (np.ones([2, 2, 2]), np.arange(8.0).reshape(2, 2, 2), 1.0, 6.66667)]
    for labels, predictions, weights, expected in cases:
        loss = tf.losses.mean_pairwise_squared_error(labels, predictions, weights=weights)
        assert run(loss) == pytest.approx(expected, rel=1e-5)


def test_total_losses_of_one_loss_are_identities():
    tf.losses.mean_squared_error(LABELS, LOGITS)
    total = tf.losses.get_total_loss()
    assert (total.op.type, total.name) == ("Identity", "total_loss:0")
    assert run(total) == pytest.approx(1.5)
    tf.losses.add_loss(tf.constant(2.0), tf.GraphKeys.REGULARIZATION_LOSSES)
    reg = tf.losses.get_regularization_loss()
    assert (reg.op.type, reg.name) == ("Identity", "total_regularization_loss:0")


# ---------------------------------------------------------------------- layers
def test_dense_on_rank3_inputs_with_an_unknown_batch():
    x = tf.placeholder(tf.float32, [None, 2, 5])
    y = tf.layers.dense(x, 4)
    assert y.shape.as_list() == [None, 2, 4] and y.name == "dense/BiasAdd:0"
    xv = np.random.default_rng(0).random((3, 2, 5)).astype(np.float32)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        kernel, bias = tf.trainable_variables()
        out, k, b = sess.run([y, kernel, bias], {x: xv})
    np.testing.assert_allclose(out, xv @ k + b, rtol=1e-5)


def test_batch_normalization_over_a_middle_axis():
    x = tf.placeholder(tf.float32, [None, 3, 4])
    y = tf.layers.batch_normalization(x, axis=1, training=True)
    updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
    assert y.shape.as_list() == [None, 3, 4]
    assert tf.layers.batch_normalization(x, axis=1).shape.as_list() == [None, 3, 4]
    xv = np.random.default_rng(1).random((5, 3, 4)).astype(np.float32)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        out = sess.run([y] + updates, {x: xv})[0]
        moving_mean = sess.run(tf.global_variables("batch_normalization/moving_mean")[0])
    ref = (xv - xv.mean((0, 2), keepdims=True)) / np.sqrt(xv.var((0, 2), keepdims=True) + 1e-3)
    np.testing.assert_allclose(out, ref, atol=1e-5)
    np.testing.assert_allclose(moving_mean, 0.01 * xv.mean((0, 2)), rtol=1e-4)


# ---------------------------------------------------------------------- nn ops
def test_batch_and_depth_strides_are_unimplemented():
    conv = tf.nn.conv2d(tf.ones([1, 5, 5, 1]), tf.ones([3, 3, 1, 1]), [2, 1, 1, 1], "SAME")
    pool = tf.nn.max_pool(tf.ones([1, 4, 4, 2]), [2, 2, 2, 1], [1, 1, 1, 1], "VALID")
    for t in (conv, pool):
        with pytest.raises(tf.errors.UnimplementedError):
            run(t)


def test_embedding_lookup_checks_the_partition_strategy_only_for_several_shards():
    assert run(tf.nn.embedding_lookup(tf.constant([[1.0, 2.0]]), [0], partition_strategy="foo")).tolist() \
        == [[1.0, 2.0]]
    with pytest.raises(ValueError, match="Unrecognized partition strategy"):
        tf.nn.embedding_lookup([tf.constant([[1.0]]), tf.constant([[2.0]])], [0], partition_strategy="foo")


# ----------------------------------------------------------------------- array
P24 = np.arange(24).reshape(2, 3, 4)


@pytest.mark.parametrize("indices,batch_dims,expected", [
    ([[[0, 1], [2, 3]], [[1, 1], [0, 0]]], 1, [[1, 11], [17, 12]]),
    ([[[1], [2], [0]], [[0], [0], [3]]], 2, [[1, 6, 8], [12, 16, 23]]),
    ([[0], [2]], 1, [[0, 1, 2, 3], [20, 21, 22, 23]]),
])
def test_gather_nd_with_batch_dims(indices, batch_dims, expected):
    t = tf.gather_nd(P24, indices, batch_dims=batch_dims)
    assert t.op.type == "Reshape" and t.name.startswith("BatchGatherND/")
    assert t.shape.as_list() == list(np.shape(expected)) and run(t).tolist() == expected


def test_gather_nd_batch_dims_with_unknown_batch_and_bad_arguments():
    p = tf.placeholder(tf.int64, [None, 3, 4])
    t = tf.gather_nd(p, [[0], [2]], batch_dims=1)
    assert t.shape.as_list() == [2, 4]
    assert run(t, {p: P24}).tolist() == [[0, 1, 2, 3], [20, 21, 22, 23]]
    with pytest.raises(ValueError):
        tf.gather_nd(P24, [[0], [2]], batch_dims=-1)
    with pytest.raises(ValueError):
        tf.gather_nd(P24, [[0], [2]], batch_dims=2)


def test_sorted_segment_ids_of_the_wrong_length_fail_when_run():
    t = tf.segment_sum([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [0, 0])
    assert t.shape.as_list() == [None, 2]
    with pytest.raises(tf.errors.InvalidArgumentError, match="same size as dimension 0"):
        run(t)


def test_assert_names_follow_tf():
    ok = tf.Assert(tf.constant(True), ["x", tf.constant(1)])  # string and int32 data
    assert (ok.type, ok.name) == ("Assert", "Assert/Assert")
    guarded = tf.Assert(tf.constant(True), ["x", tf.constant(1.0)])
    assert (guarded.type, guarded.name) == ("Identity", "Assert_1/AssertGuard/Identity")
    p = tf.placeholder(tf.float32, [None])
    eq = tf.assert_equal(p, 1.0)
    assert eq.name == "assert_equal_1/Assert/AssertGuard/Identity"
    assert tf.assert_less(p, 1.0).name == "assert_less/Assert/AssertGuard/Identity"
    with tf.Session() as sess:
        sess.run(eq, {p: [1.0]})
        with pytest.raises(tf.errors.InvalidArgumentError, match="Condition x == y did not hold"):
            sess.run(eq, {p: [2.0]})
    finite = tf.verify_tensor_all_finite([1.0], "m")
    assert finite.name == "VerifyFinite/control_dependency:0"
