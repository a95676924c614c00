# while_loop over nested namedtuples and tuples; output structure and shapes.
import collections
from prelude import tf, np, rnd

State = collections.namedtuple("State", ["step", "acc", "pair"])
s0 = State(tf.constant(0), tf.zeros([2]), (tf.constant(1.0), tf.constant([1, 1])))


def body(s):
    a, b = s.pair
    return [State(s.step + 1, s.acc + tf.cast(s.step, tf.float32), (a * 2.0, b + s.step))]


out = tf.while_loop(lambda s: s.step < 4, body, [s0])
print(type(out).__name__, type(out[0]).__name__ if isinstance(out, list) else "",
      type((out[0] if isinstance(out, list) else out).pair).__name__)
st = out[0] if isinstance(out, list) else out
print(st.acc.shape.as_list(), st.pair[1].shape.as_list(), st.pair[1].dtype.name)
try:
    tf.while_loop(lambda s: s.step < 2, lambda s: State(s.step + 1, s.acc, s.pair), [s0])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bare namedtuple", type(e).__name__)
o2 = tf.while_loop(lambda s: s.step < 2, lambda s: [State(s.step + 1, s.acc, s.pair)], [s0])[0]
print(type(o2).__name__)
t = tf.while_loop(lambda a, bc: a < 3, lambda a, bc: (a + 1, (bc[0] + a, [bc[1][0] * 2])),
                  (tf.constant(0), (tf.constant(0), [tf.constant(1.0)])))
print(type(t).__name__, type(t[1]).__name__, type(t[1][1]).__name__)
with tf.Session() as sess:
    r = sess.run(st)
    print(type(r).__name__, r.step, rnd(r.acc), rnd(r.pair[0]), r.pair[1].tolist())
    print(sess.run(o2.step), rnd(sess.run(t)))
