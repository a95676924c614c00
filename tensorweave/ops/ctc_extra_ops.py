"""tf.nn.ctc_unique_labels and tf.nn.ctc_loss_v2 (TF2's CTC loss in tf.compat.v1).

ctc_loss_v2 takes sparse labels (with an explicit blank_index) or dense labels padded past
label_length (blank_index 0 by default). Both are computed with the CTCLoss op (the blank moved
to the last class, labels above it shifted down), which gives the negative log-likelihood and
gradient TF's dense formulation gives; `unique` (an optimization hint in TF) is not needed.
"""


from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.ops import ctc_ops as _ctc


def _tf(name):
    return _api.EXPORTS[name]


@tf_export("nn.ctc_unique_labels")
def ctc_unique_labels(labels, name=None):
    """For each row of the int [batch, max_len] `labels`: its unique labels in order of first
    appearance (zero-padded to max_len, int64) and each label's index in that list (int32)."""
    with name_scope(name, "ctc_unique_labels", [labels]):
        labels = _ops.convert_to_tensor(labels, name="labels")

        def _unique(x):
            u = _tf("unique")(x)
            pad = _tf("shape")(u.idx)[0] - _tf("shape")(u.y)[0]
            y = _tf("pad")(u.y, [[0, pad]])
            return [_tf("cast")(y, _dtypes.int64), u.idx]

        return _tf("map_fn")(_unique, labels, dtype=[_dtypes.int64, _dtypes.int32])


def _move_blank_last(logits, blank_index):
    """logits with class `blank_index` moved to the end."""
    return _tf("concat")([logits[:, :, :blank_index], logits[:, :, blank_index + 1:],
                          logits[:, :, blank_index:blank_index + 1]], axis=2)


def _num_classes(logits):
    dim = logits.shape[2] if logits.shape.ndims == 3 else None
    return dim if dim is not None else _tf("shape")(logits)[2]


@tf_export("nn.ctc_loss_v2")
def ctc_loss_v2(labels, logits, label_length, logit_length, logits_time_major=True, unique=None,
                blank_index=None, name=None):
    """The CTC loss of each sequence: -log p(labels | logits).

    labels: a SparseTensor (blank_index required) or an int [batch, max_label_len] tensor whose
    rows hold label_length labels each; logits: [time, batch, classes] (or batch-major with
    logits_time_major=False); logit_length: [batch] frame counts."""
    del unique  # only an optimization hint in TF
    if isinstance(labels, SparseTensor):
        if blank_index is None:
            raise ValueError("Argument `blank_index` must be provided when labels is a "
                             "SparseTensor.")
        logits = _ops.convert_to_tensor(logits, name="logits")
        if blank_index < 0:
            blank_index += _num_classes(logits)
        if blank_index != _num_classes(logits) - 1:
            logits = _move_blank_last(logits, blank_index)
            values = _tf("where")(labels.values < blank_index, labels.values, labels.values - 1)
            labels = SparseTensor(labels.indices, values, labels.dense_shape)
        return _ctc.ctc_loss(labels=labels, inputs=logits, sequence_length=logit_length,
                             time_major=logits_time_major)
    if blank_index is None:
        blank_index = 0
    with name_scope(name, "ctc_loss_dense", [logits, labels, label_length, logit_length]):
        logits = _ops.convert_to_tensor(logits, name="logits")
        labels = _ops.convert_to_tensor(labels, name="labels")
        label_length = _ops.convert_to_tensor(label_length, name="label_length")
        logit_length = _ops.convert_to_tensor(logit_length, name="logit_length")
        if not logits_time_major:
            logits = _tf("transpose")(logits, perm=[1, 0, 2])
        num_classes = _num_classes(logits)
        if isinstance(num_classes, int) and blank_index < 0:
            blank_index += num_classes
        mask = _tf("sequence_mask")(label_length, maxlen=_tf("shape")(labels)[1])
        indices = _tf("where")(mask)
        values = _tf("cast")(_tf("gather_nd")(labels, indices), _dtypes.int32)
        if not (isinstance(num_classes, int) and blank_index == num_classes - 1):
            logits = _move_blank_last(logits, blank_index)
            values = _tf("where")(values < blank_index, values, values - 1)
        dense_shape = _tf("cast")(_tf("shape")(labels), _dtypes.int64)
        sparse = SparseTensor(indices, values, dense_shape)
        return _ctc.ctc_loss(labels=sparse, inputs=logits,
                             sequence_length=_tf("cast")(logit_length, _dtypes.int32),
                             time_major=True)
