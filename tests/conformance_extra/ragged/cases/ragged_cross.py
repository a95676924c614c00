# tf.ragged.cross and tf.ragged.cross_hashed over ragged, dense and sparse features.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

a = tf.ragged.constant([["a", "b"], ["c"]])
b = tf.ragged.constant([["d"], ["e", "f"]])
d = tf.constant([["x"], ["y"]])
i = tf.ragged.constant([[1, 2], []], dtype=tf.int64)
sp = tf.SparseTensor([[0, 0], [1, 0]], ["p", "q"], [2, 1])
outs = [tf.ragged.cross([a, b]), tf.ragged.cross([a, b, d]), tf.ragged.cross([a, i]),
        tf.ragged.cross([a, sp]), tf.ragged.cross_hashed([a, b]),
        tf.ragged.cross_hashed([a, b], num_buckets=10),
        tf.ragged.cross_hashed([a, b], num_buckets=10, hash_key=7)]
print([(type(o).__name__, o.shape.as_list(), o.dtype.name) for o in outs])
err(lambda: tf.ragged.cross([tf.ragged.constant([[1.]])]))
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
