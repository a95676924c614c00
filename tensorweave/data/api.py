"""Registers tf.data's ops and public names (`tf.data.Dataset`, `tf.data.Iterator`, ...)."""

from tensorweave._api import tf_export, tf_export_value
from tensorweave.data import (  # noqa: F401
    dataset,
    dataset_ops,
    iterator_ops,
    options,
    readers,
    sparse_batch,
    transformations,
)
from tensorweave.data import structure as _structure
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.op_def import apply_op

# num_parallel_calls / buffer_size "pick for me"; here elements are computed in order anyway.
AUTOTUNE = tf_export_value("data.AUTOTUNE", -1)
tf_export_value("data.experimental.AUTOTUNE", AUTOTUNE)


@tf_export("data.experimental.unbatch")
def unbatch():
    """A transformation for `Dataset.apply`: splits each element along its first dimension."""
    return lambda ds: ds.unbatch()


@tf_export("data.experimental.shuffle_and_repeat")
def shuffle_and_repeat(buffer_size, count=None, seed=None):
    """A transformation for `Dataset.apply`: shuffle(buffer_size, seed) then repeat(count)."""
    return lambda ds: ds.shuffle(buffer_size, seed).repeat(count)


@tf_export("data.experimental.enumerate_dataset")
def enumerate_dataset(start=0):
    """A transformation for `Dataset.apply`: `Dataset.enumerate(start)`."""
    return lambda ds: ds.enumerate(start)


@tf_export("data.experimental.parallel_interleave")
def parallel_interleave(map_func, cycle_length, block_length=1, sloppy=False,
                        buffer_output_elements=None, prefetch_input_elements=None):
    """A transformation for `Dataset.apply`: `interleave` (elements come in the deterministic
    order whatever `sloppy` says)."""
    return lambda ds: ds.interleave(map_func, cycle_length=cycle_length, block_length=block_length)


@tf_export("data.experimental.choose_from_datasets")
def choose_from_datasets(datasets, choice_dataset, stop_on_empty_dataset=True):
    """The elements of `datasets[i]` for each scalar int64 `i` of `choice_dataset`, in order."""
    datasets = list(datasets)
    if not datasets:
        raise ValueError("Invalid `datasets`. `datasets` should not be empty.")
    if choice_dataset.output_types is not _dtypes.int64 or \
            not choice_dataset.output_shapes.is_compatible_with([]):
        raise TypeError("Invalid `choice_dataset`. Elements of `choice_dataset` must be scalar "
                        "`tf.int64` tensors but are %s." % (choice_dataset.output_types,))
    first = datasets[0]
    for other in datasets[1:]:
        if not _structure.same_structure(first.output_types, other.output_types) or any(
                a is not b for a, b in zip(_structure.flatten(first.output_types),
                                           _structure.flatten(other.output_types))):
            raise TypeError("Incompatible dataset elements: %s vs. %s"
                            % (first.output_types, other.output_types))
    shapes = [_structure.flatten(d.output_shapes) for d in datasets]
    merged = []
    for component in zip(*shapes):
        shape = component[0]
        for other in component[1:]:
            shape = shape.most_specific_compatible_shape(other)
        merged.append(shape)
    out_shapes = _structure.pack(first.output_types, merged)
    attrs = {"output_types": _structure.flatten(first.output_types), "output_shapes": merged,
             "stop_on_empty_dataset": bool(stop_on_empty_dataset)}
    variant = apply_op("DirectedInterleaveDataset",
                       [choice_dataset._variant_tensor, [d._variant_tensor for d in datasets]], attrs)
    return dataset.Dataset(variant, first.output_types, out_shapes)
