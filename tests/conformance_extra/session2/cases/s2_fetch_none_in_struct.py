# Fetch structures containing None, ints and empty nested structures.
from prelude import tf, np

a = tf.constant(1.0)
with tf.Session() as sess:
    for f in [(a, None), [a, [None]], {"x": None}, {"x": [a, None]},
              [a, 3], (a, "nonexistent:0"), [[]], {"x": {}}, [()]]:
        try:
            print(sess.run(f))
        except Exception as e:
            print(type(e).__name__)
