"""tf.data edges found by the data2 conformance sweep (expected behavior from TF 2.21):
shard, padded_batch of string scalars, element_spec, make_initializer structure errors,
choose_from_datasets and the experimental enumerate/parallel_interleave transformations."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    out = []
    with tf.Session() as sess:
        while True:
            try:
                out.append(sess.run(n))
            except tf.errors.OutOfRangeError:
                return out


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default():
        yield


def test_shard_takes_every_nth_element():
    r = tf.data.Dataset.range(7)
    assert [int(v) for v in _drain(r.shard(3, 2))] == [2, 5]
    assert [int(v) for v in _drain(r.shard(3, 0))] == [0, 3, 6]


@pytest.mark.parametrize("num_shards,index", [(0, 0), (2, 2), (2, -1)])
def test_shard_bad_arguments_fail_at_run_time(num_shards, index):
    ds = tf.data.Dataset.range(7).shard(num_shards, index)
    with pytest.raises(tf.errors.InvalidArgumentError):
        _drain(ds)


def test_padded_batch_of_string_scalars_gives_bytes():
    ds = tf.data.Dataset.range(1, 3).map(lambda n: tf.as_string(n)).padded_batch(2, [])
    batch = _drain(ds)[0]
    assert batch.tolist() == [b"1", b"2"]


def test_element_spec_is_nested_tensor_specs():
    ds = tf.data.Dataset.from_tensor_slices(({"k": np.zeros([3, 2], np.float32)}, [1, 2, 3]))
    spec = ds.element_spec
    assert isinstance(spec[0]["k"], tf.TensorSpec)
    assert spec[0]["k"].shape.as_list() == [2] and spec[0]["k"].dtype == tf.float32
    assert repr(spec[1]) == "TensorSpec(shape=(), dtype=tf.int32, name=None)"
    it = tf.data.make_one_shot_iterator(tf.data.Dataset.range(2))
    assert repr(it.element_spec) == "TensorSpec(shape=(), dtype=tf.int64, name=None)"


def test_make_initializer_structure_mismatch_errors():
    it = tf.data.Iterator.from_structure((tf.int64, tf.int64))
    one = tf.constant(1, tf.int64)
    with pytest.raises(ValueError):
        it.make_initializer(tf.data.Dataset.range(2))
    with pytest.raises(ValueError):
        it.make_initializer(tf.data.Dataset.from_tensors((one, one, one)))
    with pytest.raises(TypeError):
        it.make_initializer(tf.data.Dataset.from_tensors({"a": one, "b": one}))
    with pytest.raises(TypeError):  # same structure, other dtype
        it.make_initializer(tf.data.Dataset.from_tensors((one, tf.constant(1.0))))


def test_choose_from_datasets_order_and_exhaustion():
    dss = [tf.data.Dataset.range(2), tf.data.Dataset.range(10, 13)]
    sel = tf.data.Dataset.from_tensor_slices(tf.constant([1, 0, 1, 1, 0, 1, 0], tf.int64))
    out = tf.data.experimental.choose_from_datasets(dss, sel)
    assert [int(v) for v in _drain(out)] == [10, 0, 11, 12, 1]
    keep_going = tf.data.experimental.choose_from_datasets(dss, sel, stop_on_empty_dataset=False)
    assert [int(v) for v in _drain(keep_going)] == [10, 0, 11, 12, 1]


def test_choose_from_datasets_errors():
    dss = [tf.data.Dataset.range(2), tf.data.Dataset.range(3)]
    with pytest.raises(TypeError):
        tf.data.experimental.choose_from_datasets(dss, tf.data.Dataset.from_tensors(1.0))
    with pytest.raises(TypeError):
        tf.data.experimental.choose_from_datasets(
            [tf.data.Dataset.range(2), tf.data.Dataset.from_tensors(1.0)],
            tf.data.Dataset.range(2))
    bad = tf.data.experimental.choose_from_datasets(dss, tf.data.Dataset.range(3, 4))
    with pytest.raises(tf.errors.InvalidArgumentError):
        _drain(bad)


def test_experimental_enumerate_and_parallel_interleave():
    e = tf.data.Dataset.range(2).apply(tf.data.experimental.enumerate_dataset(start=3))
    assert [tuple(int(x) for x in v) for v in _drain(e)] == [(3, 0), (4, 1)]
    rep = lambda v: tf.data.Dataset.from_tensors(v).repeat(v + 1)  # noqa: E731
    pi = tf.data.Dataset.range(1, 4).apply(tf.data.experimental.parallel_interleave(rep, 2))
    assert [int(v) for v in _drain(pi)] == [1, 2, 1, 2, 2, 3, 3, 3, 3]


def test_seeded_shuffle_gives_tensorflows_orders():
    # Recorded from TF 2.21 (tf.compat.v1, graph mode).
    def run(ds, n):
        nxt = tf.data.make_one_shot_iterator(ds).get_next()
        with tf.Session() as sess:
            return [int(sess.run(nxt)) for _ in range(n)]

    with tf.Graph().as_default():
        rng = tf.data.Dataset.range
        assert run(rng(10).shuffle(10, seed=42), 10) == [5, 9, 6, 4, 7, 1, 2, 8, 3, 0]
        assert run(rng(10).shuffle(4, seed=42), 10) == [1, 4, 2, 3, 5, 0, 6, 8, 7, 9]
        assert run(rng(6).shuffle(6, seed=42).repeat(2), 12) == [3, 2, 1, 4, 5, 0, 3, 5, 2, 4, 0, 1]
        fixed = rng(6).shuffle(6, seed=42, reshuffle_each_iteration=False).repeat(2)
        assert run(fixed, 12) == [2, 5, 3, 4, 1, 0, 2, 5, 3, 4, 1, 0]
    with tf.Graph().as_default():
        tf.set_random_seed(5)
        it = tf.data.make_initializable_iterator(tf.data.Dataset.range(8).shuffle(8))
        nxt = it.get_next()
        with tf.Session() as sess:
            for _ in range(2):  # each initialization starts the same order again
                sess.run(it.initializer)
                assert [int(sess.run(nxt)) for _ in range(8)] == [2, 5, 1, 3, 7, 0, 4, 6]


def test_random_dataset_and_sample_from_datasets_follow_tensorflows_streams():
    # Recorded from TF 2.21 (tf.compat.v1, graph mode).
    with tf.Graph().as_default():
        rnd = tf.data.make_one_shot_iterator(tf.data.experimental.RandomDataset(seed=1).take(6)).get_next()
        mixed = tf.data.experimental.sample_from_datasets(
            [tf.data.Dataset.range(0, 50), tf.data.Dataset.range(100, 150), tf.data.Dataset.range(200, 250)],
            weights=[0.5, 0.3, 0.2], seed=3)
        nxt = tf.data.make_one_shot_iterator(mixed).get_next()
        with tf.Session() as sess:
            assert [int(sess.run(rnd)) for _ in range(6)] == [
                2870909127, 3455438759, 4052121393, 1279227022, 15397477, 3296944994]
            assert [int(sess.run(nxt)) for _ in range(12)] == [100, 101, 102, 0, 103, 104, 1, 105, 2, 3, 200, 4]
