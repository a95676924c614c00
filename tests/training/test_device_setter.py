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


def test_resource_variable_helper_ops_follow_tf_placement_under_a_setter():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        v = tf.Variable(1.0, name="v", use_resource=True)
        read = v.read_value()
        value = v.value()
        total = v + 1.0
    g = tf.get_default_graph()
    assert v.device == "/job:ps/task:0"
    assert v.initializer.device == "/job:ps/task:0"
    assert g.get_operation_by_name("v/Read/ReadVariableOp").device == "/job:ps/task:0"
    # Only the initializer and the first read are pinned to the handle's device.
    assert g.get_operation_by_name("v/IsInitialized/VarIsInitializedOp").device == "/job:worker"
    assert read.op.inputs[0].op.device == "/job:worker" and read.device == "/job:worker"
    # value() (and so operators) reads outside every device scope.
    assert value.device == ""
    assert total.op.inputs[0].device == "" and total.device == "/job:worker"


def test_ref_assign_converts_python_values_on_the_worker():
    with tf.device(tf.train.replica_device_setter(ps_tasks=1)):
        v = tf.Variable([1.0, 2.0], name="v", use_resource=False)
        a = tf.assign(v, [3.0, 4.0])
        s = tf.scatter_update(v, [0], [7.0])
    g = tf.get_default_graph()
    assert a.device == "/job:ps/task:0" and s.device == "/job:ps/task:0"
    assert g.get_operation_by_name("Assign/value").device == "/job:worker"
    assert g.get_operation_by_name("ScatterUpdate/indices").device == "/job:worker"
    assert g.get_operation_by_name("ScatterUpdate/updates").device == "/job:worker"


def test_group_noop_takes_the_device_of_its_inputs():
    with tf.device("/job:ps/task:0"):
        a = tf.constant(1.0, name="a")
    c = tf.constant(2.0, name="c")
    with tf.device("/job:worker/task:1"):
        one = tf.group(a, name="one")
        two = tf.group(a, c, name="two")
    g = tf.get_default_graph()
    assert one.device == "/job:ps/task:0"
    assert two.device == "/job:worker/task:1"
    # The per-device NoOp of inputs without a device keeps the device scope in force.
    assert g.get_operation_by_name("two/NoOp").device == "/job:worker/task:1"
    assert g.get_operation_by_name("two/NoOp_1").device == "/job:ps/task:0"


def test_cluster_ps_job_is_the_one_ps_device_names_and_tasks_are_counted():
    setter = tf.train.replica_device_setter(cluster={"param": ["a:1", "b:1"]}, ps_device="/job:param")
    with tf.device(setter):
        vs = [tf.Variable(float(i)) for i in range(3)]
    assert [v.device for v in vs] == ["/job:param/task:0", "/job:param/task:1", "/job:param/task:0"]
    # No job in ps_device, or a job the cluster lacks: no ps tasks, so no setter.
    assert tf.train.replica_device_setter(cluster={"ps": ["a:1"]}, ps_device="/task:1") is None
    assert tf.train.replica_device_setter(cluster={"param": ["a:1"]}) is None
    assert tf.train.replica_device_setter(cluster={"ps": []}) is None
    # A sparse job counts its tasks (one), whatever their indices.
    with tf.Graph().as_default(), tf.device(tf.train.replica_device_setter(cluster={"ps": {3: "a:1"}})):
        ws = [tf.Variable(0.0) for _ in range(2)]
    assert [w.device for w in ws] == ["/job:ps/task:0", "/job:ps/task:0"]


def test_job_tasks_of_a_job_without_tasks_is_a_value_error():
    cluster = tf.train.ClusterSpec({"ps": [], "w": {2: "a:1"}})
    assert cluster.num_tasks("ps") == 0 and cluster.job_tasks("w") == [None, None, "a:1"]
    with pytest.raises(ValueError):
        cluster.job_tasks("ps")
