# tf.raw_ops: keyword-only op builders, their results (tensor, list, namedtuple, op) and argument errors.
from prelude import tf, np, rnd
a = tf.raw_ops.Add(x=tf.constant(1.0), y=tf.constant(2.0))
print(a.name, a.dtype)
u = tf.raw_ops.Unique(x=tf.constant([3, 1, 3]))
print(type(u).__name__, u._fields, u.y.name, u.idx.dtype)
u2 = tf.raw_ops.Unique(x=tf.constant([3, 1, 3]), out_idx=tf.int64, name="uq")
print(u2.idx.dtype, u2.y.name)
s = tf.raw_ops.Split(axis=0, value=tf.constant([1, 2, 3, 4]), num_split=2)
print(type(s).__name__, [t.name for t in s])
n = tf.raw_ops.NoOp(name="nop")
print(type(n).__name__, n.name)
c = tf.raw_ops.ConcatV2(values=[tf.constant([1]), tf.constant([2])], axis=0)
print(c.name, c.shape)
for label, fn in [("positional", lambda: tf.raw_ops.Add(tf.constant(1.0), tf.constant(2.0))),
                  ("T attr", lambda: tf.raw_ops.Add(x=1.0, y=2.0, T=tf.float32)),
                  ("missing input", lambda: tf.raw_ops.Add(x=1.0)),
                  ("missing attr", lambda: tf.raw_ops.Split(axis=0, value=[1, 2])),
                  ("unknown kw", lambda: tf.raw_ops.Add(x=1.0, y=2.0, z=3)),
                  ("python values", lambda: tf.raw_ops.Add(x=1.0, y=2.0)),
                  ("mismatch", lambda: tf.raw_ops.Add(x=1.0, y=2)),
                  ("matmul", lambda: tf.raw_ops.MatMul(a=[[1.0]], b=[[2.0]], transpose_a=True)),
                  ]:
    try:
        r = fn(); print(label, "ok", getattr(r, "name", r), getattr(r, "dtype", None))
    except Exception as e:
        print(label, type(e).__name__, str(e)[:150])
print(hasattr(tf.raw_ops, "NotAnOp"), "Add" in dir(tf.raw_ops))
try: tf.raw_ops.NotAnOp
except Exception as e: print(type(e).__name__)
with tf.Session() as sess: print(sess.run([a, u.y, s, c]))
print(tf.raw_ops.Add.__name__)
v = tf.raw_ops.VariableV2(shape=[2], dtype=tf.float32)
print(v.name, v.dtype)
r = tf.raw_ops.Sum(input=[[1, 2], [3, 4]], axis=[1], keep_dims=True)
e = tf.raw_ops.ExpandDims(input=[1, 2], axis=0)
w = tf.raw_ops.Select(condition=[True, False], x=[1, 2], y=[3, 4])
with tf.Session() as sess:
    print(sess.run([r, e, w]))
