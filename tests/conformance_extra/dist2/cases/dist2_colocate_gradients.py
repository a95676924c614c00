# Gradients with colocate_gradients_with_ops: devices of gradient ops and of resource updates.
from prelude import tf, np, rnd

for colocate in (False, True):
    g = tf.Graph()
    with g.as_default():
        with tf.device("/job:ps/task:0"):
            w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
        with tf.device("/job:worker/task:1"):
            x = tf.constant([[1.0, 1.0]], name="x")
            with tf.device("/job:worker/task:0"):
                h = tf.matmul(x, w, name="h")
            loss = tf.reduce_sum(tf.tanh(h), name="loss")
            opt = tf.train.GradientDescentOptimizer(0.5)
            gvs = opt.compute_gradients(loss, colocate_gradients_with_ops=colocate)
            train = opt.apply_gradients(gvs)
        print("colocate", colocate)
        for op in g.get_operations():
            if op.name.startswith(("gradients", "GradientDescent")):
                print(" ", op.name, op.type, repr(op.device), [c.decode() for c in op.colocation_groups()])
        grads = tf.gradients(loss, [w], colocate_gradients_with_ops=colocate, name="g2")
        print(" ", grads[0].op.name, repr(grads[0].device))
