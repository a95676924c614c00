"""SessionManager.recover_session (restores when it can, never runs an init op) and
wait_for_session (polls until the chief has made the model ready, or the deadline)."""

import threading
import time

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def _saved_model(tmp_path):
    w = tf.Variable(1.0, name="w")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.assign(w, 4.0))
        path = saver.save(sess, str(tmp_path / "model.ckpt"))
    return w, saver, path


def test_recover_session_restores_the_latest_checkpoint(tmp_path):
    w, saver, _ = _saved_model(tmp_path)
    sm = tf.train.SessionManager(ready_op=tf.report_uninitialized_variables())
    sess, restored = sm.recover_session("", saver=saver, checkpoint_dir=str(tmp_path))
    assert restored is True
    assert sess.run(w) == 4.0
    sess.close()


def test_recover_session_from_a_checkpoint_file(tmp_path):
    w, saver, path = _saved_model(tmp_path)
    sess, restored = tf.train.SessionManager().recover_session(
        "", saver=saver, checkpoint_filename_with_path=path)
    assert restored is True and sess.run(w) == 4.0
    sess.close()


def test_recover_session_without_a_checkpoint_returns_an_uninitialized_session(tmp_path):
    w, saver, _ = _saved_model(tmp_path)
    sm = tf.train.SessionManager()
    sess, restored = sm.recover_session("", saver=saver, checkpoint_dir=str(tmp_path / "empty"))
    assert restored is False
    with pytest.raises(errors.FailedPreconditionError):
        sess.run(w)
    sess.close()
    sess, restored = sm.recover_session("", checkpoint_dir=str(tmp_path))  # no saver
    assert restored is False
    sess.close()


def test_recover_session_rejects_both_checkpoint_arguments(tmp_path):
    _, saver, path = _saved_model(tmp_path)
    with pytest.raises(ValueError):
        tf.train.SessionManager().recover_session(
            "", saver=saver, checkpoint_dir=str(tmp_path), checkpoint_filename_with_path=path)


def test_wait_for_session_gives_up_at_the_deadline():
    tf.Variable(1.0, name="never_initialized")
    sm = tf.train.SessionManager(ready_op=tf.report_uninitialized_variables(),
                                 recovery_wait_secs=0.05)
    begin = time.monotonic()
    with pytest.raises(errors.DeadlineExceededError, match="not ready after waiting"):
        sm.wait_for_session("", max_wait_secs=0.2)
    assert 0.1 <= time.monotonic() - begin < 5


def test_wait_for_session_waits_for_the_chief_to_initialize():
    pytest.importorskip("grpc")
    server = tf.train.Server.create_local_server()
    w = tf.Variable(2.0, name="w")
    sm = tf.train.SessionManager(ready_op=tf.report_uninitialized_variables(),
                                 recovery_wait_secs=0.05)

    def chief():
        time.sleep(0.3)
        with tf.Session(server.target) as sess:
            sess.run(w.initializer)

    thread = threading.Thread(target=chief)
    thread.start()
    try:
        sess = sm.wait_for_session(server.target, max_wait_secs=30)
        assert sess.run(w) == 2.0
        sess.close()
    finally:
        thread.join()
