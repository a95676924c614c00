# local_response_normalization / lrn: parameters, names, dtypes, rank errors.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1 * 1 * 2 * 5, dtype=np.float32).reshape(1, 1, 2, 5) / 5.0)
a = tf.nn.lrn(x)
b = tf.nn.local_response_normalization(x, depth_radius=1, bias=2.0, alpha=0.5, beta=0.75, name="norm")
c = tf.nn.lrn(x, 2, 1.0, 1.0, 0.5)
for t in (a, b, c):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
for bad in (tf.ones([2, 5]), tf.ones([1, 2, 5], tf.float32)):
    try:
        tf.nn.lrn(bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.nn.lrn(tf.ones([1, 1, 1, 2], tf.int32))
except Exception as e:
    print(type(e).__name__)
ga = tf.gradients(tf.reduce_sum(b * x), x)[0]
print(ga.op.type, ga.shape.as_list())
with tf.Session() as sess:
    r = sess.run([a, b, c, ga])
    for v in r:
        print(rnd(v.ravel(), 4))
