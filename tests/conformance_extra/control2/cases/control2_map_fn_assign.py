# tf.map_fn with a stateful fn: assign_add on a variable per element.
from prelude import tf, np, rnd

cnt = tf.Variable(0, name="cnt")
acc = tf.Variable(0.0, name="acc")


def fn(e):
    with tf.control_dependencies([cnt.assign_add(1), acc.assign_add(e)]):
        return e * 2.0


y = tf.map_fn(fn, tf.constant([1.0, 2.0, 3.0, 4.0]), parallel_iterations=1)
print(y.dtype.name, y.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)), sess.run(cnt), rnd(sess.run(acc)))
    print(rnd(sess.run(y)), sess.run(cnt), rnd(sess.run(acc)))
