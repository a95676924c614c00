# polynomial_decay with cycle, power and end_learning_rate, including step 0 and multiples of decay_steps.
from prelude import tf, np, rnd

step = tf.placeholder(tf.int32, [], name="step")
scheds = {
    "lin": tf.train.polynomial_decay(1.0, step, 10, end_learning_rate=0.1),
    "sq": tf.train.polynomial_decay(1.0, step, 10, end_learning_rate=0.0, power=2.0),
    "half": tf.train.polynomial_decay(0.5, step, 4, end_learning_rate=0.1, power=0.5),
    "cyc": tf.train.polynomial_decay(1.0, step, 10, end_learning_rate=0.1, cycle=True),
    "cyc2": tf.train.polynomial_decay(0.2, step, 3, end_learning_rate=0.0, power=2.0, cycle=True),
    "up": tf.train.polynomial_decay(0.1, step, 5, end_learning_rate=1.0),
}
with tf.Session() as sess:
    for s in [0, 1, 3, 5, 9, 10, 11, 20, 21, 35]:
        print(s, rnd(sess.run(scheds, feed_dict={step: s})))
