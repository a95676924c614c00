# minimize with gate_gradients NONE/OP/GRAPH and colocate_gradients_with_ops: op types and values.
from prelude import tf, np, rnd

for gate in (tf.train.Optimizer.GATE_NONE, tf.train.Optimizer.GATE_OP, tf.train.Optimizer.GATE_GRAPH):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
        b = tf.Variable([0.5, -0.5], name="b")
        x = tf.constant([[1.0, 1.0]])
        loss = tf.reduce_sum(tf.matmul(x, w) + b)
        opt = tf.train.MomentumOptimizer(0.1, 0.5)
        train = opt.minimize(loss, gate_gradients=gate, colocate_gradients_with_ops=(gate == 2))
        types = {}
        for op in g.get_operations():
            if op.name.startswith("gradients") and op.type != "Const":
                types[op.type] = types.get(op.type, 0) + 1
        print(gate, sorted(types.items()))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            sess.run(train)
            print(rnd(sess.run(w), 4), rnd(sess.run(b), 4))
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(tf.Variable(1.0) * 2.0, gate_gradients=5)
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
