"""Keras 3's Layer / Variable / KerasTensor / Sequential / functional Model, in TF1 graph mode.

Calling a layer on a graph tensor builds its variables (once, in a name scope named for the
layer) and then its ops (in a second, uniquified scope: `dense/kernel`, `dense_1/MatMul`), as
Keras 3 does with eager execution disabled.  A layer called on a `KerasTensor` (from
`tf.keras.Input`) only records the call, so a functional `Model` can replay it on real tensors.
"""

import re

from tensorweave.framework import nest
from tensorweave.keras import backend


def _tf():
    from tensorweave.compat import v1 as tf

    return tf


def _snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


class Variable:
    """A Keras variable: wraps a resource `tf.Variable` (its `.value`).  Ops accept it through
    tensor conversion; `Session.run` does not (fetch `.value`), as in TF 2.21."""

    def __init__(self, initializer, shape, dtype, trainable=True, name=None):
        tf = _tf()
        self.name = name
        parent = backend.current_path()
        self.path = parent + "/" + name if parent else name
        shape = tuple(shape)
        if any(d is None for d in shape):
            raise ValueError("Shapes used to initialize variables must be fully-defined (no "
                             "`None` dimensions). Received: shape=%s for variable path='%s'"
                             % (shape, self.path))
        self.trainable = trainable
        self._dtype = backend.standardize_dtype(dtype)
        self.value = tf.Variable(lambda: initializer(shape, dtype=self._dtype), name=name,
                                 trainable=trainable, dtype=self._dtype)

    @property
    def dtype(self):
        return self._dtype

    @property
    def shape(self):
        return self.value.shape

    @property
    def ndim(self):
        return len(self.value.shape)

    def numpy(self):
        raise NotImplementedError("numpy() is only available when eager execution is enabled.")

    def assign(self, value):
        return self.value.assign(value)

    def __repr__(self):
        return "<Variable path=%s, shape=%s, dtype=%s>" % (
            self.path, tuple(self.value.shape.as_list()), self._dtype)

    def _as_tensor(self, dtype=None):
        tf = _tf()
        if dtype is None or tf.as_dtype(dtype).name == self._dtype:
            return tf.convert_to_tensor(self.value)
        return tf.cast(self.value, dtype)

    def __array__(self, dtype=None):
        raise NotImplementedError("numpy() is only available when eager execution is enabled.")


def _variable_to_tensor(value, dtype=None, name=None, as_ref=False):
    return value._as_tensor(dtype)


def _overload(op):
    def method(self, other):
        return op(_tf().convert_to_tensor(self), other)

    def rmethod(self, other):
        return op(other, _tf().convert_to_tensor(self))

    return method, rmethod


for _name, _fn in (("add", lambda a, b: _tf().add(a, b)),
                   ("sub", lambda a, b: _tf().subtract(a, b)),
                   ("mul", lambda a, b: _tf().multiply(a, b)),
                   ("truediv", lambda a, b: _tf().divide(a, b)),
                   ("matmul", lambda a, b: _tf().matmul(a, b)),
                   ("pow", lambda a, b: _tf().pow(a, b))):
    _m, _r = _overload(_fn)
    setattr(Variable, "__%s__" % _name, _m)
    setattr(Variable, "__r%s__" % _name, _r)
Variable.__neg__ = lambda self: -_tf().convert_to_tensor(self)


def _register_conversion():
    from tensorweave.framework import ops

    ops.register_tensor_conversion_function(Variable, _variable_to_tensor)


_register_conversion()


class InputSpec:
    def __init__(self, dtype=None, shape=None, ndim=None, max_ndim=None, min_ndim=None,
                 axes=None):
        self.dtype, self.shape = dtype, shape
        self.ndim = len(shape) if shape is not None else ndim
        self.max_ndim, self.min_ndim = max_ndim, min_ndim
        self.axes = axes or {}

    def __repr__(self):
        parts = []
        for key in ("dtype", "shape", "ndim", "max_ndim", "min_ndim"):
            if getattr(self, key) is not None:
                parts.append("%s=%s" % (key, getattr(self, key)))
        if self.axes:
            parts.append("axes=%s" % (self.axes,))
        return "InputSpec(%s)" % ", ".join(parts)


class KerasTensor:
    """The symbolic output of `tf.keras.Input` and of layers called on it (no graph ops)."""

    def __init__(self, shape, dtype="float32", name=None, history=None):
        self.shape = tuple(shape)
        self.dtype = backend.standardize_dtype(dtype)
        self.name = name or backend.unique_object_name("keras_tensor")
        self._history = history  # (layer, args, kwargs) or None for an input

    @property
    def ndim(self):
        return len(self.shape)

    def __repr__(self):
        return "<KerasTensor shape=%s, dtype=%s, sparse=False, ragged=False, name=%s>" % (
            self.shape, self.dtype, self.name)


def _shape_of(x):
    if isinstance(x, KerasTensor):
        return x.shape
    shape = x.shape
    if shape.rank is None:
        return None
    return tuple(shape.as_list())


class Layer:
    def __init__(self, name=None, trainable=True, dtype=None, **kwargs):
        object.__setattr__(self, "_layers", [])
        self.name = name or backend.unique_object_name(_snake(type(self).__name__))
        self._trainable = trainable
        self.built = False
        self._weights = []
        self.input_spec = None
        self.dtype_policy_name = backend.standardize_dtype(dtype)
        self.supports_masking = False

    def __setattr__(self, name, value):
        if isinstance(value, Layer) and name != "_outer" and value is not self:
            layers = self.__dict__.setdefault("_layers", [])
            if not any(value is lay for lay in layers):
                layers.append(value)
        object.__setattr__(self, name, value)

    # ------------------------------------------------------------ weights
    @property
    def dtype(self):
        return self.dtype_policy_name

    @property
    def compute_dtype(self):
        return self.dtype_policy_name

    @property
    def variable_dtype(self):
        return self.dtype_policy_name

    @property
    def trainable(self):
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        for layer in self._layers:
            layer.trainable = value

    def add_weight(self, shape=None, initializer=None, dtype=None, trainable=True, name=None):
        from tensorweave.keras import initializers

        dtype = backend.standardize_dtype(dtype or self.variable_dtype)
        if initializer is None:
            initializer = "glorot_uniform" if "float" in dtype else "zeros"
        initializer = initializers.get(initializer)
        with backend.name_scope(self.name, caller=self):
            variable = Variable(initializer, shape if shape is not None else (), dtype,
                                trainable=trainable, name=name)
        self._weights.append(variable)
        return variable

    def _all_weights(self):
        out = list(self._weights)
        for layer in self._layers:
            for w in layer._all_weights():
                if not any(w is o for o in out):
                    out.append(w)
        return out

    @property
    def weights(self):
        return self._all_weights()

    variables = weights

    @property
    def trainable_weights(self):
        if not self.trainable:
            return []
        own = [w for w in self._weights if w.trainable]
        for layer in self._layers:
            own += [w for w in layer.trainable_weights if not any(w is o for o in own)]
        return own

    trainable_variables = trainable_weights

    @property
    def non_trainable_weights(self):
        if not self.trainable:
            return self.weights
        trainable = self.trainable_weights
        return [w for w in self.weights if not any(w is t for t in trainable)]

    non_trainable_variables = non_trainable_weights

    def get_weights(self):
        return [w.numpy() for w in self.weights]

    def count_params(self):
        if not self.built:
            raise ValueError("You tried to call `count_params` on layer '%s', but the layer isn't "
                             "built. You can build it manually via: `layer.build(input_shape)`."
                             % self.name)
        total = 0
        for w in self.weights:
            n = 1
            for d in w.shape.as_list():
                n *= d
            total += n
        return total

    # ------------------------------------------------------------ calling
    def build(self, input_shape):
        self.built = True

    def compute_output_shape(self, input_shape):
        return input_shape

    def compute_output_dtype(self, input_dtype):
        return self.compute_dtype

    def call(self, inputs, **kwargs):
        return inputs

    def _check_input(self, inputs):
        spec = self.input_spec
        if spec is None:
            return
        shape = _shape_of(inputs)
        if shape is None:
            return
        ndim = len(shape)
        prefix = "Input 0 with name 'None' of layer '%s' is incompatible with the layer: " % (
            self.name)
        if spec.ndim is not None and ndim != spec.ndim:
            raise ValueError(prefix + "expected ndim=%d, found ndim=%d. Full shape received: %s"
                             % (spec.ndim, ndim, shape))
        if spec.min_ndim is not None and ndim < spec.min_ndim:
            raise ValueError(prefix + "expected min_ndim=%d, found ndim=%d. Full shape received: "
                             "%s" % (spec.min_ndim, ndim, shape))
        for axis, value in spec.axes.items():
            got = shape[axis] if -ndim <= axis < ndim else None
            if value is not None and got is not None and got != value:
                raise ValueError(prefix + "expected axis %d of input shape to have value %d, but "
                                 "received input with shape %s" % (axis, value, shape))

    def __call__(self, inputs, *args, **kwargs):
        first = inputs[0] if isinstance(inputs, (list, tuple)) and inputs else inputs
        symbolic = any(isinstance(x, KerasTensor) for x in nest.flatten(inputs))
        if not symbolic:
            inputs = nest.map_structure(self._convert_input, inputs)
            first = inputs[0] if isinstance(inputs, (list, tuple)) and inputs else inputs
        self._check_input(first)
        with backend.name_scope(self.name, caller=self):
            if not self.built:
                self.build(nest.map_structure(_shape_of, inputs) if isinstance(inputs, (list, tuple))
                           else _shape_of(inputs))
                self.built = True
        with backend.name_scope(self.name, caller=self):
            if symbolic:
                shape = self.compute_output_shape(nest.map_structure(_shape_of, inputs)
                                                  if isinstance(inputs, (list, tuple))
                                                  else _shape_of(inputs))
                return KerasTensor(shape, self.compute_output_dtype(first.dtype),
                                   history=(self, inputs, args, kwargs))
            return self.call(inputs, *args, **kwargs)

    def _convert_input(self, x):
        tf = _tf()
        if x is None:
            return x
        x = tf.convert_to_tensor(x)
        if x.dtype.is_floating and x.dtype.name != self.compute_dtype:
            x = tf.cast(x, self.compute_dtype)
        return x


class InputLayer(Layer):
    def __init__(self, shape=None, batch_size=None, dtype=None, batch_shape=None, name=None,
                 **kwargs):
        super().__init__(name=name, dtype=dtype)
        if batch_shape is None:
            batch_shape = (batch_size,) + tuple(shape or ())
        self.batch_shape = tuple(batch_shape)
        self.output = KerasTensor(self.batch_shape, self.dtype, name=name)
        self.output._input_layer = self
        self.built = True


def Input(shape=None, batch_size=None, dtype=None, batch_shape=None, name=None, tensor=None,
          **kwargs):
    layer = InputLayer(shape=shape, batch_size=batch_size, dtype=dtype, batch_shape=batch_shape,
                       name=name)
    return layer.output


def _to_real(x, dtype):
    tf = _tf()
    if isinstance(x, KerasTensor):
        raise ValueError("Cannot mix KerasTensors and graph tensors")
    x = tf.convert_to_tensor(x)
    if x.dtype.is_floating and x.dtype.name != dtype:
        x = tf.cast(x, dtype)
    return x


class Model(Layer):
    """A functional model `Model(inputs, outputs)`: calling it replays the recorded layer calls
    on real tensors, in a scope named for the model."""

    def __init__(self, inputs=None, outputs=None, name=None, trainable=True, **kwargs):
        if inputs is None and outputs is None:
            super().__init__(name=name, trainable=trainable)
            self._functional = False
            return
        super().__init__(name=name or backend.unique_object_name("functional"),
                         trainable=trainable)
        self._functional = True
        self._inputs = inputs
        self._outputs = outputs
        self._ordered = []
        seen = set()

        def visit(kt):
            if id(kt) in seen or kt._history is None:
                return
            seen.add(id(kt))
            layer, args, _, _ = kt._history
            for x in nest.flatten(args):
                if isinstance(x, KerasTensor):
                    visit(x)
            self._ordered.append(kt)
            if not any(layer is lay for lay in self._layers):
                self._layers.append(layer)

        for kt in nest.flatten(inputs):
            layer = getattr(kt, "_input_layer", None)
            if layer is not None:
                self._layers.append(layer)
        for out in nest.flatten(outputs):
            visit(out)
        self.built = True

    @property
    def layers(self):
        return list(self._layers)

    @property
    def inputs(self):
        return nest.flatten(self._inputs)

    @property
    def outputs(self):
        return nest.flatten(self._outputs)

    def get_layer(self, name=None, index=None):
        if index is not None:
            return self.layers[index]
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise ValueError("No such layer: %s. Existing layers are: %s."
                         % (name, [lay.name for lay in self.layers]))

    def call(self, inputs, training=None):
        if not self._functional:
            raise NotImplementedError("Model %s has no `call` method" % self.name)
        values = {}
        for kt, x in zip(nest.flatten(self._inputs), nest.flatten(inputs)):
            values[id(kt)] = x
        for kt in self._ordered:
            layer, args, args2, kwargs = kt._history
            kwargs = dict(kwargs)
            if training is not None and "training" in _call_args(layer):
                kwargs.setdefault("training", training)
            real = nest.map_structure(lambda t: values[id(t)] if isinstance(t, KerasTensor) else t, args)
            values[id(kt)] = layer(real, *args2, **kwargs)
        return nest.map_structure(lambda t: values[id(t)], self._outputs)

    def compute_output_shape(self, input_shape):
        return nest.map_structure(lambda t: t.shape, self._outputs)

    def summary(self, *args, **kwargs):
        raise NotImplementedError("Model.summary() is not supported by tensorweave")


def _call_args(layer):
    import inspect

    try:
        return inspect.signature(layer.call).parameters
    except (TypeError, ValueError):
        return {}


class Sequential(Model):
    def __init__(self, layers=None, name=None, trainable=True):
        Layer.__init__(self, name=name, trainable=trainable)
        self._functional = False
        self._input_shape = None
        self._input_dtype = None
        for layer in layers or []:
            self.add(layer, rebuild=False)
        if self._input_shape is not None and self._layers:
            self._build_symbolic()

    def add(self, layer, rebuild=True):
        if isinstance(layer, KerasTensor) and layer._history is None:
            self._input_shape, self._input_dtype = layer.shape, layer.dtype
            return
        if isinstance(layer, InputLayer):
            self._input_shape, self._input_dtype = layer.batch_shape, layer.dtype
            return
        if not isinstance(layer, Layer):
            raise ValueError("Only instances of `keras.Layer` can be added to a Sequential model. "
                             "Received: %s (of type %s)" % (layer, type(layer)))
        self._layers.append(layer)
        self.built = False
        if rebuild and self._input_shape is not None:
            self._build_symbolic()

    def pop(self):
        if not self._layers:
            raise IndexError("There are no layers in the model.")
        self._layers.pop()
        self.built = False

    def _build_symbolic(self):
        with backend.name_scope(self.name, caller=self):
            x = KerasTensor(self._input_shape, self._input_dtype or "float32")
            for layer in self._layers:
                x = layer(x)
            self._output_kt = x
            backend.unique_object_name("functional")  # Keras names an inner Functional model
        self.built = True

    def build(self, input_shape=None):
        if input_shape is None:
            raise ValueError("You must provide an `input_shape` argument.")
        self._input_shape = tuple(input_shape)
        self._build_symbolic()

    @property
    def input_shape(self):
        return self._input_shape

    @property
    def output_shape(self):
        return self._output_kt.shape if self.built else None

    def compute_output_shape(self, input_shape):
        shape = input_shape
        for layer in self._layers:
            shape = layer.compute_output_shape(shape)
        return shape

    def call(self, inputs, training=None):
        x = inputs
        for layer in self._layers:
            kwargs = {}
            if training is not None and "training" in _call_args(layer):
                kwargs["training"] = training
            x = layer(x, **kwargs)
        return x
