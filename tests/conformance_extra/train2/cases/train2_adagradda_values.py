# AdagradDA with l1 / l2 and initial accumulator values: values after steps, slot names.
from prelude import tf, np, rnd


def run(steps=3, **kw):
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable([1.0, -2.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        opt = tf.train.AdagradDAOptimizer(0.5, global_step=gs, **kw)
        train = opt.minimize(loss, global_step=gs)
        names = sorted(opt.get_slot_names())
        print(names, [opt.get_slot(w, n).name for n in names])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for i in range(steps):
                sess.run(train)
                print(i, rnd(sess.run(w)), sess.run(gs))
            print([rnd(sess.run(opt.get_slot(w, n))) for n in names])


run()
run(l1_regularization_strength=0.5)
run(l2_regularization_strength=0.3)
run(l1_regularization_strength=2.0, l2_regularization_strength=0.1,
    initial_gradient_squared_accumulator_value=0.5)
