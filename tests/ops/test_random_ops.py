"""Random ops: names, shapes, dtypes, TF's seeding rules, value ranges and run-time errors."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def _seeds(t):
    return t.op.get_attr("seed"), t.op.get_attr("seed2")


def test_random_uniform_default_range_is_a_single_op_named_like_tf():
    x = tf.random_uniform([2, 3])
    assert x.name == "random_uniform/RandomUniform:0"
    assert x.dtype == tf.float32 and x.shape.as_list() == [2, 3]
    assert [op.type for op in tf.get_default_graph().get_operations()] == ["Const", "RandomUniform"]
    with tf.Session() as sess:
        v = sess.run(x)
    assert v.dtype == np.float32 and v.shape == (2, 3)
    assert ((v >= 0) & (v < 1)).all()


def test_random_uniform_float_bounds_are_not_the_default_range():
    # As TF: only the Python ints 0 and 1 skip the min/max constants (a float 0.0 or 1.0 does not).
    assert tf.random_uniform([2], 0.0, 1.0).op.type == "AddV2"
    assert tf.random_uniform([2], 0, 1.0).op.type == "Mul"
    assert tf.random_uniform([2], 0, 1).op.type == "RandomUniform"
    assert tf.random_uniform_initializer()([2]).op.type == "AddV2"


def test_random_uniform_with_bounds_scales_and_shifts():
    x = tf.random_uniform([1000], minval=-3.0, maxval=5.0, dtype=tf.float64, seed=1)
    assert x.name == "random_uniform:0" and x.op.type == "AddV2"
    with tf.Session() as sess:
        v = sess.run(x)
    assert v.dtype == np.float64
    assert v.min() >= -3.0 and v.max() < 5.0 and v.std() > 1.5


@pytest.mark.parametrize("dtype", [tf.float16, tf.bfloat16])
def test_half_precision_uniform_stays_below_one(dtype):
    x = tf.random_uniform([4000], dtype=dtype, seed=3)
    with tf.Session() as sess:
        v = sess.run(x).astype(np.float32)
    assert x.dtype == dtype
    assert v.min() >= 0 and v.max() < 1


def test_random_uniform_int_draws_in_half_open_range():
    x = tf.random_uniform([2000], minval=-2, maxval=3, dtype=tf.int64, seed=4)
    assert x.op.type == "RandomUniformInt" and x.name == "random_uniform:0"
    with tf.Session() as sess:
        v = sess.run(x)
    assert v.dtype == np.int64 and set(np.unique(v).tolist()) == {-2, -1, 0, 1, 2}


def test_integer_uniform_needs_maxval_and_unsupported_dtypes_are_rejected():
    with pytest.raises(ValueError, match="Must specify maxval for integer dtype tf.int32"):
        tf.random_uniform([2], dtype=tf.int32)
    with pytest.raises(ValueError, match="Argument `dtype` got invalid value"):
        tf.random_uniform([2], maxval=3, dtype=tf.int8)
    with pytest.raises(TypeError):
        tf.random_normal([2], dtype=tf.int32)
    with pytest.raises(ValueError, match="Invalid value in tensor used for shape: -2"):
        tf.random_uniform([-2])
    with pytest.raises(TypeError, match="not in list of allowed values: int32, int64"):
        tf.random_uniform([2.0])


def test_uniform_int_runtime_checks_minval_below_maxval_and_scalar_bounds():
    lo = tf.placeholder(tf.int32)
    x = tf.random_uniform([2], minval=lo, maxval=5, dtype=tf.int32)
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError, match="Need minval < maxval, got 5 >= 5"):
            sess.run(x, {lo: 5})
        with pytest.raises(errors.InvalidArgumentError, match=r"minval must be 0-D, got shape \[2\]"):
            sess.run(x, {lo: [1, 2]})


def test_fed_shape_must_be_non_negative_and_may_be_empty():
    shape = tf.placeholder(tf.int32, [None])
    x = tf.random_uniform(shape)
    assert x.shape.ndims is None
    with tf.Session() as sess:
        assert sess.run(x, {shape: [0, 2]}).shape == (0, 2)
        with pytest.raises(errors.InvalidArgumentError, match="Dimension -1 must be >= 0"):
            sess.run(x, {shape: [-1, 2]})


def test_partially_known_shape_tensor_gives_partial_static_shape():
    n = tf.placeholder(tf.int32, [])
    x = tf.random_normal(tf.stack([n, 3]))
    assert x.shape.as_list() == [None, 3]
    with tf.Session() as sess:
        assert sess.run(x, {n: 4}).shape == (4, 3)


def test_random_normal_and_truncated_normal_statistics_and_names():
    x = tf.random_normal([20000], mean=1.0, stddev=2.0, seed=5)
    t = tf.truncated_normal([20000], mean=-1.0, stddev=0.5, seed=6)
    assert x.name == "random_normal:0" and t.name == "truncated_normal:0"
    names = [op.name for op in tf.get_default_graph().get_operations()]
    assert names[:6] == ["random_normal/shape", "random_normal/mean", "random_normal/stddev",
                         "random_normal/RandomStandardNormal", "random_normal/mul", "random_normal"]
    with tf.Session() as sess:
        xv, tv = sess.run([x, t])
    assert abs(xv.mean() - 1.0) < 0.1 and abs(xv.std() - 2.0) < 0.1
    assert tv.min() >= -2.0 and tv.max() <= 0.0  # within two stddevs of the mean
    assert abs(tv.mean() + 1.0) < 0.02


def test_truncated_normal_half_precision_dtype():
    x = tf.truncated_normal([3], dtype=tf.float16)
    with tf.Session() as sess:
        assert sess.run(x).dtype == np.float16


def test_graph_seed_gives_op_seeds_from_a_per_graph_counter():
    g = tf.Graph()
    with g.as_default():
        tf.set_random_seed(5)
        for _ in range(3):
            tf.constant(1)  # unrelated ops do not shift the seeds
        a = tf.random_uniform([2])
        b = tf.random_uniform([2])
        tf.random_normal([2], seed=7)
        c_op = g.get_operation_by_name("random_normal/RandomStandardNormal")
        assert [_seeds(a), _seeds(b), _seeds(c_op.outputs[0])] == [(5, 0), (5, 1), (5, 7)]
        assert tf.get_seed(None) == (5, 2)
        tf.set_random_seed(0)
        assert tf.get_seed(0) == (0, 2 ** 31 - 1)
        tf.set_random_seed(2 ** 31 + 5)
        assert tf.get_seed(3) == (6, 3)
    with tf.Graph().as_default():
        assert tf.get_seed(None) == (None, None)
        assert tf.get_seed(3) == (87654321, 3)
        assert _seeds(tf.random_uniform([1])) == (0, 0)


def test_seeded_op_replays_in_a_new_session_and_advances_between_runs():
    x = tf.random_uniform([5], seed=11)
    with tf.Session() as s1:
        first, second = s1.run(x), s1.run(x)
    with tf.Session() as s2:
        again = s2.run(x)
    assert not np.array_equal(first, second)
    np.testing.assert_array_equal(first, again)


def test_graph_level_seed_alone_makes_runs_reproducible():
    def build_and_run():
        with tf.Graph().as_default():
            tf.set_random_seed(42)
            a = tf.random_normal([4])
            b = tf.random_uniform([4])
            with tf.Session() as sess:
                return sess.run([a, b])

    r1, r2 = build_and_run(), build_and_run()
    np.testing.assert_array_equal(r1[0], r2[0])
    np.testing.assert_array_equal(r1[1], r2[1])


def test_unseeded_ops_differ_across_sessions():
    x = tf.random_uniform([8])
    with tf.Session() as s1:
        a = s1.run(x)
    with tf.Session() as s2:
        b = s2.run(x)
    assert not np.array_equal(a, b)


def test_random_gamma_shape_broadcasts_alpha_and_beta():
    x = tf.random_gamma([3, 2], alpha=[[1.0], [2.0]], beta=[3.0, 4.0], seed=1)
    assert x.shape.as_list() == [3, 2, 2, 2] and x.name == "random_gamma/Maximum:0"
    big = tf.random_gamma([20000], alpha=3.0, beta=2.0, seed=2)
    with tf.Session() as sess:
        v, bv = sess.run([x, big])
    assert v.shape == (3, 2, 2, 2) and (v > 0).all()
    assert abs(bv.mean() - 1.5) < 0.05  # mean = alpha / beta


def test_random_poisson_shape_and_mean():
    x = tf.random.poisson([1.0, 10.0], [5000], seed=3)
    assert x.shape.as_list() == [5000, 2] and x.dtype == tf.float32
    with tf.Session() as sess:
        v = sess.run(x)
    np.testing.assert_allclose(v.mean(axis=0), [1.0, 10.0], rtol=0.05)
    assert (v == np.round(v)).all()


def test_random_shuffle_permutes_the_first_dimension():
    data = np.arange(20).reshape(10, 2)
    x = tf.random_shuffle(data, seed=9)
    s = tf.random_shuffle(3)
    assert x.name == "RandomShuffle:0" and s.shape.as_list() == []
    with tf.Session() as sess:
        v = sess.run(x)
        assert sess.run(s) == 3
    assert sorted(map(tuple, v.tolist())) == sorted(map(tuple, data.tolist()))
    assert (v[:, 1] - v[:, 0] == 1).all()


def test_multinomial_and_categorical_sample_class_frequencies():
    logits = np.array([[np.log(0.2), np.log(0.8), -np.inf], [0.0, -np.inf, 0.0]], np.float32)
    m = tf.multinomial(logits, 4000, seed=1)
    c = tf.random.categorical(logits, 7, dtype=tf.int32)
    assert m.name == "multinomial/Multinomial:0" and m.dtype == tf.int64
    assert m.shape.as_list() == [2, 4000]
    assert c.name == "categorical/Multinomial:0" and c.dtype == tf.int32
    with tf.Session() as sess:
        mv, cv = sess.run([m, c])
    assert cv.shape == (2, 7)
    assert set(np.unique(mv[0]).tolist()) <= {0, 1} and set(np.unique(mv[1]).tolist()) <= {0, 2}
    assert abs((mv[0] == 1).mean() - 0.8) < 0.03
    assert abs((mv[1] == 0).mean() - 0.5) < 0.03


def test_multinomial_checks_logits_rank_and_sample_count():
    with pytest.raises(ValueError, match="Shape must be rank 2 but is rank 1"):
        tf.multinomial([1.0, 2.0], 3)
    n = tf.placeholder(tf.int32)
    logits = tf.placeholder(tf.float32)
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError, match="num_samples should be non-negative"):
            sess.run(tf.multinomial([[1.0, 2.0]], n), {n: -1})
        with pytest.raises(errors.InvalidArgumentError, match="num_classes should be positive"):
            sess.run(tf.multinomial(tf.zeros([2, 0]), 3))
        with pytest.raises(errors.InvalidArgumentError, match="logits should be a matrix"):
            sess.run(tf.multinomial(logits, 3), {logits: np.zeros([1, 2, 3])})
        assert sess.run(tf.multinomial(tf.zeros([0, 3]), 3)).shape == (0, 3)


def test_random_ops_are_stateful_and_not_differentiable():
    from tensorweave.framework import op_def as op_def_module
    from tensorweave.framework.op_def import get_op_def, gradient_of

    for name in ("RandomUniform", "RandomUniformInt", "RandomStandardNormal", "TruncatedNormal",
                 "RandomShuffle", "Multinomial"):
        op_def = get_op_def(name)
        assert op_def.is_stateful
        assert gradient_of(op_def) is None
    # As TF: RandomGamma is differentiable w.r.t. alpha; RandomPoissonV2 has no gradient at all.
    assert get_op_def("RandomGamma").is_stateful and callable(gradient_of(get_op_def("RandomGamma")))
    assert get_op_def("RandomPoissonV2").is_stateful
    assert gradient_of(get_op_def("RandomPoissonV2")) is op_def_module._MISSING


def test_random_crop_takes_a_window_of_the_input():
    data = np.arange(30).reshape(5, 6)
    x = tf.random_crop(data, [2, 3], seed=4)
    with tf.Session() as sess:
        v = sess.run(x)
    assert v.shape == (2, 3)
    r, c = divmod(int(v[0, 0]), 6)
    np.testing.assert_array_equal(v, data[r:r + 2, c:c + 3])


def test_scalar_shapes_give_zero_dimensional_arrays():
    u = tf.random_uniform([])
    i = tf.random_uniform([], maxval=4, dtype=tf.int32)
    assert u.shape.as_list() == [] and i.shape.as_list() == []
    with tf.Session() as sess:
        uv, iv = sess.run([u, i])
    assert np.shape(uv) == () and 0 <= uv < 1 and 0 <= iv < 4


def test_categorical_and_multinomial_reject_non_integer_dtypes_with_value_error():
    for fn in (lambda: tf.random.categorical(tf.zeros([2, 2]), 2, dtype=tf.float32),
               lambda: tf.multinomial(tf.zeros([2, 2]), 2, output_dtype=tf.int16)):
        with pytest.raises(ValueError, match="dtype"):
            fn()


def test_random_crop_asserts_value_shape_covers_size_like_tf():
    with tf.Graph().as_default() as g:
        c = tf.random_crop(tf.zeros([4, 4]), [2, 2])
        types = {op.type for op in g.get_operations()}
        assert {"Assert", "All", "GreaterEqual"} <= types and "Shape" not in types
        assert c.shape.as_list() == [2, 2]
        big = tf.random_crop(tf.zeros([2, 2]), tf.constant([3, 3]))
        with tf.Session() as sess:
            with pytest.raises(tf.errors.InvalidArgumentError, match="Need value.shape >= size"):
                sess.run(big)


def test_random_gamma_grad_op_matches_tf_values():
    a = tf.constant([[0.5], [2.0], [7.5]])
    s = tf.constant([[0.01, 0.3, 1.0], [0.5, 2.0, 6.0], [3.0, 7.0, 12.0]])
    r = tf.raw_ops.RandomGammaGrad(alpha=a, sample=s)
    r64 = tf.raw_ops.RandomGammaGrad(alpha=tf.constant([0.5, 2.0], tf.float64),
                                     sample=tf.constant([0.2, 1.0], tf.float64))
    assert r.shape.as_list() == [3, 3] and r64.dtype == tf.float64
    with tf.Session() as sess:
        # Recorded from TensorFlow 2.21.
        np.testing.assert_allclose(sess.run(r), [[0.09354404, 1.0098021, 1.8782471],
                                                 [0.49802664, 1.0862083, 1.7880158],
                                                 [0.6241343, 0.9876149, 1.2814151]], rtol=1e-4)
        np.testing.assert_allclose(sess.run(r64), [0.7940505663308433, 0.7507786921262597], rtol=1e-6)


def test_random_gamma_gradient_wrt_alpha_sums_sample_dims():
    alpha = tf.constant([1.0, 2.0])
    y = tf.random.gamma([4, 3], alpha, seed=1)
    g = tf.gradients(tf.reduce_sum(y), alpha)[0]
    assert g.shape.as_list() == [2]
    partial = tf.raw_ops.RandomGammaGrad(alpha=alpha, sample=y)
    with tf.Session() as sess:
        gv, pv = sess.run([g, partial])
    np.testing.assert_allclose(gv, pv.reshape(12, 2).sum(0), rtol=1e-5)
    assert np.all(gv > 0)


def test_random_poisson_has_no_gradient():
    rate = tf.constant([1.0, 2.0])
    with pytest.raises(LookupError):
        tf.gradients(tf.random.poisson(rate, [3], seed=4), rate)
