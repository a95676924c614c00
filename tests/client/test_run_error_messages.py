"""Errors leaving Session.run carry TF 2.x's "Graph execution error" message."""
import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_runtime_error_message_names_the_node_like_tf():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None], name="x")
        with tf.name_scope("block"):
            r = tf.reshape(x, [2, 2], name="r")
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError) as info:
            sess.run(r, {x: [1.0, 2.0, 3.0]})
    err = info.value
    lines = err.message.split("\n")
    assert lines[0] == "Graph execution error:" and lines[1] == ""
    assert lines[2] == "Detected at node 'block/r' defined at (most recent call last):"
    assert lines[3].startswith('    File "') and lines[3].endswith(", in test_runtime_error_message_names_the_node_like_tf")
    assert lines[4:] == ["Node: 'block/r'",
                         "Input to reshape is a tensor with 3 values, but the requested shape has 4",
                         "\t [[{{node block/r}}]]"]
    assert err.op is r.op and err.node_def.name == "block/r"
    assert str(err).startswith(err.message + "\n\nOriginal stack trace for 'block/r':")


def test_unfed_placeholder_message_and_repeat_runs_are_not_wrapped_twice():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [2], name="x")
        y = x * 2.0
        with tf.Session() as sess:
            for _ in range(2):
                with pytest.raises(tf.errors.InvalidArgumentError) as info:
                    sess.run(y)
                msg = info.value.message
                assert msg.count("Graph execution error:") == 1
                assert "You must feed a value for placeholder tensor 'x' with dtype float and shape [2]" in msg
                assert msg.endswith("\n\t [[{{node x}}]]")


def test_error_inside_a_cond_branch_reports_no_op():
    with tf.Graph().as_default():
        p = tf.placeholder(tf.bool, [])
        x = tf.placeholder(tf.float32, [None])
        c = tf.cond(p, lambda: tf.reshape(x, [2]), lambda: x)
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError) as info:
            sess.run(c, {p: True, x: [1.0]})
    err = info.value
    assert err.op is None
    assert err.message.startswith("Graph execution error:\n\nInput to reshape is a tensor with 1 values")
    assert err.message.endswith("\n\t [[{{node Reshape}}]]")


def test_matmul_size_mismatch_writes_shapes_without_spaces():
    with tf.Graph().as_default():
        a = tf.placeholder(tf.float32, [None, None])
        m = tf.matmul(a, a)
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError,
                                                 match=r"Matrix size-incompatible: In\[0\]: \[2,3\], In\[1\]: \[2,3\]"):
            sess.run(m, {a: np.ones([2, 3])})


@pytest.mark.parametrize("make", [lambda a, b: a + b, lambda a, b: a - b, tf.maximum])
def test_broadcast_failure_at_run_time_uses_tf_words(make):
    with tf.Graph().as_default():
        a = tf.placeholder(tf.float32, [None, None])
        b = tf.placeholder(tf.float32, [None])
        t = make(a, b)
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError) as info:
            sess.run(t, {a: np.ones([2, 3]), b: np.ones([2])})
    assert "\nIncompatible shapes: [2,3] vs. [2]\n" in info.value.message
    assert info.value.op is t.op


def test_uninitialized_ref_variable_is_reported_at_its_read_or_retval_like_tf():
    with tf.Graph().as_default():
        with tf.variable_scope("sc"):
            z = tf.Variable(1.0, name="z", use_resource=False)
        k = tf.constant(1.0)
        y = z * 2.0
        with tf.Session() as sess:
            # a consumer of the variable's read: TF fails at the read Identity, not the consumer
            with pytest.raises(tf.errors.FailedPreconditionError) as info:
                sess.run(y)
            assert info.value.op is z.value().op
            assert info.value.message.endswith("uninitialized value sc/z\n\t [[{{node sc/z/read}}]]")
            # the ref fetched itself: the fetch's _retval node, no op
            with pytest.raises(tf.errors.FailedPreconditionError) as info:
                sess.run([k, z])
            assert info.value.op is None
            assert info.value.message == ("Graph execution error:\n\nAttempting to use uninitialized "
                                          "value sc/z\n\t [[{{node _retval_sc/z_0_1}}]]")
