# Errors of SyncReplicasOptimizer: missing global step, empty list, calls before apply_gradients.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
gs = tf.train.get_or_create_global_step()
opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 3, 1)
gv = opt.compute_gradients(tf.reduce_sum(w))
hook = opt.make_session_run_hook(True)
for call in (lambda: opt.get_chief_queue_runner(), lambda: opt.get_init_tokens_op(),
             lambda: hook.begin(), lambda: opt.apply_gradients(gv),
             lambda: opt.apply_gradients([], global_step=gs)):
    try:
        call()
        print("ok")
    except ValueError as e:
        print(type(e).__name__)
opt.apply_gradients(gv, global_step=gs)
for n in (1, 2, 0):
    try:
        print(opt.get_init_tokens_op(num_tokens=n).name)
    except ValueError as e:
        print(type(e).__name__)
