"""tf.layers.dense / dropout / flatten and their classes."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework.ops import Tensor
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.layers.base import (
    InputSpec,
    Layer,
    add_activity_loss,
    apply_activation,
    to_tensor,
)
from tensorweave.ops.nn_util import const, op


def _zeros():
    from tensorweave.ops import init_ops

    return init_ops.zeros_initializer()


@tf_export("layers.Dense")
class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=None, kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None,
                 trainable=True, name=None, **kwargs):
        super().__init__(trainable=trainable, name=name, **kwargs)
        self.units = int(units)
        if self.units < 0:
            raise ValueError("Received an invalid value for `units`, expected a positive "
                             "integer. Received: units=%s" % (units,))
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
        self.input_spec = InputSpec(min_ndim=2)

    def build(self, input_shape):
        input_shape = TensorShape(input_shape)
        if input_shape.ndims is None or input_shape.as_list()[-1] is None:
            raise ValueError("The last dimension of the inputs to `Dense` should be defined. "
                             "Found `None`.")
        last = input_shape.as_list()[-1]
        self.input_spec = InputSpec(min_ndim=2, axes={-1: last})
        self.kernel = self.add_weight("kernel", shape=[last, self.units],
                                      initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer,
                                      constraint=self.kernel_constraint)
        if self.use_bias:
            self.bias = self.add_weight("bias", shape=[self.units],
                                        initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer,
                                        constraint=self.bias_constraint)
        self.built = True

    def call(self, inputs):
        inputs = to_tensor(inputs, self._dtype)
        rank = inputs.shape.ndims
        if rank == 2:
            outputs = op("MatMul", [inputs, self.kernel], name="MatMul")
        else:
            outputs = _tensordot_last(inputs, self.kernel, self.units)
        if self.use_bias:
            outputs = op("BiasAdd", [outputs, self.bias], name="BiasAdd")
        outputs = apply_activation(self.activation, outputs)
        add_activity_loss(self, self.activity_regularizer, outputs)
        return outputs


def _tensordot_last(inputs, kernel, units):
    """inputs[..., k] . kernel[k, units] for inputs of rank other than 2."""
    with name_scope("Tensordot"):
        dims = inputs.shape.as_list() if inputs.shape.ndims is not None else None
        k = kernel.shape.as_list()[0]
        flat = op("Reshape", [inputs, const(np.array([-1, k], np.int32), name="shape")],
                  name="Reshape")
        prod = op("MatMul", [flat, kernel], name="MatMul")
        if dims is not None and all(d is not None for d in dims[:-1]):
            out_shape = const(np.array(dims[:-1] + [units], np.int32), name="shape")
        else:
            # Every dim but the last: StridedSlice [0:-1] (a Slice size of -1 would mean "to the end").
            lead = op("StridedSlice", [op("Shape", [inputs]), const(np.array([0], np.int32)),
                                       const(np.array([-1], np.int32)), const(np.array([1], np.int32))])
            out_shape = op("ConcatV2", [[lead, const(np.array([units], np.int32))],
                                        const(np.array(0, np.int32), name="axis")])
        out = op("Reshape", [prod, out_shape], name="Tensordot")
    if dims is not None:
        out.set_shape(TensorShape(dims[:-1] + [units]))
    return out


@tf_export("layers.dense")
def dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None,
          bias_initializer=None, kernel_regularizer=None, bias_regularizer=None,
          activity_regularizer=None, kernel_constraint=None, bias_constraint=None,
          trainable=True, name=None, reuse=None):
    layer = Dense(units, activation=activation, use_bias=use_bias,
                  kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                  kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                  activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                  bias_constraint=bias_constraint, trainable=trainable, name=name,
                  _reuse=reuse, _scope=name)
    return layer(inputs)


@tf_export("layers.Dropout")
class Dropout(Layer):
    def __init__(self, rate=0.5, noise_shape=None, seed=None, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed

    def call(self, inputs, training=False):
        from tensorweave.ops.nn_impl import dropout_v2

        inputs = to_tensor(inputs)
        if isinstance(training, Tensor):
            from tensorweave.ops.control_flow_ops import cond

            # As TF's smart_cond: a tf.cond ("dropout/cond/Identity"), so the random mask is
            # only drawn when training is true.
            return cond(training,
                        lambda: dropout_v2(inputs, self.rate, noise_shape=self.noise_shape,
                                           seed=self.seed),
                        lambda: op("Identity", [inputs], name="Identity"))
        if training:
            return dropout_v2(inputs, self.rate, noise_shape=self.noise_shape, seed=self.seed)
        return op("Identity", [inputs], name="Identity")


@tf_export("layers.dropout")
def dropout(inputs, rate=0.5, noise_shape=None, seed=None, training=False, name=None):
    return Dropout(rate, noise_shape=noise_shape, seed=seed, name=name)(inputs, training=training)


@tf_export("layers.Flatten")
class Flatten(Layer):
    def __init__(self, data_format=None, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.data_format = data_format or "channels_last"
        self.input_spec = InputSpec(min_ndim=1)

    def call(self, inputs):
        inputs = to_tensor(inputs)
        rank = inputs.shape.ndims
        if self.data_format == "channels_first" and rank is not None and rank > 2:
            perm = [0] + list(range(2, rank)) + [1]
            inputs = op("Transpose", [inputs, const(np.array(perm, np.int32), name="perm")],
                        name="transpose")
        dims = inputs.shape.as_list() if rank is not None else None
        if dims is not None and all(d is not None for d in dims[1:]):
            flat = int(np.prod(dims[1:], dtype=np.int64))
            shape = const(np.array([-1, flat], np.int32), name="Const")
            out = op("Reshape", [inputs, shape], name="Reshape")
            out.set_shape(TensorShape([dims[0], flat]))
            return out
        batch = op("StridedSlice", [op("Shape", [inputs]), const(np.array([0], np.int32)),
                                    const(np.array([1], np.int32)),
                                    const(np.array([1], np.int32))],
                   {"shrink_axis_mask": 1})
        shape = op("Pack", [[batch, const(np.array(-1, np.int32))]], {"axis": 0})
        return op("Reshape", [inputs, shape], name="Reshape")


@tf_export("layers.flatten")
def flatten(inputs, name=None, data_format="channels_last"):
    return Flatten(data_format=data_format, name=name)(inputs)
