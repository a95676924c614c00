# Gradients of batched matmul with broadcasting batch dims, adjoint/transpose flags and unknown batch sizes.
from prelude import tf, np, rnd

a = tf.reshape(tf.range(1.0, 13.0), [2, 1, 2, 3]) / 5.0
b = tf.reshape(tf.range(1.0, 19.0), [3, 3, 2]) / 7.0
m = tf.reshape(tf.range(1.0, 7.0), [2, 3]) / 3.0
gs = {
    "bcast": tf.gradients(tf.matmul(a, b) ** 2, [a, b]),
    "rank3_2": tf.gradients(tf.matmul(b, m) ** 2, [b, m]),
    "tr_a": tf.gradients(tf.matmul(b, b, transpose_a=True) ** 2, [b]),
    "adj_b": tf.gradients(tf.matmul(b, b, adjoint_b=True) ** 2, [b]),
    "same_batch": tf.gradients(tf.matmul(b, tf.transpose(b, [0, 2, 1])) ** 2, [b]),
    "mm_tt": tf.gradients(tf.matmul(m, tf.transpose(m), transpose_a=True, transpose_b=True) ** 2, [m]),
}
for k in sorted(gs):
    print(k, [(t.name, t.shape.as_list()) for t in gs[k]])
pa = tf.placeholder(tf.float32, [None, 2, 3])
pb = tf.placeholder(tf.float32, [3, 2])
pc = tf.placeholder(tf.float32, [None, 3, 2])
g1 = tf.gradients(tf.matmul(pa, pb), [pa, pb])
g2 = tf.gradients(tf.matmul(pa, pc), [pa, pc])
print([(t.name, t.shape) for t in g1 + g2])
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [rnd(v, 3) for v in sess.run(gs[k])])
    f = {pa: np.ones([2, 2, 3]), pb: np.ones([3, 2]), pc: np.ones([2, 3, 2])}
    print([rnd(v, 3) for v in sess.run(g1 + g2, f)])
