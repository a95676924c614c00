# tf.Module: names, name scopes, variables and submodules.
from prelude import tf, np, rnd

class Dense(tf.Module):
    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        with self.name_scope:
            self.w = tf.Variable(tf.ones([n_in, n_out]), name="w")
            self.b = tf.Variable(tf.zeros([n_out]), name="b", trainable=False)
    @tf.Module.with_name_scope
    def __call__(self, x):
        return tf.nn.relu(tf.matmul(x, self.w) + self.b, name="out")

d1, d2, d3 = Dense(2, 3), Dense(3, 1), Dense(1, 1, name="head")
print(d1.name, d1.name_scope.name, d2.name, d2.name_scope.name, d3.name, d3.name_scope.name)
print(d1.w.name, d2.b.name, d3.w.name)
y = d2(d1(tf.constant([[1.0, 2.0]])))
print(y.name, y.shape, y.dtype.name)
net = tf.Module(name="net")
net.layers = [d1, d2]
net.head = d3
net.scale = tf.Variable(1.0, name="scale")
print([v.name for v in net.variables])
print([v.name for v in net.trainable_variables])
print([v.name for v in net.non_trainable_variables])
print([m.name for m in net.submodules])
print(tf.Module().name)
class MyFancyModule(tf.Module):
    pass
print(MyFancyModule().name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(y)))
