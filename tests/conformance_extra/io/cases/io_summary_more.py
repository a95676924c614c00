# tensor_summary, audio, merge errors, scalar shape errors, summary names under scopes.
from prelude import tf, np, rnd

t = tf.summary.tensor_summary("tens", tf.constant([[1, 2], [3, 4]]))
print(t.name, t.op.type, t.dtype.name)
au = tf.summary.audio("snd", tf.zeros([2, 10, 1]), 8000, max_outputs=1)
print(au.name, au.op.type)
try:
    tf.summary.scalar("bad", tf.constant([1.0, 2.0]))
    print("built")
except Exception as e:
    print(type(e).__name__)
bad = tf.summary.scalar("badrun", tf.placeholder(tf.float32, None, name="p"))
with tf.Session() as sess:
    try:
        sess.run(bad, {"p:0": [1.0, 2.0]})
    except Exception as e:
        print(type(e).__name__)
    tv = sess.run(t)
    p = tf.Summary.FromString(tv).value[0]
    print(p.tag, p.WhichOneof("value"), tf.make_ndarray(p.tensor).tolist())
    av = tf.Summary.FromString(sess.run(au)).value
    print([v.tag for v in av], av[0].audio.sample_rate, av[0].audio.num_channels, av[0].audio.length_frames, av[0].audio.content_type)
with tf.name_scope("train"):
    s = tf.summary.scalar("loss/total", tf.constant(1.0))
    h = tf.summary.histogram("weights", tf.constant([1.0]))
print(s.name, h.name)
with tf.Session() as sess:
    print(tf.Summary.FromString(sess.run(s)).value[0].tag, tf.Summary.FromString(sess.run(h)).value[0].tag)
s1 = tf.summary.scalar("dup", tf.constant(1.0))
s2 = tf.summary.scalar("dup", tf.constant(2.0))
m = tf.summary.merge([s1, s2])
with tf.Session() as sess:
    try:
        sess.run(m)
    except Exception as e:
        print(type(e).__name__)
print(tf.summary.merge([]) if False else "skip")
try:
    tf.summary.merge([tf.constant(1.0)])
    print("built")
except Exception as e:
    print(type(e).__name__)
