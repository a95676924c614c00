"""`tf.raw_ops`: every registered op type as a function taking keyword arguments only.

`tf.raw_ops.MatMul(a=x, b=w, transpose_b=True)` builds one `MatMul` op from its schema: the
keywords are the op's inputs, its attrs that are not inferred from the inputs (type attrs of
inputs, the lengths of list inputs) and `name`. The result is the op's only output, a list for a
single list output, a namedtuple named after the op with one field per output argument (a
list for a list argument), or the Operation when the op has no outputs.
"""

import collections
import re
import types

from tensorweave.framework import op_def as _op_def

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# Keyword names of TF's Python endpoints that differ from the op schema's argument names.
_RENAMES = {"ExpandDims": {"axis": "dim"}, "Squeeze": {"axis": "squeeze_dims"},
            "Split": {"axis": "split_dim"}, "SplitV": {"axis": "split_dim"},
            "Select": {"x": "t", "y": "e"}, "Where": {"condition": "input"}}
_RENAMES.update((r, {"axis": "reduction_indices"})
                for r in ("Sum", "Prod", "Mean", "Max", "Min", "Any", "All", "EuclideanNorm"))


def _snake(type_name):
    return _CAMEL.sub("_", type_name).lower()


def _inferred_attrs(op_def):
    out = set()
    for arg in op_def.input_args:
        for a in (arg.type_attr, arg.type_list_attr, arg.number_attr):
            if a:
                out.add(a)
    return out


def _wrapper(type_name, op_def):
    inferred = _inferred_attrs(op_def)
    renamed = {v: k for k, v in _RENAMES.get(type_name, {}).items()}  # schema name -> keyword
    inputs = [a.name for a in op_def.input_args]
    attrs = [a for a in op_def.attr_defs if a not in inferred]
    required = [renamed.get(k, k) for k in inputs + [a for a in attrs if not op_def.attr_defs[a].has_default]]
    in_keys = [renamed.get(k, k) for k in inputs]
    attr_keys = [(renamed.get(a, a), a) for a in attrs]
    keys = in_keys + [k for k, _ in attr_keys] + ["name"]
    allowed = set(keys)
    fname = _snake(type_name)
    outputs = op_def.output_args
    result_type = collections.namedtuple(type_name, [a.name for a in outputs]) if len(outputs) > 1 else None

    def raw_op(*args, **kwargs):
        if args:
            raise TypeError("%s only takes keyword args (possible keys: %s). Please pass these args "
                            "as kwargs instead." % (fname, keys))
        for k in kwargs:
            if k not in allowed:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, k))
        missing = [k for k in required if k not in kwargs]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s" % (
                fname, len(missing), "" if len(missing) == 1 else "s",
                " and ".join("'%s'" % m for m in missing)))
        op = _op_def.create_operation(type_name, [kwargs[k] for k in in_keys],
                                      {a: kwargs[k] for k, a in attr_keys if k in kwargs},
                                      name=kwargs.get("name"))
        if not outputs:
            return op
        values = list(op.outputs)
        if len(outputs) == 1:
            return values if outputs[0].is_list else values[0]
        grouped, i = [], 0
        for arg in outputs:
            if arg.is_list:
                n = (op.get_attr(arg.number_attr) if arg.number_attr
                     else len(op.get_attr(arg.type_list_attr)))
                grouped.append(values[i:i + n])
                i += n
            else:
                grouped.append(values[i])
                i += 1
        return result_type(*grouped)

    raw_op.__name__ = raw_op.__qualname__ = fname
    raw_op.__doc__ = "Builds one `%s` op; keyword arguments: %s." % (type_name, ", ".join(keys))
    return raw_op


class _RawOps(types.ModuleType):
    """The `tf.raw_ops` namespace: functions made on first access from the op registry."""

    def __getattr__(self, type_name):
        if type_name.startswith("_"):
            raise AttributeError(type_name)
        op_def = _op_def.registered_ops().get(type_name)
        if op_def is None:
            raise AttributeError("module 'tf.raw_ops' has no attribute '%s'" % type_name)
        fn = _wrapper(type_name, op_def)
        setattr(self, type_name, fn)
        return fn

    def __dir__(self):
        return sorted(n for n in _op_def.registered_ops() if not n.startswith("_"))


raw_ops = _RawOps("raw_ops", __doc__)
