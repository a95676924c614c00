# get_variable with regularizer, constraint, collections, partitioner, trainable, caching_device.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

reg = lambda w: tf.reduce_sum(tf.abs(w)) * 0.5
v = tf.get_variable("v", [3], initializer=tf.constant_initializer([1.0, -2.0, 3.0]), regularizer=reg)
t("reg_coll", lambda: [x.name for x in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
t("reg_losses", lambda: [x.name for x in tf.losses.get_regularization_losses()])
t("reg_total", lambda: tf.losses.get_regularization_loss().name)
with tf.variable_scope("sc", regularizer=lambda w: tf.nn.l2_loss(w)):
    u = tf.get_variable("u", [2], initializer=tf.ones_initializer())
    u2 = tf.get_variable("u2", [2], regularizer=None, initializer=tf.constant_initializer(2.0))
t("reg_coll2", lambda: [x.name for x in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
c = tf.get_variable("c", [2], initializer=tf.constant_initializer([5.0, -5.0]), constraint=lambda x: tf.clip_by_value(x, -1.0, 1.0))
t("constraint", lambda: c.constraint is not None)
col = tf.get_variable("col", [1], collections=["mine"])
t("mine", lambda: [x.name for x in tf.get_collection("mine")])
t("col_in_global", lambda: col in tf.global_variables())
nt = tf.get_variable("nt", [1], trainable=False)
t("nt_trainable", lambda: nt in tf.trainable_variables())
p = tf.get_variable("p", [6, 2], partitioner=tf.fixed_size_partitioner(3), initializer=tf.ones_initializer())
t("p_type", lambda: type(p).__name__)
t("p_parts", lambda: [x.name for x in p])
t("p_shapes", lambda: [x.shape.as_list() for x in p])
t("p_global", lambda: [x.name for x in tf.global_variables()])
t("p_save_slice", lambda: [x._save_slice_info.spec for x in p])
t("p_full_name", lambda: p._partitions[0]._save_slice_info.full_name if hasattr(p, "_partitions") else None)
t("p_as_tensor", lambda: tf.convert_to_tensor(p).name)
t("p_len", lambda: len(p))
t("p_name", lambda: p.name)
t("p_shape", lambda: p.get_shape())
t("p_dtype", lambda: p.dtype)
mp = tf.get_variable("mp", [10, 3], partitioner=tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=32))
t("mp_parts", lambda: [x.shape.as_list() for x in mp])
vp = tf.get_variable("vp", [7, 3], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=40))
t("vp_parts", lambda: [x.shape.as_list() for x in vp])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    t("reg_val", lambda: rnd(sess.run(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))))
    t("c_val", lambda: rnd(sess.run(c)))
    t("p_val", lambda: rnd(sess.run(tf.convert_to_tensor(p))))
    t("p_gather", lambda: rnd(sess.run(tf.nn.embedding_lookup(p, [0, 5, 2]))))
t("cache_dev", lambda: tf.get_variable("cd", [1], caching_device="/cpu:0").value().device)
