# variable_scope AUTO_REUSE towers, custom_getter that scales weights, name_scope vs variable_scope names, scope.reuse_variables().
from prelude import tf, np, rnd


def scaled_getter(getter, name, *args, **kwargs):
    v = getter(name, *args, **kwargs)
    return v * 0.5


def dense(x, n, name):
    with tf.variable_scope(name, reuse=tf.AUTO_REUSE):
        w = tf.get_variable("kernel", [x.shape[-1], n], initializer=tf.ones_initializer())
        return tf.matmul(x, w)


a = tf.constant([[1.0, 2.0]])
o1 = dense(a, 3, "fc")
o2 = dense(a, 3, "fc")
print(o1.name, o2.name, [v.name for v in tf.global_variables()])
with tf.variable_scope("scaled", custom_getter=scaled_getter):
    s = tf.get_variable("s", [2], initializer=tf.constant_initializer(4.0))
print(s.name, s.op.type, [v.name for v in tf.global_variables()][-1])
with tf.name_scope("ns"):
    v1 = tf.get_variable("v1", [1])
    t1 = tf.add(v1, 1.0, name="t1")
with tf.variable_scope("vs") as vs:
    v2 = tf.get_variable("v2", [1])
    t2 = tf.add(v2, 1.0, name="t2")
    vs.reuse_variables()
    v2b = tf.get_variable("v2")
print(v1.name, t1.name, v2.name, t2.name, v2b is v2)
with tf.variable_scope("vs", reuse=True):
    try:
        tf.get_variable("v2", [3])
    except ValueError as e:
        print("ValueError", "shape" in str(e).lower())
with tf.variable_scope("vs", auxiliary_name_scope=False) as vs2:
    t3 = tf.identity(a, name="t3")
    print(vs2.name, vs2.original_name_scope, t3.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([o1, o2, s]))
