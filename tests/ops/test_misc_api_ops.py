"""tf.timestamp, tf.guarantee_const, tf.grad_pass_through, tf.is_symbolic_tensor and the
eager/v2 switches; expected values recorded from TF 2.21 in graph mode."""

import time

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def fresh_graph():
    tf.reset_default_graph()


def test_timestamp_is_a_stateful_float64_scalar_read_at_run_time():
    t = tf.timestamp()
    assert (t.name, t.op.type, t.dtype, t.shape.as_list()) == ("Timestamp:0", "Timestamp",
                                                               tf.float64, [])
    assert t.op.op_def.is_stateful
    before = time.time()
    with tf.Session() as sess:
        first = sess.run(t)
        time.sleep(0.01)
        second = sess.run(t)
    assert type(first) is np.float64 and before <= first < second <= time.time()


def test_guarantee_const_is_an_identity_without_gradient():
    x = tf.constant([1.0, 2.0])
    g = tf.guarantee_const(x, name="gc")
    assert (g.name, g.op.type, g.dtype, g.shape.as_list()) == ("gc:0", "GuaranteeConst",
                                                               tf.float32, [2])
    assert g.op.op_def.is_stateful
    with tf.Session() as sess:
        np.testing.assert_array_equal(sess.run(g), [1.0, 2.0])
    with pytest.raises(LookupError):
        tf.gradients(g, x)


def test_grad_pass_through_uses_the_identity_gradient():
    x = tf.constant(3.2)
    y = tf.grad_pass_through(tf.round)(x)
    assert y.op.type == "IdentityN"
    (dx,) = tf.gradients(y * 2.0, x)
    with tf.Session() as sess:
        assert sess.run([y, dx]) == [3.0, 2.0]  # round's own gradient would be None


def test_is_symbolic_tensor_and_switches():
    assert tf.is_symbolic_tensor(tf.constant(1.0)) is True
    assert tf.is_symbolic_tensor(1.0) is False
    assert tf.is_symbolic_tensor(tf.Variable(1.0)) is False
    assert tf.is_symbolic_tensor(tf.SparseTensor([[0]], [1.0], [2])) is False
    assert tf.control_flow_v2_enabled() is True
    with pytest.raises(ValueError, match="must be called at program startup"):
        tf.enable_eager_execution()
    with pytest.raises(ValueError, match="must be called at program startup"):
        tf.enable_v2_behavior()
