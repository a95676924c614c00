"""Session.run: fetch structures, feeds, pruning, the plan cache, lifecycle, threads."""

import collections
import threading

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.runtime import plan as plan_module


def test_run_returns_numpy_values_with_tf_types():
    c = tf.constant(5.0)
    s = tf.constant("text")
    v = tf.constant([1, 2])
    with tf.Session() as sess:
        out = sess.run(c)
        assert isinstance(out, np.float32) and out == 5.0
        assert sess.run(s) == b"text"
        arr = sess.run(v)
        assert isinstance(arr, np.ndarray) and arr.dtype == np.int32 and arr.tolist() == [1, 2]


def test_fetch_structures_are_rebuilt_and_duplicates_computed_once():
    Pair = collections.namedtuple("Pair", ["first", "second"])
    a = tf.constant(2.0, name="a")
    b = tf.identity(a, name="b")
    op = tf.no_op(name="nothing")
    with tf.Session() as sess:
        r = sess.run({"x": a, "y": [b, (a, op)], "p": Pair(a, b)})
        assert r["x"] == 2.0 and r["y"][0] == 2.0 and r["y"][1] == (2.0, None)
        assert isinstance(r["p"], Pair) and r["p"].second == 2.0
        od = sess.run(collections.OrderedDict([("k", a)]))
        assert isinstance(od, collections.OrderedDict)
        assert sess.run([]) == [] and sess.run(()) == () and sess.run({}) == {}
        assert sess.run(op) is None


def test_fetch_by_name_and_bad_fetches():
    tf.identity(tf.constant(3, name="a"), name="ident")
    with tf.Session() as sess:
        assert sess.run("ident:0") == 3
        assert sess.run("ident") is None
        with pytest.raises(ValueError):
            sess.run("missing:0")
        with pytest.raises(ValueError):
            sess.run("ident:3")
        with pytest.raises(TypeError):
            sess.run(None)
        with pytest.raises(TypeError):
            sess.run(42)


def test_feeds_convert_dtype_and_check_shape():
    x = tf.placeholder(tf.float32, shape=[None, 2], name="x")
    k = tf.placeholder(tf.int32, shape=[], name="k")
    y = tf.identity(x)
    with tf.Session() as sess:
        out = sess.run(y, {x: [[1, 2]]})
        assert out.dtype == np.float32 and out.tolist() == [[1.0, 2.0]]
        assert sess.run(k, {k: 3.9}) == 3
        assert sess.run(y, {"x:0": np.ones((3, 2))}).shape == (3, 2)
        # TF 2.21's wording: "... for Tensor x:0, which has shape (None, 2)"
        with pytest.raises(ValueError, match=r"Cannot feed value of shape \(3,\) for Tensor x:0, "
                                             r"which has shape \(None, 2\)"):
            sess.run(y, {x: [1.0, 2.0, 3.0]})
        with pytest.raises(ValueError):
            sess.run(k, {k: [1, 2]})
        with pytest.raises(tf.errors.InvalidArgumentError, match="must feed a value for placeholder"):
            sess.run(y)
        with pytest.raises(TypeError):
            sess.run(y, {"x": [[1.0, 2.0]]})


def test_feeding_an_intermediate_replaces_its_producer():
    p = tf.placeholder(tf.float32, [], name="p")
    mid = tf.identity(p, name="mid")
    out = tf.identity(mid, name="out")
    with tf.Session() as sess:
        # p is never fed: feeding `mid` prunes the placeholder away.
        assert sess.run(out, {mid: 7.0}) == 7.0
        assert sess.run(mid, {mid: 1.5}) == 1.5


def test_fed_arrays_are_copied():
    x = tf.placeholder(tf.float32, [2])
    y = tf.identity(x)
    data = np.array([1.0, 2.0], np.float32)
    with tf.Session() as sess:
        out = sess.run(y, {x: data})
        data[0] = 100.0
        assert out.tolist() == [1.0, 2.0]


def test_constant_results_are_writable_copies():
    c = tf.constant([1.0, 2.0])
    with tf.Session() as sess:
        first = sess.run(c)
        first[0] = 50.0
        assert sess.run(c).tolist() == [1.0, 2.0]


def test_plan_is_cached_per_signature(monkeypatch):
    x = tf.placeholder(tf.float32, [])
    y = tf.identity(x)
    calls = []
    real_prune = plan_module.prune

    def counting_prune(*args):
        calls.append(args)
        return real_prune(*args)

    from tensorweave.client import session as session_module

    monkeypatch.setattr(session_module, "prune", counting_prune)
    with tf.Session() as sess:
        for v in range(5):
            assert sess.run(y, {x: float(v)}) == v
        assert len(calls) == 1
        tf.identity(y)  # growing the graph keeps existing plans valid
        sess.run(y, {x: 1.0})
        assert len(calls) == 1
        sess.run([y], {x: 1.0})  # a new signature builds a new plan
        assert len(calls) == 2
        y.op._add_control_input(tf.no_op())  # changing an existing op invalidates
        sess.run(y, {x: 1.0})
        assert len(calls) == 3


def test_pruning_runs_only_what_fetches_need():
    p = tf.placeholder(tf.float32, [], name="unfed")
    needed = tf.constant(1.0)
    tf.identity(p)  # would fail if it ran
    with tf.Session() as sess:
        assert sess.run(needed) == 1.0


def test_session_binds_to_its_graph():
    g1, g2 = tf.Graph(), tf.Graph()
    with g1.as_default():
        a = tf.constant(1.0)
    with g2.as_default():
        b = tf.constant(2.0)
    with tf.Session(graph=g1) as sess:
        assert sess.graph is g1
        assert sess.run(a) == 1.0
        with pytest.raises(ValueError):
            sess.run(b)


def test_closed_session_raises_runtime_error_and_close_is_idempotent():
    c = tf.constant(1)
    sess = tf.Session()
    sess.close()
    sess.close()
    with pytest.raises(RuntimeError):
        sess.run(c)


def test_context_manager_installs_default_session_and_graph():
    g = tf.Graph()
    with g.as_default():
        c = tf.constant(4)
    with tf.Session(graph=g) as sess:
        assert tf.get_default_session() is sess
        assert tf.get_default_graph() is g
        assert c.eval() == 4
    assert tf.get_default_session() is None


def test_eval_without_default_session_is_value_error():
    c = tf.constant(1)
    with pytest.raises(ValueError):
        c.eval()


def test_interactive_session_is_default_until_closed():
    c = tf.constant(3.0)
    sess = tf.InteractiveSession()
    try:
        assert tf.get_default_session() is sess
        assert c.eval() == 3.0
        tf.no_op(name="n").run()
    finally:
        sess.close()
    assert tf.get_default_session() is None


def test_make_callable_runs_with_positional_feeds():
    x = tf.placeholder(tf.float32, [2])
    y = tf.identity(x)
    with tf.Session() as sess:
        fn = sess.make_callable([y], [x])
        assert fn([1.0, 2.0])[0].tolist() == [1.0, 2.0]
        # As in TF 2.21, values pair with the feed list like zip(): a missing one leaves its
        # placeholder unfed (a run-time error), a surplus one is ignored.
        with pytest.raises(tf.errors.InvalidArgumentError, match="must feed a value"):
            fn()
        assert fn([3.0, 4.0], [5.0])[0].tolist() == [3.0, 4.0]


def test_callables_without_feed_list_are_cancelled_after_close():
    # TF 2.21: such callables run through a session handle (CancelledError once closed); with
    # a feed_list they go through Session.run (RuntimeError).
    x = tf.placeholder(tf.int32, [])
    c = tf.constant(3)
    sess = tf.Session()
    plain = sess.make_callable(c)
    with_options = sess.make_callable(c, accept_options=True)
    fed = sess.make_callable(x * 2, feed_list=[x])
    assert plain() == 3 and with_options() == 3 and fed(2) == 4
    sess.close()
    with pytest.raises(tf.errors.CancelledError, match="Session has been closed"):
        plain()
    with pytest.raises(tf.errors.CancelledError):
        with_options(options=tf.RunOptions())
    with pytest.raises(RuntimeError, match="closed Session"):
        fed(2)


def test_unknown_target_scheme_names_what_is_supported():
    with pytest.raises(tf.errors.NotFoundError, match="No session factory registered.*grpc://host:port"):
        tf.Session("foo://localhost:2222")


def test_gpu_pinned_ops_need_soft_placement():
    with tf.device("/device:GPU:0"):
        a = tf.identity(tf.constant([1.0]))
    with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
        assert sess.run(a).tolist() == [1.0]
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Cannot assign a device"):
            sess.run(a)


def test_the_whole_graph_is_placed_so_any_unplaceable_op_fails_every_run():
    # As TF 2.21: the session places the whole graph, not only the ops a run needs.
    b = tf.constant(2.0, name="b")
    with tf.Session() as sess:
        assert sess.run(b) == 2.0
        with tf.device("/gpu:0"):
            a = tf.identity(b, name="a")
        for fetch in (b, a):
            with pytest.raises(tf.errors.InvalidArgumentError) as info:
                sess.run(fetch)
            message = info.value.message
            assert message.startswith("Graph execution error:")
            assert "Cannot assign a device for operation a: {{node a}} was explicitly assigned to " \
                "/device:GPU:0 but available devices are [ /job:localhost/replica:0/task:0/device:CPU:0 " \
                "]. Make sure the device specification refers to a valid device. The requested " \
                "device appears to be a GPU, but CUDA is not enabled." in message
    with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
        assert sess.run([a, b]) == [2.0, 2.0]
    with tf.device("/job:ps/task:0"):
        tf.constant(0.0, name="on_ps")
    with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
        # no job "ps" here: soft placement cannot help
        with pytest.raises(tf.errors.InvalidArgumentError, match="explicitly assigned to /job:ps"):
            sess.run(b)


def test_list_devices_reports_the_local_cpu():
    with tf.Session() as sess:
        devices = sess.list_devices()
    assert [d.device_type for d in devices] == ["CPU"]
    assert devices[0].name.endswith("/device:CPU:0")


def test_many_threads_run_one_session():
    x = tf.placeholder(tf.float32, [3])
    y = tf.identity(x)
    errors = []
    with tf.Session() as sess:
        def worker(k):
            try:
                for i in range(200):
                    v = float(k * 1000 + i)
                    out = sess.run(y, {x: [v, v, v]})
                    assert out.tolist() == [v, v, v]
            except Exception as err:  # noqa: BLE001
                errors.append(err)

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors


def test_interactive_session_enters_only_an_explicit_graph():
    # TF 2.21: an InteractiveSession on the default graph does not push it, so
    # tf.reset_default_graph() works while it is open; one given a graph pushes that graph.
    g0 = tf.get_default_graph()
    sess = tf.InteractiveSession()
    tf.reset_default_graph()
    assert tf.get_default_graph() is not g0 and tf.get_default_session() is sess
    sess.close()
    g = tf.Graph()
    sess = tf.InteractiveSession(graph=g)
    assert tf.get_default_graph() is g
    with pytest.raises(AssertionError):
        tf.reset_default_graph()
    sess.close()
    assert tf.get_default_graph() is not g


def test_reset_default_graph_is_allowed_under_a_default_session():
    v = tf.Variable(1.0, name="v")
    sess = tf.Session()
    with sess.as_default():
        tf.reset_default_graph()
        assert tf.get_default_session() is sess and tf.get_default_graph() is not v.graph
        sess.run(v.initializer)
        assert v.eval() == 1.0
    sess.close()


def test_bad_feed_keys_are_reported_before_bad_fetches():
    g = tf.Graph()
    with g.as_default():
        u = tf.Variable(1.0, name="u")
    v = tf.Variable(2.0, name="v")
    with tf.Session() as sess:
        with pytest.raises(TypeError, match="Cannot interpret feed_dict key"):
            sess.run(u, feed_dict={u: 1.0})
        with pytest.raises(TypeError):  # Variable.load into a session of another graph
            u.load(5.0, sess)
        with pytest.raises(ValueError):
            sess.run(u, feed_dict={v: 1.0})


def test_feeding_a_tensor_handle_feeds_the_value_it_holds():
    v = tf.Variable([1.0, 2.0], name="v")
    x = tf.placeholder(tf.float32, [2], name="x")
    xi = tf.placeholder(tf.int32, [2], name="xi")
    with tf.Session() as sess:
        sess.run(v.initializer)
        h = sess.run(tf.get_session_handle(v.read_value() * 2.0))
        np.testing.assert_allclose(sess.run(x * 3.0, feed_dict={x: h}), [6.0, 12.0])
        holder, t = tf.get_session_tensor(h.handle, tf.float32)
        np.testing.assert_allclose(sess.run(t, feed_dict={holder: h.handle}), [2.0, 4.0])
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(t, feed_dict={holder: h})  # a string placeholder given the float value
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(xi + 1, feed_dict={xi: h})
