# Names and values of SelectV2 (where_v2, dropout) and DivNoNan gradients: static, broadcast and unknown shapes.
from prelude import tf, np, rnd


def dump(tag, y, xs):
    g = tf.get_default_graph()
    n0 = len(g.get_operations())
    gs = tf.gradients(y, xs)
    print(tag, [None if t is None else (t.name, t.shape) for t in gs])
    print("  ", [(o.name.split("_grad/")[-1], o.type) for o in g.get_operations()[n0:] if "_grad/" in o.name][:14])
    return gs


c = tf.constant([[True, False, True], [False, True, True]])
a = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = tf.constant([[7.0, 8.0, 9.0], [1.0, 2.0, 3.0]])
r = tf.constant([1.0, 2.0, 3.0])
ph = tf.placeholder(tf.float32, [None, 3])
g1 = dump("static", tf.where_v2(c, a, b), [a, b])
g2 = dump("bcast", tf.where_v2(c, r, b) * a, [r, b])
g3 = dump("dyn_scalar", tf.where_v2(ph > 0.0, ph, 0.0), [ph])
g4 = dump("divnn", tf.div_no_nan(a, r), [a, r])
g5 = dump("dropout", tf.nn.dropout(ph, rate=0.5, seed=3), [ph])
with tf.Session() as sess:
    f = {ph: [[1.0, -2.0, 3.0], [0.0, 5.0, -1.0]]}
    for g in [g1, g2, g3, g4]:
        print([rnd(v, 4) for v in sess.run(g, f)])
    print(sess.run(g5, f)[0].shape)
