# while_loop: parallel_iterations, name, non-callable errors, loop over a Python int.
from prelude import tf, np, rnd

r = tf.while_loop(lambda i: i < 10, lambda i: i + 3, [tf.constant(0)], parallel_iterations=1,
                  name="myloop")
print(r.name.split("/")[0], r.dtype.name)
try:
    tf.while_loop(tf.constant(True), lambda i: i + 1, [tf.constant(0)])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.while_loop(lambda i: i < 3, 5, [tf.constant(0)])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.while_loop(lambda i: i < 3, lambda i: i + 1, [])
    print("no error")
except Exception as e:
    print(type(e).__name__)
k = tf.while_loop(lambda i: i < 5, lambda i: i + 1, [0])
print(k.dtype.name)
f = tf.while_loop(lambda i: i < 5.0, lambda i: i + 1.5, [1.0])
print(f.dtype.name)
cnt = tf.Variable(0, name="cnt")


def body(i):
    with tf.control_dependencies([cnt.assign_add(1)]):
        return i + 1


w = tf.while_loop(lambda i: i < 4, body, [tf.constant(0)])
mi = tf.while_loop(lambda i, s: True, lambda i, s: (i + 1, s + i), [0, 0], maximum_iterations=5)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r), sess.run(k), sess.run(f))
    print(sess.run(w), sess.run(cnt))
    print(rnd(sess.run(mi)))
