# Bad fetches: None, ints, floats, unknown names, names without ":0",
# tensors from another graph, objects of unknown types, nested None.
from prelude import tf, np

a = tf.constant(1.0, name="a")
g2 = tf.Graph()
with g2.as_default():
    other = tf.constant(2.0, name="other")


class Thing(object):
    pass


with tf.Session() as sess:
    for f in [None, 3, 2.5, "nope:0", "nope", "a:1", other, Thing(), [a, None], {"k": None},
              "a", True, b"a:0"]:
        try:
            r = sess.run(f)
            print("ok", type(r).__name__)
        except Exception as e:
            print(type(e).__name__)
