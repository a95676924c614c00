# while_loop with cond inside, loop over int64/bool vars, and loop var of unknown-rank placeholder.
from prelude import tf, np, rnd

def body(i, acc, flag):
    acc = tf.cond(tf.equal(i % 2, 0), lambda: acc + i, lambda: acc - i)
    return i + 1, acc, tf.logical_not(flag)
r = tf.while_loop(lambda i, a, f: i < tf.constant(5, tf.int64), body,
                  [tf.constant(0, tf.int64), tf.constant(0, tf.int64), tf.constant(True)])
print([t.dtype.name for t in r])
p = tf.placeholder(tf.float32)
r2 = tf.while_loop(lambda v: tf.reduce_sum(v) < 100.0, lambda v: v * 2.0, [p])
print(r2.shape)
s = tf.placeholder(tf.string, [])
r3 = tf.while_loop(lambda i, s: i < 3, lambda i, s: (i + 1, tf.strings.join([s, "x"])), [0, s])
print(r3[1].dtype.name)
with tf.Session() as sess:
    print(sess.run(r))
    print(rnd(sess.run(r2, {p: [[1.0, 2.0]]})), sess.run(r3, {s: "a"}))
