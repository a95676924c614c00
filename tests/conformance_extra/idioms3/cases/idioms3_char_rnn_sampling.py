# Char-RNN style greedy and seeded sampling loop in tf.while_loop: tanh RNN cell, tf.multinomial per step, TensorArray of ids.
from prelude import tf, np, rnd

V, H, steps = 5, 4, 6
emb = tf.get_variable("emb", [V, H], initializer=tf.random_normal_initializer(seed=1))
Wh = tf.get_variable("Wh", [H, H], initializer=tf.random_normal_initializer(stddev=0.5, seed=2))
Wo = tf.get_variable("Wo", [H, V], initializer=tf.random_normal_initializer(seed=3))
start = tf.placeholder(tf.int32, [], name="start")
temperature = tf.placeholder_with_default(1.0, [], name="temperature")


def generate(greedy):
    def body(t, tok, h, ta):
        h = tf.tanh(tf.nn.embedding_lookup(emb, tf.reshape(tok, [1])) + tf.matmul(h, Wh))
        logits = tf.matmul(h, Wo) / temperature
        if greedy:
            nxt = tf.argmax(logits, 1, output_type=tf.int32)[0]
        else:
            nxt = tf.cast(tf.multinomial(logits, 1, seed=11)[0, 0], tf.int32)
        return t + 1, nxt, h, ta.write(t, nxt)
    ta = tf.TensorArray(tf.int32, size=steps)
    out = tf.while_loop(lambda t, *_: t < steps, body, [0, start, tf.zeros([1, H]), ta])
    return out[3].stack(), out[2]


greedy_ids, h_last = generate(True)
sampled_ids, _ = generate(False)
print(greedy_ids.dtype.name, greedy_ids.shape, h_last.shape, sampled_ids.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(greedy_ids, {start: 0}).tolist(), sess.run(greedy_ids, {start: 3}).tolist())
    print(rnd(sess.run(h_last, {start: 1}), 4))
    ids = sess.run(sampled_ids, {start: 0})
    print(ids.shape, bool(((ids >= 0) & (ids < V)).all()))
    print(sess.run(greedy_ids, {start: 2, temperature: 0.5}).tolist())
