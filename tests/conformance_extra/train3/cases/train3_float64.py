# Optimizers on float64 default variables with float32 hyper-parameters: casts, values.
from prelude import tf, np, rnd

for make in (lambda: tf.train.GradientDescentOptimizer(0.1), lambda: tf.train.AdamOptimizer(0.1),
             lambda: tf.train.AdagradOptimizer(0.1), lambda: tf.train.FtrlOptimizer(0.1),
             lambda: tf.train.RMSPropOptimizer(0.1)):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable(np.array([1.0, -2.0]), name="w")
        train = make().minimize(tf.reduce_sum(w * w))
        print(w.dtype, sorted({op.type for op in g.get_operations() if "update_w" in op.name}))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            out = sess.run(w)
            print(out.dtype, rnd(out, 5))
g = tf.Graph()
with g.as_default():
    h = tf.Variable(np.array([1.0], np.float16), name="h")
    try:
        tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(h * h))
        print("ok half")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
