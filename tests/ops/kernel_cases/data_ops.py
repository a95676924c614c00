"""Kernel cases for the tf.data ops (tensorweave/data/dataset_ops.py, iterator_ops.py).

Dataset ops output run-time dataset objects, so each case is a round trip: `build` makes a
pipeline from the input tensors, batches every element into one (`_all`) or takes the first
(`_first`), and reads it through an initializable iterator whose initializer runs first in
the same step (a control dependency). tests/data/ covers the ops' behaviour in detail.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, I32, I64, Case, arr

_HANDLE_PREFIX = b"tensorweave-iterator:"


def _read(ds):
    it = tf.data.make_initializable_iterator(ds)
    with tf.control_dependencies([it.initializer]):
        return it.get_next()


def _all(ds):
    """Every element of `ds` stacked into one (the dataset must yield at least one)."""
    return _read(ds.batch(1000))


def _first(ds):
    return _read(ds)


def _slices(x):
    return tf.data.Dataset.from_tensor_slices(x)


def _flat(result):
    return list(result) if isinstance(result, tuple) else result


def _interleave_ref(x):
    # cycle_length=2, block_length=1 over datasets repeating each value twice
    out = []
    for a, b in zip(x[0::2], x[1::2]):
        out += [a, b, a, b]
    if len(x) % 2:
        out += [x[-1], x[-1]]
    return np.array(out, x.dtype)


def _sorted_equal(outputs, inputs):
    np.testing.assert_array_equal(np.sort(outputs[0]), np.sort(inputs[0]))


def _generator_build():
    ds = tf.data.Dataset.from_generator(lambda: iter([[1.0, 2.0], [3.0, 4.0]]), tf.float32,
                                        tf.TensorShape([2]))
    return _all(ds)


def _one_shot_build(x):
    return tf.data.make_one_shot_iterator(_slices(x)).get_next()


def _string_handle_build(x):
    it = tf.data.make_initializable_iterator(_slices(x))
    return it.string_handle()


def _check_handle(outputs, inputs):
    assert isinstance(outputs[0], bytes) and outputs[0].startswith(_HANDLE_PREFIX)


def _from_handle_build(x):
    it = tf.data.make_initializable_iterator(_slices(x))
    feedable = tf.data.Iterator.from_string_handle(it.string_handle(), tf.as_dtype(x.dtype),
                                                   it.output_shapes)
    with tf.control_dependencies([it.initializer]):
        return feedable.get_next()


def _padded(x):
    n = max(x[:3])
    out = np.zeros((min(3, len(x)), n), x.dtype)
    for i, v in enumerate(x[:3]):
        out[i, :v] = v
    return out


_X = arr((5, 2), F32)
_V = np.array([3, -1, 4, 0, 2], I64)

CASES = {
    "TensorSliceDataset": [Case([_X], lambda x: x, build=lambda x: _all(_slices(x))),
                           Case([np.array([b"a", b"bc"], object)], lambda x: x,
                                build=lambda x: _all(_slices(x)), name="string")],
    "TensorDataset": [Case([_X], lambda x: x, build=lambda x: _first(tf.data.Dataset.from_tensors(x)))],
    "RangeDataset": [Case([np.array(2, I64), np.array(11, I64), np.array(3, I64)],
                          lambda a, b, c: np.arange(a, b, c),
                          build=lambda a, b, c: _all(tf.data.Dataset.range(a, b, c))),
                     Case([np.array(5, I64), np.array(0, I64), np.array(-2, I64)],
                          lambda a, b, c: np.arange(a, b, c),
                          build=lambda a, b, c: _all(tf.data.Dataset.range(a, b, c)), name="down")],
    "ZipDataset": [Case([_X, _V], lambda x, v: [x, v],
                        build=lambda x, v: _flat(_all(tf.data.Dataset.zip((_slices(x), _slices(v))))))],
    "ConcatenateDataset": [Case([_V, np.array([7, 8], I64)], lambda a, b: np.concatenate([a, b]),
                                build=lambda a, b: _all(_slices(a).concatenate(_slices(b))))],
    "MapDataset": [Case([_X], lambda x: x * 2 + 1, build=lambda x: _all(_slices(x).map(lambda v: v * 2 + 1)))],
    "ParallelMapDatasetV2": [Case([_V], lambda v: v * v,
                                  build=lambda v: _all(_slices(v).map(lambda e: e * e, num_parallel_calls=2)))],
    "FilterDataset": [Case([_V], lambda v: v[v > 0], build=lambda v: _all(_slices(v).filter(lambda e: e > 0)))],
    "FlatMapDataset": [Case([_V], lambda v: np.repeat(v, 2), build=lambda v: _all(_slices(v).flat_map(
        lambda e: tf.data.Dataset.from_tensors(e).repeat(2))))],
    "InterleaveDataset": [Case([_V], _interleave_ref, build=lambda v: _all(_slices(v).interleave(
        lambda e: tf.data.Dataset.from_tensors(e).repeat(2), cycle_length=2, block_length=1)))],
    "BatchDatasetV2": [Case([_X], lambda x: x[:2], build=lambda x: _first(_slices(x).batch(2))),
                       Case([_X], lambda x: x[4:], name="remainder",
                            build=lambda x: _read(_slices(x).batch(2).skip(2))),
                       Case([_X], lambda x: x[:4], name="drop_remainder",
                            build=lambda x: _read(_slices(x).batch(2, drop_remainder=True).unbatch().batch(10)))],
    "PaddedBatchDatasetV2": [Case([np.array([2, 3, 1, 2], I64)], _padded,
                                  build=lambda v: _first(_slices(v).map(lambda n: tf.fill([n], n))
                                                         .padded_batch(3, padded_shapes=[None])))],
    "UnbatchDataset": [Case([_X], lambda x: x, build=lambda x: _all(tf.data.Dataset.from_tensors(x).unbatch()))],
    "ShuffleDataset": [Case([np.arange(20, dtype=I64)], None, check=_sorted_equal,
                            build=lambda v: _all(_slices(v).shuffle(4, seed=3)))],
    "RepeatDataset": [Case([_V, np.array(3, I64)], lambda v, n: np.tile(v, 3), const=(1,),
                           build=lambda v, n: _all(_slices(v).repeat(n)))],
    "TakeDataset": [Case([_V, np.array(3, I64)], lambda v, n: v[:3],
                         build=lambda v, n: _all(_slices(v).take(n)))],
    "SkipDataset": [Case([_V, np.array(2, I64)], lambda v, n: v[2:],
                         build=lambda v, n: _all(_slices(v).skip(n)))],
    "ShardDataset": [Case([_V, np.array(2, I64), np.array(1, I64)], lambda v, n, i: v[1::2],
                          build=lambda v, n, i: _all(_slices(v).shard(n, i)))],
    "DirectedInterleaveDataset": [Case([_V, np.array([1, 0, 1, 0], I64)], lambda v, c: v[[0, 0, 1, 1]],
                                       build=lambda v, c: _all(tf.data.experimental.choose_from_datasets(
                                           [_slices(v), _slices(v)], _slices(c))))],
    "PrefetchDataset": [Case([_V], lambda v: v, build=lambda v: _all(_slices(v).prefetch(2)))],
    "CacheDataset": [Case([_V], lambda v: np.tile(v, 2), build=lambda v: _all(_slices(v).cache().repeat(2)))],
    "GeneratorDataset": [Case([], lambda: np.array([[1, 2], [3, 4]], F32), build=_generator_build)],
    "IteratorV2": [Case([_V], lambda v: v[0], build=lambda v: _first(_slices(v)))],
    "MakeIterator": [Case([arr((3,), I32)], lambda v: v, build=lambda v: _first(tf.data.Dataset.from_tensors(v)))],
    "IteratorGetNext": [Case([_X, _V], lambda x, v: [x[0], v[0]],
                             build=lambda x, v: _flat(_first(tf.data.Dataset.zip((_slices(x), _slices(v))))))],
    "OneShotIterator": [Case([_V], lambda v: v[0], build=_one_shot_build,
                             unknown="one-shot iterators refuse datasets that use placeholders")],
    "IteratorToStringHandle": [Case([_V], None, check=_check_handle, build=_string_handle_build)],
    "DatasetToSingleElement": [Case([_X, _V], lambda x, v: [x, v], build=lambda x, v: _flat(
        tf.data.experimental.get_single_element(tf.data.Dataset.from_tensors((x, v)))))],
    "IteratorFromStringHandleV2": [Case([_V], lambda v: v[0], build=_from_handle_build)],
}


# ------------------------------------------ less common transformations (transformations.py)
def _window_ref(v):
    return np.stack([v[i:i + 3] for i in range(len(v) - 2)])


def _scan_ref(v):
    return np.concatenate([[0], np.cumsum(v)[:-1]]).astype(v.dtype)


def _unique_ref(v):
    _, first = np.unique(v, return_index=True)
    return v[np.sort(first)]


def _take_while_ref(v):
    stop = np.argmax(v <= 0) if (v <= 0).any() else len(v)
    return v[:stop]


def _ignore_errors_build(v):
    checked = _slices(v).map(lambda e: tf.debugging.check_numerics(1.0 / tf.cast(e, tf.float32), "e"))
    return _all(checked.ignore_errors())


def _group_ref(v):
    groups, out = {}, []
    for x in v:
        groups.setdefault(int(x) % 2, []).append(x)
    for k in sorted(groups):
        out += groups[k]
    return np.array(out, v.dtype)


def _optional_build(v):
    it = tf.data.make_initializable_iterator(_slices(v))
    with tf.control_dependencies([it.initializer]):
        opt = tf.data.experimental.get_next_as_optional(it)
    return [opt.has_value(), opt.get_value()]


def _check_random(outputs, inputs):
    assert outputs[0].dtype == np.int64 and outputs[0].shape == (4,)


CASES.update({
    "ReduceDataset": [Case([_V], lambda v: v.sum(), build=lambda v: _slices(v).reduce(np.int64(0), lambda s, e: s + e))],
    "WindowDataset": [Case([_V], _window_ref,
                           build=lambda v: _all(_slices(v).window(3, 1, 1, True).flat_map(lambda w: w.batch(3))))],
    "ScanDataset": [Case([_V], _scan_ref, build=lambda v: _all(_slices(v).scan(np.int64(0), lambda s, e: (s + e, s))))],
    "UniqueDataset": [Case([np.array([3, 1, 3, 2, 1], I64)], _unique_ref, build=lambda v: _all(_slices(v).unique()))],
    "TakeWhileDataset": [Case([_V], _take_while_ref, build=lambda v: _all(_slices(v).take_while(lambda e: e > 0)))],
    "IgnoreErrorsDataset": [Case([_V], lambda v: (1.0 / v[v != 0]).astype(np.float32), build=_ignore_errors_build)],
    "GroupByWindowDataset": [Case([_V], _group_ref, build=lambda v: _all(_slices(v).group_by_window(
        lambda e: e % 2, lambda k, d: d, window_size=100)))],
    "MapAndBatchDataset": [Case([_V], lambda v: v * 3, build=lambda v: _read(_slices(v).apply(
        tf.data.experimental.map_and_batch(lambda e: e * 3, 10))))],
    "AssertCardinalityDataset": [Case([_V], lambda v: v, build=lambda v: _all(_slices(v).apply(
        tf.data.experimental.assert_cardinality(5))))],
    "DatasetCardinality": [Case([_V], lambda v: np.int64(3), build=lambda v: _slices(v).batch(2).cardinality())],
    "OptionsDataset": [Case([_V], lambda v: v, build=lambda v: _all(_slices(v).with_options(tf.data.Options())))],
    "RandomDataset": [Case([], None, check=_check_random, build=lambda: _first(
        tf.data.experimental.sample_from_datasets([tf.data.Dataset.range(10), tf.data.Dataset.range(10)],
                                                  seed=1).batch(4)))],
    "IteratorGetNextAsOptional": [Case([_V], lambda v: [np.bool_(True), v[0]], build=_optional_build)],
    "OptionalHasValue": [Case([_V], lambda v: np.bool_(False), build=lambda v: tf.data.experimental.Optional.empty(
        tf.TensorSpec([], tf.int64)).has_value())],
    "OptionalGetValue": [Case([_X], lambda x: x, build=lambda x: tf.data.experimental.Optional.from_value(x).get_value())],
    "OptionalFromValue": [Case([_X, _V], lambda x, v: [x, v], build=lambda x, v: _flat(
        tf.data.experimental.Optional.from_value((x, v)).get_value()))],
    "OptionalNone": [Case([], lambda: np.bool_(False), build=lambda: tf.data.experimental.Optional.empty(
        tf.TensorSpec([], tf.int64)).has_value())],
})
