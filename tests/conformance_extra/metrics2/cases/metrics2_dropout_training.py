# tf.layers.dropout and tf.nn.dropout: training flag as bool/placeholder, op names, rate errors, deterministic facts.
from prelude import tf, np, rnd

x = tf.ones([4, 50])
d0 = tf.layers.dropout(x, rate=0.5, training=False)
d1 = tf.layers.dropout(x, rate=0.5, training=True, seed=3)
t = tf.placeholder_with_default(False, [])
d2 = tf.layers.dropout(x, rate=0.25, training=t)
print(d0.name, d1.name, d2.name, d2.shape)
d3 = tf.nn.dropout(x, rate=0.5)
print(d3.name, d3.shape)
for bad in [1.0, -0.5]:
    try:
        tf.nn.dropout(x, rate=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(bad, type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(d0).sum()))
    v1 = sess.run(d1)
    print(sorted(set(np.round(v1.ravel(), 4).tolist())))
    print(rnd(sess.run(d2).sum()))
    v2 = sess.run(d2, {t: True})
    print(sorted(set(np.round(v2.ravel(), 4).tolist())))
