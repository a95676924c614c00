"""tf.keras.backend in TF1 graph mode: global Keras settings, object names and name scopes.

Keras keeps its own state (float type, epsilon, the per-prefix counters that name layers
`dense`, `dense_1`, ... and its name-scope stack); it lives here, reset by `clear_session`.
"""

import threading

_state = threading.local()


def _get(attr, default):
    if not hasattr(_state, attr):
        setattr(_state, attr, default() if callable(default) else default)
    return getattr(_state, attr)


_FLOATX = {"floatx": "float32", "epsilon": 1e-7, "image_data_format": "channels_last"}


def floatx():
    return _FLOATX["floatx"]


def set_floatx(value):
    if value not in ("bfloat16", "float16", "float32", "float64"):
        raise ValueError("Unknown `floatx` value: %s. Expected one of "
                         "{'bfloat16', 'float16', 'float32', 'float64'}" % (value,))
    _FLOATX["floatx"] = str(value)


def epsilon():
    return _FLOATX["epsilon"]


def set_epsilon(value):
    _FLOATX["epsilon"] = value


def image_data_format():
    return _FLOATX["image_data_format"]


def set_image_data_format(data_format):
    if data_format not in ("channels_last", "channels_first"):
        raise ValueError("The `data_format` argument must be one of {'channels_first', "
                         "'channels_last'}. Received: data_format=%s" % (data_format,))
    _FLOATX["image_data_format"] = str(data_format)


def get_uid(prefix=""):
    """1 the first time `prefix` is seen, then 2, 3, ..."""
    uids = _get("uids", dict)
    uids[prefix] = uids.get(prefix, 0) + 1
    return uids[prefix]


def unique_object_name(prefix):
    uid = get_uid(prefix)
    return prefix if uid == 1 else "%s_%d" % (prefix, uid - 1)


def clear_session():
    """Forgets Keras names and, as TF 2.21 does in graph mode, resets the default graph."""
    from tensorweave.compat import v1 as tf

    _state.uids = {}
    _state.scopes = []
    tf.reset_default_graph()


def _scope_stack():
    return _get("scopes", list)


def current_path():
    return "/".join(s.name for s in _scope_stack())


class name_scope:
    """Keras's name scope: a graph name scope (uniquified like TF's) that a layer re-entering
    its own scope does not open twice."""

    def __init__(self, name, caller=None, deduplicate=True):
        self.name = name
        self.caller = caller
        self.deduplicate = deduplicate
        self._scope = None

    def __enter__(self):
        from tensorweave.compat import v1 as tf

        stack = _scope_stack()
        if self.deduplicate and stack:
            top = stack[-1]
            if self.caller is not None and top.caller is self.caller and top.name == self.name:
                return self
        stack.append(self)
        self._scope = tf.name_scope(self.name)
        self._scope.__enter__()
        return self

    def __exit__(self, *exc):
        if self._scope is not None:
            scope, self._scope = self._scope, None
            _scope_stack().pop()
            scope.__exit__(*exc)
        return False


def is_keras_tensor(x):
    from tensorweave.keras.engine import KerasTensor

    return isinstance(x, KerasTensor)


def int_shape(x):
    """The static shape of a tensor or Keras tensor as a tuple (None when the rank is unknown)."""
    from tensorweave.keras.engine import _shape_of

    return _shape_of(x)


def standardize_dtype(dtype):
    from tensorweave.framework import dtypes

    if dtype is None:
        return floatx()
    if isinstance(dtype, str):
        return dtypes.as_dtype(dtype).name
    return dtypes.as_dtype(dtype).name
