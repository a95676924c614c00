# Exceptions raised inside tf.py_func: what error class the session raises.
from prelude import tf, np

x = tf.constant([1.0, 2.0], name="x")


def make(exc):
    def f(a):
        raise exc("bad thing %d" % len(a))
    return f


cases = [("ValueError", ValueError), ("TypeError", TypeError), ("IndexError", IndexError),
         ("KeyError", KeyError), ("RuntimeError", RuntimeError), ("NotImplementedError", NotImplementedError),
         ("StopIteration", StopIteration), ("ZeroDivisionError", ZeroDivisionError)]
with tf.Session() as sess:
    for n, exc in cases:
        y = tf.py_func(make(exc), [x], tf.float32, name="pf_" + n)
        try:
            sess.run(y)
            print(n, "ok")
        except Exception as e:
            print(n, type(e).__name__, isinstance(e, tf.errors.OpError),
                  e.op.name if isinstance(e, tf.errors.OpError) else None,
                  e.op.type if isinstance(e, tf.errors.OpError) else None,
                  "bad thing 2" in str(e), n in str(e))
    # wrong return dtype
    bad = tf.py_func(lambda a: a.astype(np.int64), [x], tf.float32, name="wrong_type")
    try:
        sess.run(bad)
    except Exception as e:
        print("dtype", type(e).__name__)
    good = tf.py_func(lambda a: a * 2, [x], tf.float32)
    print(sess.run(good).tolist(), good.op.type, good.shape)
