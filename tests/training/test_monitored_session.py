"""MonitoredSession, MonitoredTrainingSession, Scaffold and the SessionRunHooks."""

import importlib
import logging

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
import tensorweave.training.train_api  # noqa: F401  (registers tf.train.*)
from tensorweave.framework import errors

if not hasattr(tf.train, "MonitoredTrainingSession"):  # compat.v1 was built before train_api
    tf = importlib.reload(tf)


def _model():
    w = tf.Variable([1.0, -1.0], name="w")
    loss = tf.reduce_sum(tf.square(w))
    step = tf.train.get_or_create_global_step()
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=step)
    return w, loss, step, train


class RecordingHook(tf.train.SessionRunHook):
    def __init__(self, fetch=None, stop_after=None):
        self.calls = []
        self.results = []
        self._fetch = fetch
        self._stop_after = stop_after

    def begin(self):
        self.calls.append("begin")

    def after_create_session(self, session, coord):
        self.calls.append("after_create_session")

    def before_run(self, run_context):
        self.calls.append("before_run")
        if self._fetch is not None:
            return tf.train.SessionRunArgs(self._fetch)
        return None

    def after_run(self, run_context, run_values):
        self.calls.append("after_run")
        self.results.append(run_values.results)
        if self._stop_after is not None and len(self.results) >= self._stop_after:
            run_context.request_stop()

    def end(self, session):
        self.calls.append("end")


def test_monitored_training_session_trains_until_the_stop_hook_fires():
    train = _model()[3]
    hooks = [tf.train.StopAtStepHook(last_step=5)]
    runs = 0
    with tf.train.MonitoredTrainingSession(hooks=hooks) as sess:
        assert tf.get_default_graph().finalized
        while not sess.should_stop():
            sess.run(train)
            runs += 1
    assert runs == 5
    assert not tf.get_default_graph().finalized  # unfinalized again on close


def test_stop_at_step_hook_with_num_steps_counts_from_the_current_step():
    _, _, step, train = _model()
    hook = tf.train.StopAtStepHook(num_steps=3)
    values = []
    with tf.train.SingularMonitoredSession(hooks=[hook]) as sess:
        while not sess.should_stop():
            sess.run(train)
            values.append(sess.raw_session().run(step))
    assert values == [1, 2, 3]


def test_stop_at_step_hook_argument_errors():
    with pytest.raises(ValueError, match="One of num_steps or last_step must be specified"):
        tf.train.StopAtStepHook()
    with pytest.raises(ValueError, match="Only one of num_steps or last_step"):
        tf.train.StopAtStepHook(num_steps=1, last_step=2)
    tf.Variable(1.0)
    with pytest.raises(RuntimeError, match="Global step should be created to use StopAtStepHook"):
        tf.train.MonitoredSession(hooks=[tf.train.StopAtStepHook(num_steps=1)])


def test_hooks_are_called_in_order_and_see_their_fetches():
    _, loss, _, train = _model()
    hook = RecordingHook(fetch=loss)
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        out = sess.run([train, loss])
        assert out[0] is None
        sess.run(train)
    assert hook.calls == ["begin", "after_create_session", "before_run", "after_run",
                          "before_run", "after_run", "end"]
    np.testing.assert_allclose(hook.results[0], 2.0)
    np.testing.assert_allclose(hook.results[1], 2.0 * 0.8 ** 2, rtol=1e-6)


def test_request_stop_from_a_hook_ends_the_loop_and_runs_are_refused():
    _, _, _, train = _model()
    hook = RecordingHook(stop_after=2)
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        while not sess.should_stop():
            sess.run(train)
        with pytest.raises(RuntimeError, match="Run called even after should_stop requested"):
            sess.run(train)
    assert len(hook.results) == 2


def test_hook_feeds_merge_with_user_feeds_and_conflicts_are_errors():
    x = tf.placeholder(tf.float32, [], name="x")
    y = tf.placeholder(tf.float32, [], name="y")
    total = x + y
    hook = tf.train.FeedFnHook(lambda: {y: 10.0})
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        assert sess.run(total, {x: 1.0}) == 11.0
        with pytest.raises(RuntimeError, match="Same tensor is fed by a SessionRunHook and user"):
            sess.run(total, {x: 1.0, y: 2.0})


def test_nan_tensor_hook_raises_or_stops():
    bad = tf.placeholder(tf.float32, [])
    with tf.train.MonitoredSession(hooks=[tf.train.NanTensorHook(bad)]) as sess:
        sess.run(bad, {bad: 1.0})
        with pytest.raises(tf.train.NanLossDuringTrainingError, match="NaN loss during training"):
            sess.run(bad, {bad: np.nan})
    with tf.train.MonitoredSession(hooks=[tf.train.NanTensorHook(bad, fail_on_nan_loss=False)]) \
            as sess:
        sess.run(bad, {bad: np.nan})
        assert sess.should_stop()


def test_logging_tensor_hook_logs_every_n_iterations(caplog):
    _, loss, _, train = _model()
    hook = tf.train.LoggingTensorHook({"loss": loss}, every_n_iter=2)
    with caplog.at_level(logging.INFO, logger="tensorflow"), \
            tf.train.MonitoredSession(hooks=[hook]) as sess:
        for _ in range(3):
            sess.run(train)
    messages = [r.getMessage() for r in caplog.records if r.getMessage().startswith("loss = ")]
    assert len(messages) == 2
    assert messages[0] == "loss = 2.0"
    with pytest.raises(ValueError, match="either at_end and/or exactly one of every_n_iter"):
        tf.train.LoggingTensorHook({"loss": loss})
    with pytest.raises(ValueError, match="invalid every_n_iter=0"):
        tf.train.LoggingTensorHook({"loss": loss}, every_n_iter=0)


def test_step_counter_hook_needs_a_global_step():
    tf.Variable(1.0)
    with pytest.raises(RuntimeError, match="Global step should be created to use StepCounterHook"):
        tf.train.MonitoredSession(hooks=[tf.train.StepCounterHook(every_n_steps=1)])


def test_out_of_range_inside_the_block_is_a_normal_end():
    _, _, _, train = _model()
    hook = RecordingHook()
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        sess.run(train)
        raise errors.OutOfRangeError(None, None, "End of sequence")
    assert hook.calls[-1] == "end"


def test_other_errors_propagate_without_end_hooks():
    _, _, _, train = _model()
    hook = RecordingHook()
    with pytest.raises(ValueError, match="boom"), tf.train.MonitoredSession(hooks=[hook]) as sess:
        sess.run(train)
        raise ValueError("boom")
    assert "end" not in hook.calls


def test_monitored_session_recovers_from_aborted_errors():
    w, _, _, train = _model()

    class AbortOnce(tf.train.SessionRunHook):
        def __init__(self):
            self.sessions = 0
            self.aborted = False

        def after_create_session(self, session, coord):
            self.sessions += 1

        def before_run(self, run_context):
            if not self.aborted:
                self.aborted = True
                raise errors.AbortedError(None, None, "preempted")

    hook = AbortOnce()
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        sess.run(train)
        np.testing.assert_allclose(sess.run(w), [0.8, -0.8])
    assert hook.sessions == 2
    with pytest.raises(errors.AbortedError), \
            tf.train.SingularMonitoredSession(hooks=[AbortOnce()]) as sess:
        sess.run(train)


def test_scaffold_init_fn_and_explicit_init_op():
    w = tf.Variable([1.0, 2.0], name="w")
    calls = []

    def init_fn(scaffold, session):
        calls.append(scaffold)
        session.run(w.initializer)

    scaffold = tf.train.Scaffold(init_op=tf.no_op(), init_fn=init_fn)
    with tf.train.SingularMonitoredSession(scaffold=scaffold) as sess:
        np.testing.assert_allclose(sess.run(w), [1.0, 2.0])
    assert calls == [scaffold]


def test_uninitialized_model_is_not_ready():
    w = tf.Variable([1.0, 2.0], name="w")
    scaffold = tf.train.Scaffold(init_op=tf.no_op())
    with pytest.raises(RuntimeError, match="Init operations did not make model ready"):
        tf.train.SingularMonitoredSession(scaffold=scaffold)
    assert w is not None


def test_final_ops_hook_runs_at_the_end():
    w, _, _, train = _model()
    hook = tf.train.FinalOpsHook(tf.reduce_sum(w))
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        sess.run(train)
    np.testing.assert_allclose(hook.final_ops_values, 0.0, atol=1e-7)


def test_second_or_step_timer():
    timer = tf.train.SecondOrStepTimer(every_steps=3)
    assert timer.should_trigger_for_step(0)
    assert timer.update_last_triggered_step(0) == (None, None)
    assert not timer.should_trigger_for_step(2)
    assert timer.should_trigger_for_step(3)
    elapsed_secs, elapsed_steps = timer.update_last_triggered_step(3)
    assert elapsed_steps == 3 and elapsed_secs >= 0
    with pytest.raises(ValueError):
        tf.train.SecondOrStepTimer()


def test_checkpoint_saver_hook_saves_when_the_saver_exists(tmp_path):
    saver_module = pytest.importorskip("tensorweave.training.saver")
    train = _model()[3]
    saver = saver_module.Saver()
    hook = tf.train.CheckpointSaverHook(str(tmp_path), save_steps=2, saver=saver)
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        for _ in range(3):
            sess.run(train)
    names = {p.name for p in tmp_path.iterdir()}
    assert "checkpoint" in names
    assert any(n.startswith("model.ckpt-3") for n in names)


def test_step_fn_request_stop_raises_stop_iteration_swallowed_by_with():
    _, _, step, train = _model()
    with tf.control_dependencies([train]):
        after = tf.identity(step)
    seen = []

    def step_fn(step_context):
        value = step_context.run_with_hooks(after)
        if value >= 2:
            step_context.request_stop()
        return value

    with tf.train.MonitoredSession() as sess:
        while not sess.should_stop():
            seen.append(sess.run_step_fn(step_fn))
        pytest.fail("StopIteration should leave the with block")
    assert seen == [1]
    assert sess.should_stop()


def test_step_fn_with_wrong_argument_names_is_a_value_error():
    _model()
    with tf.train.MonitoredSession() as sess, pytest.raises(ValueError):
        sess.run_step_fn(lambda ctx: None)


def test_run_after_close_is_an_attribute_error_and_close_twice_a_runtime_error():
    w = _model()[0]
    sess = tf.train.MonitoredSession()
    sess.close()
    with pytest.raises(AttributeError):
        sess.run(w)
    with pytest.raises(RuntimeError):
        sess.close()


def test_profiler_hook_writes_timelines_every_n_steps(tmp_path):
    import json

    train = _model()[3]
    hook = tf.train.ProfilerHook(save_steps=2, output_dir=str(tmp_path))
    with tf.train.MonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=5)]) as sess:
        while not sess.should_stop():
            sess.run(train)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in names if n.startswith("timeline")] == ["timeline-2.json", "timeline-4.json"]
    trace = json.loads((tmp_path / "timeline-2.json").read_text())
    assert trace["traceEvents"]


def test_profiler_hook_argument_errors(tmp_path):
    with pytest.raises(ValueError):
        tf.train.ProfilerHook(output_dir=str(tmp_path))
    with pytest.raises(ValueError):
        tf.train.ProfilerHook(save_steps=1, save_secs=1, output_dir=str(tmp_path))
    tf.Variable(1.0)
    with pytest.raises(RuntimeError):
        tf.train.MonitoredSession(hooks=[tf.train.ProfilerHook(save_steps=1,
                                                               output_dir=str(tmp_path))])
