# global_step helpers and minimize(global_step=...) increments.
from prelude import tf, np, rnd

print(tf.train.get_global_step())
gs = tf.train.create_global_step()
print(gs.name, gs.dtype.name, gs.shape.as_list(), gs in tf.trainable_variables())
print(tf.train.get_global_step() is gs)
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_STEP)])
try:
    tf.train.create_global_step()
    print("no error")
except Exception as e:
    print(type(e).__name__)
print(tf.train.get_or_create_global_step() is gs)
w = tf.Variable(3.0, name="w")
opt = tf.train.GradientDescentOptimizer(0.5)
train = opt.minimize(w * w, global_step=gs)
print(train.name)
gsv = tf.train.global_step
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        step = sess.run(gs)
        print(step, rnd(sess.run(w)))
    print(gsv(sess, gs))
g2 = tf.Graph()
with g2.as_default():
    s = tf.Variable(0, name="global_step", trainable=False, use_resource=False)
    print(tf.train.get_global_step().name)
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, s)
    print(tf.train.get_global_step().name)
