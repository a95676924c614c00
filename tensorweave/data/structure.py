"""Element structures of tf.data: tuples, namedtuples and dicts nest; everything else is a leaf.

Unlike `tf.nest`, a Python list is a leaf here (tf.data turns it into one tensor), so
`from_tensor_slices([1, 2, 3])` has one component.
"""

import collections.abc

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.ops import Tensor
from tensorweave.framework.tensor_shape import TensorShape


def is_nested(x):
    return isinstance(x, (tuple, collections.abc.Mapping))


def _keys(mapping):
    return sorted(mapping)


def flatten(structure):
    if isinstance(structure, collections.abc.Mapping):
        out = []
        for k in _keys(structure):
            out.extend(flatten(structure[k]))
        return out
    if isinstance(structure, tuple):
        out = []
        for x in structure:
            out.extend(flatten(x))
        return out
    return [structure]


def _rebuild(template, children):
    if isinstance(template, collections.abc.Mapping):
        by_key = dict(zip(_keys(template), children))
        items = [(k, by_key[k]) for k in template]
        return dict(items) if type(template) is dict else type(template)(items)
    if hasattr(type(template), "_fields"):
        return type(template)(*children)
    return tuple(children)


def pack(structure, flat):
    """The inverse of `flatten`: `flat` laid out like `structure`."""
    flat = list(flat)
    pos = [0]

    def build(s):
        if isinstance(s, collections.abc.Mapping):
            return _rebuild(s, [build(s[k]) for k in _keys(s)])
        if isinstance(s, tuple):
            return _rebuild(s, [build(x) for x in s])
        v = flat[pos[0]]
        pos[0] += 1
        return v

    result = build(structure)
    if pos[0] != len(flat):
        raise ValueError("The structure has %d components but %d values were given."
                         % (pos[0], len(flat)))
    return result


def map_structure(fn, structure):
    return pack(structure, [fn(x) for x in flatten(structure)])


def flatten_up_to(structure, value):
    """`value` flattened as far as `structure` goes (a list inside stays one leaf)."""
    if isinstance(structure, collections.abc.Mapping):
        if not isinstance(value, collections.abc.Mapping):
            raise TypeError("`generator` yielded an element that did not match the expected "
                            "structure: expected a dict, got %r." % (value,))
        out = []
        for k in _keys(structure):
            out.extend(flatten_up_to(structure[k], value[k]))
        return out
    if isinstance(structure, tuple):
        if not isinstance(value, (tuple, list)) or len(value) != len(structure):
            raise TypeError("`generator` yielded an element that did not match the expected "
                            "structure. The expected structure was %s, but the yielded element "
                            "was %s." % (_text(structure), value))
        out = []
        for s, v in zip(structure, value):
            out.extend(flatten_up_to(s, v))
        return out
    return [value]


def _text(structure):
    return str(map_structure(repr, structure)).replace("'", "")


def lists_to_tuples(value):
    """What a traced function returned, with lists as tuples (tf.data treats them alike)."""
    if isinstance(value, list):
        return tuple(lists_to_tuples(v) for v in value)
    if isinstance(value, collections.abc.Mapping):
        return _rebuild(value, [lists_to_tuples(value[k]) for k in _keys(value)])
    if isinstance(value, tuple):
        return _rebuild(value, [lists_to_tuples(v) for v in value])
    return value


def same_structure(a, b):
    if isinstance(a, collections.abc.Mapping):
        return isinstance(b, collections.abc.Mapping) and _keys(a) == _keys(b) and all(
            same_structure(a[k], b[k]) for k in a)
    if isinstance(a, tuple):
        return isinstance(b, tuple) and not isinstance(b, collections.abc.Mapping) and \
            len(a) == len(b) and all(same_structure(x, y) for x, y in zip(a, b))
    return not is_nested(b)


def as_types(structure):
    return map_structure(lambda d: _dtypes.as_dtype(d).base_dtype, structure)


def as_shapes(structure, shapes):
    """Shapes laid out like the types `structure` (None: unknown; a single shape broadcast)."""
    if shapes is None:
        return map_structure(lambda _: TensorShape(None), structure)
    if not is_nested(structure):
        return TensorShape(shapes)
    if not is_nested(shapes):
        raise TypeError("The two structures don't have the same nested structure.\n\nFirst "
                        "structure: %s\n\nSecond structure: %s" % (structure, shapes))
    flat = flatten_up_to(structure, shapes)
    return pack(structure, [TensorShape(s) for s in flat])


def classes_of(structure):
    return map_structure(lambda _: Tensor, structure)
