# initialized_value chains (reference variables), variables from callables, initial_value of dependent variables.
from prelude import tf, np, rnd

a = tf.Variable(2.0, name="a", use_resource=False)
b = tf.Variable(a.initialized_value() * 3.0, name="b", use_resource=False)
c = tf.Variable(b.initialized_value() + a.initialized_value(), name="c", use_resource=False)
d = tf.Variable(lambda: tf.constant([1, 2, 3]), name="d")
e = tf.Variable(lambda: [1.5, 2.5], dtype=tf.float64, name="e")
f = tf.get_variable("f", shape=[2], initializer=lambda shape, dtype, partition_info=None: tf.fill(shape, 4.0))
g = tf.Variable(c.initial_value, name="g")
print(b.dtype.base_dtype.name, c.shape.as_list(), d.dtype.name, d.shape.as_list(), e.dtype.name, f.dtype.name)
print([v.name for v in tf.global_variables()])
with tf.Session() as sess:
    for v in tf.global_variables():
        sess.run(v.initializer)
    print(rnd(sess.run([a, b, c, g])), sess.run(d).tolist(), rnd(sess.run(e)), rnd(sess.run(f)))
    sess.run(a.assign(10.0))
    print(rnd(sess.run(b.initialized_value())), rnd(sess.run(a.initialized_value())))
