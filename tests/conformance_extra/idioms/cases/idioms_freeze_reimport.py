# Train briefly, freeze with convert_variables_to_constants, write/read the GraphDef, re-import with a prefix.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [None, 2], name="input")
    with tf.variable_scope("layer"):
        w = tf.get_variable("w", [2, 2], initializer=tf.constant_initializer([[1.0, 0.0], [0.0, 1.0]]))
        b = tf.get_variable("b", [2], initializer=tf.constant_initializer(0.1))
    logits = tf.nn.bias_add(tf.matmul(x, w), b)
    probs = tf.nn.softmax(logits, name="output")
    label = tf.placeholder(tf.int32, [None])
    loss = tf.losses.sparse_softmax_cross_entropy(label, logits)
    train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(5):
            sess.run(train, {x: [[1.0, 2.0], [3.0, 1.0]], label: [1, 0]})
        ref = sess.run(probs, {x: [[0.5, 0.5], [2.0, -1.0]]})
        frozen = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["output"])
ops = {n.name: n.op for n in frozen.node}
print([(k, ops[k]) for k in ["input", "layer/w", "layer/b", "MatMul", "BiasAdd", "output"]])
print(any("Variable" in o for o in ops.values()), any(k.startswith("gradients") or "Sparse" in k for k in ops))
tf.train.write_graph(frozen, tmp, "frozen.pb", as_text=False)
gd = tf.GraphDef()
with open(os.path.join(tmp, "frozen.pb"), "rb") as f:
    gd.ParseFromString(f.read())
print(len(gd.node) == len(frozen.node))
with tf.Graph().as_default() as g2:
    inp, out = tf.import_graph_def(gd, return_elements=["input:0", "output:0"], name="frozen")
    print(inp.name, out.name, out.shape.as_list(), len(tf.global_variables()))
    print(g2.get_operation_by_name("frozen/layer/w").type, g2.get_operation_by_name("frozen/output").type)
    with tf.Session() as sess:
        got = sess.run(out, {inp: [[0.5, 0.5], [2.0, -1.0]]})
        print(rnd(got), np.allclose(got, ref, atol=1e-6))
