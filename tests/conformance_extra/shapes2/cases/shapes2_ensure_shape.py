# tf.ensure_shape: static shape merging, build-time ValueError and run-time InvalidArgumentError.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
u = tf.placeholder(tf.float32, None, name="u")
e1 = tf.ensure_shape(a, [2, 3])
e2 = tf.ensure_shape(u, [None, 4])
e3 = tf.ensure_shape(a, [None, None])
e4 = tf.ensure_shape(u, None) if False else tf.ensure_shape(u, tf.TensorShape(None))
print(e1, e2, e3, e4)
print(e1.op.type, e1.op.inputs[0].name)
for shp in [[2, 4], [3], [None, 3, 1]]:
    try:
        print("ok", tf.ensure_shape(a, shp))
    except Exception as e:
        print(shp, type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(e1, {a: np.ones((2, 3))})))
    print(sess.run(e2, {u: np.ones((1, 4))}).shape)
    for v in [np.ones((2, 4)), np.ones((4,))]:
        try:
            sess.run(e2, {u: v})
            print("no error")
        except Exception as e:
            print("run", type(e).__name__)
for f in [lambda: tf.ensure_shape(a, None), lambda: tf.ensure_shape(a, tf.TensorShape(None)), lambda: tf.ensure_shape(u, None)]:
    try:
        print("ok", f().shape)
    except Exception as e:
        print(type(e).__name__)
