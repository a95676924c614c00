"""Element-wise steps may write their result into an input array that nobody else can see.

The executor's generated code calls an op's `kernel_into` instead of its kernel when the input's
slot dies at that step and the array's reference count shows that only that slot holds it.
These tests check that results equal the pure kernels, that the in-place path really runs, and
that fed arrays, constants, variable values, fetched values, views and arrays with a later
consumer are never written.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework.op_def import get_op_def, registered_ops
from tensorweave.runtime import executor

SHAPE = (64, 128)  # above the executor's size threshold for in-place steps

pytestmark = [pytest.mark.skipif(executor._CALLER_REFS is None,
                                 reason="in-place steps need CPython reference counts"),
              pytest.mark.usefixtures("interpreted")]


def _data(seed=0, shape=SHAPE, dtype=np.float32):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


@pytest.fixture
def spy(monkeypatch):
    """Counts `kernel_into` calls that wrote into an input, per op type."""
    calls = {}

    def watch(op_type):
        cls = type(get_op_def(op_type))
        original = cls.kernel_into

        def kernel_into(self, out, *args, **kwargs):
            r = original(self, out, *args, **kwargs)
            if r is not None:
                assert r is out
                calls[op_type] = calls.get(op_type, 0) + 1
            return r

        monkeypatch.setattr(cls, "kernel_into", kernel_into)

    for name in ("Relu", "AddV2", "Mul", "BiasAdd", "Tanh", "Neg", "Sub", "Maximum"):
        watch(name)
    return calls


def test_a_chain_of_elementwise_ops_matches_the_pure_kernels(spy):
    a = _data()
    b = _data(1, SHAPE[1:])
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        h = tf.matmul(x, tf.constant(np.eye(SHAPE[1], dtype=np.float32)))  # a private array
        h = tf.nn.relu(tf.nn.bias_add(h, tf.constant(b)))
        h = tf.tanh(h * 0.5 - 0.25)
        h = -tf.maximum(h, tf.constant(b))
        with tf.Session() as sess:
            got = sess.run(h, {x: a})
    h = np.maximum(a @ np.eye(SHAPE[1], dtype=np.float32) + b, 0)
    want = -np.maximum(np.tanh(h * np.float32(0.5) - np.float32(0.25)), b)
    np.testing.assert_array_equal(got, want)
    for op_type in ("BiasAdd", "Relu", "Mul", "Sub", "Tanh", "Maximum", "Neg"):
        assert spy.get(op_type) == 1, op_type


def test_a_fed_array_is_never_written(spy):
    a = _data()
    before = a.copy()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        outs = [tf.nn.relu(x), tf.nn.relu(tf.identity(x)) + 1.0]
        with tf.Session() as sess:
            got = sess.run(outs, {x: a})
            fn = sess.make_callable(outs[1], [x])
            got_callable = fn(a)
    np.testing.assert_array_equal(a, before)
    np.testing.assert_array_equal(got[0], np.maximum(before, 0))
    np.testing.assert_array_equal(got[1], np.maximum(before, 0) + 1)
    np.testing.assert_array_equal(got_callable, got[1])
    assert not spy.get("Relu")


@pytest.mark.parametrize("optimize", [True, False])
def test_a_constant_is_never_written(optimize, spy):
    c = _data()
    config = tf.ConfigProto()
    if not optimize:  # keeps Identity(const) as a step that returns the constant's own array
        config.graph_options.optimizer_options.opt_level = tf.OptimizerOptions.L0
    with tf.Graph().as_default():
        const = tf.constant(c)
        p = tf.placeholder(tf.float32, ())
        outs = [tf.nn.relu(tf.identity(const)) + p, const + p]
        with tf.Session(config=config) as sess:
            first = sess.run(outs, {p: 1.0})
            second = sess.run(outs, {p: 2.0})
        stored = const.op._attrs["value"]  # the kernel input itself must not be written
    np.testing.assert_array_equal(stored, c)
    np.testing.assert_array_equal(first[0], np.maximum(c, 0) + 1)
    np.testing.assert_array_equal(second[0], np.maximum(c, 0) + 2)
    np.testing.assert_array_equal(second[1], c + 2)
    assert not spy.get("Relu")


def test_a_variable_value_is_never_written(spy):
    v0 = _data()
    with tf.Graph().as_default():
        v = tf.Variable(v0)
        outs = [tf.nn.relu(tf.identity(v)) * 2.0, tf.nn.relu(v.read_value()), -tf.identity(v)]
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            held = sess.run(v)
            held_copy = held.copy()
            for _ in range(2):
                got = sess.run(outs)
                np.testing.assert_array_equal(sess.run(v), v0)
    np.testing.assert_array_equal(held, held_copy)
    np.testing.assert_array_equal(got[0], np.maximum(v0, 0) * 2)
    np.testing.assert_array_equal(got[1], np.maximum(v0, 0))
    np.testing.assert_array_equal(got[2], -v0)
    assert not spy.get("Relu") and not spy.get("Neg")


def test_a_fetched_intermediate_is_never_written(spy):
    a = _data()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        y = x * 2.0
        z = tf.nn.relu(y)
        with tf.Session() as sess:
            got_y, got_z = sess.run([y, z], {x: a})
            got_z2, got_y2 = sess.run([z, y], {x: a})
    for gy, gz in ((got_y, got_z), (got_y2, got_z2)):
        np.testing.assert_array_equal(gy, a * 2)
        np.testing.assert_array_equal(gz, np.maximum(a * 2, 0))
    assert not spy.get("Relu")


def test_an_array_with_two_consumers_is_written_only_by_the_last(spy):
    a = _data()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        y = x * 2.0
        first = tf.nn.relu(y)
        with tf.control_dependencies([first]):
            second = tf.tanh(y)  # runs after `first`: y dies here
        total = first + second
        with tf.Session() as sess:
            got_first, got_total = sess.run([first, total], {x: a})
    y = a * 2
    np.testing.assert_array_equal(got_first, np.maximum(y, 0))
    np.testing.assert_array_equal(got_total, np.maximum(y, 0) + np.tanh(y))
    assert spy.get("Tanh") == 1 and not spy.get("Relu")


def test_views_and_their_bases_are_never_written(spy):
    a = _data()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        y = x * 2.0
        view = tf.reshape(y, [-1])  # a view of y's array
        on_view = tf.nn.relu(tf.reshape(x * 3.0, [-1]))  # its input is a view: not written
        with tf.control_dependencies([view]):
            on_base = tf.nn.relu(y)  # y dies here, but the fetched view still shows its memory
        with tf.Session() as sess:
            got_view, got_base, got_on_view = sess.run([view, on_base, on_view], {x: a})
    np.testing.assert_array_equal(got_view, (a * 2).ravel())
    np.testing.assert_array_equal(got_base, np.maximum(a * 2, 0))
    np.testing.assert_array_equal(got_on_view, np.maximum(a * 3, 0).ravel())
    assert not spy.get("Relu")


def test_either_input_of_a_binary_op_may_take_the_result(spy):
    a, b = _data(), _data(1)
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        y = tf.placeholder(tf.float32, SHAPE)
        small = tf.placeholder(tf.float32, (1, SHAPE[1]))
        left = x * 2.0
        kept = y * 3.0
        # (1, n) - (m, n): only the second input can hold the result
        outs = [tf.subtract(kept, left), tf.subtract(small * 2.0, x * 3.0)]
        with tf.Session() as sess:
            got = sess.run(outs + [kept], {x: a, y: b, small: a[:1]})
    np.testing.assert_array_equal(got[0], b * 3 - a * 2)
    np.testing.assert_array_equal(got[1], a[:1] * 2 - a * 3)
    np.testing.assert_array_equal(got[2], b * 3)
    assert spy.get("Sub") == 2


def test_declining_shapes_fall_back_to_the_kernel():
    with tf.Graph().as_default():  # unknown static shapes: the kernels decide at run time
        col = tf.placeholder(tf.float32, [None, None])
        row = tf.placeholder(tf.float32, [None, None])
        big = tf.placeholder(tf.float32, [None, None, None])
        grid = col * 2.0 + row * 3.0  # (8192, 1) + (1, 8192): neither can hold the result
        grown = row * 2.0 + big  # broadcasting enlarges the first input
        other_dtype = tf.cast(col * 2.0, tf.float64) + tf.cast(row, tf.float64)
        with tf.Session() as sess:
            a, b = _data(0, (8192, 1)), _data(1, (1, 8192))
            c = _data(2, (2, 1, 8192))
            got, got_grown, got_cast = sess.run([grid, grown, other_dtype],
                                                {col: a, row: b, big: c})
    np.testing.assert_array_equal(got, a * 2 + b * 3)
    np.testing.assert_array_equal(got_grown, b * 2 + c)
    np.testing.assert_array_equal(got_cast, (a * 2).astype(np.float64) + b.astype(np.float64))


def test_errors_still_name_the_op():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, None])
        b = tf.placeholder(tf.float32, [None])
        out = tf.nn.bias_add(x * 1.0, b, name="badd")
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError, match="badd"):
            sess.run(out, {x: _data(), b: np.zeros(3, np.float32)})


def test_loop_bodies_keep_their_arguments():
    a = _data()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, SHAPE)
        _, out = tf.while_loop(lambda i, h: i < 3, lambda i, h: (i + 1, tf.nn.relu(h * 0.5) - 0.5),
                               [tf.constant(0), x * 1.0])
        with tf.Session() as sess:
            got = sess.run(out, {x: a})
    want = a
    for _ in range(3):
        want = np.maximum(want * np.float32(0.5), 0) - np.float32(0.5)
    np.testing.assert_array_equal(got, want)


# -------------------------------------------------- kernel_into equals kernel, op by op
_DTYPES = [np.float16, np.float32, np.float64, np.int32, np.int64, np.uint8, np.complex64]


def _inplace_ops():
    return sorted(name for name, op_def in registered_ops().items()
                  if getattr(op_def, "kernel_into", None) is not None)


def _allowed(op_def):
    allowed = {d.name for d in op_def.attr_defs["T"].allowed}
    return [dt for dt in _DTYPES if np.dtype(dt).name in allowed]


def _values(dtype, shape, seed):
    x = np.random.default_rng(seed).standard_normal(shape) * 4
    if np.dtype(dtype).kind == "c":
        x = x + 1j * np.random.default_rng(seed + 1).standard_normal(shape)
    return x.astype(dtype)


def _check_into(op_def, args, pos, attrs):
    args = [a.copy() for a in args]
    out = args[pos]
    try:
        expect = op_def.kernel(*args, **attrs)
    except tf.errors.InvalidArgumentError:  # no kernel for these: kernel_into must decline
        assert op_def.kernel_into(out, *args, **attrs) is None
        return False
    got = op_def.kernel_into(out, *args, **attrs)
    if got is None:
        return False
    assert got is out
    assert got.dtype == np.asarray(expect).dtype and got.shape == np.shape(expect)
    np.testing.assert_array_equal(got, expect)
    return True


def test_every_kernel_into_is_declared_with_its_inputs():
    names = _inplace_ops()
    assert {"AddV2", "Add", "Sub", "Mul", "RealDiv", "Maximum", "Minimum", "Relu", "Relu6",
            "ReluGrad", "BiasAdd", "Neg", "Square", "Exp", "Tanh"} <= set(names)
    for name in names:
        op_def = get_op_def(name)
        assert op_def.inplace_inputs, name
        assert all(0 <= p < len(op_def.input_args) for p in op_def.inplace_inputs), name


@pytest.mark.parametrize("name", _inplace_ops())
def test_kernel_into_gives_the_kernels_values(name):
    op_def = get_op_def(name)
    n_in = len(op_def.input_args)
    checked = 0
    for dtype in _allowed(op_def):
        with np.errstate(all="ignore"):
            if name == "BiasAdd":
                for fmt, shape in (("NHWC", (2, 3, 4, 5)), ("NCHW", (2, 5, 3, 4))):
                    args = [_values(dtype, shape, 0), _values(dtype, (5,), 1)]
                    checked += _check_into(op_def, args, 0, {"data_format": fmt})
                continue
            for pos in op_def.inplace_inputs:
                for other_shape in ((3, 7), (7,), ()):
                    if n_in == 1 and other_shape != (3, 7):
                        continue
                    shapes = [(3, 7)] * n_in
                    if n_in == 2:
                        shapes[1 - pos] = other_shape
                    args = [_values(dtype, s, i) for i, s in enumerate(shapes)]
                    if other_shape == () and n_in == 2:
                        args[1 - pos] = args[1 - pos][()]  # a NumPy scalar, as constants travel
                    if name == "ReluGrad" and other_shape != (3, 7):
                        continue
                    checked += _check_into(op_def, args, pos, {})
    assert checked, name


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.int32, np.uint8])
@pytest.mark.parametrize("shape", [(5,), (16384,), (16385, 3), (64, 14, 14, 64)])
def test_relu_by_rows_of_zeros_matches_maximum_bit_for_bit(dtype, shape):
    x = (np.random.default_rng(0).standard_normal(shape) * 5).astype(dtype)
    if np.dtype(dtype).kind == "f":
        x.flat[::7] = -0.0
        x.flat[3::11] = np.nan
        x.flat[5::13] = -np.nan
    want = np.maximum(x, dtype(0)).view(np.uint8)
    relu = get_op_def("Relu")
    got = relu.kernel(x)
    np.testing.assert_array_equal(got.view(np.uint8), want)
    buf = x.copy()
    assert relu.kernel_into(buf, buf) is buf
    np.testing.assert_array_equal(buf.view(np.uint8), want)
    transposed = np.ascontiguousarray(relu.kernel(x.T))
    np.testing.assert_array_equal(transposed.view(np.uint8),
                                  np.ascontiguousarray(np.maximum(x.T, dtype(0))).view(np.uint8))


def test_bias_and_relu_after_a_convolution_reuse_its_output(spy):
    images = _data(0, (4, 16, 16, 3))
    w = _data(1, (3, 3, 3, 8)) * 0.1
    b = _data(2, (8,))
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 16, 16, 3])
        out = tf.nn.relu(tf.nn.conv2d(x, tf.constant(w), [1, 1, 1, 1], "SAME") + tf.constant(b))
        conv = tf.nn.conv2d(x, tf.constant(w), [1, 1, 1, 1], "SAME")
        with tf.Session() as sess:
            got, got_conv = sess.run([out, conv], {x: images})
    np.testing.assert_array_equal(got, np.maximum(got_conv + b, 0))
    assert spy.get("AddV2") == 1 and spy.get("Relu") == 1
