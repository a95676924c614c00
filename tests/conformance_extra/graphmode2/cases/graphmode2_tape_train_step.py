# A training loop on GradientTape gradients and a TF1 optimizer.
from prelude import tf, np, rnd

w = tf.Variable([[0.5], [-0.5]], name="w")
b = tf.Variable([0.0], name="b")
x = tf.constant([[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5]])
y = tf.constant([[1.0], [2.0], [0.0]])
opt = tf.train.GradientDescentOptimizer(0.05)
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
grads = tape.gradient(loss, [w, b])
train = opt.apply_gradients(zip(grads, [w, b]))
print([g.shape for g in grads], train.type)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for _ in range(5):
        l, _ = s.run([loss, train])
    print(rnd(l), rnd(s.run([w, b])))
