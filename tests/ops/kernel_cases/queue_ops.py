"""Kernel cases for the TF1 queue ops (tensorweave/ops/queue_ops.py).

Queue ops act on a queue resource kept in the session, so each case is a round trip in one
step: `build` makes a queue, enqueues the inputs, and dequeues (or reads the size / closed
state) after the enqueue through a control dependency. tests/ops/test_queue_ops.py covers
blocking, closing, errors and threads.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, I32, I64, Case, arr


def _after(op, make):
    with tf.control_dependencies([op]):
        return make()


def _fifo(value, capacity=10):
    """A FIFO queue for the rows of `value` (declared from the NumPy input: the placeholder
    builds hide the static shape)."""
    return tf.FIFOQueue(capacity, [tf.as_dtype(value.dtype)], shapes=[list(value.shape[1:])])


def _dequeue_many(value, n):
    def build(x):
        q = _fifo(value)
        return _after(q.enqueue_many([x]), lambda: q.dequeue_many(n))
    return build


def _dequeue_up_to(value, n):
    def build(x):
        q = _fifo(value)
        with tf.control_dependencies([q.enqueue_many([x])]):
            close = q.close()
        return _after(close, lambda: q.dequeue_up_to(n))
    return build


def _enqueue_then_dequeue(value):
    def build(x):
        q = tf.FIFOQueue(3, [tf.as_dtype(value.dtype)])
        return _after(q.enqueue([x]), q.dequeue)
    return build


def _two_components(value):
    def build(a, b):
        q = tf.FIFOQueue(5, [tf.as_dtype(value.dtype), tf.int64])
        return _after(q.enqueue([a, b]), q.dequeue)
    return build


def _size(value):
    def build(x):
        q = _fifo(value)
        return _after(q.enqueue_many([x]), q.size)
    return build


def _is_closed(close):
    def build(x):
        q = tf.FIFOQueue(3, [tf.float32])
        return _after(q.close() if close else q.enqueue([x]), q.is_closed)
    return build


def _padding(x, y):
    q = tf.PaddingFIFOQueue(4, [tf.float32], shapes=[[None]])
    with tf.control_dependencies([q.enqueue([x])]):
        second = q.enqueue([y])
    return _after(second, lambda: q.dequeue_many(2))


def _shuffled(value):
    def build(x):
        q = tf.RandomShuffleQueue(10, 0, [tf.as_dtype(value.dtype)], shapes=[list(value.shape[1:])],
                                  seed=3)
        return _after(q.enqueue_many([x]), lambda: q.dequeue_many(value.shape[0]))
    return build


def _priority(n):
    def build(priorities, x):
        q = tf.PriorityQueue(10, [tf.float32], shapes=[[]])
        return _after(q.enqueue_many([priorities, x]), lambda: q.dequeue_many(n))
    return build


def _same_multiset(outputs, inputs):
    np.testing.assert_array_equal(np.sort(outputs[0], axis=0), np.sort(inputs[0], axis=0))


_M = arr((4, 3), F32)
_V = arr((5,), I32, -9, 9)
_S = np.array([1.5, -2.0], F32)
_PRIO = np.array([3, 1, 2], I64)
_PX = np.array([30.0, 10.0, 20.0], F32)

CASES = {
    "FIFOQueueV2": [Case([_M], lambda x: x[:2], build=_dequeue_many(_M, 2), name="roundtrip")],
    "QueueEnqueueManyV2": [Case([_V], lambda x: x, build=_dequeue_many(_V, 5), name="int32")],
    "QueueDequeueManyV2": [Case([_M], lambda x: x[:3], build=_dequeue_many(_M, 3), name="f32"),
                           Case([_M], lambda x: x[:0], build=_dequeue_many(_M, 0), name="zero")],
    "QueueDequeueUpToV2": [Case([_V], lambda x: x, build=_dequeue_up_to(_V, 8), name="short")],
    "QueueEnqueueV2": [Case([_M], lambda x: x, build=_enqueue_then_dequeue(_M), name="matrix"),
                       Case([_S[0]], lambda x: x, build=_enqueue_then_dequeue(_S[0]), name="scalar")],
    "QueueDequeueV2": [Case([_S, np.int64(7)], lambda a, b: [a, b], build=_two_components(_S),
                            name="two_components")],
    "QueueSizeV2": [Case([_M], lambda x: np.int32(4), build=_size(_M), name="four")],
    "QueueCloseV2": [Case([_S], lambda x: np.bool_(True), build=_is_closed(True), name="closed")],
    "QueueIsClosedV2": [Case([_S], lambda x: np.bool_(False), build=_is_closed(False), name="open")],
    "PaddingFIFOQueueV2": [Case([np.array([1.0, 2.0], F32), np.array([3.0], F32)],
                                lambda x, y: np.array([[1.0, 2.0], [3.0, 0.0]], F32),
                                build=_padding, name="pads")],
    "RandomShuffleQueueV2": [Case([_M], None, build=_shuffled(_M), check=_same_multiset,
                                  name="permutes")],
    "PriorityQueueV2": [Case([_PRIO, _PX], lambda p, x: [np.sort(p), np.sort(x)], build=_priority(3),
                             name="ordered")],
}
