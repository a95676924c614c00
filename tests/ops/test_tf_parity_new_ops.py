"""tf.repeat, tf.unravel_index, tf.nn.sufficient_statistics, tf.nn.pool,
tf.nn.max_pool_with_argmax and tf.py_function. Expected names, shapes and values were recorded
from TF 2.21 (compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.mark.parametrize("args,kwargs,name,shape,expected", [
    (([1, 2, 3], 2), {}, "Repeat/Reshape_1:0", [6], [1, 1, 2, 2, 3, 3]),
    (([[1, 2], [3, 4]], [1, 2]), {"axis": 0}, "Repeat/boolean_mask/GatherV2:0", [None, 2],
     [[1, 2], [3, 4], [3, 4]]),
    (([[1, 2], [3, 4]], 3), {"axis": 1}, "Repeat/Reshape_1:0", [2, 6],
     [[1, 1, 1, 2, 2, 2], [3, 3, 3, 4, 4, 4]]),
    (([[1, 2], [3, 4]], 2), {}, "Repeat/Reshape_1:0", [8], [1, 1, 2, 2, 3, 3, 4, 4]),
    (([1], 2), {"name": "rp"}, "rp/Reshape_1:0", [2], [1, 1]),
])
def test_repeat(args, kwargs, name, shape, expected):
    t = tf.repeat(*args, **kwargs)
    assert (t.name, t.shape.as_list()) == (name, shape) and run(t).tolist() == expected


def test_repeat_with_counts_per_column_and_errors():
    t = tf.repeat([[1, 2], [3, 4]], [2, 0], axis=1)
    assert t.shape.as_list() == [2, None] and run(t).tolist() == [[1, 1], [3, 3]]
    p = tf.placeholder(tf.int32, [None])
    assert run(tf.repeat(p, 2), {p: [1, 2]}).tolist() == [1, 1, 2, 2]
    with pytest.raises(ValueError, match="Dimensions 2 and 3 are not compatible"):
        tf.repeat([1, 2], [1, 2, 3])


def test_unravel_index():
    t = tf.unravel_index([1, 5, 4], [3, 2])
    assert (t.op.type, t.dtype, t.shape.as_list()) == ("UnravelIndex", tf.int32, [2, 3])
    assert run(t).tolist() == [[0, 2, 2], [1, 1, 0]]
    assert run(tf.unravel_index(5, [3, 2])).tolist() == [2, 1]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.unravel_index([6], [3, 2]))


def test_sufficient_statistics():
    x = tf.constant([[1.0, 2.0], [3.0, 5.0]])
    count, mean_ss, var_ss, shift = tf.nn.sufficient_statistics(x, [0])
    assert shift is None
    assert (count.op.type, count.name, mean_ss.name, var_ss.name) == (
        "Const", "sufficient_statistics/Const:0", "sufficient_statistics/mean_ss:0",
        "sufficient_statistics/var_ss:0")
    assert [v.tolist() for v in run([count, mean_ss, var_ss])] == [2.0, [4.0, 7.0], [10.0, 29.0]]
    values = run(tf.nn.sufficient_statistics(x, [0], shift=1.0))
    assert [np.asarray(v).tolist() for v in values] == [2.0, [2.0, 5.0], [4.0, 17.0], 1.0]
    _, m, v, _ = tf.nn.sufficient_statistics(x, [1], keep_dims=True)
    assert m.shape.as_list() == [2, 1] and run([m, v])[1].tolist() == [[5.0], [34.0]]
    p = tf.placeholder(tf.float32, [None, 2])
    c = tf.nn.sufficient_statistics(p, [0])[0]
    assert (c.op.type, c.name) == ("Prod", "sufficient_statistics_3/count:0")
    assert run(c, {p: [[1.0, 2.0]]}) == 1.0


IMAGE = np.arange(16.0, dtype=np.float32).reshape(1, 4, 4, 1)


@pytest.mark.parametrize("args,kwargs,op_type,name,expected", [
    ((IMAGE, [2, 2], "MAX", "SAME"), {"strides": [2, 2]}, "MaxPool", "max_pool:0",
     [[[[5.0], [7.0]], [[13.0], [15.0]]]]),
    ((IMAGE, [2, 2], "AVG", "VALID"), {}, "AvgPool", "avg_pool:0",
     [[[[2.5], [3.5], [4.5]], [[6.5], [7.5], [8.5]], [[10.5], [11.5], [12.5]]]]),
    ((np.arange(8.0, dtype=np.float32).reshape(1, 8, 1), [2], "MAX", "VALID"), {"strides": [2]}, "Squeeze",
     "max_pool/Squeeze:0", [[[1.0], [3.0], [5.0], [7.0]]]),
    ((IMAGE.reshape(1, 1, 4, 4), [2, 2], "MAX", "VALID"), {"strides": [2, 2], "data_format": "NCHW"},
     "MaxPool", "max_pool:0", [[[[5.0, 7.0], [13.0, 15.0]]]]),
    ((np.arange(25.0, dtype=np.float32).reshape(1, 5, 5, 1), [2, 2], "MAX", "VALID"),
     {"dilation_rate": [2, 2]}, None, "max_pool:0",
     [[[[12.0], [13.0], [14.0]], [[17.0], [18.0], [19.0]], [[22.0], [23.0], [24.0]]]]),
])
def test_pool(args, kwargs, op_type, name, expected):
    t = tf.nn.pool(*args, **kwargs)
    assert t.name == name and (op_type is None or t.op.type == op_type)
    np.testing.assert_allclose(run(t), expected)


def test_pool_argument_errors():
    with pytest.raises(ValueError, match="2-D MIN pooling is not supported"):
        tf.nn.pool(IMAGE, [2, 2], "MIN", "SAME")
    with pytest.raises(ValueError, match="'SAME' padding is not implemented for `dilation_rate` > 1"):
        tf.nn.pool(IMAGE, [2, 2], "MAX", "SAME", dilation_rate=[2, 2])


def test_max_pool_with_argmax_indices_and_gradient():
    x = np.arange(32.0, dtype=np.float32).reshape(1, 4, 4, 2) % 7
    out, arg = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
    assert (out.name, arg.name, arg.dtype) == ("MaxPoolWithArgmax:0", "MaxPoolWithArgmax:1", tf.int64)
    values, indices = run([out, arg])
    assert values.tolist() == [[[[3.0, 4.0], [6.0, 6.0]], [[5.0, 6.0], [6.0, 3.0]]]]
    assert indices.tolist() == [[[[10, 11], [6, 13]], [[26, 27], [20, 31]]]]
    batch = tf.reshape(tf.range(16.0), [2, 2, 2, 2])
    with_batch = tf.nn.max_pool_with_argmax(batch, [1, 2, 2, 1], [1, 1, 1, 1], "VALID",
                                            include_batch_in_index=True)[1]
    per_image = tf.nn.max_pool_with_argmax(batch, [1, 2, 2, 1], [1, 1, 1, 1], "VALID",
                                           output_dtype=tf.int32)[1]
    assert run(with_batch).ravel().tolist() == [6, 7, 14, 15]
    assert per_image.dtype == tf.int32 and run(per_image).ravel().tolist() == [6, 7, 6, 7]
    assert run(tf.nn.max_pool_with_argmax(tf.ones([1, 2, 2, 1]), [1, 2, 2, 1], [1, 2, 2, 1],
                                          "VALID")[1]).ravel().tolist() == [0]  # first max wins
    v = tf.constant(np.arange(16.0, dtype=np.float32).reshape(1, 4, 4, 1) % 5)
    pooled = tf.nn.max_pool_with_argmax(v, [1, 2, 2, 1], [1, 1, 1, 1], "SAME")[0]
    g = tf.gradients(tf.reduce_sum(pooled * tf.reshape(tf.range(16.0), [1, 4, 4, 1])), v)[0]
    assert g.op.type == "MaxPoolGradWithArgmax"
    assert run(g).ravel().tolist()[:8] == [0.0, 0.0, 1.0, 5.0, 4.0, 0.0, 0.0, 13.0]
    with pytest.raises(TypeError, match="Expected list for 'ksize'"):
        tf.nn.max_pool_with_argmax(IMAGE, 2, 2, "VALID")


def test_py_function_passes_arrays_with_numpy_and_converts_results():
    doubled = tf.py_function(lambda x: x * 2, [tf.constant([1, 2])], tf.int32)
    assert (doubled.op.type, doubled.name, doubled.shape.ndims) == ("EagerPyFunc", "EagerPyFunc:0", None)
    assert run(doubled).tolist() == [2, 4]
    assert run(tf.py_function(lambda x: x.numpy() + 1, [tf.constant([1.0])], tf.float32)).tolist() == [2.0]
    assert run(tf.py_function(lambda x: 3, [tf.constant(1)], tf.int32)) == 3
    assert run(tf.py_function(lambda x: x.numpy() + b"!", [tf.constant("a")], tf.string)) == b"a!"
    pair = tf.py_function(lambda x: (x, x + 1), [tf.constant([1.0])], [tf.float32, tf.float32])
    assert [v.tolist() for v in run(pair)] == [[1.0], [2.0]]
    assert tf.py_function(lambda x: x, [tf.constant(1)], tf.int32, name="pf").name == "pf:0"
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.py_function(lambda x: x * 2.5, [tf.constant([1])], tf.int32))
    with pytest.raises(tf.errors.UnknownError):
        run(tf.py_function(lambda x: 1 / 0, [tf.constant(1.0)], tf.float32))
