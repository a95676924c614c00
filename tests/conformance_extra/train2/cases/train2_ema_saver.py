# Saver over ema.variables_to_restore(): train, save, restore averages into the plain variables.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
path = os.path.join(d, "model")
g = tf.Graph()
with g.as_default():
    w = tf.Variable([1.0, 2.0], name="w")
    loss = tf.reduce_sum(tf.square(w))
    opt = tf.train.GradientDescentOptimizer(0.25)
    step = opt.minimize(loss)
    ema = tf.train.ExponentialMovingAverage(0.5)
    with tf.control_dependencies([step]):
        train = ema.apply([w])
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(3):
            sess.run(train)
        print(rnd(sess.run([w, ema.average(w)])))
        saver.save(sess, path)

g2 = tf.Graph()
with g2.as_default():
    w = tf.Variable([0.0, 0.0], name="w")
    ema = tf.train.ExponentialMovingAverage(0.5)
    vr = ema.variables_to_restore()
    print(sorted((k, v.name) for k, v in vr.items()))
    saver = tf.train.Saver(vr)
    with tf.Session() as sess:
        saver.restore(sess, path)
        print(rnd(sess.run(w)))
    plain = tf.train.Saver()
    with tf.Session() as sess:
        plain.restore(sess, path)
        print(rnd(sess.run(w)))
    reader = tf.train.load_checkpoint(path)
    print(sorted(reader.get_variable_to_shape_map()))
    print(rnd(reader.get_tensor("w/ExponentialMovingAverage")))
