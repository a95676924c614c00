"""tf.keras.layers: Keras 3 core layers that run in TF1 graph mode."""

from tensorweave.keras import activations, backend, initializers
from tensorweave.keras.engine import Input, InputLayer, InputSpec, Layer, Variable  # noqa: F401


def _tf():
    from tensorweave.compat import v1 as tf

    return tf


def _tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    value = tuple(value)
    if len(value) != n:
        raise ValueError("The `%s` argument must be a tuple of %d integers. Received %s: %s"
                         % (name, n, name, value))
    return value


def _add_bias(x, bias):
    """Keras's `ops.add(x, bias)`: a BiasAdd when the bias is a vector along the channels."""
    tf = _tf()
    units = bias.shape.as_list()[0]
    dims = x.shape.as_list() if x.shape.rank is not None else None
    if units > 1 and dims is not None and len(dims) > 1 and units in (dims[1], dims[-1]):
        fmt = "NHWC" if dims[-1] == units else "NCHW"
        return tf.nn.bias_add(x, bias.value, data_format=fmt)
    return tf.add(x, bias)


class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        if not isinstance(units, int) or units <= 0:
            raise ValueError("Received an invalid value for `units`, expected a positive "
                             "integer. Received: units=%s" % (units,))
        self.units = units
        self.activation = activations.get(activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.input_spec = InputSpec(min_ndim=2)
        self.kernel = self.bias = None

    def build(self, input_shape):
        if input_shape is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        input_dim = input_shape[-1]
        self.kernel = self.add_weight(shape=(input_dim, self.units), name="kernel",
                                      initializer=self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight(shape=(self.units,), name="bias",
                                        initializer=self.bias_initializer)
        self.input_spec = InputSpec(min_ndim=2, axes={-1: input_dim})
        self.built = True

    def compute_output_shape(self, input_shape):
        return tuple(input_shape[:-1]) + (self.units,)

    def call(self, inputs, training=None):
        tf = _tf()
        if not inputs.dtype.is_floating:
            inputs = tf.cast(inputs, self.compute_dtype)
        kernel = tf.cast(self.kernel.value, self.compute_dtype)
        if inputs.shape.rank == 2:
            x = tf.matmul(inputs, kernel)
        else:
            x = tf.tensordot(inputs, kernel, [[inputs.shape.rank - 1], [0]])
        if self.use_bias:
            x = _add_bias(x, self.bias)
        if self.activation is not activations.linear:
            x = self.activation(x)
        return x


class Activation(Layer):
    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = activations.get(activation)

    def call(self, inputs):
        return self.activation(inputs)


class Flatten(Layer):
    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.data_format = data_format or backend.image_data_format()
        self.input_spec = InputSpec(min_ndim=1)

    def compute_output_shape(self, input_shape):
        if input_shape is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        rest = input_shape[1:]
        n = 1
        for d in rest:
            if d is None:
                return (input_shape[0], None)
            n *= d
        return (input_shape[0], n)

    def call(self, inputs):
        tf = _tf()
        shape = inputs.shape.as_list()
        if self.data_format == "channels_first" and len(shape) > 2:
            inputs = tf.transpose(inputs, [0] + list(range(2, len(shape))) + [1])
        out_shape = self.compute_output_shape(tuple(shape))
        if out_shape[1] is not None and shape[0] is not None:
            return tf.reshape(inputs, [shape[0], out_shape[1]])
        batch = tf.shape(inputs)[0] if shape[0] is None else shape[0]
        rest = out_shape[1] if out_shape[1] is not None else -1
        return tf.reshape(inputs, tf.stack([batch, rest]) if shape[0] is None else [batch, rest])


class Dropout(Layer):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
            raise ValueError("Invalid value received for argument `rate`. Expected a float value "
                             "between 0 and 1. Received: rate=%s" % (rate,))
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed
        self._seed_state = None
        if rate > 0:
            # Keras makes the dropout's seed-generator state variable when the layer is made.
            seed_value = seed if seed is not None else initializers.make_default_seed()
            tf = _tf()
            with backend.name_scope("seed_generator", caller=None):
                self._seed_state = Variable(
                    lambda shape, dtype=None: tf.constant([seed_value, 0], dtype=tf.int64),
                    (2,), "int64", trainable=False, name="seed_generator_state")
        self.built = True

    def _next_seed(self):
        tf = _tf()
        state = self._seed_state.value
        seed = tf.cast(tf.math.floormod(state.read_value() if hasattr(state, "read_value")
                                        else tf.convert_to_tensor(state), 2147483647 - 1),
                       tf.int32)
        state.assign_add(tf.constant([0, 1], dtype=tf.int64))
        return seed

    def call(self, inputs, training=None):
        tf = _tf()
        if not training or self.rate == 0:
            return inputs
        seed = self._next_seed()
        with tf.name_scope("stateless_dropout"):
            keep = 1.0 - self.rate
            shape = self.noise_shape if self.noise_shape is not None else tf.shape(inputs)
            rand = tf.random.stateless_uniform(shape, seed=seed, dtype=inputs.dtype)
            mask = rand >= self.rate
            scaled = inputs * tf.cast(1.0 / keep, inputs.dtype)
            return tf.where_v2(mask, scaled, tf.zeros([], inputs.dtype))


class Conv2D(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
                 dilation_rate=(1, 1), activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform", bias_initializer="zeros", name=None,
                 **kwargs):
        super().__init__(name=name, **kwargs)
        if not isinstance(filters, int) or filters <= 0:
            raise ValueError("Invalid value for argument `filters`. Expected a strictly positive "
                             "value. Received filters=%s." % (filters,))
        self.filters = filters
        self.kernel_size = _tuple(kernel_size, 2, "kernel_size")
        self.strides = _tuple(strides, 2, "strides")
        self.dilation_rate = _tuple(dilation_rate, 2, "dilation_rate")
        padding = padding.lower()
        if padding not in ("valid", "same"):
            raise ValueError("The `padding` argument must be one of 'valid', 'same'. "
                             "Received: padding=%s" % (padding,))
        self.padding = padding
        self.data_format = data_format or backend.image_data_format()
        self.activation = activations.get(activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.input_spec = InputSpec(min_ndim=4)
        self.kernel = self.bias = None

    def build(self, input_shape):
        channels = input_shape[-1] if self.data_format == "channels_last" else input_shape[1]
        if channels is None:
            raise ValueError("The channel dimension of the inputs should be defined. The input "
                             "shape received is: %s" % (input_shape,))
        self.kernel = self.add_weight(shape=self.kernel_size + (channels, self.filters),
                                      name="kernel", initializer=self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight(shape=(self.filters,), name="bias",
                                        initializer=self.bias_initializer)
        axis = -1 if self.data_format == "channels_last" else 1
        self.input_spec = InputSpec(min_ndim=4, axes={axis: channels})

    def compute_output_shape(self, input_shape):
        spatial = input_shape[1:3] if self.data_format == "channels_last" else input_shape[2:4]
        out = []
        for size, k, s, d in zip(spatial, self.kernel_size, self.strides, self.dilation_rate):
            if size is None:
                out.append(None)
            elif self.padding == "same":
                out.append((size + s - 1) // s)
            else:
                out.append((size - (k - 1) * d - 1) // s + 1)
        if self.data_format == "channels_last":
            return (input_shape[0],) + tuple(out) + (self.filters,)
        return (input_shape[0], self.filters) + tuple(out)

    def call(self, inputs):
        tf = _tf()
        fmt = "NHWC" if self.data_format == "channels_last" else "NCHW"
        x = tf.nn.convolution(inputs, tf.cast(self.kernel.value, self.compute_dtype),
                              padding=self.padding.upper(), strides=list(self.strides),
                              dilations=list(self.dilation_rate), data_format=fmt)
        if self.use_bias:
            x = _add_bias(x, self.bias)
        if self.activation is not activations.linear:
            x = self.activation(x)
        return x


class _Pooling2D(Layer):
    _fn = None

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None,
                 name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.pool_size = _tuple(pool_size, 2, "pool_size")
        self.strides = _tuple(strides, 2, "strides") if strides is not None else self.pool_size
        self.padding = padding.lower()
        if self.padding not in ("valid", "same"):
            raise ValueError("The `padding` argument must be one of 'valid', 'same'. "
                             "Received: padding=%s" % (padding,))
        self.data_format = data_format or backend.image_data_format()
        self.input_spec = InputSpec(ndim=4)
        self.built = True

    def compute_output_shape(self, input_shape):
        out = []
        for size, k, s in zip(input_shape[1:3], self.pool_size, self.strides):
            if size is None:
                out.append(None)
            elif self.padding == "same":
                out.append((size + s - 1) // s)
            else:
                out.append((size - k) // s + 1)
        return (input_shape[0],) + tuple(out) + (input_shape[3],)

    def call(self, inputs):
        tf = _tf()
        fn = getattr(tf.nn, self._fn)
        return fn(inputs, list(self.pool_size), list(self.strides), self.padding.upper())


class MaxPooling2D(_Pooling2D):
    _fn = "max_pool2d"


class AveragePooling2D(_Pooling2D):
    _fn = "avg_pool2d"


MaxPool2D = MaxPooling2D
AvgPool2D = AveragePooling2D


class Embedding(Layer):
    def __init__(self, input_dim, output_dim, embeddings_initializer="uniform", name=None,
                 **kwargs):
        super().__init__(name=name, **kwargs)
        if not isinstance(input_dim, int) or input_dim <= 0:
            raise ValueError("Received an invalid value for `input_dim`, expected a positive "
                             "integer. Received: input_dim=%s" % (input_dim,))
        if not isinstance(output_dim, int) or output_dim <= 0:
            raise ValueError("Received an invalid value for `output_dim`, expected a positive "
                             "integer. Received: output_dim=%s" % (output_dim,))
        self.input_dim, self.output_dim = input_dim, output_dim
        self.embeddings_initializer = initializers.get(embeddings_initializer)
        self.embeddings = None

    def build(self, input_shape=None):
        self.embeddings = self.add_weight(shape=(self.input_dim, self.output_dim),
                                          initializer=self.embeddings_initializer,
                                          name="embeddings")

    def compute_output_shape(self, input_shape):
        return tuple(input_shape) + (self.output_dim,)

    def compute_output_dtype(self, input_dtype):
        return self.compute_dtype

    def _convert_input(self, x):
        return _tf().convert_to_tensor(x)

    def call(self, inputs):
        tf = _tf()
        if inputs.dtype not in (tf.int32, tf.int64):
            inputs = tf.cast(inputs, tf.int32)
        return tf.gather(tf.convert_to_tensor(self.embeddings), inputs, axis=0)


class BatchNormalization(Layer):
    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 beta_initializer="zeros", gamma_initializer="ones",
                 moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.axis = int(axis)
        self.momentum, self.epsilon = float(momentum), float(epsilon)
        self.center, self.scale = center, scale
        self.beta_initializer = initializers.get(beta_initializer)
        self.gamma_initializer = initializers.get(gamma_initializer)
        self.moving_mean_initializer = initializers.get(moving_mean_initializer)
        self.moving_variance_initializer = initializers.get(moving_variance_initializer)
        self.gamma = self.beta = None

    def build(self, input_shape):
        if input_shape is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        shape = (input_shape[self.axis],)
        if self.scale:
            self.gamma = self.add_weight(shape=shape, name="gamma",
                                         initializer=self.gamma_initializer)
        if self.center:
            self.beta = self.add_weight(shape=shape, name="beta",
                                        initializer=self.beta_initializer)
        self.moving_mean = self.add_weight(shape=shape, name="moving_mean", trainable=False,
                                           initializer=self.moving_mean_initializer)
        self.moving_variance = self.add_weight(shape=shape, name="moving_variance",
                                               trainable=False,
                                               initializer=self.moving_variance_initializer)
        ndim = len(input_shape)
        self.input_spec = InputSpec(ndim=ndim, axes={self.axis: shape[0]})

    def call(self, inputs, training=None):
        tf = _tf()
        ndim = inputs.shape.rank
        axis = self.axis % ndim
        reduction = [i for i in range(ndim) if i != axis]
        shape = [1] * ndim
        shape[axis] = inputs.shape.as_list()[axis]

        def bcast(t):
            return t if axis == ndim - 1 else tf.reshape(t, shape)

        gamma = tf.cast(self.gamma.value, inputs.dtype) if self.scale else None
        beta = tf.cast(self.beta.value, inputs.dtype) if self.center else None
        moving_mean = tf.cast(self.moving_mean.value, inputs.dtype)
        moving_var = tf.cast(self.moving_variance.value, inputs.dtype)
        if training:
            mean, variance = tf.nn.moments(inputs, reduction)
            # NOTE: as in Keras 3 with eager disabled, these assignments are created but nothing
            # depends on them: running the output does not update the moving statistics.
            self.moving_mean.value.assign(moving_mean * self.momentum
                                          + mean * (1.0 - self.momentum))
            self.moving_variance.value.assign(moving_var * self.momentum
                                              + variance * (1.0 - self.momentum))
        else:
            mean, variance = moving_mean, moving_var
        return tf.nn.batch_normalization(
            inputs, bcast(mean), bcast(variance), None if beta is None else bcast(beta),
            None if gamma is None else bcast(gamma), self.epsilon)
