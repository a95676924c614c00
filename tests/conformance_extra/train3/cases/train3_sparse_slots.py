# Sparse (gather) gradients with slot optimizers on default variables: ResourceSparseApply* types.
from prelude import tf, np, rnd

makers = [
    ("mom", lambda gs: tf.train.MomentumOptimizer(0.1, 0.9)),
    ("nest", lambda gs: tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True)),
    ("adagrad", lambda gs: tf.train.AdagradOptimizer(0.5)),
    ("padagrad", lambda gs: tf.train.ProximalAdagradOptimizer(0.5, l1_regularization_strength=0.01)),
    ("pgd", lambda gs: tf.train.ProximalGradientDescentOptimizer(0.5, l2_regularization_strength=0.1)),
    ("adadelta", lambda gs: tf.train.AdadeltaOptimizer(1.0)),
    ("rms", lambda gs: tf.train.RMSPropOptimizer(0.1)),
    ("crms", lambda gs: tf.train.RMSPropOptimizer(0.1, momentum=0.3, centered=True)),
    ("ftrl", lambda gs: tf.train.FtrlOptimizer(0.5)),
    ("ftrl2", lambda gs: tf.train.FtrlOptimizer(0.5, l2_shrinkage_regularization_strength=0.1)),
    ("da", lambda gs: tf.train.AdagradDAOptimizer(0.5, global_step=gs)),
]
for label, make in makers:
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
        loss = tf.reduce_sum(tf.gather(emb, [2, 0, 2]) * tf.constant([[1.0, -1.0], [2.0, 0.5], [1.0, 1.0]]))
        opt = make(gs)
        train = opt.minimize(loss, global_step=gs)
        types = sorted({op.type for op in g.get_operations()
                        if op.name.startswith(opt.get_name() + "/update_emb/")})
        print(label, types)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(2):
                sess.run(train)
            print(label, rnd(sess.run(emb), 4), sess.run(gs))
