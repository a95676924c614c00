"""Session.run feeds and fetches, make_callable and partial_run, checked against TensorFlow 2.21.

Expected values, types and message fragments were recorded by running the same programs under
TF 2.21 (`tensorflow.compat.v1`, graph mode, NumPy 2)."""

import collections

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default() as g:
        yield g


# ------------------------------------------------------------------------ feeds
def test_fetching_a_fed_tensor_returns_the_fed_array():
    x = tf.placeholder(tf.float32, [], name="x")
    s = tf.placeholder(tf.string, [2], name="s")
    with tf.Session() as sess:
        out = sess.run(x, {x: 3})
        assert type(out) is np.ndarray and out.dtype == np.float32 and out.shape == () and out == 3.0
        assert type(sess.run(x * 2, {x: 3})) is np.float32  # computed: a NumPy scalar
        fed = sess.run(s, {s: ["a", b"b"]})  # TF gives the fed strings back as they were
        assert fed.dtype == object and fed.tolist() == ["a", b"b"]
        assert sess.run(tf.identity(s), {s: ["a", b"b"]}).tolist() == [b"a", b"b"]


def test_feeds_cast_numbers_like_numpy_2():
    i = tf.placeholder(tf.int32, [2], name="i")
    b = tf.placeholder(tf.bool, [], name="b")
    with tf.Session() as sess:
        assert sess.run(i + 0, {i: [2 ** 40, 1]}).tolist() == [0, 1]  # wraps around, as TF 2.21
        assert sess.run(i + 0, {i: [3.9, -1.5]}).tolist() == [3, -1]
        assert sess.run(tf.logical_not(b), {b: "x"}) == np.False_
        with pytest.raises(ValueError, match="could not convert string to float"):
            x = tf.placeholder(tf.float32, [])
            sess.run(x + 0, {x: "a"})


@pytest.mark.parametrize("dtype, value, np_name", [
    (tf.int32, 2 ** 40, "numpy.int32"), (tf.uint8, -1, "numpy.uint8"), (tf.uint8, 300, "numpy.uint8"),
    (tf.bool, 2, "numpy.bool"), (tf.string, 1, "object")])
def test_python_int_feed_must_survive_the_cast(dtype, value, np_name):
    p = tf.placeholder(dtype, [])
    with tf.Session() as sess:
        with pytest.raises(TypeError, match=r"Type of feed value %d with type <class 'int'> is not "
                                            r"compatible with Tensor type <class '%s'>\. Try explicitly "
                                            r"setting the type of the feed tensor to a larger type"
                                            % (value, np_name)):
            sess.run(p, {p: value})


def test_bool_feeds_an_int_placeholder():
    p = tf.placeholder(tf.int32, [])
    with tf.Session() as sess:
        assert sess.run(p + 0, {p: True}) == 1


def test_feed_shape_error_uses_tf2_wording():
    y = tf.placeholder(tf.float32, [None, 2], name="y")
    with tf.Session() as sess:
        with pytest.raises(ValueError, match=r"^Cannot feed value of shape \(2,\) for Tensor y:0, "
                                             r"which has shape \(None, 2\)$"):
            sess.run(y, {y: [1, 2]})


def test_feed_key_errors():
    x = tf.placeholder(tf.float32, [], name="x")
    with tf.Graph().as_default():
        other = tf.constant(1)
    with tf.Session() as sess:
        with pytest.raises(TypeError, match="Cannot interpret feed_dict key as Tensor: Can not convert "
                                            "a Operation into a Tensor."):
            sess.run(x, {x.op: 1.0})
        with pytest.raises(TypeError, match="Cannot interpret feed_dict key as Tensor: Tensor "
                                            r"Tensor\(\"Const:0\".* is not an element of this graph."):
            sess.run(x, {other: 1})
        with pytest.raises(TypeError, match="The value of a feed cannot be a tf.Tensor object.*with "
                                            r"key Tensor\(\"x:0\""):
            sess.run(x, {x: tf.constant(1.0)})


def test_tuple_keys_feed_their_elements():
    q = tf.placeholder(tf.float32, [], name="q")
    r = tf.placeholder(tf.float32, [], name="r")
    with tf.Session() as sess:
        assert sess.run(q * r, {(q, r): (2.0, 3.0)}) == 6.0
        with pytest.raises(ValueError, match="Could not flatten dictionary. Key had 2 elements, but "
                                             "value had 1 elements."):
            sess.run(q, {(q, r): (1.0,)})


# ------------------------------------------------------------------------ fetches
def test_fetch_argument_errors_use_tf2_wording():
    c = tf.constant(1.0, name="c")
    with tf.Graph().as_default():
        other = tf.constant(1)
    with tf.Session() as sess:
        with pytest.raises(TypeError, match='^Argument `fetch` = None has invalid type "NoneType". '
                                            "Cannot be None$"):
            sess.run([c, None])
        with pytest.raises(TypeError, match=r'Argument `fetch` = 5 has invalid type "int" must be a '
                                            r"string or Tensor\. \(Can not convert a int into a "
                                            r"Tensor or Operation\.\)"):
            sess.run(5)
        with pytest.raises(ValueError, match="Argument `fetch` = nothing:0 cannot be interpreted as a "
                                             "Tensor. .\"The name 'nothing:0' refers to a Tensor which "
                                             "does not exist."):
            sess.run("nothing:0")
        with pytest.raises(ValueError, match=r"Argument `fetch` = Tensor\(\"Const:0\", shape=\(\), "
                                             r"dtype=int32\) cannot be interpreted as a Tensor\. "
                                             r"\(Tensor Tensor"):
            sess.run(other)
        with pytest.raises(TypeError, match='has invalid type "set"'):
            sess.run({c})


def test_defaultdict_fetch_keeps_its_type_and_factory():
    c = tf.constant(1.0)
    with tf.Session() as sess:
        out = sess.run(collections.defaultdict(list, {"a": c}))
    assert type(out) is collections.defaultdict and out.default_factory is list and out["a"] == 1.0


# ------------------------------------------------------------------------ make_callable
def test_make_callable_checks_fetches_when_made_without_feeds():
    c = tf.constant(1.0)
    with tf.Session() as sess:
        with pytest.raises(TypeError, match='Argument `fetch` = None has invalid type "NoneType"'):
            sess.make_callable(None)
        with pytest.raises(TypeError, match="Argument `feed_list` must be a list or tuple"):
            sess.make_callable(c, feed_list=5)
        run = sess.make_callable(c, accept_options=True)
        md = tf.RunMetadata()
        assert run(options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=md) == 1.0
        assert md.HasField("step_stats")
    closed = tf.Session()
    closed.close()
    # TF 2.21: the graph is sent to the closed session when the callable is made (it never ran)
    with pytest.raises(tf.errors.CancelledError, match="Session has been closed."):
        closed.make_callable(c)
    ran = tf.Session()
    ran.run(c)
    ran.close()
    later = ran.make_callable(c)  # nothing new to send: making it works, running it does not
    with pytest.raises(tf.errors.CancelledError, match="Session has been closed."):
        later()


# ------------------------------------------------------------------------ partial_run
def test_partial_run_feeds_and_fetches_step_by_step():
    a = tf.placeholder(tf.float32, [], name="a")
    b = tf.placeholder(tf.float32, [], name="b")
    c = tf.placeholder(tf.float32, [], name="c")
    r1 = tf.add(a, 1, name="r1")
    r2 = tf.multiply(r1, b, name="r2")
    r3 = tf.add(r2, c, name="r3")
    with tf.Session() as sess:
        h = sess.partial_run_setup([r1, r2, r3], [a, b, c])
        assert isinstance(h, str)
        assert sess.partial_run(h, r1, feed_dict={a: 1.0}) == 2.0
        with pytest.raises(tf.errors.InvalidArgumentError, match="The fetch r1:0 has already been fetched."):
            sess.partial_run(h, r1)
        with pytest.raises(tf.errors.InvalidArgumentError, match="The feed a:0 has already been fed."):
            sess.partial_run(h, r2, feed_dict={a: 2.0, b: 3.0})
        assert sess.partial_run(h, r2, feed_dict={b: 3.0}) == 6.0
        assert sess.partial_run(h, [r3], feed_dict={c: 1.0}) == [7.0]


def test_partial_run_errors():
    a = tf.placeholder(tf.float32, [], name="a")
    b = tf.placeholder(tf.float32, [], name="b")
    c = tf.placeholder(tf.float32, [], name="c")
    r1 = tf.add(a, 1, name="r1")
    r2 = tf.multiply(r1, b, name="r2")
    r3 = tf.add(r2, c, name="r3")
    sess = tf.Session()
    h = sess.partial_run_setup([r1, r2], [a, b])
    with pytest.raises(tf.errors.InvalidArgumentError, match="The fetch r3:0 was not specified in "
                                                             "partial_run_setup."):
        sess.partial_run(h, r3, feed_dict={a: 1.0})
    with pytest.raises(tf.errors.InvalidArgumentError, match="The feed c:0 was not specified in "
                                                             "partial_run_setup."):
        sess.partial_run(h, r1, feed_dict={c: 1.0})
    with pytest.raises(tf.errors.InvalidArgumentError, match="Fetch a:0 can't be computed from the "
                                                             "feeds that have been fed so far."):
        sess.partial_run(h, r2, feed_dict={b: 1.0})
    with pytest.raises(tf.errors.InvalidArgumentError, match="Must run 'setup' before performing "
                                                             "partial runs!"):
        sess.partial_run("nope", r1, feed_dict={a: 1.0})
    with pytest.raises(tf.errors.InvalidArgumentError, match="a:0 is both fed and fetched."):
        sess.partial_run_setup([a], [a])
    with pytest.raises(TypeError, match='Argument `fetch` = None has invalid type "NoneType"'):
        sess.partial_run_setup(None)
    sess.close()
    with pytest.raises(RuntimeError, match="Attempted to use a closed Session."):
        sess.partial_run_setup([r1], [a])


def test_partial_run_runs_each_op_once():
    b = tf.placeholder(tf.float32, [], name="b")
    v = tf.Variable(0.0, name="v")
    inc = tf.assign_add(v, 1.0)
    noise = tf.random_uniform([], name="rnd")
    shifted = noise + b
    with tf.Session() as sess:
        sess.run(v.initializer)
        h = sess.partial_run_setup([inc, noise, shifted], [b])
        assert sess.partial_run(h, inc) == 1.0
        first = sess.partial_run(h, noise)
        assert sess.partial_run(h, shifted, feed_dict={b: 0.0}) == pytest.approx(first)
        assert sess.run(v) == 1.0


# ------------------------------------------------------------------------ sessions
def test_session_argument_and_default_session_messages():
    c = tf.constant(1.0)
    with pytest.raises(TypeError, match='Argument `graph` must be a tf.Graph, but got "int"'):
        tf.Session(graph=5)
    with pytest.raises(TypeError, match='Argument `config` must be a tf.ConfigProto, but got "int"'):
        tf.Session(config=5)
    with pytest.raises(ValueError, match=r"^Cannot evaluate tensor using `eval\(\)`: No default session"):
        c.eval()
    with pytest.raises(ValueError, match=r"^Cannot execute operation using `run\(\)`: No default "
                                         r"session is registered. Use `with sess.as_default\(\):`"):
        c.op.run()
    with tf.Graph().as_default():
        other = tf.Session()
    with pytest.raises(ValueError, match="Cannot use the given session to execute operation: the "
                                         "operation's graph is different"):
        c.op.run(session=other)
    with pytest.raises(ValueError, match="Cannot use the given session to evaluate tensor"):
        c.eval(session=other)
    with tf.Session() as sess:
        assert sess.sess_str == b""


def test_config_device_count_adds_cpu_devices():
    with tf.device("/cpu:1"):
        c = tf.constant(1)
    config = tf.ConfigProto(device_count={"CPU": 2})
    with tf.Session(config=config) as sess:
        assert [d.name for d in sess.list_devices()] == [
            "/job:localhost/replica:0/task:0/device:CPU:0", "/job:localhost/replica:0/task:0/device:CPU:1"]
        assert sess.run(c) == 1
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(c)


def test_feed_dict_must_be_a_mapping_and_last_key_wins():
    x = tf.placeholder(tf.float32, [], name="x")
    with tf.Session() as sess:
        with pytest.raises(TypeError, match="FlattenDictItems: 'dict' must be a dictionary or "
                                            "collection.Mapping type object, instead of 'list'."):
            sess.run(x, feed_dict=[(x, 1.0)])
        # Two keys naming one tensor: TF feeds the value of the last one.
        assert sess.run(x * 1, {x: 1.0, "x:0": 2.0}) == 2.0
        assert sess.run(x, {x: 1.0, "x:0": 2.0}) == 2.0
        assert sess.run(x * 1, {x: 3.0}, options={}) == 3.0  # a falsy RunOptions is ignored


def test_string_fetches_are_bytes_and_object_arrays():
    a = tf.constant(["ab", "cd"])
    with tf.Session() as sess:
        scalar = sess.run(a[1])
        assert type(scalar) is bytes and scalar == b"cd"
        vec = sess.run(a[0:2])
        assert vec.dtype == object and [type(x) for x in vec] == [bytes, bytes]


def test_running_a_session_on_an_empty_graph_is_a_runtime_error():
    # TF 2.21: RuntimeError "The Session graph is empty. ..." for any fetch, even [].
    g = tf.Graph()
    with tf.Session(graph=g) as sess:
        with pytest.raises(RuntimeError, match="The Session graph is empty"):
            sess.run([])
        with g.as_default():
            tf.constant(1)
        assert sess.run([]) == []


def test_a_finished_partial_run_is_forgotten_and_errors_read_as_run_errors():
    a = tf.placeholder(tf.float32, [], name="a")
    b = tf.placeholder(tf.float32, [], name="b")
    c = tf.placeholder(tf.float32, [], name="c")
    r1 = tf.add(a, b, name="r1")
    r2 = tf.multiply(r1, c, name="r2")
    with tf.Session() as sess:
        h = sess.partial_run_setup([r1, r2], [a, b, c])
        assert sess.partial_run(h, r1, feed_dict={a: 1, b: 2}) == 3.0
        assert sess.partial_run(h, r2, feed_dict={c: 3}) == 9.0
        # Every feed fed and every fetch fetched: TF drops the run.
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"^Graph execution error:\n\nMust run 'setup'"):
            sess.partial_run(h, r2, feed_dict={c: 3})
        h2 = sess.partial_run_setup([r1, r2], [a, b, c])
        with pytest.raises(tf.errors.InvalidArgumentError, match="Fetch a:0 can't be computed"):
            sess.partial_run(h2, r2, feed_dict={c: 3})  # the first unfed input is named


def test_run_options_must_be_a_proto_and_a_falsy_run_metadata_is_left_alone():
    x = tf.constant(2.0) * 3.0
    with tf.Session() as sess:
        with pytest.raises(AttributeError, match="SerializeToString"):
            sess.run(x, options=3)
        md = {}
        assert sess.run(x, run_metadata=md) == 6.0 and md == {}
