# parallel_iterations attr of While ops with variable updates; errors for bad values.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")


def body(i):
    with tf.control_dependencies([v.assign_add(i)]):
        return i + 1


r1 = tf.while_loop(lambda i: i < 5, body, [0], parallel_iterations=1)
r2 = tf.while_loop(lambda i: i < 5, body, [0], parallel_iterations=32)
print(r1.op.inputs[0].op.get_attr("parallel_iterations"), r2.op.inputs[0].op.get_attr("parallel_iterations"))
for bad in [0, -3]:
    try:
        tf.while_loop(lambda i: i < 5, body, [0], parallel_iterations=bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r1), sess.run(v))
    print(sess.run([r1, r2]), sess.run(v))
