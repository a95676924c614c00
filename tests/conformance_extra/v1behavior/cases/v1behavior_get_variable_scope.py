# tf.get_variable with variable_scope reuse on ref variables: names, types, errors.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
with tf.variable_scope("layer"):
    w = tf.get_variable("w", [3, 4], initializer=tf.constant_initializer(0.5))
    b = tf.get_variable("b", [4], initializer=tf.zeros_initializer())
print(w, b)
print(w.op.type, w.dtype, type(w).__name__)
with tf.variable_scope("layer", reuse=True):
    w2 = tf.get_variable("w")
print(w2 is w, w2.name)
with tf.variable_scope("layer") as sc:
    sc.reuse_variables()
    w3 = tf.get_variable("w", [3, 4])
print(w3 is w)
try:
    with tf.variable_scope("layer"):
        tf.get_variable("w", [3, 4])
except Exception as e:  # noqa: BLE001
    print("exists", type(e).__name__)
try:
    with tf.variable_scope("layer", reuse=True):
        tf.get_variable("nope", [1])
except Exception as e:  # noqa: BLE001
    print("missing", type(e).__name__)
try:
    with tf.variable_scope("layer", reuse=True):
        tf.get_variable("w", [4, 4])
except Exception as e:  # noqa: BLE001
    print("shape", type(e).__name__)
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    a1 = tf.get_variable("a", [2], dtype=tf.int32, initializer=tf.zeros_initializer())
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    a2 = tf.get_variable("a", [2], dtype=tf.int32)
print(a1 is a2, a1.dtype, a1)
with tf.variable_scope("outer"):
    with tf.variable_scope("inner"):
        c = tf.get_variable("c", [], initializer=tf.constant_initializer(3))
        op = tf.add(c, 1.0, name="plus")
print(c.name, op.name, c.dtype)
with tf.variable_scope("rs", use_resource=True):
    r = tf.get_variable("r", [2])
print(type(r).__name__, r.dtype, r.op.type)
try:
    tf.get_variable("noshape")
except Exception as e:  # noqa: BLE001
    print("noshape", type(e).__name__)
x = tf.placeholder(tf.float32, [None, 7])
with tf.variable_scope("fromdim"):
    fw = tf.get_variable("fw", [x.shape[1], 5])
    fw2 = tf.get_variable("fw2", x.shape[1:])
print(fw.shape, fw2.shape, fw.get_shape()[0])
try:
    tf.get_variable("bad", [x.shape[0], 5])
except Exception as e:  # noqa: BLE001
    print("unknown dim", type(e).__name__)
print(sorted(v.name for v in tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(w).sum(), sess.run(c), sess.run(a2).tolist(), sess.run(fw).shape)
