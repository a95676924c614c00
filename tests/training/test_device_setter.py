"""replica_device_setter and ClusterSpec."""

import pytest

import tensorweave.compat.v1 as tf


def test_variables_go_round_robin_to_ps_tasks_and_other_ops_to_the_worker():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        vs = [tf.Variable(float(i), name="v%d" % i) for i in range(3)]
        s = vs[0] + vs[1]
    assert [v.device for v in vs] == ["/job:ps/task:0", "/job:ps/task:1", "/job:ps/task:0"]
    assert s.device == "/job:worker"


def test_explicit_inner_devices_are_merged():
    with tf.device(tf.train.replica_device_setter(ps_tasks=1, worker_device="/job:worker/task:3")):
        with tf.device("/cpu:0"):
            v = tf.Variable(1.0, name="v")
            c = tf.constant(1.0)
    assert v.device == "/job:ps/task:0/device:CPU:0"
    assert c.device == "/job:worker/task:3/device:CPU:0"


def test_cluster_spec_sets_the_number_of_ps_tasks():
    cluster = tf.train.ClusterSpec({"ps": ["h0:2222", "h1:2222", "h2:2222"], "worker": ["w:2222"]})
    assert cluster.num_tasks("ps") == 3 and cluster.jobs == ["ps", "worker"]
    assert cluster.task_address("worker", 0) == "w:2222"
    with tf.device(tf.train.replica_device_setter(cluster=cluster)):
        vs = [tf.Variable(0.0) for _ in range(4)]
    assert [v.device for v in vs][-1] == "/job:ps/task:0"
    assert {v.device for v in vs} == {"/job:ps/task:0", "/job:ps/task:1", "/job:ps/task:2"}
    with pytest.raises(ValueError):
        cluster.num_tasks("chief")
    assert tf.train.replica_device_setter(ps_tasks=0) is None
