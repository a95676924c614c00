# tf.Variable attributes: name, op name, dtype, shape, trainable, graph,
# device, initial_value, initialized_value, collections membership, repr parts.
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0]], name="weights")
w = tf.Variable(5, trainable=False, name="w")
u = tf.Variable(3.0)
u2 = tf.Variable(4.0)
print(v.name, v.op.name, u.name, u2.name, w.name)
print(v.dtype.name, w.dtype.name, v.shape.as_list(), w.shape.as_list())
print(v.trainable, w.trainable, v.graph is tf.get_default_graph(), repr(v.device))
print(v.initial_value.name.startswith("weights/"), v.initializer.name)
print(v in tf.trainable_variables(), w in tf.trainable_variables(), w in tf.global_variables())
print([x.name for x in tf.global_variables()])
print(len(tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)),
      len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)))
x = tf.Variable(v.initial_value * 2.0, name="x")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(x)), rnd(sess.run(v.initial_value)))
print(str(v.get_shape()), v.shape.ndims)
t = tf.convert_to_tensor(v)
print(t.dtype.base_dtype.name, t.shape.as_list())
print(tf.Variable(1.0, dtype=tf.float16).dtype.name, tf.Variable([1, 2], dtype=tf.int64).dtype.name)
print(tf.Variable(np.zeros([2, 2], np.float32)).shape.as_list())
