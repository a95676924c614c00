# Global step under a replica_device_setter: create/get, its ops' devices, increments via a grpc session.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_device="/job:localhost",
                                                  worker_device="/job:localhost")):
        gs = tf.train.create_global_step()
        v = tf.Variable(1.0, name="v")
        inc = tf.assign_add(gs, 1)
        step = tf.train.GradientDescentOptimizer(0.5).minimize(tf.square(v), global_step=gs)
    print(gs.name, gs.dtype.name, type(gs).__name__, tf.train.get_global_step() is gs)
    for op in tf.get_default_graph().get_operations():
        print(op.name, op.type, repr(op.device))
    try:
        tf.train.create_global_step()
    except Exception as e:
        print(type(e).__name__)
    with tf.Session(server.target, config=tf.ConfigProto(allow_soft_placement=True)) as sess:
        try:
            sess.run(tf.global_variables_initializer())
            sess.run(inc)
            sess.run(step)
            print(sess.run(gs), rnd(sess.run(v)), tf.train.global_step(sess, gs))
        except Exception as e:
            print(type(e).__name__)
