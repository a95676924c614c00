"""tf.distribute in graph mode: the default strategy, contexts, reduce, OneDeviceStrategy.

Expected behaviour recorded from TensorFlow 2.21 (tf.compat.v1, eager execution disabled).
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

D = tf.distribute


def test_default_strategy_and_contexts():
    s = D.get_strategy()
    assert type(s).__name__ == "_DefaultDistributionStrategy"
    assert not isinstance(s, D.Strategy)  # as TF: the default is TF2's Strategy, not V1
    assert not D.has_strategy() and not D.in_cross_replica_context()
    assert s.num_replicas_in_sync == 1
    rc = D.get_replica_context()
    assert rc.replica_id_in_sync_group == 0 and rc.strategy is s
    with s.scope() as inside:
        assert inside is s and D.get_strategy() is s
        assert not D.has_strategy() and D.get_replica_context() is not None
    with pytest.raises(RuntimeError, match="unsupported by default"):
        _ = s.extended.worker_devices
    assert D.get_loss_reduction() is D.ReduceOp.SUM


def test_run_and_reduce_values():
    s = D.get_strategy()
    x = tf.constant([1.0, 2.0, 4.0])

    def step(a):
        ctx = D.get_replica_context()
        assert not D.in_cross_replica_context()
        return a * 2.0, ctx.replica_id_in_sync_group, ctx.all_reduce("SUM", a)

    doubled, rid, summed = s.run(step, args=(x,))
    assert rid.name == "replica_id_in_sync_group:0" and summed.op.type == "IdentityN"
    assert s.reduce("SUM", x, axis=None) is x
    total = s.reduce(D.ReduceOp.SUM, x, axis=0)
    mean = s.reduce(D.ReduceOp.MEAN, x, axis=0)
    assert mean.op.type in ("RealDiv", "Truediv") or mean.op.name.startswith("truediv")
    with tf.Session() as sess:
        d, r, sm, t, m = sess.run([doubled, rid, summed, total, mean])
    np.testing.assert_allclose(d, [2.0, 4.0, 8.0])
    assert r == 0
    np.testing.assert_allclose(sm, [1.0, 2.0, 4.0])
    assert t == 7.0 and np.isclose(m, 7.0 / 3)
    with pytest.raises(TypeError):
        s.reduce("MAX", x)


def test_merge_call_is_cross_replica():
    s = D.get_strategy()

    def step():
        return D.get_replica_context().merge_call(
            lambda strategy, v: (strategy is s, D.in_cross_replica_context(), v), args=(3,))

    assert s.run(step) == (True, True, 3)


def test_reduce_op_and_input_context():
    assert [op.value for op in D.ReduceOp] == ["SUM", "MEAN"]
    assert D.ReduceOp("MEAN") is D.ReduceOp.MEAN
    ic = D.InputContext(num_input_pipelines=2, input_pipeline_id=1, num_replicas_in_sync=4)
    assert ic.get_per_replica_batch_size(16) == 4
    with pytest.raises(ValueError, match="not divisible"):
        ic.get_per_replica_batch_size(15)


def test_one_device_strategy_scope_places_variables_and_ops():
    s = D.OneDeviceStrategy("/cpu:0")
    assert isinstance(s, D.Strategy)
    assert s.extended.worker_devices == ("/replica:0/task:0/device:CPU:0",)
    assert not D.has_strategy()
    with s.scope():
        assert D.has_strategy() and D.in_cross_replica_context()
        assert D.get_replica_context() is None and D.get_strategy() is s
        v = tf.Variable([1.0, 2.0], name="v")
        out = s.run(lambda: (D.in_cross_replica_context(), v * 3.0))
    assert v.device.endswith("device:CPU:0")
    assert out[0] is False
    assert not D.has_strategy()
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_allclose(sess.run(out[1]), [3.0, 6.0])


def test_experimental_set_strategy():
    s = D.OneDeviceStrategy("/cpu:0")
    D.experimental_set_strategy(s)
    try:
        assert D.get_strategy() is s and D.has_strategy()
    finally:
        D.experimental_set_strategy(None)
    assert not D.has_strategy()


def test_strategy_is_per_graph():
    s = D.OneDeviceStrategy("/cpu:0")
    with s.scope():
        with tf.Graph().as_default():
            assert not D.has_strategy()
        assert D.has_strategy()
