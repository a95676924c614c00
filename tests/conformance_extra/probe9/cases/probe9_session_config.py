# ConfigProto fields, session config options and graph_options.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

c = tf.ConfigProto(intra_op_parallelism_threads=2, inter_op_parallelism_threads=3, allow_soft_placement=True, log_device_placement=False, device_count={"CPU": 2})
print(c.intra_op_parallelism_threads, c.inter_op_parallelism_threads, c.allow_soft_placement, dict(c.device_count))
c.gpu_options.allow_growth = True
c.gpu_options.per_process_gpu_memory_fraction = 0.5
c.graph_options.optimizer_options.opt_level = tf.OptimizerOptions.L0
c.graph_options.optimizer_options.do_constant_folding = False
print(c.gpu_options.allow_growth, rnd(c.gpu_options.per_process_gpu_memory_fraction), c.graph_options.optimizer_options.opt_level)
print(str(c.graph_options).split())
t("levels", lambda: (tf.OptimizerOptions.L0, tf.OptimizerOptions.L1, tf.OptimizerOptions.DEFAULT))
t("bad_field", lambda: tf.ConfigProto(nope=1))
t("bad_type", lambda: tf.ConfigProto(intra_op_parallelism_threads="a"))
t("operation_timeout", lambda: tf.ConfigProto(operation_timeout_in_ms=5).operation_timeout_in_ms)
t("use_per_session", lambda: tf.ConfigProto(use_per_session_threads=True).use_per_session_threads)
t("thread_pool", lambda: len(tf.ConfigProto(session_inter_op_thread_pool=[{"num_threads": 2}]).session_inter_op_thread_pool))
t("GPUOptions", lambda: tf.GPUOptions(allow_growth=True).allow_growth)
t("GraphOptions", lambda: tf.GraphOptions(build_cost_model=1).build_cost_model)
t("copy", lambda: (lambda d: (d.CopyFrom(c), d.inter_op_parallelism_threads)[1])(tf.ConfigProto()))
t("ser_round", lambda: tf.ConfigProto.FromString(c.SerializeToString()).intra_op_parallelism_threads)
a = tf.constant(2.0)
with tf.Session(config=c) as s:
    print(rnd(s.run(a * 3)))
    t("sess_graph", lambda: s.graph is tf.get_default_graph())
    t("sess_target", lambda: repr(s.sess_str))
t("bad_config", lambda: tf.Session(config={"a": 1}))
t("bad_target", lambda: tf.Session(target=3))
t("bad_graph", lambda: tf.Session(graph=3))
with tf.Session(config=tf.ConfigProto(log_device_placement=True)) as s:
    print(rnd(s.run(a + 1)))
