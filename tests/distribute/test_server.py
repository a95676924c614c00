"""tf.train.Server: construction from cluster specs and ServerDefs, targets, ps/worker graphs."""

import socket
import threading

import numpy as np
import pytest

pytest.importorskip("grpc")

import tensorweave.compat.v1 as tf  # noqa: E402


def _free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


@pytest.fixture
def servers():
    started = []
    yield started
    for srv in started:
        srv.stop()


@pytest.fixture
def ps_worker(servers):
    cluster = tf.train.ClusterSpec({"ps": ["localhost:%d" % _free_port()],
                                    "worker": ["localhost:%d" % _free_port()]})
    ps = tf.train.Server(cluster, job_name="ps", task_index=0)
    servers.append(ps)
    worker = tf.train.Server(cluster, job_name="worker", task_index=0)
    servers.append(worker)
    return cluster, ps, worker


def test_create_local_server_target_and_server_def(servers):
    srv = tf.train.Server.create_local_server()
    servers.append(srv)
    assert srv.target.startswith("grpc://localhost:")
    assert int(srv.target.rsplit(":", 1)[1]) > 0
    sd = srv.server_def
    assert isinstance(sd, tf.train.ServerDef)
    assert sd.job_name == "localhost" and sd.task_index == 0 and sd.protocol == "grpc"
    assert tf.train.ClusterSpec(sd.cluster).as_dict() == {"localhost": ["localhost:0"]}


def test_server_from_cluster_uses_the_task_address(ps_worker):
    cluster, ps, worker = ps_worker
    assert worker.target == "grpc://" + cluster.task_address("worker", 0)
    assert ps.target == "grpc://" + cluster.task_address("ps", 0)
    assert worker.server_def.job_name == "worker"


def test_job_and_task_must_be_explicit_when_ambiguous():
    cluster = {"ps": ["localhost:1"], "worker": ["localhost:2", "localhost:3"]}
    with pytest.raises(ValueError, match="explicit `job_name`"):
        tf.train.Server(cluster, start=False)
    with pytest.raises(ValueError, match="explicit `task_index`"):
        tf.train.Server(cluster, job_name="worker", start=False)
    with pytest.raises(TypeError):
        tf.train.Server(42)


def test_server_from_server_def(servers):
    sd = tf.train.ServerDef()
    sd.cluster.CopyFrom(tf.train.ClusterSpec({"local": ["localhost:%d" % _free_port()]}).as_cluster_def())
    sd.job_name = "local"
    sd.protocol = "grpc"
    srv = tf.train.Server(sd)
    servers.append(srv)
    with tf.Session(srv.target) as sess:
        assert sess.run(tf.constant(5) + 1) == 6
        assert [d.name for d in sess.list_devices()] == ["/job:local/replica:0/task:0/device:CPU:0"]


def test_unsupported_protocol():
    # As in TF: no server factory is registered for the protocol.
    with pytest.raises(tf.errors.NotFoundError, match="protocol"):
        tf.train.Server({"local": ["localhost:0"]}, protocol="grpc+verbs", start=False)


def test_a_taken_port_cannot_be_served_twice(servers):
    port = _free_port()
    first = tf.train.Server({"local": ["localhost:%d" % port]})
    servers.append(first)
    with pytest.raises(tf.errors.UnknownError, match="Could not start gRPC server"):
        tf.train.Server({"local": ["localhost:%d" % port]})


def test_start_later_and_join_returns_when_stopped(servers):
    srv = tf.train.Server.create_local_server(start=False)
    servers.append(srv)
    srv.start()
    srv.start()  # starting twice is harmless
    with tf.Session(srv.target) as sess:
        assert sess.run(tf.constant(1)) == 1
    joined = threading.Event()
    thread = threading.Thread(target=lambda: (srv.join(), joined.set()), daemon=True)
    thread.start()
    assert not joined.wait(0.05)
    srv.stop()
    assert joined.wait(5)


def test_replica_device_setter_graph_runs_on_the_worker(ps_worker):
    cluster, _, worker = ps_worker
    with tf.device(tf.train.replica_device_setter(cluster=cluster, worker_device="/job:worker/task:0")):
        w = tf.Variable([1.0, 2.0], name="w")
        x = tf.placeholder(tf.float32, [2])
        loss = tf.reduce_sum(w * x)
        step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
    assert w.device == "/job:ps/task:0" and loss.device == "/job:worker/task:0"
    with tf.Session(worker.target) as sess:
        names = sorted(d.name for d in sess.list_devices())
        assert names == ["/job:ps/replica:0/task:0/device:CPU:0",
                         "/job:worker/replica:0/task:0/device:CPU:0"]
        sess.run(tf.global_variables_initializer())
        sess.run(step, {x: [1.0, 1.0]})
        np.testing.assert_allclose(sess.run(w), [0.5, 1.5])
        # A second session on the worker sees the trained value.
        with tf.Session(worker.target) as other:
            np.testing.assert_allclose(other.run(w), [0.5, 1.5])


def test_op_on_a_task_outside_the_cluster_is_rejected(ps_worker):
    _, _, worker = ps_worker
    with tf.device("/job:worker/task:7"):
        c = tf.constant(1.0) * 2.0
    with tf.Session(worker.target) as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Cannot assign a device"):
            sess.run(c)


def test_job_or_task_missing_from_the_cluster_is_an_internal_error():
    cluster = {"ps": ["localhost:1"], "worker": ["localhost:2", "localhost:3"]}
    with pytest.raises(tf.errors.InternalError, match="Job \"chief\" was not defined"):
        tf.train.Server(cluster, job_name="chief", task_index=0, start=False)
    with pytest.raises(tf.errors.InternalError, match="Task 4 was not defined in job"):
        tf.train.Server(cluster, job_name="worker", task_index=4, start=False)


def test_cluster_spec_keeps_addresses_as_given_and_refuses_other_types():
    spec = tf.train.ClusterSpec({"ps": [b"a:1"], "w": {0: "b:1"}})
    assert spec.as_dict() == {"ps": [b"a:1"], "w": ["b:1"]}
    assert spec.task_address("ps", 0) == b"a:1"
    assert dict(spec.as_cluster_def().job[0].tasks) == {0: "a:1"}
    for bad in ([1234], [None], {0: 5}):
        with pytest.raises(TypeError, match="must be bytes or unicode"):
            tf.train.ClusterSpec({"ps": bad})
    with pytest.raises(TypeError, match="Job name"):
        tf.train.ClusterSpec({5: ["a:1"]})


def test_servers_of_one_cluster_in_a_process_share_resources(ps_worker, servers):
    _, ps, worker = ps_worker
    with tf.device("/job:ps/task:0"):
        v = tf.Variable(3.0, name="shared")
    with tf.Session(worker.target) as sess:
        sess.run(v.initializer)
        sess.run(v.assign_add(1.0))
    # As in TF, the variable lives on the ps task: a session on the ps server reaches it too.
    with tf.Session(ps.target) as sess:
        assert sess.run(v) == 4.0
    # Stopping one server of the cluster keeps the others' resources.
    ps.stop()
    with tf.Session(worker.target) as sess:
        assert sess.run(v) == 4.0


def test_local_servers_do_not_share_resources(servers):
    a = tf.train.Server.create_local_server()
    b = tf.train.Server.create_local_server()
    servers.extend([a, b])
    v = tf.Variable(1.0, name="v")
    with tf.Session(a.target) as sess:
        sess.run(v.initializer)
    with tf.Session(b.target) as sess:
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(v)
