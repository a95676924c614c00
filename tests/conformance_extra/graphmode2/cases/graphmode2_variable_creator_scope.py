# tf.variable_creator_scope: creators see every tf.Variable / get_variable, innermost first.
from prelude import tf, np, rnd

log = []


def creator(next_creator, **kwargs):
    log.append((kwargs.get("name"), kwargs.get("trainable"), sorted(kwargs)))
    kwargs["trainable"] = False
    return next_creator(**kwargs)


def renamer(next_creator, **kwargs):
    kwargs["name"] = "renamed_" + (kwargs.get("name") or "x")
    return next_creator(**kwargs)


with tf.variable_creator_scope(creator):
    v = tf.Variable(1.0, name="v")
    w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
    with tf.variable_creator_scope(renamer):
        u = tf.Variable(2.0, name="u")
for entry in log:
    print(entry)
print(v.name, v.trainable, w.name, w.trainable, u.name, type(v).__name__)
print([x.name for x in tf.trainable_variables()], [x.name for x in tf.global_variables()])
z = tf.Variable(3.0, name="z")
print(len(log), z.trainable)
with tf.variable_creator_scope(lambda next_creator, **kw: 5):
    print(tf.Variable(1.0))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([v, w, u, z])))
