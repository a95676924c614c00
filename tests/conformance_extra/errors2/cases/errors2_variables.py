# Resource variables: uninitialized reads, assign shape/dtype mismatch, get_variable misuse.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if hasattr(r, "dtype"):
            print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        else:
            print(label, "ok", type(r).__name__)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


v = tf.Variable([1.0, 2.0], name="v")
B("assign shape", lambda: v.assign([1.0, 2.0, 3.0]))
B("assign dtype int", lambda: v.assign(tf.constant([1, 2])))
B("assign python ints", lambda: v.assign([1, 2]))
B("assign float64", lambda: v.assign(tf.constant([1.0, 2.0], tf.float64)))
B("assign_add shape", lambda: v.assign_add([1.0]))
B("assign_sub string", lambda: v.assign_sub(["a", "b"]))
B("get_variable no shape", lambda: tf.get_variable("g0"))
B("get_variable shape init mismatch", lambda: tf.get_variable("g1", shape=[3], initializer=tf.constant([1.0, 2.0])))
B("get_variable const init", lambda: tf.get_variable("g2", initializer=tf.constant([1.0, 2.0])))
B("get_variable exists", lambda: tf.get_variable("g2", shape=[2]))
with tf.variable_scope("s", reuse=True):
    B("get_variable reuse missing", lambda: tf.get_variable("nope", shape=[1]))
B("get_variable int init float", lambda: tf.get_variable("g3", shape=[2], dtype=tf.int32,
                                                          initializer=tf.zeros_initializer()))
B("get_variable int default init", lambda: tf.get_variable("g4", shape=[2], dtype=tf.int32))
B("get_variable string default init", lambda: tf.get_variable("g5", shape=[2], dtype=tf.string))
B("variable None", lambda: tf.Variable(None))
B("variable shape bad", lambda: tf.Variable([1.0, 2.0], shape=[3]))
B("scatter_update oob static", lambda: tf.scatter_update(v, [5], [1.0]))
u = tf.Variable(tf.zeros([2]), name="u")
p = tf.placeholder(tf.float32, [None])
ap = v.assign(p)
vsh = tf.Variable([1.0, 2.0], shape=tf.TensorShape(None), name="vsh")
ash = vsh.assign(p)
su = tf.scatter_update(v, [5], [1.0])
with tf.Session() as sess:
    try:
        sess.run(u)
    except Exception as e:  # noqa: BLE001
        print("uninit read", type(e).__name__)
    try:
        sess.run(u.assign_add([1.0, 1.0]))
    except Exception as e:  # noqa: BLE001
        print("uninit assign_add", type(e).__name__)
    sess.run(tf.global_variables_initializer())
    for pv in [[3.0, 4.0], [1.0, 2.0, 3.0]]:
        for lab, t in [("assign", ap), ("assign unknown", ash)]:
            try:
                print(lab, rnd(sess.run(t, {p: pv})))
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
    try:
        print("scatter oob", rnd(sess.run(su)))
    except Exception as e:  # noqa: BLE001
        print("scatter oob run", type(e).__name__)
    print(sess.run(tf.report_uninitialized_variables()).tolist())
