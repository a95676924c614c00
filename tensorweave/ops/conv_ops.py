"""Convolutions: Conv2D and its two backprops, DepthwiseConv2dNative and its backprops,
and the wrappers conv2d, conv1d, conv2d_transpose, depthwise_conv2d, convolution.

Kernels work channels-last (NCHW is transposed in and out). Conv2D is im2col + one
matmul; for inputs with few channels the patch matrix is built "channels-first"
(one contiguous copy per window offset), which is about twice as fast as the strided
sliding-window copy there.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes, errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.framework.tensor_util import constant_value_as_shape
from tensorweave.ops.nn_util import (
    const,
    convert_padding,
    explicit_pairs,
    from_channels_last,
    get_sequence,
    op,
    runtime_geometry,
    shape_of,
    spatial_list,
    spatial_positions,
    to_channels_last,
    to_tensor,
    windowed_shape,
)

_sliding = np.lib.stride_tricks.sliding_window_view

_CONV_ATTRS = ["T: {half, bfloat16, float, double, int32}", "strides: list(int)",
               "use_cudnn_on_gpu: bool = true", "padding: {'SAME', 'VALID', 'EXPLICIT'}",
               "explicit_paddings: list(int) = []", "data_format: {'NHWC', 'NCHW'} = 'NHWC'",
               "dilations: list(int) = [1, 1, 1, 1]"]
_DW_ATTRS = ["T: {half, bfloat16, float, double}", "strides: list(int)",
             "padding: {'SAME', 'VALID', 'EXPLICIT'}", "explicit_paddings: list(int) = []",
             "data_format: {'NHWC', 'NCHW'} = 'NHWC'", "dilations: list(int) = [1, 1, 1, 1]"]
# Below this many input channels the channels-first patch layout is faster.
_FEW_CHANNELS = 4
# Patch rows are built and multiplied this many bytes at a time (cache-sized chunks).
_CHUNK_BYTES = 2 << 20
# Conv2D's chunks are larger. NOTE: every call of a multithreaded BLAS synchronises its
# threads, and when another process keeps a core busy each synchronisation can cost a
# scheduler time slice: on 2 cores, 64x14x14x32 (*) 5x5x32x64 in 22 chunks of 2 MB took
# 10.5 ms idle but 25-265 ms beside one busy process. In 3 chunks of 13 MB it takes ~11 ms
# idle and, beside a busy process, mostly less than one whole-batch im2col (whose buffer
# would also grow with the batch); 2 or 4 chunks did a little worse there.
_CONV_CHUNK_BYTES = 16 << 20


# ---------------------------------------------------------------- geometry


class _Geometry:
    """Concrete 2-D window geometry of one conv call (channels-last sizes)."""

    __slots__ = (
        "c",
        "dh",
        "dw",
        "h",
        "ho",
        "kh",
        "kw",
        "n",
        "pb",
        "pl",
        "pr",
        "pt",
        "sh",
        "sw",
        "w",
        "wo",
    )

    def __init__(self, in_shape, kh, kw, strides, dilations, padding, explicit, data_format):
        self.n, self.h, self.w, self.c = in_shape
        self.kh, self.kw = kh, kw
        self.sh, self.sw = spatial_list(strides, data_format)
        self.dh, self.dw = spatial_list(dilations, data_format)
        pairs = explicit_pairs(explicit, spatial_positions(4, data_format))
        (self.ho, self.pt, self.pb), (self.wo, self.pl, self.pr) = runtime_geometry(
            [self.h, self.w], [kh, kw], [self.sh, self.sw], [self.dh, self.dw], padding, pairs)

    def padded(self, x, value=0):
        if self.pt or self.pb or self.pl or self.pr:
            return np.pad(x, ((0, 0), (self.pt, self.pb), (self.pl, self.pr), (0, 0)),
                          constant_values=value)
        return x

    def window(self, i, j):
        """Index of the input rows/cols read by kernel tap (i, j), in the padded input."""
        r0, c0 = i * self.dh, j * self.dw
        return (slice(None), slice(r0, r0 + (self.ho - 1) * self.sh + 1, self.sh),
                slice(c0, c0 + (self.wo - 1) * self.sw + 1, self.sw))


def _check_strides(strides, data_format):
    outer = (strides[0], strides[1]) if data_format.startswith("NC") else (strides[0], strides[3])
    if outer != (1, 1):
        raise errors.UnimplementedError(
            None, None, "Current implementation does not yet support strides in the batch and "
            "depth dimensions.")


def _few_channel_patches(xp, g):
    """(K, M) patch matrix, K ordered (i, j, c): one contiguous block copy per kernel tap."""
    buf = np.empty((g.kh, g.kw, g.c, g.n, g.ho, g.wo), xp.dtype)
    for i in range(g.kh):
        for j in range(g.kw):
            buf[i, j] = np.moveaxis(xp[g.window(i, j)], 3, 0)
    return buf.reshape(g.kh * g.kw * g.c, g.n * g.ho * g.wo)


def _patch_chunks(xp, g, chunk_bytes=_CHUNK_BYTES):
    """Yields (first image, last image + 1, (m, K) patch rows) over batch chunks.

    Chunks of at most `chunk_bytes` (but one image at least), of even sizes, keep the patch
    buffer in cache while the matmul reads it, which is faster than one im2col of the whole
    batch.
    """
    if g.kh == g.kw == 1:
        view = xp[g.window(0, 0)]
        yield 0, g.n, view.reshape(g.n * g.ho * g.wo, g.c)
        return
    ekh, ekw = (g.kh - 1) * g.dh + 1, (g.kw - 1) * g.dw + 1
    win = _sliding(xp, (ekh, ekw), axis=(1, 2))  # (N, H', W', C, ekh, ekw)
    win = win[:, ::g.sh, ::g.sw, :, ::g.dh, ::g.dw][:, :g.ho, :g.wo].transpose(0, 1, 2, 4, 5, 3)
    k = g.kh * g.kw * g.c
    per_image = max(g.ho * g.wo * k * xp.itemsize, 1)
    step = max(1, min(g.n, chunk_bytes // per_image))
    if step < g.n:
        step = -(-g.n // -(-g.n // step))  # as many chunks, evenly filled
    buf = np.empty((step,) + win.shape[1:], xp.dtype)
    for start in range(0, g.n, step):
        stop = min(g.n, start + step)
        chunk = buf[:stop - start]
        np.copyto(chunk, win[start:stop])
        yield start, stop, chunk.reshape(-1, k)


def _conv2d(x, w, strides, padding, explicit, data_format, dilations):
    _check_strides(strides, data_format)
    x = to_channels_last(x, data_format)
    kh, kw, ci, co = w.shape
    if x.shape[3] != ci:
        what = "grouped convolutions are not supported" if x.shape[3] % ci == 0 else \
            "input depth must be evenly divisible by filter depth"
        raise errors.InvalidArgumentError(None, None, "Conv2D: %s: input depth %d, filter depth %d"
                                          % (what, x.shape[3], ci))
    g = _Geometry(x.shape, kh, kw, strides, dilations, padding, explicit, data_format)
    w2 = w.reshape(kh * kw * ci, co)
    xp = g.padded(x)
    # The result owns its memory (no reshaped view), so a following element-wise op (the bias
    # add, an activation) may write into it: see runtime/executor.py, in-place steps.
    y = np.empty((g.n, g.ho, g.wo, co), np.result_type(x, w))
    rows = y.reshape(-1, co)
    if g.c < _FEW_CHANNELS and kh * kw > 1:
        np.matmul(_few_channel_patches(xp, g).T, w2, out=rows)
    else:
        rows_per_image = g.ho * g.wo
        for start, stop, cols in _patch_chunks(xp, g, _CONV_CHUNK_BYTES):
            np.matmul(cols, w2, out=rows[start * rows_per_image:stop * rows_per_image])
    return from_channels_last(y, data_format)


def _check_window_attrs(op_type, strides, dilations):
    # NOTE: the raw backprop wrappers pass strides/dilations unchecked, as TF's do; the
    # kernel is where a wrong length surfaces.
    for what, v in (("strides", strides), ("dilations", dilations)):
        if len(v) != 4:
            raise errors.InvalidArgumentError(
                None, None, "%s: sliding window %s field must specify 4 dimensions, got %d"
                % (op_type, what, len(v)))


def _conv2d_input_grad(in_sizes, w, dy, strides, padding, explicit, data_format, dilations):
    _check_window_attrs("Conv2DBackpropInput", strides, dilations)
    in_sizes = [int(v) for v in in_sizes]
    dy = to_channels_last(dy, data_format)
    kh, kw, ci, co = w.shape
    if len(in_sizes) == 2:  # spatial sizes only
        in_sizes = [dy.shape[0]] + in_sizes + [ci]
    elif len(in_sizes) != 4:
        raise errors.InvalidArgumentError(None, None, "input_sizes must be 4-dimensional, got %d"
                                          % len(in_sizes))
    elif data_format.startswith("NC"):
        in_sizes = [in_sizes[0], in_sizes[2], in_sizes[3], in_sizes[1]]
    if in_sizes[3] % ci:
        raise errors.InvalidArgumentError(
            None, None, "Conv2DCustomBackpropInput: input depth must be evenly divisible by "
            "filter depth")
    g = _Geometry(in_sizes, kh, kw, strides, dilations, padding, explicit, data_format)
    sp = spatial_positions(4, data_format)
    for i, (actual, computed, size, k, s_, d) in enumerate(zip(
            dy.shape[1:3], (g.ho, g.wo), in_sizes[1:3], (kh, kw), (g.sh, g.sw), (g.dh, g.dw))):
        if actual != computed:
            raise errors.InvalidArgumentError(
                None, None, "Conv2DCustomBackpropInput: Size of out_backprop doesn't match "
                "computed: actual = %d, computed = %d spatial_dim: %d input: %d filter: %d "
                "output: %d stride: %d dilation: %d"
                % (actual, computed, sp[i], size, k, actual, s_, d))
    if dy.shape != (g.n, g.ho, g.wo, co):
        raise errors.InvalidArgumentError(
            None, None, "Conv2DBackpropInput: out_backprop shape %s does not match the computed "
            "output shape %s" % (list(dy.shape), [g.n, g.ho, g.wo, co]))
    # Patch gradients laid out (kh, kw, C, n, Ho, Wo): each tap adds one contiguous block;
    # done a few images at a time so the patch block stays in cache.
    w2 = w.reshape(-1, co)
    dy2 = dy.reshape(g.n, g.ho * g.wo, co)
    hp, wp = g.h + g.pt + g.pb, g.w + g.pl + g.pr
    acc = np.zeros((ci, g.n, hp, wp), np.result_type(w, dy))
    per_image = max(kh * kw * ci * g.ho * g.wo * dy.itemsize, 1)
    step = max(1, min(g.n, _CHUNK_BYTES // per_image))
    for start in range(0, g.n, step):
        stop = min(g.n, start + step)
        patches = (w2 @ dy2[start:stop].reshape(-1, co).T).reshape(kh, kw, ci, stop - start,
                                                                     g.ho, g.wo)
        block = acc[:, start:stop]
        for i in range(kh):
            for j in range(kw):
                _, rows, cols = g.window(i, j)
                block[:, :, rows, cols] += patches[i, j]
    dx = acc[:, :, g.pt:g.pt + g.h, g.pl:g.pl + g.w].transpose(1, 2, 3, 0)
    return np.ascontiguousarray(from_channels_last(dx, data_format))


def _conv2d_filter_grad(x, f_sizes, dy, strides, padding, explicit, data_format, dilations):
    _check_window_attrs("Conv2DBackpropFilter", strides, dilations)
    kh, kw, ci, co = [int(v) for v in f_sizes]
    x = to_channels_last(x, data_format)
    dy = to_channels_last(dy, data_format)
    g = _Geometry(x.shape, kh, kw, strides, dilations, padding, explicit, data_format)
    if dy.shape != (g.n, g.ho, g.wo, co):
        raise errors.InvalidArgumentError(
            None, None, "Conv2DBackpropFilter: out_backprop shape %s does not match the computed "
            "output shape %s" % (list(dy.shape), [g.n, g.ho, g.wo, co]))
    dy2 = dy.reshape(-1, co)
    xp = g.padded(x)
    if g.c < _FEW_CHANNELS and kh * kw > 1:
        dw = _few_channel_patches(xp, g) @ dy2
    else:
        dw = np.zeros((kh * kw * ci, co), np.result_type(x, dy))
        rows_per_image = g.ho * g.wo
        for start, stop, cols in _patch_chunks(xp, g):
            dw += cols.T @ dy2[start * rows_per_image:stop * rows_per_image]
    return dw.reshape(kh, kw, ci, co)


# ------------------------------------------------------------------- shapes


def _conv_shape(x_shape, f_shape, strides, padding, explicit, data_format, dilations, depthwise):
    if len(strides) != 4:
        raise ValueError("Conv2D requires the stride attribute to contain 4 values, but got: %d"
                         % len(strides))
    if len(dilations) != 4:
        raise ValueError("Conv2D requires the dilation attribute to contain 4 values, but got: %d"
                         % len(dilations))
    if min(strides) < 1:
        raise ValueError("Stride must be > 0, but got %d" % min(strides))
    for s, what in ((x_shape, "input"), (f_shape, "filter")):
        if s.ndims is not None and s.ndims != 4:
            raise ValueError("Shape must be rank 4 but is rank %d" % s.ndims)
    if padding == "EXPLICIT" and len(explicit) != 8:
        raise ValueError("explicit_paddings attribute must contain 8 values, but got: %d"
                         % len(explicit))
    if any(v < 0 for v in explicit):
        raise ValueError("All elements of explicit_paddings must be nonnegative")
    if explicit:
        outer = (0, 1) if data_format.startswith("NC") else (0, 3)
        if any(explicit[2 * i] or explicit[2 * i + 1] for i in outer):
            raise ValueError("Nonzero explicit padding in the batch or depth dimensions is not "
                             "supported")
    fdims = f_shape.as_list() if f_shape.ndims is not None else [None] * 4
    kh, kw, fin, fout = fdims
    cax = 1 if data_format.startswith("NC") else 3
    if x_shape.ndims is None:  # the output depth still comes from the filter
        out = [None] * 4
        out[cax] = fout if not depthwise or fout is None or fin is None else fout * fin
        return TensorShape(out)
    cin = x_shape.as_list()[cax]
    if cin is not None and fin is not None and cin != fin and depthwise:
        raise ValueError("Dimensions must be equal, but are %d and %d" % (cin, fin))
    if cin is not None and fin is not None and cin % fin:
        raise ValueError("Depth of input (%d) is not a multiple of input depth of filter (%d)"
                         % (cin, fin))
    if depthwise:
        fout = None if fout is None or (cin or fin) is None else fout * (cin or fin)
    ks = [1, 1, 1, 1]
    sp = spatial_positions(4, data_format)
    if kh is None or kw is None:
        out = x_shape.as_list()
        for p in sp:
            # SAME output sizes do not depend on the filter: ceil(size / stride).
            known = padding == "SAME" and out[p] is not None
            out[p] = -(-out[p] // strides[p]) if known else None
        out[cax] = fout
        return TensorShape(out)
    ks[sp[0]], ks[sp[1]] = kh, kw
    return windowed_shape(x_shape, ks, strides, dilations, padding, explicit, data_format, fout)


def _sizes_shape(sizes_tensor):
    s = constant_value_as_shape(sizes_tensor)
    if s.ndims is None:
        return TensorShape([None] * 4)
    if s.ndims != 4:
        raise ValueError("Shape must be rank 4 but is rank %d" % s.ndims)
    return s


def _conv_attrs(op_):
    return {k: op_._attrs[k] for k in ("strides", "padding", "explicit_paddings", "data_format",
                                       "dilations", "use_cudnn_on_gpu") if k in op_._attrs}


# --------------------------------------------------------------------- ops


@register_op("Conv2D", inputs=["input: T", "filter: T"], outputs=["output: T"], attrs=_CONV_ATTRS)
class Conv2D(OpDef):
    def shape(self, input, filter, *, strides, padding, explicit_paddings, data_format, dilations):
        return _conv_shape(input.shape, filter.shape, strides, padding, explicit_paddings,
                           data_format, dilations, False)

    def kernel(self, input, filter, *, strides, padding, explicit_paddings, data_format, dilations):
        return _conv2d(input, filter, strides, padding, explicit_paddings, data_format, dilations)

    def grad(self, op_, grad):
        x, w = op_.inputs
        attrs = _conv_attrs(op_)
        shape_x, shape_w = op("ShapeN", [[x, w]], {"out_type": dtypes.int32})  # as TF's graph
        return [op("Conv2DBackpropInput", [shape_x, w, grad], attrs),
                op("Conv2DBackpropFilter", [x, shape_w, grad], attrs)]


@register_op("Conv2DBackpropInput", inputs=["input_sizes: int32", "filter: T", "out_backprop: T"],
             outputs=["output: T"], attrs=_CONV_ATTRS)
class Conv2DBackpropInput(OpDef):
    def shape(self, input_sizes, filter, out_backprop, *, data_format):
        for t in (filter, out_backprop):
            if t.shape.ndims is not None and t.shape.ndims != 4:
                raise ValueError("Shape must be rank 4 but is rank %d" % t.shape.ndims)
        n_sizes = input_sizes.shape.num_elements() if input_sizes.shape.ndims == 1 else None
        if n_sizes is not None and n_sizes not in (2, 4):
            raise ValueError("Conv2DBackpropInput requires input_sizes to contain 4 values or 2 "
                             "values, but got: %d" % n_sizes)
        cax = 1 if data_format.startswith("NC") else 3
        if filter.shape.ndims == 4 and out_backprop.shape.ndims == 4:
            a, b = out_backprop.shape.as_list()[cax], filter.shape.as_list()[3]
            if a is not None and b is not None and a != b:
                raise ValueError("Dimensions must be equal, but are %d and %d" % (a, b))
        if n_sizes == 2:  # spatial sizes only: batch from out_backprop, depth from the filter
            hw = constant_value_as_shape(input_sizes)
            hw = hw.as_list() if hw.ndims == 2 else [None, None]
            batch = out_backprop.shape.as_list()[0] if out_backprop.shape.ndims == 4 else None
            depth = filter.shape.as_list()[2] if filter.shape.ndims == 4 else None
            return TensorShape([batch, depth] + hw if cax == 1 else [batch] + hw + [depth])
        s = _sizes_shape(input_sizes)
        if out_backprop.shape.ndims == 4:  # the batch comes from out_backprop when not given
            s = TensorShape(out_backprop.shape.as_list()[:1] + [None] * 3).merge_with(s)
        return s

    def kernel(self, input_sizes, filter, out_backprop, *, strides, padding,
               explicit_paddings, data_format, dilations):
        return _conv2d_input_grad(input_sizes, filter, out_backprop, strides, padding,
                                  explicit_paddings, data_format, dilations)

    def grad(self, op_, grad):
        _, w, dy = op_.inputs
        attrs = _conv_attrs(op_)
        return [None, op("Conv2DBackpropFilter", [grad, shape_of(w), dy], attrs),
                op("Conv2D", [grad, w], attrs)]


@register_op("Conv2DBackpropFilter", inputs=["input: T", "filter_sizes: int32", "out_backprop: T"],
             outputs=["output: T"], attrs=_CONV_ATTRS)
class Conv2DBackpropFilter(OpDef):
    def shape(self, input, filter_sizes, out_backprop):
        return _sizes_shape(filter_sizes)

    def kernel(self, input, filter_sizes, out_backprop, *, strides, padding,
               explicit_paddings, data_format, dilations):
        return _conv2d_filter_grad(input, filter_sizes, out_backprop, strides, padding,
                                   explicit_paddings, data_format, dilations)

    def grad(self, op_, grad):
        x, _, dy = op_.inputs
        attrs = _conv_attrs(op_)
        return [op("Conv2DBackpropInput", [shape_of(x), grad, dy], attrs), None,
                op("Conv2D", [x, grad], attrs)]


# ----------------------------------------------------------------- depthwise


def _depthwise(x, w, strides, padding, explicit, data_format, dilations):
    _check_strides(strides, data_format)
    if len(set(spatial_list(strides, data_format))) != 1:
        raise errors.InvalidArgumentError(
            None, None, "Current implementation only supports equal length strides in the row "
            "and column dimensions.")
    x = to_channels_last(x, data_format)
    kh, kw, ci, m = w.shape
    if x.shape[3] != ci:
        raise errors.InvalidArgumentError(
            None, None, "input and filter must have the same depth: %d vs %d" % (x.shape[3], ci))
    g = _Geometry(x.shape, kh, kw, strides, dilations, padding, explicit, data_format)
    xp = g.padded(x)
    out = np.zeros((g.n, g.ho, g.wo, ci, m), np.result_type(x, w))
    for i in range(kh):
        for j in range(kw):
            out += xp[g.window(i, j)][..., None] * w[i, j]
    return from_channels_last(out.reshape(g.n, g.ho, g.wo, ci * m), data_format)


def _depthwise_input_grad(in_sizes, w, dy, strides, padding, explicit, data_format, dilations):
    in_sizes = [int(v) for v in in_sizes]
    if data_format.startswith("NC"):
        in_sizes = [in_sizes[0], in_sizes[2], in_sizes[3], in_sizes[1]]
    kh, kw, ci, m = w.shape
    dy = to_channels_last(dy, data_format)
    g = _Geometry(in_sizes, kh, kw, strides, dilations, padding, explicit, data_format)
    dy = dy.reshape(g.n, g.ho, g.wo, ci, m)
    acc = np.zeros((g.n, g.h + g.pt + g.pb, g.w + g.pl + g.pr, ci), dy.dtype)
    for i in range(kh):
        for j in range(kw):
            acc[g.window(i, j)] += np.einsum("nhwcm,cm->nhwc", dy, w[i, j])
    dx = acc[:, g.pt:g.pt + g.h, g.pl:g.pl + g.w]
    return np.ascontiguousarray(from_channels_last(dx, data_format))


def _depthwise_filter_grad(x, f_sizes, dy, strides, padding, explicit, data_format, dilations):
    kh, kw, ci, m = [int(v) for v in f_sizes]
    x = to_channels_last(x, data_format)
    dy = to_channels_last(dy, data_format)
    g = _Geometry(x.shape, kh, kw, strides, dilations, padding, explicit, data_format)
    xp = g.padded(x)
    dy = dy.reshape(g.n, g.ho, g.wo, ci, m)
    dw = np.empty((kh, kw, ci, m), dy.dtype)
    for i in range(kh):
        for j in range(kw):
            dw[i, j] = np.einsum("nhwc,nhwcm->cm", xp[g.window(i, j)], dy)
    return dw


@register_op("DepthwiseConv2dNative", inputs=["input: T", "filter: T"], outputs=["output: T"],
             attrs=_DW_ATTRS)
class DepthwiseConv2dNative(OpDef):
    def shape(self, input, filter, *, strides, padding, explicit_paddings, data_format, dilations):
        return _conv_shape(input.shape, filter.shape, strides, padding, explicit_paddings,
                           data_format, dilations, True)

    def kernel(self, input, filter, *, strides, padding, explicit_paddings, data_format, dilations):
        return _depthwise(input, filter, strides, padding, explicit_paddings, data_format,
                          dilations)

    def grad(self, op_, grad):
        x, w = op_.inputs
        attrs = _conv_attrs(op_)
        return [op("DepthwiseConv2dNativeBackpropInput", [shape_of(x), w, grad], attrs),
                op("DepthwiseConv2dNativeBackpropFilter", [x, shape_of(w), grad], attrs)]


@register_op("DepthwiseConv2dNativeBackpropInput",
             inputs=["input_sizes: int32", "filter: T", "out_backprop: T"], outputs=["output: T"],
             attrs=_DW_ATTRS)
class DepthwiseConv2dNativeBackpropInput(OpDef):
    def shape(self, input_sizes, filter, out_backprop):
        return _sizes_shape(input_sizes)

    def kernel(self, input_sizes, filter, out_backprop, *, strides, padding,
               explicit_paddings, data_format, dilations):
        return _depthwise_input_grad(input_sizes, filter, out_backprop, strides, padding,
                                     explicit_paddings, data_format, dilations)

    def grad(self, op_, grad):
        _, w, dy = op_.inputs
        attrs = _conv_attrs(op_)
        return [None, op("DepthwiseConv2dNativeBackpropFilter", [grad, shape_of(w), dy], attrs),
                op("DepthwiseConv2dNative", [grad, w], attrs)]


@register_op("DepthwiseConv2dNativeBackpropFilter",
             inputs=["input: T", "filter_sizes: int32", "out_backprop: T"], outputs=["output: T"],
             attrs=_DW_ATTRS)
class DepthwiseConv2dNativeBackpropFilter(OpDef):
    def shape(self, input, filter_sizes, out_backprop):
        return _sizes_shape(filter_sizes)

    def kernel(self, input, filter_sizes, out_backprop, *, strides, padding,
               explicit_paddings, data_format, dilations):
        return _depthwise_filter_grad(input, filter_sizes, out_backprop, strides, padding,
                                      explicit_paddings, data_format, dilations)

    def grad(self, op_, grad):
        x, _, dy = op_.inputs
        attrs = _conv_attrs(op_)
        return [op("DepthwiseConv2dNativeBackpropInput", [shape_of(x), grad, dy], attrs), None,
                op("DepthwiseConv2dNative", [x, grad], attrs)]


# ------------------------------------------------------------------ wrappers


def _conv_args(strides, padding, data_format, dilations, n=2):
    if data_format is None:
        data_format = "NHWC"
    cidx = 1 if data_format.startswith("NC") else n + 1
    # (negative or batch/depth explicit paddings are the shape function's errors, as in TF)
    padding, explicit = convert_padding(padding, n + 2, check_negative=False)
    return {"strides": get_sequence(strides, n, cidx, "strides"),
            "dilations": get_sequence(dilations, n, cidx, "dilations"),
            "padding": padding, "explicit_paddings": explicit, "data_format": data_format}


def _raw_conv_args(fn, strides, padding, data_format, dilations):
    """Attrs for the raw op wrappers: strides/dilations go in as given (lists only)."""
    for what, v in (("strides", strides), ("dilations", dilations)):
        if not isinstance(v, (list, tuple)):
            raise TypeError("Expected list for '%s' argument to '%s' Op, not %r." % (what, fn, v))
    padding, explicit = convert_padding(padding, 4)
    return {"strides": [int(v) for v in strides], "dilations": [int(v) for v in dilations],
            "padding": padding, "explicit_paddings": explicit,
            "data_format": "NHWC" if data_format is None else data_format}


@tf_export("nn.conv2d")
def conv2d(input, filter=None, strides=None, padding=None, use_cudnn_on_gpu=True,
           data_format="NHWC", dilations=(1, 1, 1, 1), name=None, filters=None):
    if filter is None:
        filter = filters
    attrs = _conv_args(strides, padding, data_format, dilations)
    attrs["use_cudnn_on_gpu"] = bool(use_cudnn_on_gpu)
    return op("Conv2D", [input, filter], attrs, name=name)


@tf_export("nn.conv2d_backprop_input")
def conv2d_backprop_input(input_sizes, filter=None, out_backprop=None, strides=None,
                          padding=None, use_cudnn_on_gpu=True, data_format="NHWC",
                          dilations=(1, 1, 1, 1), name=None, filters=None):
    if filter is None:
        filter = filters
    attrs = _raw_conv_args("conv2d_backprop_input", strides, padding, data_format, dilations)
    attrs["use_cudnn_on_gpu"] = bool(use_cudnn_on_gpu)
    return op("Conv2DBackpropInput", [input_sizes, filter, out_backprop], attrs, name=name)


@tf_export("nn.conv2d_backprop_filter")
def conv2d_backprop_filter(input, filter_sizes, out_backprop, strides, padding,
                           use_cudnn_on_gpu=True, data_format="NHWC", dilations=(1, 1, 1, 1),
                           name=None):
    attrs = _raw_conv_args("conv2d_backprop_filter", strides, padding, data_format, dilations)
    attrs["use_cudnn_on_gpu"] = bool(use_cudnn_on_gpu)
    return op("Conv2DBackpropFilter", [input, filter_sizes, out_backprop], attrs, name=name)


@tf_export("nn.conv2d_transpose")
def conv2d_transpose(value=None, filter=None, output_shape=None, strides=None,
                     padding="SAME", data_format="NHWC", name=None, input=None, filters=None,
                     dilations=None):
    value = input if value is None else value
    filter = filters if filter is None else filter
    with name_scope(name, "conv2d_transpose", [value, filter, output_shape]) as scope:
        value = to_tensor(value, name="value")
        filter = to_tensor(filter, name="filter")
        attrs = _conv_args(strides, padding, data_format, dilations)
        return op("Conv2DBackpropInput", [output_shape, filter, value], attrs, name=scope)


@tf_export("nn.depthwise_conv2d_native")
def depthwise_conv2d_native(input, filter, strides, padding, data_format="NHWC",
                            dilations=(1, 1, 1, 1), name=None):
    attrs = _conv_args(strides, padding, data_format, dilations)
    return op("DepthwiseConv2dNative", [input, filter], attrs, name=name)


@tf_export("nn.depthwise_conv2d")
def depthwise_conv2d(input, filter, strides, padding, rate=None, name=None,
                     data_format=None, dilations=None):
    if dilations is None:
        dilations = rate
    with name_scope(name, "depthwise", [input, filter]) as scope:
        input = to_tensor(input, name="tensor_in")
        filter = to_tensor(filter, name="filter_in")

        def native(inp, _, pad):
            attrs = _conv_args(strides, pad, data_format, None)
            return op("DepthwiseConv2dNative", [inp, filter], attrs, name=scope)

        return _depthwise_space_to_batch(input, filter, dilations, padding, native, data_format)


def _depthwise_space_to_batch(input, filter, rate, padding, native, data_format):
    """As TF1: a rate > 1 runs the native op (with its strides) on the space-to-batch form of
    the input, so strides then count in the dilated grid."""
    from tensorweave.ops import space_batch_ops
    from tensorweave.ops.array_ops import shape as _shape

    if rate is None:
        rate = [1, 1]
    return space_batch_ops.with_space_to_batch(
        input=input, filter_shape=_shape(filter), dilation_rate=rate, padding=padding, op=native,
        data_format=data_format)


@tf_export("nn.separable_conv2d")
def separable_conv2d(input, depthwise_filter, pointwise_filter, strides, padding, rate=None,  # noqa: A002
                     name=None, data_format=None, dilations=None):
    if dilations is None:
        dilations = rate
    with name_scope(name, "separable_conv2d", [input, depthwise_filter, pointwise_filter]) as scope:
        input = to_tensor(input, name="tensor_in")
        depthwise_filter = to_tensor(depthwise_filter, name="depthwise_filter")
        pointwise_filter = to_tensor(pointwise_filter, name="pointwise_filter")
        pshape = pointwise_filter.shape.with_rank(4)
        for d in pshape.as_list()[:2]:
            if d not in (None, 1):
                raise ValueError("Dimensions %d and 1 are not compatible" % d)

        def native(inp, _, pad):
            attrs = _conv_args(strides, pad, data_format, None)
            return op("DepthwiseConv2dNative", [inp, depthwise_filter], attrs, name="depthwise")

        depthwise = _depthwise_space_to_batch(input, depthwise_filter, dilations, padding, native,
                                              data_format)
        point = _conv_args(1, "VALID", data_format, None)
        return op("Conv2D", [depthwise, pointwise_filter], point, name=scope)


@tf_export("nn.conv1d")
def conv1d(value=None, filters=None, stride=None, padding=None, use_cudnn_on_gpu=None,
           data_format=None, name=None, input=None, dilations=None):
    value = input if value is None else value
    with name_scope(name, "conv1d", [value, filters]) as scope:
        if data_format is None or data_format in ("NHWC", "NWC"):
            data_format, spatial = "NHWC", 1
        elif data_format in ("NCHW", "NCW"):
            data_format, spatial = "NCHW", 2
        else:
            raise ValueError("`data_format` must be 'NWC' or 'NCW'. Received: data_format=%s"
                             % data_format)
        cidx = 1 if spatial == 2 else 2
        stride = get_sequence(stride, 1, cidx, "stride")
        dilations = get_sequence(dilations, 1, cidx, "dilations")
        stride.insert(spatial, 1)
        dilations.insert(spatial, 1)
        # (the dims become each ExpandDims op's own "dim" constant, as in TF)
        value = op("ExpandDims", [value, np.int32(spatial)], name="ExpandDims")
        filters = op("ExpandDims", [filters, np.int32(0)], name="ExpandDims_1")
        padding, explicit = convert_padding(padding, 3)
        if explicit:
            explicit = explicit[:2 * spatial] + [0, 0] + explicit[2 * spatial:]
        attrs = {"strides": stride, "dilations": dilations, "padding": padding,
                 "explicit_paddings": explicit, "data_format": data_format}
        result = op("Conv2D", [value, filters], attrs, name=scope)
        return op("Squeeze", [result], {"squeeze_dims": [spatial]}, name="Squeeze")


@tf_export("nn.atrous_conv2d")
def atrous_conv2d(value, filters, rate, padding, name=None):
    return convolution(input=value, filter=filters, padding=padding,
                       dilation_rate=np.broadcast_to(rate, (2,)), name=name)


@tf_export("nn.convolution")
def convolution(input, filter=None, padding=None, strides=None, dilation_rate=None,
                name=None, data_format=None, filters=None, dilations=None):
    filter = filters if filter is None else filter
    dilations = dilation_rate if dilations is None else dilations
    input = to_tensor(input, name="input")
    rank = input.shape.ndims
    with name_scope(name, "convolution", [input, filter]) as scope:
        if rank in (3, 4) and _is_dilated(dilations):
            # As TF1: a VALID convolution on the space-to-batch form of the input.
            from tensorweave.ops import space_batch_ops

            return space_batch_ops.dilated_convolution(
                input, filter, padding, _spatial(strides, rank - 2, data_format, "strides"),
                _spatial(dilations, rank - 2, data_format, "dilations"), data_format,
                _valid_conv(rank, data_format), scope)
        if rank == 3:
            return conv1d(input, filter, strides, padding, data_format=data_format,
                          dilations=dilations, name=scope)
        if rank == 4:
            attrs = _conv_args(strides, padding, data_format, dilations)
            return op("Conv2D", [input, filter], attrs, name=scope)
        if rank == 5:
            data_format = data_format or "NDHWC"
            cidx = 1 if data_format.startswith("NC") else 4
            attrs = {"strides": get_sequence(strides, 3, cidx, "strides"),
                     "dilations": get_sequence(dilations, 3, cidx, "dilations"),
                     "padding": padding, "data_format": data_format}
            return op("Conv3D", [input, filter], attrs, name=scope)
        raise ValueError("convolution supports inputs of rank 3, 4 or 5, got %s" % rank)


def _spatial(value, n, data_format, name):
    """The n spatial entries of a strides/dilations argument."""
    channels_first = data_format is not None and data_format.startswith("NC")
    full = get_sequence(value, n, 1 if channels_first else n + 1, name)
    return full[2:] if channels_first else full[1:-1]


def _is_dilated(dilations):
    if dilations is None:
        return False
    return any(int(d) != 1 for d in np.reshape(np.asarray(dilations), [-1]))


def _valid_conv(rank, data_format):
    """conv(x, filter, padding, name): the undilated, unstrided convolution of that rank."""
    if rank == 3:
        return lambda x, f, padding, name: conv1d(x, f, 1, padding, data_format=data_format, name=name)
    return lambda x, f, padding, name: op("Conv2D", [x, f], _conv_args(1, padding, data_format, None), name=name)
