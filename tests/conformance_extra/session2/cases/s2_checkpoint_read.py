# tf.train.list_variables / load_variable / NewCheckpointReader values.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
with tf.variable_scope("net"):
    w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
    b = tf.Variable([5], dtype=tf.int64, name="b")
s = tf.Variable("hi", name="s")
saver = tf.train.Saver([w, b, s])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "m")
print(tf.train.list_variables("m"))
print(tf.train.list_variables("."))
val = tf.train.load_variable("m", "net/w")
print(type(val).__name__, val.dtype, val.tolist())
val = tf.train.load_variable(".", "net/b")
print(val.dtype, val.tolist())
print(tf.train.load_variable("m", "s"))
try:
    tf.train.load_variable("m", "missing")
except Exception as e:
    print(type(e).__name__)
r = tf.train.NewCheckpointReader("m")
print(r.has_tensor("net/w"), r.has_tensor("net/x"))
print(sorted(r.get_variable_to_shape_map().items()))
print(sorted((k, v.name) for k, v in r.get_variable_to_dtype_map().items()))
