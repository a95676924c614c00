# RunOptions FULL_TRACE: node names in step_stats for a step reading/updating variables.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
w = tf.Variable(2.0, name="w")
upd = tf.assign_add(v, w, name="upd")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    md = tf.RunMetadata()
    opts = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
    r = sess.run(upd, options=opts, run_metadata=md)
    print(rnd(r))
    names = set()
    for dev in md.step_stats.dev_stats:
        for n in dev.node_stats:
            names.add(n.node_name)
    print(sorted(n for n in names if n != "_SOURCE"))
    print(len(md.step_stats.dev_stats) >= 1)
    md2 = tf.RunMetadata()
    sess.run(v.op, options=opts, run_metadata=md2)
    n2 = set(n.node_name for d in md2.step_stats.dev_stats for n in d.node_stats)
    print(sorted(n for n in n2 if n != "_SOURCE"))
    x = tf.placeholder(tf.float32, [], name="x")
    y = tf.add(x, v, name="y")
    md3 = tf.RunMetadata()
    print(rnd(sess.run([y, w, v.value()], feed_dict={x: 1.0}, options=opts, run_metadata=md3)))
    n3 = set(n.node_name for d in md3.step_stats.dev_stats for n in d.node_stats)
    print(sorted(n3))
