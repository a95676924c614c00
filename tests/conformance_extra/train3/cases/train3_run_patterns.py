# sess.run([train_op, loss, v]) patterns on default variables: fetch structures and values.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
W = tf.get_variable("W", [2, 1], initializer=tf.constant_initializer([[0.5], [-0.5]]))
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
pred = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.square(pred - y))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
xs = np.array([[1.0, 2.0], [3.0, 4.0], [0.0, 1.0]], np.float32)
ys = np.array([[1.0], [2.0], [0.5]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        out = sess.run([train, loss, W, b], feed_dict={x: xs, y: ys})
        print(i, out[0], rnd(out[1], 4), rnd(out[2], 4), rnd(out[3], 4))
    d = sess.run({"t": train, "l": loss}, {x: xs, y: ys})
    print(sorted(d), d["t"], rnd(d["l"], 4))
    t = sess.run((train, (loss, W)), {x: xs, y: ys})
    print(type(t).__name__, t[0], rnd(t[1][0], 4))
    print(sess.run(train.name, {x: xs, y: ys}), rnd(sess.run(W.value()), 4))
    print(rnd(sess.run(loss.name, {x: xs, y: ys}), 4), rnd(sess.run(W.read_value()), 4))
    try:
        sess.run([train, loss], {x: xs})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
