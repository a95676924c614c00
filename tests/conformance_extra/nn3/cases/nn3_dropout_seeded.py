# dropout with seeds: values with rate / keep_prob, noise_shape, rate 0, invalid rates, names, gradient.
from prelude import tf, np, rnd

tf.set_random_seed(7)
x = tf.ones([4, 5])
a = tf.nn.dropout(x, rate=0.5, seed=3, name="dr")
b = tf.nn.dropout(x, keep_prob=0.75, seed=5)
c = tf.nn.dropout(x, rate=0.4, noise_shape=[4, 1], seed=9)
d = tf.nn.dropout(x, rate=0.0)
print(a.name, a.shape.as_list(), b.shape.as_list(), d.name)
ph = tf.placeholder(tf.float32, [None, 3])
e = tf.nn.dropout(ph, rate=0.5)
print(e.shape.as_list())
g = tf.gradients(tf.reduce_sum(a), x)[0]
for f in [lambda: tf.nn.dropout(x, rate=1.0), lambda: tf.nn.dropout(x, rate=-0.1),
          lambda: tf.nn.dropout(x, keep_prob=0.5, rate=0.5), lambda: tf.nn.dropout(tf.ones([2], tf.int32), rate=0.5)]:
    try:
        print(f().shape.as_list())
    except Exception as ex:
        print(type(ex).__name__)
with tf.Session() as sess:
    ra, rg = sess.run([a, g])
    print(rnd(ra, 3))
    print(np.array_equal(ra, rg))
    print(rnd(sess.run(b), 3))
    print(rnd(sess.run(c), 3))
    print(rnd(sess.run(d), 3))
