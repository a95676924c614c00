# Summaries of resource variables: inputs are reads, values track assignments.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0, 3.0], name="w")
g = tf.get_variable("g", [], initializer=tf.constant_initializer(0.5))
s1 = tf.summary.histogram("w_hist", v)
s2 = tf.summary.scalar("g_val", g)
s3 = tf.summary.scalar("w_mean", tf.reduce_mean(v))
print([i.op.type for i in s1.op.inputs], [i.op.type for i in s2.op.inputs])
print([i.name for i in s1.op.inputs], [i.name for i in s2.op.inputs])
m = tf.summary.merge_all()
upd = tf.assign_add(v, [1.0, 1.0, 1.0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(2):
        s = tf.Summary.FromString(sess.run(m))
        print([(x.tag, rnd(x.simple_value) if x.WhichOneof("value") == "simple_value" else (x.histo.min, x.histo.max)) for x in s.value])
        sess.run(upd)
