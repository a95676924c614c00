# AdagradDA slots and values (needs global_step).
from prelude import tf, np, rnd

w = tf.Variable([1.0, -2.0], name="w")
loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
gs = tf.train.get_or_create_global_step()
print(gs.name, gs.dtype.name)
opt = tf.train.AdagradDAOptimizer(0.5, global_step=gs, l1_regularization_strength=0.01,
                                  l2_regularization_strength=0.02)
train = opt.minimize(loss, global_step=gs)
print(sorted(opt.get_slot_names()))
print([v.name for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        print(rnd(sess.run(w)), sess.run(gs))
