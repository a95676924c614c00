# saver_def fields and op names.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
w = tf.Variable(2.0, name="w")
saver = tf.train.Saver(max_to_keep=3, keep_checkpoint_every_n_hours=2.0)
sd = saver.saver_def
print(sd.filename_tensor_name, sd.save_tensor_name, sd.restore_op_name)
print(sd.max_to_keep, sd.sharded, sd.keep_checkpoint_every_n_hours)
print(sd.version, tf.train.SaverDef.V2)
saver2 = tf.train.Saver(name="my_saver")
print(saver2.saver_def.filename_tensor_name, saver2.saver_def.restore_op_name)
print(saver2.saver_def.max_to_keep)
names = sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("save/"))
print(len(names) > 0, "save/Const" in names, "save/restore_all" in names)
print(tf.get_default_graph().get_tensor_by_name(sd.filename_tensor_name).dtype.name)
print(len(tf.get_collection(tf.GraphKeys.SAVERS)))
