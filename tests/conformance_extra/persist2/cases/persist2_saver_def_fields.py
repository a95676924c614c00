# saver_def fields for default variables, named savers and options.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
s1 = tf.train.Saver()
s2 = tf.train.Saver([v], name="mine", max_to_keep=3, keep_checkpoint_every_n_hours=2.0)
s3 = tf.train.Saver({"renamed": v}, sharded=True)
for s in (s1, s2, s3):
    d = s.saver_def
    print(d.filename_tensor_name, d.save_tensor_name, d.restore_op_name, d.max_to_keep, d.sharded,
          round(d.keep_checkpoint_every_n_hours, 3), d.version)
print(tf.train.SaverDef.V2, s1.saver_def.version == tf.train.SaverDef.V2)
print(type(s1.saver_def).__name__)
d2 = tf.train.SaverDef()
d2.CopyFrom(s2.saver_def)
s4 = tf.train.Saver(saver_def=d2)
print(s4.saver_def.filename_tensor_name, s4.saver_def.max_to_keep)
