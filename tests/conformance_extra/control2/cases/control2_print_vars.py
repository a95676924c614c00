# tf.Print / tf.print with variables: results pass through, ops and types.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
p = tf.Print(v, [v], message="v=")
print(p.op.type, p.dtype.name, p.shape.as_list())
pop = tf.print("value", v, output_stream="file:///dev/null")
print(pop.type)
with tf.control_dependencies([pop]):
    r = v.read_value() * 2.0


def body(i, x):
    x = tf.Print(x, [i, v], message="it")
    return i + 1, x + v


_, out = tf.while_loop(lambda i, x: i < 2, body, [0, tf.zeros([2])])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(p)), rnd(sess.run(r)), rnd(sess.run(out)))
