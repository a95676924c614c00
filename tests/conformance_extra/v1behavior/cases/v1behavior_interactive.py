# InteractiveSession with ref variables: eval(), run(), assign through eval.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
sess = tf.InteractiveSession()
v = tf.Variable(tf.ones([2, 2]), name="v")
x = tf.placeholder(tf.float32, [None, 2])
y = tf.matmul(x, v)
print(y)
tf.global_variables_initializer().run()
print(v.eval().tolist())
print(y.eval({x: [[1.0, 2.0]]}).tolist())
print(tf.assign_add(v, tf.ones([2, 2])).eval().tolist())
v.assign(tf.zeros([2, 2])).op.run()
print(v.eval().tolist())
v.initializer.run()
print(v.eval().tolist(), v.value().eval().tolist())
print(tf.get_default_session() is sess)
sess.close()
