# GradientDescent with learning rates given as int, numpy, tensor, placeholder, variable and callable.
from prelude import tf, np, rnd


def run(make_lr, feed=None, steps=2):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        lr, fd = make_lr()
        train = tf.train.GradientDescentOptimizer(lr).minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            out = []
            for _ in range(steps):
                sess.run(train, feed_dict=fd)
                out.append(rnd(sess.run(w)))
            return out


print("int", run(lambda: (1, None), steps=1))
print("np64", run(lambda: (np.float64(0.25), None)))
print("const", run(lambda: (tf.constant(0.1), None)))
print("const64", run(lambda: (tf.constant(0.1, tf.float64), None)))


def ph():
    p = tf.placeholder(tf.float32, [], name="lr")
    return p, {p: 0.05}


print("placeholder", run(ph))


def var_lr():
    v = tf.Variable(0.2, trainable=False, name="lrv")
    return v, None


print("variable", run(var_lr))
print("callable", run(lambda: ((lambda: 0.3), None)))
print("callable_t", run(lambda: ((lambda: tf.constant(0.15)), None)))
