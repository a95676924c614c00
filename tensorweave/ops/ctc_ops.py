"""Connectionist temporal classification: CTCLoss (tf.nn.ctc_loss) and the decoders
CTCGreedyDecoder / CTCBeamSearchDecoder (tf.nn.ctc_greedy_decoder, ctc_beam_search_decoder).

Inputs are time-major logits [max_time, batch, num_classes]; the blank is the last class.
The loss is -log p(labels | inputs) under a softmax over classes, computed with the
forward-backward recursions of Graves et al. in log space; the op's second output is its
gradient with respect to the logits, which the registered gradient scales.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape

_NEG_INF = -np.inf


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _log_softmax(x):
    shifted = x - x.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _logsumexp(*values):
    top = max(values)
    if top == _NEG_INF:
        return _NEG_INF
    return top + np.log(sum(np.exp(v - top) for v in values))


def _check_inputs(inputs, sequence_length):
    if inputs.ndim != 3:
        raise _invalid("inputs is not a 3-Tensor")
    if sequence_length.ndim != 1:
        raise _invalid("sequence_length is not a vector")
    max_time, batch, _ = inputs.shape
    if sequence_length.shape[0] != batch:
        raise _invalid(
            "len(sequence_length) != batch_size.  len(sequence_length):  %d batch_size: %d"
            % (sequence_length.shape[0], batch)
        )
    for b, n in enumerate(sequence_length):
        if n > max_time:
            raise _invalid("sequence_length(%d) <= %d" % (b, max_time))


# ----------------------------------------------------------------------------- loss
def _ctc_single(logp, label, blank, merge_repeated):
    """(-log p(label), d loss / d logits) for one sequence of log-probabilities [T, C]."""
    steps = logp.shape[0]
    ext = [blank]
    for c in label:
        ext += [c, blank]
    size = len(ext)
    alpha = np.full((steps, size), _NEG_INF)
    beta = np.full((steps, size), _NEG_INF)
    alpha[0, 0] = logp[0, blank]
    if size > 1:
        alpha[0, 1] = logp[0, ext[1]]
    for t in range(1, steps):
        for u in range(size):
            terms = []
            if merge_repeated or ext[u] == blank:
                terms.append(alpha[t - 1, u])
            if u > 0:
                terms.append(alpha[t - 1, u - 1])
            if u > 1 and ext[u] != blank and not (merge_repeated and ext[u] == ext[u - 2]):
                terms.append(alpha[t - 1, u - 2])
            alpha[t, u] = _logsumexp(*terms) + logp[t, ext[u]]
    beta[steps - 1, size - 1] = 0.0
    if size > 1:
        beta[steps - 1, size - 2] = 0.0
    for t in range(steps - 2, -1, -1):
        for u in range(size):
            terms = []
            if merge_repeated or ext[u] == blank:
                terms.append(beta[t + 1, u] + logp[t + 1, ext[u]])
            if u + 1 < size:
                terms.append(beta[t + 1, u + 1] + logp[t + 1, ext[u + 1]])
            if u + 2 < size and ext[u + 2] != blank and not (merge_repeated and ext[u + 2] == ext[u]):
                terms.append(beta[t + 1, u + 2] + logp[t + 1, ext[u + 2]])
            beta[t, u] = _logsumexp(*terms)
    log_p = _logsumexp(alpha[steps - 1, size - 1], alpha[steps - 1, size - 2] if size > 1 else _NEG_INF)
    occupancy = np.full(logp.shape, _NEG_INF)
    both = alpha + beta
    for u, c in enumerate(ext):
        occupancy[:, c] = np.logaddexp(occupancy[:, c], both[:, u])
    grad = np.exp(logp) - np.exp(occupancy - log_p) if np.isfinite(log_p) else np.exp(logp)
    return -log_p, grad


def _collapse(label):
    out = []
    for c in label:
        if not out or out[-1] != c:
            out.append(c)
    return out


@register_op(
    "CTCLoss",
    inputs=["inputs: T", "labels_indices: int64", "labels_values: int32", "sequence_length: int32"],
    outputs=["loss: T", "gradient: T"],
    attrs=[
        "preprocess_collapse_repeated: bool = false",
        "ctc_merge_repeated: bool = true",
        "ignore_longer_outputs_than_inputs: bool = false",
        "T: {float, double} = DT_FLOAT",
    ],
)
class CTCLoss(OpDef):
    def shape(self, inputs, labels_indices, labels_values, sequence_length):
        s = inputs.shape
        if s.ndims is not None and s.ndims != 3:
            raise ValueError("Shape must be rank 3 but is rank %d" % s.ndims)
        batch = s.as_list()[1] if s.ndims == 3 else None
        return [TensorShape([batch]), s if s.ndims is not None else TensorShape([None, None, None])]

    def kernel(
        self,
        inputs,
        labels_indices,
        labels_values,
        sequence_length,
        *,
        preprocess_collapse_repeated,
        ctc_merge_repeated,
        ignore_longer_outputs_than_inputs,
    ):
        _check_inputs(inputs, sequence_length)
        max_time, batch, classes = inputs.shape
        blank = classes - 1
        if labels_indices.ndim != 2 or labels_values.ndim != 1 or len(labels_indices) != len(labels_values):
            raise _invalid("labels_indices and labels_values must be a matrix and a vector of one length")
        labels = [[] for _ in range(batch)]
        for (b, _), v in zip(labels_indices.tolist(), labels_values.tolist()):
            if not 0 <= b < batch:
                raise _invalid("labels batch index must be between 0 and %d, got %d" % (batch - 1, b))
            labels[b].append(v)
        loss = np.zeros(batch, np.float64)
        grad = np.zeros(inputs.shape, np.float64)
        logp = _log_softmax(inputs.astype(np.float64))
        for b in range(batch):
            label = _collapse(labels[b]) if preprocess_collapse_repeated else labels[b]
            for v in label:
                if not 0 <= v < blank:
                    raise _invalid(
                        "Saw a non-null label (index >= num_classes - 1) following a null label, batch: "
                        "%d num_classes: %d labels: %s" % (b, classes, ",".join(map(str, label)))
                    )
            steps = int(sequence_length[b])
            required = len(label) + (
                sum(1 for i in range(1, len(label)) if label[i] == label[i - 1]) if ctc_merge_repeated else 0
            )
            if required > steps:
                if ignore_longer_outputs_than_inputs:
                    continue
                raise _invalid(
                    "Not enough time for target transition sequence (required: %d, available: %d)%d"
                    "You can turn this error into a warning by using the flag "
                    "ignore_longer_outputs_than_inputs" % (required, steps, b)
                )
            if steps == 0:
                continue
            loss[b], grad[:steps, b] = _ctc_single(logp[:steps, b], label, blank, ctc_merge_repeated)
        return [loss.astype(inputs.dtype), grad.astype(inputs.dtype)]

    def grad(self, op, grad_loss, grad_gradient):
        scale = apply_op("ExpandDims", [grad_loss, np.int32(-1)], {})
        return [apply_op("Mul", [scale, op.outputs[1]], {}), None, None, None]


@tf_export("nn.ctc_loss")
def ctc_loss(
    labels,
    inputs=None,
    sequence_length=None,
    preprocess_collapse_repeated=False,
    ctc_merge_repeated=True,
    ignore_longer_outputs_than_inputs=False,
    time_major=True,
    logits=None,
):
    """The CTC loss (negative log-likelihood) of each sequence's sparse `labels` given its
    logits, with the blank as the last class."""
    if not isinstance(labels, SparseTensor):
        raise TypeError(
            "Expected argument `labels` to be a SparseTensor. Received labels=%s of type: %s"
            % (labels, type(labels).__name__)
        )
    if logits is not None:
        if inputs is not None:
            raise ValueError("Cannot specify both 'logits' and 'inputs'")
        inputs = logits
    inputs = _ops.convert_to_tensor(inputs, name="logits")
    if not time_major:
        inputs = apply_op("Transpose", [inputs, np.array([1, 0, 2], np.int32)], {}, name="transpose")
    loss, _ = apply_op(
        "CTCLoss",
        [inputs, labels.indices, labels.values, sequence_length],
        {
            "preprocess_collapse_repeated": bool(preprocess_collapse_repeated),
            "ctc_merge_repeated": bool(ctc_merge_repeated),
            "ignore_longer_outputs_than_inputs": bool(ignore_longer_outputs_than_inputs),
        },
    )
    return loss


# --------------------------------------------------------------------------- decoders
def _sparse_of(sequences):
    indices = [[b, i] for b, seq in enumerate(sequences) for i in range(len(seq))]
    values = [v for seq in sequences for v in seq]
    width = max((len(s) for s in sequences), default=0)
    return (
        np.array(indices, np.int64).reshape(-1, 2),
        np.array(values, np.int64),
        np.array([len(sequences), width], np.int64),
    )


@register_op(
    "CTCGreedyDecoder",
    inputs=["inputs: T", "sequence_length: int32"],
    outputs=["decoded_indices: int64", "decoded_values: int64", "decoded_shape: int64", "log_probability: T"],
    attrs=["merge_repeated: bool = false", "blank_index: int = -1", "T: {float, double} = DT_FLOAT"],
)
class CTCGreedyDecoder(OpDef):
    def shape(self, inputs, sequence_length):
        s = inputs.shape
        batch = s.as_list()[1] if s.ndims == 3 else None
        return [TensorShape([None, 2]), TensorShape([None]), TensorShape([2]), TensorShape([batch, 1])]

    def kernel(self, inputs, sequence_length, *, merge_repeated, blank_index):
        _check_inputs(inputs, sequence_length)
        _, batch, classes = inputs.shape
        blank = blank_index if blank_index >= 0 else classes + blank_index
        sequences, log_prob = [], np.zeros((batch, 1), inputs.dtype)
        for b in range(batch):
            steps = int(sequence_length[b])
            best = inputs[:steps, b].argmax(axis=1)
            log_prob[b, 0] = -inputs[:steps, b].max(axis=1).sum() if steps else 0
            seq, previous = [], -1
            for c in best.tolist():
                if c != blank and not (merge_repeated and c == previous):
                    seq.append(c)
                previous = c
            sequences.append(seq)
        return list(_sparse_of(sequences)) + [log_prob]

    grad = None


def _beam_search(logp, beam_width, top_paths, blank, merge_repeated):
    """Prefix beam search: (labelings, total log probabilities) of the best `top_paths`."""
    beams = {(): (0.0, _NEG_INF)}  # prefix -> (log p ending in blank, log p ending in a label)
    for t in range(logp.shape[0]):
        row = logp[t]
        nxt = {}

        def add(prefix, pb, pnb, nxt=nxt):
            old_b, old_nb = nxt.get(prefix, (_NEG_INF, _NEG_INF))
            nxt[prefix] = (np.logaddexp(old_b, pb), np.logaddexp(old_nb, pnb))

        for prefix, (pb, pnb) in beams.items():
            total = np.logaddexp(pb, pnb)
            add(prefix, total + row[blank], _NEG_INF)
            if prefix:
                add(prefix, _NEG_INF, pnb + row[prefix[-1]])
            for c in range(len(row)):
                if c == blank:
                    continue
                source = pb if prefix and prefix[-1] == c else total
                add(prefix + (c,), _NEG_INF, source + row[c])
        ranked = sorted(nxt.items(), key=lambda kv: -np.logaddexp(*kv[1]))
        beams = dict(ranked[:beam_width])
    ranked = sorted(beams.items(), key=lambda kv: -np.logaddexp(*kv[1]))[:top_paths]
    paths, scores = [], []
    for prefix, (pb, pnb) in ranked:
        labels = list(prefix)
        if merge_repeated:
            labels = _collapse(labels)
        paths.append(labels)
        scores.append(np.logaddexp(pb, pnb))
    return paths, scores


@register_op(
    "CTCBeamSearchDecoder",
    inputs=["inputs: T", "sequence_length: int32"],
    outputs=[
        "decoded_indices: top_paths * int64",
        "decoded_values: top_paths * int64",
        "decoded_shape: top_paths * int64",
        "log_probability: T",
    ],
    attrs=[
        "beam_width: int >= 1",
        "top_paths: int >= 1",
        "merge_repeated: bool = true",
        "T: {float, double} = DT_FLOAT",
    ],
)
class CTCBeamSearchDecoder(OpDef):
    def shape(self, inputs, sequence_length, *, top_paths):
        s = inputs.shape
        batch = s.as_list()[1] if s.ndims == 3 else None
        return (
            [TensorShape([None, 2])] * top_paths
            + [TensorShape([None])] * top_paths
            + [TensorShape([2])] * top_paths
            + [TensorShape([batch, top_paths])]
        )

    def kernel(self, inputs, sequence_length, *, beam_width, top_paths, merge_repeated):
        _check_inputs(inputs, sequence_length)
        _, batch, classes = inputs.shape
        if top_paths > beam_width:
            raise _invalid("top_paths must be <= beam_width")
        per_path = [[None] * batch for _ in range(top_paths)]
        log_prob = np.zeros((batch, top_paths), inputs.dtype)
        logp = _log_softmax(inputs.astype(np.float64))
        for b in range(batch):
            steps = int(sequence_length[b])
            paths, scores = _beam_search(logp[:steps, b], beam_width, top_paths, classes - 1, merge_repeated)
            while len(paths) < top_paths:
                paths.append([])
                scores.append(_NEG_INF)
            for k in range(top_paths):
                per_path[k][b] = paths[k]
                log_prob[b, k] = scores[k]
        parts = [_sparse_of(seqs) for seqs in per_path]
        return [p[0] for p in parts] + [p[1] for p in parts] + [p[2] for p in parts] + [log_prob]

    grad = None


@tf_export("nn.ctc_greedy_decoder")
def ctc_greedy_decoder(inputs, sequence_length, merge_repeated=True, blank_index=None):
    """([decoded SparseTensor], log_probability): the most likely class per step, repeats
    merged and blanks removed."""
    attrs = {"merge_repeated": bool(merge_repeated)}
    if blank_index is not None:
        attrs["blank_index"] = int(blank_index)
    indices, values, shape, log_probability = apply_op("CTCGreedyDecoder", [inputs, sequence_length], attrs)
    return [SparseTensor(indices, values, shape)], log_probability


@tf_export("nn.ctc_beam_search_decoder")
def ctc_beam_search_decoder(inputs, sequence_length, beam_width=100, top_paths=1, merge_repeated=True):
    """([top_paths decoded SparseTensors], log_probabilities [batch, top_paths]) from a prefix
    beam search of width `beam_width`."""
    outs = apply_op(
        "CTCBeamSearchDecoder",
        [inputs, sequence_length],
        {"beam_width": int(beam_width), "top_paths": int(top_paths), "merge_repeated": bool(merge_repeated)},
    )
    n = int(top_paths)
    return [SparseTensor(outs[i], outs[n + i], outs[2 * n + i]) for i in range(n)], outs[3 * n]
