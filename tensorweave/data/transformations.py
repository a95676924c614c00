"""The less common `tf.data` transformations: window, reduce, scan, unique, take_while,
ignore_errors, group_by_window, cardinality, and the `tf.data.experimental` functions built on
them (bucket_by_sequence_length, map_and_batch, sample_from_datasets, ...).

`Dataset`'s methods call these; the ops are declared in `dataset_ops_extra`.
"""

import numpy as np

from tensorweave._api import tf_export, tf_export_value
from tensorweave.data import dataset_ops_extra  # noqa: F401  (registers the ops)
from tensorweave.data import structure as _structure
from tensorweave.data.dataset import (
    Dataset,
    DatasetSpec,
    _batched,
    _bool,
    _element_attrs,
    _int64,
    _normalize,
    _spec_text,
    _TracedFunction,
)
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

INFINITE = tf_export_value("data.INFINITE_CARDINALITY", -1)
UNKNOWN = tf_export_value("data.UNKNOWN_CARDINALITY", -2)
tf_export_value("data.experimental.INFINITE_CARDINALITY", INFINITE)
tf_export_value("data.experimental.UNKNOWN_CARDINALITY", UNKNOWN)


# ------------------------------------------------------------------ window
def window(ds, size, shift=None, stride=1, drop_remainder=False, name=None):
    size_t = _int64(size, "size")
    shift_t = size_t if shift is None else _int64(shift, "shift")
    inputs = [ds._variant_tensor, size_t, shift_t, _int64(stride, "stride"),
              _bool(drop_remainder, "drop_remainder")]
    specs = _structure.pack(ds._types, [DatasetSpec._of(t, s) for t, s in zip(
        _structure.flatten(ds._types), _structure.flatten(ds._shapes))])
    variant = apply_op("WindowDataset", inputs, _element_attrs(specs, specs), name=name)
    return Dataset(variant, specs, specs, specs)


# ---------------------------------------------------------- reduce and scan
def _trace_with_state(ds, func, state, transformation):
    """Traces `func(state, element)`; while the new state's shapes are more general than the
    state's, traces again with the relaxed shapes (as TF does). Returns (fn, state types,
    state shapes) of the last trace."""
    with name_scope("initial_state"):
        tensors, types, shapes = _normalize(state)
    while True:
        fn = _TracedFunction(func, (types, ds._types), (shapes, ds._shapes), transformation)
        new_types, new_shapes = fn.types, fn.shapes
        if transformation == "scan":
            if not (isinstance(new_types, tuple) and len(new_types) == 2):
                raise TypeError("Invalid `scan_func`. `scan_func` should return a pair consisting "
                                "of new state and the output value but its return type is %s."
                                % _spec_text(new_types, new_shapes))
            new_types, new_shapes = new_types[0], new_shapes[0]
        if not _structure.same_structure(types, new_types):
            raise TypeError("The element classes for the new state must match the initial state. "
                            "Expected %s; got %s." % (types, new_types))
        flat_old, flat_new = _structure.flatten(types), _structure.flatten(new_types)
        if any(a is not b for a, b in zip(flat_old, flat_new)):
            raise TypeError("The element types for the new state must match the initial state. "
                            "Expected %s; got %s." % (types, new_types))
        old, new = _structure.flatten(shapes), _structure.flatten(new_shapes)
        relaxed = [a.most_specific_compatible_shape(b) for a, b in zip(old, new)]
        if all(r.as_list() == a.as_list() if r.ndims is not None else a.ndims is None
               for r, a in zip(relaxed, old)):
            return fn, tensors, types, shapes
        shapes = _structure.pack(types, relaxed)


def reduce(ds, initial_state, reduce_func, name=None):
    fn, tensors, types, shapes = _trace_with_state(ds, reduce_func, initial_state, "reduce")
    attrs = dict(_element_attrs(types, shapes), f=fn.graph)
    flat = apply_op("ReduceDataset", [ds._variant_tensor, tensors, fn.captured], attrs, name=name)
    return _structure.pack(types, flat if isinstance(flat, list) else [flat])


def scan(ds, initial_state, scan_func, name=None):
    fn, tensors, _, _ = _trace_with_state(ds, scan_func, initial_state, "scan")
    types, shapes = fn.types[1], fn.shapes[1]
    attrs = dict(_element_attrs(types, shapes), f=fn.graph)
    variant = apply_op("ScanDataset", [ds._variant_tensor, tensors, fn.captured], attrs, name=name)
    return Dataset(variant, types, shapes)


# ------------------------------------------------------- element filters
def unique(ds, name=None):
    t = ds._types
    if _structure.is_nested(t) or t not in (_dtypes.int32, _dtypes.int64, _dtypes.string):
        raise TypeError("`tf.data.Dataset.unique` does not support type %s -- only `tf.int32`, "
                        "`tf.int64`, and `tf.string` are supported." % (t,))
    return ds._apply("UniqueDataset", [ds._variant_tensor], ds._types, ds._shapes, name=name)


def take_while(ds, predicate, name=None):
    fn = ds._function(predicate, "take_while")
    if _structure.is_nested(fn.types) or fn.types is not _dtypes.bool or \
            not fn.shapes.is_compatible_with(TensorShape([])):
        # (sic: TF's message lacks the space)
        raise ValueError("Invalid `predicate`. `predicate` must return a `tf.bool` scalar tensor "
                         "but its return type is%s." % _spec_text(fn.types, fn.shapes))
    return ds._apply("TakeWhileDataset", [ds._variant_tensor, fn.captured], ds._types,
                     ds._shapes, {"predicate": fn.graph}, name)


def ignore_errors(ds, log_warning=False, name=None):
    return ds._apply("IgnoreErrorsDataset", [ds._variant_tensor], ds._types, ds._shapes,
                     {"log_warning": bool(log_warning)}, name)


# ------------------------------------------------------- group_by_window
def group_by_window(ds, key_func, reduce_func, window_size=None, window_size_func=None,
                    name=None):
    if (window_size is None) == (window_size_func is None):
        raise ValueError("Either the `window_size` argument or the `window_size_func` argument "
                         "must be specified.")
    if window_size is not None:
        def window_size_func(_key):
            return _ops.convert_to_tensor(window_size, dtype=_dtypes.int64)

    key_fn = ds._function(key_func, "key_func")
    if key_fn.types is not _dtypes.int64 or not key_fn.shapes.is_compatible_with([]):
        raise ValueError("Invalid `key_func`. `key_func` must return a single `tf.int64` scalar "
                         "tensor but its return type is %s." % _spec_text(key_fn.types,
                                                                          key_fn.shapes))
    spec = DatasetSpec._of(ds._types, ds._shapes)
    scalar = TensorShape([])
    reduce_fn = _TracedFunction(reduce_func, (_dtypes.int64, spec), (scalar, spec), "reduce_func",
                                want_dataset=True)
    size_fn = _TracedFunction(window_size_func, _dtypes.int64, scalar, "window_size_func")
    if size_fn.types is not _dtypes.int64 or not size_fn.shapes.is_compatible_with([]):
        raise ValueError("Invalid `window_size_func`. `window_size_func` must return a single "
                         "`tf.int64` scalar tensor but its return type is %s."
                         % _spec_text(size_fn.types, size_fn.shapes))
    out = reduce_fn.dataset
    attrs = {"key_func": key_fn.graph, "reduce_func": reduce_fn.graph,
             "window_size_func": size_fn.graph}
    inputs = [ds._variant_tensor, key_fn.captured, reduce_fn.captured, size_fn.captured]
    return ds._apply("GroupByWindowDataset", inputs, out._types, out._shapes, attrs, name)


@tf_export("data.experimental.group_by_window")
def group_by_window_fn(key_func, reduce_func, window_size=None, window_size_func=None):
    """A transformation for `Dataset.apply`: `Dataset.group_by_window`."""
    return lambda ds: group_by_window(ds, key_func, reduce_func, window_size, window_size_func)


@tf_export("data.experimental.bucket_by_sequence_length")
def bucket_by_sequence_length(element_length_func, bucket_boundaries, bucket_batch_sizes,
                              padded_shapes=None, padding_values=None,
                              pad_to_bucket_boundary=False, no_padding=False,
                              drop_remainder=False):
    """A transformation for `Dataset.apply`: elements grouped by length into the buckets
    `[-inf, b0), [b0, b1), ..., [bn, inf)`, each batched (padded) by its bucket's batch size."""
    boundaries = [int(b) for b in bucket_boundaries]
    sizes = [int(b) for b in bucket_batch_sizes]

    def check():
        if len(sizes) != len(boundaries) + 1:
            raise ValueError("`len(bucket_batch_sizes)` must equal `len(bucket_boundaries) + 1` "
                             "but `len(bucket_batch_sizes)=%d` and `len(bucket_boundaries)=%d`."
                             % (len(sizes), len(boundaries)))
        if boundaries != sorted(boundaries):
            raise ValueError("`bucket_boundaries` must be sorted in non-decreasing order but got "
                             "%s." % (list(bucket_boundaries),))
    # NOTE: the public namespace, imported when the transformation is applied: these graph
    # helpers live in ops/, a layer tf.data may use but does not import at load time.
    import tensorweave.compat.v1 as tf

    low = [np.iinfo(np.int32).min] + boundaries
    high = boundaries + [np.iinfo(np.int32).max]

    def bucket_id(*args):
        length = tf.cast(element_length_func(*args), tf.int64)
        inside = tf.logical_and(tf.less_equal(tf.constant(low, tf.int64), length),
                                tf.less(length, tf.constant(high, tf.int64)))
        return tf.reduce_min(tf.where(inside))

    def batch_size_of(key):
        return tf.gather(tf.constant(sizes, tf.int64), key)

    def batching(key, group):
        n = batch_size_of(key)
        if no_padding:
            return group.batch(n, drop_remainder=drop_remainder)
        shapes = padded_shapes if padded_shapes is not None else group.output_shapes
        if pad_to_bucket_boundary:
            check = tf.assert_less(key, tf.constant(len(sizes) - 1, tf.int64), message=(
                "When pad_to_bucket_boundary=True, elements must have length < "
                "max(bucket_boundaries)."))
            with tf.control_dependencies([check]):
                filler = tf.gather(tf.constant(boundaries, tf.int64), key) - 1
            shapes = _structure.map_structure(
                lambda s: tf.stack([filler if d is None else tf.constant(d, tf.int64)
                                    for d in TensorShape(s).as_list()])
                if TensorShape(s).ndims else tf.zeros([0], tf.int64), shapes)
        return group.padded_batch(n, shapes, padding_values, drop_remainder=drop_remainder)

    def apply(ds):
        check()  # when applied, as TF
        return group_by_window(ds, bucket_id, batching, window_size_func=batch_size_of)

    return apply


# ------------------------------------------------------------ map_and_batch
def map_and_batch_dataset(ds, map_func, batch_size, num_parallel_calls, drop_remainder):
    fn = ds._function(map_func, "map_and_batch")
    n = _int64(batch_size, "batch_size")
    drop = _bool(drop_remainder, "drop_remainder")
    shapes = _structure.map_structure(lambda s: _batched(s, n, drop), fn.shapes)
    calls = _int64(num_parallel_calls, "num_parallel_calls")
    return ds._apply("MapAndBatchDataset", [ds._variant_tensor, fn.captured, n, calls, drop],
                     fn.types, shapes, {"f": fn.graph})


@tf_export("data.experimental.map_and_batch")
def map_and_batch(map_func, batch_size, num_parallel_batches=None, drop_remainder=False,
                  num_parallel_calls=None):
    """A transformation for `Dataset.apply`: `map(map_func)` then `batch(batch_size)`, fused."""
    if num_parallel_batches is not None and num_parallel_calls is not None:
        raise ValueError("`map_and_batch` allows only one of `num_parallel_batches` and "
                         "`num_parallel_calls` to be set.")
    calls = num_parallel_calls if num_parallel_calls is not None else \
        batch_size * (1 if num_parallel_batches is None else num_parallel_batches)
    return lambda ds: map_and_batch_dataset(ds, map_func, batch_size, calls, drop_remainder)


# -------------------------------------------------------------- transformation functions
@tf_export("data.experimental.scan")
def scan_fn(initial_state, scan_func):
    """A transformation for `Dataset.apply`: `Dataset.scan`."""
    return lambda ds: scan(ds, initial_state, scan_func)


@tf_export("data.experimental.unique")
def unique_fn():
    """A transformation for `Dataset.apply`: `Dataset.unique`."""
    return unique


@tf_export("data.experimental.take_while")
def take_while_fn(predicate):
    """A transformation for `Dataset.apply`: `Dataset.take_while`."""
    return lambda ds: take_while(ds, predicate)


@tf_export("data.experimental.ignore_errors")
def ignore_errors_fn(log_warning=False):
    """A transformation for `Dataset.apply`: `Dataset.ignore_errors`."""
    return lambda ds: ignore_errors(ds, log_warning)


# --------------------------------------------------------------------- cardinality
@tf_export("data.experimental.cardinality")
def cardinality(dataset):
    """An int64 scalar tensor: the number of elements of `dataset` when known, else
    INFINITE_CARDINALITY (-1) or UNKNOWN_CARDINALITY (-2)."""
    return apply_op("DatasetCardinality", [dataset._variant_tensor], {})


@tf_export("data.experimental.assert_cardinality")
def assert_cardinality(expected_cardinality):
    """A transformation for `Dataset.apply`: fails when iterating finds another element count."""
    def apply(ds):
        n = _int64(expected_cardinality, "cardinality")
        return ds._apply("AssertCardinalityDataset", [ds._variant_tensor, n], ds._types,
                         ds._shapes)

    return apply


# ------------------------------------------------------------ sample_from_datasets
def _random_dataset_variant(seed):
    from tensorweave.ops.random_ops import get_seed

    s1, s2 = get_seed(seed)
    return apply_op("RandomDataset", [_int64(s1 or 0, "seed"), _int64(s2 or 0, "seed2")],
                    _element_attrs(_dtypes.int64, TensorShape([])))


@tf_export("data.experimental.RandomDataset")
class RandomDataset(Dataset):
    """An endless dataset of random int64 scalars (TF's: the 32-bit words of the Philox stream
    of the op's seeds); with a seed every iteration gives the same numbers."""

    def __init__(self, seed=None, name=None):
        super().__init__(_random_dataset_variant(seed), _dtypes.int64, TensorShape([]))


def _random_selector(logits, seed):
    from tensorweave.ops.stateless_random_ops import stateless_categorical

    seeds = Dataset(_random_dataset_variant(seed), _dtypes.int64, TensorShape([])).batch(2)
    return seeds.map(lambda s: stateless_categorical(logits, 1, seed=s)[0, 0])


@tf_export("data.experimental.sample_from_datasets")
def sample_from_datasets(datasets, weights=None, seed=None, stop_on_empty_dataset=False,
                         rerandomize_each_iteration=None):
    """Elements drawn at random from `datasets`, each pick made with probability `weights`
    (TF's selector: a RandomDataset's seeds, two at a time, for stateless categorical draws;
    with a seed the order is TensorFlow's)."""
    from tensorweave.data.api import choose_from_datasets

    datasets = list(datasets)
    if not datasets:
        raise ValueError("Invalid `datasets`. `datasets` should not be empty.")
    if isinstance(weights, Dataset):
        raise NotImplementedError("sample_from_datasets: `weights` given as a dataset is not "
                                  "supported by tensorweave; pass a list or a tensor.")
    if weights is None:
        logits = np.zeros([1, len(datasets)], np.float32)
    elif isinstance(weights, _ops.Tensor):
        import tensorweave.compat.v1 as tf

        logits = tf.reshape(tf.log(tf.cast(weights, tf.float32)), [1, len(datasets)])
    else:
        w = np.asarray(weights, np.float64).reshape(-1)
        if w.shape[0] != len(datasets):
            raise ValueError("Invalid `weights`. The shape of `weights` should be compatible "
                             "with `[len(datasets)]` but is %s." % (list(w.shape),))
        # Datasets that can never be picked are left out, so they do not keep the result open.
        keep = [i for i in range(len(datasets)) if w[i] != 0]
        datasets = [datasets[i] for i in keep]
        with np.errstate(divide="ignore"):
            logits = np.log(w[keep]).astype(np.float32).reshape(1, -1)
        if len(datasets) == 1:
            return datasets[0]
    return choose_from_datasets(datasets, _random_selector(logits, seed),
                                stop_on_empty_dataset=stop_on_empty_dataset)
