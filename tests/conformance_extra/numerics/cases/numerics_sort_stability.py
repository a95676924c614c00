# sort/argsort with ties (stability, both directions), ints, axes; top_k ties; names and dtypes.
from prelude import tf, np, rnd

x = tf.constant([3, 1, 2, 1, 3, 2, 1])
f = tf.constant([[0.5, -1.0, 0.5, 2.0], [1.0, 1.0, 0.0, 1.0]])
outs = [tf.argsort(x), tf.argsort(x, direction="DESCENDING"), tf.argsort(x, stable=True),
        tf.argsort(x, direction="DESCENDING", stable=True), tf.sort(x, direction="DESCENDING"),
        tf.argsort(f, axis=1), tf.argsort(f, axis=0), tf.sort(f, axis=0, direction="DESCENDING"),
        tf.argsort(f), tf.sort(tf.constant([2, 250, 7], tf.uint8)), tf.argsort(tf.constant([1.0, -0.0, 0.0, -1.0])),
        tf.sort(tf.constant([[5, 2, 9]], tf.int64)), tf.argsort(tf.constant([1, 2, 1], tf.int64))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list(), t.name)
v, i = tf.nn.top_k(tf.constant([1, 3, 3, 1, 3]), 4)
v2, i2 = tf.nn.top_k(f, 3, sorted=True)
with tf.Session() as sess:
    for r in sess.run(outs):
        print(rnd(r))
    print(rnd(sess.run([v, i, v2, i2])))
for bad in (lambda: tf.sort(x, direction="UP"), lambda: tf.argsort(x, axis=2)):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
