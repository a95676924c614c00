# Freezing a trained graph with default variables after optimizer steps; extract_sub_graph node lists.
from prelude import tf, np, rnd

with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [2], name="x")
    w = tf.Variable([1.0, 1.0], name="w")
    pred = tf.reduce_sum(x * w, name="pred")
    loss = tf.square(pred - 1.0, name="loss")
    train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
    gd = g.as_graph_def()
    sub = tf.graph_util.extract_sub_graph(gd, ["pred"])
    print(sorted((n.name, n.op) for n in sub.node))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(2):
            sess.run(train, {x: [1.0, 2.0]})
        print(rnd(sess.run(w), 4))
        frozen = tf.graph_util.convert_variables_to_constants(sess, gd, ["pred"])
print(sorted((n.name, n.op) for n in frozen.node))
print(tf.graph_util.must_run_on_cpu(frozen.node[0]) if hasattr(tf.graph_util, "must_run_on_cpu") else None)
with tf.Graph().as_default():
    tf.import_graph_def(frozen, name="")
    with tf.Session() as sess:
        print(rnd(sess.run("pred:0", {"x:0": [1.0, 2.0]}), 4))
try:
    tf.graph_util.extract_sub_graph(gd, ["missing_node"])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    tf.graph_util.extract_sub_graph(gd, "pred")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
