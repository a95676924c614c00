# NaN/Inf through maximum/minimum, reductions, argmax, sort and top_k.
from prelude import tf, np, rnd

nan, inf = float("nan"), float("inf")
x = tf.constant([1.0, nan, 3.0, -inf, 2.0])
y = tf.constant([nan, 0.0, 5.0, 1.0, inf])
outs = [tf.maximum(x, y), tf.minimum(x, y), tf.reduce_max(x), tf.reduce_min(x), tf.reduce_sum(x),
        tf.reduce_max(tf.constant([[1.0, inf], [-inf, -inf]]), 1), tf.argmax(x), tf.argmin(x),
        tf.argmax(tf.constant([nan, 1.0, 2.0])), tf.argmin(tf.constant([2.0, -inf, nan])),
        tf.nn.relu(tf.constant([nan, -inf, inf])), tf.clip_by_value(tf.constant([nan, 5.0]), 0.0, 1.0),
        tf.nn.softmax(tf.constant([1.0, inf])), tf.exp(tf.constant([-inf, inf, nan])),
        tf.constant([inf]) - tf.constant([inf]), tf.constant([0.0]) * tf.constant([inf]),
        tf.constant([1.0, -1.0, 0.0]) / tf.constant(0.0)]
with tf.Session() as sess:
    for t in outs:
        print(t.op.type, rnd(sess.run(t)))
    print("sort", rnd(sess.run(tf.sort(tf.constant([3.0, -inf, 1.0, inf, 2.0])))))
    print("sort desc", rnd(sess.run(tf.sort(tf.constant([3.0, -inf, 1.0, inf]), direction="DESCENDING"))))
    v, i = tf.nn.top_k(tf.constant([1.0, inf, -inf, 3.0]), k=3)
    print("top_k", rnd(sess.run([v, i])))
