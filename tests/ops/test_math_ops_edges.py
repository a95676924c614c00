"""Math-op edge cases matched to TensorFlow 2.21: add_n/accumulate_n shape errors, bincount of
non-int32 input, scans with a non-scalar axis, segment means of ints, sparse matmul hints,
ArgMin's narrower types, saturate_cast, complex helpers and einsum subscript checks."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_add_n_merges_shapes_from_the_last_input_backwards():
    with pytest.raises(ValueError, match=r"^Dimension 0 in both shapes must be equal, but are 2 and 3\. "
                                         r"Shapes are \[2\] and \[3\]\.\n\tFrom merging shape 0"):
        tf.add_n([tf.ones([2]), tf.ones([3])])
    p = tf.placeholder(tf.float32, [None, 3])
    with pytest.raises(ValueError, match=r"Shapes are \[\?,3\] and \[2,4\]\.\n\tFrom merging shape 1"):
        tf.add_n([tf.ones([2, 3]), p, tf.ones([2, 4])])
    with pytest.raises(ValueError, match=r"^Shapes must be equal rank, but are 2 and 1\n"):
        tf.add_n([tf.ones([2, 2]), tf.ones([2])])
    with pytest.raises(ValueError, match="^Inputs must be an iterable of at least one"):
        tf.add_n([])


def test_accumulate_n_merges_shapes_like_tensorshape():
    with pytest.raises(ValueError, match=r"^Shapes \(2,\) and \(3,\) are not compatible$"):
        tf.accumulate_n([tf.ones([2]), tf.ones([3])])
    with pytest.raises(ValueError, match=r"^Shapes \(3,\) and \(2,\) are not compatible$"):
        tf.accumulate_n([tf.ones([2]), tf.ones([2])], shape=[3])


def test_bincount_casts_non_integers_and_keeps_int64():
    f = tf.math.bincount(tf.constant([1.7, 2.2]))
    i64 = tf.math.bincount(tf.constant([1, 2], tf.int64), minlength=4, maxlength=3)
    assert f.op.inputs[0].dtype == tf.int32
    assert i64.op.inputs[0].dtype == tf.int64 and i64.op.inputs[1].dtype == tf.int64
    assert [v.tolist() for v in run([f, i64])] == [[0, 1, 1], [0, 1, 1]]
    with pytest.raises(TypeError):
        tf.math.bincount(tf.constant([1, 3], tf.uint8))


def test_cumsum_with_a_vector_axis_fails_only_when_run():
    t = tf.cumsum(tf.constant([[1, 2]]), [0])
    assert t.shape.as_list() == [1, 2]
    with pytest.raises(errors.InvalidArgumentError, match="axis must be a scalar"):
        run(t)


def test_unsorted_segment_mean_of_ints_is_a_float_division():
    t = tf.math.unsorted_segment_mean(tf.constant([[1, 2], [3, 4], [5, 6]]), [3, 3, 0], 4)
    assert (t.op.type, t.dtype) == ("RealDiv", tf.float64)
    assert run(t).tolist() == [[5.0, 6.0], [0.0, 0.0], [0.0, 0.0], [2.0, 3.0]]


def test_unsorted_segment_num_segments_must_be_a_scalar():
    with pytest.raises(ValueError, match="Shape must be rank 0 but is rank 1"):
        tf.unsorted_segment_sum(tf.ones([4]), [0, 1, 0, 1], [2])


def test_matmul_sparsity_hints_select_sparse_matmul_for_float32():
    a = tf.constant([[1.0, 0.0], [0.0, 2.0]])
    t = tf.matmul(a, a, b_is_sparse=True, transpose_a=True, name="mm")
    assert (t.op.type, t.name, t.op.get_attr("b_is_sparse")) == ("SparseMatMul", "mm:0", True)
    assert tf.matmul(tf.cast(a, tf.float64), tf.cast(a, tf.float64), a_is_sparse=True).op.type == "MatMul"
    bf = tf.matmul(tf.cast(a, tf.bfloat16), tf.cast(a, tf.bfloat16), a_is_sparse=True)
    assert (bf.op.type, bf.dtype) == ("Cast", tf.bfloat16)
    assert run(t).tolist() == [[1.0, 0.0], [0.0, 4.0]]


def test_argmin_allows_only_32_and_64_bit_outputs():
    assert tf.argmax(tf.constant([1, 5]), output_type=tf.int16).dtype == tf.int16
    with pytest.raises(TypeError, match="int32, int64"):
        tf.argmin(tf.constant([1, 5]), output_type=tf.int16)


def test_saturate_cast_always_clamps_and_refuses_rangeless_types():
    f = tf.constant([np.inf, -np.inf, 300.0, -1.5])
    same = tf.saturate_cast(f, tf.float32)
    assert (same.op.type, same.name) == ("ClipByValue", "saturate_cast/clamp:0")
    to_complex = tf.saturate_cast(tf.constant([300, -3]), tf.complex64)
    big = np.finfo(np.float32).max
    assert run(same).tolist() == [big, -big, 300.0, -1.5]
    assert run(to_complex).tolist() == [300 + 0j, -3 + 0j]
    narrowed = tf.saturate_cast(tf.constant([1e39 + 2j], tf.complex128), tf.complex64)
    assert run(narrowed).tolist() == [complex(big, 2.0)]
    for value, dtype in ((f, tf.bool), (tf.constant([True]), tf.int32), (tf.constant(["a"]), tf.string)):
        with pytest.raises(TypeError, match="Cannot find minimum value of"):
            tf.saturate_cast(value, dtype)


def test_sign_of_complex_is_div_no_nan_by_the_magnitude():
    t = tf.sign(tf.constant([3 + 4j, 0j], tf.complex64))
    assert t.op.type == "DivNoNan"
    np.testing.assert_allclose(run(t), [0.6 + 0.8j, 0j], rtol=1e-6)
    assert tf.sign(tf.constant([-2.0])).op.type == "Sign"


def test_multiply_no_nan_has_its_own_name_scope():
    t = tf.math.multiply_no_nan(tf.constant([np.inf, 2.0]), [0.0, 3.0])
    assert (t.op.type, t.name) == ("MulNoNan", "multiply_no_nan:0")
    assert run(t).tolist() == [0.0, 6.0]


def test_l2_normalize_of_complex_rejoins_scaled_parts():
    t = tf.nn.l2_normalize(tf.constant([[3 + 4j, 0j]], tf.complex128), axis=1)
    assert (t.op.type, t.name) == ("Complex", "l2_normalize:0")
    np.testing.assert_allclose(run(t), [[0.6 + 0.8j, 0j]])


def test_complex_and_reduce_std_type_errors_read_as_tf():
    with pytest.raises(TypeError, match=r"^The `real` and `imag` components have incorrect types: float64 float32\."):
        tf.complex(tf.constant([1.0], tf.float64), tf.constant([2.0]))
    with pytest.raises(TypeError, match=r"Received integer type <dtype: 'int32'>\.$"):
        tf.math.reduce_std(tf.constant([1, 3]))


@pytest.mark.parametrize("equation, message", [
    ("ij->ii", "label appearing more than once"),
    ("ij->ik", "label k not present in the input subscripts"),
    ("ij->i->j", "Subscripts have incorrect format"),
    ("i.j->ij", "Subscripts have incorrect format"),
])
def test_einsum_checks_the_output_subscripts(equation, message):
    with pytest.raises(ValueError, match=message):
        tf.einsum(equation, tf.ones([2, 2]))


def test_einsum_accepts_ellipsis_and_implicit_output():
    assert tf.einsum("...ij->...ji", tf.ones([2, 3])).shape.as_list() == [3, 2]
    assert tf.einsum("ij,jk", tf.ones([2, 3]), tf.ones([3, 4])).shape.as_list() == [2, 4]
