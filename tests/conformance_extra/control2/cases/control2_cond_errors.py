# Errors with variables in cond/while: uninitialized reads, bad assigns, mismatched branches.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
p = tf.placeholder(tf.bool, [], name="p")
c = tf.cond(p, lambda: v * 2.0, lambda: v)
with tf.Session() as sess:
    try:
        sess.run(c, {p: True})
    except Exception as e:
        print(type(e).__name__)
    sess.run(v.initializer)
    print(rnd(sess.run(c, {p: True})))
try:
    tf.cond(p, lambda: v.assign([1.0, 2.0, 3.0]), lambda: v.read_value())
    print("built")
except Exception as e:
    print(type(e).__name__)
try:
    tf.cond(p, lambda: v.read_value(), lambda: tf.cast(v, tf.int32))
except Exception as e:
    print(type(e).__name__)
try:
    tf.cond(p, lambda: (v, v), lambda: v)
except Exception as e:
    print(type(e).__name__)
ph = tf.placeholder(tf.float32, None, name="ph")
c2 = tf.cond(p, lambda: v.assign(ph), lambda: tf.identity(v))
with tf.Session() as sess:
    sess.run(v.initializer)
    try:
        sess.run(c2, {p: True, ph: [1.0, 2.0, 3.0]})
    except Exception as e:
        print(type(e).__name__)
    print(rnd(sess.run(c2, {p: False, ph: 0.0})))
    try:
        sess.run(tf.while_loop(lambda i: v, lambda i: i + 1, [0]))
    except Exception as e:
        print(type(e).__name__)
