# Ref variable construction forms: initialized_value, callable init, validate_shape, load, count_up_to.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
a = tf.Variable(tf.random_normal([2, 3], seed=4), name="a")
b = tf.Variable(a.initialized_value() * 2.0, name="b")
print(b.shape, b.dtype)
c = tf.Variable(lambda: tf.ones([3]), name="c")
print(c.shape, c.dtype, c.initial_value.shape)
d = tf.Variable(tf.placeholder_with_default([1.0, 2.0], [None]), validate_shape=False, name="d")
print(d.shape, repr(d.get_shape()))
e = tf.Variable([1, 2], dtype=tf.float64, name="e")
print(e.dtype, e.value().dtype)
f = tf.Variable(np.zeros([2, 2], np.int64), name="f")
print(f.dtype, f.shape)
cnt = tf.Variable(0, name="cnt")
up = cnt.count_up_to(2)
print(up.name, up.dtype, up.op.type)
try:
    tf.Variable(name="noinit")
except Exception as e_:  # noqa: BLE001
    print("noinit", type(e_).__name__)
try:
    with tf.Graph().as_default():
        tf.Variable(tf.placeholder(tf.float32, [None, 2]), name="ph")
    print("ph ok")
except Exception as e_:  # noqa: BLE001
    print("ph", type(e_).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    av, bv = sess.run([a, b])
    print(rnd(av, 4))
    print(np.allclose(bv, av * 2))
    print(sess.run(c).tolist(), sess.run(d).tolist(), sess.run(e).tolist())
    e.load([5.0, 6.0], sess)
    print(sess.run(e).tolist())
    print(sess.run(up), sess.run(up))
    try:
        sess.run(up)
    except Exception as e_:  # noqa: BLE001
        print("count_up_to", type(e_).__name__)
    print(sess.run(cnt))
