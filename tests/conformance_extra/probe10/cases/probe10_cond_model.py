# tf.cond inside a model switching train/eval branches, gradients through it, minimize.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

is_train = tf.placeholder_with_default(True, [], name="is_train")
x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable(tf.ones([3, 2]) * 0.5, name="w")
h = tf.matmul(x, w)
out = tf.cond(is_train, lambda: tf.nn.relu(h) * 2.0, lambda: tf.nn.sigmoid(h), name="branch")
loss = tf.reduce_mean(tf.square(out - 1.0))
g = tf.gradients(loss, [w, x])
train = tf.train.MomentumOptimizer(0.05, 0.5).minimize(loss)
print(out.name, out.op.type, out.shape, [t.name for t in out.op.inputs])
types = {}
for op in tf.get_default_graph().get_operations():
    types[op.type] = types.get(op.type, 0) + 1
print(sorted((k, v) for k, v in types.items() if k in ("Switch", "Merge", "Identity", "RefSwitch")))
print([t.name for t in g], [str(t.shape) for t in g])
feed = {x: [[1.0, -1.0, 2.0], [0.5, 0.5, 0.5]]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g, feed), 4))
    for i in range(3):
        print(rnd(sess.run([loss, train], feed)[0], 5))
    feed[is_train] = False
    print(rnd(sess.run([out, loss], feed), 4))
    print(rnd(sess.run(w), 4))
