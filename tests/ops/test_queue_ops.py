"""Queues in sessions: FIFO, padding, random shuffle and priority queues; blocking, closing,
timeouts, names, shapes and sharing. Expected names, messages and values were recorded from
TensorFlow 2.21 (tf.compat.v1, graph mode) unless computed with NumPy.

Every session that could block is made with an operation timeout, and helper threads are
joined with a timeout, so a regression fails a test instead of hanging the suite."""

import threading
import time

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

_TIMEOUT_MS = 10000


def _session(**kwargs):
    return tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=_TIMEOUT_MS), **kwargs)


def _in_thread(fn):
    """Starts fn in a thread; returns (thread, results) where results gets fn's value or error."""
    results = []

    def run():
        try:
            results.append(fn())
        except Exception as exc:  # noqa: BLE001 -- handed to the test
            results.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, results


def _wait_blocked(thread, seconds=0.3):
    time.sleep(seconds)
    return thread.is_alive()


# ------------------------------------------------------------------ graph side
def test_fifo_queue_names_dtypes_and_static_shapes():
    q = tf.FIFOQueue(3, [tf.int32, tf.float32], shapes=[[], [2]])
    assert (q.name, q.queue_ref.name, q.queue_ref.op.type) == ("fifo_queue", "fifo_queue:0", "FIFOQueueV2")
    assert q.queue_ref.dtype == tf.resource
    assert q.dtypes == [tf.int32, tf.float32] and q.shapes == [tf.TensorShape([]), tf.TensorShape([2])]
    assert q.names is None
    enq = q.enqueue([1, [1.0, 2.0]])
    enq_many = q.enqueue_many([[2, 3], [[3.0, 4.0], [5.0, 6.0]]])
    assert (enq.name, enq.type) == ("fifo_queue_enqueue", "QueueEnqueueV2")
    assert (enq_many.name, enq_many.type) == ("fifo_queue_EnqueueMany", "QueueEnqueueManyV2")
    deq = q.dequeue()
    assert [t.name for t in deq] == ["fifo_queue_Dequeue:0", "fifo_queue_Dequeue:1"]
    assert [t.shape.as_list() for t in deq] == [[], [2]]
    many = q.dequeue_many(2)
    assert [t.name for t in many] == ["fifo_queue_DequeueMany:0", "fifo_queue_DequeueMany:1"]
    assert [t.shape.as_list() for t in many] == [[2], [2, 2]]
    up_to = q.dequeue_up_to(2)
    assert up_to[0].name == "fifo_queue_DequeueUpTo:0"
    assert [t.shape.as_list() for t in up_to] == [[None], [None, 2]]
    n = tf.placeholder(tf.int32)
    assert [t.shape.as_list() for t in q.dequeue_many(n)] == [[None], [None, 2]]
    size = q.size()
    assert (size.name, size.dtype) == ("fifo_queue_Size:0", tf.int32)
    close, cancel = q.close(), q.close(cancel_pending_enqueues=True)
    assert (close.name, close.type, cancel.name) == ("fifo_queue_Close", "QueueCloseV2", "fifo_queue_Close_1")
    assert cancel.get_attr("cancel_pending_enqueues") is True
    is_closed = q.is_closed()
    assert (is_closed.name, is_closed.dtype) == ("fifo_queue_Is_Closed:0", tf.bool)


def test_single_component_queue_returns_tensors_not_lists():
    q = tf.FIFOQueue(10, tf.string)
    assert q.shapes == [tf.TensorShape(None)]
    d = q.dequeue()
    assert isinstance(d, tf.Tensor) and d.shape == tf.TensorShape(None)
    assert tf.FIFOQueue(3, tf.int32, name=None).name == "FIFOQueueV2"


def test_queue_construction_errors():
    with pytest.raises(ValueError, match=r"All shapes must be fully defined: \[TensorShape\(\[None\]\)\]"):
        tf.FIFOQueue(10, [tf.int32], shapes=[[None]])
    with pytest.raises(ValueError, match=r"Queue shapes must have the same length as dtypes, "
                                         r"received len\(shapes\)=1, len\(dtypes\)=2"):
        tf.FIFOQueue(10, [tf.int32, tf.int32], shapes=[[2]])
    with pytest.raises(ValueError, match="Shapes must be provided for all components, but received "
                                         "1 dtypes and 2 shapes."):
        tf.PaddingFIFOQueue(10, [tf.int32], shapes=[[None], [2]])
    with pytest.raises(ValueError, match=r"List of names must have the same length as the list of "
                                         r"dtypes, received len\(names\)=2,len\(dtypes\)=1"):
        tf.FIFOQueue(5, [tf.int32], names=["a", "b"])
    with pytest.raises(TypeError, match="Expected list for 'shapes' argument to 'priority_queue_v2' Op"):
        tf.PriorityQueue(10, [tf.string])


def test_enqueue_checks_static_shapes_and_dtypes():
    q = tf.FIFOQueue(5, [tf.int32], shapes=[[2]])
    with pytest.raises(ValueError, match=r"Shapes \(3,\) and \(2,\) are incompatible"):
        q.enqueue([[1, 2, 3]])
    with pytest.raises(ValueError, match=r"Shapes \(\) and \(2,\) are incompatible"):
        q.enqueue_many([[1, 2]])
    with pytest.raises(TypeError):
        q.enqueue([1.5])
    with pytest.raises(ValueError, match="Input 'n' must be >= 0, but is -1"):
        q.dequeue_many(-1)


def test_enqueue_checks_shapes_at_run_time():
    q = tf.FIFOQueue(5, [tf.int32], shapes=[[2]])
    p = tf.placeholder(tf.int32)
    one, many = q.enqueue([p]), q.enqueue_many([p])
    with _session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"Shape mismatch in tuple component 0. Expected \[2\], got \[3\]"):
            sess.run(one, {p: [1, 2, 3]})
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"Shape mismatch in tuple component 0. Expected \[3,2\], got \[3\]"):
            sess.run(many, {p: [1, 2, 3]})
        sess.run(many, {p: [[1, 2], [3, 4]]})
        assert sess.run(q.size()) == 2


# ---------------------------------------------------------------- FIFO semantics
def test_fifo_order_dequeue_many_and_up_to():
    q = tf.FIFOQueue(10, [tf.int32, tf.float32], shapes=[[], [2]])
    enq = q.enqueue([1, [1.0, 2.0]])
    enq_many = q.enqueue_many([[2, 3], [[3.0, 4.0], [5.0, 6.0]]])
    deq, many, up_to = q.dequeue(), q.dequeue_many(2), q.dequeue_up_to(5)
    with _session() as sess:
        sess.run(enq)
        sess.run(enq_many)
        assert sess.run(q.size()) == 3
        a, b = sess.run(deq)
        assert a == 1 and a.dtype == np.int32 and b.tolist() == [1.0, 2.0]
        ints, floats = sess.run(many)
        assert ints.tolist() == [2, 3] and floats.tolist() == [[3.0, 4.0], [5.0, 6.0]]
        sess.run(enq)
        sess.run(q.close())
        assert sess.run(q.is_closed())
        ints, floats = sess.run(up_to)  # closed: fewer than asked
        assert ints.tolist() == [1] and floats.shape == (1, 2)


def test_closed_queue_errors_name_the_queue_and_sizes():
    q = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    enq, deq, many, up_to = q.enqueue(1), q.dequeue(), q.dequeue_many(2), q.dequeue_up_to(2)
    with _session() as sess:
        sess.run(enq)
        sess.run(q.close())
        with pytest.raises(tf.errors.CancelledError, match=r"FIFOQueue '_\d+_fifo_queue' is closed\."):
            sess.run(enq)
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"FIFOQueue '_\d+_fifo_queue' is closed and has insufficient "
                                 r"elements \(requested 2, current size 1\)") as info:
            sess.run(many)
        assert info.value.op.name == "fifo_queue_DequeueMany"
        assert sess.run(up_to).tolist() == [1]  # dequeue_many put its element back
        with pytest.raises(tf.errors.OutOfRangeError, match=r"\(requested 2, current size 0\)"):
            sess.run(up_to)
        with pytest.raises(tf.errors.OutOfRangeError, match=r"\(requested 1, current size 0\)"):
            sess.run(deq)


def test_negative_dequeue_counts_at_run_time():
    q = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    n = tf.placeholder(tf.int32)
    many, up_to = q.dequeue_many(n), q.dequeue_up_to(n)
    with _session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="DequeueManyOp requested -1 < 0 elements"):
            sess.run(many, {n: -1})
        with pytest.raises(tf.errors.InvalidArgumentError, match="DequeueUpToOp requested -1 < 0 elements"):
            sess.run(up_to, {n: -1})
        assert sess.run(many, {n: 0}).shape == (0,)


def test_dequeue_many_needs_known_shapes():
    q = tf.FIFOQueue(10, tf.string)
    many = q.dequeue_many(1)
    with _session() as sess:
        sess.run(q.enqueue("a"))
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match="FIFOQueue's DequeueMany and DequeueUpTo require the components "
                                 "to have specified shapes."):
            sess.run(many)


def test_full_queue_blocks_enqueue_until_a_dequeue():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    enq, deq = q.enqueue(7), q.dequeue()
    with _session() as sess:
        sess.run(enq)
        sess.run(enq)
        t, results = _in_thread(lambda: sess.run(enq))
        assert _wait_blocked(t)
        assert sess.run(deq) == 7
        t.join(5)
        assert not t.is_alive() and results == [None]
        assert sess.run(q.size()) == 2


def test_dequeue_many_larger_than_capacity_collects_as_elements_arrive():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    enq = q.enqueue_many([[1, 2, 3]])  # more than the capacity: waits for room, in order
    many = q.dequeue_many(3)
    with _session() as sess:
        t, results = _in_thread(lambda: sess.run(many))
        assert _wait_blocked(t)
        sess.run(enq)
        t.join(5)
        assert not t.is_alive() and results[0].tolist() == [1, 2, 3]


def test_close_wakes_a_pending_dequeue_many_with_what_is_missing():
    q = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    many = q.dequeue_many(3)
    with _session() as sess:
        sess.run(q.enqueue_many([[1, 2]]))
        t, results = _in_thread(lambda: sess.run(many))
        assert _wait_blocked(t)
        sess.run(q.close())
        t.join(5)
        # TF 2.21: "... (requested 1, current size 0)" -- the pending dequeue held two elements.
        assert isinstance(results[0], tf.errors.OutOfRangeError)
        assert "(requested 1, current size 0)" in results[0].message
        assert sess.run(q.size()) == 2  # and put them back


def test_close_with_cancel_pending_enqueues():
    q = tf.FIFOQueue(1, tf.int32, shapes=[[]])
    enq = q.enqueue(1)
    with _session() as sess:
        sess.run(enq)
        t, results = _in_thread(lambda: sess.run(enq))
        assert _wait_blocked(t)
        sess.run(q.close(cancel_pending_enqueues=True))
        t.join(5)
        assert isinstance(results[0], tf.errors.CancelledError)
        assert results[0].message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1] == "Enqueue operation was cancelled"
        assert sess.run(q.size()) == 1


def test_close_without_cancel_lets_pending_enqueues_finish():
    q = tf.FIFOQueue(1, tf.int32, shapes=[[]])
    enq, deq = q.enqueue(5), q.dequeue()
    with _session() as sess:
        sess.run(enq)
        t, results = _in_thread(lambda: sess.run(enq))
        assert _wait_blocked(t)
        sess.run(q.close())
        assert sess.run(deq) == 5
        t.join(5)
        assert results == [None] and sess.run(deq) == 5


# ------------------------------------------------------------------- timeouts
def test_run_options_timeout_ends_a_blocked_dequeue():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    with tf.Session() as sess:
        start = time.monotonic()
        with pytest.raises(tf.errors.DeadlineExceededError,
                           match="Timed out waiting for notification") as info:
            sess.run(q.dequeue(), options=tf.RunOptions(timeout_in_ms=200))
        assert time.monotonic() - start < 5
        assert info.value.error_code == tf.errors.DEADLINE_EXCEEDED


def test_run_options_timeout_ends_a_blocked_enqueue():
    q = tf.FIFOQueue(1, tf.int32, shapes=[[]])
    enq = q.enqueue(1)
    with tf.Session() as sess:
        sess.run(enq)
        with pytest.raises(tf.errors.DeadlineExceededError):
            sess.run(enq, options=tf.RunOptions(timeout_in_ms=200))
        assert sess.run(q.size()) == 1


def test_operation_timeout_in_ms_ends_a_blocked_dequeue():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=200)) as sess:
        with pytest.raises(tf.errors.DeadlineExceededError, match="Timed out waiting for notification"):
            sess.run(q.dequeue())


def test_timed_out_dequeue_many_loses_what_it_took():
    # TF 2.21 prints size 0 after this: a cancelled DequeueMany does not restore its elements.
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    with tf.Session() as sess:
        sess.run(q.enqueue(1))
        with pytest.raises(tf.errors.DeadlineExceededError):
            sess.run(q.dequeue_many(2), options=tf.RunOptions(timeout_in_ms=200))
        assert sess.run(q.size()) == 0


def test_closing_the_session_ends_a_blocked_run():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    deq = q.dequeue()
    sess = tf.Session()
    t, results = _in_thread(lambda: sess.run(deq))
    assert _wait_blocked(t)
    closer = threading.Thread(target=sess.close, daemon=True)
    closer.start()
    closer.join(5)
    t.join(5)
    assert not closer.is_alive() and not t.is_alive()
    assert isinstance(results[0], tf.errors.CancelledError)


# ------------------------------------------------------------ other queue kinds
def test_padding_fifo_queue_pads_to_the_longest_element():
    q = tf.PaddingFIFOQueue(10, [tf.int32, tf.string], shapes=[[None], []])
    assert q.name == "padding_fifo_queue"
    enq1, enq2 = q.enqueue([[1, 2, 3], "a"]), q.enqueue([[4], "bb"])
    many, up_to = q.dequeue_many(2), q.dequeue_up_to(3)
    assert [t.shape.as_list() for t in many] == [[2, None], [2]]
    assert [t.shape.as_list() for t in up_to] == [[None, None], [None]]
    assert many[0].name == "padding_fifo_queue_DequeueMany:0"
    with _session() as sess:
        sess.run(enq1)
        sess.run(enq2)
        ints, strs = sess.run(many)
        np.testing.assert_array_equal(ints, [[1, 2, 3], [4, 0, 0]])
        assert strs.tolist() == [b"a", b"bb"]
        sess.run(enq2)
        sess.run(q.close())
        ints, strs = sess.run(up_to)
        np.testing.assert_array_equal(ints, [[4]])
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"PaddingFIFOQueue '_\d+_padding_fifo_queue' is closed"):
            sess.run(up_to)


def test_priority_queue_dequeues_lowest_priority_first():
    q = tf.PriorityQueue(10, [tf.string], shapes=[[]])
    assert q.dtypes == [tf.int64, tf.string] and q.name == "priority_queue"
    assert q.shapes == [tf.TensorShape([]), tf.TensorShape([])]
    enq = q.enqueue_many([[5, 1, 3, 1], ["e", "a", "c", "a2"]])
    d = q.dequeue()
    assert [t.dtype for t in d] == [tf.int64, tf.string] and [t.shape.as_list() for t in d] == [[], []]
    with _session() as sess:
        sess.run(enq)
        priorities, values = sess.run(q.dequeue_many(4))
        # TF 2.21: ties come out in insertion order.
        assert priorities.tolist() == [1, 1, 3, 5] and values.tolist() == [b"a", b"a2", b"c", b"e"]


def test_random_shuffle_queue_seeds_and_min_after_dequeue():
    q = tf.RandomShuffleQueue(10, 2, [tf.int32], shapes=[[]], seed=1)
    op = q.queue_ref.op
    assert (q.name, op.type) == ("random_shuffle_queue", "RandomShuffleQueueV2")
    # TF 2.21: op seed 1 without a graph seed gives seeds (87654321, 1).
    assert (op.get_attr("seed"), op.get_attr("seed2"), op.get_attr("min_after_dequeue")) == (87654321, 1, 2)
    tf.set_random_seed(5)
    op2 = tf.RandomShuffleQueue(10, 2, [tf.int32], shapes=[[]]).queue_ref.op
    assert op2.get_attr("seed") == 5
    enq, deq = q.enqueue_many([list(range(5))]), q.dequeue()
    with _session() as sess:
        sess.run(enq)
        taken = [sess.run(deq) for _ in range(3)]
        assert sess.run(q.size()) == 2
        with pytest.raises(tf.errors.DeadlineExceededError):  # keeps min_after_dequeue
            sess.run(deq, options=tf.RunOptions(timeout_in_ms=200))
        sess.run(q.close())
        taken += [sess.run(deq) for _ in range(2)]  # closed: drains the rest
        assert sorted(taken) == [0, 1, 2, 3, 4]
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"RandomShuffleQueue '_\d+_random_shuffle_queue' is closed"):
            sess.run(deq)


def test_seeded_random_shuffle_queue_repeats_its_order_in_new_sessions():
    q = tf.RandomShuffleQueue(20, 0, [tf.int32], shapes=[[]], seed=3)
    enq, many = q.enqueue_many([list(range(20))]), q.dequeue_many(20)

    def order():
        with _session() as sess:
            sess.run(enq)
            return sess.run(many).tolist()

    first = order()
    assert sorted(first) == list(range(20)) and first != list(range(20))
    assert order() == first


def test_queue_with_names_enqueues_and_dequeues_dicts():
    q = tf.FIFOQueue(5, [tf.int32, tf.float32], shapes=[[], []], names=["a", "b"])
    assert q.names == ["a", "b"]
    enq = q.enqueue({"a": 1, "b": 2.0})
    d = q.dequeue()
    assert sorted(d) == ["a", "b"] and d["a"].name == "fifo_queue_Dequeue:0"
    assert {k: v.shape.as_list() for k, v in q.dequeue_many(1).items()} == {"a": [1], "b": [1]}
    with pytest.raises(ValueError, match="You must enqueue a dictionary in a Queue with names"):
        q.enqueue([1, 2.0])
    with pytest.raises(ValueError, match=r"Keys in dictionary to enqueue do not match names of Queue.  "
                                         r"Dictionary: \['a'\],Queue: \['a', 'b'\]"):
        q.enqueue({"a": 1})
    with pytest.raises(ValueError, match="Queue must have names to enqueue a dictionary"):
        tf.FIFOQueue(5, tf.int32).enqueue({"a": 1})
    with _session() as sess:
        sess.run(enq)
        assert sess.run(d) == {"a": 1, "b": 2.0}


# -------------------------------------------------------------------- sharing
def test_two_sessions_have_independent_queues_and_shared_name_shares_within_one():
    q = tf.FIFOQueue(5, tf.int32, shapes=[[]])
    shared = tf.FIFOQueue(5, tf.int32, shapes=[[]], shared_name="shq")
    other = tf.FIFOQueue(5, tf.int32, shapes=[[]], shared_name="shq", name="other")
    s1, s2 = _session(), _session()
    try:
        s1.run(q.enqueue(1))
        s1.run(shared.enqueue(2))
        assert (s1.run(q.size()), s2.run(q.size())) == (1, 0)
        assert (s1.run(other.size()), s2.run(shared.size())) == (1, 0)
        assert s1.run(other.dequeue()) == 2
    finally:
        s1.close()
        s2.close()


def test_shared_queue_must_match():
    base = tf.FIFOQueue(5, tf.int32, shapes=[[]], shared_name="s")
    cases = [
        (tf.FIFOQueue(6, tf.int32, shapes=[[]], shared_name="s"),
         "Shared queue 's' has capacity 5 but requested capacity was 6"),
        (tf.FIFOQueue(5, tf.int32, shapes=[[2]], shared_name="s"),
         r"Shared queue 's' has component shapes \[\[\]\] but requested component shapes were \[\[2\]\]"),
        (tf.FIFOQueue(5, tf.float32, shapes=[[]], shared_name="s"),
         "Shared queue 's' has component types int32 but requested component types were float"),
        (tf.RandomShuffleQueue(5, 0, tf.int32, shapes=[[]], shared_name="s"),
         "Expected FIFOQueue, found RandomShuffleQueueV2"),
    ]
    for queue, message in cases:
        with _session() as sess:
            sess.run(base.size())
            with pytest.raises(tf.errors.InvalidArgumentError, match=message):
                sess.run(queue.size())


def test_closing_a_closed_queue_is_cancelled_unless_cancelling_pending_enqueues():
    q = tf.FIFOQueue(2, tf.int32, shapes=[[]])
    close = q.close()
    with tf.Session() as sess:
        sess.run(close)
        with pytest.raises(tf.errors.CancelledError, match="is already closed"):
            sess.run(close)
        sess.run(q.close(cancel_pending_enqueues=True))  # never fails, as in TF
        assert sess.run(q.is_closed())


def test_queue_from_list_selects_a_queue_by_index():
    q1 = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    q2 = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    i = tf.placeholder(tf.int32, [])
    q = tf.QueueBase.from_list(i, [q1, q2])
    assert q.name == "GatherV2"
    assert q.dtypes == [tf.int32] and q.shapes[0].as_list() == []
    enq = q.enqueue(5)
    with tf.Session() as sess:
        sess.run(enq, {i: 1})
        sess.run(enq, {i: 1})
        sess.run(enq, {i: 0})
        assert sess.run([q1.size(), q2.size()]) == [1, 2]
        assert sess.run(q.dequeue(), {i: 1}) == 5
    with pytest.raises(TypeError):
        tf.QueueBase.from_list(0, [q1, tf.FIFOQueue(3, tf.float32)])
    with pytest.raises(TypeError):
        tf.QueueBase.from_list(0, [])


def test_enqueue_list_of_wrong_length_is_cut_like_zip_and_fails_when_run():
    q = tf.FIFOQueue(4, [tf.int32, tf.float32], shapes=[[2], []])
    too_few = q.enqueue([[1, 2]])
    assert too_few.get_attr("Tcomponents") == [tf.int32]
    too_many = q.enqueue([[1, 2], 1.0, 3])
    assert too_many.get_attr("Tcomponents") == [tf.int32, tf.float32]
    with _session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(too_few)
        sess.run(too_many)
        assert sess.run(q.size()) == 1


def test_queue_shape_lists_as_tf():
    for shapes in (None, [None], [], [None, 2]):
        with pytest.raises(ValueError, match="a list of shapes must be provided"):
            tf.PaddingFIFOQueue(10, [tf.int32], shapes=shapes)
    assert tf.PaddingFIFOQueue(10, [tf.int32], shapes=[[None]]).shapes == [tf.TensorShape([None])]
    # An empty list is one shape: a scalar.
    assert tf.FIFOQueue(3, tf.int32, shapes=[]).shapes == [tf.TensorShape([])]
    with pytest.raises(TypeError):
        tf.FIFOQueue(3, tf.int32, shapes=5)


def test_priority_queue_dequeue_up_to_on_closed_queue_fails_and_loses_elements():
    q = tf.PriorityQueue(10, [tf.int32], shapes=[[]])
    fill = q.enqueue_many([tf.constant([3, 1, 2], tf.int64), [30, 10, 20]])
    with _session() as sess:
        sess.run(fill)
        sess.run(q.close())
        with pytest.raises(tf.errors.OutOfRangeError, match=r"requested 2, current size 0"):
            sess.run(q.dequeue_up_to(5))
        assert sess.run(q.size()) == 0
    with _session() as sess:  # dequeue_many leaves the elements in place
        sess.run(fill)
        sess.run(q.close())
        with pytest.raises(tf.errors.OutOfRangeError):
            sess.run(q.dequeue_many(5))
        assert sess.run(q.size()) == 3
        assert sess.run(q.dequeue_up_to(2))[0].tolist() == [1, 2]


def test_random_shuffle_queue_dequeues_in_tensorflows_order():
    # Recorded from TF 2.21: index = Philox word % size, the last element moves into the gap.
    with tf.Graph().as_default():
        q = tf.RandomShuffleQueue(20, 0, [tf.int32], shapes=[[]], seed=5)
        enq = q.enqueue_many([tf.range(10)])
        many, one = q.dequeue_many(4), q.dequeue()
        with tf.Session() as sess:
            sess.run(enq)
            assert sess.run(many).tolist() == [1, 2, 0, 4]
            assert sess.run(one) == 8
            assert sess.run(many).tolist() == [6, 9, 5, 7]
            sess.run(enq)
            assert sess.run(many).tolist() == [0, 8, 5, 3]


def test_dequeue_many_python_n_is_the_ops_own_constant():
    with tf.Graph().as_default() as g:
        q = tf.FIFOQueue(4, [tf.float32], shapes=[[2]], name="inq")
        many = q.dequeue_many(2)
        q.dequeue_up_to(3)
        assert [op.name for op in g.get_operations()] == [
            "inq", "inq_DequeueMany/n", "inq_DequeueMany", "inq_DequeueUpTo/n", "inq_DequeueUpTo"]
        assert many.shape.as_list() == [2, 2]
        with pytest.raises(ValueError, match="must be >= 0"):
            q.dequeue_many(-1)
