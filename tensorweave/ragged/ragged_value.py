"""RaggedTensorValue: what `Session.run` returns for a fetched RaggedTensor (NumPy arrays)."""

import numpy as np


class RaggedTensorValue:
    """A ragged tensor's value: `values` (an ndarray or a nested RaggedTensorValue) split into
    rows by the int64/int32 vector `row_splits`."""

    def __init__(self, values, row_splits):
        if not (isinstance(row_splits, np.ndarray) and row_splits.dtype in (np.int32, np.int64)
                and row_splits.ndim == 1):
            raise TypeError("row_splits must be a 1D int32 or int64 numpy array")
        if not isinstance(values, (np.ndarray, RaggedTensorValue)):
            raise TypeError("values must be a numpy array or a RaggedTensorValue")
        if isinstance(values, RaggedTensorValue) and row_splits.dtype != values.row_splits.dtype:
            raise ValueError("row_splits and values.row_splits must have the same dtype")
        self._values = values
        self._row_splits = row_splits

    row_splits = property(lambda self: self._row_splits)
    values = property(lambda self: self._values)

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def flat_values(self):
        v = self._values
        while isinstance(v, RaggedTensorValue):
            v = v.values
        return v

    @property
    def nested_row_splits(self):
        splits, v = [self._row_splits], self._values
        while isinstance(v, RaggedTensorValue):
            splits.append(v.row_splits)
            v = v.values
        return tuple(splits)

    @property
    def ragged_rank(self):
        return len(self.nested_row_splits)

    @property
    def shape(self):
        """A tuple: number of rows, None for the ragged dimension, then the values' inner dims."""
        return (self._row_splits.shape[0] - 1,) + (None,) + self._values.shape[1:]

    def to_list(self):
        values = self._values
        values = values.to_list() if isinstance(values, RaggedTensorValue) else values.tolist()
        s = self._row_splits.tolist()
        return [values[s[i]:s[i + 1]] for i in range(len(s) - 1)]

    def __str__(self):
        return "<tf.RaggedTensorValue %s>" % self.to_list()

    def __repr__(self):
        return "tf.RaggedTensorValue(values=%r, row_splits=%r)" % (self._values, self._row_splits)
