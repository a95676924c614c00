"""`tf.Module` and the object tracking behind object-based checkpoints.

An object-based checkpoint (`tf.train.Checkpoint`) saves a graph of Python objects rather than
a flat list of variables: each object names its children (attributes, list indices, dict keys),
and a variable is saved under the path of names leading to it from the root. This module says
which objects take part ("trackables") and what their children are:

* variables (leaves, saved as ``.ATTRIBUTES/VARIABLE_VALUE``);
* `Module` and `tf.train.Checkpoint`: every attribute holding a trackable, in assignment order;
* lists, tuples and dicts held by those (children "0", "1", ... or the dict's keys);
* `tf.train.Optimizer`: its non-slot variables (Adam's ``beta1_power``...) by name; its slot
  variables hang off the variables they belong to (see `checkpoint.py`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

_VALID_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CAMEL_BOUNDARY = re.compile(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))")


def is_variable(value: Any) -> bool:
    from tensorweave.training.variables import Variable

    return isinstance(value, Variable)


def _is_optimizer(value: Any) -> bool:
    from tensorweave.training.optimizer import Optimizer

    return isinstance(value, Optimizer)


class AutoTrackable:
    """Base of objects whose trackable attributes are their checkpoint children."""

    def _trackable_children(self) -> list[tuple[str, Any]]:
        return [(name, value) for name, value in vars(self).items()
                if not name.startswith("_self_") and is_trackable(value)]


def is_trackable(value: Any) -> bool:
    """Whether `value` takes part in an object-based checkpoint."""
    if isinstance(value, (AutoTrackable, list, tuple, dict)):
        return True
    return is_variable(value) or _is_optimizer(value)


def trackable_children(obj: Any, strict: bool = False) -> list[tuple[str, Any]]:
    """The (local name, child) pairs of `obj`, in the order TF numbers them.

    `strict` raises TF's ValueError for a dict whose non-string key maps to a trackable (saving
    one is refused; restoring just skips it).
    """
    if isinstance(obj, AutoTrackable):
        return obj._trackable_children()
    if isinstance(obj, (list, tuple)):
        return [(str(i), v) for i, v in enumerate(obj) if is_trackable(v)]
    if isinstance(obj, dict):
        out = []
        for key, value in obj.items():
            if not is_trackable(value):
                continue
            if not isinstance(key, str):
                if strict:
                    raise ValueError(
                        "Unable to save the object %r (a dictionary wrapper constructed "
                        "automatically on attribute assignment). The wrapped dictionary contains "
                        "a non-string key which maps to a trackable object or mutable data "
                        "structure." % (obj,))
                continue
            out.append((key, value))
        return out
    if _is_optimizer(obj):
        from tensorweave.framework import context

        graph = context.get_default_graph()
        return [(name, v) for (name, g), v in obj._non_slot_dict.items() if g is graph]
    return []


def _camel_to_snake(name: str) -> str:
    return _CAMEL_BOUNDARY.sub(r"_\1", name).lower()


def _is_module(value: Any) -> bool:
    return isinstance(value, Module)


def _flatten_leaves(value: Any, path: tuple) -> list[tuple[tuple, Any]]:
    """(path, leaf) pairs of a nested structure (dicts by sorted key, as `tf.nest`)."""
    if isinstance(value, dict):
        out = []
        for key in sorted(value, key=lambda k: (str(type(k)), k) if not isinstance(k, str) else ("", k)):
            out.extend(_flatten_leaves(value[key], path + (key,)))
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for i, item in enumerate(value):
            out.extend(_flatten_leaves(item, path + (i,)))
        return out
    return [(path, value)]


class Module(AutoTrackable):
    """A named container of variables and sub-modules (`tf.Module`).

    Its `name_scope` is opened once, at construction, in the default graph (so a second module
    of the same name gets ``name_1/``); ops and variables made inside it are named under it.
    `variables`, `trainable_variables`, `non_trainable_variables` and `submodules` search the
    module's attributes (sorted by name, through nested lists/tuples/dicts) and then its
    sub-modules', each object once.
    """

    _TF_MODULE_IGNORED_PROPERTIES = frozenset(("_name", "_name_scope", "_scope_name"))

    def __init__(self, name: str | None = None) -> None:
        from tensorweave.framework.scopes import name_scope

        if name is None:
            name = _camel_to_snake(type(self).__name__)
        elif not _VALID_NAME.match(name):
            raise ValueError("%r is not a valid module name. Module names must be valid Python "
                             "identifiers (e.g. a valid class name)." % (name,))
        self._name = name
        with name_scope(name) as scope_name:
            self._scope_name = scope_name
        self._name_scope = _ReenterableScope(scope_name)

    @property
    def name(self) -> str:
        return self._name

    @property
    def name_scope(self):
        """A context manager entering this module's (already uniquified) name scope."""
        return self._name_scope

    @property
    def variables(self) -> tuple:
        return tuple(self._flatten(predicate=is_variable))

    @property
    def trainable_variables(self) -> tuple:
        return tuple(self._flatten(predicate=lambda v: is_variable(v) and v.trainable))

    @property
    def non_trainable_variables(self) -> tuple:
        return tuple(self._flatten(predicate=lambda v: is_variable(v) and not v.trainable))

    @property
    def submodules(self) -> tuple:
        return tuple(self._flatten(predicate=_is_module))

    def _flatten(self, recursive: bool = True, predicate=None, attribute_traversal_key=None,
                 with_path: bool = False, expand_composites: bool = False):
        """Attribute values of this module (and its sub-modules) for which `predicate` holds."""
        predicate = predicate or (lambda _: True)
        seen = {id(self)}
        yield from _walk(self, (), recursive, predicate, attribute_traversal_key, with_path,
                         seen, [])

    def _trackable_children(self) -> list[tuple[str, Any]]:
        return [(name, value) for name, value in vars(self).items()
                if name not in self._TF_MODULE_IGNORED_PROPERTIES and is_trackable(value)]

    @classmethod
    def with_name_scope(cls, method):
        """Decorates a method to run inside the module's name scope."""

        @functools.wraps(method)
        def wrapped(self, *args, **kwargs):
            with self.name_scope:
                return method(self, *args, **kwargs)

        return wrapped

    def __repr__(self) -> str:
        return "<%s.%s object at 0x%x>" % (type(self).__module__, type(self).__name__, id(self))


def _walk(module, module_path, recursive, predicate, traversal_key, with_path, seen, stack):
    submodules = []
    if id(module) in stack:
        recursive = False
    attributes = vars(module)
    for key in sorted(attributes, key=traversal_key):
        if key in Module._TF_MODULE_IGNORED_PROPERTIES:
            continue
        for leaf_path, leaf in _flatten_leaves(attributes[key], (key,)):
            if not with_path:
                if id(leaf) in seen:
                    continue
                seen.add(id(leaf))
            if predicate(leaf):
                yield (module_path + leaf_path, leaf) if with_path else leaf
            if recursive and _is_module(leaf):
                submodules.append((module_path + leaf_path, leaf))
    stack.append(id(module))
    for path, sub in submodules:
        yield from _walk(sub, path, recursive, predicate, traversal_key, with_path, seen, stack)
    stack.pop()


class _ReenterableScope:
    """A name scope given by its full name ("outer/name/"): entering it never uniquifies."""

    def __init__(self, scope_name: str) -> None:
        self.name = scope_name
        self._active = []

    def __enter__(self) -> str:
        from tensorweave.framework.scopes import name_scope

        scope = name_scope(self.name)
        self._active.append(scope)
        return scope.__enter__()

    def __exit__(self, *exc_info) -> None:
        self._active.pop().__exit__(*exc_info)
