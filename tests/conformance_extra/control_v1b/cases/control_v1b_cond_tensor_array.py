# TensorArrays as v1 cond outputs, foldr without initializer, dynamic arrays of ragged elements.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [2], name="x")
p = tf.placeholder(tf.bool, [], name="p")
ta = tf.TensorArray(tf.float32, size=2)
t2 = tf.cond(p, lambda: ta.write(0, x).write(1, x * 2.0), lambda: ta.write(0, -x).write(1, x))
s = t2.stack()
g = tf.gradients(tf.reduce_sum(s * s), x)
fr = tf.foldr(lambda a, e: a - e, tf.reshape(tf.range(6.0), [3, 2]))
d = tf.TensorArray(tf.float32, size=1, dynamic_size=True, infer_shape=False)
d = d.write(0, x).write(2, x[:1])
print(t2.flow, s, g, fr, d.size(), d.concat())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [str(o.shape) for o in op.outputs])
with tf.Session() as sess:
    print(sess.run([s, g], {x: [1.0, 2.0], p: True}), sess.run([s, g], {x: [1.0, 2.0], p: False}), sess.run(fr))
    try:
        print(sess.run([d.size(), d.concat()], {x: [1.0, 2.0]}))
    except Exception as e:
        print(type(e).__name__)  # TF fails on the unwritten index 1 of unknown shape
