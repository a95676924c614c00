"""`tf.train.warm_start` and `tf.train.VocabInfo`: initialize variables from a checkpoint.

`warm_start` picks variables (a scope regex over the trainable variables, a list of regexes over
the global ones, or a list of variables), groups the parts of partitioned variables by their
full name, and makes each initialize from the checkpoint tensor of the same name (or of the name
given in `var_name_to_prev_var_name`) via `init_from_checkpoint`. Running the initializers then
loads the values.

With a `VocabInfo`, a matrix is remapped by vocabulary as TF's LoadAndRemapMatrix does, built
from ordinary ops: the row/column indices are worked out here from the vocabulary files, the
present cells are gathered from a RestoreV2 of the old tensor, the missing ones come from one
`backup_initializer` call (filled row-major, as TF fills them), and OOV rows/columns from one
more call each, so seeded random initializers give TF's values.
"""

from __future__ import annotations

import collections

from tensorweave.framework import context
from tensorweave.framework.graph import GraphKeys


class VocabInfo(collections.namedtuple("VocabInfo", [
        "new_vocab", "new_vocab_size", "num_oov_buckets", "old_vocab", "old_vocab_size",
        "backup_initializer", "axis"])):
    """How to remap a vocabulary-indexed variable when warm-starting (TF's `tf.train.VocabInfo`)."""

    def __new__(cls, new_vocab, new_vocab_size, num_oov_buckets, old_vocab, old_vocab_size=-1,
                backup_initializer=None, axis=0):
        if axis not in (0, 1):
            raise ValueError("The only supported values for the axis argument are 0 and 1.  "
                             "Provided axis: {}".format(axis))
        return super().__new__(cls, new_vocab, new_vocab_size, num_oov_buckets, old_vocab,
                               old_vocab_size, backup_initializer, axis)


def _is_variable(value) -> bool:
    from tensorweave.training.variables import Variable

    return isinstance(value, Variable)


def _var_name(var) -> str:
    """The checkpoint name of a variable (the full name for a part of a partitioned one)."""
    info = getattr(var, "_get_save_slice_info", None)
    info = info() if info is not None else None
    if info is not None:
        return info.full_name
    return var.op.name


def _grouped_variables(vars_to_warm_start) -> dict:
    graph = context.get_default_graph()
    if isinstance(vars_to_warm_start, str):
        chosen = graph.get_collection(GraphKeys.TRAINABLE_VARIABLES, scope=vars_to_warm_start)
    elif isinstance(vars_to_warm_start, list):
        if all(isinstance(v, str) for v in vars_to_warm_start):
            chosen = []
            for pattern in vars_to_warm_start:
                chosen += graph.get_collection(GraphKeys.GLOBAL_VARIABLES, scope=pattern)
        elif all(_is_variable(v) for v in vars_to_warm_start):
            chosen = vars_to_warm_start
        else:
            raise ValueError("If `vars_to_warm_start` is a list, it must be all `Variable` or all "
                             "`str`.  Given types are {}".format([type(v) for v in vars_to_warm_start]))
    elif vars_to_warm_start is None:
        chosen = []
    else:
        raise ValueError("`vars_to_warm_start must be a `list` or `str`.  Given type is {}"
                         .format(type(vars_to_warm_start)))
    grouped: dict = {}
    for var in chosen:
        grouped.setdefault(_var_name(var), []).append(var)
    return grouped


def _read_vocab(path, count: int, offset: int = 0) -> list[str]:
    """Lines [offset, offset + count) of a vocabulary file (count -1: to the end)."""
    from tensorweave.framework import errors

    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except FileNotFoundError:
        raise errors.NotFoundError(None, None, "%s; No such file or directory" % path) from None
    if lines and lines[-1] == "":
        lines.pop()
    if count < 0:
        return lines[offset:]
    if offset + count > len(lines):
        raise errors.InvalidArgumentError(
            None, None, "Vocabulary file %s has %d entries, fewer than the %d asked for"
            % (path, len(lines), offset + count))
    return lines[offset:offset + count]


def _remapping(new_vocab, old_vocab, offset: int, count: int, old_size: int) -> list[int]:
    """For each of `count` new entries from `offset`: its index in the old vocabulary or -1."""
    old_index: dict[str, int] = {}
    for i, word in enumerate(_read_vocab(old_vocab, old_size)):
        old_index.setdefault(word, i)
    return [old_index.get(word, -1) for word in _read_vocab(new_vocab, count, offset)]


def _remapped_matrix(var, ckpt_file, tensor_name, info, row_offset, total_rows):
    """The initial value of `var` (a whole matrix, or the part starting at `row_offset`)."""
    import numpy as np

    from tensorweave.framework import dtypes
    from tensorweave.ops import array_ops, data_flow_ops, init_ops, io_ops, slicing_ops

    initializer = info.backup_initializer or init_ops.zeros_initializer()
    shape = var.get_shape().as_list()
    if var.dtype.base_dtype != dtypes.float32:
        # TF builds the float32 remapped value, then fails to assign it.
        raise ValueError("Tensor conversion requested dtype %s for Tensor with dtype float32: "
                         "the remapped initial value of %s (vocabulary warm-starting supports "
                         "float32 variables only)" % (var.dtype.base_dtype.name, var.op.name))
    if len(shape) != 2:
        raise ValueError("Expected 2-dim shape, but received: {}".format(shape))
    if info.axis == 0:
        new_rows, new_cols, row_oov, col_oov = info.new_vocab_size, shape[1], info.num_oov_buckets, 0
    else:
        new_rows, new_cols, row_oov, col_oov = total_rows, info.new_vocab_size, 0, info.num_oov_buckets
    if shape[1] != new_cols + col_oov:
        raise ValueError("Expected 2nd dim of shape to be new_col_vocab_size ({}) + num_col_oov_buckets "
                         "({}) = {}, but received shape: {}".format(new_cols, col_oov, new_cols + col_oov, shape))
    if row_offset + shape[0] > new_rows + row_oov:
        raise ValueError("Trying to initialize {} additional rows after {} rows have already been "
                         "initialized, which would exceed expected total row count of "
                         "new_row_vocab_size ({}) + num_row_oov_buckets ({}) = {}."
                         .format(shape[0], row_offset, new_rows, row_oov, new_rows + row_oov))
    oov_rows = min(shape[0], max(0, row_offset + shape[0] - new_rows))
    load = shape[0] - oov_rows
    if row_offset > new_rows:  # a part holding only OOV rows
        return initializer(shape)
    pieces = []
    if load:
        if info.axis == 0:
            row_map = _remapping(info.new_vocab, info.old_vocab, row_offset, load, info.old_vocab_size)
            col_map = list(range(new_cols))
        else:
            row_map = list(range(row_offset, row_offset + load))
            # NOTE: as TF, old_vocab_size limits only a row vocabulary; columns use all of it.
            col_map = _remapping(info.new_vocab, info.old_vocab, 0, new_cols, -1)
        rows = [i for i, r in enumerate(row_map) if r >= 0]
        cols = [j for j, c in enumerate(col_map) if c >= 0]
        present = [i * new_cols + j for i in rows for j in cols]
        missing = sorted(set(range(load * new_cols)) - set(present))
        indices, data = [], []
        if present:
            old = io_ops.restore_v2(ckpt_file, [tensor_name], [""], [dtypes.float32],
                                    name="checkpoint_initializer")[0]
            block = slicing_ops.gather(old, np.array([row_map[i] for i in rows], np.int64))
            block = slicing_ops.gather(block, np.array([col_map[j] for j in cols], np.int64), axis=1)
            indices.append(np.array(present, np.int32))
            data.append(array_ops.reshape(block, [-1]))
        if missing:
            # As LoadAndRemapMatrix: one initializer call, its values fill the cells row-major.
            indices.append(np.array(missing, np.int32))
            data.append(array_ops.reshape(initializer([len(missing), 1]), [-1]))
        pieces.append(array_ops.reshape(data_flow_ops.dynamic_stitch(indices, data), [load, new_cols]))
    if oov_rows:
        pieces.append(initializer([oov_rows, new_cols]))
    value = pieces[0] if len(pieces) == 1 else array_ops.concat(pieces, 0)
    if col_oov:
        value = array_ops.concat([value, initializer([shape[0], col_oov])], 1)
    return value


def _warm_start_with_vocab(parts, ckpt, tensor_name, info) -> None:
    from tensorweave.ops import state_ops
    from tensorweave.training import checkpoint_init, checkpoint_utils

    if not (info.new_vocab and info.new_vocab_size and ckpt and info.old_vocab):
        raise ValueError("Invalid args: Must provide all of [current_vocab_path, "
                         "current_vocab_size, prev_ckpt, prev_vocab_path}.")
    ckpt_file = checkpoint_utils._checkpoint_filename(ckpt)
    offsets = checkpoint_init._part_offsets(parts) if len(parts) > 1 else [[0, 0]]
    total_rows = sum(p.get_shape().as_list()[0] for p in parts)
    for part, offset in zip(parts, offsets):
        graph = part.graph
        with graph.as_default(), graph.control_dependencies(None):
            value = _remapped_matrix(part, ckpt_file, tensor_name, info, offset[0], total_rows)
            if getattr(part, "_is_resource", False):
                init = part.assign(value, read_value=False)
            else:
                init = state_ops.assign(part._ref(), value).op
        part._initializer_op = init


def warm_start(ckpt_to_initialize_from, vars_to_warm_start=".*", var_name_to_vocab_info=None,
               var_name_to_prev_var_name=None) -> None:
    """Makes the chosen variables initialize from `ckpt_to_initialize_from` (a checkpoint prefix
    or a directory holding one).

    `var_name_to_vocab_info` maps a variable name to a `VocabInfo`: the rows (axis 0) or
    columns (axis 1) of that float32 matrix are then taken from the checkpoint row/column of the
    same vocabulary entry in the old vocabulary file; entries missing from it and the OOV
    buckets get values from `backup_initializer` (zeros by default).

    Raises ValueError for entries of `var_name_to_prev_var_name` or `var_name_to_vocab_info`
    naming no chosen variable.
    """
    from tensorweave.training import checkpoint_init

    vocab_infos = var_name_to_vocab_info or {}
    prev_names = var_name_to_prev_var_name or {}
    grouped = _grouped_variables(vars_to_warm_start)
    used_vocab, used_prev = set(), set()
    for name, parts in grouped.items():
        prev = prev_names.get(name)
        if prev:
            used_prev.add(name)
        info = vocab_infos.get(name)
        if info:
            used_vocab.add(name)
            _warm_start_with_vocab(parts, ckpt_to_initialize_from, prev or name, info)
            continue
        target = parts[0] if len(parts) == 1 else parts
        checkpoint_init.init_from_checkpoint(ckpt_to_initialize_from, {prev or name: target})
    unused_prev = set(prev_names) - used_prev
    if unused_prev:
        raise ValueError("You provided the following variables in var_name_to_prev_var_name that "
                         "were not used: {0}.  Perhaps you misspelled them?  Here is the list of "
                         "viable variable names: {1}".format(unused_prev, grouped.keys()))
    unused_vocab = set(vocab_infos) - used_vocab
    if unused_vocab:
        raise ValueError("You provided the following variables in var_name_to_vocab_info that "
                         "were not used: {0}.  Perhaps you misspelled them?  Here is the list of "
                         "viable variable names: {1}".format(unused_vocab, grouped.keys()))
