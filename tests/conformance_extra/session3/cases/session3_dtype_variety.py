# Default variables of several dtypes: fetch dtype, load with conversion, bad loads.
from prelude import tf, np, rnd

vs = [tf.Variable(np.int64(3), name="i64"), tf.Variable(True, name="b"),
      tf.Variable(b"s", name="s"), tf.Variable(np.float16(1.5), name="h"),
      tf.Variable([1, 2], dtype=tf.int8, name="i8")]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in vs:
        r = sess.run(v)
        print(v.dtype.name, type(r).__name__, getattr(r, "dtype", None), rnd(r) if not isinstance(r, bytes) else r)
    vs[0].load(7, sess)
    vs[4].load([3, 4], sess)
    vs[2].load("hello", sess)
    print(sess.run(vs[0]), sess.run(vs[4]).tolist(), sess.run(vs[2]))
    try:
        vs[0].load("x", sess)
    except Exception as e:
        print(type(e).__name__)
    try:
        vs[1].load([True, False], sess)
    except Exception as e:
        print(type(e).__name__)
