# RunOptions / RunMetadata basics: fields, trace levels, run with options,
# partition graphs and step stats presence (not contents).
from prelude import tf, np

a = tf.constant(2.0, name="a")
b = a * a
opts = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
print(opts.trace_level, tf.RunOptions.NO_TRACE, tf.RunOptions.SOFTWARE_TRACE,
      tf.RunOptions.HARDWARE_TRACE, tf.RunOptions.FULL_TRACE)
md = tf.RunMetadata()
print(type(md).__name__, md.HasField("step_stats"))
with tf.Session() as sess:
    print(sess.run(b, options=opts, run_metadata=md))
    print(md.HasField("step_stats"), len(md.step_stats.dev_stats) > 0)
    md2 = tf.RunMetadata()
    print(sess.run(b, options=tf.RunOptions(), run_metadata=md2))
    print(sess.run(b, options=None, run_metadata=None))
    o = tf.RunOptions()
    o.timeout_in_ms = 1000
    print(o.timeout_in_ms, sess.run(b, options=o))
    o2 = tf.RunOptions(output_partition_graphs=True)
    md3 = tf.RunMetadata()
    sess.run(b, options=o2, run_metadata=md3)
    print(len(md3.partition_graphs) > 0)
cfg = tf.ConfigProto(log_device_placement=False, allow_soft_placement=True)
print(cfg.allow_soft_placement, cfg.log_device_placement)
with tf.Session(config=cfg) as sess:
    print(sess.run(b))
