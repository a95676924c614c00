# Save/restore round trip of default variables of many dtypes and shapes.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
vals = {
    "f32": np.array([[1.5, -2.25]], np.float32),
    "f64": np.array(3.125, np.float64),
    "i32": np.array([1, 2, 3], np.int32),
    "i64": np.array([[7], [8]], np.int64),
    "b": np.array([True, False, True]),
    "s": np.array([b"ab", b"c"]),
    "empty": np.zeros([0, 3], np.float32),
    "h": np.array([0.5, 1.5], np.float16),
}
vs = {k: tf.Variable(v, name=k) for k, v in vals.items()}
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, os.path.join(tmp, "m"))
    print(os.path.basename(p))
    for k in vals:
        if k != "empty":
            sess.run(vs[k].assign(np.zeros_like(vals[k]) if k != "s" else np.array([b"", b""])))
    saver.restore(sess, p)
    for k in sorted(vals):
        r = sess.run(vs[k])
        print(k, vs[k].dtype.name, r.dtype, r.shape, rnd(r) if k != "s" else r.tolist())
for name, shape in tf.train.list_variables(p):
    print(name, shape)
