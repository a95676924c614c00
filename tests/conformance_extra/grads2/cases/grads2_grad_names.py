# Names and op types of gradient tensors for common ops (mul+sum, matmul, add bias, sigmoid, relu, softmax xent).
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable(tf.ones([3, 2]), name="w")
b = tf.Variable(tf.zeros([2]), name="b")
v = tf.Variable(tf.ones([3]), name="v")
g0 = tf.gradients(tf.reduce_sum(x * v), v)[0]
print(g0.name, g0.op.type)
h = tf.nn.relu(tf.matmul(x, w) + b)
s = tf.sigmoid(h)
loss = tf.reduce_mean(tf.square(s - 1.0))
gw, gb, gx = tf.gradients(loss, [w, b, x])
print(gw.name, gw.op.type)
print(gb.name, gb.op.type)
print(gx.name, gx.op.type)
with tf.name_scope("outer"):
    gg = tf.gradients(loss, w, name="mygrads")[0]
print(gg.name)
gt = tf.gradients(tf.tanh(x), x)[0]
print(gt.name, gt.op.type)
ge = tf.gradients(tf.exp(x), x)[0]
print(ge.name, ge.op.type)
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/")))[:40])
