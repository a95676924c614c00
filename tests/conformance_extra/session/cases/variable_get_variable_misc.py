# get_variable extra arguments: trainable=False, collections, dtype from the
# initializer value, use_resource, constraint attribute, name with scope.
from prelude import tf, np, rnd

a = tf.get_variable("a", [2], trainable=False)
b = tf.get_variable("b", [1], collections=["custom"])
c = tf.get_variable("c", initializer=tf.constant(1, dtype=tf.int64))
d = tf.get_variable("d", [2], constraint=lambda t: tf.clip_by_value(t, 0.0, 1.0))
e = tf.get_variable("e", [3], dtype=tf.float64, initializer=tf.zeros_initializer())
print(a.trainable, b.trainable, c.dtype.name, d.constraint is not None, a.constraint)
print([v.name for v in tf.global_variables()], [v.name for v in tf.get_collection("custom")])
print([v.name for v in tf.trainable_variables()])
with tf.variable_scope("outer"):
    with tf.variable_scope("inner"):
        f = tf.get_variable("f", [1])
print(f.name, f.op.name)
g = tf.get_variable("g", shape=(2, 2), initializer=tf.ones_initializer(), dtype=tf.float16)
print(g.dtype.name, g.shape.as_list())
h = tf.get_variable("h", [], initializer=tf.constant_initializer(4.0))
print(h.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g)), rnd(sess.run(h)), sess.run(c), rnd(sess.run(e)))
    print(sess.run(tf.report_uninitialized_variables()).tolist())
    sess.run(b.initializer)
    print(sess.run(b).shape)
