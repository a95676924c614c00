# Unpacking and iterating TF1 shapes: batch, h, w, c = x.shape; as_list; slices; zip.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 28, 28, 3], name="x")
batch, h, w, c = x.shape
print(repr(batch), repr(h), w, c.value)
_, hh, ww, cc = x.get_shape().as_list()
print(hh, ww, cc)
print([d for d in x.shape])
print([str(d) for d in x.shape])
print(list(x.shape[1:3]), x.shape[1:3])
for i, d in enumerate(x.shape):
    print(i, d, d.value is None)
print(list(zip(x.shape.as_list(), [1, 2, 3, 4])))
print(x.shape[1:].as_list(), x.shape[:-1])
print(x.shape[::2])
print(tuple(x.shape))
n = 1
for d in x.shape[1:]:
    n *= d.value
print(n)
y = tf.reshape(x, [-1, n])
print(y)
print(x.shape[1] == 28, x.shape[0] == None, x.shape[0] is None, x.shape[1] in [28])  # noqa: E711
print(x.shape.as_list().index(28))
print(max(x.shape[1:].as_list()))
print(sorted([x.shape[3], x.shape[1]], key=lambda d: d.value))
print(h == w, h is w)
print(str(tf.TensorShape([None, 28])), tf.TensorShape([None]).as_list())
