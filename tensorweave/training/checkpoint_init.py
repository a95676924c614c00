"""tf.train.init_from_checkpoint: variables initialized from a checkpoint instead of their
initializers.

Each mapped variable's initializer becomes an assignment from a `checkpoint_initializer`
RestoreV2 op (placed on the CPU), so `global_variables_initializer()` loads the checkpoint.
The assignment map takes TF's forms: `{"ckpt/name": variable or "graph/name"}` for one
variable, `{"ckpt_scope/": "graph_scope/"}` for every variable of a scope (`"/"` is the
root), where graph names are those of `tf.get_variable` (the default variable store).
"""

import numpy as np

from tensorweave._api import tf_export


def _is_variable(x):
    from tensorweave.training.variables import Variable

    return isinstance(x, Variable)


def _store_variables():
    from tensorweave.training import variable_scope

    return variable_scope._get_default_variable_store()._vars


def _partitions(name, store):
    """The parts `name/part_0`, `name/part_1`, ... of a partitioned variable, or None."""
    parts = []
    while "%s/part_%d" % (name, len(parts)) in store:
        parts.append(store["%s/part_%d" % (name, len(parts))])
    return parts or None


@tf_export("train.init_from_checkpoint")
def init_from_checkpoint(ckpt_dir_or_file, assignment_map):
    """Makes the variables named in `assignment_map` initialize from the checkpoint."""
    from tensorweave.training import checkpoint_utils

    reader = checkpoint_utils.load_checkpoint(ckpt_dir_or_file)
    shapes = reader.get_variable_to_shape_map()
    ckpt_file = checkpoint_utils._checkpoint_filename(ckpt_dir_or_file)
    items = assignment_map.items() if hasattr(assignment_map, "items") else assignment_map
    # As TF: entries are handled in the order of their checkpoint names (op names follow it).
    for ckpt_name, target in sorted(items, key=lambda item: item[0]):
        store = _store_variables()
        if _is_variable(target) or (isinstance(target, (list, tuple)) and target
                                    and all(_is_variable(v) for v in target)):
            var = target
        elif isinstance(target, str):
            var = store.get(target)
            if var is None:
                var = _partitions(target, store)
        else:
            var = getattr(target, "_get_partitions", lambda: None)()
            if var is None:
                raise TypeError("Unsupported assignment map value %r" % (target,))
            var = list(var)
        if var is not None:
            if ckpt_name not in shapes:
                raise ValueError("Tensor %s is not found in %s checkpoint %s"
                                 % (ckpt_name, ckpt_dir_or_file, shapes))
            if _is_variable(var) and not var.get_shape().is_compatible_with(shapes[ckpt_name]):
                raise ValueError("Shape of variable %s (%s) doesn't match with shape of tensor %s "
                                 "(%s) from checkpoint reader."
                                 % (var.name, var.get_shape(), ckpt_name, shapes[ckpt_name]))
            _initialize_from(var, ckpt_file, ckpt_name)
            continue
        _map_scope(ckpt_name, target, store, shapes, ckpt_dir_or_file, ckpt_file)


def _map_scope(ckpt_scope, graph_scope, store, shapes, ckpt_dir_or_file, ckpt_file):
    """`{"ckpt_scope/": "graph_scope/"}`: every variable of the graph scope, by its name
    inside the scope."""
    scope = graph_scope[:graph_scope.rindex("/")] if "/" in graph_scope else ""
    if not ckpt_scope.endswith("/"):
        raise ValueError("Assignment map with scope only name %s should map to scope only %s. "
                         "Should be 'scope/': 'other_scope/'." % (scope, ckpt_scope))
    names = set()
    for name in store:
        if not scope or name.startswith(scope + "/"):
            if "/part_" in name:  # the parts of a partitioned variable go by its name
                name = name[:name.index("/part_")]
            names.add(name)
    for name in sorted(names):
        relative = name[len(scope):]
        if graph_scope != "/":
            relative = relative[1:]
        full = relative if ckpt_scope == "/" else ckpt_scope + relative
        full = full.rstrip("/")
        if full not in shapes:
            raise ValueError("Tensor %s (%s in %s) is not found in %s checkpoint"
                             % (full, name[len(scope) + 1:], ckpt_scope, ckpt_dir_or_file))
        var = store.get(name)
        _initialize_from(var if var is not None else _partitions(name, store), ckpt_file, full)


def _initialize_from(var, ckpt_file, tensor_name):
    if isinstance(var, (list, tuple)):
        for part, offset in zip(var, _part_offsets(var)):
            _initialize_one(part, ckpt_file, tensor_name, offset)
    else:
        _initialize_one(var, ckpt_file, tensor_name, None)


def _part_offsets(parts):
    """Where each part of a partitioned variable starts in the whole: from its save-slice
    info, else (parts stacked along the one axis where their shapes differ) from the sizes
    of the parts before it."""
    infos = [getattr(p, "_get_save_slice_info", lambda: None)() for p in parts]
    if all(info is not None for info in infos):
        return [list(info.var_offset) for info in infos]
    shapes = [p.get_shape().as_list() for p in parts]
    rank = len(shapes[0])
    axis = next((a for a in range(rank) if len({s[a] for s in shapes}) > 1), 0)
    offsets, start = [], 0
    for shape in shapes:
        offset = [0] * rank
        if rank:
            offset[axis] = start
            start += shape[axis]
        offsets.append(offset)
    return offsets


def _initialize_one(var, ckpt_file, tensor_name, offset):
    from tensorweave.ops import io_ops, slicing_ops, state_ops
    from tensorweave.ops.graph_ops import identity

    graph = var.graph
    dtype = var.dtype.base_dtype
    with graph.as_default(), graph.control_dependencies(None):
        with graph.device(var.device), graph.device("/cpu:0"):
            restored = io_ops.restore_v2(ckpt_file, [tensor_name], [""], [dtype],
                                         name="checkpoint_initializer")[0]
            if offset is not None:
                # A part of a partitioned variable: its slice of the whole tensor.
                restored = slicing_ops.slice(restored, np.array(offset, np.int64),
                                             np.array(var.get_shape().as_list(), np.int64))
            restored.set_shape(var.get_shape())
        # NOTE: as TF, only the restore is pinned to the CPU; the assignment goes where the
        # variable is (its device, none when it has none).
        if getattr(var, "_is_resource", False):
            from tensorweave.framework.op_def import apply_op

            with graph.device(var.device):
                init = apply_op("AssignVariableOp", [var.handle, identity(restored)],
                                {"dtype": dtype}, name="AssignVariableOp")
        else:
            init = state_ops.assign(var._ref(), restored,
                                    validate_shape=var.get_shape().is_fully_defined()).op
    var._initializer_op = init
    var._initial_value = restored


__all__ = ["init_from_checkpoint"]
