"""TF1's queue-based input pipelines: input producers and batching (tf.train.batch, ...).

Each function builds a queue, the ops that fill it, and a QueueRunner (added to the graph's
QUEUE_RUNNERS collection) whose threads run those ops once `tf.train.start_queue_runners` is
called. Epoch limits count in a local variable "epochs" (initialize it with
`tf.local_variables_initializer()`); when it runs out, the producer's enqueue fails with
OutOfRangeError, its queue runner closes the queue, and the consumers downstream drain what is
left and then see OutOfRangeError too.
"""

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
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


def _fraction_summary(queue, capacity, name):
    tf = _tf()
    tf.summary.scalar(name, tf.cast(queue.size(), tf.float32) * (1.0 / capacity))


@tf_export("train.input_producer")
def input_producer(input_tensor, element_shape=None, num_epochs=None, shuffle=True, seed=None,
                   capacity=32, shared_name=None, summary_name=None, name=None, cancel_op=None):
    """A queue filled with the rows of `input_tensor` (shuffled per epoch), by a queue runner."""
    tf = _tf()
    with name_scope(name, "input_producer", [input_tensor]) as scope:
        input_tensor = _ops.convert_to_tensor(input_tensor, name="input_tensor")
        element_shape = input_tensor.shape[1:].merge_with(
            TensorShape(element_shape) if element_shape is not None else TensorShape(None))
        if not element_shape.is_fully_defined():
            raise ValueError("Either `input_tensor` must have a fully defined shape or "
                             "`element_shape` must be specified")
        if shuffle:
            input_tensor = tf.random_shuffle(input_tensor, seed=seed)
        input_tensor = limit_epochs(input_tensor, num_epochs)
        q = queue_ops.FIFOQueue(capacity, dtypes=[input_tensor.dtype.base_dtype],
                                shapes=[element_shape], shared_name=shared_name, name=scope)
        enq = q.enqueue_many([input_tensor])
        add_queue_runner(QueueRunner(q, [enq], cancel_op=cancel_op))
        if summary_name is not None:
            _fraction_summary(q, capacity, summary_name)
        return q


@tf_export("train.string_input_producer")
def string_input_producer(string_tensor, num_epochs=None, shuffle=True, seed=None, capacity=32,
                          shared_name=None, name=None, cancel_op=None):
    """A queue of the strings (usually file names) of a 1-D `string_tensor`, for readers."""
    message = "string_input_producer requires a non-null input tensor"
    if not isinstance(string_tensor, _ops.Tensor) and not len(string_tensor):
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
    with name_scope(name, "input_producer", list(tensor_list)) as scope:
        tensor_list = [_ops.convert_to_tensor(t) for t in tensor_list]
        if not tensor_list:
            raise ValueError("Expected at least one tensor in slice_input_producer().")
        range_size = tf.shape(tensor_list[0], out_type=tf.int32)[0]
        queue = range_input_producer(range_size, num_epochs=num_epochs, shuffle=shuffle, seed=seed,
                                     capacity=capacity, shared_name=shared_name)
        index = queue.dequeue()
        return [tf.gather(t, index) for t in tensor_list]


# ----------------------------------------------------------------------- batching
def _flatten(tensors):
    """(flat list of tensors, function rebuilding the structure from a flat list)."""
    if isinstance(tensors, dict):
        keys = sorted(tensors)
        return [tensors[k] for k in keys], lambda flat: dict(zip(keys, flat))
    if isinstance(tensors, (list, tuple)):
        kind = type(tensors)
        return list(tensors), lambda flat: kind(flat) if kind is tuple else list(flat)
    return [tensors], lambda flat: flat[0]


def _as_tensors(flat):
    out = []
    for t in flat:
        if hasattr(t, "indices") and hasattr(t, "dense_shape"):
            raise TypeError("Batching SparseTensors is not supported by tensorweave's queue-based "
                            "batching; use tf.data instead.")
        out.append(_ops.convert_to_tensor(t))
    return out


def _shapes(tensor_lists, shapes, enqueue_many, dynamic_pad):
    if shapes is None:
        first = tensor_lists[0]
        shapes = []
        for i, t in enumerate(first):
            s = t.shape.with_rank_at_least(1)[1:] if enqueue_many else t.shape
            for other in tensor_lists[1:]:
                o = other[i].shape
                s = s.merge_with(o.with_rank_at_least(1)[1:] if enqueue_many else o)
            shapes.append(s)
    else:
        shapes = [TensorShape(s) for s in shapes]
    if not dynamic_pad:
        for s in shapes:
            if not s.is_fully_defined():
                raise ValueError("All shapes must be fully defined: %s" % shapes)
    return shapes


def _enqueue(queue, tensor_lists, enqueue_many):
    return [(queue.enqueue_many if enqueue_many else queue.enqueue)(tl) for tl in tensor_lists]


def _dequeue(queue, batch_size, allow_smaller, name):
    if allow_smaller:
        return queue.dequeue_up_to(batch_size, name=name)
    return queue.dequeue_many(batch_size, name=name)


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _batch(tensors_list, batch_size, num_threads, capacity, enqueue_many, shapes, dynamic_pad,
           allow_smaller_final_batch, shared_name, name, default_name):
    structure = None
    flats = []
    for tensors in tensors_list:
        flat, rebuild = _flatten(tensors)
        structure = structure or rebuild
        flats.append(flat)
    with name_scope(name, default_name, [t for f in flats for t in f]) as scope:
        flats = [_as_tensors(f) for f in flats]
        types = [t.dtype.base_dtype for t in flats[0]]
        shapes = _shapes(flats, shapes, enqueue_many, dynamic_pad)
        queue_class = queue_ops.PaddingFIFOQueue if dynamic_pad else queue_ops.FIFOQueue
        queue = queue_class(capacity=capacity, dtypes=types, shapes=shapes, shared_name=shared_name)
        enqueues = _enqueue(queue, flats, enqueue_many)
        if len(flats) == 1:
            enqueues = enqueues * num_threads
        add_queue_runner(QueueRunner(queue, enqueues))
        _fraction_summary(queue, capacity, "fraction_of_%d_full" % capacity)
        out = _dequeue(queue, batch_size, allow_smaller_final_batch, scope)
        return structure(_as_list(out))


def _shuffle_batch(tensors_list, batch_size, capacity, min_after_dequeue, num_threads, seed,
                   enqueue_many, shapes, allow_smaller_final_batch, shared_name, name, default_name):
    structure = None
    flats = []
    for tensors in tensors_list:
        flat, rebuild = _flatten(tensors)
        structure = structure or rebuild
        flats.append(flat)
    tf = _tf()
    with name_scope(name, default_name, [t for f in flats for t in f]) as scope:
        flats = [_as_tensors(f) for f in flats]
        types = [t.dtype.base_dtype for t in flats[0]]
        shapes = _shapes(flats, shapes, enqueue_many, False)
        queue = queue_ops.RandomShuffleQueue(capacity=capacity, min_after_dequeue=min_after_dequeue,
                                             seed=seed, dtypes=types, shapes=shapes,
                                             shared_name=shared_name)
        enqueues = _enqueue(queue, flats, enqueue_many)
        if len(flats) == 1:
            enqueues = enqueues * num_threads
        add_queue_runner(QueueRunner(queue, enqueues))
        full = tf.cast(tf.maximum(0, queue.size() - min_after_dequeue), tf.float32) * \
            (1.0 / (capacity - min_after_dequeue))
        tf.summary.scalar("fraction_over_%d_of_%d_full" % (min_after_dequeue, capacity - min_after_dequeue),
                          full)
        out = _dequeue(queue, batch_size, allow_smaller_final_batch, scope)
        return structure(_as_list(out))


@tf_export("train.batch")
def batch(tensors, batch_size, num_threads=1, capacity=32, enqueue_many=False, shapes=None,
          dynamic_pad=False, allow_smaller_final_batch=False, shared_name=None, name=None):
    """Batches of `batch_size` elements of `tensors` (a tensor, list or dict), in order."""
    return _batch([tensors], batch_size, num_threads, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, "batch")


@tf_export("train.batch_join")
def batch_join(tensors_list, batch_size, capacity=32, enqueue_many=False, shapes=None,
               dynamic_pad=False, allow_smaller_final_batch=False, shared_name=None, name=None):
    """Like batch, with one enqueueing thread per entry of `tensors_list`."""
    return _batch(list(tensors_list), batch_size, 1, capacity, enqueue_many, shapes, dynamic_pad,
                  allow_smaller_final_batch, shared_name, name, "batch_join")


@tf_export("train.shuffle_batch")
def shuffle_batch(tensors, batch_size, capacity, min_after_dequeue, num_threads=1, seed=None,
                  enqueue_many=False, shapes=None, allow_smaller_final_batch=False,
                  shared_name=None, name=None):
    """Batches of randomly chosen elements, keeping `min_after_dequeue` buffered to mix."""
    return _shuffle_batch([tensors], batch_size, capacity, min_after_dequeue, num_threads, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name,
                          "shuffle_batch")


@tf_export("train.shuffle_batch_join")
def shuffle_batch_join(tensors_list, batch_size, capacity, min_after_dequeue, seed=None,
                       enqueue_many=False, shapes=None, allow_smaller_final_batch=False,
                       shared_name=None, name=None):
    """Like shuffle_batch, with one enqueueing thread per entry of `tensors_list`."""
    return _shuffle_batch(list(tensors_list), batch_size, capacity, min_after_dequeue, 1, seed,
                          enqueue_many, shapes, allow_smaller_final_batch, shared_name, name,
                          "shuffle_batch_join")
