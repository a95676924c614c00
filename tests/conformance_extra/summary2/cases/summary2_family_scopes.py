# family argument combined with name scopes, variable scopes and repeated names: op names and tags.
from prelude import tf, np, rnd

x = tf.constant([[1.0]])
outs = []
with tf.variable_scope("vs"):
    outs.append(tf.summary.scalar("a", x[0, 0], family="F"))
    with tf.name_scope("ns"):
        outs.append(tf.summary.histogram("h", x, family="F"))
        outs.append(tf.summary.histogram("h", x, family="F"))
    outs.append(tf.summary.scalar("a", x[0, 0], family="G"))
outs.append(tf.summary.scalar("F/a", x[0, 0]))
outs.append(tf.summary.tensor_summary("t", x, family="F"))
outs.append(tf.summary.image("i", tf.zeros([1, 1, 1, 1]), family="F/G"))
outs.append(tf.summary.audio("au", tf.zeros([1, 2]), 100, family="F"))
outs.append(tf.summary.scalar("sp ace", x[0, 0], family="fa mily"))
with tf.Session() as sess:
    for t, blob in zip(outs, sess.run(outs)):
        print(t.name, [v.tag for v in tf.Summary.FromString(blob).value])
