# feedable iterators via Iterator.from_string_handle and string_handle().
from prelude import tf, np, rnd

train = tf.data.Dataset.range(100).map(lambda v: v * 2)
val = tf.data.Dataset.range(3).map(lambda v: -v)
handle = tf.placeholder(tf.string, shape=[])
it = tf.data.Iterator.from_string_handle(handle, tf.data.get_output_types(train), tf.data.get_output_shapes(train))
n = it.get_next()
print(n.dtype.name, n.shape, tf.data.get_output_types(it).name)
ti = tf.data.make_one_shot_iterator(train)
vi = tf.data.make_initializable_iterator(val)
th = ti.string_handle()
vh = vi.string_handle()
print(th.dtype.name, th.shape)
with tf.Session() as sess:
    t_h, v_h = sess.run([th, vh])
    print(type(t_h).__name__)
    print([int(sess.run(n, {handle: t_h})) for _ in range(3)])
    sess.run(vi.initializer)
    print([int(sess.run(n, {handle: v_h})) for _ in range(2)])
    print(int(sess.run(n, {handle: t_h})))
    print(int(sess.run(n, {handle: v_h})))
    try:
        sess.run(n, {handle: v_h})
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
    sess.run(vi.initializer)
    print(int(sess.run(n, {handle: v_h})))
    try:
        sess.run(n, {handle: b"bogus"})
    except Exception as e:
        print(type(e).__name__)
it2 = tf.data.Iterator.from_string_handle(handle, tf.int64)
print(tf.data.get_output_shapes(it2))
