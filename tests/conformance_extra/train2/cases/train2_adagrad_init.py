# Adagrad initial_accumulator_value: accumulator values, a tiny initial value, and errors.
from prelude import tf, np, rnd


def run(init, lr=0.5, steps=3):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0, 0.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0, 0.0])))
        opt = tf.train.AdagradOptimizer(lr, initial_accumulator_value=init)
        train = opt.minimize(loss)
        acc = opt.get_slot(w, "accumulator")
        print(acc.name, acc.dtype.name, acc.shape.as_list())
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print("init", rnd(sess.run(acc)))
            for _ in range(steps):
                sess.run(train)
            print(rnd(sess.run(w)), rnd(sess.run(acc)))


run(0.1)
run(1.0)
run(1e-6, lr=0.1, steps=2)
run(2.5, lr=lambda: tf.constant(1.0))
for bad in [0.0, -1.0]:
    try:
        tf.train.AdagradOptimizer(0.1, initial_accumulator_value=bad)
        print(bad, "no error")
    except Exception as e:
        print(bad, type(e).__name__)
