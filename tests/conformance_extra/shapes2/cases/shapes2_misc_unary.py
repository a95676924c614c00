# Static shapes of shape-preserving ops and ops that change one dimension (cumsum, reverse, top_k, sort, cast).
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 5], name="a")
u = tf.placeholder(tf.float32, None, name="u")
k = tf.placeholder(tf.int32, [], name="k")
vals, idx = tf.nn.top_k(a, 3)
vk, ik = tf.nn.top_k(a, k)
vu, iu = tf.nn.top_k(u, 2)
for t in [tf.cast(a, tf.int64), tf.cast(u, tf.bool), tf.nn.relu(a), tf.nn.softmax(a), tf.nn.log_softmax(u), tf.math.cumsum(a, 1),
          tf.math.cumprod(a, exclusive=True, reverse=True), tf.reverse(a, [1]), tf.reverse(a, [-1, 0]), tf.reverse_sequence(a, tf.constant([1, 2]), 1, 0),
          vals, idx, vk, ik, vu, iu, tf.sort(a), tf.argsort(a, direction="DESCENDING"), tf.clip_by_value(a, 0.0, 1.0),
          tf.clip_by_norm(a, 1.0), tf.nn.l2_normalize(a, 1), tf.identity(u), tf.stop_gradient(a), tf.abs(tf.cast(a, tf.int32)),
          tf.math.is_nan(a), tf.nn.in_top_k(a, tf.placeholder(tf.int32, [None]), 2), tf.math.bincount(tf.constant([1, 2])),
          tf.unique(tf.placeholder(tf.int32, [None]))[0], tf.unique(tf.constant([1, 1, 2]))[1], tf.math.segment_sum(a, tf.constant([0, 0, 1]))]:
    print(t)
for f in [lambda: tf.nn.top_k(a, 6), lambda: tf.nn.top_k(tf.constant(1.0), 1), lambda: tf.reverse(a, [2]), lambda: tf.math.cumsum(a, 2)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    v = np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]], np.float32)
    print(rnd(sess.run(vk, {a: v, k: 2})), sess.run(ik, {a: v, k: 2}).tolist())
    try:
        sess.run(vk, {a: v, k: 7})
    except Exception as e:
        print("run", type(e).__name__)
