# Keys of a checkpoint of nested modules, lists and dicts.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
class Block(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        with self.name_scope:
            self.kernel = tf.Variable([[1.0, 2.0]], name="kernel")
model = tf.Module(name="model")
model.blocks = [Block(), Block()]
model.table = {"emb": tf.Variable(tf.zeros([3, 2]), name="emb"), "none": None}
model._hidden = tf.Variable(7.0, name="hidden")
ckpt = tf.train.Checkpoint(model=model)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.write(os.path.join(d, "w"), session=s)
print(os.path.basename(p))
for name, shape in tf.train.list_variables(p):
    print(name, shape)
print(sorted(os.listdir(d)))
