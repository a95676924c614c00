# unique/unique_with_counts (out_idx, dtypes, names), setdiff1d, and their unknown static shapes.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok")
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


u = tf.unique(tf.constant([3.0, 1.0, 3.0, 2.0, 1.0]))
u64 = tf.unique(tf.constant([5, 5, 4], tf.int64), out_idx=tf.int64)
uc = tf.unique_with_counts(tf.constant(["b", "a", "b", "b"]))
uc64 = tf.unique_with_counts(tf.constant([1, 2, 1]), out_idx=tf.int64)
d = tf.setdiff1d([1, 5, 2, 5, 3, 9], [5, 9, 7])
d64 = tf.setdiff1d(tf.constant([1.0, 2.0]), tf.constant([2.0]), index_dtype=tf.int64)
print(type(u).__name__, u._fields if hasattr(u, "_fields") else None, type(d).__name__)
for t in (u.y, u.idx, u64.y, u64.idx, uc.y, uc.idx, uc.count, uc64.count, d.out, d.idx, d64.out, d64.idx):
    show(t)
attempt("unique 2d", lambda: tf.unique(tf.ones([2, 2])))
attempt("unique bad out_idx", lambda: tf.unique(tf.constant([1, 2]), out_idx=tf.float32))
attempt("setdiff dtype", lambda: tf.setdiff1d(tf.constant([1, 2]), tf.constant([1.0])))
with tf.Session() as sess:
    for v in sess.run([list(u), list(u64), list(uc), list(uc64), list(d), list(d64)]):
        print(rnd(v))
    print(rnd(sess.run(list(tf.unique(tf.constant([], tf.int32))))))
