# gate_gradients values and their (identical) results, plus invalid values.
from prelude import tf, np, rnd

print(tf.train.Optimizer.GATE_NONE, tf.train.Optimizer.GATE_OP, tf.train.Optimizer.GATE_GRAPH)
for gate in [0, 1, 2, tf.train.Optimizer.GATE_GRAPH]:
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        b = tf.Variable(-1.0, name="b")
        x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
        loss = tf.reduce_sum(tf.square(tf.matmul(x, tf.reshape(w, [2, 1])) + b))
        opt = tf.train.GradientDescentOptimizer(0.01)
        gv = opt.compute_gradients(loss, gate_gradients=gate)
        train = opt.minimize(loss, gate_gradients=gate)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(gate, [rnd(sess.run(gr)) for gr, _ in gv])
            sess.run(train)
            print(rnd(sess.run([w, b])))
for bad in [3, -1]:
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable(1.0)
        try:
            tf.train.GradientDescentOptimizer(0.1).compute_gradients(w * w, gate_gradients=bad)
            print(bad, "no error")
        except Exception as e:
            print(bad, type(e).__name__)
