# Adam with a sparse (gather) gradient on a default variable: update ops and lazy-free semantics.
from prelude import tf, np, rnd

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
loss = tf.reduce_sum(tf.gather(emb, [0, 0]) * 2.0)
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
g = tf.get_default_graph()
print(sorted({op.type for op in g.get_operations() if op.name.startswith("Adam/update_emb/")}))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        print(rnd(sess.run(emb), 4), rnd(sess.run(opt.get_slot(emb, "m")), 4))
