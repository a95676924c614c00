# Manual SGD: tf.gradients then tf.assign_sub per variable grouped into one op; compare against the optimizer on a twin model.
from prelude import tf, np, rnd

rs = np.random.RandomState(20)
X = rs.randn(25, 3).astype(np.float32)
Y = (np.tanh(X @ np.array([[1.0], [0.5], [-1.0]]))).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])


def model(scope):
    with tf.variable_scope(scope):
        w = tf.get_variable("w", [3, 1], initializer=tf.constant_initializer(0.1))
        b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
        return [w, b], tf.reduce_mean(tf.square(tf.tanh(tf.matmul(x, w) + b) - y))


params, loss = model("manual")
lr = tf.constant(0.3)
grads = tf.gradients(loss, params)
print([g.name for g in grads], [g.shape for g in grads])
manual = tf.group(*[tf.assign_sub(p, lr * g) for p, g in zip(params, grads)], name="manual_step")
print(manual.type, manual.name, sorted(i.type for i in manual.control_inputs))
params2, loss2 = model("auto")
auto = tf.train.GradientDescentOptimizer(0.3).minimize(loss2, var_list=params2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(15):
        sess.run([manual, auto], {x: X, y: Y})
        if i % 5 == 0:
            print(i, "%.4g" % sess.run(loss, {x: X, y: Y}), "%.4g" % sess.run(loss2, {x: X, y: Y}))
    a, b2 = sess.run([params, params2])
    print(rnd(a[0][:, 0], 4), bool(np.allclose(a[0], b2[0], atol=1e-5)))
    print(tf.gradients(loss, [tf.constant(1.0)]), len(tf.gradients([loss, loss2], params + params2)))
