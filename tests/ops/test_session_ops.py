"""TF1 session handles (get_session_handle / get_session_tensor / delete_session_tensor);
handle strings, op types and error classes as TF 2.21 gives them."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

CPU = "/job:localhost/replica:0/task:0/device:CPU:0"


@pytest.fixture(autouse=True)
def fresh_graph():
    tf.reset_default_graph()


def test_handle_keeps_a_value_in_the_session_between_runs():
    c = tf.constant(10.0) * tf.constant(5.0)
    h = tf.get_session_handle(c)
    assert (h.name, h.op.type, h.dtype, h.shape.as_list()) == ("GetSessionHandle:0",
                                                               "GetSessionHandle", tf.string, [])
    with tf.Session() as sess:
        handle = sess.run(h)
        assert handle.handle == "GetSessionHandle;0;" + CPU == str(handle) == handle.get_raw_handle()
        holder, value = tf.get_session_tensor(handle.handle, tf.float32)
        assert (holder.op.type, holder.dtype, value.op.type, value.dtype) == (
            "Placeholder", tf.string, "GetSessionTensor", tf.float32)
        assert value.device == CPU and value.op.inputs[0] is holder
        y = value * 10
        assert sess.run(y, feed_dict={holder: handle.handle}) == 500.0
        assert handle.eval() == 50.0
        second = sess.run(tf.get_session_handle(tf.constant([1, 2])))
        assert second.handle == "GetSessionHandle_1;1;" + CPU
        np.testing.assert_array_equal(second.eval(), [1, 2])


def test_deleted_unknown_and_mistyped_handles():
    h = tf.get_session_handle(tf.constant(7))
    with tf.Session() as sess:
        handle = sess.run(h)
        holder, wrong = tf.get_session_tensor(handle.handle, tf.float32)
        with pytest.raises(tf.errors.InternalError):
            sess.run(wrong, {holder: handle.handle})
        dholder, deleter = tf.delete_session_tensor(handle.handle)
        assert deleter.type == "DeleteSessionTensor"
        sess.run(deleter, {dholder: handle.handle})
        holder, value = tf.get_session_tensor(handle.handle, tf.int32)
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(value, {holder: handle.handle})
    with tf.Session() as other, pytest.raises(tf.errors.InvalidArgumentError):
        other.run(value, {holder: handle.handle})  # handles belong to one session


def test_get_session_handle_needs_a_tensor():
    with pytest.raises(TypeError, match="must be of type Tensor"):
        tf.get_session_handle(1.0)
