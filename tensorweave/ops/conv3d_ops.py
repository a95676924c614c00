"""3-D convolution: Conv3D, Conv3DBackpropInputV2, Conv3DBackpropFilterV2 and the wrappers
tf.nn.conv3d, conv3d_transpose, conv3d_backprop_filter(_v2).

Kernels work channels-last (NCDHW is moved in and out). The forward pass is one tensordot
of a strided sliding-window view with the filter; the backprops visit the filter one tap at a
time, each tap a strided slice of the (padded) input.
"""

import itertools

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.framework.tensor_util import constant_value_as_shape
from tensorweave.ops.nn_util import (
    from_channels_last,
    op,
    runtime_geometry,
    shape_of,
    spatial_list,
    to_channels_last,
    to_tensor,
    windowed_shape,
)

_ATTRS = ["T: {half, bfloat16, float, double}", "strides: list(int) >= 5", "padding: {'SAME', 'VALID'}",
          "data_format: {'NDHWC', 'NCDHW'} = 'NDHWC'", "dilations: list(int) = [1, 1, 1, 1, 1]"]


class _Geometry3D:
    """Concrete geometry of one call on a channels-last [N, D, H, W, C] shape."""

    def __init__(self, cl_shape, ksize, strides, dilations, padding, data_format):
        self.sizes = list(cl_shape[1:4])
        self.k = list(ksize)
        self.s = spatial_list(strides, data_format)
        self.d = spatial_list(dilations, data_format)
        geo = runtime_geometry(self.sizes, self.k, self.s, self.d, padding, [(0, 0)] * 3)
        self.out = [g[0] for g in geo]
        self.before = [g[1] for g in geo]
        self.after = [g[2] for g in geo]

    def padded(self, x):
        if not any(self.before) and not any(self.after):
            return x
        return np.pad(x, [(0, 0)] + list(zip(self.before, self.after)) + [(0, 0)])

    def crop(self, xp):
        return xp[(slice(None),) + tuple(slice(b, b + n) for b, n in zip(self.before, self.sizes))]

    def tap(self, offset):
        """The padded-input index read by filter tap `offset` for every output position."""
        return (slice(None),) + tuple(slice(o * d, o * d + (n - 1) * s + 1, s)
                                      for o, d, n, s in zip(offset, self.d, self.out, self.s))


def _check(strides, data_format):
    outer = (strides[0], strides[1]) if data_format.startswith("NC") else (strides[0], strides[4])
    if outer != (1, 1):
        raise errors.UnimplementedError(None, None, "Current implementation does not yet support "
                                        "strides in the batch and depth dimensions.")


def _conv3d(x, w, strides, padding, data_format, dilations):
    _check(strides, data_format)
    x = to_channels_last(x, data_format)
    if x.shape[4] != w.shape[3]:
        raise errors.InvalidArgumentError(None, None, "Input depth must be equal to filter depth: %d vs %d"
                                          % (x.shape[4], w.shape[3]))
    g = _Geometry3D(x.shape, w.shape[:3], strides, dilations, padding, data_format)
    xp = g.padded(x)
    span = [(k - 1) * d + 1 for k, d in zip(g.k, g.d)]
    win = np.lib.stride_tricks.sliding_window_view(xp, span, axis=(1, 2, 3))  # N,D',H',W',C,kd,kh,kw
    win = win[:, ::g.s[0], ::g.s[1], ::g.s[2], :, ::g.d[0], ::g.d[1], ::g.d[2]]
    win = win[:, :g.out[0], :g.out[1], :g.out[2]]
    y = np.tensordot(win, w, axes=([5, 6, 7, 4], [0, 1, 2, 3]))
    return from_channels_last(y.astype(np.result_type(x, w), copy=False), data_format)


def _input_grad(in_sizes, w, dy, strides, padding, data_format, dilations):
    in_sizes = [int(v) for v in in_sizes]
    if len(in_sizes) != 5:
        raise errors.InvalidArgumentError(None, None, "input_sizes must be 5-dimensional, got %d"
                                          % len(in_sizes))
    if data_format.startswith("NC"):
        in_sizes = in_sizes[:1] + in_sizes[2:] + in_sizes[1:2]
    dy = to_channels_last(dy, data_format)
    g = _Geometry3D(in_sizes, w.shape[:3], strides, dilations, padding, data_format)
    expected = (in_sizes[0], *g.out, w.shape[4])
    if dy.shape != expected:
        raise errors.InvalidArgumentError(
            None, None, "Conv3DBackpropInputV2: out_backprop shape %s does not match the computed "
            "output shape %s" % (list(dy.shape), list(expected)))
    padded = [in_sizes[0]] + [n + b + a for n, b, a in zip(g.sizes, g.before, g.after)] + [in_sizes[4]]
    dxp = np.zeros(padded, np.result_type(w, dy))
    for offset in itertools.product(*[range(k) for k in g.k]):
        dxp[g.tap(offset)] += np.tensordot(dy, w[offset], axes=([4], [1]))
    return np.ascontiguousarray(from_channels_last(g.crop(dxp), data_format))


def _filter_grad(x, f_sizes, dy, strides, padding, data_format, dilations):
    f_sizes = [int(v) for v in f_sizes]
    x = to_channels_last(x, data_format)
    dy = to_channels_last(dy, data_format)
    g = _Geometry3D(x.shape, f_sizes[:3], strides, dilations, padding, data_format)
    if dy.shape != (x.shape[0], *g.out, f_sizes[4]):
        raise errors.InvalidArgumentError(
            None, None, "Conv3DBackpropFilterV2: out_backprop shape %s does not match the computed "
            "output shape %s" % (list(dy.shape), [x.shape[0], *g.out, f_sizes[4]]))
    xp = g.padded(x)
    dw = np.zeros(f_sizes, np.result_type(x, dy))
    for offset in itertools.product(*[range(k) for k in g.k]):
        dw[offset] = np.tensordot(xp[g.tap(offset)], dy, axes=([0, 1, 2, 3], [0, 1, 2, 3]))
    return dw


def _conv3d_shape(x, f, strides, padding, data_format, dilations):
    if len(strides) != 5 or len(dilations) != 5:
        raise ValueError("Conv3D requires the stride and dilation attributes to contain 5 values")
    for s in (x.shape, f.shape):
        if s.ndims is not None and s.ndims != 5:
            raise ValueError("Shape must be rank 5 but is rank %d" % s.ndims)
    fdims = f.shape.as_list() if f.shape.ndims is not None else [None] * 5
    cax = 1 if data_format.startswith("NC") else 4
    if x.shape.ndims is None:  # the output depth still comes from the filter
        out = [None] * 5
        out[cax] = fdims[4]
        return TensorShape(out)
    cin, fin, fout = x.shape.as_list()[cax], fdims[3], fdims[4]
    if cin is not None and fin is not None and cin != fin:
        if cin % fin:
            raise ValueError("Input depth (%d) is not a multiple of the filter's input depth (%d)"
                             % (cin, fin))
        if fout is not None and fout % (cin // fin):
            raise ValueError("Depth of output (%d) is not a multiple of the number of groups (%d)"
                             % (fout, cin // fin))
        raise ValueError("Grouped 3-D convolutions are not supported (input depth %d, filter depth %d)"
                         % (cin, fin))
    if None in fdims[:3]:
        out = x.shape.as_list()
        for p in ((2, 3, 4) if cax == 1 else (1, 2, 3)):
            out[p] = None
        out[cax] = fout
        return TensorShape(out)
    ks = [1, 1, 1, 1, 1]
    for p, k in zip((2, 3, 4) if cax == 1 else (1, 2, 3), fdims[:3]):
        ks[p] = k
    return windowed_shape(x.shape, ks, strides, dilations, padding, [], data_format, fout)


def _sizes_shape(sizes):
    s = constant_value_as_shape(sizes)
    if s.ndims is None:
        return TensorShape([None] * 5)
    if s.ndims != 5:
        raise ValueError("Shape must be rank 5 but is rank %d" % s.ndims)
    return s


def _attrs(op_):
    return {k: op_._attrs[k] for k in ("strides", "padding", "data_format", "dilations")}


@register_op("Conv3D", inputs=["input: T", "filter: T"], outputs=["output: T"], attrs=_ATTRS)
class Conv3D(OpDef):
    def shape(self, input, filter, *, strides, padding, data_format, dilations):
        return _conv3d_shape(input, filter, strides, padding, data_format, dilations)

    def kernel(self, input, filter, *, strides, padding, data_format, dilations):
        return _conv3d(input, filter, strides, padding, data_format, dilations)

    def grad(self, op_, grad):
        x, w = op_.inputs
        attrs = _attrs(op_)
        return [op("Conv3DBackpropInputV2", [shape_of(x), w, grad], attrs),
                op("Conv3DBackpropFilterV2", [x, shape_of(w), grad], attrs)]


@register_op("Conv3DBackpropInputV2", inputs=["input_sizes: Tshape", "filter: T", "out_backprop: T"],
             outputs=["output: T"], attrs=_ATTRS + ["Tshape: {int32, int64} = DT_INT32"])
class Conv3DBackpropInputV2(OpDef):
    def shape(self, input_sizes, filter, out_backprop):
        return _sizes_shape(input_sizes)

    def kernel(self, input_sizes, filter, out_backprop, *, strides, padding, data_format, dilations):
        return _input_grad(input_sizes, filter, out_backprop, strides, padding, data_format, dilations)

    def grad(self, op_, grad):
        _, w, dy = op_.inputs
        attrs = _attrs(op_)
        return [None, op("Conv3DBackpropFilterV2", [grad, shape_of(w), dy], attrs),
                op("Conv3D", [grad, w], attrs)]


@register_op("Conv3DBackpropFilterV2", inputs=["input: T", "filter_sizes: int32", "out_backprop: T"],
             outputs=["output: T"], attrs=_ATTRS)
class Conv3DBackpropFilterV2(OpDef):
    def shape(self, input, filter_sizes, out_backprop):
        return _sizes_shape(filter_sizes)

    def kernel(self, input, filter_sizes, out_backprop, *, strides, padding, data_format, dilations):
        return _filter_grad(input, filter_sizes, out_backprop, strides, padding, data_format, dilations)

    def grad(self, op_, grad):
        x, _, dy = op_.inputs
        attrs = _attrs(op_)
        return [op("Conv3DBackpropInputV2", [shape_of(x), grad, dy], attrs), None,
                op("Conv3D", [x, grad], attrs)]


def _conv3d_attrs(strides, padding, data_format, dilations):
    if strides is None or len(strides) != 5:
        raise ValueError("Attr 'strides' of 'Conv3D' Op passed list of length %s less than minimum 5."
                         % (None if strides is None else len(strides)))
    dilations = [1, 1, 1, 1, 1] if dilations is None else list(dilations)
    return {"strides": [int(s) for s in strides], "padding": padding, "data_format": data_format,
            "dilations": [int(d) for d in dilations]}


@tf_export("nn.conv3d")
def conv3d(input, filter=None, strides=None, padding=None, data_format="NDHWC",  # noqa: A002
           dilations=(1, 1, 1, 1, 1), name=None, filters=None):
    filter = filters if filter is None else filter  # noqa: A001
    return op("Conv3D", [input, filter], _conv3d_attrs(strides, padding, data_format, dilations),
              name=name)


@tf_export("nn.conv3d_backprop_filter", "nn.conv3d_backprop_filter_v2")
def conv3d_backprop_filter(input, filter_sizes, out_backprop, strides, padding,  # noqa: A002
                           data_format="NDHWC", dilations=(1, 1, 1, 1, 1), name=None):
    return op("Conv3DBackpropFilterV2", [input, filter_sizes, out_backprop],
              _conv3d_attrs(strides, padding, data_format, dilations), name=name)


@tf_export("nn.conv3d_transpose")
def conv3d_transpose(value=None, filter=None, output_shape=None, strides=None, padding="SAME",  # noqa: A002
                     data_format="NDHWC", name=None, input=None, filters=None, dilations=None):
    """The gradient of conv3d with respect to its input: Conv3DBackpropInputV2."""
    value = input if value is None else value
    filter = filters if filter is None else filter  # noqa: A001
    with name_scope(name, "conv3d_transpose", [value, filter, output_shape]) as scope:
        value = to_tensor(value, name="value")
        filter = to_tensor(filter, name="filter")  # noqa: A001
        cax = 1 if data_format.startswith("NC") else 4
        vs, fs = value.shape, filter.shape
        if vs.ndims == 5 and fs.ndims == 5:
            vc, fc = vs.as_list()[cax], fs.as_list()[4]
            if vc is not None and fc is not None and vc != fc:
                raise ValueError("input channels does not match filter's input channels, %d != %d"
                                 % (vc, fc))
        return op("Conv3DBackpropInputV2", [output_shape, filter, value],
                  _conv3d_attrs(strides, padding, data_format, dilations), name=scope)
