# tf.Variable with shape= and validate_shape=False, unknown-shape initial values, later assigns.
from prelude import tf, np, rnd

p = tf.placeholder_with_default([1.0, 2.0, 3.0], [None])
v = tf.Variable(p, name="v")
w = tf.Variable(p, name="w", validate_shape=False)
x = tf.Variable([1.0, 2.0], name="x", shape=tf.TensorShape(None))
y = tf.Variable(np.zeros([2, 2]), name="y", shape=[None, 2])
for t in [v, w, x, y]:
    print(t.name, t.shape, t.value().shape, t.initializer.get_attr("validate_shape") if False else "")
try:
    tf.Variable([1.0, 2.0], shape=[3])
except Exception as e:  # noqa: BLE001
    print("bad shape", type(e).__name__)
a = x.assign([1.0, 2.0, 3.0, 4.0])
b = y.assign(np.ones([3, 2]))
print(a.shape, b.shape)
try:
    y.assign(np.ones([3, 3]))
except Exception as e:  # noqa: BLE001
    print("y bad", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([v, w, x, y])))
    print(rnd(sess.run(a)), rnd(sess.run(b)))
    print(rnd(sess.run(v, {p: [9.0]})))
    try:
        sess.run(v.assign(p), {p: [1.0]})
        print("v assign ok", rnd(sess.run(v)))
    except Exception as e:  # noqa: BLE001
        print("v assign", type(e).__name__)
