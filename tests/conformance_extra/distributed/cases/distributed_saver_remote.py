# tf.train.Saver through a grpc:// session: save on the server, restore in a local session and back.
import os
import shutil
import tempfile

from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
tmp = tempfile.mkdtemp()
try:
    with tf.Graph().as_default():
        v = tf.Variable([1.0, 2.0, 3.0], name="v")
        step = tf.Variable(7, name="step")
        saver = tf.train.Saver()
        with tf.Session(server.target) as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(tf.assign(v, [4.0, 5.0, 6.0]))
            path = saver.save(sess, os.path.join(tmp, "model"), global_step=step)
        print(os.path.basename(path))
        with tf.Session() as local:
            saver.restore(local, path)
            print(rnd(local.run(v)), local.run(step))
            local.run(tf.assign(v, [0.5, 0.5, 0.5]))
            path2 = saver.save(local, os.path.join(tmp, "local"))
        with tf.Session(server.target) as sess:
            print(rnd(sess.run(v)))
            saver.restore(sess, path2)
            print(rnd(sess.run(v)))
        with tf.Session(server.target) as sess:
            print(rnd(sess.run(v)))
            print([n for n, _ in tf.train.list_variables(path2)])
finally:
    shutil.rmtree(tmp, ignore_errors=True)
