# tf.gradients with respect to ref and resource variables, their reads, and assign ops.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v", use_resource=False)
r = tf.get_variable("r", initializer=tf.constant([3.0, 4.0]), use_resource=True)
y = tf.reduce_sum(v * v) + tf.reduce_sum(r * r * r)
gv, gr = tf.gradients(y, [v, r])
print(gv.name, gr.name, gv.dtype.name, gr.dtype.name)
print(tf.gradients(y, [r.read_value()]))
rv = r.read_value()
print(tf.gradients(tf.reduce_sum(rv), r)[0] is not None)
for var in (v, r):
    asg = tf.assign(var, var * 2.0)
    print(asg.dtype.name, tf.gradients(asg, var)[0] is None)
    print(tf.gradients(tf.reduce_sum(asg), var)[0] is None)
    asg2 = var.assign_add(var * 2.0)
    print(tf.gradients(tf.reduce_sum(asg2), var)[0] is None)
iv = tf.Variable(3, name="iv", use_resource=False)
print(tf.gradients(tf.cast(iv, tf.float32) * 2.0, iv))
pv = tf.get_variable("pv", [4, 2], initializer=tf.ones_initializer(),
                     partitioner=tf.fixed_size_partitioner(2))
gpv = tf.gradients(tf.reduce_sum(tf.concat(list(pv), 0) * 3.0), list(pv))
print(len(gpv), [t.shape.as_list() for t in gpv])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([gv, gr])), rnd(sess.run(gpv)))
