# Seeding semantics as booleans: repeated runs differ, new sessions repeat, equal seeds give equal streams.
from prelude import tf, np, rnd


def build(seed_graph, seed_op):
    g = tf.Graph()
    with g.as_default():
        if seed_graph is not None:
            tf.set_random_seed(seed_graph)
        ts = [tf.random_normal([8], seed=seed_op), tf.random_uniform([8], seed=seed_op),
              tf.random_shuffle(tf.range(20), seed=seed_op), tf.multinomial(tf.zeros([1, 50]), 8, seed=seed_op)]
    return g, ts


def run(g, ts, n=1):
    with tf.Session(graph=g) as sess:
        return [sess.run(ts) for _ in range(n)]


g, ts = build(3, None)
r1 = run(g, ts, 2)
r2 = run(g, ts, 1)
print([bool(np.array_equal(a, b)) for a, b in zip(r1[0], r1[1])])
print([bool(np.array_equal(a, b)) for a, b in zip(r1[0], r2[0])])
g2, ts2 = build(3, None)
print([bool(np.array_equal(a, b)) for a, b in zip(run(g2, ts2)[0], r1[0])])
g3, ts3 = build(None, 11)
g4, ts4 = build(None, 11)
print([bool(np.array_equal(a, b)) for a, b in zip(run(g3, ts3)[0], run(g4, ts4)[0])])
with tf.Graph().as_default() as g5:
    tf.set_random_seed(5)
    a = tf.random_normal([10], seed=1)
    b = tf.random_normal([10], seed=1)
    c = tf.random_normal([10], seed=2)
    with tf.Session() as sess:
        va, vb, vc = sess.run([a, b, c])
    print(bool(np.array_equal(va, vb)), bool(np.array_equal(va, vc)))
    s1, s2 = tf.random_shuffle(tf.range(5), seed=1), tf.random_shuffle(tf.range(5), seed=1)
    print(s1.op.get_attr("seed2") == s2.op.get_attr("seed2"), s1.op.get_attr("seed") == s2.op.get_attr("seed"))
