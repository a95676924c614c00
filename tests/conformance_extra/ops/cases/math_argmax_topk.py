# argmax/argmin ties and output_type, top_k with ties, sorted and k as tensor, in_top_k.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, -1.0, 2.0]])
am = tf.argmax(x, axis=1)
am32 = tf.argmin(x, axis=0, output_type=tf.int32)
values, indices = tf.nn.top_k(x, k=2)
v3, i3 = tf.math.top_k(x, k=tf.constant(3), sorted=True)
itk = tf.nn.in_top_k(x, [2, 0], 1)
print(am.dtype.name, am32.dtype.name, values.shape.as_list(), v3.shape.as_list(), indices.dtype.name)
print(values.op.name, values.op.type, itk.op.type)
with tf.Session() as sess:
    print(rnd(sess.run([am, am32, values, indices, v3, i3, itk])))
