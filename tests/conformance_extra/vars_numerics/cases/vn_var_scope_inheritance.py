# variable_scope initializer/regularizer/dtype/partitioner inheritance, tf.no_regularizer, overrides.
from prelude import tf, np, rnd


def reg(w):
    return tf.reduce_sum(w, name="reg")


with tf.variable_scope("s", initializer=tf.constant_initializer(2.0), regularizer=reg, dtype=tf.float64) as s:
    a = tf.get_variable("a", [2])
    b = tf.get_variable("b", [2], regularizer=tf.no_regularizer)
    c = tf.get_variable("c", [2], dtype=tf.float32, initializer=tf.ones_initializer())
    with tf.variable_scope("inner", regularizer=tf.no_regularizer):
        d = tf.get_variable("d", [2])
        with tf.variable_scope("deeper", initializer=tf.zeros_initializer()):
            e = tf.get_variable("e", [3])
    with tf.variable_scope(s, reuse=True):
        a2 = tf.get_variable("a")
    print(s.name, s.original_name_scope, s.dtype.name, s.regularizer is reg)
with tf.variable_scope(s):
    f = tf.get_variable("f", [1])
with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(2)):
    g = tf.get_variable("g", [4, 1])
    with tf.variable_scope("q"):
        h = tf.get_variable("h", [4, 1])
    with tf.variable_scope("r", partitioner=None):
        k = tf.get_variable("k", [4, 1])
print(tf.no_regularizer(tf.constant(1.0)))
print(a2 is a, [(v.name, v.dtype.name) for v in [a, b, c, d, e, f]])
print(type(g).__name__, type(h).__name__, type(k).__name__)
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print([l.name for l in losses], [l.dtype.name for l in losses])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([rnd(sess.run(v)) for v in [a, b, c, d, e, f]])
    print(rnd(sess.run(losses)))
