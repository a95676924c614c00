"""Fractional max / average pooling: FractionalMaxPool, FractionalAvgPool, their gradient ops
and tf.nn.fractional_max_pool / fractional_avg_pool.

Rows (and columns) are cut into floor(n / ratio) windows of k or k + 1 inputs (k = n // out):
with pseudo_random=False the window sizes are a random permutation of the right mix; with
pseudo_random=True the cut points are ceil(ratio * (i + u)) for one random u. `overlapping`
makes each window also take the first input of the next one. The random draws are TF's: a
Philox stream from (seed, seed2), restarted on every run when deterministic=True (so a seeded
op gives TF's sequences); without a seed the op draws fresh sequences on each run.
"""

import math

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import philox as _philox

_POOL_ATTRS = ["pooling_ratio: list(float) >= 4", "pseudo_random: bool = false",
               "overlapping: bool = false", "deterministic: bool = false", "seed: int = 0",
               "seed2: int = 0"]


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


# ----------------------------------------------------------------- pooling sequences
class _Stream:
    """32-bit words of a Philox stream, one after another (TF's SingleSampleAdapter)."""

    def __init__(self, key, counter):
        self.key, self.counter, self.words = key, counter, []

    def word(self):
        if not self.words:
            self.words = _philox.blocks(self.key, self.counter, 1).reshape(-1).tolist()[::-1]
            self.counter += 1
        return self.words.pop()


def _random_diffs(n_in, n_out, stream):
    """Window sizes: n_in % n_out windows of k + 1, the rest k, in a random order."""
    k = n_in // n_out
    diff = [k + 1 if i < n_in % n_out else k for i in range(n_out)]
    for i in range(n_out - 1):
        j = i + stream.word() % (n_out - i)
        diff[i], diff[j] = diff[j], diff[i]
    return diff


def _pseudo_random_diffs(n_in, n_out, stream):
    """Window sizes from the cut points ceil(alpha * (i + u)), u uniform in [0, max_u)."""
    alpha = n_in / n_out
    k = n_in // n_out
    max_u = min((k + 2) / alpha - 1, (n_in + 1 - k) / alpha - (n_out - 1))
    high, low = stream.word(), stream.word()
    u = _philox.double_of_words(high, low) * max_u
    cuts = [1] + [math.ceil(alpha * (i + u)) for i in range(1, n_out)] + [n_in + 1]
    return [cuts[i + 1] - cuts[i] for i in range(n_out)]


def pooling_sequence(n_in, n_out, state, pseudo_random):
    """The n_out + 1 window boundaries (cumulative sizes, from 0 to n_in).

    Each dimension takes its words from its own reservation of the stream, made even when
    n_in divides evenly (TF's order): one block for a pseudo-random sequence, one block per 4
    windows for a random one."""
    blocks = 1 if pseudo_random else (n_out + 3) // 4
    stream = _Stream(state.key, state.reserve_blocks(blocks))
    if n_in % n_out == 0:
        diff = [n_in // n_out] * n_out
    elif pseudo_random:
        diff = _pseudo_random_diffs(n_in, n_out, stream)
    else:
        diff = _random_diffs(n_in, n_out, stream)
    return np.concatenate([[0], np.cumsum(diff)]).astype(np.int64)


def _generator(ctx, seed, seed2, deterministic):
    if not deterministic:
        if seed or seed2:
            raise _invalid("Both seed and seed2 should be 0 if deterministic is false.")
        state = ctx.state.get("philox")
        if state is None:
            state = ctx.state["philox"] = _philox.PhiloxState(0, 0)
        return state
    # NOTE: a deterministic op restarts its stream on every run, as TF's kernel does.
    return _philox.PhiloxState(seed, seed2) if (seed or seed2) else _philox.PhiloxState(0, 0)


def _output_dims(shape, ratio):
    return [math.floor(d / r) for d, r in zip(shape, ratio)]


def _check_ratio(ratio, type_name):
    if len(ratio) != 4:
        raise ValueError("%s: pooling_ratio field must specify 4 dimensions" % type_name)
    for r in ratio:
        if r < 1:
            raise ValueError("%s: pooling_ratio cannot be smaller than 1, got: %s"
                             % (type_name, r))


def _pool_shape(value, pooling_ratio, type_name):
    _check_ratio(pooling_ratio, type_name)
    if value.shape.ndims is not None and value.shape.ndims != 4:
        raise ValueError("Shape must be rank 4 but is rank %d" % value.shape.ndims)
    if value.shape.ndims is None:
        return [TensorShape([None] * 4), TensorShape([None]), TensorShape([None])]
    dims = value.shape.as_list()
    # Too large a ratio (an empty output) fails when the op runs, as in TF.
    out = [None if d is None else max(math.floor(d / r), 0)
           for d, r in zip(dims, pooling_ratio)]
    return [TensorShape(out), TensorShape([None if out[1] is None else out[1] + 1]),
            TensorShape([None if out[2] is None else out[2] + 1])]


def _windows(seq, n, overlapping):
    """(start, end) of each window, end exclusive."""
    extra = 1 if overlapping else 0
    return [(int(seq[i]), min(int(seq[i + 1]) + extra, n)) for i in range(len(seq) - 1)]


def _pool_kernel(ctx, value, pooling_ratio, pseudo_random, overlapping, deterministic, seed,
                 seed2, reduce, type_name):
    value = np.asarray(value)
    if pooling_ratio[0] != 1 or pooling_ratio[3] != 1:
        raise errors.UnimplementedError(
            None, None, "Fractional pooling is not yet supported on the batch nor channel "
            "dimension.")
    if value.ndim != 4:
        raise _invalid("%s: input must be 4-dimensional" % type_name)
    out_dims = _output_dims(value.shape, pooling_ratio)
    for i in (1, 2):
        if out_dims[i] <= 0:
            raise _invalid("%s: pooling ratio is higher than input dimension size for dimension "
                           "%d. Input dim size: %d pooling ratio: %s"
                           % (type_name, i, value.shape[i], pooling_ratio[i]))
    state = _generator(ctx, seed, seed2, deterministic)
    rows = pooling_sequence(value.shape[1], out_dims[1], state, pseudo_random)
    cols = pooling_sequence(value.shape[2], out_dims[2], state, pseudo_random)
    out = np.empty([value.shape[0], out_dims[1], out_dims[2], value.shape[3]], value.dtype)
    for r, (r0, r1) in enumerate(_windows(rows, value.shape[1], overlapping)):
        for c, (c0, c1) in enumerate(_windows(cols, value.shape[2], overlapping)):
            out[:, r, c, :] = reduce(value[:, r0:r1, c0:c1, :])
    return [out, rows, cols]


def _max(window):
    return window.max(axis=(1, 2))


def _mean(window):
    if np.issubdtype(window.dtype, np.integer):  # TF: an integer sum divided by the count
        return window.sum(axis=(1, 2)) // (window.shape[1] * window.shape[2])
    return window.mean(axis=(1, 2), dtype=np.float64).astype(window.dtype)


@register_op("FractionalMaxPool", inputs=["value: T"],
             outputs=["output: T", "row_pooling_sequence: int64", "col_pooling_sequence: int64"],
             attrs=_POOL_ATTRS + ["T: {float, double, int32, int64}"], stateful=True)
class FractionalMaxPool(OpDef):
    def shape(self, value, *, pooling_ratio):
        return _pool_shape(value, pooling_ratio, "FractionalMaxPool")

    def kernel(self, ctx, value, *, pooling_ratio, pseudo_random, overlapping, deterministic,
               seed, seed2):
        return _pool_kernel(ctx, value, pooling_ratio, pseudo_random, overlapping, deterministic,
                            seed, seed2, _max, "FractionalMaxPool")

    def grad(self, op, grad, unused_rows=None, unused_cols=None):
        return [apply_op("FractionalMaxPoolGrad",
                         [op.inputs[0], op.outputs[0], grad, op.outputs[1], op.outputs[2]],
                         {"overlapping": op.get_attr("overlapping")})]


@register_op("FractionalAvgPool", inputs=["value: T"],
             outputs=["output: T", "row_pooling_sequence: int64", "col_pooling_sequence: int64"],
             attrs=_POOL_ATTRS + ["T: {float, double, int32, int64}"], stateful=True)
class FractionalAvgPool(OpDef):
    def shape(self, value, *, pooling_ratio):
        return _pool_shape(value, pooling_ratio, "FractionalAvgPool")

    def kernel(self, ctx, value, *, pooling_ratio, pseudo_random, overlapping, deterministic,
               seed, seed2):
        return _pool_kernel(ctx, value, pooling_ratio, pseudo_random, overlapping, deterministic,
                            seed, seed2, _mean, "FractionalAvgPool")

    def grad(self, op, grad, unused_rows=None, unused_cols=None):
        shape = apply_op("Shape", [op.inputs[0]], {"out_type": _dtypes.int64})
        return [apply_op("FractionalAvgPoolGrad", [shape, grad, op.outputs[1], op.outputs[2]],
                         {"overlapping": op.get_attr("overlapping")})]


def _check_sequences(rows, cols, height, width, type_name):
    for name, seq, n in (("row", rows, height), ("col", cols, width)):
        seq = np.asarray(seq)
        if seq.ndim != 1 or seq.size < 2 or seq[0] != 0 or seq[-1] > n or np.any(np.diff(seq) < 0):
            raise _invalid("%s: %s_pooling_sequence is not a valid pooling sequence for a "
                           "dimension of size %d" % (type_name, name, n))


@register_op("FractionalMaxPoolGrad",
             inputs=["orig_input: T", "orig_output: T", "out_backprop: T",
                     "row_pooling_sequence: int64", "col_pooling_sequence: int64"],
             outputs=["output: T"],
             attrs=["overlapping: bool = false", "T: {float, double, int32, int64}"])
class FractionalMaxPoolGrad(OpDef):
    def shape(self, orig_input, orig_output, out_backprop, row_pooling_sequence,
              col_pooling_sequence):
        if orig_input.shape.ndims is not None and orig_input.shape.ndims != 4:
            raise ValueError("Shape must be rank 4 but is rank %d" % orig_input.shape.ndims)
        return orig_input.shape

    def kernel(self, orig_input, orig_output, out_backprop, row_pooling_sequence,
               col_pooling_sequence, *, overlapping):
        x = np.asarray(orig_input)
        if x.ndim != 4 or np.ndim(out_backprop) != 4:
            raise _invalid("FractionalMaxPoolGrad: orig_input and out_backprop must be 4-D")
        _check_sequences(row_pooling_sequence, col_pooling_sequence, x.shape[1], x.shape[2],
                         "FractionalMaxPoolGrad")
        rows = _windows(row_pooling_sequence, x.shape[1], overlapping)
        cols = _windows(col_pooling_sequence, x.shape[2], overlapping)
        if np.shape(out_backprop)[1:3] != (len(rows), len(cols)):
            raise _invalid("FractionalMaxPoolGrad: out_backprop does not match the pooling "
                           "sequences")
        out = np.zeros_like(x)
        for r, (r0, r1) in enumerate(rows):
            for c, (c0, c1) in enumerate(cols):
                window = x[:, r0:r1, c0:c1, :]
                flat = window.reshape(x.shape[0], -1, x.shape[3])
                first = flat.argmax(axis=1)  # the first maximum in row-major order, as TF
                wr, wc = np.unravel_index(first, window.shape[1:3])
                b, d = np.meshgrid(np.arange(x.shape[0]), np.arange(x.shape[3]), indexing="ij")
                np.add.at(out, (b, r0 + wr, c0 + wc, d), out_backprop[:, r, c, :])
        return out

    grad = None


@register_op("FractionalAvgPoolGrad",
             inputs=["orig_input_tensor_shape: int64", "out_backprop: T",
                     "row_pooling_sequence: int64", "col_pooling_sequence: int64"],
             outputs=["output: T"],
             attrs=["overlapping: bool = false", "T: {float, double, int32, int64}"])
class FractionalAvgPoolGrad(OpDef):
    def shape(self, orig_input_tensor_shape, out_backprop, row_pooling_sequence,
              col_pooling_sequence):
        from tensorweave.framework import tensor_util

        value = tensor_util.constant_value(orig_input_tensor_shape)
        if value is None:
            return TensorShape([None] * 4)
        return TensorShape([int(v) for v in np.reshape(value, -1)])

    def kernel(self, orig_input_tensor_shape, out_backprop, row_pooling_sequence,
               col_pooling_sequence, *, overlapping):
        shape = [int(v) for v in np.reshape(orig_input_tensor_shape, -1)]
        if len(shape) != 4:
            raise _invalid("original input tensor shape must be 1-dimensional and 4 elements")
        _check_sequences(row_pooling_sequence, col_pooling_sequence, shape[1], shape[2],
                         "FractionalAvgPoolGrad")
        g = np.asarray(out_backprop)
        rows = _windows(row_pooling_sequence, shape[1], overlapping)
        cols = _windows(col_pooling_sequence, shape[2], overlapping)
        acc = np.zeros(shape, np.float64)
        for r, (r0, r1) in enumerate(rows):
            for c, (c0, c1) in enumerate(cols):
                size = (r1 - r0) * (c1 - c0)
                acc[:, r0:r1, c0:c1, :] += (g[:, r, c, :].astype(np.float64) / size)[:, None, None, :]
        return acc.astype(g.dtype)

    grad = None


def _pool(type_name, value, pooling_ratio, pseudo_random, overlapping, deterministic, seed,
          seed2, name):
    value = _ops.convert_to_tensor(value, name="value")
    return apply_op(type_name, [value],
                    {"pooling_ratio": [float(r) for r in pooling_ratio],
                     "pseudo_random": pseudo_random, "overlapping": overlapping,
                     "deterministic": deterministic, "seed": seed, "seed2": seed2}, name=name)


@tf_export("nn.fractional_max_pool")
def fractional_max_pool(value, pooling_ratio, pseudo_random=False, overlapping=False,
                        deterministic=False, seed=0, seed2=0, name=None):
    """Max pooling over windows of fractional average size pooling_ratio: (output,
    row_pooling_sequence, col_pooling_sequence)."""
    return tuple(_pool("FractionalMaxPool", value, pooling_ratio, pseudo_random, overlapping,
                       deterministic, seed, seed2, name))


@tf_export("nn.fractional_avg_pool")
def fractional_avg_pool(value, pooling_ratio, pseudo_random=False, overlapping=False,
                        deterministic=False, seed=0, seed2=0, name=None):
    """Average pooling over windows of fractional average size pooling_ratio: (output,
    row_pooling_sequence, col_pooling_sequence)."""
    return tuple(_pool("FractionalAvgPool", value, pooling_ratio, pseudo_random, overlapping,
                       deterministic, seed, seed2, name))
