# A local (non-grpc) session with ops pinned to /job:ps: InvalidArgumentError on every run, soft placement too.
from prelude import tf, np, rnd

for soft in (False, True):
    g = tf.Graph()
    with g.as_default():
        free = tf.constant(1.0, name="free")
        with tf.device("/job:ps/task:0"):
            v = tf.Variable(2.0, name="v")
    config = tf.ConfigProto(allow_soft_placement=soft)
    with tf.Session(graph=g, config=config) as sess:
        for fetch in (free, v.initializer, v):
            try:
                print(soft, sess.run(fetch))
            except Exception as e:
                print(soft, getattr(fetch, "name", None), type(e).__name__)
with tf.Graph().as_default() as g:
    with tf.device(tf.train.replica_device_setter(ps_tasks=1)):
        w = tf.Variable(1.0, name="w")
        y = w + 1
    for target_cfg in (None, tf.ConfigProto(allow_soft_placement=True)):
        with tf.Session(config=target_cfg) as sess:
            try:
                sess.run(tf.global_variables_initializer())
                print(sess.run(y))
            except Exception as e:
                print(type(e).__name__)
with tf.Graph().as_default() as g:
    with tf.device("/job:localhost/replica:0/task:0/device:CPU:0"):
        z = tf.Variable(5.0, name="z")
    with tf.device("/job:localhost/task:1"):
        q = tf.constant(1.0, name="q")
    with tf.Session() as sess:
        try:
            sess.run(z.initializer)
        except Exception as e:
            print("task1", type(e).__name__)
    with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
        try:
            sess.run(z.initializer)
            print(sess.run(z), sess.run(q))
        except Exception as e:
            print("task1 soft", type(e).__name__)
