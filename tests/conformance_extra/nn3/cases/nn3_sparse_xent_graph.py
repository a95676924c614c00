# The graph tf.nn.sparse_softmax_cross_entropy_with_logits builds (labels' Shape, the run-time
# shape check for rank > 2), tf.assert_equal's Assert data constants, and their run-time errors.
from prelude import tf, np, rnd

for ls, gs in [([None], [None, 3]), ([2], [2, 3]), ([None, 4], [None, 4, 3]), ([2, 4], [2, 4, 3]), (None, None)]:
    g = tf.Graph()
    with g.as_default():
        l = tf.placeholder(tf.int32, ls, name="labels")
        x = tf.placeholder(tf.float32, gs, name="logits")
        y = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=l, logits=x)
        print(y.name, y.shape)
        print([(n.name, n.op, list(n.input)) for n in g.as_graph_def().node if n.name.startswith("Sparse")])
        if ls == [None, 4]:
            with tf.Session() as sess:
                lv = np.array([[0, 1, 2, 0], [2, 2, 1, 0]])
                xv = np.arange(24, dtype=np.float32).reshape(2, 4, 3) / 7.0
                print(rnd(sess.run(y, {l: lv, x: xv})))
                try:
                    sess.run(y, {l: lv[:, :3], x: xv})
                except Exception as e:
                    print(type(e).__name__)
g = tf.Graph()
with g.as_default():
    a = tf.placeholder(tf.int32, [None], name="a")
    b = tf.placeholder(tf.int32, [None], name="b")
    c1 = tf.assert_equal(a, b)
    c2 = tf.assert_equal(a, b, message="m", data=[a])
    c3 = tf.Assert(tf.reduce_all(a > 0), ["positive", a, "done"])
    print([(n.name, n.op, list(n.input)) for n in g.as_graph_def().node])
    with tf.Session() as sess:
        sess.run([c1, c2, c3], {a: [1, 2], b: [1, 2]})
        for op in (c1, c2, c3):
            try:
                sess.run(op, {a: [1, -2], b: [1, 3]})
            except tf.errors.InvalidArgumentError as e:
                print(type(e).__name__, e.op.name if e.op is not None else None)
