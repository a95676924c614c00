# Checkpoint reader round-trips many dtypes and shapes (scalar, empty, string, complex, bool).
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
vals = {
    "f16": np.array([1.5, -2.0], np.float16),
    "f64": np.array([[1.25]], np.float64),
    "i8": np.array([-3, 4], np.int8),
    "u8": np.array([250, 1], np.uint8),
    "i16": np.array([300], np.int16),
    "i64": np.array(2 ** 40, np.int64),
    "b": np.array([True, False, True]),
    "s": np.array([b"ab", b"", b"xyz"]),
    "c64": np.array([1 + 2j], np.complex64),
    "empty": np.zeros([0, 3], np.float32),
}
vs = [tf.Variable(v, name=k) for k, v in vals.items()]
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = s.save(sess, os.path.join(tmp, "ck"))
r = tf.train.NewCheckpointReader(p)
dm = r.get_variable_to_dtype_map()
sm = r.get_variable_to_shape_map()
for k in sorted(vals):
    t = r.get_tensor(k)
    print(k, dm[k].name, sm[k], t.dtype, t.shape, t.tolist())
print(tf.train.list_variables(p))
