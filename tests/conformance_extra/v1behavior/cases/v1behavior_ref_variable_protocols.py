# Ref variable Python protocols, VariableDef names, slice assign, reads after assigns, shape rules.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def t(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as err:  # noqa: BLE001
        print(label, type(err).__name__)


v = tf.Variable([1.0, 2.0, 3.0], name="v")
i = tf.Variable(7, dtype=tf.int64, name="i")
b = tf.Variable(True, name="b")
t("repr_i", lambda: repr(i))
t("repr_b", lambda: repr(b))
t("bool", lambda: bool(v))
t("iter", lambda: list(v))
t("len", lambda: len(v))
t("eq_hash", lambda: (v == v, hash(v) == hash(v), {v: 1}[v]))
pd = v.to_proto()
t("proto", lambda: (pd.variable_name, pd.initializer_name, pd.snapshot_name, pd.initial_value_name))
t("assign_to_tensor", lambda: tf.assign(tf.constant([1.0]), [2.0]))
t("assign_to_read", lambda: tf.assign(v.value(), [2.0, 2.0, 2.0]))
t("slice_assign", lambda: (v[0:2].assign([5.0, 6.0]).name, v[0].assign(4.0).dtype))
t("sparse_read", lambda: v.sparse_read([0, 2]))
t("count_up_to_float", lambda: v.count_up_to(3))
t("assign_int_list", lambda: v.assign([1, 2, 3]).dtype)
t("validate_false", lambda: tf.Variable([1.0, 2.0], validate_shape=False, name="vf").shape)
t("validate_false_shape", lambda: tf.Variable([1.0, 2.0], validate_shape=False, shape=[None], name="vs").shape)
t("partial_init", lambda: tf.Variable(tf.placeholder(tf.float32, [None, 2]), name="pi"))
t("unknown_init", lambda: tf.Variable(tf.placeholder(tf.float32), name="ui"))
t("partial_init_shape", lambda: tf.Variable(tf.placeholder(tf.float32, [None, 2]), shape=[None, 2], name="ps"))
t("shape_arg", lambda: tf.Variable([1.0, 2.0, 3.0], shape=[None], name="sa").shape)
t("shape_arg_bad", lambda: tf.Variable([1.0, 2.0, 3.0], shape=[2], name="sb"))
t("gv_partial", lambda: tf.get_variable("gp", initializer=tf.placeholder(tf.float32, [None, 2])))
with tf.Session() as sess:
    sess.run([v.initializer, i.initializer, b.initializer])
    t("run_slice_assign", lambda: sess.run(v[0:2].assign([5.0, 6.0])).tolist())
    t("run_sparse_read", lambda: sess.run(v.sparse_read([0, 2])).tolist())
    a = v.assign_add([1.0, 1.0, 1.0])
    with tf.control_dependencies([a]):
        after = v.read_value()
        after2 = tf.identity(v)
    t("read_after", lambda: sess.run(after).tolist())
    t("identity_after", lambda: sess.run(after2).tolist())
    t("fetch_both", lambda: [x.tolist() for x in sess.run([a, after])])
    t("feed_var", lambda: sess.run(v * 2, {v: [1.0, 1.0, 1.0]}).tolist())
    t("eval_feed", lambda: v.eval(feed_dict={v: [9.0, 9.0, 9.0]}).tolist())
    t("final", lambda: (sess.run(v).tolist(), sess.run(i), sess.run(b)))
