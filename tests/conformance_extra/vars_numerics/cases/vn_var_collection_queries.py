# Collection queries with scope regexes, local/model/moving-average variables, trainable flags.
from prelude import tf, np, rnd

with tf.variable_scope("net"):
    a = tf.get_variable("a", [1])
    with tf.variable_scope("sub"):
        b = tf.get_variable("b", [1], trainable=False)
with tf.variable_scope("network"):
    c = tf.get_variable("c", [1])
with tf.variable_scope("x.y"):
    d = tf.get_variable("d", [1])
xy = tf.get_variable("xzy", [1])
loc = tf.get_local_variable("loc", [2])
m = tf.get_variable("m", [1], collections=[tf.GraphKeys.MODEL_VARIABLES, tf.GraphKeys.GLOBAL_VARIABLES])
ema = tf.train.ExponentialMovingAverage(0.9)
upd = ema.apply([a, c])
names = lambda vs: [v.name for v in vs]
print(names(tf.global_variables()))
print(names(tf.global_variables(scope="net")))
print(names(tf.global_variables(scope="net/")))
print(names(tf.global_variables(scope="net/sub")))
print(names(tf.global_variables(scope=".*sub")))
print(names(tf.global_variables(scope="x.y")))
print(names(tf.global_variables(scope="sub")))
print(names(tf.trainable_variables(scope="net")))
print(names(tf.local_variables()), names(tf.local_variables(scope="lo")))
print(names(tf.model_variables()), names(tf.model_variables(scope="zz")))
print(names(tf.moving_average_variables()))
print(ema.average_name(a), ema.average(c).name)
print(a.trainable, b.trainable, loc.trainable, m.trainable)
print(tf.variables_initializer([]).name, tf.variables_initializer([]).name, tf.variables_initializer([], name="nothing").type)
print(tf.variables_initializer([a, c], name="two").type)
