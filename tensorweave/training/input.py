"""TF1's queue-based input pipelines: input producers and batching (tf.train.batch, ...).

Each function builds a queue, the ops that fill it, and a QueueRunner (added to the graph's
QUEUE_RUNNERS collection) whose threads run those ops once `tf.train.start_queue_runners` is
called. Epoch limits count in a local variable "epochs" (initialize it with
`tf.local_variables_initializer()`); when it runs out, the producer's enqueue fails with
OutOfRangeError, its queue runner closes the queue, and the consumers downstream drain what is
left and then see OutOfRangeError too.

Names follow TensorFlow's: `batch/fifo_queue`, the summary `batch/fraction_of_32_full`, the
batch tensors `batch:0, batch:1`, the producer queue `input_producer`, ...
"""

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import queue_ops
from tensorweave.training.queue_runner import QueueRunner, add_queue_runner


def _tf():
    import tensorweave.compat.v1 as tf  # the public ops; imported when a pipeline is built

    return tf


@tf_export("train.limit_epochs")
def limit_epochs(tensor, num_epochs=None, name=None):
    """Returns `tensor`, but OutOfRangeError after it has been evaluated `num_epochs` times."""
    if num_epochs is None:
        return tensor
    if num_epochs <= 0:
        raise ValueError("num_epochs must be > 0 not %d." % num_epochs)
    tf = _tf()
    with name_scope(name, "limit_epochs", [tensor]) as scope:
        zero64 = tf.constant(0, dtype=tf.int64)
        epochs = tf.Variable(zero64, name="epochs", trainable=False,
                             collections=[GraphKeys.LOCAL_VARIABLES])
        counter = epochs.count_up_to(num_epochs)
        with tf.control_dependencies([counter]):
            return tf.identity(tensor, name=scope)


@tf_export("train.match_filenames_once")
def match_filenames_once(pattern, name=None):
    """A local variable holding the file names matching `pattern` (a glob), read once at init."""
    tf = _tf()
    with name_scope(name, "matching_filenames", [pattern]) as scope:
        return tf.Variable(tf.matching_files(pattern), name=scope, trainable=False,
                           validate_shape=False, collections=[GraphKeys.LOCAL_VARIABLES])


@tf_export("train.input_producer")
def input_producer(input_tensor, element_shape=None, num_epochs=None, shuffle=True, seed=None,
                   capacity=32, shared_name=None, summary_name=None, name=None, cancel_op=None):
    """A queue filled with the rows of `input_tensor` (shuffled per epoch), by a queue runner."""
    tf = _tf()
    with name_scope(name, "input_producer", [input_tensor]):
        input_tensor = _ops.convert_to_tensor(input_tensor, name="input_tensor")
        element_shape = input_tensor.shape[1:].merge_with(
            TensorShape(element_shape) if element_shape is not None else TensorShape(None))
        if not element_shape.is_fully_defined():
            raise ValueError("Either `input_tensor` must have a fully defined shape or "
                             "`element_shape` must be specified")
        if shuffle:
            input_tensor = tf.random_shuffle(input_tensor, seed=seed)
        input_tensor = limit_epochs(input_tensor, num_epochs)
        # NOTE: as TF, the queue takes the caller's `name`: None gives "<scope>/FIFOQueueV2",
        # the wrappers below pass their scope ("input_producer/"), naming it "input_producer".
        q = queue_ops.FIFOQueue(capacity, dtypes=[input_tensor.dtype.base_dtype],
                                shapes=[element_shape], shared_name=shared_name, name=name)
        enq = q.enqueue_many([input_tensor])
        add_queue_runner(QueueRunner(q, [enq], cancel_op=cancel_op))
        if summary_name is not None:
            tf.summary.scalar(summary_name,
                              tf.cast(q.size(), tf.float32) * (1.0 / capacity))
        return q


@tf_export("train.string_input_producer")
def string_input_producer(string_tensor, num_epochs=None, shuffle=True, seed=None, capacity=32,
                          shared_name=None, name=None, cancel_op=None):
    """A queue of the strings (usually file names) of a 1-D `string_tensor`, for readers."""
    message = "string_input_producer requires a non-null input tensor"
    # NOTE: a variable (match_filenames_once) counts as a tensor here, as it did in TF1.
    if not isinstance(string_tensor, _ops.Tensor) and not hasattr(string_tensor, "dtype") and \
            not len(string_tensor):
        raise ValueError(message)
    tf = _tf()
    with name_scope(name, "input_producer", [string_tensor]) as scope:
        string_tensor = _ops.convert_to_tensor(string_tensor, dtype=tf.string)
        check = tf.Assert(tf.greater(tf.size(string_tensor), 0), [message])
        with tf.control_dependencies([check]):
            string_tensor = tf.identity(string_tensor)
        return input_producer(string_tensor, [], num_epochs, shuffle, seed, capacity, shared_name,
                              "fraction_of_%d_full" % capacity, scope, cancel_op)


@tf_export("train.range_input_producer")
def range_input_producer(limit, num_epochs=None, shuffle=True, seed=None, capacity=32,
                         shared_name=None, name=None):
    """A queue of the integers 0 .. limit-1."""
    tf = _tf()
    with name_scope(name, "input_producer", [limit]) as scope:
        range_tensor = tf.range(limit)
        return input_producer(range_tensor, [], num_epochs, shuffle, seed, capacity, shared_name,
                              "fraction_of_%d_full" % capacity, scope)


@tf_export("train.slice_input_producer")
def slice_input_producer(tensor_list, num_epochs=None, shuffle=True, seed=None, capacity=32,
                         shared_name=None, name=None):
    """One row of every tensor of `tensor_list` at a time (the same row index for all)."""
    tf = _tf()
    with name_scope(name, "input_producer", list(tensor_list)):
        tensor_list = [_ops.convert_to_tensor(t) for t in tensor_list]
        if not tensor_list:
            raise ValueError("Expected at least one tensor in slice_input_producer().")
        range_size = tf.shape(tensor_list[0], out_type=tf.int32)[0]
        queue = range_input_producer(range_size, num_epochs=num_epochs, shuffle=shuffle, seed=seed,
                                     capacity=capacity, shared_name=shared_name)
        index = queue.dequeue()
        return [tf.gather(t, index) for t in tensor_list]


# ----------------------------------------------------------------------- batching
def _as_tensor_list(tensors):
    """The components of `tensors` (a dict: its values by sorted key; a list or tuple)."""
    if isinstance(tensors, dict):
        return [tensors[k] for k in sorted(tensors, key=str)]
    if isinstance(tensors, (list, tuple)):
        return list(tensors)
    # NOTE: TF iterates a lone tensor here (an error in graph mode); a lone tensor is taken
    # as one component, and comes back as one tensor.
    return [tensors]


def _as_original_type(original, dequeued):
    """The dequeued components in the caller's structure: a dict stays a dict, else as dequeued."""
    if isinstance(original, dict):
        if not isinstance(dequeued, list):
            dequeued = [dequeued]
        return dict(zip(sorted(original, key=str), dequeued))
    return dequeued


def _validate(tensor_list, fname):
    # NOTE: TF's message names batch() whichever function was called.
    if not tensor_list:
        raise ValueError("Expected at least one tensor in batch().")
    return [t if _is_sparse(t) else _ops.convert_to_tensor(t) for t in tensor_list]


def _is_sparse(t):
    from tensorweave.framework.sparse_tensor import SparseTensor

    return isinstance(t, SparseTensor)


def _store_sparse(tensor_lists, enqueue_many):
    """Replaces each SparseTensor by its int64 handle(s) in a SparseTensorsMap, shaped [1] per
    element; returns (tensor lists, per component: (map op, rank of the batch) or None).

    Every tensor list of a join stores into the map of the first list's Add op."""
    tf = _tf()
    from tensorweave.ops import sparse_map_ops

    infos = [None] * len(tensor_lists[0])
    stored = []
    for tl in tensor_lists:
        out = []
        for i, t in enumerate(tl):
            if not _is_sparse(t):
                out.append(t)
                continue
            shared = infos[i][0].name if infos[i] is not None else None
            handle, map_op = sparse_map_ops.add_sparse_to_tensors_map(t, enqueue_many, shared)
            if infos[i] is None:
                rank = t.dense_shape.shape.as_list()[0]
                infos[i] = (map_op, None if rank is None else rank + (0 if enqueue_many else 1))
            out.append(tf.expand_dims(handle, 1 if enqueue_many else 0))
        stored.append(out)
    return stored, infos


def _restore_sparse(dequeued, infos):
    """The dequeued components with SparseTensors taken back from their maps. As TF, when
    there are several components, each output waits for every component's values."""
    if not any(infos):
        return dequeued
    tf = _tf()
    from tensorweave.ops import control_flow_ops, sparse_map_ops
    from tensorweave.framework.sparse_tensor import SparseTensor

    single = not isinstance(dequeued, list)
    parts = [dequeued] if single else list(dequeued)
    restored = []
    for part, info in zip(parts, infos):
        if info is None:
            restored.append(part)
            continue
        handles = tf.squeeze(part, [1])
        restored.append(sparse_map_ops.take_many_sparse_from_tensors_map(info[0], handles, info[1]))
    values = [x.values if isinstance(x, SparseTensor) else x for x in restored]
    guarded = []
    for x in restored:
        if isinstance(x, SparseTensor):
            guarded.append(SparseTensor(*[control_flow_ops.with_dependencies(values, t)
                                          for t in (x.indices, x.values, x.dense_shape)]))
        else:
            guarded.append(control_flow_ops.with_dependencies(values, x))
    return restored[0] if single else guarded


def _validate_join(tensor_lists, fname):
    if not tensor_lists:
        raise ValueError("Expected at least one set of tensors")
    return [_validate(tl, fname) for tl in tensor_lists]


def _validate_keep_input(keep_input, enqueue_many):
    keep_input = _ops.convert_to_tensor(keep_input)
    rank = keep_input.shape.ndims
    if rank is None:
        raise ValueError("`keep_input` dimensions must be known at graph construction.")
    if not enqueue_many and rank == 1:
        raise ValueError("`keep_input` cannot be a vector when `enqueue_many=False`.")
    if rank > 1:
        raise ValueError("`keep_input` must be 0 or 1 dimensions.")
    return keep_input


def _dtypes(tensor_lists):
    types = [t.dtype.base_dtype for t in tensor_lists[0]]
    for other in tensor_lists[1:]:
        other_types = [t.dtype.base_dtype for t in other]
        if other_types != types:
            raise TypeError("Expected types to be consistent: %s vs. %s."
                            % (", ".join(t.name for t in types), ", ".join(t.name for t in other_types)))
    return types


def _shapes(tensor_lists, shapes, enqueue_many):
    if shapes is not None:
        return shapes
    merged = []
    for i in range(len(tensor_lists[0])):
        shape = TensorShape(None)
        for tl in tensor_lists:
            s = tl[i].shape
            if s.ndims is None:
                raise ValueError("Cannot infer Tensor's rank: %s" % (tl[i],))
            if enqueue_many:
                s = s.with_rank_at_least(1)[1:]
            shape = shape.merge_with(s)
        merged.append(shape)
    return merged


def _select_rows(tensor_list, keep_input):
    """The rows of each tensor where the boolean vector `keep_input` is true."""
    tf = _tf()
    select = tf.cast(keep_input, tf.int32)
    return [tf.dynamic_partition(t, select, num_partitions=2)[1] for t in tensor_list]


def _enqueue_ops(queue, tensor_lists, copies, enqueue_many, keep_input):
    """One enqueue op per tensor list (repeated `copies` times), guarded by `keep_input`."""
    enqueue = queue.enqueue_many if enqueue_many else queue.enqueue
    keep = tensor_util.constant_value(keep_input)
    ops = []
    for tl in tensor_lists:
        if keep_input.shape.ndims == 1:
            op = enqueue(_select_rows(tl, keep_input))
        elif keep is not None:
            op = enqueue(tl) if bool(keep) else _tf().no_op()
        else:
            tf = _tf()
            op = tf.cond(keep_input, lambda tl=tl: enqueue(tl), tf.no_op)
        ops.extend([op] * copies)
    return ops


def _batch(tensors_list, batch_size, copies, capacity, enqueue_many, shapes, dynamic_pad,
           allow_smaller_final_batch, shared_name, name, keep_input, default_name, join):
    tf = _tf()
    originals = tensors_list
    lists = [_as_tensor_list(t) for t in tensors_list]
    with name_scope(name, default_name, [t for tl in lists for t in tl] + [keep_input]) as scope:
        lists = _validate_join(lists, default_name) if join else [_validate(lists[0], default_name)]
        keep_input = _validate_keep_input(keep_input, enqueue_many)
        lists, sparse_infos = _store_sparse(lists, enqueue_many)
        types = _dtypes(lists)
        shapes = _shapes(lists, shapes, enqueue_many)
        queue_class = queue_ops.PaddingFIFOQueue if dynamic_pad else queue_ops.FIFOQueue
        queue = queue_class(capacity=capacity, dtypes=types, shapes=shapes, shared_name=shared_name)
        add_queue_runner(QueueRunner(queue, _enqueue_ops(queue, lists, copies, enqueue_many,
                                                         keep_input)))
        tf.summary.scalar("fraction_of_%d_full" % capacity,
                          tf.cast(queue.size(), tf.float32) * (1.0 / capacity))
        if allow_smaller_final_batch:
            out = queue.dequeue_up_to(batch_size, name=scope)
        else:
            out = queue.dequeue_many(batch_size, name=scope)
        return _as_original_type(originals[0], _restore_sparse(out, sparse_infos))


def _shuffle_batch(tensors_list, batch_size, capacity, min_after_dequeue, copies, seed,
                   enqueue_many, shapes, allow_smaller_final_batch, shared_name, name, keep_input,
                   default_name, join):
    tf = _tf()
    originals = tensors_list
    lists = [_as_tensor_list(t) for t in tensors_list]
    with name_scope(name, default_name, [t for tl in lists for t in tl] + [keep_input]) as scope:
        if capacity <= min_after_dequeue:
            raise ValueError("capacity %d must be bigger than min_after_dequeue %d."
                             % (capacity, min_after_dequeue))
        lists = _validate_join(lists, default_name) if join else [_validate(lists[0], default_name)]
        keep_input = _validate_keep_input(keep_input, enqueue_many)
        lists, sparse_infos = _store_sparse(lists, enqueue_many)
        types = _dtypes(lists)
        shapes = _shapes(lists, shapes, enqueue_many)
        queue = queue_ops.RandomShuffleQueue(capacity=capacity, min_after_dequeue=min_after_dequeue,
                                             seed=seed, dtypes=types, shapes=shapes,
                                             shared_name=shared_name)
        add_queue_runner(QueueRunner(queue, _enqueue_ops(queue, lists, copies, enqueue_many,
                                                         keep_input)))
        full = tf.cast(tf.maximum(0, queue.size() - min_after_dequeue), tf.float32) * \
            (1.0 / (capacity - min_after_dequeue))
        tf.summary.scalar("fraction_over_%d_of_%d_full" % (min_after_dequeue,
                                                           capacity - min_after_dequeue), full)
        if allow_smaller_final_batch:
            out = queue.dequeue_up_to(batch_size, name=scope)
        else:
            out = queue.dequeue_many(batch_size, name=scope)
        return _as_original_type(originals[0], _restore_sparse(out, sparse_infos))


@tf_export("train.batch")
def batch(tensors, batch_size, num_threads=1, capacity=32, enqueue_many=False, shapes=None,
          dynamic_pad=False, allow_smaller_final_batch=False, shared_name=None, name=None):
    """Batches of `batch_size` elements of `tensors` (a list or dict of tensors), in order."""
    return _batch([tensors], batch_size, num_threads, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, True, "batch", False)


@tf_export("train.maybe_batch")
def maybe_batch(tensors, keep_input, batch_size, num_threads=1, capacity=32, enqueue_many=False,
                shapes=None, dynamic_pad=False, allow_smaller_final_batch=False, shared_name=None,
                name=None):
    """Like batch, enqueueing only the elements where `keep_input` is true."""
    return _batch([tensors], batch_size, num_threads, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, keep_input, "batch", False)


@tf_export("train.batch_join")
def batch_join(tensors_list, batch_size, capacity=32, enqueue_many=False, shapes=None,
               dynamic_pad=False, allow_smaller_final_batch=False, shared_name=None, name=None):
    """Like batch, with one enqueueing thread per entry of `tensors_list`."""
    return _batch(list(tensors_list), batch_size, 1, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, True, "batch_join", True)


@tf_export("train.maybe_batch_join")
def maybe_batch_join(tensors_list, keep_input, batch_size, capacity=32, enqueue_many=False,
                     shapes=None, dynamic_pad=False, allow_smaller_final_batch=False,
                     shared_name=None, name=None):
    """Like batch_join, enqueueing only the elements where `keep_input` is true."""
    return _batch(list(tensors_list), batch_size, 1, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, keep_input, "batch_join", True)


@tf_export("train.shuffle_batch")
def shuffle_batch(tensors, batch_size, capacity, min_after_dequeue, num_threads=1, seed=None,
                  enqueue_many=False, shapes=None, allow_smaller_final_batch=False,
                  shared_name=None, name=None):
    """Batches of randomly chosen elements, keeping `min_after_dequeue` buffered to mix."""
    return _shuffle_batch([tensors], batch_size, capacity, min_after_dequeue, num_threads, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name, True,
                          "shuffle_batch", False)


@tf_export("train.maybe_shuffle_batch")
def maybe_shuffle_batch(tensors, batch_size, capacity, min_after_dequeue, keep_input,
                        num_threads=1, seed=None, enqueue_many=False, shapes=None,
                        allow_smaller_final_batch=False, shared_name=None, name=None):
    """Like shuffle_batch, enqueueing only the elements where `keep_input` is true."""
    return _shuffle_batch([tensors], batch_size, capacity, min_after_dequeue, num_threads, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name,
                          keep_input, "shuffle_batch", False)


@tf_export("train.shuffle_batch_join")
def shuffle_batch_join(tensors_list, batch_size, capacity, min_after_dequeue, seed=None,
                       enqueue_many=False, shapes=None, allow_smaller_final_batch=False,
                       shared_name=None, name=None):
    """Like shuffle_batch, with one enqueueing thread per entry of `tensors_list`."""
    return _shuffle_batch(list(tensors_list), batch_size, capacity, min_after_dequeue, 1, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name, True,
                          "shuffle_batch_join", True)


@tf_export("train.maybe_shuffle_batch_join")
def maybe_shuffle_batch_join(tensors_list, batch_size, capacity, min_after_dequeue, keep_input,
                             seed=None, enqueue_many=False, shapes=None,
                             allow_smaller_final_batch=False, shared_name=None, name=None):
    """Like shuffle_batch_join, enqueueing only the elements where `keep_input` is true."""
    return _shuffle_batch(list(tensors_list), batch_size, capacity, min_after_dequeue, 1, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name,
                          keep_input, "shuffle_batch_join", True)
