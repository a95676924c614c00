"""tf.logging.log / log_every_n / log_first_n / log_if / vlog / flush / TaskLevelStatusMessage;
records checked against TF 2.21 (same messages, levels and caller lines)."""

import logging

import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture
def records():
    logger = logging.getLogger("tensorflow")
    got = []

    class _Keep(logging.Handler):
        def emit(self, record):
            got.append((record.levelname, record.getMessage(), record.funcName))

    handler = _Keep()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield got
    logger.removeHandler(handler)
    logger.setLevel(old_level)


# NOTE: as in TF, a call site is the first frame outside the calling function's file, so the
# helpers live in their own (compiled) file and each test's call line is its own site.
_HELPERS = """
def _every_and_first():
    for i in range(7):
        tf.logging.log_every_n(tf.logging.INFO, "every %d", 3, i)


def _first():
    for i in range(5):
        tf.logging.log_first_n(tf.logging.WARN, "first %d", 2, i)
"""
_namespace = {"tf": tf}
exec(compile(_HELPERS, "<logging helpers>", "exec"), _namespace)  # noqa: S102
_every_and_first, _first = _namespace["_every_and_first"], _namespace["_first"]


def test_log_every_n_counts_calls_from_one_place(records):
    _every_and_first()
    assert records == [("INFO", "every %d" % i, "_every_and_first") for i in (0, 3, 6)]


def test_log_first_n_logs_only_the_first_calls(records):
    for _ in range(2):
        _first()  # one call site: its count goes on
    assert records == [("WARNING", "first 0", "_first"), ("WARNING", "first 1", "_first")]


def test_log_if_log_vlog_and_status_message(records):
    tf.logging.log_if(tf.logging.ERROR, "if %s", True, "yes")
    tf.logging.log_if(tf.logging.ERROR, "if %s", False, "no")
    tf.logging.log(tf.logging.INFO, "log %s", "a")
    tf.logging.vlog(tf.logging.DEBUG, "vlog %s", "b")
    tf.logging.TaskLevelStatusMessage("status")
    name = "test_log_if_log_vlog_and_status_message"
    assert records == [("ERROR", "if yes", name), ("INFO", "log a", name),
                       ("DEBUG", "vlog b", name), ("ERROR", "status", name)]


def test_flush_is_not_implemented_as_in_tf():
    with pytest.raises(NotImplementedError):
        tf.logging.flush()
