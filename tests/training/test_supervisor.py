"""tf.train.Supervisor: defaults from collections, managed sessions, restore from logdir."""

import os

import pytest

import tensorweave.compat.v1 as tf


def _build():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable(2.0, name="w")
    return gs, w, tf.assign_add(gs, 1)


def test_constructor_fills_collections_and_finalizes_the_graph(tmp_path):
    with tf.Graph().as_default() as g:
        gs, _, _ = _build()
        sv = tf.train.Supervisor(logdir=str(tmp_path), save_model_secs=0)
        assert g.finalized
        assert sv.global_step is gs
        for key in (tf.GraphKeys.SAVERS, tf.GraphKeys.INIT_OP, tf.GraphKeys.READY_OP,
                    tf.GraphKeys.LOCAL_INIT_OP):
            assert len(g.get_collection(key)) == 1
        assert sv.summary_op is None and sv.ready_for_local_init_op is None
        assert sv.save_path == os.path.join(str(tmp_path), "model.ckpt")
        sv.stop()


def test_managed_session_initializes_then_restores_from_logdir(tmp_path):
    logdir = str(tmp_path)
    with tf.Graph().as_default():
        gs, w, step = _build()
        sv = tf.train.Supervisor(logdir=logdir, save_model_secs=0, save_summaries_secs=0)
        with sv.managed_session() as sess:
            assert sess.run(w) == 2.0
            for _ in range(3):
                sess.run(step)
            sv.saver.save(sess, sv.save_path, global_step=gs)
            raise tf.errors.OutOfRangeError(None, None, "end of input")  # a clean stop
        assert sv.should_stop()
    assert "graph.pbtxt" in os.listdir(logdir)
    assert os.path.basename(tf.train.latest_checkpoint(logdir)) == "model.ckpt-3"
    with tf.Graph().as_default():
        gs, _, _ = _build()
        sv = tf.train.Supervisor(logdir=logdir, save_model_secs=0)
        with pytest.raises(ValueError, match="boom"), sv.managed_session() as sess:
            assert sess.run(gs) == 3
            raise ValueError("boom")


def test_without_logdir_there_is_no_writer_and_no_save_path():
    with tf.Graph().as_default():
        _, _, step = _build()
        sv = tf.train.Supervisor(logdir=None)
        sess = sv.prepare_or_wait_for_session()
        assert sess.run(step) == 1
        assert sv.save_path is None and sv.summary_writer is None
        sv.stop()
        sess.close()


def test_queue_runners_are_started_by_the_managed_session():
    with tf.Graph().as_default():
        x = tf.train.slice_input_producer([tf.constant([1, 2, 3])], shuffle=False)[0]
        sv = tf.train.Supervisor(logdir=None)
        with sv.managed_session() as sess:
            assert [sess.run(x) for _ in range(4)] == [1, 2, 3, 1]


def test_managed_session_writes_graph_meta_graph_and_start_stop_logs(tmp_path):
    with tf.Graph().as_default():
        _, _, inc = _build()
        sv = tf.train.Supervisor(logdir=str(tmp_path), save_model_secs=0, save_summaries_secs=0)
        with sv.managed_session() as sess:
            sess.run(inc)
    events = []
    for name in sorted(os.listdir(str(tmp_path))):
        if "tfevents" in name:
            for ev in tf.train.summary_iterator(os.path.join(str(tmp_path), name)):
                kind = ev.WhichOneof("what")
                status = ev.session_log.status if kind == "session_log" else None
                events.append((kind, ev.step, status))
    assert events == [("file_version", 0, None), ("graph_def", 0, None),
                      ("meta_graph_def", 0, None),
                      ("session_log", 0, tf.SessionLog.START),
                      ("session_log", 0, tf.SessionLog.STOP)]


def test_standard_services_need_a_logdir():
    with tf.Graph().as_default():
        _build()
        sv = tf.train.Supervisor(logdir=None)
        sess = sv.prepare_or_wait_for_session(start_standard_services=False)
        assert sv.start_standard_services(sess) == []
        sv.stop()
        sess.close()
