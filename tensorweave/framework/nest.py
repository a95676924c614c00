"""Nested structures of lists, tuples, namedtuples and dicts (TF's `tf.nest`).

Dicts flatten in sorted key order; strings and None are leaves.
"""

import collections.abc

from tensorweave._api import tf_export


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


@tf_export("nest.is_nested")
def is_nested(x):
    return isinstance(x, (list, tuple, collections.abc.Mapping))


def _children(x):
    if isinstance(x, collections.abc.Mapping):
        return [x[k] for k in _sorted_keys(x)]
    return list(x)


def _sorted_keys(mapping):
    try:
        return sorted(mapping)
    except TypeError as err:
        raise TypeError("nest only supports dicts with sortable keys.") from err


@tf_export("nest.flatten")
def flatten(structure, expand_composites=False):
    if not is_nested(structure):
        return [structure]
    out = []
    stack = [structure]
    while stack:
        x = stack.pop()
        if is_nested(x):
            stack.extend(reversed(_children(x)))
        else:
            out.append(x)
    return out


def _rebuild(template, children):
    if isinstance(template, collections.abc.Mapping):
        keys = _sorted_keys(template)
        by_key = dict(zip(keys, children))
        items = [(k, by_key[k]) for k in template]  # keep the caller's key order
        if type(template) is dict:
            return dict(items)
        try:
            return type(template)(items)
        except TypeError:
            return dict(items)
    if _is_namedtuple(template):
        return type(template)(*children)
    if isinstance(template, tuple):
        return tuple(children)
    return list(children) if type(template) is list else type(template)(children)


@tf_export("nest.pack_sequence_as")
def pack_sequence_as(structure, flat_sequence, expand_composites=False):
    flat_sequence = list(flat_sequence)
    if not is_nested(structure):
        if len(flat_sequence) != 1:
            raise ValueError("Structure is a scalar but len(flat_sequence) == %d > 1" % len(flat_sequence))
        return flat_sequence[0]
    n = len(flatten(structure))
    if n != len(flat_sequence):
        raise ValueError(
            "Could not pack sequence. Structure had %d atoms, but flat_sequence had %d items.  "
            "Structure: %s, flat_sequence: %s." % (n, len(flat_sequence), structure, flat_sequence))
    pos = [0]

    def build(s):
        if not is_nested(s):
            v = flat_sequence[pos[0]]
            pos[0] += 1
            return v
        return _rebuild(s, [build(c) for c in _children(s)])

    return build(structure)


def _type_text(x):
    return "type=%s str=%s" % (type(x).__name__, x)


def _difference(a, b, check_types):
    """Why `a` and `b` differ in structure, or None."""
    if is_nested(a) != is_nested(b):
        return "Substructure \"%s\" is a sequence, while substructure \"%s\" is not" % (
            (_type_text(a), _type_text(b)) if is_nested(a) else (_type_text(b), _type_text(a)))
    if not is_nested(a):
        return None
    both_mappings = isinstance(a, collections.abc.Mapping) and isinstance(b, collections.abc.Mapping)
    if check_types and type(a) is not type(b) and not both_mappings:
        return TypeError("The two structures don't have the same sequence type. Input structure "
                         "has type %s, while shallow structure has type %s." % (type(a), type(b)))
    if isinstance(a, collections.abc.Mapping) != isinstance(b, collections.abc.Mapping):
        return "Substructure \"%s\" differs in kind from \"%s\"" % (_type_text(a), _type_text(b))
    if isinstance(a, collections.abc.Mapping) and set(a) != set(b):
        return "The two dictionaries don't have the same set of keys. First structure has keys " \
               "%s, while second structure has keys %s." % (sorted(a, key=str), sorted(b, key=str))
    ca, cb = _children(a), _children(b)
    if len(ca) != len(cb):
        return "The two structures don't have the same number of elements. First structure: %s, " \
               "second structure: %s." % (_type_text(a), _type_text(b))
    for x, y in zip(ca, cb):
        why = _difference(x, y, check_types)
        if why is not None:
            return why
    return None


@tf_export("nest.assert_same_structure")
def assert_same_structure(nest1, nest2, check_types=True, expand_composites=False):
    why = _difference(nest1, nest2, check_types)
    if why is None:
        return
    if isinstance(why, TypeError):
        raise why
    raise ValueError("The two structures don't have the same nested structure.\n\nFirst structure: "
                     "%s\n\nSecond structure: %s\n\nMore specifically: %s"
                     % (_type_text(nest1), _type_text(nest2), why))


@tf_export("nest.map_structure")
def map_structure(func, *structure, **kwargs):
    if not structure:
        raise ValueError("Must provide at least one structure")
    check_types = kwargs.pop("check_types", True)
    kwargs.pop("expand_composites", None)
    if kwargs:
        raise ValueError("Only valid keyword arguments are `check_types` and `expand_composites`, "
                         "not: %s" % ", ".join(kwargs))
    for other in structure[1:]:
        assert_same_structure(structure[0], other, check_types=check_types)
    flats = [flatten(s) for s in structure]
    return pack_sequence_as(structure[0], [func(*xs) for xs in zip(*flats)])
