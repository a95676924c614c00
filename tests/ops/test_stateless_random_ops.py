"""tf.random.stateless_* (tensorweave/ops/stateless_random_ops.py): node names (recorded from
TF 2.21), determinism across sessions, dtypes, ranges and errors."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _names(build):
    g = tf.get_default_graph()
    n = len(g.get_operations())
    out = build()
    return out, [op.name + ":" + op.type for op in g.get_operations()[n:]]


def test_stateless_uniform_graph_matches_tf():
    out, names = _names(lambda: tf.random.stateless_uniform([2, 3], seed=[1, 2]))
    assert names == [
        "stateless_random_uniform/shape:Const",
        "stateless_random_uniform/min:Const",
        "stateless_random_uniform/max:Const",
        "stateless_random_uniform/StatelessRandomGetKeyCounter/seed:Const",
        "stateless_random_uniform/StatelessRandomGetKeyCounter:StatelessRandomGetKeyCounter",
        "stateless_random_uniform/StatelessRandomUniformV2/alg:Const",
        "stateless_random_uniform/StatelessRandomUniformV2:StatelessRandomUniformV2",
        "stateless_random_uniform/sub:Sub",
        "stateless_random_uniform/mul:Mul",
        "stateless_random_uniform:AddV2",
    ]
    assert out.shape.as_list() == [2, 3] and out.dtype == tf.float32
    out, names = _names(
        lambda: tf.random.stateless_uniform([2, 3], seed=[1, 2], minval=0, maxval=10, dtype=tf.int32)
    )
    assert names[-2:] == [
        "stateless_random_uniform_1/alg:Const",
        "stateless_random_uniform_1:StatelessRandomUniformIntV2",
    ]
    out, names = _names(
        lambda: tf.random.stateless_uniform([2], seed=[1, 2], minval=None, maxval=None, dtype=tf.int64)
    )
    assert names[-1] == "stateless_random_uniform_2:StatelessRandomUniformFullIntV2"


def test_stateless_normal_categorical_graph_matches_tf():
    out, names = _names(lambda: tf.random.stateless_truncated_normal([2, 3], seed=[1, 2]))
    assert names[-3:] == [
        "stateless_truncated_normal/StatelessTruncatedNormalV2:StatelessTruncatedNormalV2",
        "stateless_truncated_normal/mul:Mul",
        "stateless_truncated_normal:AddV2",
    ]
    out, names = _names(lambda: tf.random.stateless_categorical(tf.zeros([2, 3]), 5, seed=[1, 2]))
    assert names[1:] == [
        "stateless_categorical/StatelessMultinomial/num_samples:Const",
        "stateless_categorical/StatelessMultinomial/seed:Const",
        "stateless_categorical/StatelessMultinomial:StatelessMultinomial",
    ]
    assert out.shape.as_list() == [2, 5] and out.dtype == tf.int64
    assert (
        tf.random.stateless_multinomial(tf.zeros([2, 3]), 5, seed=[1, 2], output_dtype=tf.int32).dtype
        == tf.int32
    )


def test_same_seed_same_values_across_sessions_and_runs():
    seed = tf.placeholder(tf.int64, [2])
    draws = [
        tf.random.stateless_uniform([50], seed=seed),
        tf.random.stateless_normal([50], seed=seed),
        tf.random.stateless_truncated_normal([50], seed=seed),
        tf.random.stateless_categorical(tf.zeros([1, 10]), 50, seed=seed),
    ]
    with tf.Session() as sess:
        first = sess.run(draws, {seed: [3, 4]})
        again = sess.run(draws, {seed: [3, 4]})
        other = sess.run(draws, {seed: [3, 5]})
    with tf.Session() as sess:
        later = sess.run(draws, {seed: [3, 4]})
    for a, b, c, d in zip(first, again, later, other):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(a, c)
        assert (a != d).any()


def test_ranges_dtypes_and_statistics():
    u = tf.random.stateless_uniform([4000], seed=[1, 2], minval=-1.0, maxval=3.0, dtype=tf.float64)
    i = tf.random.stateless_uniform([4000], seed=[1, 2], minval=-3, maxval=4, dtype=tf.int32)
    n = tf.random.stateless_normal([4000], seed=[5, 6], mean=3.0, stddev=2.0)
    t = tf.random.stateless_truncated_normal([4000], seed=[5, 6], dtype=tf.float16)
    with tf.Session() as sess:
        uv, iv, nv, tv = sess.run([u, i, n, t])
    assert uv.dtype == np.float64 and uv.min() >= -1 and uv.max() < 3 and abs(uv.mean() - 1) < 0.1
    assert iv.dtype == np.int32 and iv.min() == -3 and iv.max() == 3
    assert nv.dtype == np.float32 and abs(nv.mean() - 3) < 0.15 and abs(nv.std() - 2) < 0.15
    assert tv.dtype == np.float16 and np.abs(tv).max() <= 2


def test_errors():
    with pytest.raises(ValueError, match="must be both None or not None"):
        tf.random.stateless_uniform([2], seed=[1, 2], dtype=tf.int32)
    with pytest.raises(ValueError, match="Dimension must be 2 but is 3"):
        tf.random.stateless_uniform([2], seed=[1, 2, 3])
    bad = tf.random.stateless_uniform([3], seed=[1, 2], minval=5, maxval=5, dtype=tf.int32)
    with (
        tf.Session() as sess,
        pytest.raises(tf.errors.InvalidArgumentError, match="Need minval < maxval, got 5 >= 5"),
    ):
        sess.run(bad)


def test_stateless_values_are_tensorflows():
    # Recorded from TF 2.21 (tf.compat.v1, graph mode) for these seeds.
    u = tf.random.stateless_uniform([6], seed=[1, 2])
    u1 = tf.raw_ops.StatelessRandomUniform(shape=[6], seed=tf.constant([1, 2], tf.int64))
    n = tf.random.stateless_normal([3], seed=[1, 2], dtype=tf.float64)
    i = tf.random.stateless_uniform([4], seed=[3, -4], minval=0, maxval=100, dtype=tf.int32)
    full = tf.random.stateless_uniform([2], seed=[1, 2], minval=None, maxval=None, dtype=tf.int64)
    t = tf.random.stateless_truncated_normal([5], seed=[5, 6])
    key, counter = u.op.inputs[0].op.inputs[0].op.inputs[1].op.outputs  # StatelessRandomGetKeyCounter
    with tf.Session() as sess:
        k, c, vu, vu1, vn, vi, vf, vt = sess.run([key, counter, u, u1, n, i, full, t])
    assert k.tolist() == [10413732777507651514] and c.tolist() == [0, 17830669156045600267]
    want_u = [0.8440604209899902, 0.19204533100128174, 0.9962232112884521, 0.16038739681243896,
              0.27199018001556396, 0.6493459939956665]
    np.testing.assert_allclose(vu, want_u, rtol=1e-7)
    np.testing.assert_allclose(vu1, want_u, rtol=1e-7)
    np.testing.assert_allclose(vn, [-0.1423118100189212, 0.7406072461585091, -1.469047669443883], rtol=1e-12)
    assert vi.tolist() == [52, 3, 26, 62]
    assert vf.tolist() == [7464880146280614444, 1591045637757961278]
    np.testing.assert_allclose(vt, [1.023984432220459, -0.5387885570526123, 1.2795534133911133,
                                    0.9120098948478699, -1.5643606185913086], rtol=2e-6)
