"""tf.train.Coordinator: stops a group of threads together and reports the first error."""

import contextlib
import sys
import threading
import time

from tensorweave._api import tf_export
from tensorweave.framework import errors


@tf_export("train.Coordinator")
class Coordinator:
    """Threads poll `should_stop()`; any of them may `request_stop(ex)`; `join` waits for all.

    The first exception passed to `request_stop` (other than the clean-stop types, by default
    OutOfRangeError: an input pipeline running dry is a normal end) is re-raised by `join` and
    `raise_requested_exception`. Later exceptions are dropped: the first one caused the stop.
    """

    def __init__(self, clean_stop_exception_types=None):
        if clean_stop_exception_types is None:
            clean_stop_exception_types = (errors.OutOfRangeError,)
        self._clean_stop_exception_types = tuple(clean_stop_exception_types)
        self._lock = threading.Lock()
        self._stop_event = threading.Event()
        self._exc_info_to_raise = None
        self._joined = False
        self._registered_threads = set()

    def _filter_exception(self, ex):
        """exc_info to keep for `ex` (an exception or an exc_info tuple), or None."""
        if isinstance(ex, tuple):
            if len(ex) != 3 or not isinstance(ex[1], BaseException):
                raise TypeError("ex must be an exception or an exc_info tuple, got %r" % (ex,))
            value = ex[1]
        elif isinstance(ex, BaseException):
            value = ex
            ex = (type(ex), ex, ex.__traceback__)
        else:
            raise TypeError("ex must be an exception or an exc_info tuple, got %r" % (ex,))
        if isinstance(value, self._clean_stop_exception_types):
            return None
        return ex

    def request_stop(self, ex=None):
        """Asks every thread to stop; `ex` (exception or exc_info) is reported by join.

        After `join`, nobody would report `ex`: it is raised right here instead, as TF does."""
        with self._lock:
            ex = self._filter_exception(ex) if ex is not None else None
            if self._joined and ex is not None:
                raise ex[1].with_traceback(ex[2])
            if not self._stop_event.is_set():
                if ex is not None and self._exc_info_to_raise is None:
                    self._exc_info_to_raise = ex
                self._stop_event.set()

    def clear_stop(self):
        """Makes the coordinator reusable after a join."""
        with self._lock:
            self._joined = False
            self._exc_info_to_raise = None
            if self._stop_event.is_set():
                self._stop_event.clear()

    def should_stop(self):
        return self._stop_event.is_set()

    @contextlib.contextmanager
    def stop_on_exception(self):
        """A block in which an exception requests a stop (instead of propagating)."""
        try:
            yield
        except:  # noqa: E722 -- every exception, as TF: a thread's failure stops the group
            self.request_stop(ex=sys.exc_info())

    def wait_for_stop(self, timeout=None):
        """Waits until a stop is requested; returns whether it was."""
        return self._stop_event.wait(timeout)

    def register_thread(self, thread):
        with self._lock:
            self._registered_threads.add(thread)

    def join(self, threads=None, stop_grace_period_secs=120, ignore_live_threads=False):
        """Waits for `threads` (and the registered ones) to end after a stop request.

        Raises the exception passed to request_stop, if any; RuntimeError when threads are
        still alive `stop_grace_period_secs` after the stop (unless ignore_live_threads).
        """
        with self._lock:
            threads = set(self._registered_threads) | set(threads or ())
        while any(t.is_alive() for t in threads) and not self.wait_for_stop(1.0):
            pass
        deadline = time.monotonic() + stop_grace_period_secs
        for t in threads:
            remaining = deadline - time.monotonic()
            if remaining > 0:
                t.join(remaining)
        stragglers = [t.name for t in threads if t.is_alive()]
        with self._lock:
            self._joined = True
            self._registered_threads = set()
            exc_info = self._exc_info_to_raise
        if exc_info is not None:
            raise exc_info[1].with_traceback(exc_info[2])
        if stragglers and not ignore_live_threads:
            raise RuntimeError("Coordinator stopped with threads still running: %s" % " ".join(stragglers))

    @property
    def joined(self):
        return self._joined

    def raise_requested_exception(self):
        """Raises the exception passed to request_stop, if any."""
        with self._lock:
            exc_info = self._exc_info_to_raise
        if exc_info is not None:
            raise exc_info[1].with_traceback(exc_info[2])

    def loop(self, timer_interval_secs, target, args=None, kwargs=None):
        """Starts a thread calling `target` every `timer_interval_secs` until a stop."""
        thread = LooperThread(self, timer_interval_secs, target, args, kwargs)
        thread.start()
        return thread


@tf_export("train.LooperThread")
class LooperThread(threading.Thread):
    """A thread that calls `target` (or `run_loop`) periodically until the coordinator stops."""

    def __init__(self, coord, timer_interval_secs, target=None, args=None, kwargs=None):
        if not isinstance(coord, Coordinator):
            raise ValueError("'coord' argument must be a Coordinator: %s" % coord)
        super().__init__()
        self.daemon = True
        self._coord = coord
        self._timer_interval_secs = timer_interval_secs
        self._target = target
        self._args = args or ()
        self._kwargs = kwargs or {}
        self._coord.register_thread(self)

    def run(self):
        with self._coord.stop_on_exception():
            self.start_loop()
            if self._timer_interval_secs is None:
                while not self._coord.should_stop():
                    self.run_loop()
            else:
                next_time = time.monotonic()
                while not self._coord.wait_for_stop(max(0.0, next_time - time.monotonic())):
                    next_time += self._timer_interval_secs
                    self.run_loop()
            self.stop_loop()

    @staticmethod
    def loop(coord, timer_interval_secs, target, args=None, kwargs=None):
        """Starts and returns a LooperThread calling `target` periodically until a stop."""
        looper = LooperThread(coord, timer_interval_secs, target=target, args=args, kwargs=kwargs)
        looper.start()
        return looper

    def start_loop(self):
        pass

    def stop_loop(self):
        pass

    def run_loop(self):
        if self._target:
            self._target(*self._args, **self._kwargs)
