"""When a run reads a variable it also writes: as in TF 2.21, a read not ordered after the write
sees the value from the start of the run, and reads ordered after the write (data or control
dependencies) see it. A directly fetched resource variable (a ReadVariableOp) gives the start
value; a directly fetched TF1 ref variable gives the value after the run's updates (TF's fetch
aliases the variable's buffer, which assignments update in place). Checked on both executor
paths (generated code, and the step-by-step interpreter used for very large plans), with TF1
ref variables and with resource variables; the values are TF 2.21's."""

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.runtime import executor


@pytest.fixture(params=["ref", "resource"])
def variable_kind(request):
    if request.param == "ref":
        tf.disable_resource_variables()  # the default is TF 2.x's resource variables
    yield request.param


@pytest.fixture(params=["generated", "interpreted"])
def path(request, monkeypatch, variable_kind):
    if request.param == "interpreted":
        monkeypatch.setattr(executor, "_CODEGEN_MAX_STEPS", 0)
    with tf.Graph().as_default():
        yield request.param


def test_fetched_variable_and_independent_reads_see_the_start_value(path, variable_kind):
    v = tf.Variable(1.0, name="v")
    doubled = v * 2.0
    inc = tf.assign_add(v, 1.0)
    with tf.control_dependencies([inc]):
        after = v * 10.0
    with tf.Session() as sess:
        sess.run(v.initializer)
        fetched = 2.0 if variable_kind == "ref" else 1.0
        assert sess.run([inc, v, doubled]) == [2.0, fetched, 2.0]
        assert sess.run([inc, after]) == [3.0, 30.0]
        assert sess.run(v) == 3.0


def test_a_read_the_update_depends_on_is_unchanged(path, variable_kind):
    v = tf.Variable(2.0, name="v")
    update = tf.assign(v, v * 3.0)
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run([update, v]) == [6.0, 6.0 if variable_kind == "ref" else 2.0]
        assert sess.run(v) == 6.0


def test_uninitialized_variable_initialized_in_the_same_run(path):
    v = tf.Variable(7.0, name="v")
    with tf.Session() as sess:
        assert sess.run([v.initializer, v])[1] == 7.0
