# apply_gradients with IndexedSlices: duplicates, hand-built slices, and mixed dense/sparse grads.
from prelude import tf, np, rnd


def run(make_opt, steps=2):
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="emb")
        ids = tf.constant([0, 2, 0, 0])
        loss = tf.reduce_sum(tf.gather(emb, ids) * tf.constant([[1.0, 1.0], [2.0, 2.0], [1.0, -1.0], [0.5, 0.5]]))
        opt = make_opt()
        gv = opt.compute_gradients(loss, var_list=[emb])
        print(type(gv[0][0]).__name__)
        train = opt.apply_gradients(gv)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            print(rnd(sess.run(emb)))


run(lambda: tf.train.GradientDescentOptimizer(0.5))
run(lambda: tf.train.MomentumOptimizer(0.5, 0.5, use_nesterov=True))
run(lambda: tf.train.AdamOptimizer(0.1))
run(lambda: tf.train.AdagradDAOptimizer(0.1, global_step=tf.train.get_or_create_global_step()))
run(lambda: tf.train.ProximalGradientDescentOptimizer(0.5, l1_regularization_strength=0.5))
run(lambda: tf.train.RMSPropOptimizer(0.1, momentum=0.5, centered=True))
run(lambda: tf.train.FtrlOptimizer(0.5, l2_shrinkage_regularization_strength=0.1))

g = tf.Graph()
with g.as_default():
    v = tf.Variable([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], name="v")
    sl = tf.IndexedSlices(tf.constant([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]]), tf.constant([2, 0, 2]),
                          dense_shape=tf.constant([3, 2]))
    opt = tf.train.GradientDescentOptimizer(1.0)
    train = opt.apply_gradients([(sl, v)])
    both = tf.reduce_sum(tf.gather(v, [1])) + tf.reduce_sum(v * v)
    dg = tf.gradients(both, v)[0]
    print(type(dg).__name__)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        print(rnd(sess.run(v)))
        print(rnd(sess.run(dg)))
    two = tf.reduce_sum(tf.gather(v, [0, 0])) + tf.reduce_sum(tf.gather(v, [2]))
    sg = tf.gradients(two, v)[0]
    print(type(sg).__name__)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        conv = tf.convert_to_tensor(sg)
        print(rnd(sess.run(conv)))
