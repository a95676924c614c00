# Tensor __getitem__ forms: op types, names, shapes and values.
from prelude import tf, np

x = tf.reshape(tf.range(24), [2, 3, 4], name="x")
cases = [x[0], x[-1], x[0, 1], x[:, 1], x[..., 0], x[:, None], x[tf.newaxis], x[1:], x[::-1],
         x[:, ::2, 1:3], x[0, ..., 1], x[None, ..., None], x[:, -1, :], x[1, 2, 3]]
for t in cases:
    print(t.op.type, t.op.name, t.shape.as_list())
i = tf.constant(1)
t = x[i]
print(t.op.type, t.shape.as_list(), [u.op.type for u in t.op.inputs])
t2 = x[i:i + 1, :2]
print(t2.shape.as_list(), t2.op.name)
with tf.Session() as sess:
    for t in [x[0, 1], x[:, -1, :], x[1, 2, 3], x[::-1, 0, 0], x[0, ..., 1], x[i], x[:, i, ::3]]:
        print(sess.run(t).tolist())
try:
    x[0, 0, 0, 0]
except Exception as e:
    print(type(e).__name__)
try:
    x[5]
    print("built")
except Exception as e:
    print(type(e).__name__)
try:
    x[1.5]
except Exception as e:
    print(type(e).__name__)
with tf.name_scope("sc"):
    y = x[0]
print(y.name, [u.name for u in y.op.inputs])
p = tf.placeholder(tf.float32, [None, 5])
print(p[:, 2].shape.as_list(), p[1:3].shape.as_list(), str(p[0].shape))
