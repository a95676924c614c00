# Collections of many kinds survive export/import: ints, floats, bytes, tensors, ops, variables, summaries.
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [], name="x")
    v = tf.Variable(1.5, name="v")
    loss = tf.square(x - v, name="loss")
    s = tf.summary.scalar("loss", loss)
    opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
    tf.add_to_collection("ints", 1)
    tf.add_to_collection("ints", 2)
    tf.add_to_collection("floats", 0.5)
    tf.add_to_collection("bytes", b"raw")
    tf.add_to_collection("mixed_tensors", x)
    tf.add_to_collection("mixed_tensors", loss)
    tf.add_to_collection(tf.GraphKeys.TRAIN_OP, opt)
    tf.add_to_collection(tf.GraphKeys.LOSSES, loss)
    mg = tf.train.export_meta_graph()
for k in sorted(mg.collection_def.keys()):
    print(k, mg.collection_def[k].WhichOneof("kind"))
with tf.Graph().as_default() as g2:
    tf.train.import_meta_graph(mg)
    print(tf.get_collection("ints"), rnd(tf.get_collection("floats")), tf.get_collection("bytes"))
    print([t.name for t in tf.get_collection("mixed_tensors")])
    print([t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
    print([o.name for o in tf.get_collection(tf.GraphKeys.TRAIN_OP)], [t.name for t in tf.get_collection(tf.GraphKeys.LOSSES)])
    print([isinstance(vv, tf.Variable) for vv in tf.global_variables()], [vv.name for vv in tf.trainable_variables()])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tf.get_collection(tf.GraphKeys.TRAIN_OP)[0], {"x:0": 2.5})
        print(rnd(sess.run(tf.global_variables()[0])))
