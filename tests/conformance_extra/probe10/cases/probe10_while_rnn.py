# Hand-written RNN with tf.while_loop + TensorArray, trained with Adam; graph op counts.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

T, B, H = 4, 2, 3
inputs = tf.constant(np.sin(np.arange(T * B * 2)).reshape(T, B, 2).astype(np.float32))
wx = tf.get_variable("wx", [2, H], initializer=tf.constant_initializer(0.1))
wh = tf.get_variable("wh", [H, H], initializer=tf.constant_initializer(-0.05))
ta_in = tf.TensorArray(tf.float32, size=T).unstack(inputs)
ta_out = tf.TensorArray(tf.float32, size=T)


def body(t, h, ta):
    h2 = tf.tanh(tf.matmul(ta_in.read(t), wx) + tf.matmul(h, wh))
    return t + 1, h2, ta.write(t, h2)


_, hT, ta_out = tf.while_loop(lambda t, *_: t < T, body, (tf.constant(0), tf.zeros([B, H]), ta_out))
outs = ta_out.stack()
loss = tf.reduce_sum(tf.square(outs - 0.5))
opt = tf.train.AdamOptimizer(0.05)
train = opt.minimize(loss)
print(outs.shape, hT.shape, ta_out.flow.dtype, type(ta_out).__name__)
cnt = {}
for op in tf.get_default_graph().get_operations():
    cnt[op.type] = cnt.get(op.type, 0) + 1
print(sorted((k, v) for k, v in cnt.items() if k in ("Enter", "Exit", "NextIteration", "LoopCond", "Switch", "Merge", "TensorArrayV3", "TensorArrayWriteV3", "TensorArrayReadV3", "StackV2")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(4):
        print(rnd(sess.run([loss, train])[0], 4))
    print(rnd(sess.run(wh), 4))
