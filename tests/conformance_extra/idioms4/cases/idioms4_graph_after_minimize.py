# Graph structure after minimize on a tiny MLP: gradient op names, op type histogram, optimizer slot/op names.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
w1 = tf.Variable(tf.ones([3, 2]), name="w1")
b1 = tf.Variable(tf.zeros([2]), name="b1")
w2 = tf.Variable(tf.ones([2, 1]), name="w2")
h = tf.nn.relu(tf.nn.bias_add(tf.matmul(x, w1), b1))
loss = tf.reduce_mean(tf.square(tf.matmul(h, w2) - y), name="loss")
opt = tf.train.GradientDescentOptimizer(0.1)
gvs = opt.compute_gradients(loss)
print([g.name for g, v in gvs])
train = opt.apply_gradients(gvs, name="train")
print(train.name, [i.name for i in train.control_inputs])
g = tf.get_default_graph()
names = [op.name for op in g.get_operations()]
print([n for n in names if n.startswith("gradients/") and "grad" in n.split("/")[1]][:30])
types = {}
for op in g.get_operations():
    types[op.type] = types.get(op.type, 0) + 1
print(sorted(types.items()))
print(g.get_operation_by_name("gradients/loss_grad/Tile").inputs[0].name)
