"""tf.scatter_nd_update/add/sub, Variable.scatter_nd_*, tf.tensor_scatter_nd_max/min and
`var[spec].assign(value)` (tensorweave/ops/variable_update_ops.py). Names, values and messages
were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

INIT = np.arange(12, dtype=np.float32).reshape(3, 4)


def _new_ops(build, resource):
    g = tf.get_default_graph()
    v = tf.Variable(INIT, name="v", use_resource=resource)
    n = len(g.get_operations())
    result = build(v)
    return v, result, [op.name + ":" + op.type for op in g.get_operations()[n:]]


def _run_after_init(*fetches, feed=None):
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return [sess.run(f, feed) for f in fetches]


@pytest.mark.parametrize("resource", [False, True])
def test_scatter_nd_update_add_sub(resource):
    v, result, names = _new_ops(lambda v: tf.scatter_nd_update(v, [[0, 1], [2, 3]], [100.0, 200.0]), resource)
    if resource:
        assert names == [
            "Const:Const",
            "ResourceScatterNdUpdate/indices:Const",
            "ResourceScatterNdUpdate:ResourceScatterNdUpdate",
            "ReadVariableOp:ReadVariableOp",
        ]
    else:
        assert names == [
            "ScatterNdUpdate/indices:Const",
            "ScatterNdUpdate/updates:Const",
            "ScatterNdUpdate:ScatterNdUpdate",
        ]
        assert result.dtype.name == "float32_ref" and result.shape.as_list() == [3, 4]
    expected = INIT.copy()
    expected[0, 1], expected[2, 3] = 100, 200
    out, after = _run_after_init(result, v)
    np.testing.assert_array_equal(out, expected)
    np.testing.assert_array_equal(after, expected)
    added = tf.scatter_nd_add(v, [[1]], [[1.0, 1.0, 1.0, 1.0]])
    subbed = v.scatter_nd_sub([[1], [1]], np.ones([2, 4], np.float32))
    a, s = _run_after_init(added, subbed)
    np.testing.assert_array_equal(a[1], INIT[1] + 1)
    np.testing.assert_array_equal(s[1], INIT[1] - 1)


@pytest.mark.parametrize("resource", [False, True])
def test_variable_scatter_nd_max_min(resource):
    v = tf.Variable(INIT, use_resource=resource)
    hi = v.scatter_nd_max([[0, 0], [1, 1]], [7.0, 2.0])
    lo = v.scatter_nd_min([[2]], [[-1.0, 100.0, -1.0, 100.0]])
    a, b = _run_after_init(hi, lo)
    assert a[0, 0] == 7 and a[1, 1] == 5
    np.testing.assert_array_equal(b[2], [-1, 9, -1, 11])


@pytest.mark.parametrize("resource", [False, True])
def test_scatter_nd_shape_errors(resource):
    v = tf.Variable(INIT, use_resource=resource)
    with pytest.raises(
        ValueError,
        match=r"Dimensions \[0,1\) of indices\[shape=\[1,2\]\] = \[1\] must match "
        r"dimensions \[0,1\) of updates\[shape=\[2\]\] = \[2\]",
    ):
        tf.scatter_nd_update(v, [[0, 1]], [1.0, 2.0])
    idx = tf.placeholder(tf.int32)
    upd = tf.placeholder(tf.float32)
    update = tf.scatter_nd_update(v, idx, upd)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        with pytest.raises(
            tf.errors.InvalidArgumentError,
            match=r"indices\[0\] = \[-1, 0\] does not index into shape \[3,4\]",
        ):
            sess.run(update, {idx: [[-1, 0]], upd: [1.0]})
        with pytest.raises(
            tf.errors.InvalidArgumentError,
            match=r"Dimensions \[0,1\) of indices\[shape=\[2,1\]\] = 2 must match dimensions "
            r"\[0,1\) of updates\[shape=\[1,4\]\] = 1",
        ):
            sess.run(update, {idx: [[0], [1]], upd: [[1.0, 2.0, 3.0, 4.0]]})
        with pytest.raises(
            tf.errors.InvalidArgumentError,
            match=r"Dimensions \[3,2\) of input\[shape=\[3,4\]\] must match dimensions "
            r"\[3,1\) of updates\[shape=\[1\]\]",
        ):
            sess.run(update, {idx: [[0, 0, 0]], upd: [1.0]})


def test_tensor_scatter_nd_max_min():
    top = tf.tensor_scatter_nd_max(tf.zeros([4]), [[1], [3], [1]], [5.0, -1.0, 7.0])
    assert top.op.type == "TensorScatterMax" and top.op.inputs[1].op.name == "TensorScatterMax/indices"
    low = tf.tensor_scatter_nd_min(tf.zeros([2, 2], tf.int32), [[1]], [[5, -1]])
    t, m = _run_after_init(top, low)
    np.testing.assert_array_equal(t, [0, 7, 0, 0])
    np.testing.assert_array_equal(m, [[0, 0], [0, -1]])
    x = tf.constant([1.0, 4.0])
    u = tf.constant([3.0, 0.5])
    g = tf.gradients(tf.tensor_scatter_nd_max(x, [[0], [1]], u), [x, u])
    gx, gu = _run_after_init(*g)
    np.testing.assert_array_equal(gx, [0, 1])
    np.testing.assert_array_equal(gu, [1, 0])


@pytest.mark.parametrize("resource", [False, True])
def test_slice_assign_names_and_values(resource):
    v, result, names = _new_ops(lambda v: v[1].assign([9.0, 9.0, 9.0, 9.0]), resource)
    slicing = [
        "strided_slice/stack:Const",
        "strided_slice/stack_1:Const",
        "strided_slice/stack_2:Const",
        "strided_slice:StridedSlice",
    ]
    if resource:
        assert names == ["ReadVariableOp:ReadVariableOp"] + slicing + [
            "Const:Const",
            "strided_slice/_assign:ResourceStridedSliceAssign",
            "ReadVariableOp_1:ReadVariableOp",
        ]
    else:
        assert names == slicing + [
            "strided_slice/_assign/value:Const",
            "strided_slice/_assign:StridedSliceAssign",
        ]
        assert result.name == "strided_slice/_assign:0"
    expected = INIT.copy()
    expected[1] = 9
    np.testing.assert_array_equal(_run_after_init(result)[0], expected)


@pytest.mark.parametrize("resource", [False, True])
def test_slice_assign_regions_names_and_errors(resource):
    v = tf.Variable(INIT, use_resource=resource)
    block = v[0:2, 1:3].assign(tf.zeros([2, 2]))
    column = v[:, 0].assign([5.0, 6.0, 7.0], name="setcol")
    strided = v[::2, ::-1].assign(tf.ones([2, 4]) * 5)
    via_tf_assign = tf.assign(v[2], [1.0, 1.0, 1.0, 1.0])
    with tf.name_scope("foo"):
        scoped = v[1, 1:3].assign([7.0, 8.0])
    assert scoped.op.name.startswith("foo/") or resource
    with tf.Session() as sess:
        for fetch, check in (
            (block, lambda x: (x[0:2, 1:3] == 0).all()),
            (column, lambda x: (x[:, 0] == [5, 6, 7]).all()),
            (strided, lambda x: (x[::2] == 5).all() and (x[1] == INIT[1]).all()),
            (via_tf_assign, lambda x: (x[2] == 1).all()),
        ):
            sess.run(tf.global_variables_initializer())
            assert check(sess.run(fetch))
        bad = v[1].assign([9.0, 9.0])
        with pytest.raises(
            tf.errors.InvalidArgumentError,
            match=r"Cannot broadcast input shape \[2\] into final "
            r"shape \[4\]",
        ):
            sess.run(bad)
    if not resource:
        assert column.op.name == "setcol" and column.op.type == "StridedSliceAssign"
        assert scoped.op.name == "foo/foo/strided_slice/_assign"


def test_only_variable_slices_have_assign():
    x = tf.constant([1.0, 2.0])
    assert not hasattr(x, "assign")
    assert not hasattr(x[0], "assign")
    with pytest.raises(AttributeError, match="'SymbolicTensor' object has no attribute 'assign'"):  # TF 2.x's class
        tf.assign(x[0], 1.0)
    v = tf.Variable([1.0, 2.0])
    assert hasattr(v[0], "assign")
