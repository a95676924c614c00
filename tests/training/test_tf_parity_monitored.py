"""Training loops and monitored sessions against TF 2.21 (tensorflow.compat.v1, graph mode):
a fetched variable reads its value from before the run's updates, hooks see a Coordinator and
RunOptions/RunMetadata, queue runners start by themselves, and the INFO log lines. Expected
values were recorded from TF 2.21."""

import logging
import os

import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_a_fetched_variable_is_read_before_the_runs_updates():
    v = tf.Variable(0, name="v")
    inc = tf.assign_add(v, 1)
    w = tf.Variable(1.0, name="w")
    gs = tf.train.get_or_create_global_step()
    train = tf.train.GradientDescentOptimizer(0.5).minimize(w * w, global_step=gs)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        # TF 2.21: [1, 0] then [1, 2]: the variable's read never waits for the increment.
        assert [int(a) for a in sess.run([inc, v])] == [1, 0]
        assert [int(a) for a in sess.run([v, inc])] == [1, 2]
        assert sess.run([train, w])[1] == 1.0
        assert sess.run(w) == 0.0
        assert [sess.run([train, gs])[1] for _ in range(3)] == [1, 2, 3]
        # reads made by ops still see the update they depend on
        with tf.control_dependencies([inc]):
            after = tf.identity(v)
        assert sess.run(after) == 3


def test_a_variable_initialized_and_fetched_in_one_run_gives_its_new_value():
    v = tf.Variable(7, name="v")
    with tf.Session() as sess:
        assert sess.run([v.initializer, v])[1] == 7


def test_training_loop_prints_the_step_before_each_increment():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(1.0, name="w")
    loss = tf.square(w - 3.0)
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    seen = []
    with tf.train.MonitoredSession(hooks=[tf.train.StopAtStepHook(last_step=5)]) as sess:
        while not sess.should_stop():
            _, l, g = sess.run([train, loss, gs])
            seen.append((int(g), round(float(l), 5)))
    # TF 2.21
    assert seen == [(0, 4.0), (1, 2.56), (2, 1.6384), (3, 1.04858), (4, 0.67109)]


class _RecordingHook(tf.train.SessionRunHook):
    def __init__(self, gs, x2):
        self.gs, self.x2, self.events = gs, x2, []

    def after_create_session(self, session, coord):
        self.events.append(("created", type(session).__name__, type(coord).__name__,
                            coord.should_stop()))

    def before_run(self, run_context):
        return tf.train.SessionRunArgs({"gs": self.gs, "x2": self.x2})

    def after_run(self, run_context, run_values):
        self.events.append(("after_run", sorted(run_values.results),
                            float(run_values.results["x2"]), int(run_values.results["gs"]),
                            type(run_values.options).__name__,
                            type(run_values.run_metadata).__name__))
        if run_values.results["gs"] >= 2:
            run_context.request_stop()


def test_hooks_get_a_coordinator_run_options_and_run_metadata():
    gs = tf.train.get_or_create_global_step()
    x = tf.Variable(1.5, name="x")
    inc = tf.assign_add(gs, 1)
    hook = _RecordingHook(gs, x * 2.0)
    runs = []
    with tf.train.MonitoredSession(hooks=[hook]) as sess:
        while not sess.should_stop():
            runs.append(int(sess.run(inc)))
    assert runs == [1, 2, 3]
    assert hook.events[0] == ("created", "Session", "Coordinator", False)
    assert hook.events[1:] == [("after_run", ["gs", "x2"], 3.0, step, "RunOptions", "RunMetadata")
                               for step in (0, 1, 2)]


def test_monitored_session_starts_the_graphs_queue_runners():
    q = tf.FIFOQueue(10, tf.int32)
    v = tf.Variable(0, name="v")
    tf.train.add_queue_runner(tf.train.QueueRunner(q, [q.enqueue(tf.assign_add(v, 1))]))
    x = q.dequeue()
    with tf.train.MonitoredSession() as sess:
        got = [int(sess.run(x)) for _ in range(5)]
    assert min(got) == 1 and len(got) == 5


def test_monitored_training_session_logs_like_tensorflow(tmp_path, caplog):
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(1.0, name="w")
    train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.square(w - 3.0), global_step=gs)
    caplog.set_level(logging.INFO, logger="tensorflow")
    with tf.train.MonitoredTrainingSession(
            checkpoint_dir=str(tmp_path), hooks=[tf.train.StopAtStepHook(last_step=2)],
            save_summaries_steps=None, save_summaries_secs=None,
            log_step_count_steps=None) as sess:
        while not sess.should_stop():
            sess.run(train)
    path = os.path.join(str(tmp_path), "model.ckpt")
    messages = [r.getMessage() for r in caplog.records if r.name == "tensorflow"]
    # TF 2.21's INFO lines, in order
    assert messages == [
        "Create CheckpointSaverHook.", "Graph was finalized.", "Running local_init_op.",
        "Done running local_init_op.",
        "Calling checkpoint listeners before saving checkpoint 0...",
        "Saving checkpoints for 0 into %s." % path,
        "Calling checkpoint listeners after saving checkpoint 0...",
        "Calling checkpoint listeners before saving checkpoint 2...",
        "Saving checkpoints for 2 into %s." % path,
        "Calling checkpoint listeners after saving checkpoint 2..."]


def test_tf_logging_writes_to_the_tensorflow_logger(caplog):
    caplog.set_level(logging.INFO, logger="tensorflow")
    tf.logging.info("hello %d", 3)
    assert [(r.name, r.getMessage()) for r in caplog.records] == [("tensorflow", "hello 3")]


def test_reads_not_ordered_after_a_write_see_the_value_from_the_runs_start():
    x = tf.Variable(1.0, name="x")
    doubled = x * 2.0  # reads x; nothing orders it after the update below
    upd = tf.assign_add(x, 0.5)
    with tf.control_dependencies([upd]):
        after = x * 10.0  # ordered after the update: sees it
    with tf.Session() as sess:
        sess.run(x.initializer)
        # TF 2.21: the read runs before the update it does not wait for
        assert sess.run([upd, doubled])[1] == 2.0
        assert sess.run([doubled, upd]) == [3.0, 2.0]
        assert sess.run([upd, after])[1] == 25.0


def test_summary_of_a_variable_updated_in_the_same_run_shows_the_old_value(tmp_path):
    gs = tf.train.get_or_create_global_step()
    x = tf.Variable(1.0, name="x")
    tf.summary.scalar("xval", x)
    step = tf.group(tf.assign_add(gs, 1), tf.assign_add(x, 0.5))
    hook = tf.train.SummarySaverHook(save_steps=2, output_dir=str(tmp_path),
                                     summary_op=tf.summary.merge_all())
    with tf.train.MonitoredSession(hooks=[hook, tf.train.StopAtStepHook(last_step=1)]) as sess:
        while not sess.should_stop():
            sess.run(step)
    events = [f for f in os.listdir(str(tmp_path)) if f.startswith("events")]
    values = [(e.step, v.tag, v.simple_value)
              for e in tf.train.summary_iterator(os.path.join(str(tmp_path), events[0]))
              if e.HasField("summary") for v in e.summary.value]
    assert values == [(1, "xval", 1.0)]  # TF 2.21


def test_scaffold_builds_tensorflows_default_ops():
    tf.Variable(3.0, name="v")
    scaffold = tf.train.Scaffold()
    assert scaffold.init_op is None and scaffold.ready_op is None
    scaffold.finalize()
    # TF 2.21's names: concat of the uninitialized variables and resources
    assert (scaffold.init_op.name, scaffold.init_op.type) == ("group_deps", "NoOp")
    assert scaffold.ready_op.name == "concat:0"
    assert scaffold.ready_for_local_init_op.name == "concat_1:0"
    assert scaffold.local_init_op.name == "group_deps_1"
    assert type(scaffold.saver).__name__ == "Saver" and scaffold.summary_op is None
    names = {op.name for op in tf.get_default_graph().get_operations()}
    assert {"init", "init_1", "init_2", "init_all_tables", "init_3",
            "report_uninitialized_resources/Const"} <= names
    with tf.Session() as sess:
        assert sess.run(scaffold.ready_op).tolist() == [b"v"]


def test_timers_reject_both_seconds_and_steps(tmp_path):
    with pytest.raises(ValueError, match="Can not provide both every_secs and every_steps."):
        tf.train.CheckpointSaverHook(str(tmp_path), save_steps=1, save_secs=1)
    with pytest.raises(ValueError, match="Either every_secs or every_steps should be provided."):
        tf.train.CheckpointSaverHook(str(tmp_path))


def test_monitored_training_session_events_match_tensorflow(tmp_path):
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(1.0, name="w")
    loss = tf.square(w - 3.0)
    tf.summary.scalar("loss", loss)
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    with tf.train.MonitoredTrainingSession(
            checkpoint_dir=str(tmp_path), hooks=[tf.train.StopAtStepHook(last_step=3)],
            save_summaries_steps=2, log_step_count_steps=2, save_checkpoint_secs=None,
            save_checkpoint_steps=2) as sess:
        while not sess.should_stop():
            sess.run(train)
    events_file, = [f for f in os.listdir(str(tmp_path)) if f.startswith("events")]
    got = []
    for e in tf.train.summary_iterator(os.path.join(str(tmp_path), events_file)):
        what = e.WhichOneof("what")
        if what == "summary":
            got.append((e.step, [(v.tag, "rate" if v.tag == "global_step/sec"
                                  else round(v.simple_value, 5)) for v in e.summary.value]))
        elif what == "session_log":
            got.append((e.step, "session_log", e.session_log.status))
        else:
            got.append((e.step, what))
    # TF 2.21: the writer's graph, the checkpoint hook's graph and meta graph, a CHECKPOINT (3)
    # log per save and a START (1) log before the first summary.
    assert got == [(0, "file_version"), (0, "graph_def"), (0, "meta_graph_def"),
                   (0, "graph_def"), (0, "meta_graph_def"), (0, "session_log", 3),
                   (1, "session_log", 1), (1, [("loss", 4.0)]), (2, "session_log", 3),
                   (3, [("global_step/sec", "rate")]), (3, [("loss", 1.6384)])]
