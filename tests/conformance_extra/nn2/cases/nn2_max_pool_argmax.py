# max_pool_with_argmax: argmax values, Targmax, include_batch_in_index, SAME padding, ties.
from prelude import tf, np, rnd

x = tf.constant(np.array([[[[1, 9], [3, 2], [0, 5]], [[4, 4], [8, 1], [6, 7]], [[2, 2], [9, 3], [1, 0]]],
                          [[[5, 5], [5, 5], [1, 1]], [[5, 5], [0, 0], [2, 3]], [[0, 9], [9, 0], [4, 4]]]],
                         np.float32))
v, a = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 1, 1, 1], "VALID")
v2, a2 = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME", Targmax=tf.int32, name="mpa")
v3, a3 = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 1, 1, 1], "VALID", include_batch_in_index=True)
for t in (v, a, v2, a2, v3, a3):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
ph = tf.placeholder(tf.float32, [None, 4, None, 2])
pv, pa = tf.nn.max_pool_with_argmax(ph, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
print(pv.shape.as_list(), pa.shape.as_list())
with tf.Session() as sess:
    r = sess.run([v, a, v2, a2, v3, a3])
    for e in r:
        print(rnd(e.tolist()))
