# Default names of ops built by common public functions.
from prelude import tf, np

x = tf.constant([[1.0, -2.0], [3.0, 4.0]])
i = tf.constant([1, 2])
ts = [tf.add(x, x), tf.subtract(x, x), tf.multiply(x, x), tf.divide(x, x), tf.div(x, x), tf.truediv(x, x),
      tf.realdiv(x, x), tf.floordiv(x, x), tf.mod(x, x), tf.pow(x, x), tf.negative(x), tf.abs(x),
      tf.square(x), tf.sqrt(x), tf.exp(x), tf.log(x), tf.matmul(x, x), tf.maximum(x, x), tf.minimum(x, x),
      tf.reduce_sum(x), tf.reduce_mean(x), tf.reduce_max(x), tf.argmax(x, 1), tf.nn.relu(x),
      tf.sigmoid(x), tf.tanh(x), tf.nn.softmax(x), tf.reshape(x, [4]), tf.transpose(x), tf.expand_dims(x, 0),
      tf.squeeze(tf.expand_dims(x, 0)), tf.concat([x, x], 0), tf.stack([x, x]), tf.identity(x), tf.zeros([2]),
      tf.ones([2]), tf.fill([2], 1.0), tf.zeros_like(x), tf.ones_like(x), tf.range(3), tf.cast(x, tf.int32),
      tf.shape(x), tf.size(x), tf.rank(x), tf.gather(x, i - 1), tf.where(x > 0), tf.equal(x, x),
      tf.logical_and(x > 0, x > 1), tf.logical_not(x > 0), tf.add_n([x, x]), tf.tile(x, [1, 2]),
      tf.one_hot(i, 3), tf.clip_by_value(x, 0.0, 1.0), tf.nn.bias_add(x, [1.0, 2.0]), tf.round(x),
      tf.sign(x), tf.floor(x), tf.ceil(x), tf.reduce_prod(x), tf.reduce_any(x > 0), tf.argmin(x, 0),
      tf.scalar_mul(2.0, x), tf.math.reciprocal(x), tf.slice(x, [0, 0], [1, 1]), tf.pad(x, [[1, 1], [0, 0]]),
      tf.reverse(x, [0]), tf.matrix_transpose(x), tf.nn.l2_loss(x), tf.nn.dropout(x, rate=0.5) * 0]
for t in ts:
    print(t.op.type, t.name)
print([t.name for t in tf.split(x, 2)], [t.name for t in tf.unstack(x)])
print(tf.no_op().name, tf.group(x).name, tf.tuple([x])[0].name, tf.Print(x, [x]).name if hasattr(tf, "Print") else "")
print(tf.placeholder(tf.float32).name, tf.placeholder_with_default(1.0, []).name, tf.constant(1).name)
