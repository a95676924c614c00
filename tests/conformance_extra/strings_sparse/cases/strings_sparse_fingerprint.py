# tf.fingerprint: FarmHash64 per row for string and numeric inputs; dtype uint8, shape [batch, 8]; errors.
from prelude import tf, np, rnd

s = tf.constant(["", "a", "hello world", "x" * 70])
fs = tf.fingerprint(s)
print(fs.op.type, fs.name, fs.dtype.name, fs.shape.as_list())
m = tf.constant([["a", "b"], ["c", "d"], ["e", "f"]])
fm = tf.fingerprint(m)
fi = tf.fingerprint(tf.constant([[1, 2, 3], [4, 5, 6]], tf.int32))
ff = tf.fingerprint(tf.constant([1.5, -2.0], tf.float32))
fb = tf.fingerprint(tf.constant([[1, 2], [3, 4]], tf.uint8), method="farmhash64")
fe = tf.fingerprint(tf.zeros([0, 3], tf.int64))
p = tf.placeholder(tf.int64, [None, 2])
fp = tf.fingerprint(p, name="fp")
print(fm.shape.as_list(), fi.shape.as_list(), fe.shape.as_list(), fp.shape.as_list(), fp.name)
with tf.Session() as sess:
    for t in [fs, fm, fi, ff, fb, fe]:
        print(sess.run(t).tolist())
    print(sess.run(fp, {p: [[1, 2], [3, 4], [5, 6]]}).tolist())
    try:
        sess.run(tf.fingerprint(s, method="md5"))
    except Exception as e:  # noqa: BLE001
        print("method", type(e).__name__)
try:
    tf.fingerprint(tf.constant(3))
except Exception as e:  # noqa: BLE001
    print("scalar", type(e).__name__)
