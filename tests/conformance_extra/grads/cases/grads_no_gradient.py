# tf.NoGradient / tf.no_gradient / NotDifferentiable with override maps, stop_gradient, identity.
from prelude import tf, np, rnd

tf.no_gradient("GradsNoGradA")
tf.NoGradient("GradsNoGradB")
tf.NotDifferentiable("GradsNoGradC")
try:
    tf.no_gradient("GradsNoGradA")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("twice", type(e).__name__)
try:
    tf.no_gradient(3)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("not str", type(e).__name__)
x = tf.constant([1.0, 2.0])
g = tf.get_default_graph()
with g.gradient_override_map({"Identity": "GradsNoGradA", "Square": "GradsNoGradB"}):
    i = tf.identity(x)
    s = tf.square(x)
print(tf.gradients(i, x), tf.gradients(s, x))
print(tf.gradients(i + s, x, unconnected_gradients="zero")[0].op.type)
sg = tf.stop_gradient(x * 2.0, name="sg")
print(sg.op.type, sg.name, tf.gradients(sg, x))
y = tf.identity(x, name="idx") * 3.0
gy = tf.gradients(y, x)[0]
print(tf.gradients(sg + x, x)[0] is not None)
for op_type in ["Shape", "Size", "Rank", "ZerosLike", "OnesLike", "Floor", "Round", "ArgMax", "Equal"]:
    pass
shp = tf.cast(tf.shape(x), tf.float32)
print(tf.gradients(shp, x), tf.gradients(tf.floor(x), x), tf.gradients(tf.round(x), x))
print(tf.gradients(tf.zeros_like(x), x), tf.gradients(tf.ones_like(x), x))
print(tf.gradients(tf.ceil(x), x), tf.gradients(tf.rint(x), x))
print(tf.gradients(tf.cast(tf.equal(x, 1.0), tf.float32), x))
with tf.Session() as sess:
    print(rnd(sess.run(gy)))
    print(rnd(sess.run(tf.gradients(sg + x, x)[0])))
