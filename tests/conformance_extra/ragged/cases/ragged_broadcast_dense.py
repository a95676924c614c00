# Elementwise ops between a RaggedTensor and dense tensors that broadcast against its rows.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

rc = tf.ragged.constant([[1, 2, 3], [4, 5, 6]])
jag = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
outs = [rc * tf.constant([[1], [2]]), jag - tf.constant([[1], [2], [3]]),
        u * tf.constant([10, 100]), u + tf.constant([[[1, 2]], [[3, 4]]]), tf.constant(7) - jag,
        tf.maximum(jag, tf.constant([[2], [2], [4]]))]
print([(o.shape.ndims, o.dtype.name) for o in outs])
bad = jag + tf.constant([1, 2, 3])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
    err(lambda: s.run(bad))
