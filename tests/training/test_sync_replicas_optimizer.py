"""tf.train.SyncReplicasOptimizer: one worker, two replicas as threads, grpc:// sessions.

Reference values are computed with NumPy (plain gradient descent on the averaged gradient).
"""

import threading
import time

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

# As in TF, the chief's queue-runner thread ends with the error of its blocked step (a take
# waiting for gradients) when the session closes under it; pytest reports that thread's error
# during whichever test runs then.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")


def _lockstep(sess, trains, sync_op):
    """One synchronous step: every replica's train op in a thread, the chief's sync op here."""
    threads = [threading.Thread(target=sess.run, args=(t,)) for t in trains]
    for t in threads:
        t.start()
    sess.run(sync_op)
    for t in threads:
        t.join(10)
        assert not t.is_alive()


def test_single_worker_lockstep_matches_gradient_descent():
    w = tf.Variable([1.0, -2.0], name="w")
    emb = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2), name="emb")
    gs = tf.train.get_or_create_global_step()
    loss = tf.reduce_sum(w * w) + tf.reduce_sum(tf.gather(emb, [2, 0]) * 3.0)
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 1, 1)
    train = opt.minimize(loss, global_step=gs)
    sync_op = opt.get_chief_queue_runner().enqueue_ops[0]
    w_ref, emb_ref = np.array([1.0, -2.0]), np.arange(6.0).reshape(3, 2)
    with tf.Session() as sess:
        sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
        sess.run(opt.chief_init_op)
        for step in range(1, 4):
            _lockstep(sess, [train], sync_op)
            w_ref = w_ref - 0.1 * 2 * w_ref
            emb_ref[[0, 2]] -= 0.1 * 3.0
            assert sess.run(gs) == step
            assert sess.run(opt._local_step) == step
            np.testing.assert_allclose(sess.run(w), w_ref, rtol=1e-6)
            np.testing.assert_allclose(sess.run(emb), emb_ref, rtol=1e-6)


def test_two_replicas_apply_the_mean_gradient_once_per_step():
    w = tf.Variable([0.0, 0.0], name="w")
    gs = tf.train.get_or_create_global_step()
    data = [np.array([1.0, 2.0]), np.array([3.0, -2.0])]
    opts, trains = [], []
    for r in range(2):
        opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.5), 2, 2)
        x = tf.constant(data[r], tf.float32)
        trains.append(opt.minimize(tf.reduce_sum(w * w * x + w * x), global_step=gs))
        opts.append(opt)
    sync_op = opts[0].get_chief_queue_runner().enqueue_ops[0]
    ref = np.zeros(2)
    with tf.Session() as sess:
        sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
        sess.run([opts[0].chief_init_op, opts[1].local_step_init_op])
        for step in range(1, 4):
            _lockstep(sess, trains, sync_op)
            grads = [2 * ref * x + x for x in data]
            ref = ref - 0.5 * np.mean(grads, axis=0)
            assert sess.run(gs) == step
            np.testing.assert_allclose(sess.run(w), ref, rtol=1e-6)
            assert sess.run([o._local_step for o in opts]) == [step, step]


def test_two_replica_threads_with_the_chief_queue_runner():
    w = tf.Variable([4.0], name="w")
    gs = tf.train.get_or_create_global_step()
    opts, trains = [], []
    for r in range(2):
        opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.25), 2, 2)
        trains.append(opt.minimize(tf.reduce_sum(w * w) * float(r + 1), global_step=gs))
        opts.append(opt)
    coord = tf.train.Coordinator()
    with tf.Session() as sess:
        sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
        sess.run([opts[0].chief_init_op, opts[1].local_step_init_op])
        sess.run(opts[0].get_init_tokens_op())
        qr_threads = opts[0].get_chief_queue_runner().create_threads(sess, coord, daemon=True,
                                                                     start=True)

        def replica(train):
            # As with TF, a replica left alone waits for its token until the queue closes.
            while not coord.should_stop():
                try:
                    sess.run(train)
                except (tf.errors.OutOfRangeError, tf.errors.CancelledError):
                    return

        workers = [threading.Thread(target=replica, args=(t,)) for t in trains]
        for t in workers:
            t.start()
        deadline = time.monotonic() + 20
        while sess.run(gs) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        coord.request_stop()  # the queue runner closes the token queue
        for t in workers:
            t.join(10)
            assert not t.is_alive()
        time.sleep(0.2)
        step, value = sess.run([gs, w])
    coord.join(qr_threads, stop_grace_period_secs=5, ignore_live_threads=True)
    # NOTE: free-running replicas race as in TF (one replica may supply both gradients of a
    # step, from different reads of w), so only the progress is checked here; the lockstep
    # tests check the values.
    assert step >= 4
    assert np.isfinite(value).all() and abs(value[0]) < 4.0


def test_monitored_training_session_with_the_chief_hook():
    w = tf.Variable([1.0, 2.0], name="w")
    gs = tf.train.get_or_create_global_step()
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.25), 1, 1)
    train = opt.minimize(tf.reduce_sum(w * w), global_step=gs)
    hook = opt.make_session_run_hook(is_chief=True)
    with tf.train.MonitoredTrainingSession(hooks=[hook], stop_grace_period_secs=1) as sess:
        assert sess.run(opt._local_step) == 0
        for _ in range(5):
            sess.run(train)
        step, value = sess.run([gs, w])
    assert 1 <= step <= 5
    np.testing.assert_allclose(value, np.array([1.0, 2.0]) * 0.5 ** step, rtol=1e-6)


def test_names_and_collections():
    w = tf.Variable([1.0, 2.0], name="w")
    gs = tf.train.get_or_create_global_step()
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 2, 3)
    train = opt.minimize(tf.reduce_sum(w), global_step=gs)
    assert train.name == "AssignVariableOp_1:0" or train.op.type in ("AssignVariableOp", "Assign")
    assert [v.name for v in tf.local_variables()] == ["sync_rep_local_step:0"]
    assert opt.chief_init_op.name == "sync_replicas/group_deps"
    q = opt.get_chief_queue_runner().queue
    assert q.name == "sync_token_q"
    assert q.queue_ref.op.get_attr("shared_name") in (b"sync_token_q", "sync_token_q")
    assert opt.get_init_tokens_op(num_tokens=0).name == "no_init_tokens"
    acc_ops = [op for op in tf.get_default_graph().get_operations()
               if op.type == "ResourceConditionalAccumulator"]
    assert [op.get_attr("shared_name") for op in acc_ops] in ([b"w:0/grad_accum"], ["w:0/grad_accum"])


def test_errors():
    w = tf.Variable([1.0], name="w")
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 3, 1)
    with pytest.raises(ValueError, match="after apply_gradients"):
        opt.get_chief_queue_runner()
    with pytest.raises(ValueError, match="should be called before using the hook"):
        opt.make_session_run_hook(True).begin()
    gv = opt.compute_gradients(tf.reduce_sum(w))
    with pytest.raises(ValueError, match="Global step is required"):
        opt.apply_gradients(gv)
    opt.apply_gradients(gv, global_step=tf.train.get_or_create_global_step())
    with pytest.raises(ValueError, match="Too few tokens"):
        opt.get_init_tokens_op(num_tokens=1)


def test_two_workers_through_grpc_sessions():
    pytest.importorskip("grpc")
    server = tf.train.Server.create_local_server()
    try:
        w = tf.Variable([2.0], name="w")
        gs = tf.train.get_or_create_global_step()
        opts, trains = [], []
        for r in range(2):
            opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.5), 2, 2)
            trains.append(opt.minimize(tf.reduce_sum(w) * float(r + 1), global_step=gs))
            opts.append(opt)
        chief = tf.Session(server.target)
        other = tf.Session(server.target)
        try:
            chief.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
            chief.run(opts[0].chief_init_op)
            other.run(opts[1].local_step_init_op)
            sync_op = opts[0].get_chief_queue_runner().enqueue_ops[0]
            for step in range(1, 3):
                threads = [threading.Thread(target=s.run, args=(t,))
                           for s, t in ((chief, trains[0]), (other, trains[1]))]
                for t in threads:
                    t.start()
                chief.run(sync_op)
                for t in threads:
                    t.join(10)
                    assert not t.is_alive()
                assert other.run(gs) == step
                # mean gradient (1 + 2) / 2 = 1.5 per step
                np.testing.assert_allclose(other.run(w), [2.0 - 0.75 * step], rtol=1e-6)
        finally:
            chief.close()
            other.close()
    finally:
        server.stop()


def test_non_chief_hook_waits_for_the_chief_initialization():
    w = tf.Variable([1.0], name="w")
    gs = tf.train.get_or_create_global_step()
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 1, 1)
    opt.minimize(tf.reduce_sum(w), global_step=gs)
    hook = opt.make_session_run_hook(is_chief=False)
    hook.begin()
    with tf.Session() as sess:
        with pytest.raises(RuntimeError, match="not make model ready for SyncReplicasOptimizer"):
            hook.after_create_session(sess, None)
        sess.run(tf.global_variables_initializer())
        sess.run(gs.assign(7))
        sess.run(opt._local_step.initializer)
        hook.after_create_session(sess, None)  # non-chief: only local step := global step
        assert sess.run(opt._local_step) == 7
        assert sess.run(opt.get_chief_queue_runner().queue.size()) == 0
