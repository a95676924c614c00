# Out-of-range indices at run time: gather, gather_nd, embedding_lookup, one_hot.
from prelude import tf, np

params = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="params")
idx = tf.placeholder(tf.int32, shape=[None], name="idx")
g = tf.gather(params, idx, name="g")
g1 = tf.gather(params, idx, axis=1, name="g1")
nd_idx = tf.placeholder(tf.int32, shape=[None, 2], name="nd_idx")
gn = tf.gather_nd(params, nd_idx, name="gn")
emb = tf.nn.embedding_lookup(params, idx, name="emb")
oh = tf.one_hot(idx, 3, name="oh")


def attempt(t, feed):
    try:
        out = sess.run(t, feed)
        print("ok", out.tolist())
    except tf.errors.OpError as e:
        first = e.message
        print(type(e).__name__, e.op.name, e.op.type)
        print("indices[1] = 5 is not in [0, 3)" in first, "indices[0] = -1 is not in [0, 3)" in first,
              "indices[1] = 2 is not in [0, 2)" in first, "is not in [0," in first)
        print("does not index into param shape" in first, "indices[1] = [0, 2]" in first)


with tf.Session() as sess:
    attempt(g, {idx: [0, 2]})
    attempt(g, {idx: [0, 5]})
    attempt(g, {idx: [-1, 0]})
    attempt(g1, {idx: [0, 2]})
    attempt(gn, {nd_idx: [[0, 1], [2, 0]]})
    attempt(gn, {nd_idx: [[0, 1], [0, 2]]})
    attempt(gn, {nd_idx: [[3, 0]]})
    attempt(emb, {idx: [2, 1]})
    attempt(emb, {idx: [0, 5]})
    attempt(oh, {idx: [0, 5, -1]})
print(emb.op.name, emb.op.type, g.op.type, gn.op.type)
