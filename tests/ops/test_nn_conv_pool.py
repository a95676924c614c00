"""Convolutions and pooling against direct loop-based NumPy references, and their gradients."""

import math

import numpy as np
import pytest
from nn_test_helpers import check_gradients, gradients, run

import tensorweave.compat.v1 as tf

RNG = np.random.default_rng(7)


def _geometry(size, k, s, d, padding, pads=None):
    eff = (k - 1) * d + 1
    if padding == "VALID":
        return (size - eff) // s + 1, 0
    if padding == "SAME":
        out = math.ceil(size / s)
        return out, max((out - 1) * s + eff - size, 0) // 2
    before, after = pads
    return (size + before + after - eff) // s + 1, before


def ref_conv2d(x, w, strides=(1, 1), padding="SAME", dilations=(1, 1), pads=((0, 0), (0, 0))):
    """Direct NHWC convolution by its definition."""
    n, h, wd, _ = x.shape
    kh, kw, _, co = w.shape
    ho, pt = _geometry(h, kh, strides[0], dilations[0], padding, pads[0])
    wo, pl = _geometry(wd, kw, strides[1], dilations[1], padding, pads[1])
    out = np.zeros((n, ho, wo, co))
    for oy in range(ho):
        for ox in range(wo):
            for i in range(kh):
                for j in range(kw):
                    iy = oy * strides[0] + i * dilations[0] - pt
                    ix = ox * strides[1] + j * dilations[1] - pl
                    if 0 <= iy < h and 0 <= ix < wd:
                        out[:, oy, ox, :] += x[:, iy, ix, :] @ w[i, j]
    return out


def ref_pool(x, k, s, padding, kind):
    n, h, wd, c = x.shape
    ho, pt = _geometry(h, k[0], s[0], 1, padding)
    wo, pl = _geometry(wd, k[1], s[1], 1, padding)
    out = np.zeros((n, ho, wo, c))
    for oy in range(ho):
        for ox in range(wo):
            y0, x0 = oy * s[0] - pt, ox * s[1] - pl
            win = x[:, max(y0, 0):min(y0 + k[0], h), max(x0, 0):min(x0 + k[1], wd), :]
            out[:, oy, ox, :] = win.max(axis=(1, 2)) if kind == "max" else win.mean(axis=(1, 2))
    return out


CONV_CASES = [
    # (input shape, filter shape, strides, padding, dilations)
    ((2, 7, 6, 1), (3, 3, 1, 4), (1, 1), "SAME", (1, 1)),
    ((2, 7, 6, 5), (3, 2, 5, 3), (1, 1), "SAME", (1, 1)),
    ((1, 8, 9, 5), (3, 3, 5, 2), (2, 3), "SAME", (1, 1)),
    ((1, 8, 9, 2), (3, 3, 2, 2), (2, 2), "VALID", (1, 1)),
    ((1, 9, 9, 6), (3, 3, 6, 2), (1, 1), "SAME", (2, 2)),
    ((1, 9, 9, 1), (2, 3, 1, 2), (1, 1), "VALID", (3, 2)),
    ((2, 5, 5, 4), (1, 1, 4, 3), (1, 1), "VALID", (1, 1)),
    ((2, 6, 6, 4), (1, 1, 4, 3), (2, 2), "SAME", (1, 1)),
]


@pytest.mark.parametrize("xs,ws,strides,padding,dil", CONV_CASES)
def test_conv2d_matches_direct_convolution(xs, ws, strides, padding, dil):
    x = RNG.standard_normal(xs).astype(np.float32)
    w = RNG.standard_normal(ws).astype(np.float32)
    y = tf.nn.conv2d(x, w, strides=[1, *strides, 1], padding=padding, dilations=[1, *dil, 1])
    assert y.op.type == "Conv2D" and y.dtype == tf.float32
    v = run(y)
    assert v.dtype == np.float32
    assert list(v.shape) == y.shape.as_list()
    np.testing.assert_allclose(v, ref_conv2d(x.astype(np.float64), w, strides, padding, dil),
                               rtol=1e-4, atol=1e-4)


def test_conv2d_batch_chunking_gives_the_same_results(monkeypatch):
    from tensorweave.ops import conv_ops

    x = RNG.standard_normal((5, 6, 5, 4))
    w = RNG.standard_normal((3, 2, 4, 3))
    dy = RNG.standard_normal((5, 3, 5, 3))
    args = dict(strides=[1, 2, 1, 1], padding="SAME", explicit=[], data_format="NHWC",
                dilations=[1, 1, 1, 1])
    whole = [conv_ops._conv2d(x, w, **args), conv_ops._conv2d_filter_grad(x, w.shape, dy, **args),
             conv_ops._conv2d_input_grad(x.shape, w, dy, **args)]
    monkeypatch.setattr(conv_ops, "_CHUNK_BYTES", 1)  # one image per chunk
    chunked = [conv_ops._conv2d(x, w, **args), conv_ops._conv2d_filter_grad(x, w.shape, dy, **args),
               conv_ops._conv2d_input_grad(x.shape, w, dy, **args)]
    np.testing.assert_allclose(whole[0], ref_conv2d(x, w, (2, 1), "SAME"), rtol=1e-10)
    for a, b in zip(whole, chunked):
        np.testing.assert_allclose(a, b, rtol=1e-12)


def test_conv2d_nchw_and_explicit_padding():
    x = RNG.standard_normal((2, 6, 5, 3))
    w = RNG.standard_normal((3, 2, 3, 4))
    ref = ref_conv2d(x, w, (2, 1), "SAME")
    y = tf.nn.conv2d(x.transpose(0, 3, 1, 2), w, strides=[1, 1, 2, 1], padding="SAME",
                     data_format="NCHW")
    assert y.shape.as_list() == [2, 4, 3, 5]
    np.testing.assert_allclose(run(y), ref.transpose(0, 3, 1, 2), rtol=1e-10)
    pads = [[0, 0], [1, 2], [0, 1], [0, 0]]
    ye = tf.nn.conv2d(x, w, strides=1, padding=pads)
    assert ye.op.get_attr("padding") == b"EXPLICIT"
    assert ye.op.get_attr("explicit_paddings") == [0, 0, 1, 2, 0, 1, 0, 0]
    assert ye.shape.as_list() == [2, 7, 5, 4]
    np.testing.assert_allclose(run(ye), ref_conv2d(x, w, (1, 1), "EXPLICIT",
                                                   pads=((1, 2), (0, 1))), rtol=1e-10)


def test_conv2d_attrs_and_scalar_strides():
    y = tf.nn.conv2d(tf.ones([2, 8, 8, 3]), tf.ones([3, 3, 3, 4]), strides=2, padding="VALID")
    assert y.name == "Conv2D:0"
    assert y.op.get_attr("strides") == [1, 2, 2, 1]
    assert y.op.get_attr("dilations") == [1, 1, 1, 1]
    assert y.op.get_attr("explicit_paddings") == []
    assert y.op.get_attr("data_format") == b"NHWC"
    assert y.shape.as_list() == [2, 3, 3, 4]


def test_conv2d_unknown_batch_keeps_static_spatial_dims():
    x = tf.placeholder(tf.float32, [None, 28, 28, 1])
    y = tf.nn.conv2d(x, tf.ones([5, 5, 1, 32]), strides=[1, 1, 1, 1], padding="SAME")
    assert y.shape.as_list() == [None, 28, 28, 32]
    assert run(y, {x: np.ones((3, 28, 28, 1), np.float32)}).shape == (3, 28, 28, 32)


def test_conv2d_shape_errors_are_value_errors():
    with pytest.raises(ValueError):
        tf.nn.conv2d(tf.ones([1, 5, 5, 2]), tf.ones([3, 3, 3, 1]), strides=1, padding="SAME")
    with pytest.raises(ValueError):
        tf.nn.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([3, 3, 1, 1]), strides=1, padding="VALID")
    with pytest.raises(ValueError):
        tf.nn.conv2d(tf.ones([5, 5, 1]), tf.ones([3, 3, 1, 1]), strides=1, padding="VALID")
    with pytest.raises(ValueError):
        tf.nn.conv2d(tf.ones([1, 5, 5, 1]), tf.ones([3, 3, 1, 1]), strides=1, padding="FULL")


def test_conv2d_batch_stride_is_unimplemented_at_run_time():
    y = tf.nn.conv2d(tf.ones([1, 5, 5, 1]), tf.ones([3, 3, 1, 1]), strides=[2, 1, 1, 1],
                     padding="SAME")
    with pytest.raises(tf.errors.UnimplementedError):  # TF 2.21's class
        run(y)


def test_conv2d_keeps_float64():
    v = run(tf.nn.conv2d(np.ones((1, 3, 3, 1)), np.ones((2, 2, 1, 1)), strides=1, padding="VALID"))
    assert v.dtype == np.float64 and v.ravel().tolist() == [4.0] * 4


@pytest.mark.parametrize("xs,ws,strides,padding,dil", [
    ((2, 5, 4, 2), (3, 2, 2, 3), (1, 1), "SAME", (1, 1)),
    ((1, 6, 7, 1), (3, 3, 1, 2), (2, 3), "SAME", (1, 1)),
    ((1, 6, 6, 5), (2, 2, 5, 1), (2, 2), "VALID", (1, 1)),
    ((1, 7, 7, 2), (2, 2, 2, 2), (1, 1), "SAME", (2, 3)),
])
def test_conv2d_gradients_match_numeric(xs, ws, strides, padding, dil):
    x, w = RNG.standard_normal(xs), RNG.standard_normal(ws)
    check_gradients(lambda a, b: tf.nn.conv2d(a, b, strides=[1, *strides, 1], padding=padding,
                                              dilations=[1, *dil, 1]), [x, w], rtol=1e-5)


def test_conv2d_nchw_gradients_match_numeric():
    x, w = RNG.standard_normal((1, 2, 5, 4)), RNG.standard_normal((2, 3, 2, 2))
    check_gradients(lambda a, b: tf.nn.conv2d(a, b, strides=[1, 1, 2, 1], padding="SAME",
                                              data_format="NCHW"), [x, w])


def test_conv2d_gradient_graph_uses_backprop_ops():
    x = tf.placeholder(tf.float32, [None, 5, 5, 1])
    w = tf.constant(np.ones((3, 3, 1, 2), np.float32))
    dx, dw = gradients(tf.reduce_sum(tf.nn.conv2d(x, w, 1, "SAME")), [x, w])
    assert dx.op.type == "Conv2DBackpropInput" and dw.op.type == "Conv2DBackpropFilter"
    assert dw.shape.as_list() == [3, 3, 1, 2]


def test_conv2d_transpose_is_gradient_of_conv2d():
    x = RNG.standard_normal((2, 4, 4, 3))
    w = RNG.standard_normal((3, 3, 5, 3))
    y = tf.nn.conv2d_transpose(x, w, output_shape=[2, 8, 8, 5], strides=[1, 2, 2, 1])
    assert y.name == "conv2d_transpose:0" and y.op.type == "Conv2DBackpropInput"
    assert y.shape.as_list() == [2, 8, 8, 5]
    # <conv2d(z, w), x> == <z, conv2d_transpose(x, w)> for every z: check on basis-like random z
    z = RNG.standard_normal((2, 8, 8, 5))
    lhs = np.sum(ref_conv2d(z, w, (2, 2), "SAME") * x)
    rhs = np.sum(z * run(y))
    np.testing.assert_allclose(lhs, rhs, rtol=1e-10)


def test_conv2d_transpose_gradients_match_numeric():
    x = RNG.standard_normal((1, 3, 3, 2))
    w = RNG.standard_normal((2, 2, 3, 2))
    check_gradients(lambda a, b: tf.nn.conv2d_transpose(a, b, [1, 6, 6, 3], [1, 2, 2, 1],
                                                        padding="SAME"), [x, w])


def test_conv2d_transpose_channel_mismatch_is_value_error():
    with pytest.raises(ValueError):
        tf.nn.conv2d_transpose(tf.ones([1, 4, 4, 3]), tf.ones([3, 3, 5, 2]), [1, 8, 8, 5],
                               [1, 2, 2, 1])
    # As TF 2.x: output_shape's channels are not checked against the filter at graph time.
    y = tf.nn.conv2d_transpose(tf.ones([1, 4, 4, 3]), tf.ones([3, 3, 5, 3]), [1, 8, 8, 4],
                               [1, 2, 2, 1])
    assert y.shape.as_list() == [1, 8, 8, 4]


def test_depthwise_conv2d_matches_per_channel_convolution():
    x = RNG.standard_normal((2, 6, 5, 3))
    w = RNG.standard_normal((3, 3, 3, 2))
    y = tf.nn.depthwise_conv2d(x, w, strides=[1, 1, 1, 1], padding="SAME")
    assert y.name == "depthwise:0" and y.op.type == "DepthwiseConv2dNative"
    assert y.shape.as_list() == [2, 6, 5, 6]
    ref = np.concatenate([ref_conv2d(x[..., c:c + 1], w[:, :, c:c + 1, :], (1, 1), "SAME")
                          for c in range(3)], axis=-1)
    np.testing.assert_allclose(run(y), ref, rtol=1e-10)


def test_depthwise_conv2d_gradients_match_numeric():
    x = RNG.standard_normal((1, 5, 4, 2))
    w = RNG.standard_normal((2, 3, 2, 2))
    check_gradients(lambda a, b: tf.nn.depthwise_conv2d(a, b, [1, 2, 2, 1], "SAME"), [x, w])


def test_depthwise_conv2d_needs_equal_row_and_column_strides():
    y = tf.nn.depthwise_conv2d(tf.ones([1, 4, 4, 2]), tf.ones([2, 2, 2, 1]), [1, 2, 1, 1], "VALID")
    with pytest.raises(tf.errors.InvalidArgumentError, match="equal length strides"):
        run(y)


def test_separable_conv2d_is_depthwise_then_pointwise():
    x = RNG.standard_normal((1, 5, 5, 2))
    dw = RNG.standard_normal((3, 3, 2, 2))
    pw = RNG.standard_normal((1, 1, 4, 3))
    y = tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], "SAME")
    assert y.name == "separable_conv2d:0" and y.shape.as_list() == [1, 5, 5, 3]
    assert tf.get_default_graph().get_operation_by_name("separable_conv2d/depthwise").type == \
        "DepthwiseConv2dNative"
    depth = np.concatenate([ref_conv2d(x[..., c:c + 1], dw[:, :, c:c + 1, :]) for c in range(2)],
                           axis=-1)
    np.testing.assert_allclose(run(y), depth @ pw[0, 0], rtol=1e-10)


def test_conv1d_expands_and_squeezes():
    x = RNG.standard_normal((2, 9, 3)).astype(np.float32)
    w = RNG.standard_normal((3, 3, 4)).astype(np.float32)
    y = tf.nn.conv1d(x, w, 2, "SAME")
    assert y.name == "conv1d/Squeeze:0"
    assert tf.get_default_graph().get_operation_by_name("conv1d").type == "Conv2D"
    assert y.shape.as_list() == [2, 5, 4]
    ref = ref_conv2d(x[:, None].astype(np.float64), w[None], (1, 2), "SAME")[:, 0]
    np.testing.assert_allclose(run(y), ref, rtol=1e-4, atol=1e-5)


# ------------------------------------------------------------------ pooling

POOL_CASES = [((2, 2), (2, 2), "VALID"), ((2, 2), (2, 2), "SAME"), ((3, 3), (1, 1), "SAME"),
              ((3, 2), (2, 1), "VALID"), ((3, 3), (2, 2), "SAME")]


@pytest.mark.parametrize("k,s,padding", POOL_CASES)
@pytest.mark.parametrize("kind", ["max", "avg"])
def test_pooling_matches_window_reference(k, s, padding, kind):
    x = RNG.standard_normal((2, 7, 6, 3)).astype(np.float32)
    fn = tf.nn.max_pool if kind == "max" else tf.nn.avg_pool
    y = fn(x, ksize=[1, *k, 1], strides=[1, *s, 1], padding=padding)
    assert y.op.type == ("MaxPool" if kind == "max" else "AvgPool")
    v = run(y)
    assert v.dtype == np.float32 and list(v.shape) == y.shape.as_list()
    np.testing.assert_allclose(v, ref_pool(x.astype(np.float64), k, s, padding, kind), rtol=1e-5,
                               atol=1e-6)


def test_pool_names_and_attrs():
    img = tf.ones([2, 8, 8, 3])
    mp = tf.nn.max_pool(img, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
    assert mp.name == "MaxPool:0"
    assert mp.op.get_attr("ksize") == [1, 2, 2, 1] and mp.op.get_attr("explicit_paddings") == []
    assert tf.nn.max_pool2d(img, 2, 2, "SAME").name == "MaxPool2d:0"
    assert tf.nn.avg_pool(img, [1, 2, 2, 1], [1, 2, 2, 1], "VALID").name == "AvgPool:0"
    assert tf.nn.max_pool_v2(img, 2, 2, "SAME").name == "MaxPool2d_1:0"
    with pytest.raises(ValueError):
        tf.nn.max_pool(img, ksize=[1, 0, 2, 1], strides=[1, 2, 2, 1], padding="SAME")


def test_pooling_nchw_matches_nhwc():
    x = RNG.standard_normal((2, 5, 6, 3))
    for fn in (tf.nn.max_pool, tf.nn.avg_pool):
        a = run(fn(x, [1, 3, 2, 1], [1, 2, 2, 1], "SAME"))
        b = run(fn(x.transpose(0, 3, 1, 2), [1, 1, 3, 2], [1, 1, 2, 2], "SAME", data_format="NCHW"))
        np.testing.assert_allclose(b, a.transpose(0, 3, 1, 2), rtol=1e-12)


def test_max_pool_of_integers_pads_with_lowest_value():
    x = -np.arange(1, 10, dtype=np.int32).reshape(1, 3, 3, 1)
    v = run(tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"))
    assert v.dtype == np.int32 and v.ravel().tolist() == [-1, -3, -7, -9]


def test_pool1d_and_pool3d():
    x = RNG.standard_normal((2, 9, 3)).astype(np.float32)
    y = tf.nn.max_pool1d(x, 3, 2, "VALID")
    assert y.name == "MaxPool1d/Squeeze:0" and y.shape.as_list() == [2, 4, 3]
    ref = np.stack([x[:, i * 2:i * 2 + 3].max(axis=1) for i in range(4)], axis=1)
    np.testing.assert_allclose(run(y), ref)
    ya = tf.nn.avg_pool1d(x, 2, 2, "VALID")
    assert ya.name == "AvgPool1D/Squeeze:0"
    np.testing.assert_allclose(run(ya), (x[:, 0:8:2] + x[:, 1:8:2]) / 2, rtol=1e-6)
    x3 = RNG.standard_normal((1, 4, 4, 6, 2)).astype(np.float32)
    m3 = tf.nn.max_pool3d(x3, [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "VALID")
    a3 = tf.nn.avg_pool3d(x3, [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "VALID")
    assert (m3.op.type, a3.op.type) == ("MaxPool3D", "AvgPool3D")
    blocks = x3.reshape(1, 2, 2, 2, 2, 3, 2, 2)
    np.testing.assert_allclose(run(m3), blocks.max(axis=(2, 4, 6)))
    np.testing.assert_allclose(run(a3), blocks.mean(axis=(2, 4, 6)), rtol=1e-6)


@pytest.mark.parametrize("k,s,padding", POOL_CASES)
def test_pool_gradients_match_numeric(k, s, padding):
    x = RNG.permutation(60).astype(np.float64).reshape(1, 5, 4, 3) / 7.0  # distinct: no ties
    check_gradients(lambda a: tf.nn.max_pool(a, [1, *k, 1], [1, *s, 1], padding), [x])
    check_gradients(lambda a: tf.nn.avg_pool(a, [1, *k, 1], [1, *s, 1], padding), [x])


def test_max_pool_gradient_goes_to_first_maximum_like_tf():
    x = tf.constant(np.ones((1, 4, 4, 1), np.float32))
    g = gradients(tf.nn.max_pool(x, [1, 3, 3, 1], [1, 1, 1, 1], "SAME"), x)[0]
    assert g.op.type == "MaxPoolGrad"
    assert run(g)[0, :, :, 0].tolist() == [[4, 2, 2, 0], [2, 1, 1, 0], [2, 1, 1, 0], [0, 0, 0, 0]]
    g2 = gradients(tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID"), x)[0]
    assert run(g2)[0, :, :, 0].tolist() == [[1, 0, 1, 0], [0, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]]


def test_pool3d_gradients_match_numeric():
    x = RNG.permutation(48).astype(np.float32).reshape(1, 4, 2, 3, 2) / 5.0
    check_gradients(lambda a: tf.nn.max_pool3d(a, [1, 2, 2, 2, 1], [1, 2, 1, 1, 1], "SAME"), [x],
                    rtol=2e-2, atol=2e-2, delta=1e-2)
    check_gradients(lambda a: tf.nn.avg_pool3d(a, [1, 2, 2, 2, 1], [1, 2, 1, 1, 1], "SAME"),
                    [x.astype(np.float64)])


def test_max_pool_second_order_gradient_selects_argmax():
    x = tf.constant(RNG.permutation(16).astype(np.float32).reshape(1, 4, 4, 1))
    y = tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
    g = gradients(y, x)[0]
    gg = gradients(tf.reduce_sum(g * x), x)[0]
    xv, gv, ggv = run([x, g, gg])
    # d/dx sum(g * x) = g (g is piecewise constant in x)
    np.testing.assert_array_equal(ggv, gv)
    blocks = xv.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(4, 4)
    hits = gv.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(4, 4)
    assert hits.sum() == 4
    np.testing.assert_array_equal(hits.argmax(axis=1), blocks.argmax(axis=1))
