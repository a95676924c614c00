"""Dataset op declarations (TensorSliceDataset, MapDataset, BatchDatasetV2, ...).

Every dataset op outputs a scalar `variant` tensor; at run time its value is a
`runtime.RuntimeDataset` built from the op's input values. Ops taking a function (map, filter,
flat_map, interleave) hold its FuncGraph as a `func` attr and its captured tensors as
`other_arguments`; their kernels bind the body to the session running them
(`ctx.executor.run_function`), so the body runs when the iterator pulls elements. The
`output_types` / `output_shapes` attrs record the element's flattened components, as in TF.
None of these ops is differentiable.
"""

import itertools
import threading

from tensorweave.data import runtime
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.tensor_shape import TensorShape

_SCALAR = TensorShape([])
_ELEMENT_ATTRS = ["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1",
                  "metadata: string = ''"]
_FUNC_ATTRS = ["Targuments: list(type) >= 0"] + _ELEMENT_ATTRS

# Python generators of `from_generator`, by token (like py_func's callables: they cannot live
# in a graph; they stay registered for the life of the process).
GENERATORS = {}
_COUNTER = itertools.count()
_LOCK = threading.Lock()


def register_generator(entry):
    with _LOCK:
        token = "generator_%d" % next(_COUNTER)
        GENERATORS[token] = entry
    return token


class _DatasetOp(OpDef):
    def shape(self, *inputs, **attrs):
        return _SCALAR

    grad = None


class _FunctionDatasetOp(_DatasetOp):
    # Captured variables reach the body as their reference (it reads their value when it runs),
    # as for If/While; the op itself has no side effects.
    forwards_refs = True


def _function(ctx, graph, captured):
    return runtime._Function(graph, captured, ctx.executor)


@register_op("TensorSliceDataset", inputs=["components: Toutput_types"], outputs=["handle: variant"],
             attrs=["Toutput_types: list(type) >= 1", "output_shapes: list(shape) >= 1",
                    "is_files: bool = false", "metadata: string = ''",
                    "replicate_on_split: bool = false"])
class TensorSliceDataset(_DatasetOp):
    def kernel(self, *components):
        return runtime.TensorSlices(components)


@register_op("TensorDataset", inputs=["components: Toutput_types"], outputs=["handle: variant"],
             attrs=["Toutput_types: list(type) >= 1", "output_shapes: list(shape) >= 1",
                    "metadata: string = ''"])
class TensorDataset(_DatasetOp):
    def kernel(self, *components):
        return runtime.Tensors(components)


@register_op("RangeDataset", inputs=["start: int64", "stop: int64", "step: int64"],
             outputs=["handle: variant"], attrs=_ELEMENT_ATTRS + ["replicate_on_split: bool = false"])
class RangeDataset(_DatasetOp):
    def kernel(self, start, stop, step, *, output_types):
        return runtime.Range(start, stop, step, output_types[0].as_numpy_dtype)


@register_op("ZipDataset", inputs=["input_datasets: N * variant"], outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS + ["N: int >= 1"])
class ZipDataset(_DatasetOp):
    def kernel(self, *input_datasets):
        return runtime.Zip(input_datasets)


@register_op("ConcatenateDataset", inputs=["input_dataset: variant", "another_dataset: variant"],
             outputs=["handle: variant"], attrs=_ELEMENT_ATTRS)
class ConcatenateDataset(_DatasetOp):
    def kernel(self, input_dataset, another_dataset):
        return runtime.Concatenate(input_dataset, another_dataset)


@register_op("MapDataset", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)"],
             outputs=["handle: variant"],
             attrs=["f: func"] + _FUNC_ATTRS + ["use_inter_op_parallelism: bool = true",
                                                "preserve_cardinality: bool = false",
                                                "force_synchronous: bool = false"])
class MapDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *other_arguments, f):
        return runtime.Map(input_dataset, _function(ctx, f, other_arguments))


@register_op("ParallelMapDatasetV2", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)",
                                             "num_parallel_calls: int64"],
             outputs=["handle: variant"],
             attrs=["f: func"] + _FUNC_ATTRS + ["use_inter_op_parallelism: bool = true",
                                                "deterministic: string = 'default'",
                                                "preserve_cardinality: bool = false",
                                                "use_unbounded_threadpool: bool = false"])
class ParallelMapDatasetV2(_FunctionDatasetOp):
    # Elements are computed one at a time, in order: the result is what TF's deterministic
    # parallel map gives.
    def kernel(self, ctx, input_dataset, *rest, f):
        return runtime.Map(input_dataset, _function(ctx, f, rest[:-1]))


@register_op("FilterDataset", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)"],
             outputs=["handle: variant"], attrs=["predicate: func"] + _FUNC_ATTRS)
class FilterDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *other_arguments, predicate):
        return runtime.Filter(input_dataset, _function(ctx, predicate, other_arguments))


@register_op("FlatMapDataset", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)"],
             outputs=["handle: variant"], attrs=["f: func"] + _FUNC_ATTRS)
class FlatMapDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *other_arguments, f):
        return runtime.FlatMap(input_dataset, _function(ctx, f, other_arguments))


@register_op("InterleaveDataset", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)",
                                          "cycle_length: int64", "block_length: int64"],
             outputs=["handle: variant"], attrs=["f: func"] + _FUNC_ATTRS)
class InterleaveDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *rest, f):
        captured, cycle_length, block_length = rest[:-2], rest[-2], rest[-1]
        return runtime.Interleave(input_dataset, _function(ctx, f, captured), cycle_length,
                                  block_length)


@register_op("BatchDatasetV2", inputs=["input_dataset: variant", "batch_size: int64",
                                       "drop_remainder: bool"],
             outputs=["handle: variant"], attrs=["parallel_copy: bool = false"] + _ELEMENT_ATTRS)
class BatchDatasetV2(_DatasetOp):
    def kernel(self, input_dataset, batch_size, drop_remainder):
        return runtime.Batch(input_dataset, batch_size, drop_remainder)


@register_op("PaddedBatchDatasetV2", inputs=["input_dataset: variant", "batch_size: int64",
                                             "padded_shapes: N * int64",
                                             "padding_values: Toutput_types", "drop_remainder: bool"],
             outputs=["handle: variant"],
             attrs=["parallel_copy: bool = false", "Toutput_types: list(type) >= 1",
                    "output_shapes: list(shape) >= 1", "N: int >= 1", "metadata: string = ''"])
class PaddedBatchDatasetV2(_DatasetOp):
    def kernel(self, input_dataset, batch_size, *rest, N):
        shapes, values, drop = rest[:N], rest[N:-1], rest[-1]
        return runtime.PaddedBatch(input_dataset, batch_size, shapes, values, drop)


@register_op("UnbatchDataset", inputs=["input_dataset: variant"], outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS)
class UnbatchDataset(_DatasetOp):
    def kernel(self, input_dataset):
        return runtime.Unbatch(input_dataset)


@register_op("ShuffleDataset", inputs=["input_dataset: variant", "buffer_size: int64", "seed: int64",
                                       "seed2: int64"],
             outputs=["handle: variant"],
             attrs=["reshuffle_each_iteration: bool = true"] + _ELEMENT_ATTRS)
class ShuffleDataset(_DatasetOp):
    def kernel(self, input_dataset, buffer_size, seed, seed2, *, reshuffle_each_iteration):
        return runtime.Shuffle(input_dataset, buffer_size, seed, seed2, reshuffle_each_iteration)


def _counted(cls):
    class _Counted(_DatasetOp):
        def kernel(self, input_dataset, count):
            return cls(input_dataset, count)

    return _Counted


_COUNT_SCHEMA = {"inputs": ["input_dataset: variant", "count: int64"],
                 "outputs": ["handle: variant"], "attrs": _ELEMENT_ATTRS}


@register_op("RepeatDataset", **_COUNT_SCHEMA)
class RepeatDataset(_counted(runtime.Repeat)):
    pass


@register_op("TakeDataset", **_COUNT_SCHEMA)
class TakeDataset(_counted(runtime.Take)):
    pass


@register_op("SkipDataset", **_COUNT_SCHEMA)
class SkipDataset(_counted(runtime.Skip)):
    pass


@register_op("ShardDataset", inputs=["input_dataset: variant", "num_shards: int64", "index: int64"],
             outputs=["handle: variant"], attrs=["require_non_empty: bool = false"] + _ELEMENT_ATTRS)
class ShardDataset(_DatasetOp):
    def kernel(self, input_dataset, num_shards, index):
        return runtime.Shard(input_dataset, num_shards, index)


@register_op("DirectedInterleaveDataset",
             inputs=["selector_input_dataset: variant", "data_input_datasets: N * variant"],
             outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS[:2] + ["N: int >= 1", "stop_on_empty_dataset: bool = false"])
class DirectedInterleaveDataset(_DatasetOp):
    def kernel(self, selector_input_dataset, *data_input_datasets, stop_on_empty_dataset):
        return runtime.DirectedInterleave(selector_input_dataset, data_input_datasets,
                                          stop_on_empty_dataset)


@register_op("PrefetchDataset", inputs=["input_dataset: variant", "buffer_size: int64"],
             outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS + ["slack_period: int = 0", "legacy_autotune: bool = true",
                                     "buffer_size_min: int = 0"])
class PrefetchDataset(_DatasetOp):
    # Elements are produced when asked for: prefetching changes timing only, never results.
    def kernel(self, input_dataset, buffer_size):
        return input_dataset


@register_op("CacheDataset", inputs=["input_dataset: variant", "filename: string"],
             outputs=["handle: variant"], attrs=_ELEMENT_ATTRS)
class CacheDataset(_DatasetOp):
    def kernel(self, input_dataset, filename):
        name = filename.item() if hasattr(filename, "item") else filename
        if name not in (b"", ""):
            from tensorweave.framework import errors

            raise errors.UnimplementedError(
                None, None, "CacheDataset: caching to files (filename=%r) is not supported by "
                "tensorweave; use cache() without a filename for an in-memory cache." % name)
        return runtime.Cache(input_dataset)


@register_op("GeneratorDataset", outputs=["handle: variant"],
             attrs=["token: string"] + _ELEMENT_ATTRS, stateful=True)
class GeneratorDataset(_DatasetOp):
    """`from_generator`: the Python generator is found by `token` in this process.

    NOTE: TF's GeneratorDataset takes init/next/finalize functions wrapping py_func; ours
    names the generator directly, so a graph exported with it runs only in this process."""

    def kernel(self, *, token, output_types, output_shapes):
        from tensorweave.framework import errors

        entry = GENERATORS.get(token)
        if entry is None:
            raise errors.InvalidArgumentError(
                None, None, "GeneratorDataset: generator %s is not registered in this process."
                % token)
        make, flatten = entry
        return runtime.Generator(make, flatten, output_types, output_shapes)
