"""The `tf.summary` functions in one place (TF's `tensorflow/python/summary/summary.py`)."""

from tensorweave.summary.summary_ops import (  # noqa: F401
    all_v2_summary_ops,
    audio,
    get_summary_description,
    histogram,
    image,
    initialize,
    merge,
    merge_all,
    scalar,
    tensor_summary,
    text,
)
from tensorweave.summary.writer import FileWriter, FileWriterCache, summary_iterator  # noqa: F401
