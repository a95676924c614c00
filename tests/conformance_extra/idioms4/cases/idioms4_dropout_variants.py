# tf.nn.dropout keep_prob vs rate, noise_shape, keep_prob=1 shortcut, invalid rate errors; scaling of kept units.
from prelude import tf, np, rnd

x = tf.ones([4, 6])
d1 = tf.nn.dropout(x, keep_prob=0.5, seed=1)
d2 = tf.nn.dropout(x, rate=0.25, seed=2)
d3 = tf.nn.dropout(x, rate=0.5, noise_shape=[4, 1], seed=3)
d4 = tf.nn.dropout(x, keep_prob=1.0)
print(d1.name, d2.name, d3.shape, d4.op.type, d4.name)
for bad in (1.5, -0.1):
    try:
        tf.nn.dropout(x, rate=bad)
    except ValueError as e:
        print("ValueError")
try:
    tf.nn.dropout(x, keep_prob=0.5, rate=0.5)
except ValueError as e:
    print("ValueError")
kp = tf.placeholder(tf.float32, [])
d5 = tf.nn.dropout(x, keep_prob=kp)
with tf.Session() as sess:
    a, b, c, e = sess.run([d1, d2, d3, d4])
    print(sorted(set(np.round(a.ravel(), 4).tolist())), sorted(set(np.round(b.ravel(), 4).tolist())))
    print(bool(np.all(c == c[:, :1])), e.tolist()[0])
    print(sorted(set(np.round(sess.run(d5, {kp: 0.8}).ravel(), 4).tolist())))
    print(sess.run(d5, {kp: 1.0}).sum())
