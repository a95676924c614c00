# max_pool / avg_pool: ksize/strides length, padding, data_format, dtypes, window too big.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([1, 4, 4, 2])
K = [1, 2, 2, 1]
B("max ok", lambda: tf.nn.max_pool(x, K, K, "VALID"))
B("max ksize len 3", lambda: tf.nn.max_pool(x, [1, 2, 2], K, "VALID"))
B("max ksize int", lambda: tf.nn.max_pool(x, 2, 2, "VALID"))
B("max strides len 5", lambda: tf.nn.max_pool(x, K, [1, 2, 2, 1, 1], "VALID"))
B("max padding bad", lambda: tf.nn.max_pool(x, K, K, "FULL"))
B("max data_format bad", lambda: tf.nn.max_pool(x, K, K, "VALID", data_format="NHCW"))
B("max ksize batch", lambda: tf.nn.max_pool(x, [2, 2, 2, 1], K, "VALID"))
B("max window too big", lambda: tf.nn.max_pool(x, [1, 5, 5, 1], K, "VALID"))
B("max rank3", lambda: tf.nn.max_pool(tf.zeros([4, 4, 2]), K, K, "VALID"))
B("max int32", lambda: tf.nn.max_pool(tf.zeros([1, 4, 4, 2], tf.int32), K, K, "VALID"))
B("max uint8", lambda: tf.nn.max_pool(tf.zeros([1, 4, 4, 2], tf.uint8), K, K, "VALID"))
B("max bool", lambda: tf.nn.max_pool(tf.zeros([1, 4, 4, 2], tf.bool), K, K, "VALID"))
B("avg int32", lambda: tf.nn.avg_pool(tf.zeros([1, 4, 4, 2], tf.int32), K, K, "VALID"))
B("avg float64", lambda: tf.nn.avg_pool(tf.zeros([1, 4, 4, 2], tf.float64), K, K, "VALID"))
B("avg padding bad", lambda: tf.nn.avg_pool(x, K, K, "valid"))
B("avg ksize 0", lambda: tf.nn.avg_pool(x, [1, 0, 0, 1], K, "VALID"))
B("pool1d", lambda: tf.nn.max_pool1d(tf.zeros([1, 4, 2]), 2, 2, "VALID"))
B("pool3d rank4", lambda: tf.nn.max_pool3d(x, [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "VALID"))
p = tf.placeholder(tf.float32, [None, None, None, 2])
mp = tf.nn.max_pool(p, [1, 3, 3, 1], [1, 1, 1, 1], "VALID")
with tf.Session() as sess:
    for shp in [[1, 4, 4, 2], [1, 2, 2, 2]]:
        try:
            print(shp, sess.run(mp, {p: np.ones(shp)}).shape)
        except Exception as e:  # noqa: BLE001
            print(shp, "run", type(e).__name__)
