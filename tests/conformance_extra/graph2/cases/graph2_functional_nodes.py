# The nodes tf.map_fn, tf.scan, tf.foldl, tf.TensorArray, tf.cond and tf.while_loop build (v2
# control flow), with the gradient of the TensorArray ops; the while-loop gradients are left out.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    p = tf.placeholder(tf.bool, [], name="p")
    v = tf.get_variable("v", [3], initializer=tf.ones_initializer())
    r = tf.cond(p, lambda: x * v, lambda: x - 1.0)
    i, acc = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + tf.reduce_sum(r, 0)),
                           [tf.constant(0), tf.zeros([3])])
    m = tf.map_fn(lambda row: tf.reduce_sum(row), x)
    ta = tf.TensorArray(tf.float32, size=3)
    ta = ta.write(0, acc)
    st = ta.stack()
    s = tf.scan(lambda a, b: a + b, tf.range(5))
    f = tf.foldl(lambda a, b: a + b, tf.range(4))
    ta2 = tf.TensorArray(tf.float32, size=2, element_shape=[]).unstack(tf.constant([1.0, 2.0]))
    rd = ta2.read(1)
    for n in g.as_graph_def().node:
        attrs = sorted(k for k in n.attr if not k.startswith("_") or
                       k in ("_lower_using_switch_merge", "_read_only_resource_inputs",
                             "_num_original_outputs"))
        print(n.name, n.op, list(n.input), attrs)
    gm = tf.gradients(tf.reduce_sum(m), x)[0]
    print(gm.shape, [(n.name, n.op, list(n.input)) for n in g.as_graph_def().node
                     if n.name.startswith("gradients/map/TensorArray")])
    with tf.Session() as sess:
        sess.run(v.initializer)
        feed = {x: [[1, 2, 3], [4, 5, 6]], p: True}
        print(rnd(sess.run([r, acc, m, st, s, f, rd], feed)))
        print(rnd(sess.run(gm, feed)))
