# Regularization losses from get_variable/dense regularizers with default resource variables and get_total_loss.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0]])
with tf.variable_scope("m"):
    w = tf.get_variable("w", [2, 2], initializer=tf.constant_initializer(0.5),
                        regularizer=lambda t: tf.multiply(0.1, tf.nn.l2_loss(t), name="l2"))
    y = tf.matmul(x, w)
loss = tf.losses.mean_squared_error(tf.constant([[1.0, 1.0]]), y)
print([t.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
print([t.name for t in tf.losses.get_regularization_losses()])
rl = tf.losses.get_regularization_loss()
print(rl.name, rl.dtype.name)
total = tf.losses.get_total_loss()
print(total.name)
print(w.name, type(w).__name__ in ("ResourceVariable", "RefVariable", "Variable"), w.op.type)
train = tf.train.GradientDescentOptimizer(0.1).minimize(total)
print(train.name, train.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([loss, rl, total]), 4))
    sess.run(train)
    print(rnd(sess.run([w, total]), 4))
empty = tf.Graph()
with empty.as_default():
    print(tf.losses.get_regularization_loss().name)
    try:
        tf.losses.get_total_loss()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("empty total", type(e).__name__)
