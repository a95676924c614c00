"""tf.data iterators in sessions: one-shot, initializable, reinitializable, feedable; the end of
input; per-session state; training loops and MonitoredTrainingSession."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_get_next_names_shapes_and_end_of_sequence():
    it = tf.data.make_one_shot_iterator(tf.data.Dataset.range(2))
    nxt = it.get_next()
    assert nxt.name == "IteratorGetNext:0" and nxt.shape == tf.TensorShape([]) and nxt.dtype == tf.int64
    with tf.Session() as sess:
        assert [sess.run(nxt), sess.run(nxt)] == [0, 1]
        with pytest.raises(tf.errors.OutOfRangeError, match="End of sequence") as info:
            sess.run(nxt)
        assert info.value.op.name == "IteratorGetNext"
        with pytest.raises(tf.errors.OutOfRangeError):  # stays at the end
            sess.run(nxt)


def test_dataset_method_iterators():
    ds = tf.data.Dataset.range(3)
    assert int(tf.Session().run(ds.make_one_shot_iterator().get_next())) == 0
    it = ds.make_initializable_iterator()
    with tf.Session() as sess:
        sess.run(it.initializer)
        assert sess.run(it.get_next()) == 0


def test_one_shot_iterator_refuses_placeholders():
    p = tf.placeholder(tf.int64, [None])
    ds = tf.data.Dataset.from_tensor_slices(p)
    with pytest.raises(ValueError, match=r"Cannot capture a placeholder \(name:Placeholder, type:Placeholder\)"):
        tf.data.make_one_shot_iterator(ds)


def test_initializable_iterator_feeds_placeholders_and_restarts():
    p = tf.placeholder(tf.int64, [None])
    ds = tf.data.Dataset.from_tensor_slices(p).map(lambda x: {"v": x, "w": tf.cast(x, tf.float32)})
    it = tf.data.make_initializable_iterator(ds)
    nxt = it.get_next()
    assert nxt["v"].name == "IteratorGetNext:0" and nxt["w"].name == "IteratorGetNext:1"
    assert it.initializer.type == "MakeIterator"
    assert [t.name for t in it.initializer.inputs] == ["MapDataset:0", "IteratorV2:0"]
    sess = tf.Session()
    with pytest.raises(tf.errors.FailedPreconditionError,
                       match="GetNext\\(\\) failed because the iterator has not been initialized"):
        sess.run(nxt)
    sess.run(it.initializer, {p: [1, 2, 3]})
    assert int(sess.run(nxt)["v"]) == 1
    assert sess.run(nxt)["w"] == np.float32(2.0)
    sess.run(it.initializer, {p: [7]})
    assert int(sess.run(nxt)["v"]) == 7
    with pytest.raises(tf.errors.OutOfRangeError):
        sess.run(nxt)


def test_two_sessions_iterate_independently():
    it = tf.data.make_initializable_iterator(tf.data.Dataset.range(10))
    nxt = it.get_next()
    a, b = tf.Session(), tf.Session()
    a.run(it.initializer)
    b.run(it.initializer)
    assert [a.run(nxt), a.run(nxt), a.run(nxt)] == [0, 1, 2]
    assert b.run(nxt) == 0
    one_shot = tf.data.make_one_shot_iterator(tf.data.Dataset.range(5)).get_next()
    assert [a.run(one_shot), a.run(one_shot)] == [0, 1]
    assert b.run(one_shot) == 0


def test_reinitializable_iterator_from_structure():
    it = tf.data.Iterator.from_structure(tf.int64, tf.TensorShape([]))
    a = tf.data.Dataset.range(3)
    b = tf.data.Dataset.range(10, 12)
    init_a = it.make_initializer(a)
    init_b = it.make_initializer(b, name="ib")
    nxt = it.get_next(name="nxt")
    assert (init_a.name, init_b.name, nxt.name) == ("make_initializer", "ib", "nxt:0")
    assert it.output_types == tf.int64 and it.output_shapes == tf.TensorShape([])
    assert it.output_classes is tf.Tensor
    with pytest.raises(ValueError, match="does not have an initializer"):
        it.initializer  # noqa: B018
    with tf.Session() as sess:
        sess.run(init_a)
        assert sess.run(nxt) == 0
        sess.run(init_b)
        assert [sess.run(nxt), sess.run(nxt)] == [10, 11]
        with pytest.raises(tf.errors.OutOfRangeError):
            sess.run(nxt)


def test_make_initializer_checks_the_dataset_structure():
    it = tf.data.Iterator.from_structure(tf.int64, tf.TensorShape([]))
    with pytest.raises(TypeError, match="Expected output types tf.int64 but got dataset with output types tf.int32"):
        it.make_initializer(tf.data.Dataset.range(3).map(lambda x: tf.cast(x, tf.int32)))
    with pytest.raises(TypeError, match="Expected output shapes compatible with"):
        it.make_initializer(tf.data.Dataset.from_tensors(np.array([1, 2], np.int64)))
    with pytest.raises(ValueError, match="same nested structure"):  # as TF 2.21's nest check
        it.make_initializer(tf.data.Dataset.range(3).map(lambda x: (x, x)))


def test_feedable_iterator_switches_between_iterators_by_handle():
    handle = tf.placeholder(tf.string, [])
    feedable = tf.data.Iterator.from_string_handle(handle, tf.int64, tf.TensorShape([]))
    nxt = feedable.get_next()
    one_shot = tf.data.make_one_shot_iterator(tf.data.Dataset.range(100, 103))
    init = tf.data.make_initializable_iterator(tf.data.Dataset.range(3))
    with tf.Session() as sess:
        h1, h2 = sess.run([one_shot.string_handle(), init.string_handle()])
        assert isinstance(h1, bytes) and h1 != h2
        sess.run(init.initializer)
        assert [sess.run(nxt, {handle: h1}), sess.run(nxt, {handle: h2}),
                sess.run(nxt, {handle: h1})] == [100, 0, 101]
        with pytest.raises(tf.errors.InvalidArgumentError, match="iterator handle"):
            sess.run(nxt, {handle: b"nonsense"})


def test_training_loop_runs_until_out_of_range():
    x = np.arange(12, dtype=np.float32).reshape(6, 2)
    y = x.sum(axis=1, keepdims=True)
    ds = tf.data.Dataset.from_tensor_slices((x, y)).batch(2).repeat(3)
    features, labels = tf.data.make_one_shot_iterator(ds).get_next()
    w = tf.Variable(tf.zeros([2, 1]))
    loss = tf.reduce_mean(tf.square(tf.matmul(features, w) - labels))
    train = tf.train.GradientDescentOptimizer(0.001).minimize(loss)
    steps = 0
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        first = None
        while True:
            try:
                value, _ = sess.run([loss, train])
            except tf.errors.OutOfRangeError:
                break
            first = value if first is None else first
            steps += 1
        assert steps == 9
        assert sess.run(loss, {features: x, labels: y}) < first


def test_monitored_training_session_stops_cleanly_at_end_of_input():
    nxt = tf.data.make_one_shot_iterator(tf.data.Dataset.range(4)).get_next()
    step = tf.train.get_or_create_global_step()
    train = tf.group(tf.assign_add(step, 1), nxt)
    seen = 0
    with tf.train.MonitoredTrainingSession() as sess:
        while not sess.should_stop():
            sess.run(train)
            seen += 1
    assert seen == 4
