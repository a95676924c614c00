"""tf.data datasets: element structures, static shapes, and the elements an iterator yields.

Expected values were checked against TensorFlow 2.21 (tf.compat.v1, graph mode).
"""

import collections

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _all(dataset, feed=None):
    """Every element of `dataset`, read through a one-shot (or initializable) iterator."""
    if feed is None:
        it = tf.data.make_one_shot_iterator(dataset)
    else:
        it = tf.data.make_initializable_iterator(dataset)
    nxt = it.get_next()
    out = []
    with tf.Session() as sess:
        if feed is not None:
            sess.run(it.initializer, feed)
        while True:
            try:
                out.append(sess.run(nxt))
            except tf.errors.OutOfRangeError:
                return out


def _ints(values):
    return [int(v) for v in values]


# ------------------------------------------------------------------ structures
def test_from_tensor_slices_tuple_types_shapes_and_classes():
    ds = tf.data.Dataset.from_tensor_slices((np.arange(4), np.zeros((4, 3), np.float32)))
    assert ds.output_types == (tf.int64, tf.float32)
    assert ds.output_shapes == (tf.TensorShape([]), tf.TensorShape([3]))
    assert ds.output_classes == (tf.Tensor, tf.Tensor)
    assert tf.data.get_output_types(ds) == ds.output_types
    assert tf.data.get_output_shapes(ds) == ds.output_shapes
    assert tf.data.get_output_classes(ds) == ds.output_classes
    got = _all(ds)
    assert [int(a) for a, _ in got] == [0, 1, 2, 3]
    assert got[0][1].shape == (3,) and got[0][1].dtype == np.float32


def test_from_tensor_slices_nested_dict():
    ds = tf.data.Dataset.from_tensor_slices(
        {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "b": (np.array([1, 2]), np.array([b"x", b"y"]))})
    assert ds.output_types == {"a": tf.float32, "b": (tf.int64, tf.string)}
    assert ds.output_shapes["a"] == tf.TensorShape([3])
    got = _all(ds)
    assert got[1]["b"] == (2, b"y")
    np.testing.assert_array_equal(got[1]["a"], [3.0, 4.0, 5.0])


def test_map_returning_a_list_gives_a_tuple_and_none_is_refused():
    ds = tf.data.Dataset.range(3).map(lambda x: [x, x * 2])
    assert ds.output_shapes == (tf.TensorShape([]), tf.TensorShape([]))
    assert [(int(a), int(b)) for a, b in _all(ds)] == [(0, 0), (1, 2), (2, 4)]
    with pytest.raises(ValueError, match="returned no tensors"):
        tf.data.Dataset.range(2).map(lambda x: None)


def test_unbatch_static_checks():
    with pytest.raises(ValueError, match="Cannot unbatch an input with scalar components"):
        tf.data.Dataset.from_tensors(1).unbatch()
    with pytest.raises(ValueError, match="Encountered both 2 and 3"):
        tf.data.Dataset.from_tensors((np.zeros(2), np.zeros(3))).unbatch()


def test_run_time_argument_errors():
    for ds, message in [(tf.data.Dataset.range(4).shuffle(0), "buffer_size must be greater than zero"),
                        (tf.data.Dataset.range(0, 4, 0), "step must be a non-zero integer"),
                        (tf.data.Dataset.range(4).interleave(lambda x: tf.data.Dataset.range(x),
                                                             cycle_length=0),
                         "cycle_length must be greater than zero")]:
        nxt = tf.data.make_one_shot_iterator(ds).get_next()
        with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError, match=message):
            sess.run(nxt)


def test_padded_batch_static_checks():
    with pytest.raises(ValueError, match="is not compatible with the shape"):
        tf.data.Dataset.from_tensors([1, 2, 3]).padded_batch(2, padded_shapes=[2])
    with pytest.raises(ValueError, match="is not compatible with the shape"):
        tf.data.Dataset.range(2).padded_batch(2, padded_shapes=[3])


def test_from_generator_args():
    def count(a, b):
        yield from range(a, b)

    ds = tf.data.Dataset.from_generator(count, tf.int64, args=(2, 5))
    assert _ints(_all(ds)) == [2, 3, 4]


def test_a_python_list_is_one_component():
    ds = tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4], [5, 6]])
    assert ds.output_types == tf.int32
    assert ds.output_shapes == tf.TensorShape([2])
    assert [list(v) for v in _all(ds)] == [[1, 2], [3, 4], [5, 6]]


def test_namedtuple_elements_keep_their_type():
    Point = collections.namedtuple("Point", "x y")
    ds = tf.data.Dataset.from_tensor_slices(Point(np.arange(3), np.arange(3) * 10))
    ds = ds.map(lambda p: Point(p.y, p.x))
    first = _all(ds)[0]
    assert isinstance(first, Point) and (int(first.x), int(first.y)) == (0, 0)


def test_from_tensor_slices_errors():
    with pytest.raises(ValueError, match="Dimensions 3 and 4 are not compatible"):
        tf.data.Dataset.from_tensor_slices((np.arange(3), np.arange(4)))
    with pytest.raises(ValueError, match="rank >= 1"):
        tf.data.Dataset.from_tensor_slices(3)


def test_from_tensors_range_zip_concatenate_enumerate():
    assert [list(v) for v in _all(tf.data.Dataset.from_tensors([1, 2]))] == [[1, 2]]
    assert _ints(_all(tf.data.Dataset.range(5))) == [0, 1, 2, 3, 4]
    assert _ints(_all(tf.data.Dataset.range(2, 10, 3))) == [2, 5, 8]
    assert _ints(_all(tf.data.Dataset.range(5, 0, -2))) == [5, 3, 1]
    r = tf.data.Dataset.range(3, output_type=tf.int32)
    assert r.output_types == tf.int32 and _all(r)[0].dtype == np.int32
    z = tf.data.Dataset.zip((tf.data.Dataset.range(5), tf.data.Dataset.range(10, 13)))
    assert [(int(a), int(b)) for a, b in _all(z)] == [(0, 10), (1, 11), (2, 12)]
    c = tf.data.Dataset.range(2).concatenate(tf.data.Dataset.range(5, 7))
    assert _ints(_all(c)) == [0, 1, 5, 6]
    e = tf.data.Dataset.range(10, 13).enumerate(start=2)
    assert e.output_types == (tf.int64, tf.int64)
    assert [(int(a), int(b)) for a, b in _all(e)] == [(2, 10), (3, 11), (4, 12)]


def test_concatenate_needs_matching_types():
    with pytest.raises(TypeError, match="Incompatible dataset elements"):
        tf.data.Dataset.range(2).concatenate(tf.data.Dataset.from_tensors(1.0))


def test_zip_of_dicts_and_concatenated_shapes_generalize():
    a = tf.data.Dataset.from_tensors(np.zeros(2))
    b = tf.data.Dataset.from_tensors(np.zeros(3))
    assert a.concatenate(b).output_shapes == tf.TensorShape([None])
    z = tf.data.Dataset.zip({"x": a, "y": tf.data.Dataset.range(1)})
    assert z.output_types == {"x": tf.float64, "y": tf.int64}


# ------------------------------------------------------------- transformations
def test_map_filter_batch_repeat_take_skip_chain():
    ds = tf.data.Dataset.from_tensor_slices((np.arange(10), np.arange(10.0)))
    ds = ds.map(lambda x, y: x * 2, num_parallel_calls=2).filter(lambda x: x > 2).batch(3)
    ds = ds.repeat(2).take(5).skip(1).prefetch(1).cache()
    assert ds.output_shapes == tf.TensorShape([None])
    got = [list(v) for v in _all(ds)]
    assert got == [[10, 12, 14], [16, 18], [4, 6, 8], [10, 12, 14]]


def test_map_returns_dicts_and_captures_outer_tensors():
    scale = tf.constant(3, tf.int64)
    ds = tf.data.Dataset.range(3).map(lambda x: {"v": x * scale, "f": tf.cast(x, tf.float32)})
    assert ds.output_types == {"f": tf.float32, "v": tf.int64}
    got = _all(ds)
    assert [int(e["v"]) for e in got] == [0, 3, 6]
    assert got[2]["f"].dtype == np.float32


def test_map_reads_the_variables_current_value():
    v = tf.Variable(10, dtype=tf.int64)
    ds = tf.data.Dataset.range(3).map(lambda x: x + v)
    it = tf.data.make_initializable_iterator(ds)
    nxt = it.get_next()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(it.initializer)
        assert sess.run(nxt) == 10
        sess.run(v.assign(100))
        assert sess.run(nxt) == 101


def test_map_function_errors_are_op_errors():
    ds = tf.data.Dataset.from_tensors(np.array([1.0, -1.0])).map(
        lambda x: tf.debugging.check_numerics(tf.log(x), "bad"))
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Tensor had NaN values"):
            sess.run(nxt)


def test_filter_predicate_must_be_a_bool_scalar():
    with pytest.raises(ValueError, match="must return a `tf.bool` scalar tensor"):
        tf.data.Dataset.range(3).filter(lambda x: x)


def test_batch_static_shapes_and_remainders():
    ds = tf.data.Dataset.range(10).batch(4)
    assert ds.output_shapes == tf.TensorShape([None])
    assert [list(b) for b in _all(ds)] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    dropped = tf.data.Dataset.range(10).batch(4, drop_remainder=True)
    assert dropped.output_shapes == tf.TensorShape([4])
    assert len(_all(dropped)) == 2
    nested = tf.data.Dataset.from_tensor_slices((np.zeros((5, 2)), np.arange(5))).batch(2, True)
    assert nested.output_shapes == (tf.TensorShape([2, 2]), tf.TensorShape([2]))


def test_batch_size_from_a_placeholder_gives_unknown_batch_dimension():
    n = tf.placeholder(tf.int64, [])
    ds = tf.data.Dataset.range(7).batch(n, drop_remainder=True)
    assert ds.output_shapes == tf.TensorShape([None])
    assert [list(b) for b in _all(ds, {n: 3})] == [[0, 1, 2], [3, 4, 5]]


def test_batch_errors_at_run_time():
    ds = tf.data.Dataset.range(4).map(lambda x: tf.fill([x], x)).batch(2)
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"Cannot add tensor to the batch: number of elements does not match. Shapes are: \[tensor\]: \[1\], \[batch\]: \[0\]"):
            sess.run(nxt)
    bad = tf.data.make_one_shot_iterator(tf.data.Dataset.range(4).batch(0)).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Batch size must be greater than zero"):
            sess.run(bad)


def test_padded_batch_and_unbatch():
    ds = tf.data.Dataset.range(1, 5).map(lambda x: tf.fill([x], x))
    pb = ds.padded_batch(2, padded_shapes=[None])
    assert pb.output_shapes == tf.TensorShape([None, None])
    got = _all(pb)
    np.testing.assert_array_equal(got[0], [[1, 0], [2, 2]])
    np.testing.assert_array_equal(got[1], [[3, 3, 3, 0], [4, 4, 4, 4]])
    fixed = ds.padded_batch(2, padded_shapes=[5], padding_values=tf.constant(-1, tf.int64),
                            drop_remainder=True)
    assert fixed.output_shapes == tf.TensorShape([2, 5])
    np.testing.assert_array_equal(_all(fixed)[0], [[1, -1, -1, -1, -1], [2, 2, -1, -1, -1]])
    ub = pb.unbatch()
    assert ub.output_shapes == tf.TensorShape([None])
    assert [list(v) for v in _all(ub)] == [[1, 0], [2, 2], [3, 3, 3, 0], [4, 4, 4, 4]]
    too_small = tf.data.make_one_shot_iterator(ds.padded_batch(4, padded_shapes=[2])).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.DataLossError, match="Attempted to pad to a smaller size"):
            sess.run(too_small)


def test_unbatch_of_batch_with_repeat_take_skip():
    r = tf.data.Dataset.range(2, 10, 3).repeat().take(7)
    ds = r.batch(3).unbatch().skip(2)
    it = tf.data.make_one_shot_iterator(ds)
    nxt = it.get_next()
    with tf.Session() as sess:
        assert [int(sess.run(nxt)) for _ in range(5)] == [8, 2, 5, 8, 2]


def test_repeat_counts_and_empty_input():
    assert _ints(_all(tf.data.Dataset.range(2).repeat(3))) == [0, 1] * 3
    assert _all(tf.data.Dataset.range(0).repeat()) == []
    assert _ints(_all(tf.data.Dataset.range(3).take(-1))) == [0, 1, 2]
    assert _all(tf.data.Dataset.range(3).skip(-1)) == []
    assert _all(tf.data.Dataset.range(3).take(0)) == []


def test_flat_map_and_interleave_orders():
    a = tf.data.Dataset.range(5)
    fm = a.flat_map(lambda x: tf.data.Dataset.from_tensors(x).repeat(2))
    assert _ints(_all(fm)) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    il = a.interleave(lambda x: tf.data.Dataset.from_tensors(x).repeat(3), cycle_length=2,
                      block_length=2)
    assert _ints(_all(il)) == [0, 0, 1, 1, 0, 1, 2, 2, 3, 3, 2, 3, 4, 4, 4]
    with pytest.raises(TypeError, match="must return a `Dataset`"):
        a.flat_map(lambda x: x)


def test_shuffle_is_a_permutation_and_seeded_shuffles_repeat_across_sessions():
    ds = tf.data.Dataset.range(20).shuffle(5, seed=7)
    first = _ints(_all(ds))
    assert sorted(first) == list(range(20)) and first != list(range(20))
    assert _ints(_all(ds)) == first
    # each element is drawn from a buffer of 5: it leaves at most 4 places early
    assert all(v <= i + 4 for i, v in enumerate(first))


def test_shuffle_reshuffles_each_epoch_unless_asked_not_to():
    epochs = _ints(_all(tf.data.Dataset.range(30).shuffle(30, seed=1).repeat(2)))
    assert sorted(epochs[:30]) == sorted(epochs[30:]) and epochs[:30] != epochs[30:]
    same = _ints(_all(tf.data.Dataset.range(30).shuffle(30, seed=1, reshuffle_each_iteration=False)
                      .repeat(2)))
    assert same[:30] == same[30:]


def test_shuffle_follows_the_graph_seed():
    def order():
        with tf.Graph().as_default():
            tf.set_random_seed(3)
            return _ints(_all(tf.data.Dataset.range(30).shuffle(30)))

    assert order() == order()


def test_cache_replays_the_first_pass():
    counter = tf.Variable(0, dtype=tf.int64)
    ds = tf.data.Dataset.range(3).map(lambda x: x + counter.assign_add(1)).cache().repeat(2)
    it = tf.data.make_initializable_iterator(ds)
    nxt = it.get_next()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(it.initializer)
        got = [int(sess.run(nxt)) for _ in range(6)]
    assert got[:3] == got[3:]


def test_apply_and_from_generator():
    def gen():
        for i in range(3):
            yield i, [i] * 2

    ds = tf.data.Dataset.from_generator(gen, (tf.int32, tf.float32),
                                        (tf.TensorShape([]), tf.TensorShape([2])))
    ds = ds.apply(lambda d: d.map(lambda a, b: (a + 1, b)))
    assert ds.output_shapes == (tf.TensorShape([]), tf.TensorShape([2]))
    got = _all(ds)
    assert [int(a) for a, _ in got] == [1, 2, 3]
    assert got[2][1].dtype == np.float32 and list(got[2][1]) == [2.0, 2.0]
    unknown = tf.data.Dataset.from_generator(lambda: iter([(1, "a")]), (tf.int32, tf.string))
    assert unknown.output_shapes == (tf.TensorShape(None), tf.TensorShape(None))
    assert _all(unknown) == [(1, b"a")]


def test_from_generator_checks_what_it_yields():
    ds = tf.data.Dataset.from_generator(lambda: iter([[1, 2, 3]]), tf.int64, tf.TensorShape([2]))
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"yielded an element of shape \(3,\) where an element of shape \(2,\) was expected"):
            sess.run(nxt)
    ds = tf.data.Dataset.from_generator(lambda: iter(["abc"]), tf.int64)
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"The expected structure was TensorSpec\(shape=<unknown>, dtype=tf.int64"):
            sess.run(nxt)
    ds = tf.data.Dataset.from_generator(lambda: iter([(1, 2)]), (tf.int64, tf.int64, tf.int64))
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"expected structure was \(tf.int64, tf.int64, tf.int64\), but the yielded element was \(1, 2\)"):
            sess.run(nxt)


def test_dataset_op_types_match_tensorflow():
    ds = tf.data.Dataset.from_tensor_slices(np.arange(4)).map(lambda x: x).batch(2)
    tf.data.make_one_shot_iterator(ds).get_next()
    types = [op.type for op in tf.get_default_graph().get_operations()]
    assert types == ["Const", "TensorSliceDataset", "MapDataset", "Const", "Const", "BatchDatasetV2",
                     "OneShotIterator", "IteratorToStringHandle", "IteratorGetNext"]


def test_graph_def_round_trip_keeps_the_pipeline():
    ds = tf.data.Dataset.range(10).map(lambda x: x * 2).batch(3)
    tf.data.make_one_shot_iterator(ds).get_next()
    gd = tf.get_default_graph().as_graph_def()
    assert "OneShotIterator" in [n.op for n in gd.node]
    with tf.Graph().as_default():
        tf.import_graph_def(gd, name="")
        with tf.Session() as sess:
            assert list(sess.run("IteratorGetNext:0")) == [0, 2, 4]
            assert list(sess.run("IteratorGetNext:0")) == [6, 8, 10]


def test_experimental_helpers():
    assert tf.data.AUTOTUNE == tf.data.experimental.AUTOTUNE == -1
    ds = tf.data.Dataset.range(6).apply(tf.data.experimental.shuffle_and_repeat(3, 2, seed=1))
    got = _ints(_all(ds.batch(4).apply(tf.data.experimental.unbatch())))
    assert sorted(got[:6]) == sorted(got[6:]) == list(range(6))
    single = tf.data.experimental.get_single_element(tf.data.Dataset.from_tensors((np.arange(2), 3.0)))
    with tf.Session() as sess:
        a, b = sess.run(single)
        assert list(a) == [0, 1] and b == 3.0
        for ds, message in [(tf.data.Dataset.range(0), "Dataset was empty"),
                            (tf.data.Dataset.range(2), "Dataset had more than one element")]:
            with pytest.raises(tf.errors.InvalidArgumentError, match=message):
                sess.run(tf.data.experimental.get_single_element(ds))


def test_saved_meta_graph_with_a_variable_capturing_map_runs_after_import(tmp_path):
    v = tf.Variable(3, dtype=tf.int64)
    ds = tf.data.Dataset.range(1, 4).map(lambda x: x * v).batch(2)
    it = tf.data.make_initializable_iterator(ds)
    it.get_next()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "model"))
    with tf.Graph().as_default() as g:
        restorer = tf.train.import_meta_graph(path + ".meta")
        with tf.Session() as sess:
            restorer.restore(sess, path)
            sess.run(g.get_operation_by_name("MakeIterator"))
            assert list(sess.run("IteratorGetNext:0")) == [3, 6]
            assert list(sess.run("IteratorGetNext:0")) == [9]
