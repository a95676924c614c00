"""`tf.data.Options` (recorded on the graph by `Dataset.with_options`, read back by
`Dataset.options()`) and `tf.data.experimental.Optional` / `get_next_as_optional`.

Options tune TF's performance (threads, fused ops, autotuning); tensorweave computes elements
one at a time in order, so it records them and otherwise leaves results unchanged.
"""

import json

from tensorweave._api import tf_export
from tensorweave.data import dataset_ops_extra  # noqa: F401  (registers the ops)
from tensorweave.data import structure as _structure
from tensorweave.data.dataset import _element_attrs, element_spec
from tensorweave.framework.op_def import apply_op


class _OptionsBase:
    """Options with a fixed set of fields, each None until set; an unknown field raises."""

    _FIELDS = ()
    _CHILDREN = {}
    _ALIASES = {}

    def __init__(self):
        for f in self._FIELDS:
            object.__setattr__(self, f, None)
        for f, cls in self._CHILDREN.items():
            object.__setattr__(self, f, cls())

    def __setattr__(self, name, value):
        name = self._ALIASES.get(name, name)
        if name not in self._FIELDS and name not in self._CHILDREN:
            raise AttributeError("Cannot set the property %s on %s." % (name, type(self).__name__))
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        alias = type(self)._ALIASES.get(name)
        if alias is None:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(self, alias)

    def __eq__(self, other):
        return type(self) is type(other) and self._to_dict() == other._to_dict()

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def _to_dict(self):
        out = {f: getattr(self, f) for f in self._FIELDS if getattr(self, f) is not None}
        for f in self._CHILDREN:
            child = getattr(self, f)._to_dict()
            if child:
                out[f] = child
        return out

    def _update(self, values):
        for k, v in values.items():
            if k in self._CHILDREN:
                getattr(self, k)._update(v)
            else:
                object.__setattr__(self, k, v)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self._to_dict())


@tf_export("data.experimental.OptimizationOptions")
class OptimizationOptions(_OptionsBase):
    _FIELDS = ("apply_default_optimizations", "filter_fusion", "filter_parallelization",
               "inject_prefetch", "map_and_batch_fusion", "map_and_filter_fusion",
               "map_fusion", "map_parallelization", "noop_elimination", "parallel_batch",
               "seq_interleave_prefetch", "shuffle_and_repeat_fusion")


@tf_export("data.ThreadingOptions", "data.experimental.ThreadingOptions")
class ThreadingOptions(_OptionsBase):
    _FIELDS = ("max_intra_op_parallelism", "private_threadpool_size")


@tf_export("data.experimental.AutotuneOptions")
class AutotuneOptions(_OptionsBase):
    _FIELDS = ("autotune_algorithm", "cpu_budget", "enabled", "initial_parallelism",
               "min_parallelism", "ram_budget")


@tf_export("data.experimental.DistributeOptions")
class DistributeOptions(_OptionsBase):
    _FIELDS = ("auto_shard_policy", "num_devices")


@tf_export("data.Options")
class Options(_OptionsBase):
    """Static options of a dataset (`Dataset.with_options`); fields left None keep defaults."""

    _FIELDS = ("deterministic", "experimental_external_state_policy", "experimental_slack",
               "experimental_symbolic_checkpoint", "experimental_warm_start", "dataset_name",
               "framework_type")
    _CHILDREN = {"autotune": AutotuneOptions, "experimental_distribute": DistributeOptions,
                 "experimental_optimization": OptimizationOptions,
                 "threading": ThreadingOptions}
    _ALIASES = {"experimental_deterministic": "deterministic",
                "experimental_threading": "threading"}

    def merge(self, options):
        """These options with the fields `options` sets (set ones win)."""
        out = Options()
        out._update(self._to_dict())
        out._update(options._to_dict())
        return out


def with_options(ds, options, name=None):
    if not isinstance(options, Options):
        raise TypeError("Invalid `options`. `options` should be a `tf.data.Options` but got %s."
                        % type(options).__name__)
    text = json.dumps(options._to_dict(), sort_keys=True, default=str)
    return ds._apply("OptionsDataset", [ds._variant_tensor], ds._types, ds._shapes,
                     {"serialized_options": text}, name)


def options_of(ds):
    """The options of the `with_options` calls applied last to `ds`, merged (later ones win).

    NOTE: as TF's graph-mode `options()`, a transformation after `with_options` (a map, a
    batch) starts with no options again."""
    chain, op = [], ds._variant_tensor.op
    while op.type == "OptionsDataset":
        chain.append(op)
        op = op.inputs[0].op
    result = Options()
    for op in reversed(chain):
        result._update(json.loads(op.get_attr("serialized_options") or "{}"))
    return result


@tf_export("data.experimental.Optional")
class Optional:
    """A value that may be missing: `has_value()` and `get_value()` are tensors."""

    def __init__(self, variant, types, shapes):
        self._variant_tensor = variant
        self._types, self._shapes = types, shapes

    @staticmethod
    def from_value(value):
        from tensorweave.data.dataset import _normalize

        tensors, types, shapes = _normalize(value)
        variant = apply_op("OptionalFromValue", [tensors], {}, name="OptionalFromValue")
        return Optional(variant, types, shapes)

    @staticmethod
    def empty(element_spec):
        types = _structure.map_structure(lambda s: s.dtype, element_spec)
        shapes = _structure.map_structure(lambda s: s.shape, element_spec)
        return Optional(apply_op("OptionalNone", [], {}), types, shapes)

    @property
    def element_spec(self):
        return element_spec(self._types, self._shapes)

    def has_value(self, name=None):
        return apply_op("OptionalHasValue", [self._variant_tensor], {}, name=name)

    def get_value(self, name=None):
        flat = apply_op("OptionalGetValue", [self._variant_tensor],
                        _element_attrs(self._types, self._shapes), name=name)
        return _structure.pack(self._types, flat if isinstance(flat, list) else [flat])


@tf_export("data.experimental.get_next_as_optional")
def get_next_as_optional(iterator):
    """An Optional holding the iterator's next element, or nothing at the end of the data."""
    variant = apply_op("IteratorGetNextAsOptional", [iterator._iterator_resource],
                       _element_attrs(iterator._types, iterator._shapes))
    return Optional(variant, iterator._types, iterator._shapes)

