# sqrt/log/pow outside their domain, integer pow with negative exponents, rsqrt and reciprocal.
from prelude import tf, np, rnd

f = tf.constant([-1.0, 0.0, 4.0])
outs = [tf.sqrt(f), tf.log(f), tf.log1p(tf.constant([-2.0, -1.0, 0.0])), tf.rsqrt(f),
        tf.reciprocal(f), tf.pow(tf.constant([-8.0, 0.0, 2.0]), tf.constant([1.0 / 3, -1.0, -2.0])),
        tf.pow(tf.constant([2, -3, 0]), tf.constant([3, 3, 0])), tf.pow(tf.constant([2, 1, -1]), 0),
        tf.math.acos(tf.constant([2.0, 1.0])), tf.math.atanh(tf.constant([1.0, -1.0, 2.0])),
        tf.math.log_sigmoid(tf.constant([-100.0, 0.0, 100.0])), tf.nn.softplus(tf.constant([-100.0, 100.0])),
        tf.pow(tf.constant([2.0, 3.0], tf.float64), tf.constant([0.5, -1.0], tf.float64)),
        tf.math.reciprocal_no_nan(tf.constant([0.0, 4.0])), tf.math.xdivy(tf.constant([0.0, 1.0]), tf.constant([0.0, 2.0]))]
with tf.Session() as sess:
    for t in outs:
        print(t.op.type, t.dtype.name, rnd(sess.run(t)))
    for base, exp in [([2, 3], [-1, 2]), ([1, 2], [-2, 1])]:
        try:
            print(rnd(sess.run(tf.pow(tf.constant(base), tf.constant(exp)))))
        except Exception as e:
            print(type(e).__name__, "negative" in str(e))
    try:
        print(rnd(sess.run(tf.reciprocal(tf.constant([2, 0])))))
    except Exception as e:
        print(type(e).__name__)
