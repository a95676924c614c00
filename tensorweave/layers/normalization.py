"""tf.layers.batch_normalization / BatchNormalization (TF1 layer).

4-D inputs normalised over the channel axis (last, or 1 with NCHW) use FusedBatchNormV3;
other inputs use moments + batch_normalization. In training the moving statistics are
updated by `assign_sub(var, (var - batch_stat) * (1 - momentum))` ops collected in
UPDATE_OPS (run them with `tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS))`).
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework.ops import Tensor
from tensorweave.framework.scopes import name_scope
from tensorweave.layers.base import InputSpec, Layer, to_tensor
from tensorweave.ops.nn_util import const, float_attr, op


def _init(kind):
    from tensorweave.ops import init_ops

    return init_ops.ones_initializer() if kind == "ones" else init_ops.zeros_initializer()


@tf_export("layers.BatchNormalization")
class BatchNormalization(Layer):
    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 beta_initializer=None, gamma_initializer=None, moving_mean_initializer=None,
                 moving_variance_initializer=None, beta_regularizer=None, gamma_regularizer=None,
                 beta_constraint=None, gamma_constraint=None, renorm=False, renorm_clipping=None,
                 renorm_momentum=0.99, fused=None, trainable=True, virtual_batch_size=None,
                 adjustment=None, name=None, **kwargs):
        super().__init__(trainable=trainable, name=name, **kwargs)
        if renorm or virtual_batch_size is not None or adjustment is not None:
            raise NotImplementedError("batch renormalization, virtual batches and adjustment "
                                      "are not supported")
        self.axis = axis
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.beta_initializer = beta_initializer or _init("zeros")
        self.gamma_initializer = gamma_initializer or _init("ones")
        self.moving_mean_initializer = moving_mean_initializer or _init("zeros")
        self.moving_variance_initializer = moving_variance_initializer or _init("ones")
        self.beta_regularizer = beta_regularizer
        self.gamma_regularizer = gamma_regularizer
        self.beta_constraint = beta_constraint
        self.gamma_constraint = gamma_constraint
        self.fused = fused
        self.gamma = self.beta = self.moving_mean = self.moving_variance = None

    def build(self, input_shape):
        ndims = input_shape.ndims
        if ndims is None:
            raise ValueError("Input has undefined rank.")
        axes = self.axis if isinstance(self.axis, (list, tuple)) else [self.axis]
        axes = [a + ndims if a < 0 else a for a in axes]
        for a in axes:
            if not 0 <= a < ndims:
                raise ValueError("Invalid axis: %d" % a)
        self._axes = sorted(axes)
        self.axis = list(axes)  # as TF shows it once built: a list of non-negative axes
        # NOTE: as TF1's layer, fused=True where the fused kernel cannot serve (not 4-D, or not
        # normalised over axis 1 or 3) quietly falls back to the composite form.
        # Half-precision inputs keep float32 parameters; others use the input's dtype.
        pdtype = self._dtype or dtypes.float32
        if pdtype in (dtypes.float16, dtypes.bfloat16):
            pdtype = dtypes.float32
        self.fused = (self.fused is not False and ndims == 4 and self._axes in ([1], [3])
                      and pdtype == dtypes.float32)
        dims = input_shape.as_list()
        param_shape = [dims[a] for a in self._axes]
        if any(d is None for d in param_shape):
            raise ValueError("Axis %s of input tensor should have a defined dimension but the "
                             "layer received an input with shape %s." % (self._axes, input_shape))
        self.input_spec = InputSpec(ndim=ndims, axes={a: dims[a] for a in self._axes})
        if len(self._axes) > 1:  # keep broadcastable shape for the unfused path
            param_shape = [dims[i] if i in self._axes else 1 for i in range(ndims)]
        if self.scale:
            self.gamma = self.add_weight("gamma", param_shape, dtype=pdtype,
                                         initializer=self.gamma_initializer,
                                         regularizer=self.gamma_regularizer,
                                         constraint=self.gamma_constraint)
        if self.center:
            self.beta = self.add_weight("beta", param_shape, dtype=pdtype,
                                        initializer=self.beta_initializer,
                                        regularizer=self.beta_regularizer,
                                        constraint=self.beta_constraint)
        self.moving_mean = self.add_weight("moving_mean", param_shape, dtype=pdtype,
                                           initializer=self.moving_mean_initializer,
                                           trainable=False)
        self.moving_variance = self.add_weight("moving_variance", param_shape, dtype=pdtype,
                                               initializer=self.moving_variance_initializer,
                                               trainable=False)
        self.built = True

    # ---------------------------------------------------------------- call
    def call(self, inputs, training=False):
        inputs = to_tensor(inputs)
        if self.fused:
            return self._fused(inputs, training)
        in_dtype = inputs.dtype.base_dtype
        if in_dtype in (dtypes.float16, dtypes.bfloat16):
            # As TF: 16-bit inputs are normalised in float32 (the parameters' dtype), the result
            # cast back.
            inputs = op("Cast", [inputs], {"DstT": dtypes.float32}, name="Cast")
            return op("Cast", [self._unfused(inputs, training)], {"DstT": in_dtype}, name="Cast_1")
        return self._unfused(inputs, training)

    def _param_or(self, var, fill, like):
        if var is not None:
            return var
        return const(np.full(like.shape.as_list(), fill, np.float32))

    def _fused(self, inputs, training):
        fmt = "NCHW" if self._axes == [1] else "NHWC"
        gamma = self._param_or(self.gamma, 1.0, self.moving_mean)
        beta = self._param_or(self.beta, 0.0, self.moving_mean)
        eps = float_attr(max(self.epsilon, 1.001e-5))

        def fbn(is_training):
            return op("FusedBatchNormV3", [inputs, gamma, beta, self.moving_mean,
                                           self.moving_variance],
                      {"epsilon": eps, "exponential_avg_factor": 1.0, "data_format": fmt,
                       "is_training": is_training})

        if isinstance(training, Tensor):
            train_outs, infer_outs = fbn(True), fbn(False)
            out = op("SelectV2", [training, train_outs[0], infer_outs[0]])
            mean, variance = train_outs[1], train_outs[2]
        elif training:
            outs = fbn(True)
            out, mean, variance = outs[0], outs[1], outs[2]
        else:
            return fbn(False)[0]
        out.set_shape(inputs.shape)
        self._add_moving_updates(mean, variance, training)
        return out

    def _unfused(self, inputs, training):
        from tensorweave.ops.nn_impl import batch_normalization, moments

        ndims = inputs.shape.ndims
        reduction = [i for i in range(ndims) if i not in self._axes]
        # Unless the axes are exactly the trailing one, parameters and statistics take a
        # broadcastable shape (1 on the reduced axes), as in TF.
        keep = reduction != list(range(ndims - 1))
        dims = inputs.shape.as_list()
        bshape = np.array([dims[i] if i in self._axes else 1 for i in range(ndims)], np.int32)

        def bcast(v):
            if v is None or not keep or v.shape.ndims == ndims:
                return v
            return op("Reshape", [v, const(bshape)])

        def normalize(mean, variance):
            return batch_normalization(inputs, mean, variance, bcast(self.beta), bcast(self.gamma),
                                       self.epsilon)

        if training is False or training is None:
            return normalize(bcast(self.moving_mean), bcast(self.moving_variance))
        mean, variance = moments(inputs, reduction, keep_dims=keep)
        if isinstance(training, Tensor):
            mean = op("SelectV2", [training, mean, bcast(self.moving_mean)])
            variance = op("SelectV2", [training, variance, bcast(self.moving_variance)])
        out = normalize(mean, variance)
        if keep and self.moving_mean.shape.ndims != ndims:
            shape = const(np.array(self.moving_mean.shape.as_list(), np.int32))
            mean, variance = op("Reshape", [mean, shape]), op("Reshape", [variance, shape])
        self._add_moving_updates(mean, variance, training)
        return out

    def _add_moving_updates(self, mean, variance, training):
        from tensorweave.ops import state_ops

        np_dtype = self.moving_mean.dtype.base_dtype.as_numpy_dtype
        momentum = const(np_dtype(self.momentum), name="Const")
        if isinstance(training, Tensor):
            momentum = op("SelectV2", [training, momentum, const(np_dtype(1.0))])
        for var, value in ((self.moving_mean, mean), (self.moving_variance, variance)):
            with name_scope(None, "AssignMovingAvg") as scope:
                decay = op("Sub", [const(np_dtype(1.0), name="sub/x"), momentum], name="sub")
                delta = op("Mul", [op("Sub", [var, value], name="sub_1"), decay], name="mul")
                self.add_update(state_ops.assign_sub(var, delta, name=scope))


@tf_export("layers.batch_normalization")
def batch_normalization(inputs, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                        beta_initializer=None, gamma_initializer=None,
                        moving_mean_initializer=None, moving_variance_initializer=None,
                        beta_regularizer=None, gamma_regularizer=None, beta_constraint=None,
                        gamma_constraint=None, training=False, trainable=True, name=None,
                        reuse=None, renorm=False, renorm_clipping=None, renorm_momentum=0.99,
                        fused=None, virtual_batch_size=None, adjustment=None):
    layer = BatchNormalization(
        axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
        beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
        moving_mean_initializer=moving_mean_initializer,
        moving_variance_initializer=moving_variance_initializer,
        beta_regularizer=beta_regularizer, gamma_regularizer=gamma_regularizer,
        beta_constraint=beta_constraint, gamma_constraint=gamma_constraint, renorm=renorm,
        renorm_clipping=renorm_clipping, renorm_momentum=renorm_momentum, fused=fused,
        trainable=trainable, virtual_batch_size=virtual_batch_size, adjustment=adjustment,
        name=name, _reuse=reuse, _scope=name)
    return layer(inputs, training=training)
