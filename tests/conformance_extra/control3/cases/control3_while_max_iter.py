# while_loop maximum_iterations (tensor and python), zero, with unbounded cond; swap_memory/parallel_iterations args.
from prelude import tf, np, rnd

r1 = tf.while_loop(lambda i: True, lambda i: i + 1, [tf.constant(0)], maximum_iterations=7)
r2 = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=10)
r3 = tf.while_loop(lambda i, x: i < 100, lambda i, x: (i + 1, x * 2.0), [0, 1.0],
                   maximum_iterations=tf.constant(4), swap_memory=True, parallel_iterations=1)
r4 = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=0)
m = tf.placeholder(tf.int32, [])
r5 = tf.while_loop(lambda i: i < 50, lambda i: i + 2, [tf.constant(1)], maximum_iterations=m)
print(r1.dtype.name, r3[1].dtype.name)
try:
    tf.while_loop(lambda i: i < 50, lambda i: i + 2, [tf.constant(1)], maximum_iterations=tf.constant(3, tf.int64))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("int64 max", type(e).__name__)
try:
    tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=tf.constant([1, 2]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad max", type(e).__name__)
with tf.Session() as sess:
    print(sess.run(r1), sess.run(r2), rnd(sess.run(r3)), sess.run(r4))
    print(sess.run(r5, {m: 5}), sess.run(r5, {m: 0}))
