# partitioned variables' names, save slices, partitioners.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(3)):
    pv = tf.get_variable("w", [7, 2], initializer=tf.constant_initializer(1.0))
print(type(pv).__name__, pv.name, pv.get_shape().as_list(), len(list(pv)))
for x in pv:
    print(x.name, x.shape.as_list(), x._save_slice_info.full_name, x._save_slice_info.full_shape, x._save_slice_info.var_offset, x._save_slice_info.var_shape, x._save_slice_info.spec)
print([v.name for v in tf.global_variables()])
t("as_tensor", lambda: (tf.convert_to_tensor(pv).shape.as_list(), tf.convert_to_tensor(pv).op.type))
t("partitions", lambda: pv._get_partitions() if hasattr(pv, "_get_partitions") else None)
t("varpart", lambda: tf.variable_axis_size_partitioner(max_shard_bytes=16)(tf.TensorShape([10, 2]), tf.float32))
t("minmax", lambda: tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=8)(tf.TensorShape([10, 4]), tf.float32))
t("fixed_axis1", lambda: tf.fixed_size_partitioner(2, axis=1)(tf.TensorShape([3, 4]), tf.float32))
t("reuse", lambda: (lambda: tf.get_variable("p/w", [7, 2]))())
with tf.variable_scope("p", reuse=True, partitioner=tf.fixed_size_partitioner(3)):
    t("reuse_ok", lambda: tf.get_variable("w", [7, 2]).name)
    t("reuse_shape", lambda: tf.get_variable("w", [8, 2]))
with tf.variable_scope("q"):
    t("part_arg", lambda: [x.name for x in tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))])
    t("scalar_part", lambda: tf.get_variable("s", [], partitioner=tf.fixed_size_partitioner(2)))
sv = tf.train.Saver()
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = sv.save(s, os.path.join(os.getcwd(), "m"))
    print(tf.train.list_variables(p))
    print(rnd(s.run(tf.convert_to_tensor(pv))).__len__())
