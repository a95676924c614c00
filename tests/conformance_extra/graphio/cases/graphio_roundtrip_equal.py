# GraphDef -> import_graph_def(name='') -> as_graph_def gives back an equal proto (incl. devices, _class).
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    w = tf.constant(np.ones([3, 2], np.float32), name="w")
    n = tf.no_op(name="n")
    with tf.device("/cpu:0"), tf.control_dependencies([n]):
        y = tf.matmul(x, w, transpose_b=False, name="y")
    with tf.colocate_with(y):
        z = tf.nn.relu(y, name="z")
    m = tf.reduce_mean(z, axis=[0, 1], keepdims=True, name="m")
    s, idx = tf.unique(tf.constant([3, 3, 1]), out_idx=tf.int64, name="u")
    c = tf.cast(idx, tf.float16, name="c")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    tf.import_graph_def(gd, name="")
gd2 = h.as_graph_def()
print(len(gd.node), len(gd2.node), gd == gd2)
for a, b in zip(gd.node, gd2.node):
    if a != b:
        print("diff", a.name)
gd3 = h.as_graph_def(add_shapes=True)
with tf.Graph().as_default() as k:
    tf.import_graph_def(gd3, name="")
print(k.as_graph_def(add_shapes=True) == gd3, str(k.get_tensor_by_name("m:0").shape))
print(h.get_operation_by_name("y").node_def == g.get_operation_by_name("y").node_def)
