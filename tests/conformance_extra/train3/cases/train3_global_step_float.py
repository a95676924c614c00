# minimize with non-standard global_step variables: int32, a plain Variable, a float step.
from prelude import tf, np, rnd

for dt in (tf.int32, tf.int64, tf.float32):
    g = tf.Graph()
    with g.as_default():
        step = tf.Variable(0, dtype=dt, name="step", trainable=False)
        w = tf.Variable(1.0, name="w")
        train = tf.train.GradientDescentOptimizer(0.1).minimize(w * w, global_step=step)
        print(dt.name, train.name, train.type,
              [(op.name, op.type) for op in g.get_operations() if op.name.startswith("GradientDescent/")])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            sess.run(train)
            print(rnd(sess.run(step)), rnd(sess.run(w), 4))
g = tf.Graph()
with g.as_default():
    step = tf.get_variable("global_step", [], tf.int32, initializer=tf.zeros_initializer(),
                           trainable=False, collections=[tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.GLOBAL_STEP])
    print(tf.train.get_global_step().name, tf.train.get_global_step().dtype)
    try:
        tf.train.get_or_create_global_step()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
