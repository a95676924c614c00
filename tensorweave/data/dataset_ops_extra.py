"""Op declarations of the less common tf.data transformations and of optionals.

ReduceDataset, WindowDataset, ScanDataset, UniqueDataset, TakeWhileDataset,
IgnoreErrorsDataset, GroupByWindowDataset, MapAndBatchDataset, AssertCardinalityDataset,
DatasetCardinality, OptionsDataset, RandomDataset, IteratorGetNextAsOptional and the
Optional* ops, with TF's op, input and attr names. Run-time objects are in `runtime_extra`.
None of these ops is differentiable.
"""

from tensorweave.data import runtime as _rt
from tensorweave.data import runtime_extra as _rx
from tensorweave.data.dataset_ops import (
    _ELEMENT_ATTRS,
    _FUNC_ATTRS,
    _DatasetOp,
    _function,
    _FunctionDatasetOp,
)
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.tensor_shape import TensorShape

_SCALAR = TensorShape([])


@register_op("ReduceDataset",
             inputs=["input_dataset: variant", "initial_state: Tstate",
                     "other_arguments: Ref(Targuments)"],
             outputs=["components: output_types"],
             attrs=["f: func", "Tstate: list(type) >= 1", "Targuments: list(type) >= 0",
                    "output_types: list(type) >= 1", "output_shapes: list(shape) >= 1",
                    "use_inter_op_parallelism: bool = true", "metadata: string = ''"])
class ReduceDataset(OpDef):
    forwards_refs = True

    def shape(self, *inputs, output_shapes, **attrs):
        return list(output_shapes)

    def kernel(self, ctx, input_dataset, *rest, f, Tstate):
        k = len(Tstate)
        state = _rx.reduce(input_dataset, rest[:k], _function(ctx, f, rest[k:]))
        return state[0] if len(state) == 1 else list(state)

    grad = None


@register_op("WindowDataset",
             inputs=["input_dataset: variant", "size: int64", "shift: int64", "stride: int64",
                     "drop_remainder: bool"],
             outputs=["handle: variant"], attrs=_ELEMENT_ATTRS)
class WindowDataset(_DatasetOp):
    def kernel(self, input_dataset, size, shift, stride, drop_remainder):
        return _rx.Window(input_dataset, size, shift, stride, drop_remainder)


@register_op("ScanDataset",
             inputs=["input_dataset: variant", "initial_state: Tstate",
                     "other_arguments: Ref(Targuments)"],
             outputs=["handle: variant"],
             attrs=["f: func", "Tstate: list(type) >= 1"] + _FUNC_ATTRS +
                   ["preserve_cardinality: bool = false", "use_default_device: bool = true"])
class ScanDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *rest, f, Tstate):
        k = len(Tstate)
        return _rx.Scan(input_dataset, rest[:k], _function(ctx, f, rest[k:]))


@register_op("UniqueDataset", inputs=["input_dataset: variant"], outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS)
class UniqueDataset(_DatasetOp):
    def kernel(self, input_dataset):
        return _rx.Unique(input_dataset)


@register_op("TakeWhileDataset", inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)"],
             outputs=["handle: variant"], attrs=["predicate: func"] + _FUNC_ATTRS)
class TakeWhileDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *other_arguments, predicate):
        return _rx.TakeWhile(input_dataset, _function(ctx, predicate, other_arguments))


@register_op("IgnoreErrorsDataset", inputs=["input_dataset: variant"], outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS[:2] + ["log_warning: bool = false"])  # TF's has no metadata
class IgnoreErrorsDataset(_DatasetOp):
    def kernel(self, input_dataset):
        return _rx.IgnoreErrors(input_dataset)


@register_op("GroupByWindowDataset",
             inputs=["input_dataset: variant",
                     "key_func_other_arguments: Ref(Tkey_func_other_arguments)",
                     "reduce_func_other_arguments: Ref(Treduce_func_other_arguments)",
                     "window_size_func_other_arguments: Ref(Twindow_size_func_other_arguments)"],
             outputs=["handle: variant"],
             attrs=["key_func: func", "reduce_func: func", "window_size_func: func",
                    "Tkey_func_other_arguments: list(type) >= 0",
                    "Treduce_func_other_arguments: list(type) >= 0",
                    "Twindow_size_func_other_arguments: list(type) >= 0"] + _ELEMENT_ATTRS)
class GroupByWindowDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *rest, key_func, reduce_func, window_size_func,
               Tkey_func_other_arguments, Treduce_func_other_arguments):
        a = len(Tkey_func_other_arguments)
        b = a + len(Treduce_func_other_arguments)
        return _rx.GroupByWindow(input_dataset, _function(ctx, key_func, rest[:a]),
                                 _function(ctx, reduce_func, rest[a:b]),
                                 _function(ctx, window_size_func, rest[b:]))


@register_op("MapAndBatchDataset",
             inputs=["input_dataset: variant", "other_arguments: Ref(Targuments)",
                     "batch_size: int64", "num_parallel_calls: int64", "drop_remainder: bool"],
             outputs=["handle: variant"],
             attrs=["f: func"] + _FUNC_ATTRS + ["preserve_cardinality: bool = false"])
class MapAndBatchDataset(_FunctionDatasetOp):
    def kernel(self, ctx, input_dataset, *rest, f):
        captured, batch_size, drop = rest[:-3], rest[-3], rest[-1]
        mapped = _rt.Map(input_dataset, _function(ctx, f, captured))
        mapped.preserve_cardinality = True  # as TF's map_and_batch
        return _rt.Batch(mapped, batch_size, drop)


@register_op("AssertCardinalityDataset", inputs=["input_dataset: variant", "cardinality: int64"],
             outputs=["handle: variant"], attrs=_ELEMENT_ATTRS[:2])  # TF's has no metadata
class AssertCardinalityDataset(_DatasetOp):
    def kernel(self, input_dataset, cardinality):
        return _rx.AssertCardinality(input_dataset, cardinality)


@register_op("DatasetCardinality", inputs=["input_dataset: variant"],
             outputs=["cardinality: int64"], attrs=["cardinality_options: string = ''"])
class DatasetCardinality(OpDef):
    def shape(self, input_dataset):
        return _SCALAR

    def kernel(self, input_dataset):
        return _rx._int64(_rx.cardinality(input_dataset))

    grad = None


@register_op("OptionsDataset", inputs=["input_dataset: variant"], outputs=["handle: variant"],
             attrs=["serialized_options: string"] + _ELEMENT_ATTRS)
class OptionsDataset(_DatasetOp):
    # Options tune performance only; elements come in the same order whatever they say.
    def kernel(self, input_dataset):
        return input_dataset


@register_op("RandomDataset", inputs=["seed: int64", "seed2: int64"], outputs=["handle: variant"],
             attrs=_ELEMENT_ATTRS, stateful=True)
class RandomDataset(_DatasetOp):
    def kernel(self, seed, seed2):
        return _rx.RandomInt64(seed, seed2)


# ------------------------------------------------------------------------- optionals
@register_op("IteratorGetNextAsOptional", inputs=["iterator: resource"],
             outputs=["optional: variant"],
             attrs=["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1"],
             stateful=True)
class IteratorGetNextAsOptional(OpDef):
    def shape(self, iterator):
        return _SCALAR

    def kernel(self, iterator):
        try:
            return _rx.OptionalValue(tuple(iterator.get_next()))
        except errors.OutOfRangeError:
            return _rx.OptionalValue(None)

    grad = None


@register_op("OptionalHasValue", inputs=["optional: variant"], outputs=["has_value: bool"])
class OptionalHasValue(OpDef):
    def shape(self, optional):
        return _SCALAR

    def kernel(self, optional):
        import numpy as np

        return np.array(optional.element is not None)

    grad = None


@register_op("OptionalGetValue", inputs=["optional: variant"], outputs=["components: output_types"],
             attrs=["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1"])
class OptionalGetValue(OpDef):
    def shape(self, optional, *, output_shapes):
        return list(output_shapes)

    def kernel(self, optional):
        element = optional.element
        if element is None:
            raise _rx._invalid("The optional does not have a value.")
        return element[0] if len(element) == 1 else list(element)

    grad = None


@register_op("OptionalFromValue", inputs=["components: Toutput_types"], outputs=["optional: variant"],
             attrs=["Toutput_types: list(type) >= 1"])
class OptionalFromValue(OpDef):
    def shape(self, *components):
        return _SCALAR

    def kernel(self, *components):
        return _rx.OptionalValue(_rt._elements(components))

    grad = None


@register_op("OptionalNone", outputs=["optional: variant"])
class OptionalNone(OpDef):
    def shape(self):
        return _SCALAR

    def kernel(self):
        return _rx.OptionalValue(None)

    grad = None
