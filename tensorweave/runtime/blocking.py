"""Waiting inside a kernel (queues, readers) without hanging a session.

A blocking kernel waits on a condition variable in short slices, so that it notices, besides
the notification it waits for:
- the run's deadline: `RunOptions.timeout_in_ms` (set by `run_deadline` around a traced run)
  or else `ConfigProto.operation_timeout_in_ms` -> DeadlineExceededError, as TensorFlow words it;
- its session being closed -> CancelledError (Session.close waits for running steps to end).
"""

import threading
import time
from contextlib import contextmanager

from tensorweave.framework import errors

_local = threading.local()
_POLL_S = 0.05


@contextmanager
def run_deadline(timeout_ms):
    """Sets the deadline of the steps this thread runs inside the block (0 or None: none)."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + timeout_ms / 1000.0 if timeout_ms and timeout_ms > 0 else None
    try:
        yield
    finally:
        _local.deadline = previous


def deadline_for(session):
    """The monotonic time by which a wait in this thread's current step must end, or None."""
    deadline = getattr(_local, "deadline", None)
    if deadline is not None:
        return deadline
    config = getattr(session, "_config", None)
    timeout_ms = getattr(config, "operation_timeout_in_ms", 0) if config is not None else 0
    if timeout_ms and timeout_ms > 0:
        return time.monotonic() + timeout_ms / 1000.0
    return None


def wait_until(cond, ready, session, deadline):
    """Waits (holding `cond`) until `ready()` is true; raises on deadline or a closed session.

    `ready` is evaluated with the condition's lock held; it may raise to end the wait."""
    while not ready():
        if getattr(session, "_closed", False):
            raise errors.CancelledError(None, None, "Session has been closed.")
        if deadline is None:
            cond.wait(_POLL_S)
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise errors.DeadlineExceededError(None, None, "Timed out waiting for notification")
        cond.wait(min(_POLL_S, remaining))
