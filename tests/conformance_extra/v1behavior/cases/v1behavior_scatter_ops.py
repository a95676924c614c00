# State ops on ref variables: scatter_* and scatter_nd_* results, dtypes, names and values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable([1.0, 2.0, 3.0, 4.0], name="v")
ops = [tf.scatter_sub(v, [0], [1.0]), tf.scatter_mul(v, [1, 2], [2.0, 3.0]),
       tf.scatter_div(v, [3], [2.0]), tf.scatter_max(v, [0], [10.0]),
       tf.scatter_min(v, [1], [0.0]), tf.scatter_nd_update(v, [[2]], [7.0]),
       tf.scatter_nd_add(v, [[0], [3]], [1.0, 1.0]), tf.scatter_nd_sub(v, [[1]], [5.0])]
for o in ops:
    print(o.name, o.op.type, o.dtype, o.shape)
m = tf.Variable(tf.zeros([3, 2]), name="m")
su = tf.scatter_update(m, [2, 0], [[1.0, 2.0], [3.0, 4.0]])
print(su.shape, su.dtype)
try:
    tf.scatter_update(m, [0], [[1.0, 2.0, 3.0]])
except Exception as e:  # noqa: BLE001
    print("bad updates", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for o in ops:
        print(rnd(sess.run(o), 4))
    print(sess.run(su).tolist())
    try:
        sess.run(tf.scatter_update(v, [9], [1.0]))
    except Exception as e:  # noqa: BLE001
        print("oob", type(e).__name__)
