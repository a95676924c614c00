# RunOptions/RunMetadata contents: trace levels, step_stats, partition graphs.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

a = tf.placeholder_with_default([1.0, 2.0], [2], name="a")
b = tf.multiply(a, 2.0, name="b")
c = tf.reduce_sum(b, name="c")
sess = tf.Session()
o = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE, output_partition_graphs=True)
md = tf.RunMetadata()
print(rnd(sess.run(c, options=o, run_metadata=md)))
print("devs", len(md.step_stats.dev_stats) > 0)
# (Which nodes appear in the step stats and partition graph depends on TF's graph optimizer.)
print("parts", len(md.partition_graphs))
print("fields", md.HasField("step_stats"), md.HasField("cost_graph"))
md2 = tf.RunMetadata()
sess.run(c, run_metadata=md2)
print("no_trace", len(md2.step_stats.dev_stats), len(md2.partition_graphs))
t("levels", lambda: (tf.RunOptions.NO_TRACE, tf.RunOptions.SOFTWARE_TRACE, tf.RunOptions.HARDWARE_TRACE, tf.RunOptions.FULL_TRACE))
t("opts_fields", lambda: (o.timeout_in_ms, o.inter_op_thread_pool, o.report_tensor_allocations_upon_oom, o.trace_level))
t("bad_opts", lambda: sess.run(c, options=3))
t("bad_md", lambda: sess.run(c, run_metadata={}))
t("timeout_opt", lambda: rnd(sess.run(c, options=tf.RunOptions(timeout_in_ms=1000))))
t("ser", lambda: len(tf.RunOptions(trace_level=3).SerializeToString()))
t("opt_str", lambda: str(tf.RunOptions(trace_level=3)).strip())
