# A PartitionedVariable is not trackable itself; a list of its parts saves part by part.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
e = tf.get_variable("emb", initializer=tf.reshape(tf.range(12, dtype=tf.float32), [6, 2]),
                    partitioner=tf.fixed_size_partitioner(2))
print(type(e).__name__)
try:
    tf.train.Checkpoint(e=e)
except Exception as ex:  # noqa: BLE001
    print(type(ex).__name__)
ckpt = tf.train.Checkpoint(e=list(e))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "c"), session=s)
    for name, shape in tf.train.list_variables(p):
        print(name, shape)
    print(rnd(tf.train.load_variable(p, "e/1/.ATTRIBUTES/VARIABLE_VALUE")))
    s.run([part.assign(tf.zeros_like(part)) for part in e])
    ckpt.restore(p).run_restore_ops(s)
    print(rnd(s.run(tf.concat(list(e), 0))))
