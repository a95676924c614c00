# Variable.scatter_* methods with IndexedSlices on default variables: names, types and values.
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="v")
sl = tf.IndexedSlices(tf.constant([[10.0, 20.0]]), tf.constant([1]))
res = {}
for m in ["scatter_update", "scatter_add", "scatter_sub", "scatter_mul", "scatter_div",
          "scatter_min", "scatter_max"]:
    r = getattr(v, m)(sl)
    res[m] = r
    print(m, type(r).__name__, r.name, r.op.type, r.dtype.name, r.shape)
try:
    v.scatter_add(tf.constant([1.0]))
except Exception as e:  # noqa: BLE001
    print("not slices", type(e).__name__)
with tf.Session() as sess:
    for m, r in res.items():
        sess.run(v.initializer)
        print(m, rnd(sess.run(r)))
