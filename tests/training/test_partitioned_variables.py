"""get_variable with a partitioner, the partitioners, and get_variable's error messages.

Part names and shapes, values and messages were recorded from TensorFlow 2.21
(`tensorflow.compat.v1`, graph mode) running the same programs."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default() as g:
        yield g


def _parts(pv):
    return [(v.name, v.shape.as_list()) for v in pv]


def test_fixed_size_partitioner_splits_with_longer_parts_first():
    with tf.variable_scope("m", partitioner=tf.fixed_size_partitioner(3)):
        w = tf.get_variable("w", [7, 2], initializer=tf.ones_initializer())
    assert type(w).__name__ == "PartitionedVariable"
    assert _parts(w) == [("m/w/part_0:0", [3, 2]), ("m/w/part_1:0", [2, 2]), ("m/w/part_2:0", [2, 2])]
    assert (len(w), w.name, w.dtype, w.get_shape().as_list(), w._get_partitions()) == \
        (3, "m/w", tf.float32, [7, 2], [3, 1])
    assert [v.name for v in tf.global_variables()] == ["m/w/part_0:0", "m/w/part_1:0", "m/w/part_2:0"]
    assert len(tf.trainable_variables()) == 3
    # More parts than rows: one row per part.
    small = tf.get_variable("sm", [2, 3], partitioner=tf.fixed_size_partitioner(5))
    assert [v.shape.as_list() for v in small] == [[1, 3], [1, 3]]
    cols = tf.get_variable("a", [4, 6], partitioner=tf.fixed_size_partitioner(2, axis=1))
    assert _parts(cols) == [("a/part_0:0", [4, 3]), ("a/part_1:0", [4, 3])]


def test_size_based_partitioners():
    y = tf.get_variable("y", [10, 4], partitioner=tf.variable_axis_size_partitioner(40))
    assert [v.shape.as_list() for v in y] == [[2, 4]] * 5
    z = tf.get_variable("z", [1000, 100], partitioner=tf.min_max_variable_partitioner(
        max_partitions=4, min_slice_size=64 << 10))
    assert [v.shape.as_list() for v in z] == [[250, 100]] * 4
    with pytest.raises(ValueError, match="Both max_shard_bytes and bytes_per_string_element must be "
                                         "positive."):
        tf.variable_axis_size_partitioner(0)


def test_parts_hold_the_slices_of_the_initial_value():
    value = np.arange(14, dtype=np.float32).reshape(7, 2)
    x = tf.get_variable("x", initializer=tf.constant(value), partitioner=tf.fixed_size_partitioner(2))
    assert _parts(x) == [("x/part_0:0", [4, 2]), ("x/part_1:0", [3, 2])]
    whole = tf.convert_to_tensor(x)
    assert (whole.name, whole.shape.as_list(), whole.op.type) == ("x:0", [7, 2], "Identity")
    assert whole.op.inputs[0].op.type == "ConcatV2"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(whole).tolist() == value.tolist()
        assert sess.run(tf.matmul(tf.ones([1, 7]), x)).tolist() == [[42.0, 49.0]]
        sess.run(x.assign(np.zeros([7, 2], np.float32)))
        assert sess.run(whole).sum() == 0.0


def test_each_part_is_initialized_with_its_own_shape():
    with tf.variable_scope("init", initializer=tf.constant_initializer(5.0)):
        v = tf.get_variable("v", [5], partitioner=tf.fixed_size_partitioner(2))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(tf.convert_to_tensor(v)).tolist() == [5.0] * 5
    # As in TF, a constant initializer ignores the partition: a full-size value does not fit a part.
    with pytest.raises(ValueError, match="Too many elements provided. Takes at most 3, but got 6."):
        tf.get_variable("w", [6], partitioner=tf.fixed_size_partitioner(2),
                        initializer=tf.constant_initializer(np.arange(6).tolist()))


def test_gradients_flow_to_each_part():
    x = tf.get_variable("x", [4, 2], partitioner=tf.fixed_size_partitioner(2))
    grads = tf.gradients(tf.reduce_sum(tf.convert_to_tensor(x)), list(x))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert [g.tolist() for g in sess.run(grads)] == [[[1.0, 1.0]] * 2] * 2


def test_reusing_partitioned_variables():
    x = tf.get_variable("x", [7, 2], partitioner=tf.fixed_size_partitioner(2))
    with tf.variable_scope("", reuse=True):
        assert tf.get_variable("x", [7, 2], partitioner=tf.fixed_size_partitioner(2)) is x
        with pytest.raises(ValueError, match=r"Trying to reuse partitioned variable x, but specified "
                                             r"partitions \[3, 1\] and found partitions \[2, 1\]\."):
            tf.get_variable("x", [7, 2], partitioner=tf.fixed_size_partitioner(3))
        with pytest.raises(ValueError, match="PartitionedVariable nope does not exist, or was not "
                                             "created with tf.get_variable()"):
            tf.get_variable("nope", [7, 2], partitioner=tf.fixed_size_partitioner(3))
    with tf.variable_scope("", reuse=tf.AUTO_REUSE):
        assert tf.get_variable("x", [7, 2], partitioner=tf.fixed_size_partitioner(2)) is x
    with pytest.raises(ValueError, match="Partitioned variable with name x already exists. Did you "
                                         "mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?"):
        tf.get_variable("x", [7, 2], partitioner=tf.fixed_size_partitioner(2))
    with pytest.raises(ValueError, match="A partitioner was provided, but an unpartitioned version of "
                                         "the variable was found: x/part_0."):
        tf.get_variable("x/part_0", [4, 2], partitioner=tf.fixed_size_partitioner(2))


@pytest.mark.parametrize("partitioner, shape, message", [
    (lambda shape, dtype: [2, 2], [4, 4], r"Can only slice a variable along one dimension: shape: "
                                          r"\(4, 4\), partitioning: \[2, 2\]"),
    (lambda shape, dtype: [2], [4, 4], r"Partitioner returned a partition list that does not match "
                                       r"the Variable's rank: \[2\] vs\. \(4, 4\)"),
    (lambda shape, dtype: [0, 1], [4, 4], r"Partitioner returned zero partitions for some axes: \[0, 1\]"),
    (tf.fixed_size_partitioner(2), [None, 4], r"Shape of a new partitioned variable must be fully "
                                              r"defined, but instead was \(None, 4\)\."),
])
def test_bad_partitions(partitioner, shape, message):
    with pytest.raises(ValueError, match=message):
        tf.get_variable("b", shape, partitioner=partitioner)


def test_scalars_are_not_partitioned():
    assert tf.get_variable("s", [], partitioner=tf.fixed_size_partitioner(2)).name == "s:0"


def test_get_variable_messages():
    tf.get_variable("gg", [1])
    with pytest.raises(ValueError, match=r"^Variable gg already exists, disallowed\. Did you mean to "
                                         r"set reuse=True or reuse=tf\.AUTO_REUSE in VarScope\?$"):
        tf.get_variable("gg", [1])
    with pytest.raises(ValueError, match="Variable noshape did not get an initializer, so its `shape` "
                                         "argument must be specified."):
        tf.get_variable("noshape")


def test_create_partitioned_variables_names_slices_and_values():
    with tf.Graph().as_default():
        parts = tf.create_partitioned_variables([10, 4], [3, 1], tf.ones_initializer(), name="emb")
        assert isinstance(parts, list)
        assert [(v.name, v.shape.as_list()) for v in parts] == [
            ("emb/part_0:0", [4, 4]), ("emb/part_1:0", [3, 4]), ("emb/part_2:0", [3, 4])]
        unnamed = tf.create_partitioned_variables([6], [2], tf.zeros_initializer())
        assert [v.name for v in unnamed] == ["PartitionedVariable/part_0:0", "PartitionedVariable/part_1:0"]
        value = np.arange(20.0, dtype=np.float32).reshape(5, 4)
        cols = tf.create_partitioned_variables([5, 4], [1, 2], value, name="arr")
        assert all(v in tf.trainable_variables() for v in parts + unnamed + cols)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            left, right = sess.run(cols)
            np.testing.assert_array_equal(left, value[:, :2])
            np.testing.assert_array_equal(right, value[:, 2:])
            np.testing.assert_array_equal(sess.run(parts[0]), np.ones((4, 4), np.float32))


@pytest.mark.parametrize("shape, slicing, message", [
    ([10, 4], [3, 2], "only slice a variable along one dimension"),
    ([10, 4], [3], "must have the length"),
    ([10, 4], [11, 1], "offset=10"),
    ([10, 4], [0, 1], "zero partitions"),
])
def test_create_partitioned_variables_rejects_bad_slicing(shape, slicing, message):
    with tf.Graph().as_default():
        with pytest.raises(ValueError, match=message):
            tf.create_partitioned_variables(shape, slicing, tf.zeros_initializer())
