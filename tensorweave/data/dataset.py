"""`tf.data.Dataset` for TF1 graph mode.

A Dataset is a Python object holding a scalar `variant` tensor of the default graph (the
output of its dataset op, see `dataset_ops`) and the static structure of its elements: nested
dtypes and shapes (tuples and dicts nest, lists are single tensors). Transformations add
dataset ops to the graph right away, as TF1 does; functions given to map / filter / flat_map /
interleave are traced once into a FuncGraph. Elements are produced only when an iterator's
`get_next()` runs in a session (see `iterator_ops`).
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.data import dataset_ops as _dataset_ops
from tensorweave.data import structure as _structure
from tensorweave.framework import context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import as_output, func_graph_from_py_func, unique_function_name
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

_INT64_MAX = np.iinfo(np.int64).max


def _int64(value, name):
    return _ops.convert_to_tensor(value, dtype=_dtypes.int64, name=name)


def _bool(value, name):
    return _ops.convert_to_tensor(value, dtype=_dtypes.bool, name=name)


def _element_attrs(types, shapes):
    return {"output_types": [_flat_type(t) for t in _structure.flatten(types)],
            "output_shapes": [_flat_shape(s) for s in _structure.flatten(shapes)]}


def _flat_type(t):
    # A nested dataset (an element of `window`) travels as a scalar variant.
    return _dtypes.variant if isinstance(t, DatasetSpec) else t


def _flat_shape(s):
    return TensorShape([]) if isinstance(s, DatasetSpec) else s


def _normalize(element):
    """(flat tensors, nested types, nested shapes) of a user's element (tensors or values)."""
    if isinstance(element, Dataset):
        raise TypeError("A dataset cannot be an element of another dataset here.")
    flat = _structure.flatten(element)
    tensors = []
    with name_scope("normalize_element"):
        for i, x in enumerate(flat):
            if x is None:
                raise TypeError("Attempt to convert a value (None) with an unsupported type "
                                "(<class 'NoneType'>) to a Tensor.")
            tensors.append(_ops.convert_to_tensor(x, name="component_%d" % i))
    types = _structure.pack(element, [t.dtype.base_dtype for t in tensors])
    shapes = _structure.pack(element, [t.shape for t in tensors])
    return tensors, types, shapes


def _should_unpack(args):
    return type(args) is tuple


class _TracedFunction:
    """A user function traced once on placeholders standing for an element."""

    def __init__(self, func, types, shapes, transformation, want_dataset=False):
        self.transformation = transformation
        leaves = _structure.flatten(types)
        specs = [(_flat_type(t), _flat_shape(s)) for t, s in zip(leaves, _structure.flatten(shapes))]
        base = "Dataset_%s_%s" % (transformation, getattr(func, "__name__", "fn"))
        name = unique_function_name(context.get_default_graph(), base)

        def body(*flat):
            flat = [Dataset(x, t._types, t._shapes) if isinstance(t, DatasetSpec) else x
                    for x, t in zip(flat, leaves)]
            args = _structure.pack(types, flat)
            return func(*args) if _should_unpack(args) else func(args)

        arg_specs = [(dt, sh, "args_%d" % i) for i, (dt, sh) in enumerate(specs)]
        fg, _, result = func_graph_from_py_func(name, body, arg_specs, convert_outputs=False)
        with fg.as_default():
            if want_dataset:
                if not isinstance(result, Dataset):
                    raise TypeError("The `map_func` argument must return a `Dataset` object. Got "
                                    "%s." % type(result).__name__)
                self.dataset = result
                fg.outputs = [as_output(fg, result._variant_tensor)]
            else:
                result = _structure.lists_to_tuples(result)
                leaves = _structure.flatten(result)
                if not leaves or any(x is None for x in leaves):
                    raise ValueError("The function passed to %s() returned no tensors (None or an "
                                     "empty structure); it must return at least one tensor."
                                     % transformation)
                outs = [as_output(fg, x) for x in leaves]
                fg.outputs = outs
                self.types = _structure.pack(result, [t.dtype.base_dtype for t in outs])
                self.shapes = _structure.pack(result, [t.shape for t in outs])
        fg.structured_outputs = result
        self.graph = fg
        self.captured = fg.external_captures


@tf_export("data.DatasetSpec")
class DatasetSpec:
    """The type of a dataset that is itself an element (the windows of `Dataset.window`)."""

    def __init__(self, element_spec, dataset_shape=()):
        self._types = _structure.map_structure(lambda s: s.dtype, element_spec)
        self._shapes = _structure.map_structure(lambda s: s.shape, element_spec)
        self._dataset_shape = TensorShape(dataset_shape)

    @staticmethod
    def _of(types, shapes):
        spec = DatasetSpec.__new__(DatasetSpec)
        spec._types, spec._shapes, spec._dataset_shape = types, shapes, TensorShape([])
        return spec

    @property
    def element_spec(self):
        return element_spec(self._types, self._shapes)

    def __eq__(self, other):
        return isinstance(other, DatasetSpec) and repr(self) == repr(other)

    def __hash__(self):
        return hash(repr(self))

    def __repr__(self):
        return "DatasetSpec(%s, %r)" % (_spec_text(self._types, self._shapes),
                                        self._dataset_shape)


@tf_export("data.Dataset")
class Dataset:
    """A sequence of elements, each a nested structure of tensors (TF1 `tf.data.Dataset`)."""

    def __init__(self, variant, types, shapes, classes=None):
        self._variant_tensor = variant
        self._types = types
        self._shapes = shapes
        self._classes = classes if classes is not None else _structure.classes_of(types)

    def _apply(self, op_type, inputs, types, shapes, attrs=None, name=None):
        a = dict(attrs or {})
        a.update(_element_attrs(types, shapes))
        # An op that keeps the element's structure keeps its classes (SparseTensor components).
        classes = self._classes if types is self._types else None
        from tensorweave.data import sparse_batch

        sparse_batch.check_supported(self._classes, op_type)
        if sparse_batch.has_sparse(classes):
            out_types, out_shapes = sparse_batch.flat_attrs(types, shapes, classes)
            a.update(output_types=out_types, output_shapes=out_shapes)
        variant = apply_op(op_type, inputs, a, name=name)
        return Dataset(variant, types, shapes, classes)

    # ------------------------------------------------------------ properties
    @property
    def output_types(self):
        return self._types

    @property
    def output_shapes(self):
        return self._shapes

    @property
    def output_classes(self):
        return self._classes

    @property
    def element_spec(self):
        """The element's structure as nested `tf.TensorSpec`s (shape and dtype of each component)."""
        return element_spec(self._types, self._shapes)

    @property
    def graph(self):
        return self._variant_tensor.graph

    def __repr__(self):
        return "<Dataset element types: %s, shapes: %s>" % (self._types, self._shapes)

    def __iter__(self):
        raise RuntimeError("`tf.data.Dataset` only supports Python-style iteration in eager mode "
                           "or within tf.function.")

    # ------------------------------------------------------------- sources
    @staticmethod
    def from_tensor_slices(tensors, name=None):
        comps, types, shapes = _normalize(tensors)
        first = None
        sliced = []
        for t in comps:
            dims = t.shape
            if dims.ndims == 0:
                raise ValueError("Unbatching a tensor is only supported for rank >= 1")
            if dims.ndims is not None:
                d0 = dims.as_list()[0]
                if first is not None and d0 is not None and first != d0:
                    raise ValueError("Dimensions %d and %d are not compatible" % (first, d0))
                if d0 is not None:
                    first = d0
                sliced.append(TensorShape(dims.as_list()[1:]))
            else:
                sliced.append(TensorShape(None))
        shapes = _structure.pack(tensors, sliced)
        variant = apply_op("TensorSliceDataset", [comps],
                           {"output_shapes": sliced}, name=name)
        return Dataset(variant, types, shapes)

    @staticmethod
    def from_tensors(tensors, name=None):
        comps, types, shapes = _normalize(tensors)
        variant = apply_op("TensorDataset", [comps],
                           {"output_shapes": _structure.flatten(shapes)}, name=name)
        return Dataset(variant, types, shapes)

    @staticmethod
    def range(*args, output_type=_dtypes.int64, name=None):
        if not 1 <= len(args) <= 3:
            raise ValueError("Invalid arguments to range: %s" % (args,))
        start, stop, step = 0, None, 1
        if len(args) == 1:
            stop = args[0]
        elif len(args) == 2:
            start, stop = args
        else:
            start, stop, step = args
        dtype = _dtypes.as_dtype(output_type).base_dtype
        inputs = [_int64(start, "start"), _int64(stop, "stop"), _int64(step, "step")]
        shapes = TensorShape([])
        variant = apply_op("RangeDataset", inputs,
                           {"output_types": [dtype], "output_shapes": [shapes]}, name=name)
        return Dataset(variant, dtype, shapes)

    @staticmethod
    def zip(datasets, name=None):
        flat = _structure.flatten(datasets)
        for d in flat:
            if not isinstance(d, Dataset):
                raise TypeError("Invalid `datasets`. `datasets` is expected to be a (nested) "
                                "structure of `tf.data.Dataset` objects. Encountered object with "
                                "type %s." % type(d).__name__)
        types = _structure.pack(datasets, [d._types for d in flat])
        shapes = _structure.pack(datasets, [d._shapes for d in flat])
        a = _element_attrs(types, shapes)
        variant = apply_op("ZipDataset", [[d._variant_tensor for d in flat]], a, name=name)
        return Dataset(variant, types, shapes)

    @staticmethod
    def from_generator(generator, output_types=None, output_shapes=None, args=None,
                       output_signature=None, name=None):
        if not callable(generator):
            raise TypeError("`generator` must be a Python callable.")
        if output_signature is not None:
            types = _structure.map_structure(lambda s: s.dtype, output_signature)
            output_shapes = _structure.map_structure(lambda s: s.shape, output_signature)
        elif output_types is None:
            raise TypeError("To specify the output signature you need to provide either the "
                            "`output_signature` argument or the `output_types` argument.")
        else:
            types = output_types
        types = _structure.as_types(types)
        shapes = _structure.as_shapes(types, output_shapes)
        call_args = tuple(args) if args is not None else ()

        def make():
            return iter(generator(*call_args))

        token = _dataset_ops.register_generator(
            (make, lambda value: _structure.flatten_up_to(types, value)))
        variant = apply_op("GeneratorDataset", [],
                           dict(_element_attrs(types, shapes), token=token), name=name)
        return Dataset(variant, types, shapes)

    # ------------------------------------------------------- transformations
    def _function(self, func, transformation, want_dataset=False):
        if not callable(func):
            raise TypeError("`%s` must be callable." % transformation)
        from tensorweave.data import sparse_batch

        sparse_batch.check_supported(self._classes, transformation)
        return _TracedFunction(func, self._types, self._shapes, transformation, want_dataset)

    def map(self, map_func, num_parallel_calls=None, deterministic=None, name=None):
        fn = self._function(map_func, "map")
        attrs = dict(_element_attrs(fn.types, fn.shapes), f=fn.graph)
        if num_parallel_calls is None:
            variant = apply_op("MapDataset", [self._variant_tensor, fn.captured], attrs, name=name)
        else:
            n = _int64(num_parallel_calls, "num_parallel_calls")
            attrs["deterministic"] = "default" if deterministic is None else \
                ("true" if deterministic else "false")
            variant = apply_op("ParallelMapDatasetV2", [self._variant_tensor, fn.captured, n], attrs,
                               name=name)
        return Dataset(variant, fn.types, fn.shapes)

    def filter(self, predicate, name=None):
        fn = self._function(predicate, "filter")
        if _structure.is_nested(fn.types) or fn.types is not _dtypes.bool or \
                not fn.shapes.is_compatible_with(TensorShape([])):
            raise ValueError("Invalid `predicate`. `predicate` must return a `tf.bool` scalar "
                             "tensor, but its return type is %s." % _spec_text(fn.types, fn.shapes))
        return self._apply("FilterDataset", [self._variant_tensor, fn.captured], self._types,
                           self._shapes, {"predicate": fn.graph}, name)

    def flat_map(self, map_func, name=None):
        fn = self._function(map_func, "flat_map", want_dataset=True)
        ds = fn.dataset
        return self._apply("FlatMapDataset", [self._variant_tensor, fn.captured], ds._types,
                           ds._shapes, {"f": fn.graph}, name)

    def interleave(self, map_func, cycle_length=None, block_length=None, num_parallel_calls=None,
                   deterministic=None, name=None):
        fn = self._function(map_func, "interleave", want_dataset=True)
        ds = fn.dataset
        # NOTE: TF's default cycle_length is the number of CPU cores; 1 keeps results the same
        # on every machine and is what a sequential reader gives.
        cycle = _int64(1 if cycle_length is None or cycle_length == -1 else cycle_length,
                       "cycle_length")
        block = _int64(1 if block_length is None else block_length, "block_length")
        return self._apply("InterleaveDataset", [self._variant_tensor, fn.captured, cycle, block],
                           ds._types, ds._shapes, {"f": fn.graph}, name)

    def batch(self, batch_size, drop_remainder=False, num_parallel_calls=None, deterministic=None,
              name=None):
        n = _int64(batch_size, "batch_size")
        drop = _bool(drop_remainder, "drop_remainder")
        shapes = _structure.map_structure(lambda s: _batched(s, n, drop), self._shapes)
        return self._apply("BatchDatasetV2", [self._variant_tensor, n, drop], self._types, shapes,
                           name=name)

    def padded_batch(self, batch_size, padded_shapes=None, padding_values=None,
                     drop_remainder=False, name=None):
        n = _int64(batch_size, "batch_size")
        flat_shapes = _structure.flatten(self._shapes)
        flat_types = _structure.flatten(self._types)
        if padded_shapes is None:
            for s in flat_shapes:
                if s.ndims is None:
                    raise ValueError("You must provide `padded_shapes` argument because component "
                                     "%s has unknown rank." % s)
            wanted = flat_shapes
        else:
            wanted = [TensorShape(p) if not isinstance(p, _ops.Tensor) else p
                      for p in _structure.flatten_up_to(self._types, padded_shapes)]
        shape_tensors, padded = [], []
        for i, (w, have) in enumerate(zip(wanted, flat_shapes)):
            if isinstance(w, _ops.Tensor):
                shape_tensors.append(apply_op("Cast", [w], {"DstT": _dtypes.int64}))
                padded.append(TensorShape([None] * (w.shape.as_list()[0] if w.shape.ndims else 0)))
                continue
            if have.ndims is not None and w.ndims != have.ndims:
                raise ValueError("The padded shape %s is not compatible with the shape %s of the "
                                 "corresponding input component." % (w, have))
            dims = [d if d is not None else -1 for d in w.as_list()]
            if have.ndims is not None:
                for d, h in zip(dims, have.as_list()):
                    if d >= 0 and h is not None and h > d:
                        raise ValueError("The padded shape %s is not compatible with the shape %s "
                                         "of the corresponding input component." % (w, have))
            shape_tensors.append(_ops.convert_to_tensor(np.array(dims, np.int64)))
            padded.append(w)
        if padding_values is None:
            values = [b"" if t is _dtypes.string else t.as_numpy_dtype(0) for t in flat_types]
        else:
            given = _structure.flatten_up_to(self._types, padding_values) \
                if _structure.is_nested(self._types) else [padding_values]
            values = list(given)
        value_tensors = []
        for v, t in zip(values, flat_types):
            value_tensors.append(_ops.convert_to_tensor(v, dtype=t, name="padding_value"))
        drop = _bool(drop_remainder, "drop_remainder")
        out = _structure.pack(self._types, [_batched(p, n, drop) for p in padded])
        a = {"output_shapes": _structure.flatten(out)}
        variant = apply_op("PaddedBatchDatasetV2",
                           [self._variant_tensor, n, shape_tensors, value_tensors, drop], a, name=name)
        return Dataset(variant, self._types, out)

    def unbatch(self, name=None):
        known = None
        for s in _structure.flatten(self._shapes):
            if s.ndims == 0:
                raise ValueError("Cannot unbatch an input with scalar components.")
            first = s.as_list()[0] if s.ndims else None
            if known is not None and first is not None and first != known:
                raise ValueError("`unbatch()` is only supported for datasets of elements whose "
                                 "components have a matching leading dimension. Encountered both "
                                 "%d and %d." % (known, first))
            known = first if first is not None else known
        shapes = _structure.map_structure(
            lambda s: TensorShape(None) if s.ndims is None else TensorShape(s.as_list()[1:]),
            self._shapes)
        return self._apply("UnbatchDataset", [self._variant_tensor], self._types, shapes, name=name)

    def shuffle(self, buffer_size, seed=None, reshuffle_each_iteration=None, name=None):
        from tensorweave.ops.random_ops import get_seed

        size = _int64(buffer_size, "buffer_size")
        s1, s2 = get_seed(seed)
        inputs = [self._variant_tensor, size, _int64(s1 or 0, "seed"), _int64(s2 or 0, "seed2")]
        reshuffle = True if reshuffle_each_iteration is None else bool(reshuffle_each_iteration)
        return self._apply("ShuffleDataset", inputs, self._types, self._shapes,
                           {"reshuffle_each_iteration": reshuffle}, name)

    def _counted(self, op_type, count):
        c = _int64(-1 if count is None else count, "count")
        return self._apply(op_type, [self._variant_tensor, c], self._types, self._shapes)

    def repeat(self, count=None, name=None):
        return self._counted("RepeatDataset", count)

    def take(self, count, name=None):
        return self._counted("TakeDataset", count)

    def skip(self, count, name=None):
        return self._counted("SkipDataset", count)

    def shard(self, num_shards, index, name=None):
        inputs = [self._variant_tensor, _int64(num_shards, "num_shards"), _int64(index, "index")]
        return self._apply("ShardDataset", inputs, self._types, self._shapes, name=name)

    def prefetch(self, buffer_size, name=None):
        size = _int64(-1 if buffer_size is None else buffer_size, "buffer_size")
        return self._apply("PrefetchDataset", [self._variant_tensor, size], self._types,
                           self._shapes, name=name)

    def cache(self, filename="", name=None):
        fname = _ops.convert_to_tensor(filename, dtype=_dtypes.string, name="filename")
        return self._apply("CacheDataset", [self._variant_tensor, fname], self._types,
                           self._shapes, name=name)

    def concatenate(self, dataset, name=None):
        if not _structure.same_structure(self._types, dataset._types) or any(
                a is not b for a, b in zip(_structure.flatten(self._types),
                                           _structure.flatten(dataset._types))):
            raise TypeError("Incompatible dataset elements:\n  %s vs.   %s"
                            % (_spec_text(self._types, self._shapes),
                               _spec_text(dataset._types, dataset._shapes)))
        shapes = _structure.pack(self._types, [
            a.most_specific_compatible_shape(b) for a, b in zip(_structure.flatten(self._shapes),
                                                                _structure.flatten(dataset._shapes))])
        return self._apply("ConcatenateDataset", [self._variant_tensor, dataset._variant_tensor],
                           self._types, shapes, name=name)

    def enumerate(self, start=0, name=None):
        counter = Dataset.range(start, _INT64_MAX)
        return Dataset.zip((counter, self))

    def apply(self, transformation_func):
        result = transformation_func(self)
        if not isinstance(result, Dataset):
            raise TypeError("`transformation_func` must return a `tf.data.Dataset` object. Got %s."
                            % type(result).__name__)
        return result

    def sparse_batch(self, batch_size, row_shape, name=None):
        """Batches of `batch_size` elements as SparseTensors of dense shape [n] + `row_shape`."""
        from tensorweave.data import sparse_batch

        return sparse_batch.sparse_batch(self, batch_size, row_shape, name)

    # ------------------------------------- less common transformations (transformations.py)
    def window(self, size, shift=None, stride=1, drop_remainder=False, name=None):
        """Windows of `size` elements, each element of the result a (nested) dataset."""
        return _extra().window(self, size, shift, stride, drop_remainder, name)

    def reduce(self, initial_state, reduce_func, name=None):
        """Tensors: `reduce_func(state, element)` folded over the elements when run."""
        return _extra().reduce(self, initial_state, reduce_func, name)

    def scan(self, initial_state, scan_func, name=None):
        return _extra().scan(self, initial_state, scan_func, name)

    def unique(self, name=None):
        return _extra().unique(self, name)

    def take_while(self, predicate, name=None):
        return _extra().take_while(self, predicate, name)

    def ignore_errors(self, log_warning=False, name=None):
        return _extra().ignore_errors(self, log_warning, name)

    def group_by_window(self, key_func, reduce_func, window_size=None, window_size_func=None,
                        name=None):
        return _extra().group_by_window(self, key_func, reduce_func, window_size,
                                        window_size_func, name)

    def cardinality(self):
        """An int64 scalar tensor: the number of elements, or INFINITE (-1) / UNKNOWN (-2)."""
        return _extra().cardinality(self)

    def with_options(self, options, name=None):
        from tensorweave.data import options as _options

        return _options.with_options(self, options, name)

    def options(self):
        from tensorweave.data import options as _options

        return _options.options_of(self)

    # ------------------------------------------------------------ iterators
    def make_one_shot_iterator(self):
        from tensorweave.data import iterator_ops

        return iterator_ops.make_one_shot_iterator(self)

    def make_initializable_iterator(self, shared_name=None):
        from tensorweave.data import iterator_ops

        return iterator_ops.make_initializable_iterator(self, shared_name)


def _extra():
    from tensorweave.data import transformations

    return transformations


def element_spec(types, shapes):
    from tensorweave.framework.api_gaps import TensorSpec

    return _structure.pack(types, [t if isinstance(t, DatasetSpec) else TensorSpec(s, t)
                                   for t, s in zip(_structure.flatten(types),
                                                   _structure.flatten(shapes))])


def _batched(shape, n, drop):
    from tensorweave.framework import tensor_util

    size = None
    if _const(drop):
        size = tensor_util.constant_value(n)
        size = None if size is None else int(size)
    if shape.ndims is None:
        return TensorShape(None)
    return TensorShape([size] + shape.as_list())


def _const(t):
    from tensorweave.framework import tensor_util

    v = tensor_util.constant_value(t)
    return v is not None and bool(v)


def _spec_text(types, shapes):
    return str(_structure.pack(types, [
        "TensorSpec(shape=%s, dtype=%r, name=None)" % (s, t)
        for t, s in zip(_structure.flatten(types), _structure.flatten(shapes))])).replace("'", "")


@tf_export("data.get_output_types")
def get_output_types(dataset_or_iterator):
    return dataset_or_iterator.output_types


@tf_export("data.get_output_shapes")
def get_output_shapes(dataset_or_iterator):
    return dataset_or_iterator.output_shapes


@tf_export("data.get_output_classes")
def get_output_classes(dataset_or_iterator):
    return dataset_or_iterator.output_classes
