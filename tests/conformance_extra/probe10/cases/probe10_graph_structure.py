# Graph structure of a small training graph: op counts by type, collections, gradient op names.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
b = tf.Variable([0.0], name="b")
y = tf.nn.sigmoid(tf.matmul(x, w) + b, name="y")
loss = tf.reduce_mean(-tf.log(y + 1e-6), name="loss")
g = tf.get_default_graph()
n0 = len(g.get_operations())
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
ops = g.get_operations()
print(n0, len(ops))
cnt = {}
for op in ops:
    cnt[op.type] = cnt.get(op.type, 0) + 1
print(sorted(cnt.items()))
print([op.name for op in ops[n0:]])
print(sorted(g.get_all_collection_keys()))
print([v.name for v in g.get_collection("variables")], [v.op.type for v in g.get_collection("trainable_variables")])
print(g.get_collection(tf.GraphKeys.TRAIN_OP), tf.get_collection("train_op"))
print([t.name for t in w.op.outputs], w.op.get_attr("shape"), w.op.get_attr("dtype"), w.op.node_def.op)
print(w.initializer.name, w.initial_value.name, w.value().name, w.read_value().op.type)
print(g.get_tensor_by_name("w:0").dtype, g.get_operation_by_name("gradients/y_grad/SigmoidGrad").type)
print(str(x.shape), x.shape.as_list(), w.shape.dims, w.get_shape()[0], type(w.get_shape()[0]).__name__)
