# tf.autograph in graph mode: do_not_convert, Feature, set_verbosity, set_loop_options.
from prelude import tf, np, rnd

f = tf.autograph.experimental.do_not_convert(lambda v: v + 1)
print(f(1))


@tf.autograph.experimental.do_not_convert
def double(v):
    return v * 2


print(double(3), double.__name__)
x = tf.constant([1.0, 2.0])
with tf.Session() as s:
    print(rnd(s.run(double(x))))
print(tf.autograph.experimental.Feature.ALL, tf.autograph.experimental.Feature.LISTS.value)
print(len(list(tf.autograph.experimental.Feature)))
print(tf.autograph.set_verbosity(0), tf.autograph.experimental.set_loop_options(maximum_iterations=3))
tf.autograph.trace("traced", 1)
