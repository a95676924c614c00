# Variables live in the server: a value assigned in one session is seen by a later session on the same target.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    counter = tf.Variable(0, name="counter")
    inc = tf.assign_add(counter, 5)
    upd = tf.assign(v, v * 10.0)
    with tf.Session(server.target) as s1:
        s1.run(tf.global_variables_initializer())
        s1.run([upd, inc])
        print(rnd(s1.run(v)), s1.run(counter))
    with tf.Session(server.target) as s2:
        print(rnd(s2.run(v)), s2.run(counter))
        s2.run(inc)
        print(s2.run(counter))
        print(rnd(s2.run(tf.report_uninitialized_variables())))
    with tf.Session(server.target) as s3:
        print(s3.run(counter))
        print(s3.run(tf.is_variable_initialized(v)))
    with tf.Session() as local:
        try:
            local.run(v)
            print("no error")
        except Exception as e:  # noqa: BLE001
            print("local", type(e).__name__)
# A fresh graph with an op of the same name shares the server's value.
with tf.Graph().as_default():
    counter2 = tf.Variable(100, name="counter")
    with tf.Session(server.target) as s4:
        print(s4.run(counter2))
