# tf.while_loop maximum_iterations: tensor, zero, loop vars staying the same, output names.
from prelude import tf, np, rnd

n = tf.placeholder(tf.int32, [], name="n")
r = tf.while_loop(lambda i, s: i < 100, lambda i, s: (i + 1, s + 2.0), [tf.constant(0), tf.constant(0.0)],
                  maximum_iterations=n, name="capped")
print(type(r).__name__, [t.name for t in r])
z = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(3)], maximum_iterations=0)
k = tf.while_loop(lambda i: i < 2, lambda i: i + 1, [tf.constant(0)], maximum_iterations=tf.constant(50))
never = tf.while_loop(lambda i: i > 100, lambda i: i + 1, [tf.constant(7)])
try:
    tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=tf.constant([1, 2]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("vector max", type(e).__name__)
try:
    tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=2.5)
    print("float max ok")
except Exception as e:  # noqa: BLE001
    print("float max", type(e).__name__)
with tf.Session() as sess:
    print([rnd(sess.run(r, {n: v})) for v in [0, 3, 200]])
    print(sess.run(z), sess.run(k), sess.run(never))
    try:
        print(rnd(sess.run(r, {n: -2})))
    except Exception as e:  # noqa: BLE001
        print("negative", type(e).__name__)
