# Slicing inside rows (rt[:, a:b]), element access rt[i, j], and unsupported indexing.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
outs = [rc[:, :2], rc[:, 1:], rc[:, -2:], rc[:, :-1], rc[2, 1], rc[0, -1], m[:, :, :1],
        m[:, 1:], m[1, 0], u[:, :, 1], u[1:, :1]]
print([o.shape.ndims for o in outs], [o.dtype.name for o in outs])
err(lambda: rc[:, 1])
err(lambda: rc[5])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list() if hasattr(v, "to_list") else np.asarray(v).tolist())
