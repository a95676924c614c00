"""tf.train.QueueRunner, add_queue_runner and start_queue_runners: threads filling queues,
closing them when their input runs dry, and reporting errors to the coordinator. Names and
messages recorded from TensorFlow 2.21. Sessions have an operation timeout and threads are
joined with timeouts, so nothing can hang."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _session():
    return tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000))


def _counting_runner():
    v = tf.Variable(0, name="v")
    q = tf.FIFOQueue(10, tf.int32, shapes=[[]])
    enq = q.enqueue(tf.assign_add(v, 1))
    return v, q, enq, tf.train.QueueRunner(q, [enq])


def test_queue_runner_ops_and_properties():
    _, q, enq, qr = _counting_runner()
    assert qr.name == "fifo_queue" and qr.queue is q
    assert [op.name for op in qr.enqueue_ops] == ["fifo_queue_enqueue"]
    assert (qr.close_op.name, qr.cancel_op.name) == ("fifo_queue_Close", "fifo_queue_Close_1")
    assert qr.close_op.get_attr("cancel_pending_enqueues") is False
    assert qr.cancel_op.get_attr("cancel_pending_enqueues") is True
    assert qr.queue_closed_exception_types == (tf.errors.OutOfRangeError,)


def test_start_queue_runners_fills_the_queue_until_stopped():
    v, q, _, qr = _counting_runner()
    tf.train.add_queue_runner(qr)
    assert tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS) == [qr]
    assert tf.GraphKeys.QUEUE_RUNNERS == "queue_runners"
    deq = q.dequeue()
    with _session() as sess:
        sess.run(v.initializer)
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord=coord)
        # One thread per enqueue op, plus one that cancels the queue on a stop request.
        assert len(threads) == 2 and all(t.daemon for t in threads)
        got = [sess.run(deq) for _ in range(20)]
        assert got == list(range(1, 21))
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
        assert sess.run(q.is_closed())


def test_start_queue_runners_uses_the_default_session():
    v, q, _, qr = _counting_runner()
    tf.train.add_queue_runner(qr)
    with _session() as sess:
        sess.run(v.initializer)
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(coord=coord)
        assert sess.run(q.dequeue()) == 1
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
    with pytest.raises(ValueError, match="Cannot start queue runners: No default session is registered"):
        tf.train.start_queue_runners()


def test_runner_closes_its_queue_when_the_input_runs_dry():
    src = tf.FIFOQueue(10, tf.int32, shapes=[[]])
    dst = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    enq = dst.enqueue(src.dequeue() * 10)
    qr = tf.train.QueueRunner(dst, [enq] * 2)  # two threads running the same op
    assert [op.name for op in qr.enqueue_ops] == ["fifo_queue_1_enqueue", "fifo_queue_1_enqueue"]
    deq = dst.dequeue()
    with _session() as sess:
        sess.run(src.enqueue_many([[1, 2, 3, 4, 5]]))
        sess.run(src.close())
        coord = tf.train.Coordinator()
        threads = qr.create_threads(sess, coord=coord, start=True)
        assert len(threads) == 3 and not threads[0].daemon
        out = []
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"FIFOQueue '_\d+_fifo_queue_1' is closed and has insufficient "
                                 r"elements \(requested 1, current size 0\)"):
            while True:
                out.append(sess.run(deq))
        assert sorted(out) == [10, 20, 30, 40, 50]
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
        assert qr.exceptions_raised == []


def test_runner_errors_stop_the_coordinator():
    q = tf.FIFOQueue(3, tf.float32, shapes=[[]])
    bad = tf.check_numerics(tf.constant(np.nan, tf.float32), "boom")
    qr = tf.train.QueueRunner(q, [q.enqueue(bad)])
    with _session() as sess:
        coord = tf.train.Coordinator()
        threads = qr.create_threads(sess, coord=coord, start=True)
        with pytest.raises(tf.errors.InvalidArgumentError, match="boom : Tensor had NaN values"):
            coord.join(threads, stop_grace_period_secs=5)
        assert sess.run(q.is_closed())  # the stop cancelled the queue


def test_runner_errors_without_coordinator_are_kept():
    q = tf.FIFOQueue(3, tf.float32, shapes=[[]])
    bad = tf.check_numerics(tf.constant(np.nan, tf.float32), "boom")
    qr = tf.train.QueueRunner(q, [q.enqueue(bad)])
    with _session() as sess:
        threads = qr.create_threads(sess, daemon=True)
        assert len(threads) == 1  # no coordinator: no thread waiting for a stop
        with pytest.raises(tf.errors.InvalidArgumentError, match="boom"):
            threads[0].run()  # run here: the thread re-raises (as TF) after recording the error
    assert [type(e).__name__ for e in qr.exceptions_raised] == ["InvalidArgumentError"]


def test_create_threads_twice_in_one_session_returns_no_new_threads():
    v, _, _, qr = _counting_runner()
    with _session() as sess:
        sess.run(v.initializer)
        coord = tf.train.Coordinator()
        first = qr.create_threads(sess, coord=coord, start=True)
        second = qr.create_threads(sess, coord=coord, start=True)
        assert (len(first), len(second)) == (2, 0)
        coord.request_stop()
        coord.join(first, stop_grace_period_secs=5)


def test_queue_runner_argument_errors():
    with pytest.raises(ValueError, match="Must provide queue and enqueue_ops."):
        tf.train.QueueRunner()
    _, q, enq, _ = _counting_runner()
    with pytest.raises(TypeError, match="queue_closed_exception_types, when provided, must be a tuple "
                                        "of tf.error types, but saw: <class 'ValueError'>"):
        tf.train.QueueRunner(q, [enq], queue_closed_exception_types=(ValueError,))


def test_queue_runner_proto_round_trip():
    _, _, _, qr = _counting_runner()
    proto = qr.to_proto()
    assert proto.queue_name == "fifo_queue"
    assert list(proto.enqueue_op_name) == ["fifo_queue_enqueue"]
    assert (proto.close_op_name, proto.cancel_op_name) == ("fifo_queue_Close", "fifo_queue_Close_1")
    assert list(proto.queue_closed_exception_types) == [tf.errors.OUT_OF_RANGE]
    back = tf.train.QueueRunner.from_proto(proto)
    assert back.name == "fifo_queue" and back.queue_closed_exception_types == (tf.errors.OutOfRangeError,)
    assert back.enqueue_ops[0] is qr.enqueue_ops[0]
