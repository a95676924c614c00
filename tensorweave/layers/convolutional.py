"""tf.layers.conv2d / conv1d and tf.layers.max_pooling2d / average_pooling2d (+ 1-D)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.layers.base import (
    InputSpec,
    Layer,
    add_activity_loss,
    apply_activation,
    normalize_data_format,
    normalize_padding,
    normalize_tuple,
    to_tensor,
)
from tensorweave.layers.core import _zeros
from tensorweave.ops.nn_util import const, op


class _Conv(Layer):
    rank = 2

    def __init__(self, filters, kernel_size, strides=1, padding="valid",
                 data_format="channels_last", dilation_rate=1, activation=None, use_bias=True,
                 kernel_initializer=None, bias_initializer=None, kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, trainable=True, name=None, **kwargs):
        super().__init__(trainable=trainable, name=name, **kwargs)
        n = self.rank
        self.filters = int(filters)
        self.kernel_size = normalize_tuple(kernel_size, n, "kernel_size")
        self.strides = normalize_tuple(strides, n, "strides")
        self.padding = normalize_padding(padding)  # "valid" / "same", as TF shows it
        self.data_format = normalize_data_format(data_format)
        self.dilation_rate = normalize_tuple(dilation_rate, n, "dilation_rate")
        self.activation = activation
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer if bias_initializer is not None else _zeros()
        self.kernel_regularizer = kernel_regularizer
        self.bias_regularizer = bias_regularizer
        self.activity_regularizer = activity_regularizer
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint
        self.kernel = self.bias = None
        # More leading dims than [batch] are folded into one batch dim around the convolution.
        self.input_spec = InputSpec(min_ndim=n + 2)

    @property
    def _channels_first(self):
        return self.data_format == "channels_first"

    def build(self, input_shape):
        dims = input_shape.as_list() if input_shape.ndims is not None else None
        if dims is None:
            raise ValueError("Input should have a known rank of at least %d, got shape %s"
                             % (self.rank + 2, input_shape))
        channel_axis = -1 - self.rank if self._channels_first else -1
        channels = dims[channel_axis]
        if channels is None:
            raise ValueError("The channel dimension of the inputs should be defined. Found `None`.")
        self.input_spec = InputSpec(min_ndim=self.rank + 2, axes={channel_axis: channels})
        self.kernel = self.add_weight("kernel", shape=list(self.kernel_size) + [channels, self.filters],
                                      initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer,
                                      constraint=self.kernel_constraint)
        if self.use_bias:
            self.bias = self.add_weight("bias", shape=[self.filters],
                                        initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer,
                                        constraint=self.bias_constraint)
        self.built = True

    def _conv(self, inputs):
        from tensorweave.ops import conv_ops

        # As TF: tf.nn.convolution named after the class, so that a dilated convolution is
        # computed on the space-to-batch form of the input (".../Conv2D/BatchToSpaceND").
        if self.rank == 1:
            fmt = "NCW" if self._channels_first else "NWC"
        else:
            fmt = "NCHW" if self._channels_first else "NHWC"
        return conv_ops.convolution(inputs, self.kernel, padding=self.padding.upper(),
                                    strides=list(self.strides),
                                    dilations=list(self.dilation_rate), data_format=fmt,
                                    name=type(self).__name__)

    def _conv_and_bias(self, inputs):
        outputs = self._conv(inputs)
        if self.use_bias:
            fmt = "NCHW" if self._channels_first else "NHWC"
            outputs = op("BiasAdd", [outputs, self.bias], {"data_format": fmt}, name="BiasAdd")
        return outputs

    def call(self, inputs):
        inputs = to_tensor(inputs, self._dtype)
        if inputs.shape.ndims > self.rank + 2:
            outputs = _squeeze_batch_dims(inputs, self._conv_and_bias, self.rank + 1)
        else:
            outputs = self._conv_and_bias(inputs)
        outputs = apply_activation(self.activation, outputs)
        add_activity_loss(self, self.activity_regularizer, outputs)
        return outputs


def _squeeze_batch_dims(inputs, fn, inner_rank):
    """fn(x) on `inputs` with all but its last `inner_rank` dims folded into one batch dim, and
    the batch dims restored on the result."""
    from tensorweave.ops import array_ops

    dims = inputs.shape.as_list()
    batch_dims, inner = dims[:-inner_rank], dims[-inner_rank:]
    shape = array_ops.shape(inputs)
    if None in inner:
        folded_shape = array_ops.concat([const(np.array([-1], np.int32)),
                                         shape[-inner_rank:]], 0)
    else:
        folded_shape = const(np.array([-1] + inner, np.int32))
    out = fn(array_ops.reshape(inputs, folded_shape))
    out_inner = out.shape.as_list()[1:]
    if None in batch_dims or None in out_inner:
        out_shape = array_ops.concat([shape[:-inner_rank], array_ops.shape(out)[1:]], 0)
    else:
        out_shape = const(np.array(batch_dims + out_inner, np.int32))
    result = array_ops.reshape(out, out_shape)
    result.set_shape(batch_dims + out_inner)
    return result


@tf_export("layers.Conv2D")
class Conv2D(_Conv):
    rank = 2


@tf_export("layers.Conv1D")
class Conv1D(_Conv):
    rank = 1


def _conv_fn(cls, inputs, filters, kernel_size, strides, padding, data_format, dilation_rate,
             activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
             bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint,
             trainable, name, reuse):
    layer = cls(filters, kernel_size, strides=strides, padding=padding, data_format=data_format,
                dilation_rate=dilation_rate, activation=activation, use_bias=use_bias,
                kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                bias_constraint=bias_constraint, trainable=trainable, name=name, _reuse=reuse,
                _scope=name)
    return layer(inputs)


@tf_export("layers.conv2d")
def conv2d(inputs, filters, kernel_size, strides=(1, 1), padding="valid",
           data_format="channels_last", dilation_rate=(1, 1), activation=None, use_bias=True,
           kernel_initializer=None, bias_initializer=None, kernel_regularizer=None,
           bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
           bias_constraint=None, trainable=True, name=None, reuse=None):
    return _conv_fn(Conv2D, inputs, filters, kernel_size, strides, padding, data_format,
                    dilation_rate, activation, use_bias, kernel_initializer, bias_initializer,
                    kernel_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                    bias_constraint, trainable, name, reuse)


@tf_export("layers.conv1d")
def conv1d(inputs, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
           dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
           bias_initializer=None, kernel_regularizer=None, bias_regularizer=None,
           activity_regularizer=None, kernel_constraint=None, bias_constraint=None,
           trainable=True, name=None, reuse=None):
    return _conv_fn(Conv1D, inputs, filters, kernel_size, strides, padding, data_format,
                    dilation_rate, activation, use_bias, kernel_initializer, bias_initializer,
                    kernel_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                    bias_constraint, trainable, name, reuse)


@tf_export("layers.Conv2DTranspose")
class Conv2DTranspose(_Conv):
    """Transposed 2-D convolution; the kernel is (kh, kw, filters, in_channels)."""

    def build(self, input_shape):
        super().build(input_shape)
        if self.dilation_rate != (1, 1):
            raise ValueError("Conv2DTranspose supports dilation_rate 1 only here")

    def add_weight(self, name, shape, **kwargs):
        if name == "kernel":  # (kh, kw, in, filters) -> (kh, kw, filters, in)
            shape = list(shape[:2]) + [shape[3], shape[2]]
        return super().add_weight(name, shape, **kwargs)

    def _conv(self, inputs):
        from tensorweave.ops import conv_ops

        first = self._channels_first
        h_ax, w_ax = (2, 3) if first else (1, 2)
        dims = inputs.shape.as_list()
        out_static = list(dims)
        dyn = op("Shape", [inputs], name="Shape")
        parts = []
        for axis in range(4):
            if axis in (h_ax, w_ax):
                k = self.kernel_size[axis - h_ax]
                s = self.strides[axis - h_ax]
                size = dims[axis]
                if size is None:
                    raise ValueError("Conv2DTranspose needs static spatial dimensions")
                out = size * s + (max(k - s, 0) if self.padding == "valid" else 0)
                out_static[axis] = out
                parts.append(out)
            elif axis == (1 if first else 3):
                out_static[axis] = self.filters
                parts.append(self.filters)
            else:
                parts.append(_dim(dyn, axis) if dims[axis] is None else dims[axis])
        if all(isinstance(p, int) for p in parts):
            output_shape = list(parts)
        else:
            output_shape = op("Pack", [[p if not isinstance(p, int) else _int_const(p)
                                        for p in parts]], {"axis": 0}, name="stack")
        strides = [1, 1] + list(self.strides) if first else [1] + list(self.strides) + [1]
        out = conv_ops.conv2d_transpose(inputs, self.kernel, output_shape, strides,
                                        padding=self.padding.upper(),
                                        data_format="NCHW" if first else "NHWC",
                                        name="conv2d_transpose")
        out.set_shape(out_static)
        return out


def _int_const(v):
    return const(np.array(v, np.int32))


def _dim(shape_t, axis):
    return op("StridedSlice", [shape_t, const(np.array([axis], np.int32)),
                               const(np.array([axis + 1], np.int32)),
                               const(np.array([1], np.int32))], {"shrink_axis_mask": 1},
              name="strided_slice")


@tf_export("layers.conv2d_transpose")
def conv2d_transpose(inputs, filters, kernel_size, strides=(1, 1), padding="valid",
                     data_format="channels_last", activation=None, use_bias=True,
                     kernel_initializer=None, bias_initializer=None, kernel_regularizer=None,
                     bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                     bias_constraint=None, trainable=True, name=None, reuse=None):
    return _conv_fn(Conv2DTranspose, inputs, filters, kernel_size, strides, padding, data_format,
                    (1, 1), activation, use_bias, kernel_initializer, bias_initializer,
                    kernel_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                    bias_constraint, trainable, name, reuse)


# ------------------------------------------------------------------ pooling


class _Pooling(Layer):
    rank = 2
    op_type = "MaxPool"

    def __init__(self, pool_size, strides, padding="valid", data_format="channels_last",
                 name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.pool_size = normalize_tuple(pool_size, self.rank, "pool_size")
        self.strides = normalize_tuple(strides if strides is not None else pool_size, self.rank,
                                       "strides")
        self.padding = normalize_padding(padding)
        self.data_format = normalize_data_format(data_format)
        self.input_spec = InputSpec(ndim=self.rank + 2)

    def call(self, inputs):
        inputs = to_tensor(inputs)
        first = self.data_format == "channels_first"
        if self.rank == 1:
            from tensorweave.ops import pooling_ops

            fn = pooling_ops.max_pool1d if self.op_type == "MaxPool" else pooling_ops.avg_pool1d
            return fn(inputs, list(self.pool_size), list(self.strides), self.padding.upper(),
                      data_format="NCW" if first else "NWC")
        if first:
            ksize = [1, 1] + list(self.pool_size)
            strides = [1, 1] + list(self.strides)
        else:
            ksize = [1] + list(self.pool_size) + [1]
            strides = [1] + list(self.strides) + [1]
        attrs = {"ksize": ksize, "strides": strides, "padding": self.padding.upper(),
                 "data_format": "NCHW" if first else "NHWC"}
        return op(self.op_type, [inputs], attrs)


@tf_export("layers.MaxPooling2D")
class MaxPooling2D(_Pooling):
    op_type = "MaxPool"


@tf_export("layers.AveragePooling2D")
class AveragePooling2D(_Pooling):
    op_type = "AvgPool"


@tf_export("layers.MaxPooling1D")
class MaxPooling1D(_Pooling):
    rank = 1
    op_type = "MaxPool"


@tf_export("layers.AveragePooling1D")
class AveragePooling1D(_Pooling):
    rank = 1
    op_type = "AvgPool"


@tf_export("layers.max_pooling2d")
def max_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last",
                  name=None):
    return MaxPooling2D(pool_size, strides, padding=padding, data_format=data_format,
                        name=name)(inputs)


@tf_export("layers.average_pooling2d")
def average_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last",
                      name=None):
    return AveragePooling2D(pool_size, strides, padding=padding, data_format=data_format,
                            name=name)(inputs)


@tf_export("layers.max_pooling1d")
def max_pooling1d(inputs, pool_size, strides, padding="valid", data_format="channels_last",
                  name=None):
    return MaxPooling1D(pool_size, strides, padding=padding, data_format=data_format,
                        name=name)(inputs)


@tf_export("layers.average_pooling1d")
def average_pooling1d(inputs, pool_size, strides, padding="valid", data_format="channels_last",
                      name=None):
    return AveragePooling1D(pool_size, strides, padding=padding, data_format=data_format,
                            name=name)(inputs)
