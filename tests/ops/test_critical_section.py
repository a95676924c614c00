"""tf.CriticalSection in graph mode (op structure recorded from TF 2.21) and its run-time mutex."""

import threading
import time

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.ops import critical_section


def test_execute_builds_lock_and_consume_around_fn():
    cs = tf.CriticalSection(name="cs")
    v = tf.Variable(0.0, name="v")
    r = cs.execute(lambda: v.assign_add(1.0))
    assert cs.name == "cs" and r.name == "critical_section_execute/Identity_1:0"
    lock = tf.get_default_graph().get_operation_by_name("critical_section_execute/MutexLock")
    consume = tf.get_default_graph().get_operation_by_name(
        "critical_section_execute/ConsumeMutexLock")
    assert lock.inputs[0] is cs._handle and consume.inputs[0] is lock.outputs[0]
    # the lock waits for what fn reads from outside (the variable's handle)
    assert [c.name for c in lock.control_inputs] == ["critical_section_execute/group_deps"]
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        assert [s.run(r) for _ in range(3)] == [1.0, 2.0, 3.0]


def test_nested_and_conflicting_executions_are_refused():
    cs = tf.CriticalSection()
    with pytest.raises(ValueError, match="already running"):
        cs.execute(lambda: cs.execute(lambda: tf.constant(1.0)))
    v = tf.Variable(1.0)
    cs.execute(lambda: v.read_value())
    other = tf.CriticalSection(shared_name="other")
    with pytest.raises(ValueError, match="exclusive"):
        other.execute(lambda: v.read_value())


def test_concurrent_runs_are_serialized():
    cs = tf.CriticalSection()
    v = tf.Variable(0.0)

    def slow_increment():
        def bump(x):
            time.sleep(0.002)
            return np.float32(x + 1.0)

        new = tf.py_func(bump, [v.read_value()], tf.float32)
        return v.assign(new)

    r = cs.execute(slow_increment)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        threads = [threading.Thread(target=lambda: [s.run(r) for _ in range(10)])
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert s.run(v) == 40.0  # no lost updates: each read-modify-write held the lock


def test_mutex_blocks_other_threads_and_is_released_when_dropped():
    m = critical_section._Mutex("m")
    held = critical_section._MutexLockValue(m)
    got = []
    t = threading.Thread(target=lambda: got.append(critical_section._MutexLockValue(m)))
    t.start()
    time.sleep(0.05)
    assert not got  # still waiting
    del held  # a failed run drops its lock value: the mutex is released
    t.join(2)
    assert len(got) == 1
    got[0].release()
