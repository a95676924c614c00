"""tf.train.Coordinator and LooperThread: stop requests, joins, exceptions and grace periods.
Behaviour checked against TensorFlow 2.21. Threads are joined with timeouts."""

import sys
import threading
import time

import pytest

import tensorweave.compat.v1 as tf


def _raised(exc):
    """`exc` after being raised, so that it carries a traceback (as request_stop receives it)."""
    try:
        raise exc
    except type(exc) as caught:
        return caught


def test_request_stop_should_stop_join_and_clear_stop():
    coord = tf.train.Coordinator()
    assert (coord.should_stop(), coord.joined) == (False, False)
    coord.request_stop()
    assert coord.should_stop()
    coord.join([])
    assert coord.joined
    coord.clear_stop()
    assert (coord.should_stop(), coord.joined) == (False, False)


def test_join_reraises_the_exception_a_thread_reported():
    coord = tf.train.Coordinator()

    def worker(i):
        with coord.stop_on_exception():
            if i == 1:
                raise ValueError("bad worker %d" % i)
            while not coord.should_stop():
                time.sleep(0.01)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
    for t in threads:
        t.start()
    with pytest.raises(ValueError, match="bad worker 1"):
        coord.join(threads, stop_grace_period_secs=5)
    assert not any(t.is_alive() for t in threads)


def test_registered_threads_are_joined():
    coord = tf.train.Coordinator()

    def worker():
        with coord.stop_on_exception():
            raise RuntimeError("w14 failed")

    t = threading.Thread(target=worker, daemon=True)
    coord.register_thread(t)
    t.start()
    with pytest.raises(RuntimeError, match="w14 failed"):
        coord.join(stop_grace_period_secs=5)


def test_out_of_range_is_a_clean_stop_unless_configured_otherwise():
    coord = tf.train.Coordinator()
    coord.request_stop(_raised(tf.errors.OutOfRangeError(None, None, "done")))
    assert coord.should_stop()
    coord.join([])  # no error

    strict = tf.train.Coordinator(clean_stop_exception_types=[])
    strict.request_stop(_raised(tf.errors.OutOfRangeError(None, None, "done")))
    with pytest.raises(tf.errors.OutOfRangeError, match="done"):
        strict.join()

    coord = tf.train.Coordinator()
    with coord.stop_on_exception():
        raise tf.errors.OutOfRangeError(None, None, "eof")
    assert coord.should_stop()
    coord.join()


def test_first_exception_wins():
    coord = tf.train.Coordinator()
    coord.request_stop(_raised(ValueError("first")))
    coord.request_stop(_raised(TypeError("second")))
    with pytest.raises(ValueError, match="first"):
        coord.join()
    with pytest.raises(ValueError, match="first"):
        coord.raise_requested_exception()


def test_request_stop_accepts_exc_info_tuples():
    coord = tf.train.Coordinator()
    try:
        raise KeyError("k")
    except KeyError:
        coord.request_stop(sys.exc_info())
    with pytest.raises(KeyError, match="'k'"):
        coord.join()


def test_request_stop_rejects_other_values():
    coord = tf.train.Coordinator()
    with pytest.raises(TypeError):
        coord.request_stop("not an exception")
    assert not coord.should_stop()


def test_request_stop_after_join_raises_at_once():
    coord = tf.train.Coordinator()
    coord.request_stop()
    coord.join()
    with pytest.raises(ValueError, match="after join"):
        coord.request_stop(_raised(ValueError("after join")))


def test_join_grace_period_reports_threads_still_running():
    release = threading.Event()
    try:
        coord = tf.train.Coordinator()
        stuck = threading.Thread(target=lambda: release.wait(10), name="stuck-thread", daemon=True)
        stuck.start()
        coord.request_stop()
        start = time.monotonic()
        with pytest.raises(RuntimeError,
                           match="Coordinator stopped with threads still running: stuck-thread"):
            coord.join([stuck], stop_grace_period_secs=0.2)
        assert time.monotonic() - start < 5

        coord = tf.train.Coordinator()
        coord.request_stop()
        coord.join([stuck], stop_grace_period_secs=0.2, ignore_live_threads=True)
    finally:
        release.set()


def test_join_without_stop_returns_when_threads_end():
    coord = tf.train.Coordinator()
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    coord.join([t])
    assert (coord.should_stop(), coord.joined) == (False, True)


def test_wait_for_stop():
    coord = tf.train.Coordinator()
    assert coord.wait_for_stop(0.05) is False
    coord.request_stop()
    assert coord.wait_for_stop(0.05) is True


def test_looper_thread_calls_its_target_until_stopped():
    coord = tf.train.Coordinator()
    calls = []
    looper = tf.train.LooperThread.loop(coord, 0.01, lambda: calls.append(1))
    assert isinstance(looper, tf.train.LooperThread)
    deadline = time.monotonic() + 5
    while len(calls) <= 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    coord.request_stop()
    coord.join([looper], stop_grace_period_secs=5)
    assert len(calls) > 3 and not looper.is_alive()


def test_looper_thread_reports_target_errors():
    coord = tf.train.Coordinator()

    def fail():
        raise ValueError("looper failed")

    looper = tf.train.LooperThread.loop(coord, 0.01, fail)
    with pytest.raises(ValueError, match="looper failed"):
        coord.join([looper], stop_grace_period_secs=5)
    with pytest.raises(ValueError, match="'coord' argument must be a Coordinator"):
        tf.train.LooperThread(object(), 1.0)
