# NewCheckpointReader maps, has_tensor, get_tensor.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
a = tf.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="a")
b = tf.Variable([1, 2, 3], name="scope/b", dtype=tf.int32)
c = tf.Variable(True, name="c")
d = tf.Variable(np.float64(2.5), name="d")
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, os.path.join(tmp, "ck"))
r = tf.train.NewCheckpointReader(p)
sm = r.get_variable_to_shape_map()
dm = r.get_variable_to_dtype_map()
print(sorted(sm.items()))
print(sorted((k, v.name) for k, v in dm.items()))
print(r.has_tensor("a"), r.has_tensor("zz"), r.has_tensor("scope/b"))
t = r.get_tensor("a")
print(type(t).__name__, t.dtype, rnd(t))
print(r.get_tensor("c"), r.get_tensor("d"))
try:
    r.get_tensor("zz")
except Exception as e:
    print(type(e).__name__)
print(tf.train.list_variables(tmp))
print(rnd(tf.train.load_variable(tmp, "scope/b")))
