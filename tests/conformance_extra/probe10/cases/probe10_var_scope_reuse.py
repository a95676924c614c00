# Variable scopes with reuse, AUTO_REUSE, get_variable errors, partitioners, custom getters.
from prelude import tf, np, rnd
tf.disable_v2_behavior()


def layer(x, n, name):
    with tf.variable_scope(name):
        w = tf.get_variable("w", [x.shape[1], n], initializer=tf.constant_initializer(0.1))
        b = tf.get_variable("b", [n], initializer=tf.zeros_initializer())
        return tf.matmul(x, w) + b


x = tf.placeholder(tf.float32, [None, 4])
with tf.variable_scope("net") as sc:
    y1 = layer(x, 3, "fc1")
    print(sc.name, sc.reuse, sc.original_name_scope)
with tf.variable_scope("net", reuse=True):
    y2 = layer(x, 3, "fc1")
with tf.variable_scope(sc, reuse=tf.AUTO_REUSE):
    y3 = layer(x, 3, "fc1")
    y4 = layer(x, 2, "fc2")
print(y1.name, y2.name, y3.name, y4.name)
print([v.name for v in tf.global_variables()])
for fn in [lambda: layer(x, 3, "net/fc1"), lambda: tf.get_variable("net/fc9/w", [1]) if tf.get_variable_scope().reuse else None]:
    try:
        fn()
    except ValueError as e:
        print("ValueError", str(e).split("\n")[0][:90])
with tf.variable_scope("net", reuse=True):
    try:
        tf.get_variable("nope", [1])
    except ValueError as e:
        print("ValueError", str(e).split("\n")[0][:90])
    try:
        tf.get_variable("fc1/w", [5, 5])
    except ValueError as e:
        print("ValueError", str(e).split("\n")[0][:90])
with tf.variable_scope("part", partitioner=tf.fixed_size_partitioner(2)):
    pv = tf.get_variable("pv", [6, 2], initializer=tf.ones_initializer())
print(type(pv).__name__, [v.name for v in pv], [str(v.shape) for v in pv])


def cgetter(getter, name, *args, **kw):
    v = getter(name, *args, **kw)
    return v * 2.0


with tf.variable_scope("cg", custom_getter=cgetter):
    cv = tf.get_variable("cv", [2], initializer=tf.ones_initializer())
print(cv.name, cv.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([y1, y4], {x: np.ones([1, 4])}), 4), sess.run(cv).tolist())
