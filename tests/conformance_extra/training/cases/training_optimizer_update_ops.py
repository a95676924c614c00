# Update op types and names from apply_gradients for each optimizer.
from prelude import tf, np, rnd


def ops_of(make):
    g = tf.Graph()
    with g.as_default():
        w = tf.get_variable("w", initializer=[1.0, 2.0], use_resource=True)
        loss = tf.reduce_sum(w * w)
        opt = make()
        train = opt.minimize(loss, name="train")
        types = sorted({op.type for op in g.get_operations() if op.type.startswith("ResourceApply")
                        or op.type.startswith("Apply") or op.type.startswith("ResourceSparse")})
        names = sorted(op.name for op in g.get_operations() if op.type.startswith("ResourceApply"))
        return train.name, train.type, types, names


def ops_of_ref(make):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w", use_resource=False)
        loss = tf.reduce_sum(w * w)
        opt = make()
        train = opt.minimize(loss, name="train")
        names = sorted(op.name for op in g.get_operations() if op.type.startswith("Apply"))
        return [g.get_operation_by_name(n).type for n in names], names


for name, make in [
    ("sgd", lambda: tf.train.GradientDescentOptimizer(0.1)),
    ("mom", lambda: tf.train.MomentumOptimizer(0.1, 0.9)),
    ("adagrad", lambda: tf.train.AdagradOptimizer(0.1)),
    ("adadelta", lambda: tf.train.AdadeltaOptimizer(0.1)),
    ("adam", lambda: tf.train.AdamOptimizer(0.1)),
    ("rms", lambda: tf.train.RMSPropOptimizer(0.1)),
    ("rmsc", lambda: tf.train.RMSPropOptimizer(0.1, centered=True)),
    ("ftrl", lambda: tf.train.FtrlOptimizer(0.1)),
    ("ftrl2", lambda: tf.train.FtrlOptimizer(0.1, l2_shrinkage_regularization_strength=0.1)),
    ("pgd", lambda: tf.train.ProximalGradientDescentOptimizer(0.1)),
    ("padagrad", lambda: tf.train.ProximalAdagradOptimizer(0.1)),
]:
    print(name, ops_of(make))
    print(name, ops_of_ref(make))
