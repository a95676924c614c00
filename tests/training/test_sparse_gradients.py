"""IndexedSlices gradients: gather's gradient is sparse (axis 0, as TF), tf.gradients sums
sparse paths (concatenating, or densifying when a dense path joins), and the optimizers apply
them with the sparse update ops; embedding_lookup trains."""

import warnings

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

PARAMS = np.arange(12, dtype=np.float32).reshape(4, 3) / 10


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default() as g:
        yield g


def run(x, feed=None):
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return sess.run(x, feed)


def dense(slices_value):
    out = np.zeros(slices_value.dense_shape, slices_value.values.dtype)
    np.add.at(out, slices_value.indices, slices_value.values)
    return out


def test_gather_gradient_is_indexed_slices_of_the_rows():
    p = tf.constant(PARAMS)
    w = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], np.float32)
    loss = tf.reduce_sum(tf.gather(p, [2, 0, 2]) * w)
    g = tf.gradients(loss, p)[0]
    assert isinstance(g, tf.IndexedSlices)
    assert g.values.shape.as_list() == [3, 3] and g.dense_shape.dtype == tf.int32
    got = run(g)
    assert isinstance(got, tf.IndexedSlicesValue)
    np.testing.assert_array_equal(got.indices, [2, 0, 2])
    np.testing.assert_array_equal(got.values, w)
    np.testing.assert_array_equal(got.dense_shape, [4, 3])
    expected = np.zeros((4, 3), np.float32)
    expected[0] = w[1]
    expected[2] = w[0] + w[2]
    np.testing.assert_array_equal(run(tf.convert_to_tensor(g)), expected)


def test_gather_gradient_with_nested_indices_flattens_them():
    p = tf.constant(PARAMS)
    g = tf.gradients(tf.reduce_sum(tf.gather(p, [[1, 3], [1, 1]])), p)[0]
    got = run(g)
    np.testing.assert_array_equal(got.indices, [1, 3, 1, 1])
    assert got.values.shape == (4, 3)


def test_gather_gradient_on_another_axis_is_dense():
    p = tf.constant(PARAMS)
    g = tf.gradients(tf.reduce_sum(tf.gather(p, [2, 2], axis=1)), p)[0]
    assert isinstance(g, tf.Tensor)
    expected = np.zeros((4, 3), np.float32)
    expected[:, 2] = 2
    np.testing.assert_array_equal(run(g), expected)


def test_two_sparse_paths_are_concatenated():
    p = tf.constant(PARAMS)
    loss = tf.reduce_sum(tf.gather(p, [1])) + tf.reduce_sum(tf.gather(p, [0, 1]) * 2)
    g = tf.gradients(loss, p)[0]
    assert isinstance(g, tf.IndexedSlices)
    got = run(g)
    assert sorted(got.indices.tolist()) == [0, 1, 1]
    expected = np.zeros((4, 3), np.float32)
    expected[1] = 3
    expected[0] = 2
    np.testing.assert_array_equal(dense(got), expected)


def test_sparse_and_dense_paths_sum_to_a_dense_tensor():
    p = tf.constant(PARAMS)
    loss = tf.reduce_sum(tf.gather(p, [3, 3])) + tf.reduce_sum(p * p)
    g = tf.gradients(loss, p)[0]
    assert isinstance(g, tf.Tensor) and g.shape.as_list() == [4, 3]
    expected = 2 * PARAMS
    expected[3] += 2
    np.testing.assert_allclose(run(g), expected, rtol=1e-6)


def test_gather_of_gather_gradient():
    p = tf.constant(PARAMS)
    g = tf.gradients(tf.reduce_sum(tf.gather(tf.gather(p, [3, 0]), [1, 1])), p)[0]
    assert isinstance(g, tf.IndexedSlices)
    expected = np.zeros((4, 3), np.float32)
    expected[0] = 2
    np.testing.assert_array_equal(dense(run(g)), expected)


def test_convert_to_tensor_densifies_and_warns_only_for_large_slices():
    small = tf.IndexedSlices(tf.ones([2, 3]), tf.constant([0, 0]), tf.constant([4, 3]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        d = tf.convert_to_tensor(small)
    expected = np.zeros((4, 3), np.float32)
    expected[0] = 2
    np.testing.assert_array_equal(run(d), expected)
    big = tf.IndexedSlices(tf.ones([1, 10]), tf.constant([0]), tf.constant([10000000, 10]))
    with pytest.warns(UserWarning, match="Converting sparse IndexedSlices to a dense Tensor"):
        tf.convert_to_tensor(big)


def _lookup_training(opt, use_resource=False):
    table = tf.Variable(PARAMS, name="table", use_resource=use_resource)
    emb = tf.nn.embedding_lookup(table, [0, 2, 0])
    loss = tf.reduce_sum(emb * emb)
    train = opt.minimize(loss)
    types = sorted({o.type for o in tf.get_default_graph().get_operations()
                    if "Apply" in o.type or "Scatter" in o.type})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        return types, sess.run(table)


def test_embedding_lookup_trains_with_scatter_sub_for_gradient_descent():
    types, value = _lookup_training(tf.train.GradientDescentOptimizer(0.5))
    assert types == ["ScatterSub"]
    expected = PARAMS.copy()
    expected[0] -= 0.5 * 2 * 2 * PARAMS[0]  # row 0 looked up twice
    expected[2] -= 0.5 * 2 * PARAMS[2]
    np.testing.assert_allclose(value, expected, rtol=1e-6)


def test_embedding_lookup_trains_with_sparse_apply_ops_and_untouched_rows_stay():
    types, value = _lookup_training(tf.train.AdagradOptimizer(0.1))
    assert types == ["SparseApplyAdagrad"]
    np.testing.assert_array_equal(value[[1, 3]], PARAMS[[1, 3]])
    grad0 = 4 * PARAMS[0]  # duplicate rows are summed before the sparse apply
    accum0 = 0.1 + grad0 * grad0
    np.testing.assert_allclose(value[0], PARAMS[0] - 0.1 * grad0 / np.sqrt(accum0), rtol=1e-5)


def test_momentum_sparse_update_matches_dense_update_on_touched_rows():
    _, sparse_value = _lookup_training(tf.train.MomentumOptimizer(0.1, 0.9))
    with tf.Graph().as_default():
        table = tf.Variable(PARAMS)
        mask = np.zeros((4, 1), np.float32)
        mask[[0, 2]] = [[2.0], [1.0]]
        loss = tf.reduce_sum(table * table * mask)
        train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            dense_value = sess.run(table)
    np.testing.assert_allclose(sparse_value, dense_value, rtol=1e-6)


def test_resource_embedding_lookup_trains():
    types, value = _lookup_training(tf.train.GradientDescentOptimizer(0.5), use_resource=True)
    assert types == ["ResourceScatterAdd"]
    expected = PARAMS.copy()
    expected[0] -= 0.5 * 4 * PARAMS[0]
    expected[2] -= 0.5 * 2 * PARAMS[2]
    np.testing.assert_allclose(value, expected, rtol=1e-6)


def test_resource_gather_gradient_has_static_dense_shape():
    v = tf.Variable(PARAMS, use_resource=True)
    g = tf.gradients(tf.reduce_sum(v.sparse_read([1, 1])), v)[0]
    assert isinstance(g, tf.IndexedSlices)
    assert tf.convert_to_tensor(g).shape.as_list() == [4, 3]
    expected = np.zeros((4, 3), np.float32)
    expected[1] = 2
    np.testing.assert_array_equal(run(tf.convert_to_tensor(g)), expected)
