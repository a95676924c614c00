"""`import tensorweave.compat.v1 as tf`: TensorFlow 1.x's public API.

The names come from the export table in `tensorweave._api`, filled by `tf_export`
decorators where each object is defined; dotted names become sub-namespaces
(`tf.nn`, `tf.train`, `tf.math`, ...).
"""

import importlib
import sys
import types

from tensorweave import _api


def _build():
    for module_name in _api.API_MODULES:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise
    this = sys.modules[__name__]
    namespaces = {}

    def namespace(path):
        ns = namespaces.get(path)
        if ns is None:
            parent_path, _, leaf = path.rpartition(".")
            parent = namespace(parent_path) if parent_path else this
            existing = getattr(parent, leaf, None)
            if isinstance(existing, types.ModuleType):
                ns = existing
            else:
                ns = types.ModuleType("%s.%s" % (__name__, path))
                setattr(parent, leaf, ns)
                sys.modules.setdefault(ns.__name__, ns)
            namespaces[path] = ns
        return ns

    for name in sorted(_api.EXPORTS, key=lambda n: n.count(".")):
        obj = _api.EXPORTS[name]
        parent_path, _, leaf = name.rpartition(".")
        target = namespace(parent_path) if parent_path else this
        setattr(target, leaf, obj)
    compat = namespace("compat")
    compat.v1 = this
    lazy_by_namespace = {}
    for name, target in _api.LAZY_EXPORTS.items():
        parent_path, _, leaf = name.rpartition(".")
        lazy_by_namespace.setdefault(parent_path, {})[leaf] = target
    for parent_path, table in lazy_by_namespace.items():
        target_ns = namespace(parent_path) if parent_path else this
        target_ns.__getattr__ = _lazy_getattr(target_ns, table)


def _lazy_getattr(ns, table):
    def __getattr__(name):
        target = table.get(name)
        if target is None:
            raise AttributeError("module %r has no attribute %r" % (ns.__name__, name))
        module_name, _, attr = target.partition(":")
        value = importlib.import_module(module_name)
        for part in attr.split("."):
            value = getattr(value, part)
        setattr(ns, name, value)
        return value

    return __getattr__


_build()
del _build
