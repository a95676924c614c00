# bool tensors: logical ops, xor, casts, where, arithmetic refusal, and logical op names.
from prelude import tf, np, rnd

a = tf.constant([True, True, False, False])
b = tf.constant([True, False, True, False])
outs = [tf.logical_and(a, b), tf.logical_or(a, b), tf.logical_xor(a, b), tf.logical_not(a), a & b, a | b, a ^ b, ~a,
        tf.equal(a, b), tf.cast(a, tf.int32) + tf.cast(b, tf.int32), tf.where(a, tf.ones([4]), tf.zeros([4])),
        tf.reduce_sum(tf.cast(a, tf.int64)), tf.math.count_nonzero(a), tf.zeros_like(a), tf.ones_like(a),
        tf.fill([2], True), tf.cast(tf.constant([0.0, -0.0, float("nan"), 1e-30]), tf.bool)]
for t in outs:
    print(t.op.type, t.dtype.name, t.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
for label, fn in [("add", lambda: a + b), ("mul", lambda: a * b), ("neg", lambda: -a),
                  ("and int", lambda: tf.logical_and(tf.constant([1]), tf.constant([1]))),
                  ("max", lambda: tf.maximum(a, b)), ("abs", lambda: tf.abs(a))]:
    try:
        t = fn()
        print(label, "ok", t.op.type, t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
