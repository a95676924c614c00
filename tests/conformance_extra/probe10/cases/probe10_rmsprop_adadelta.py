# RMSProp (centered, momentum) and Adadelta on a quadratic; slots and values.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

for name, make in [("rms", lambda: tf.train.RMSPropOptimizer(0.05, decay=0.8, momentum=0.5)),
                   ("rmsc", lambda: tf.train.RMSPropOptimizer(0.05, centered=True)),
                   ("adadelta", lambda: tf.train.AdadeltaOptimizer(2.0, rho=0.9, epsilon=1e-6))]:
    g = tf.Graph()
    with g.as_default():
        a = tf.Variable([3.0, -1.0, 0.5], name="a")
        c = tf.Variable(2.0, name="c")
        loss = tf.reduce_sum(tf.square(a * c - 1.0))
        opt = make()
        grads = opt.compute_gradients(loss)
        print(name, [(gr.name, var.name) for gr, var in grads])
        train = opt.apply_gradients(grads, name="step")
        print(train.name, train.type, sorted(opt.get_slot_names()))
        print(sorted(vv.name for vv in tf.global_variables()))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for i in range(4):
                sess.run(train)
            print(name, rnd(sess.run([a, c, loss]), 4))
