# Empty and scalar inputs, keepdims, and static argument checks.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
outs = [tf.ragged.constant([]), tf.ragged.constant([[]]), tf.ragged.constant([[], []], dtype=tf.int32),
        tf.ragged.constant([[[]], []]), tf.ragged.constant(5), tf.ragged.range(5), tf.ragged.range([]),
        tf.reduce_sum(rc, axis=1, keepdims=True), tf.reduce_max(rc, axis=[0, 1], keepdims=True)]
print([(type(o).__name__, o.shape.as_list(), o.dtype.name) for o in outs])
err(lambda: rc.row_lengths(axis=2))
err(lambda: tf.ragged.boolean_mask(rc, [True]))
err(lambda: rc.with_values([1, 2]))
err(lambda: tf.ragged.stack([]))
err(lambda: tf.ragged.constant([[1, 2], [3]], ragged_rank=2))
err(lambda: tf.reduce_sum(rc, axis=2))
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list() if hasattr(v, "to_list") else np.asarray(v).tolist())
