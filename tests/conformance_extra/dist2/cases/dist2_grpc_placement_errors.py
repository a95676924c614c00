# grpc session placement: unknown job, out-of-range task, GPU device, soft placement; and every-run failure.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
for dev, soft in [("/job:nojob", False), ("/job:localhost/task:3", False), ("/device:GPU:0", False),
                  ("/device:GPU:0", True), ("/job:localhost/task:0", False), ("/job:nojob", True)]:
    with tf.Graph().as_default():
        ok = tf.constant(7, name="ok")
        with tf.device(dev):
            v = tf.Variable(1.0, name="v")
        with tf.Session(server.target, config=tf.ConfigProto(allow_soft_placement=soft)) as sess:
            out = []
            for fetch in (ok, v.initializer, ok):
                try:
                    r = sess.run(fetch)
                    out.append("ok" if r is None else str(r))
                except Exception as e:
                    out.append(type(e).__name__)
            print(repr(dev), soft, out)
    tf.Session.reset(server.target)
