# summary op names, types, collections, family.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None], name="x")
img = tf.placeholder(tf.float32, [2, 4, 4, 3], name="img")
s1 = tf.summary.scalar("loss", tf.reduce_mean(x))
s2 = tf.summary.scalar("loss", tf.reduce_mean(x))
s3 = tf.summary.histogram("hist", x)
s4 = tf.summary.image("pic", img, max_outputs=2)
s5 = tf.summary.text("note", tf.constant("hello"))
with tf.name_scope("outer"):
    s6 = tf.summary.scalar("inner", tf.reduce_sum(x))
s7 = tf.summary.scalar("fam", tf.reduce_sum(x), family="grp")
s8 = tf.summary.scalar("nocoll", tf.reduce_sum(x), collections=["mine"])
for s in (s1, s2, s3, s4, s5, s6, s7, s8):
    print(s.name, s.op.type, s.dtype.name, s.shape.as_list())
print([t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
print([t.name for t in tf.get_collection("mine")])
m = tf.summary.merge([s1, s3], name="m")
print(m.name, m.op.type)
ma = tf.summary.merge_all()
print(ma.name, len(ma.op.inputs))
print(tf.summary.merge_all(key="empty"))
print(s1.op.get_attr("T").name if s1.op.type == "ScalarSummary" else None)
