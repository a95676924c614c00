# tf.py_func reading variable values, inside tf.cond and tf.while_loop with assigns.
from prelude import tf, np, rnd

v = tf.Variable(2.0, name="v")
seen = []


def record(x):
    seen.append(float(x))
    return np.float32(x * 10)


y = tf.py_func(record, [v], tf.float32)
print(y.op.type, y.dtype.name, y.shape)


def body(i, acc):
    with tf.control_dependencies([v.assign_add(1.0)]):
        r = tf.py_func(record, [v.read_value()], tf.float32)
    r.set_shape([])
    return i + 1, acc + r


_, tot = tf.while_loop(lambda i, a: i < 3, body, [0, 0.0], parallel_iterations=1)
c = tf.cond(v > 4.0, lambda: tf.py_func(record, [v + 100.0], tf.float32),
            lambda: tf.py_func(record, [v - 100.0], tf.float32))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)), seen)
    print(rnd(sess.run(tot)), seen)
    print(rnd(sess.run(c)), seen)
