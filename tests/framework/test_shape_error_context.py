"""Shape-inference errors carry TF's context: the NodeDef summary, the input shapes and the
constant inputs the shape function read (only when a pass without them succeeded)."""
import pytest

import tensorweave.compat.v1 as tf


def _message(fn):
    with tf.Graph().as_default():
        with pytest.raises(ValueError) as info:
            fn()
    return str(info.value)


def test_binary_op_error_summarizes_node_def():
    msg = _message(lambda: tf.ones([4], name="a") * tf.ones([3], name="b"))
    assert msg == ("Dimensions must be equal, but are 4 and 3 for '{{node mul}} = Mul[T=DT_FLOAT](a, b)' "
                   "with input shapes: [4], [3].")


def test_summary_lists_sorted_attrs_and_control_inputs():
    def build():
        nop = tf.no_op(name="nop")
        a, b = tf.ones([2, 3], name="a"), tf.ones([2, 3], name="b")
        with tf.control_dependencies([nop]):
            tf.matmul(a, b, name="mm")
    assert ("'{{node mm}} = MatMul[T=DT_FLOAT, grad_a=false, grad_b=false, transpose_a=false, "
            "transpose_b=false](a, b, ^nop)'") in _message(build)


def test_computed_input_tensors_are_named_when_read():
    msg = _message(lambda: tf.reduce_sum(tf.ones([2, 3], name="x"), [0, 5]))
    assert msg.endswith("with input shapes: [2,3], [2] and with computed input tensors: "
                        "input[1] = <0 5>.")


def test_partial_shape_inputs_are_named():
    msg = _message(lambda: tf.reshape(tf.ones([2, 3]), [4, 2]))
    assert msg.endswith("and with input tensors computed as partial shapes: input[1] = [4,2].")


def test_error_found_without_constants_names_no_computed_tensors():
    # TF's first pass does not see the perm values; the length check fails there.
    msg = _message(lambda: tf.transpose(tf.ones([2, 3]), [0, 1, 2]))
    assert msg.endswith("with input shapes: [2,3], [3].")
    msg = _message(lambda: tf.concat([tf.ones([2, 3]), tf.ones([3])], 0))
    assert msg.endswith("with input shapes: [2,3], [3], [].")


def test_concat_merges_other_dims_from_the_last_input_back():
    msg = _message(lambda: tf.concat([tf.ones([2, 3, 4]), tf.ones([2, 3, 5]), tf.ones([2, 4, 4])], 0))
    assert msg.startswith("Dimension 0 in both shapes must be equal, but are 3 and 4. "
                          "Shapes are [3,5] and [4,4]. for '{{node concat}} = ConcatV2[")
    assert msg.endswith("and with computed input tensors: input[3] = <0>.")


def test_pack_error_names_the_merged_input():
    msg = _message(lambda: tf.stack([tf.ones([2]), tf.ones([2]), tf.ones([3])]))
    assert msg.startswith("Dimension 0 in both shapes must be equal, but are 2 and 3. Shapes are [2] "
                          "and [3].\n\tFrom merging shape 1 with other shapes. for '{{node stack_1}}")


def test_select_checks_condition_after_merging_branches():
    msg = _message(lambda: tf.where([True, False], tf.ones([3]), tf.ones([3])))
    assert msg.startswith("Dimension 0 in both shapes must be equal, but are 2 and 3. "
                          "Shapes are [2] and [3]. for '{{node Select}}")


def test_allowed_types_are_listed_in_declared_order():
    with tf.Graph().as_default():
        with pytest.raises(TypeError, match="allowed values: int8, int16, int32, int64, uint8, uint16, "
                                            "uint32, uint64$"):
            ~tf.constant([1.0])
        with pytest.raises(TypeError, match="allowed values: float32, float64, int32, uint8, int16, "
                                            "int8, int64, bfloat16, uint16, float16, uint32, uint64$"):
            tf.less(tf.constant("a"), "b")


def test_float_attrs_and_matrix_values_are_summarized_as_tf():
    # FloatToBuffer ("1", "0.5") for float attrs; SummarizeValue brackets inner rows only.
    msg = _message(lambda: tf.nn.lrn(tf.ones([2, 3])))
    assert "LRN[T=DT_FLOAT, alpha=1, beta=0.5, bias=1, depth_radius=5]" in msg
    msg = _message(lambda: tf.pad(tf.ones([2, 3], tf.int32), [[-1, 0], [0, 0]]))
    assert msg.endswith("input[1] = <[-1 0][0 0]>.")
