"""SparseTensor, SparseTensorValue, sparse_placeholder and SparseToDense, against recorded TF 2.21
(tf.compat.v1 graph mode) results."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def test_sparse_tensor_components_names_dtypes_and_static_shape():
    sp = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])
    assert sp.indices.name == "SparseTensor/indices:0"
    assert sp.values.name == "SparseTensor/values:0"
    assert sp.dense_shape.name == "SparseTensor/dense_shape:0"
    assert sp.indices.dtype == tf.int64 and sp.dense_shape.dtype == tf.int64
    assert sp.dtype == tf.float32
    assert sp.shape.as_list() == [3, 4] and sp.get_shape().as_list() == [3, 4]
    assert sp.op.name == "SparseTensor/values" and sp.op.type == "Const"
    assert sp.graph is tf.get_default_graph()
    assert str(sp).startswith('SparseTensor(indices=Tensor("SparseTensor/indices:0"')
    assert not hasattr(sp, "name")


def test_sparse_tensor_of_strings_and_from_value():
    sp = tf.SparseTensor([[0, 0]], ["a"], [2, 2])
    assert sp.dtype == tf.string
    value = tf.SparseTensorValue(np.array([[0]]), np.array([1.5]), np.array([2]))
    assert tf.SparseTensor.from_value(value).dtype == tf.float64
    assert tf.SparseTensorValue._fields == ("indices", "values", "dense_shape")
    assert isinstance(value, tuple)


def test_sparse_tensor_rank_and_dtype_errors():
    with pytest.raises(ValueError, match=r"Shape \(1, 2\) must have rank 1"):
        tf.SparseTensor([[0, 0]], [1.0], [[2, 2]])
    with pytest.raises(ValueError, match=r"Shape \(2,\) must have rank 2"):
        tf.SparseTensor([0, 0], [1.0], [2, 2])
    with pytest.raises(ValueError, match=r"Shape \(1, 1\) must have rank 1"):
        tf.SparseTensor([[0, 0]], [[1.0]], [2, 2])
    with pytest.raises(ValueError, match="^indices: Tensor conversion requested dtype int64"):
        tf.SparseTensor(tf.constant([[0, 0]], tf.int32), [1.0], [2, 2])


def test_converting_a_sparse_tensor_to_a_tensor_is_a_type_error():
    sp = tf.SparseTensor([[0, 0]], [1.0], [2, 2])
    with pytest.raises(TypeError, match="Failed to convert elements of SparseTensor"):
        tf.convert_to_tensor(sp)
    with pytest.raises(TypeError, match="Failed to convert elements of SparseTensor"):
        tf.add(sp, 1.0)


def test_shape_from_non_constant_dense_shape():
    p = tf.placeholder(tf.int64, [2])
    assert tf.SparseTensor([[0, 0]], [1.0], p).shape.as_list() == [None, None]
    q = tf.placeholder(tf.int64, [None])
    assert tf.SparseTensor([[0, 0]], [1.0], q).shape.ndims is None


def test_fetching_a_sparse_tensor_gives_a_sparse_tensor_value():
    sp = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    with tf.Session() as sess:
        value = sess.run(sp)
        nested = sess.run([sp, {"a": sp}])
        evaluated = sp.eval()
    assert type(value) is tf.SparseTensorValue
    np.testing.assert_array_equal(value.indices, [[0, 0], [1, 2]])
    assert value.indices.dtype == np.int64 and value.dense_shape.dtype == np.int64
    np.testing.assert_array_equal(value.values, np.array([1.0, 2.0], np.float32))
    np.testing.assert_array_equal(value.dense_shape, [3, 4])
    assert type(nested[1]["a"]) is tf.SparseTensorValue
    np.testing.assert_array_equal(nested[1]["a"].values, value.values)
    np.testing.assert_array_equal(evaluated.indices, value.indices)


def test_sparse_placeholder_unknown_shape():
    sp = tf.sparse_placeholder(tf.float32, name="spp")
    assert sp.indices.name == "spp/indices:0" and sp.indices.shape.as_list() == [None, None]
    assert sp.values.name == "spp/values:0" and sp.values.shape.as_list() == [None]
    assert sp.dense_shape.name == "spp/shape:0" and sp.dense_shape.shape.as_list() == [None]
    assert sp.shape.ndims is None
    assert sp.op.name == "spp/values"
    unnamed = tf.sparse_placeholder(tf.float32)
    assert [unnamed.dense_shape.name, unnamed.values.name, unnamed.indices.name] == \
        ["Placeholder:0", "Placeholder_1:0", "Placeholder_2:0"]
    assert tf.sparse.placeholder is tf.sparse_placeholder


def test_sparse_placeholder_with_static_shape_defaults_its_dense_shape():
    b = tf.sparse_placeholder(tf.float32, shape=[None, 5], name="b")
    assert b.indices.shape.as_list() == [None, 2]
    assert b.dense_shape.name == "b/shape:0" and b.dense_shape.op.type == "PlaceholderWithDefault"
    assert b.dense_shape.shape.as_list() == [2]
    assert b.shape.as_list() == [None, 5]
    c = tf.sparse_placeholder(tf.float32, shape=[3, 5], name="c")
    assert c.shape.as_list() == [3, 5]
    with tf.Session() as sess:
        vb = sess.run(b, {b.indices: [[0, 0]], b.values: [1.0]})
        vc = sess.run(c, {c.indices: [[0, 0]], c.values: [1.0]})
        fed = sess.run(c, {c: ([[0, 0]], [1.0], [2, 2])})
    np.testing.assert_array_equal(vb.dense_shape, [-1, 5])
    np.testing.assert_array_equal(vc.dense_shape, [3, 5])
    np.testing.assert_array_equal(fed.dense_shape, [2, 2])


def test_feeding_a_sparse_placeholder():
    sp = tf.sparse_placeholder(tf.float32)
    dense = tf.sparse.to_dense(sp)
    expected = np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0]], np.float32)
    with tf.Session() as sess:
        a = sess.run(dense, {sp: tf.SparseTensorValue([[0, 0], [1, 1]], [1.0, 2.0], [2, 3])})
        b = sess.run(dense, {sp: ([[0, 0], [1, 1]], [1.0, 2.0], [2, 3])})
        c = sess.run(sp, {sp: [[[0, 0]], [1.0], [3, 5]]})
        call = sess.make_callable(dense, [sp])
        d = call(([[0, 0], [1, 1]], [1.0, 2.0], [2, 3]))
        with pytest.raises(TypeError, match="SparseTensorValue"):
            sess.run(dense, {sp: 5})
        with pytest.raises(tf.errors.InvalidArgumentError):  # dense_shape left unfed, as in TF
            sess.run(dense, {sp: ([[0, 0]], [1.0])})
    np.testing.assert_array_equal(a, expected)
    np.testing.assert_array_equal(b, expected)
    np.testing.assert_array_equal(d, expected)
    assert c.values.dtype == np.float32 and c.indices.dtype == np.int64


def test_to_dense_graph_structure():
    sp = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    d = tf.sparse.to_dense(sp)
    assert d.op.type == "SparseToDense" and d.name == "SparseToDense:0"
    assert [t.name for t in d.op.inputs] == ["SparseTensor/indices:0", "SparseTensor/dense_shape:0",
                                             "SparseTensor/values:0", "zeros:0"]
    assert d.op.get_attr("validate_indices") is True
    assert d.op.get_attr("Tindices") == tf.int64 and d.op.get_attr("T") == tf.float32
    assert d.shape.as_list() == [3, 4]
    d2 = tf.sparse_tensor_to_dense(sp, default_value=-1.0, validate_indices=False, name="foo")
    assert d2.name == "foo:0" and d2.op.inputs[3].name == "foo/default_value:0"
    assert d2.op.get_attr("validate_indices") is False
    with tf.Session() as sess:
        v1, v2 = sess.run([d, d2])
    np.testing.assert_array_equal(v1, [[1, 0, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]])
    np.testing.assert_array_equal(v2, [[1, -1, -1, -1], [-1, -1, 2, -1], [-1, -1, -1, -1]])
    assert v1.dtype == np.float32


def test_to_dense_static_shapes():
    assert tf.sparse.to_dense(tf.sparse_placeholder(tf.float32)).shape.ndims is None
    assert tf.sparse.to_dense(tf.sparse_placeholder(tf.int32, shape=[None, 5])).shape.as_list() == \
        [None, None]
    out = _sparse_to_dense([0, 2], tf.placeholder(tf.int32, [3]), [1, 2], 0)
    assert out.shape.as_list() == [None, None, None]


def test_to_dense_strings_and_ints():
    sps = tf.SparseTensor([[0, 0]], ["a"], [2, 2])
    spi = tf.SparseTensor([[0, 1]], [2], [2, 3])
    with tf.Session() as sess:
        s0 = sess.run(tf.sparse.to_dense(sps))
        s1 = sess.run(tf.sparse.to_dense(sps, default_value="z"))
        i7 = sess.run(tf.sparse.to_dense(spi, default_value=7))
    np.testing.assert_array_equal(s0, np.array([[b"a", b""], [b"", b""]], dtype=object))
    np.testing.assert_array_equal(s1, np.array([[b"a", b"z"], [b"z", b"z"]], dtype=object))
    np.testing.assert_array_equal(i7, np.array([[7, 2, 7], [7, 7, 7]], np.int32))
    assert i7.dtype == np.int32


def test_to_dense_argument_errors():
    spi = tf.SparseTensor([[0, 1]], [2], [2, 3])
    # TF: "Expected int32 passed to parameter 'default_value' of op 'SparseToDense', got 1.5 ..."
    with pytest.raises(TypeError, match="default_value"):
        tf.sparse.to_dense(spi, default_value=1.5)
    with pytest.raises(TypeError, match="Input must be a SparseTensor."):
        tf.sparse.to_dense(tf.constant([1]))


@pytest.mark.parametrize("indices, message", [
    ([[1, 0], [0, 0]], (r"indices\[1\] = \[0,0\] is out of order. Many sparse ops require sorted "
                        r"indices.\n    Use `tf.sparse.reorder` to create a correctly ordered copy.")),
    ([[0, 0], [0, 0]], r"indices\[1\] = \[0,0\] is repeated"),
    ([[0, 0], [5, 0]], r"indices\[1\] = \[5,0\] is out of bounds: need 0 <= index < \[2,2\]"),
    ([[-1, 0], [0, 0]], r"indices\[0\] = \[-1,0\] is out of bounds: need 0 <= index < \[2,2\]"),
])
def test_to_dense_validates_indices(indices, message):
    d = tf.sparse.to_dense(tf.SparseTensor(indices, [1.0, 2.0], [2, 2]))
    with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError, match=message):
        sess.run(d)


def test_to_dense_without_validation_accepts_unsorted_indices():
    d = tf.sparse.to_dense(tf.SparseTensor([[1, 0], [0, 0]], [1.0, 2.0], [2, 2]), validate_indices=False)
    with tf.Session() as sess:
        np.testing.assert_array_equal(sess.run(d), [[2.0, 0.0], [1.0, 0.0]])


def _sparse_to_dense(indices, shape, values, default):
    from tensorweave.framework.op_def import apply_op

    return apply_op("SparseToDense", [indices, shape, values, default], {})


def test_sparse_to_dense_op_index_forms_and_kernel_errors():
    with tf.Session() as sess:
        scalar_values = sess.run(_sparse_to_dense([[0, 0], [1, 1]], [2, 2], 5.0, 0.0))
        vector_indices = sess.run(_sparse_to_dense([0, 2], [4], [1, 2], 0))
        scalar_index = sess.run(_sparse_to_dense(2, [4], 1, 0))
        with pytest.raises(errors.InvalidArgumentError,
                           match=r"sparse_values has incorrect shape \[3\], should be \[\] or \[2\]"):
            sess.run(_sparse_to_dense([[0, 0], [1, 1]], [2, 2], [1.0, 2.0, 3.0], 0.0))
        with pytest.raises(errors.InvalidArgumentError, match="default_value should be a scalar."):
            sess.run(_sparse_to_dense([[0, 0], [1, 1]], [2, 2], [1.0, 2.0], [0.0]))
        with pytest.raises(errors.InvalidArgumentError,
                           match="output_shape has incorrect number of elements: 2 should be: 3"):
            sess.run(_sparse_to_dense([[0, 0, 0]], [2, 2], [1.0], 0.0))
    np.testing.assert_array_equal(scalar_values, [[5.0, 0.0], [0.0, 5.0]])
    np.testing.assert_array_equal(vector_indices, [1, 0, 2, 0])
    np.testing.assert_array_equal(scalar_index, [0, 0, 1, 0])


def test_sparse_to_dense_int32_indices_attr():
    d = _sparse_to_dense(tf.constant([[0, 0]]), [2, 2], [1.0], 0.0)
    assert d.op.get_attr("Tindices") == tf.int32


def test_sparse_to_dense_gradient_flows_to_values_and_default():
    v = tf.constant([1.0, 2.0])
    default = tf.constant(3.0)
    dense = tf.sparse.to_dense(tf.SparseTensor([[0, 0], [1, 1]], v, [2, 2]), default_value=default)
    loss = tf.reduce_sum(dense * tf.constant([[1.0, 2.0], [3.0, 4.0]]))
    gv, gd = tf.gradients(loss, [v, default])
    sp = tf.SparseTensor([[0, 0]], tf.constant([1.0]), [2, 2])
    assert tf.gradients(tf.reduce_sum(tf.sparse.to_dense(sp)), sp.indices) == [None]
    with tf.Session() as sess:
        gv_val, gd_val = sess.run([gv, gd])
    np.testing.assert_allclose(gv_val, [1.0, 4.0])
    np.testing.assert_allclose(gd_val, 5.0)


def test_sparse_tensor_checks_indices_against_values_and_dense_shape():
    with pytest.raises(ValueError, match="Dimensions 1 and 2 are not compatible"):
        tf.SparseTensor([[0, 0]], [1.0, 2.0], [3, 3])
    with pytest.raises(ValueError, match="Dimensions 2 and 3 are not compatible"):
        tf.SparseTensor([[0, 0]], [1.0], [3, 3, 3])
    # unknown sizes pass
    tf.SparseTensor(tf.placeholder(tf.int64, [None, None]), [1.0], tf.placeholder(tf.int64, [None]))


def test_sparse_placeholder_with_a_shape_tensor_or_minus_one():
    p = tf.sparse_placeholder(tf.float32, shape=tf.constant([2, 3], tf.int64), name="sp")
    assert p.shape.as_list() == [2, 3]
    assert (p.dense_shape.name, p.dense_shape.op.type) == ("sp/shape:0", "PlaceholderWithDefault")
    assert tf.sparse_placeholder(tf.float32, shape=tf.placeholder(tf.int64, [2])).shape.as_list() == [None, None]
    assert tf.sparse_placeholder(tf.float32, shape=[-1, 3]).shape.as_list() == [None, 3]
    with tf.Session() as sess:
        d = sess.run(tf.sparse.to_dense(p), {p.indices: [[1, 2]], p.values: [5.0]})
    np.testing.assert_array_equal(d, [[0, 0, 0], [0, 0, 5]])


def test_sparse_to_dense_accepts_a_sparse_tensor_value():
    sv = tf.SparseTensorValue([[0, 1]], [2.0], [2, 2])
    with tf.Session() as sess:
        np.testing.assert_array_equal(sess.run(tf.sparse.to_dense(sv)), [[0, 2], [0, 0]])
