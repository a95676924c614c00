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
    # A private class ("_PairCell") would give a scope name starting with "_"; TF prefixes it.
    return "private" + s if s.startswith("_") else s


@tf_export("layers.Layer")
class Layer:
    """Base class of TF1 layers: `__call__(inputs, ...)` builds once, then calls `call`."""

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        self._reuse = kwargs.pop("_reuse", None)
        scope = kwargs.pop("_scope", None)
        if kwargs:
            raise TypeError("Keyword argument not understood: %s" % min(kwargs))
        self.trainable = trainable
        self._dtype = None if dtype is None else dtypes.as_dtype(dtype)
        self._base_name = name if name else _snake_case(type(self).__name__)
        self._name = name or _unique_layer_name(self._base_name)
        self._scope = None
        self._name_scope_str = None
        if scope:
            # The functional forms (tf.layers.dense(..., name="fc")) take the scope `name`
            # itself, opened now, where a layer object takes a unique one ("fc_1") on first call.
            from tensorweave.training.variable_scope import variable_scope

            with variable_scope(scope) as captured:
                self._scope = captured
                self._name_scope_str = captured.original_name_scope
        self.built = False
        self._built_ahead = False  # built without a call (see rnn_cell._ensure_built)
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
        from tensorweave.training.variables import global_variables

        dtype = dtypes.as_dtype(dtype or self._dtype or dtypes.float32)
        trainable = trainable and self.trainable
        existing = {id(v) for v in global_variables()}
        var = get_variable(name, shape=shape, dtype=dtype, initializer=initializer,
                           trainable=trainable, constraint=constraint)
        if regularizer is not None and id(var) not in existing:
            # A layer's own regularizer losses are in `layer.losses` as well as in the
            # REGULARIZATION_LOSSES collection (only for a variable it created, not reused).
            with name_scope(name + "/Regularizer"):
                loss = regularizer(var)
            if loss is not None:
                self.add_loss(loss)
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
        # NOTE: as in TF, even a named layer takes a unique scope ("fc" then "fc_1") unless
        # reuse is asked for; its `name` stays what __init__ chose.
        if self._reuse:
            cm = variable_scope(self._base_name)
        else:
            cm = variable_scope(None, default_name=self._base_name)
        with cm as scope:
            self._scope = scope
            self._name_scope_str = scope.original_name_scope

    def __call__(self, inputs, *args, **kwargs):
        from tensorweave.training.variable_scope import variable_scope

        self._set_scope()
        # As in TF, the call that builds a layer runs without reuse, and so does the first call
        # of a layer built ahead, so that variables made in `call` are created there.
        reuse = True if self.built and not self._built_ahead else self._reuse
        self._built_ahead = False
        with variable_scope(self._scope, reuse=reuse, auxiliary_name_scope=False), \
                name_scope(self._name_scope_str or None):
            self._check_input_spec(inputs)
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

    def _check_input_spec(self, inputs):
        if self.input_spec is None:
            return
        specs = self.input_spec if isinstance(self.input_spec, (list, tuple)) else [self.input_spec]
        flat = inputs if isinstance(inputs, (list, tuple)) else [inputs]
        for index, (spec, x) in enumerate(zip(specs, flat)):
            spec.check(index, self._name, convert_to_tensor(x))

    def apply(self, inputs, *args, **kwargs):
        return self.__call__(inputs, *args, **kwargs)

    def get_weights(self):
        from tensorweave.framework.context import get_default_session

        return get_default_session().run(self.weights)

    def __repr__(self):
        return "<%s name=%s>" % (type(self).__name__, self._name)


@tf_export("layers.InputSpec")
class InputSpec:
    """What a layer accepts: a rank (`ndim`, or bounds `min_ndim`/`max_ndim`) and fixed sizes of
    some axes (`axes={-1: 3}`). Checked on every call, so a layer built for 3 features refuses
    an input with 4."""

    def __init__(self, dtype=None, shape=None, ndim=None, max_ndim=None, min_ndim=None,
                 axes=None):
        self.dtype = None if dtype is None else dtypes.as_dtype(dtype).name
        self.shape = None if shape is None else tuple(shape)
        self.ndim = len(self.shape) if self.shape is not None else ndim
        self.max_ndim = max_ndim
        self.min_ndim = min_ndim
        self.axes = dict(axes or {})

    def check(self, index, layer_name, x):
        where = 'Input %d of layer "%s" is incompatible with the layer: ' % (index, layer_name)
        if self.dtype is not None and x.dtype.base_dtype.name != self.dtype:
            raise ValueError("%sexpected dtype=%s, found dtype=%s"
                             % (where, self.dtype, x.dtype.base_dtype.name))
        shape = x.shape
        ndim = shape.ndims
        if ndim is None:
            return
        received = "Full shape received: %s" % (tuple(shape.as_list()),)
        for bound, ok in (("ndim", lambda n: ndim == n), ("min_ndim", lambda n: ndim >= n),
                          ("max_ndim", lambda n: ndim <= n)):
            n = getattr(self, bound)
            if n is not None and not ok(n):
                raise ValueError("%sexpected %s=%d, found ndim=%d. %s"
                                 % (where, bound, n, ndim, received))
        dims = shape.as_list()
        if self.shape is not None and any(want is not None and got is not None and want != got
                                          for want, got in zip(self.shape, dims)):
            raise ValueError("%sexpected shape=%s, found shape=%s"
                             % (where, self.shape, tuple(dims)))
        for axis, value in self.axes.items():
            if value is not None and -ndim <= axis < ndim and dims[axis] not in (None, value):
                raise ValueError("%sexpected axis %d of input shape to have value %d, but "
                                 "received input with shape %s" % (where, axis, value, shape))

    def __repr__(self):
        return "InputSpec(%s)" % ", ".join(
            "%s=%s" % (k, getattr(self, k)) for k in ("dtype", "shape", "ndim", "max_ndim",
                                                     "min_ndim", "axes") if getattr(self, k))


def _unique_layer_name(base_name):
    """`<base>_<n>` from a per-graph count that starts at 1 ("dense_1" for the first unnamed
    Dense), as TF names unnamed layers; independent of the variable scope ("dense")."""
    from tensorweave.framework.context import get_default_graph

    uids = get_default_graph()._layer_name_uids
    uids[base_name] = uids.get(base_name, 0) + 1
    return "%s_%d" % (base_name, uids[base_name])


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
    return padding


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
        from tensorweave.ops import array_ops, math_ops

        with name_scope("ActivityRegularizer"):
            loss = convert_to_tensor(regularizer(outputs))
            # As TF: divided by the batch size, so that its strength does not depend on it.
            batch_size = math_ops.cast(array_ops.shape(outputs)[0], loss.dtype)
            layer.add_loss(loss / batch_size)
