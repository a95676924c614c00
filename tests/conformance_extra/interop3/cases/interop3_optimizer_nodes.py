# Optimizer ops in a GraphDef: training op types, slot variable names, attrs like use_locking.
from prelude import tf, np

for opt in [tf.train.GradientDescentOptimizer(0.1), tf.train.MomentumOptimizer(0.1, 0.9),
            tf.train.AdamOptimizer(0.01), tf.train.RMSPropOptimizer(0.01)]:
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        loss = tf.reduce_sum(tf.square(w))
        opt.minimize(loss, name="train")
        gd = g.as_graph_def()
    train_ops = [(n.name, n.op) for n in gd.node if n.op.startswith("ResourceApply") or n.op.startswith("Apply")]
    print(type(opt).__name__, train_ops)
    print(" ", sorted(v.op.name for v in g.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)))
    n = [n for n in gd.node if (n.name, n.op) in train_ops][0]
    print(" ", sorted(n.attr.keys()), n.attr["use_locking"].b)
