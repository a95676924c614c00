# Reductions whose axis is a tensor or a placeholder: static shape falls back to known rank.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3, 4], name="a")
ax = tf.placeholder(tf.int32, [], name="ax")
axv = tf.placeholder(tf.int32, [None], name="axv")
ax2 = tf.placeholder(tf.int32, [2], name="ax2")
for t in [tf.reduce_sum(a, ax), tf.reduce_sum(a, ax, keepdims=True), tf.reduce_mean(a, axv),
          tf.reduce_max(a, axv, keepdims=True), tf.reduce_sum(a, ax2), tf.reduce_sum(a, tf.constant([1])),
          tf.reduce_sum(a, tf.constant(-1) + 0), tf.argmax(a, ax), tf.reduce_sum(a, tf.range(1, 3))]:
    print(t)
with tf.Session() as sess:
    v = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
    print(rnd(sess.run(tf.reduce_sum(a, ax), {a: v, ax: -1})))
    print(rnd(sess.run(tf.reduce_sum(a, ax2, keepdims=True), {a: v, ax2: [0, 2]})))
    print(sess.run(tf.shape(tf.reduce_mean(a, axv)), {a: v, axv: []}))
    try:
        sess.run(tf.reduce_sum(a, ax), {a: v, ax: 5})
    except Exception as e:
        print("run", type(e).__name__)
