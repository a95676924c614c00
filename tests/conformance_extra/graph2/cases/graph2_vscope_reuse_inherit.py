# reuse flags are inherited by nested variable scopes; reuse=False does not undo reuse.
from prelude import tf, np

def show(tag):
    print(tag, tf.get_variable_scope().name, tf.get_variable_scope().reuse)

show("top")
with tf.variable_scope("a"):
    show("a")
    with tf.variable_scope("b", reuse=True):
        show("b")
        with tf.variable_scope("c"):
            show("c")
            with tf.variable_scope("d", reuse=False):
                show("d")
        with tf.variable_scope("e", reuse=tf.AUTO_REUSE):
            show("e")
    with tf.variable_scope("f", reuse=tf.AUTO_REUSE):
        show("f")
        with tf.variable_scope("g", reuse=False):
            show("g")
        with tf.variable_scope("h", reuse=True):
            show("h")
    show("a2")
with tf.variable_scope("r") as r:
    r.reuse_variables()
    show("r")
    with tf.variable_scope("inner"):
        show("inner")
show("after")
print(tf.AUTO_REUSE, type(tf.AUTO_REUSE).__name__)
with tf.variable_scope("r"):
    show("r_again")
