# watch_accessed_variables=False: only explicitly watched variables get gradients.
from prelude import tf, np, rnd

a = tf.Variable(2.0, name="a")
b = tf.Variable(3.0, name="b")
with tf.GradientTape(watch_accessed_variables=False) as tape:
    tape.watch(b)
    y = a * a * b
print([x.name for x in tape.watched_variables()])
ga, gb = tape.gradient(y, [a, b])
print(ga, gb.name)
with tf.GradientTape(watch_accessed_variables=False) as t2:
    y2 = a * b
print(t2.watched_variables(), t2.gradient(y2, [a, b]))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(gb)))
