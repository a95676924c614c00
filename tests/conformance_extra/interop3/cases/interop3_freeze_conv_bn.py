# Freezing a conv + fused batch norm model: node ops and attrs that TF records, and outputs.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [1, 4, 4, 1], name="img")
    k = tf.Variable(np.arange(9, dtype=np.float32).reshape(3, 3, 1, 1) / 10.0, name="k")
    y = tf.nn.conv2d(x, k, [1, 1, 1, 1], "SAME", name="conv")
    scale, offset = tf.constant([2.0]), tf.constant([0.5])
    mean, var = tf.constant([0.1]), tf.constant([4.0])
    bn, _, _ = tf.nn.fused_batch_norm(y, scale, offset, mean, var, is_training=False, name="bn")
    out = tf.nn.max_pool(bn, [1, 2, 2, 1], [1, 2, 2, 1], "VALID", name="pool")
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        frozen = tf.graph_util.convert_variables_to_constants(s, g.as_graph_def(), ["pool"])
byname = {n.name: n for n in frozen.node}
print(sorted(byname))
print(byname["bn"].op, sorted(byname["bn"].attr.keys()), round(byname["bn"].attr["epsilon"].f, 6))
print(byname["conv"].attr["padding"].s, list(byname["conv"].attr["strides"].list.i), byname["conv"].attr["data_format"].s)
print(list(byname["pool"].attr["ksize"].list.i), byname["pool"].attr["padding"].s)
with tf.Graph().as_default():
    o, = tf.import_graph_def(frozen, return_elements=["pool:0"], name="")
    with tf.Session() as s:
        print(rnd(s.run(o, {"img:0": np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1)})))
