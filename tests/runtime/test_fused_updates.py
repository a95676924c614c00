"""Many constant assign_add/assign_sub updates in one run are fused into one packed update.

The packed array is written in place only while nothing but the variables can see it; these
tests check the results, that earlier values never change behind a holder's back, and that
errors still name the failing op. Every test runs with TF1 ref variables and with resource
variables (`tf.enable_resource_variables()`), whose updates return reads of the variable
that a `tf.group` runs only for ordering (they are dropped from the plan).
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.runtime.executor import _FusedUpdate


@pytest.fixture(params=["ref", "resource"], autouse=True)
def variable_kind(request):
    if request.param == "ref":
        tf.disable_resource_variables()  # the default is TF 2.x's resource variables
    yield request.param


def _cells(sess):
    """The session's variable storage cells (ref variables' and resource handles')."""
    state = sess._state
    return list(state.variables.values()) + [c for k, c in state.containers.items()
                                             if k[0] == "var"]


def _fused_steps(sess):
    return [step[0] for sig in sess._cache.values() if hasattr(sig, "executable")
            for step in sig.executable.steps if isinstance(step[0], _FusedUpdate)]


def _build(count=6, dtype=np.float32, sub=False):
    variables = [tf.Variable(np.full((2, 3), i, dtype)) for i in range(count)]
    deltas = [np.arange(6, dtype=dtype).reshape(2, 3) + i for i in range(count)]
    update = tf.assign_sub if sub else tf.assign_add
    step = tf.group(*[update(v, d) for v, d in zip(variables, deltas)])
    return variables, deltas, step


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32])
@pytest.mark.parametrize("sub", [False, True])
def test_grouped_updates_accumulate_like_separate_ones(dtype, sub):
    with tf.Graph().as_default():
        variables, deltas, step = _build(dtype=dtype, sub=sub)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(4):
                sess.run(step)
            assert len(_fused_steps(sess)) == 1
            got = sess.run(variables)
    sign = -1 if sub else 1
    for i, (g, d) in enumerate(zip(got, deltas)):
        assert g.dtype == dtype
        np.testing.assert_array_equal(g, np.full((2, 3), i, dtype) + sign * 4 * d)


def test_values_fetched_earlier_do_not_change():
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(step)
            before = sess.run(variables)
            snapshot = [b.copy() for b in before]
            sess.run(step)
            for b, s in zip(before, snapshot):
                np.testing.assert_array_equal(b, s)


def test_an_array_held_from_a_variable_is_never_written():
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(step)
            sess.run(step)  # now in the in-place regime
            cells = _cells(sess)
            held = cells[0].value  # anyone holding the stored array (a view of the packed one)
            snapshot = held.copy()
            sess.run(step)
            np.testing.assert_array_equal(held, snapshot)
            assert not held.flags.writeable
            # a view of the packed array held elsewhere also forces a fresh copy
            part = cells[1].value[0]
            snap_part = part.copy()
            sess.run(step)
            np.testing.assert_array_equal(part, snap_part)
            np.testing.assert_array_equal(sess.run(variables[0]), np.full((2, 3), 0) + 4 * deltas[0])


def test_assignment_between_runs_is_respected():
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        reset = tf.assign(variables[2], np.full((2, 3), 100, np.float32))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(step)
            sess.run(step)
            sess.run(reset)
            sess.run(step)
            np.testing.assert_array_equal(sess.run(variables[2]), 100 + deltas[2])
            np.testing.assert_array_equal(sess.run(variables[3]), 3 + 3 * deltas[3])


def test_two_sessions_stay_independent():
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        init = tf.global_variables_initializer()
        with tf.Session() as a, tf.Session() as b:
            a.run(init)
            b.run(init)
            for _ in range(3):
                a.run(step)
            b.run(step)
            np.testing.assert_array_equal(a.run(variables[1]), 1 + 3 * deltas[1])
            np.testing.assert_array_equal(b.run(variables[1]), 1 + deltas[1])


def test_uninitialized_variable_error_names_its_update(variable_kind):
    with tf.Graph().as_default():
        variables = [tf.Variable(np.zeros(3, np.float32)) for _ in range(5)]
        updates = [tf.assign_add(v, np.ones(3, np.float32), name="up%d" % i)
                   for i, v in enumerate(variables)]
        step = tf.group(*updates)
        with tf.Session() as sess:
            sess.run([v.initializer for v in variables[:3]])
            with pytest.raises((tf.errors.NotFoundError, tf.errors.FailedPreconditionError)) as info:
                sess.run(step)
            # TF 2.21's tf.assign_add drops `name` for a resource variable
            assert info.value.op.name == ("up3" if variable_kind == "ref" else "AssignAddVariableOp_3")


def test_shape_change_by_unvalidated_assign_raises_invalid_argument(variable_kind):
    if variable_kind == "resource":
        pytest.skip("a resource variable's assign checks shapes when built (ValueError)")
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        grow = tf.assign(variables[0], np.zeros((3, 3), np.float32), validate_shape=False)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(step)
            sess.run(grow)
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(step)


def test_a_variable_read_in_the_same_run_is_not_fused():
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        with tf.control_dependencies([step]):
            total = tf.add_n([tf.identity(v) for v in variables[:2]])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            got = sess.run(total)
            assert got.shape == (2, 3)
            np.testing.assert_array_equal(sess.run(variables[4]), 4 + deltas[4])
            np.testing.assert_array_equal(sess.run(variables[0]), deltas[0])


@pytest.mark.usefixtures("interpreted")  # the interpreter's steps
def test_resource_updates_run_no_reads_and_fetching_an_update_reads_after_it(variable_kind):
    with tf.Graph().as_default():
        variables, deltas, step = _build()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(step)
            ops = [op.type for sig in sess._cache.values() if hasattr(sig, "executable")
                   for op in sig.executable.step_ops]
            assert "ReadVariableOp" not in ops and len(_fused_steps(sess)) == 1
            # a fetched update result is the value after that update
            update = tf.assign_add(variables[1], deltas[1])
            np.testing.assert_array_equal(sess.run(update), 1 + 2 * deltas[1])
