# tf.constant with shape (broadcast/fill/reshape), verify_shape, names and errors.
from prelude import tf, np, rnd

for args, kw in [((1.0,), dict(shape=[2, 3])), (([1, 2],), dict(shape=[2, 2])), (([1, 2, 3, 4],), dict(shape=[2, 2])),
                 (([1, 2, 3],), dict(shape=[2])), (([1, 2],), dict(shape=[3])), (([],), dict(shape=[0, 2])),
                 ((np.ones((2, 2)),), dict(shape=[4])), ((np.ones((2, 2)),), dict(shape=[3])),
                 ((7,), dict(shape=[])), (([7],), dict(shape=[])), ((1,), dict(shape=[None])),
                 ((1,), dict(shape=(2, 1), dtype="float16", name="c")), (("s",), dict(shape=[2])),
                 (([True],), dict(shape=[2, 1])), ((1,), dict(shape=[-1])), ((1.5,), dict(dtype=tf.int32)),
                 ((None,), dict()), ((np.int64(2 ** 40),), dict(dtype=tf.int32)), (([1, 2],), dict(verify_shape=True, shape=[2]))]:
    try:
        t = tf.constant(*args, **kw)
        with tf.Session() as s:
            v = s.run(t)
        print(t.op.name, t.dtype.name, t.shape, v.tolist())
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:200])
