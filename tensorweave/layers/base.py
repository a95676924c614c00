"""tf.layers.Layer (TF1 legacy layers): variable scope and name handling shared by all layers.

A layer opens `variable_scope(name, default_name=<snake_case class name>)` the first time
it is called; variables are `get_variable`s in that scope (`dense/kernel`), ops go in the
name scope the variable scope opened (`dense/MatMul`). Calling the layer again re-enters
both, with reuse, so the variables are shared.
"""

import re

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.ops import Tensor, convert_to_tensor
from tensorweave.framework.scopes import add_to_collection, name_scope


def _snake_case(name):
    s = re.sub(r"(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    s = re.sub(r"([a-z])([A-Z])", r"\1_\2", s).lower()
    return s


@tf_export("layers.Layer")
class Layer:
    """Base class of TF1 layers: `__call__(inputs, ...)` builds once, then calls `call`."""

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        self._reuse = kwargs.pop("_reuse", None)
        kwargs.pop("_scope", None)
        if kwargs:
            raise TypeError("Keyword argument not understood: %s" % min(kwargs))
        self.trainable = trainable
        self._dtype = None if dtype is None else dtypes.as_dtype(dtype)
        self._base_name = name if name else _snake_case(type(self).__name__)
        self._given_name = name
        self._name = name or self._base_name
        self._scope = None
        self._name_scope_str = None
        self.built = False
        self._trainable_weights = []
        self._non_trainable_weights = []
        self._updates = []
        self._losses = []
        self.input_spec = None

    # ----------------------------------------------------------- properties
    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return None if self._dtype is None else self._dtype.name

    @property
    def scope_name(self):
        if self._scope is None:
            raise ValueError("No name available for layer scope because the layer \"%s\" has not "
                             "been used yet." % self._name)
        return self._scope.name

    @property
    def trainable_weights(self):
        return list(self._trainable_weights) if self.trainable else []

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return list(self._non_trainable_weights)
        return self._trainable_weights + self._non_trainable_weights

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    variables = weights

    @property
    def updates(self):
        return list(self._updates)

    @property
    def losses(self):
        return list(self._losses)

    def add_update(self, update):
        self._updates.append(update)

    def add_loss(self, loss):
        self._losses.append(loss)
        add_to_collection(GraphKeys.REGULARIZATION_LOSSES, loss)

    # ------------------------------------------------------------- weights
    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None,
                   trainable=True, constraint=None):
        from tensorweave.training.variable_scope import get_variable

        dtype = dtypes.as_dtype(dtype or self._dtype or dtypes.float32)
        trainable = trainable and self.trainable
        var = get_variable(name, shape=shape, dtype=dtype, initializer=initializer,
                           regularizer=regularizer, trainable=trainable, constraint=constraint)
        if trainable:
            if var not in self._trainable_weights:
                self._trainable_weights.append(var)
        elif var not in self._non_trainable_weights:
            self._non_trainable_weights.append(var)
        return var

    # --------------------------------------------------------------- calls
    def build(self, input_shape):
        self.built = True

    def call(self, inputs, **kwargs):
        return inputs

    def _set_scope(self):
        from tensorweave.training.variable_scope import variable_scope

        if self._scope is not None:
            return
        if self._reuse:
            cm = variable_scope(self._given_name or self._base_name)
        else:
            cm = variable_scope(self._given_name, default_name=self._base_name)
        with cm as scope:
            self._scope = scope
            self._name_scope_str = scope.original_name_scope
        if not self._given_name:
            self._name = self._scope.name.split("/")[-1]

    def __call__(self, inputs, *args, **kwargs):
        from tensorweave.training.variable_scope import variable_scope

        self._set_scope()
        reuse = True if self.built else self._reuse
        with variable_scope(self._scope, reuse=reuse, auxiliary_name_scope=False), \
                name_scope(self._name_scope_str or None):
            if not self.built:
                if self._dtype is None:
                    first = _first_tensor(inputs)
                    if first is not None and first.dtype.base_dtype.is_floating:
                        self._dtype = first.dtype.base_dtype
                self.build(_shapes_of(inputs))
                self.built = True
            n_updates = len(self._updates)
            outputs = self.call(inputs, *args, **kwargs)
            new_updates = self._updates[n_updates:]
        for u in new_updates:
            add_to_collection(GraphKeys.UPDATE_OPS, u)
        return outputs

    def apply(self, inputs, *args, **kwargs):
        return self.__call__(inputs, *args, **kwargs)

    def get_weights(self):
        from tensorweave.framework.context import get_default_session

        return get_default_session().run(self.weights)

    def __repr__(self):
        return "<%s name=%s>" % (type(self).__name__, self._name)


def _first_tensor(inputs):
    if isinstance(inputs, (list, tuple)):
        return _first_tensor(inputs[0]) if inputs else None
    if isinstance(inputs, Tensor):
        return inputs
    try:
        return convert_to_tensor(inputs)
    except (TypeError, ValueError):
        return None


def _shapes_of(inputs):
    if isinstance(inputs, (list, tuple)):
        return [_shapes_of(i) for i in inputs]
    return convert_to_tensor(inputs).shape


def to_tensor(inputs, dtype=None):
    t = convert_to_tensor(inputs)
    if dtype is not None and t.dtype.base_dtype != dtype and t.dtype.base_dtype.is_floating:
        from tensorweave.ops.nn_util import op

        return op("Cast", [t], {"DstT": dtype}, name="Cast")
    return t


def normalize_tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    try:
        value = tuple(int(v) for v in value)
    except TypeError:
        raise ValueError("The `%s` argument must be a tuple of %d integers. Received: %r"
                         % (name, n, value)) from None
    if len(value) != n:
        raise ValueError("The `%s` argument must be a tuple of %d integers. Received: %r"
                         % (name, n, value))
    return value


def normalize_padding(value):
    padding = value.lower() if isinstance(value, str) else value
    if padding not in ("valid", "same"):
        raise ValueError("The `padding` argument must be one of 'valid', 'same'. Received: %r"
                         % (value,))
    return padding.upper()


def normalize_data_format(value):
    fmt = (value or "channels_last").lower()
    if fmt not in ("channels_first", "channels_last"):
        raise ValueError("The `data_format` argument must be one of 'channels_first', "
                         "'channels_last'. Received: %r" % (value,))
    return fmt


def apply_activation(activation, outputs):
    return outputs if activation is None else activation(outputs)


def add_activity_loss(layer, regularizer, outputs):
    if regularizer is not None:
        with name_scope("ActivityRegularizer"):
            layer.add_loss(regularizer(outputs))
