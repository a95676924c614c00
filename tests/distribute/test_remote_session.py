"""grpc:// sessions against in-process tf.train.Servers: results, shared state, errors."""

import collections
import time

import numpy as np
import pytest

pytest.importorskip("grpc")

import tensorweave.compat.v1 as tf  # noqa: E402
from tensorweave.framework import errors  # noqa: E402


@pytest.fixture
def server():
    srv = tf.train.Server.create_local_server()
    yield srv
    srv.stop()


def test_constant_round_trip(server):
    with tf.Session(server.target) as sess:
        assert sess.run(tf.constant(42)) == 42
        out = sess.run(tf.constant([[1.5, 2.5]], dtype=tf.float64))
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, [[1.5, 2.5]])


def test_session_is_a_session_and_default(server):
    sess = tf.Session(server.target)
    assert isinstance(sess, tf.Session)
    assert sess.sess_str == server.target.encode()
    with sess:
        assert tf.get_default_session() is sess
        assert tf.get_default_session().run(tf.constant(7) * 6) == 42
    with pytest.raises(RuntimeError, match="closed Session"):
        sess.run(tf.constant(1))


def test_feeds_of_several_dtypes(server):
    x = tf.placeholder(tf.float32, [None, 2])
    n = tf.placeholder(tf.int64, [])
    s = tf.placeholder(tf.string, [None])
    b = tf.placeholder(tf.bool, [])
    with tf.Session(server.target) as sess:
        got_x, got_n, got_s, got_b = sess.run(
            [x * 2.0, n + 1, tf.strings.join([s, s]), tf.logical_not(b)],
            {x: [[1, 2], [3, 4]], n: 41, s: ["a", "bc"], b: True})
    assert got_x.dtype == np.float32
    np.testing.assert_array_equal(got_x, [[2, 4], [6, 8]])
    assert got_n == 42 and got_n.dtype == np.int64
    assert list(got_s) == [b"aa", b"bcbc"]
    assert got_b is np.False_ or got_b == False  # noqa: E712


def test_nested_fetches_feeds_and_make_callable(server):
    Pair = collections.namedtuple("Pair", "a b")
    x = tf.placeholder(tf.float32, [2])
    y = x * 3.0
    total = tf.reduce_sum(y)
    no_op = tf.no_op()
    with tf.Session(server.target) as sess:
        out = sess.run({"list": [y, (total,)], "pair": Pair(total, y), "op": no_op}, {x: [1.0, 2.0]})
        np.testing.assert_allclose(out["list"][0], [3.0, 6.0])
        assert out["list"][1] == (9.0,)
        assert isinstance(out["pair"], Pair) and out["pair"].a == 9.0
        assert out["op"] is None
        assert sess.run(total, feed_dict={"Placeholder:0": [1.0, 1.0]}) == 6.0
        fn = sess.make_callable([total, y], [x])
        got_total, got_y = fn([2.0, 2.0])
        assert got_total == 12.0
        np.testing.assert_allclose(got_y, [6.0, 6.0])


def test_sparse_feed(server):
    sp = tf.sparse_placeholder(tf.float32)
    dense = tf.sparse_tensor_to_dense(sp)
    with tf.Session(server.target) as sess:
        out = sess.run(dense, {sp: tf.SparseTensorValue([[0, 0], [1, 2]], [1.0, 2.0], [2, 3])})
    np.testing.assert_array_equal(out, [[1, 0, 0], [0, 0, 2]])


def test_bad_feed_is_rejected_before_sending(server):
    x = tf.placeholder(tf.float32, [2])
    with tf.Session(server.target) as sess:
        with pytest.raises(ValueError, match="Cannot feed value of shape"):
            sess.run(x, {x: [1.0, 2.0, 3.0]})


def test_variables_are_shared_by_sessions_on_one_server(server):
    v = tf.Variable(1.0, name="v")
    inc = tf.assign_add(v, 1.0)
    s1 = tf.Session(server.target)
    s2 = tf.Session(server.target)
    try:
        s1.run(v.initializer)
        s1.run(inc)
        assert s2.run(v) == 2.0
        s2.run(inc)
        assert s1.run(v) == 3.0
    finally:
        s1.close()
        s2.close()
    # The value outlives the sessions, and a fresh graph reaches it by name.
    with tf.Graph().as_default():
        v_again = tf.Variable(100.0, name="v")
        with tf.Session(server.target) as s3:
            assert s3.run(v_again) == 3.0


def test_local_sessions_keep_private_state(server):
    v = tf.Variable(1.0, name="v")
    with tf.Session(server.target) as remote:
        remote.run(v.initializer)
        with tf.Session() as local:
            with pytest.raises(tf.errors.FailedPreconditionError):
                local.run(v)


def test_servers_do_not_share_state(server):
    other = tf.train.Server.create_local_server()
    try:
        v = tf.Variable(5.0, name="v")
        with tf.Session(server.target) as sess:
            sess.run(v.initializer)
        with tf.Session(other.target) as sess:
            with pytest.raises(tf.errors.FailedPreconditionError):
                sess.run(v)
    finally:
        other.stop()


def test_reset_clears_variables_and_closes_sessions(server):
    v = tf.Variable(1.0, name="v")
    sess = tf.Session(server.target)
    sess.run(v.initializer)
    tf.Session.reset(server.target)
    with pytest.raises(tf.errors.AbortedError, match="not found"):
        sess.run(v)
    sess.close()  # closing a session the reset dropped is quiet
    with tf.Session(server.target) as fresh:
        with pytest.raises(tf.errors.FailedPreconditionError, match="uninitialized"):
            fresh.run(v)


def test_reset_of_named_containers_only(server):
    a = tf.Variable(1.0, name="a")
    a.op._set_attr("container", "experiment")  # what tf.container would give (not yet built)
    b = tf.Variable(2.0, name="b")
    with tf.Session(server.target) as sess:
        sess.run([a.initializer, b.initializer])
    tf.Session.reset(server.target, ["experiment"])
    with tf.Session(server.target) as sess:
        assert sess.run(b) == 2.0
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(a)


def test_graph_grows_after_the_first_run(server):
    a = tf.constant(2.0)
    with tf.Session(server.target) as sess:
        assert sess.run(a) == 2.0
        b = a * 5.0  # sent as an extension of the server's copy
        assert sess.run(b) == 10.0
        c = tf.identity(b)
        c.op._add_control_input(tf.no_op(name="later"))
        assert sess.run(c) == 10.0  # a changed op: the whole graph is sent again


def test_run_errors_keep_their_class_message_and_op(server):
    x = tf.placeholder(tf.float32)
    r = tf.reshape(x, [3], name="my_reshape")
    with tf.Session(server.target) as sess:
        with pytest.raises(tf.errors.InvalidArgumentError) as info:
            sess.run(r, {x: [1.0, 2.0]})
        assert info.value.op is r.op
        assert "2 values" in info.value.message
        checked = tf.debugging.check_numerics(tf.constant([1.0, np.nan]), "bad values")
        with pytest.raises(tf.errors.InvalidArgumentError, match="bad values"):
            sess.run(checked)


def test_out_of_range_is_preserved(server):
    nxt = tf.data.Dataset.range(2).make_one_shot_iterator().get_next()
    with tf.Session(server.target) as sess:
        assert [sess.run(nxt), sess.run(nxt)] == [0, 1]
        with pytest.raises(tf.errors.OutOfRangeError):
            sess.run(nxt)


def test_uninitialized_variable_error(server):
    v = tf.Variable([1.0], name="never_set")
    with tf.Session(server.target) as sess:
        with pytest.raises(tf.errors.FailedPreconditionError, match="never_set") as info:
            sess.run(v)
    assert isinstance(info.value, errors.OpError)


def _slow_identity(x):
    time.sleep(1.0)
    return x


def test_run_options_timeout_gives_deadline_exceeded(server):
    y = tf.py_func(_slow_identity, [tf.constant(1.0)], tf.float32)
    with tf.Session(server.target) as sess:
        start = time.monotonic()
        with pytest.raises(tf.errors.DeadlineExceededError):
            sess.run(y, options=tf.RunOptions(timeout_in_ms=100))
        assert time.monotonic() - start < 0.9


def test_operation_timeout_in_config_gives_deadline_exceeded(server):
    y = tf.py_func(_slow_identity, [tf.constant(1.0)], tf.float32)
    config = tf.ConfigProto(operation_timeout_in_ms=100)
    with tf.Session(server.target, config=config) as sess:
        with pytest.raises(tf.errors.DeadlineExceededError):
            sess.run(y)


def test_unreachable_server_is_unavailable_quickly(server):
    port = int(server.target.rsplit(":", 1)[1])
    server.stop()  # nothing listens on that port any more
    c = tf.constant(1)
    start = time.monotonic()
    with pytest.raises(tf.errors.UnavailableError, match="could not be reached"):
        with tf.Session("grpc://localhost:%d" % port) as sess:
            sess.run(c)
    assert time.monotonic() - start < 5.0


def test_unreachable_server_with_an_operation_timeout_is_deadline_exceeded(server):
    # As in TF: with operation_timeout_in_ms, the session waits for the server that long.
    port = int(server.target.rsplit(":", 1)[1])
    server.stop()
    c = tf.constant(1)
    config = tf.ConfigProto(operation_timeout_in_ms=300)
    with pytest.raises(tf.errors.DeadlineExceededError):
        with tf.Session("grpc://localhost:%d" % port, config=config) as sess:
            sess.run(c)


def test_unknown_target_scheme():
    with pytest.raises(tf.errors.NotFoundError, match="No session factory"):
        tf.Session("foo://bar")


def test_list_devices(server):
    with tf.Session(server.target) as sess:
        names = [d.name for d in sess.list_devices()]
    assert names == ["/job:localhost/replica:0/task:0/device:CPU:0"]


def test_interactive_session_with_target(server):
    sess = tf.InteractiveSession(server.target)
    try:
        assert tf.get_default_session() is sess
        assert tf.constant(3).eval() == 3
    finally:
        sess.close()
    assert tf.get_default_session() is not sess


def test_gpu_pinned_op_needs_soft_placement(server):
    with tf.device("/device:GPU:0"):
        c = tf.constant(1.0) + 1.0
    with tf.Session(server.target) as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Cannot assign a device"):
            sess.run(c)
    config = tf.ConfigProto(allow_soft_placement=True)
    with tf.Session(server.target, config=config) as sess:
        assert sess.run(c) == 2.0


def test_tf1_control_flow_runs_on_the_master_as_the_client_built_it(server):
    """A graph holding Switch/Merge (and a TF-written TF1 loop) reaches the master unchanged and
    runs there on the dataflow scheduler; fetches name the client's tensors."""
    import json
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "interop3"
    expected = json.loads((fixtures / "expected.json").read_text())["graphs"]["higher_order"]
    gd = tf.GraphDef()
    gd.ParseFromString((fixtures / "higher_order.pb").read_bytes())
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [], name="x")
        sw = g.create_op("Switch", [x, x > 0], [tf.float32, tf.float32], name="gate")
        merged = g.create_op("Merge", [[sw.outputs[0] * -1.0, sw.outputs[1] * 10.0]],
                             [tf.float32, tf.int32], name="joined")
        tf.import_graph_def(gd, name="tf1")
        with tf.Session(server.target) as sess:
            assert sess.run(merged.outputs, {x: 2.0}) == [20.0, 1]
            assert sess.run(merged.outputs, {x: -3.0}) == [3.0, 0]
            with pytest.raises(errors.InvalidArgumentError, match="does not have value"):
                sess.run(sw.outputs[0], {x: 1.0})
            fetches = ["tf1/" + f for f in expected["fetches"]]
            for feed, want in zip(expected["feeds"], expected["results"]):
                got = sess.run(fetches, {"tf1/" + k: v for k, v in feed.items()})
                for value, wanted in zip(got, want):
                    np.testing.assert_allclose(value, wanted, rtol=2e-5, atol=2e-5)
