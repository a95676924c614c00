"""Registers tf.data's ops and public names (`tf.data.Dataset`, `tf.data.Iterator`, ...)."""

from tensorweave._api import tf_export, tf_export_value
from tensorweave.data import dataset, dataset_ops, iterator_ops, readers  # noqa: F401

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
