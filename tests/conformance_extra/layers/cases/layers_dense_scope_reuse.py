# dense inside variable scopes: reuse=True, AUTO_REUSE, the reuse= argument, and errors for a
# layer that already exists or does not exist yet.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0]])
with tf.variable_scope("net"):
    y1 = tf.layers.dense(x, 2, name="fc", kernel_initializer=tf.constant_initializer(0.5))
with tf.variable_scope("net", reuse=True):
    y2 = tf.layers.dense(x * 2.0, 2, name="fc")
print(y1.op.name, y2.op.name)
print([v.name for v in tf.global_variables()])
try:
    with tf.variable_scope("net"):
        tf.layers.dense(x, 2, name="fc")
    print("created twice")
except ValueError as e:
    print(type(e).__name__, "already exists" in str(e))
try:
    with tf.variable_scope("net", reuse=True):
        tf.layers.dense(x, 2, name="missing")
    print("missing ok")
except ValueError as e:
    print(type(e).__name__, "does not exist" in str(e))
for i in range(2):
    with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
        y3 = tf.layers.dense(x, 1, name="out", kernel_initializer=tf.ones_initializer())
    print(i, y3.op.name)
y4 = tf.layers.dense(x, 2, name="fc_top", kernel_initializer=tf.ones_initializer())
y5 = tf.layers.dense(x, 2, name="fc_top", reuse=True)
print(y4.op.name, y5.op.name)
print([v.name for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([y1, y2, y3, y4, y5])))
