# MLP built with get_variable + variable_scope; train tower and eval tower share weights via reuse.
from prelude import tf, np, rnd


def dense(x, n_out, name, act=None):
    with tf.variable_scope(name):
        n_in = x.get_shape().as_list()[-1]
        w = tf.get_variable("weights", [n_in, n_out], initializer=tf.constant_initializer(0.1))
        b = tf.get_variable("biases", [n_out], initializer=tf.zeros_initializer())
        out = tf.matmul(x, w) + b
        return act(out) if act else out


def model(x, reuse):
    with tf.variable_scope("mlp", reuse=reuse):
        h = dense(x, 3, "hidden1", tf.nn.relu)
        h = dense(h, 3, "hidden2", tf.nn.tanh)
        return dense(h, 1, "out")


rng = np.random.RandomState(0)
xs = rng.uniform(-1, 1, size=(16, 2)).astype(np.float32)
ys = (xs[:, :1] * 0.5 - xs[:, 1:] * 0.3).astype(np.float32)
x_train = tf.placeholder(tf.float32, [None, 2], name="x_train")
y_train = tf.placeholder(tf.float32, [None, 1], name="y_train")
x_eval = tf.placeholder(tf.float32, [None, 2], name="x_eval")
train_out = model(x_train, reuse=False)
eval_out = model(x_eval, reuse=True)
print(train_out.op.name, eval_out.op.name)
print([v.name for v in tf.trainable_variables()])
print([v.shape.as_list() for v in tf.global_variables()])
loss = tf.reduce_mean(tf.squared_difference(train_out, y_train))
train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
print([v.op.name for v in tf.global_variables()])
try:
    model(x_eval, reuse=False)
except ValueError as e:
    print("ValueError", "already exists" in str(e))
with tf.variable_scope("mlp", reuse=True):
    w1 = tf.get_variable("hidden1/weights")
print(w1.name, w1 is tf.trainable_variables()[0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(30):
        _, l = sess.run([train, loss], {x_train: xs, y_train: ys})
        if step % 10 == 0:
            print(step, rnd(l))
    a = sess.run(train_out, {x_train: xs[:3]})
    b = sess.run(eval_out, {x_eval: xs[:3]})
    print(rnd(a[:, 0]), np.allclose(a, b))
    print(rnd(sess.run(w1)))
