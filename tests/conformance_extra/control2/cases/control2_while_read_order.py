# Reads of a variable inside a while body ordered after an assign by control_dependencies.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")


def body(i, a, b, c):
    with tf.control_dependencies([v.assign_add(1.0)]):
        r1 = v.read_value()
        r2 = tf.identity(v)
        r3 = v * 1.0
    return i + 1, a + r1, b + r2, c + r3


out = tf.while_loop(lambda i, *_: i < 4, body, [0, 0.0, 0.0, 0.0], parallel_iterations=1)
print([t.dtype.name for t in out])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(out)), rnd(sess.run(v)))
    print(rnd(sess.run(out)), rnd(sess.run(v)))
