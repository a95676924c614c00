# Operation.get_attr error classes and value kinds; colocation_groups defaults.
from prelude import tf, np

a = tf.constant([1, 2], name="a")
m = tf.reduce_sum(a, axis=0, keepdims=True, name="m")
p = tf.placeholder(tf.float32, shape=[None, 3], name="p")
print(a.op.get_attr("dtype"), type(a.op.get_attr("dtype")).__name__)
print(m.op.get_attr("keep_dims"), m.op.get_attr("T"), m.op.get_attr("Tidx"))
print(p.op.get_attr("shape"), type(p.op.get_attr("shape")).__name__)
for label, f in [("missing", lambda: a.op.get_attr("nope")),
                 ("int", lambda: a.op.get_attr(3)),
                 ("empty", lambda: a.op.get_attr(""))]:
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__)
try:
    a.op.get_attr("nope")
except ValueError as e:
    print(str(e).split("\n")[0][:60])
print(a.op.colocation_groups(), m.op.colocation_groups())
with tf.colocate_with(a):
    k = tf.identity(a, name="k")
print(k.op.colocation_groups(), k.op.get_attr("_class"))
t = tf.cast(a, tf.float32, name="t")
print(t.op.get_attr("SrcT"), t.op.get_attr("DstT"), t.op.get_attr("Truncate"))
tr = tf.transpose(tf.zeros([2, 3]), name="tr")
print(tr.op.type, tr.op.get_attr("T"), tr.op.get_attr("Tperm"))
