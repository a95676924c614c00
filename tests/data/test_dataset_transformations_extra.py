"""The less common tf.data transformations in TF1 graph mode: reduce, window, scan, unique,
take_while, ignore_errors, group_by_window, bucket_by_sequence_length, map_and_batch,
sample_from_datasets, cardinality, Options and Optional. Expected values were recorded from
TensorFlow 2.21 (`tf.compat.v1` with eager execution disabled)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _values(sess, t):
    out = []
    while True:
        try:
            out.append(sess.run(t))
        except tf.errors.OutOfRangeError:
            return out


def _drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        return _values(sess, n)


def _lists(values):
    return [np.asarray(v).tolist() for v in values]


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default():
        yield


# ------------------------------------------------------------------ reduce
def test_reduce_returns_tensors_folded_over_the_elements():
    ds = tf.data.Dataset.range(5)
    total = ds.reduce(np.int64(0), lambda s, x: s + x)
    pair = ds.reduce((np.int64(0), 1.0), lambda s, x: (s[0] + x, s[1] * 2))
    assert total.op.type == "ReduceDataset" and total.name == "ReduceDataset:0"
    assert total.op.inputs[1].name == "initial_state/normalize_element/component_0:0"
    assert [t.dtype for t in pair] == [tf.int64, tf.float32]
    with tf.Session() as sess:
        assert sess.run(total) == 10
        assert sess.run(pair) == (10, 32.0)


def test_reduce_relaxes_a_growing_state_shape():
    ds = tf.data.Dataset.range(6)
    r = ds.reduce(tf.zeros([0], tf.int64), lambda s, x: tf.concat([s, [x]], 0))
    assert r.shape.as_list() == [None]
    with tf.Session() as sess:
        assert sess.run(r).tolist() == [0, 1, 2, 3, 4, 5]


def test_reduce_state_dtype_must_not_change():
    with pytest.raises(TypeError):
        tf.data.Dataset.range(3).reduce(0, lambda s, x: s + x)


# ------------------------------------------------------------------ window
def test_window_elements_are_datasets():
    w = tf.data.Dataset.range(5).window(3, shift=1, stride=1, drop_remainder=True)
    spec = "DatasetSpec(TensorSpec(shape=(), dtype=tf.int64, name=None), TensorShape([]))"
    assert repr(w.output_types) == repr(w.output_shapes) == repr(w.element_spec) == spec
    op = w._variant_tensor.op
    assert op.type == "WindowDataset" and op.get_attr("output_types") == [tf.variant]
    batched = w.flat_map(lambda x: x.batch(3))
    assert batched.output_shapes.as_list() == [None]
    assert _lists(_drain(batched)) == [[0, 1, 2], [1, 2, 3], [2, 3, 4]]


def test_window_shift_stride_and_remainder():
    ds = tf.data.Dataset.range(5)
    assert _lists(_drain(ds.window(3, 2, 2).flat_map(lambda x: x.batch(3)))) == [
        [0, 2, 4], [2, 4], [4]]
    assert _lists(_drain(ds.window(2, 3).flat_map(lambda x: x.batch(2)))) == [[0, 1], [3, 4]]
    seven = tf.data.Dataset.range(7).window(3, 1, 2, True).flat_map(lambda x: x.batch(3))
    assert _lists(_drain(seven)) == [[0, 2, 4], [1, 3, 5], [2, 4, 6]]


def test_window_of_tuples_and_dicts_zips_back():
    ds = tf.data.Dataset.range(5)
    pairs = tf.data.Dataset.zip((ds, ds.map(lambda x: tf.cast(x, tf.float32) * 2))).window(2)
    assert len(pairs.output_types) == 2
    zipped = pairs.flat_map(lambda a, b: tf.data.Dataset.zip((a, b)).batch(2))
    got = _drain(zipped)
    assert [(a.tolist(), b.tolist()) for a, b in got] == [
        ([0, 1], [0.0, 2.0]), ([2, 3], [4.0, 6.0]), ([4], [8.0])]
    d = tf.data.Dataset.from_tensor_slices({"a": np.arange(5), "b": np.arange(5) * 10})
    dicts = d.window(2, drop_remainder=True).flat_map(lambda w: tf.data.Dataset.zip(w).batch(2))
    assert [{k: v.tolist() for k, v in e.items()} for e in _drain(dicts)] == [
        {"a": [0, 1], "b": [0, 10]}, {"a": [2, 3], "b": [20, 30]}]


def test_window_size_must_be_positive():
    with pytest.raises(tf.errors.InvalidArgumentError, match="Window size must be greater"):
        _drain(tf.data.Dataset.range(3).window(0).flat_map(lambda x: x))


# -------------------------------------------------------------------- scan
def test_scan_carries_state_and_emits_outputs():
    ds = tf.data.Dataset.range(5)
    sc = ds.scan(np.int64(0), lambda s, x: (s + x, s * 10))
    assert sc._variant_tensor.op.type == "ScanDataset"
    assert sc.output_types == tf.int64 and sc.output_shapes.as_list() == []
    assert _lists(_drain(sc)) == [0, 0, 10, 30, 60]
    via_apply = ds.apply(tf.data.experimental.scan(np.int64(0), lambda s, x: (s + x, s * 10)))
    assert _lists(_drain(via_apply)) == [0, 0, 10, 30, 60]


def test_scan_relaxes_state_shape_and_checks_its_result():
    ds = tf.data.Dataset.range(6)
    sc = ds.scan(tf.zeros([0], tf.int64), lambda s, x: (tf.concat([s, [x]], 0), tf.size(s)))
    assert _lists(_drain(sc)) == [0, 1, 2, 3, 4, 5]
    with pytest.raises(TypeError, match="should return a pair"):
        ds.scan(np.int64(0), lambda s, x: s + x)


# ------------------------------------------- unique, take_while, ignore_errors
def test_unique_keeps_first_occurrences():
    u = tf.data.Dataset.from_tensor_slices([1, 2, 1, 3, 2]).unique()
    assert u._variant_tensor.op.type == "UniqueDataset"
    assert _lists(_drain(u)) == [1, 2, 3]
    s = tf.data.Dataset.from_tensor_slices(["b", "a", "b"]).apply(tf.data.experimental.unique())
    assert _drain(s) == [b"b", b"a"]
    with pytest.raises(TypeError, match="does not support type"):
        tf.data.Dataset.from_tensor_slices([1.0]).unique()


def test_take_while_stops_at_the_first_false():
    ds = tf.data.Dataset.from_tensor_slices([1, 2, 5, 1])
    assert _lists(_drain(ds.take_while(lambda x: x < 3))) == [1, 2]
    applied = ds.apply(tf.data.experimental.take_while(lambda x: x < 3))
    assert _lists(_drain(applied)) == [1, 2]
    with pytest.raises(ValueError, match="must return a `tf.bool` scalar"):
        ds.take_while(lambda x: x)


def test_ignore_errors_skips_failed_elements():
    ds = tf.data.Dataset.range(5)
    bad = ds.map(lambda x: tf.debugging.check_numerics(1.0 / tf.cast(x - 2, tf.float32), "m"))
    assert _lists(_drain(bad.ignore_errors())) == [-0.5, -1.0, 1.0, 0.5]
    numbers = tf.data.Dataset.from_tensor_slices(["1", "x", "3"]).map(tf.string_to_number)
    assert _lists(_drain(numbers.apply(tf.data.experimental.ignore_errors()))) == [1.0, 3.0]
    with pytest.raises(tf.errors.InvalidArgumentError):
        _drain(numbers)


# ------------------------------------------------------------ group_by_window
def test_group_by_window_batches_each_key():
    ds = tf.data.Dataset.range(5)
    g = ds.group_by_window(lambda x: x % 2, lambda k, d: d.batch(2), window_size=2)
    assert g._variant_tensor.op.type == "GroupByWindowDataset"
    assert g.output_shapes.as_list() == [None]
    assert _lists(_drain(g)) == [[0, 2], [1, 3], [4]]


def test_group_by_window_size_func_and_key_in_reduce():
    ds = tf.data.Dataset.range(6)
    g = ds.apply(tf.data.experimental.group_by_window(
        lambda x: 1 - x % 2, lambda k, d: d.batch(4).map(lambda b: (k, b)),
        window_size_func=lambda k: k + 2))
    assert [(int(k), b.tolist()) for k, b in _drain(g)] == [(0, [1, 3]), (1, [0, 2, 4]),
                                                           (0, [5])]
    with pytest.raises(ValueError, match="must be specified"):
        ds.group_by_window(lambda x: x, lambda k, d: d.batch(2))


def test_bucket_by_sequence_length_pads_per_bucket():
    ds = tf.data.Dataset.range(1, 8).map(lambda n: tf.fill([n], n))
    b = ds.apply(tf.data.experimental.bucket_by_sequence_length(
        lambda x: tf.shape(x)[0], [3, 5], [2, 2, 2]))
    assert b.output_shapes.as_list() == [None, None]
    assert _lists(_drain(b)) == [[[1, 0], [2, 2]], [[3, 3, 3, 0], [4, 4, 4, 4]],
                                 [[5, 5, 5, 5, 5, 0], [6, 6, 6, 6, 6, 6]],
                                 [[7, 7, 7, 7, 7, 7, 7]]]


def test_bucket_by_sequence_length_to_boundary_and_without_padding():
    ds = tf.data.Dataset.range(1, 5).map(lambda n: tf.fill([n], n))
    padded = ds.apply(tf.data.experimental.bucket_by_sequence_length(
        lambda x: tf.shape(x)[0], [3, 6], [2, 2, 2], pad_to_bucket_boundary=True))
    assert _lists(_drain(padded)) == [[[1, 0], [2, 2]], [[3, 3, 3, 0, 0], [4, 4, 4, 4, 0]]]
    same = tf.data.Dataset.range(4).map(lambda n: tf.fill([2], n))
    plain = same.apply(tf.data.experimental.bucket_by_sequence_length(
        lambda x: tf.shape(x)[0], [3], [3, 1], no_padding=True))
    assert _lists(_drain(plain)) == [[[0, 0], [1, 1], [2, 2]], [[3, 3]]]


# ------------------------------------------------------------- map_and_batch
def test_map_and_batch_is_map_then_batch():
    ds = tf.data.Dataset.range(5)
    mb = ds.apply(tf.data.experimental.map_and_batch(lambda x: x * 2, 2))
    assert mb._variant_tensor.op.type == "MapAndBatchDataset"
    assert mb.output_shapes.as_list() == [None]
    assert _lists(_drain(mb)) == [[0, 2], [4, 6], [8]]
    dropped = ds.apply(tf.data.experimental.map_and_batch(lambda x: x * 2, 2,
                                                          drop_remainder=True))
    assert dropped.output_shapes.as_list() == [2]
    assert _lists(_drain(dropped)) == [[0, 2], [4, 6]]


# ------------------------------------------------------- sample_from_datasets
def test_sample_from_datasets_yields_every_element_once():
    a, b = tf.data.Dataset.range(5), tf.data.Dataset.range(10, 13)
    mixed = tf.data.experimental.sample_from_datasets([a, b], seed=3)
    assert mixed._variant_tensor.op.type == "DirectedInterleaveDataset"
    got = _lists(_drain(mixed))
    assert sorted(got) == [0, 1, 2, 3, 4, 10, 11, 12]
    assert [v for v in got if v < 10] == [0, 1, 2, 3, 4]  # each input keeps its order
    only_first = tf.data.experimental.sample_from_datasets([a, b], weights=[1.0, 0.0], seed=3)
    assert _lists(_drain(only_first)) == [0, 1, 2, 3, 4]


def test_sample_from_datasets_with_a_seed_repeats_its_order():
    a, b = tf.data.Dataset.range(20), tf.data.Dataset.range(100, 120)
    mixed = tf.data.experimental.sample_from_datasets([a, b], weights=[0.5, 0.5], seed=7)
    assert _drain(mixed) == _drain(mixed)


# ------------------------------------------------------------------ cardinality
def test_cardinality_of_common_pipelines():
    ds = tf.data.Dataset.range(5)
    cases = [ds, ds.repeat(), ds.filter(lambda x: x > 1), ds.batch(2), ds.batch(2, True),
             ds.take(2), ds.skip(7), ds.repeat(3), ds.window(3, 1, 1, True), ds.unique(),
             ds.scan(np.int64(0), lambda s, x: (s, x)), ds.shuffle(3), ds.cache(),
             tf.data.Dataset.range(0), ds.repeat().take(4),
             tf.data.Dataset.zip((ds, ds.take(2))), ds.concatenate(ds),
             ds.flat_map(lambda x: tf.data.Dataset.range(x)), ds.prefetch(1), ds.shard(2, 1),
             ds.shard(2, 0), ds.padded_batch(2, []), ds.window(4), ds.window(2, 4)]
    c = [tf.data.experimental.cardinality(x) for x in cases]
    assert c[0].op.type == "DatasetCardinality" and c[0].dtype == tf.int64
    assert ds.cardinality().op.type == "DatasetCardinality"
    with tf.Session() as sess:
        assert [int(v) for v in sess.run(c)] == [5, -1, -2, 3, 2, 2, 0, 15, 3, -2, 5, 5, 5, 0,
                                                 4, 2, 10, -2, 5, 2, 3, 3, 2, 2]
    assert tf.data.experimental.INFINITE_CARDINALITY == tf.data.INFINITE_CARDINALITY == -1
    assert tf.data.experimental.UNKNOWN_CARDINALITY == tf.data.UNKNOWN_CARDINALITY == -2


def test_assert_cardinality_fails_on_another_count():
    ds = tf.data.Dataset.range(5)
    assert _lists(_drain(ds.apply(tf.data.experimental.assert_cardinality(5)))) == [0, 1, 2, 3, 4]
    with pytest.raises(tf.errors.FailedPreconditionError,
                       match="expected to contain 3 elements but contained at least 4 elements"):
        _drain(ds.apply(tf.data.experimental.assert_cardinality(3)))
    with pytest.raises(tf.errors.FailedPreconditionError,
                       match="expected to contain 7 elements but contained only 5 elements"):
        _drain(ds.apply(tf.data.experimental.assert_cardinality(7)))
    c = tf.data.experimental.cardinality(ds.filter(lambda x: x > 0).apply(
        tf.data.experimental.assert_cardinality(4)))
    with tf.Session() as sess:
        assert sess.run(c) == 4


# ----------------------------------------------------------- options, optional
def test_with_options_records_options():
    ds = tf.data.Dataset.range(3)
    o = tf.data.Options()
    o.experimental_deterministic = False
    assert o.deterministic is False
    wo = ds.with_options(o)
    assert wo._variant_tensor.op.type == "OptionsDataset"
    assert wo.options().experimental_deterministic is False
    assert ds.options().deterministic is None
    assert wo.map(lambda x: x + 1).options().deterministic is None  # as TF in graph mode
    assert _lists(_drain(wo)) == [0, 1, 2]
    with pytest.raises(AttributeError):
        o.no_such_option = 1


def test_get_next_as_optional_reports_the_end():
    ds = tf.data.Dataset.range(1)
    opt = tf.data.experimental.get_next_as_optional(tf.data.make_one_shot_iterator(ds))
    assert opt.has_value().op.type == "OptionalHasValue"
    assert repr(opt.element_spec) == "TensorSpec(shape=(), dtype=tf.int64, name=None)"
    with tf.Session() as sess:
        assert sess.run([opt.has_value(), opt.get_value()]) == [True, 0]
        assert not sess.run(opt.has_value())
        with pytest.raises(tf.errors.InvalidArgumentError, match="does not have a value"):
            sess.run(opt.get_value())


def test_optional_from_value_and_empty():
    full = tf.data.experimental.Optional.from_value((1, 2.0))
    empty = tf.data.experimental.Optional.empty(tf.TensorSpec([], tf.int64))
    with tf.Session() as sess:
        assert sess.run([full.has_value(), full.get_value()]) == [True, (1, 2.0)]
        assert not sess.run(empty.has_value())
