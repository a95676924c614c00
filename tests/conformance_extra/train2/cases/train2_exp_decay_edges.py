# exponential_decay: staircase, int / float / int64 global steps, tensor arguments, None global_step.
from prelude import tf, np, rnd

step = tf.placeholder(tf.int32, [], name="step")
step64 = tf.placeholder(tf.int64, [], name="step64")
stepf = tf.placeholder(tf.float32, [], name="stepf")
scheds = {
    "plain": tf.train.exponential_decay(0.1, step, 10, 0.5),
    "stair": tf.train.exponential_decay(0.1, step, 10, 0.5, staircase=True),
    "int64": tf.train.exponential_decay(1.0, step64, 3, 0.9, staircase=True),
    "float": tf.train.exponential_decay(1.0, stepf, 4, 0.5, staircase=True),
    "tensor": tf.train.exponential_decay(tf.constant(2.0), step, tf.constant(5), tf.constant(0.1)),
    "f64": tf.train.exponential_decay(tf.constant(0.5, tf.float64), step, 2, 0.5),
}
for k in sorted(scheds):
    print(k, scheds[k].dtype.name, scheds[k].shape.as_list())
with tf.Session() as sess:
    for s in [0, 1, 9, 10, 11, 25]:
        vals = sess.run(scheds, feed_dict={step: s, step64: s, stepf: s + 0.5})
        print(s, rnd(vals))
try:
    tf.train.exponential_decay(0.1, None, 10, 0.5)
    print("no error")
except Exception as e:
    print(type(e).__name__)
