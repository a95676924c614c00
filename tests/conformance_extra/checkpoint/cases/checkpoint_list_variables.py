# The keys of an object-based checkpoint as tf.train.list_variables reports them.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
a = tf.Variable([[1.0, 2.0, 3.0]], name="a")
b = tf.get_variable("b", shape=[4], initializer=tf.zeros_initializer())
n = tf.Variable(3, name="n")
ckpt = tf.train.Checkpoint(first=a, second=b, count=n)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "c"), session=s)
for name, shape in tf.train.list_variables(p):
    print(name, shape)
print(rnd(tf.train.load_variable(p, "first/.ATTRIBUTES/VARIABLE_VALUE")))
print(tf.train.load_variable(p, "count/.ATTRIBUTES/VARIABLE_VALUE"))
