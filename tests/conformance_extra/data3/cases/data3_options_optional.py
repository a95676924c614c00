# tf.data.Options / with_options / options(), get_next_as_optional and Optional.
from prelude import tf, np, rnd

o = tf.data.Options()
o.experimental_deterministic = False
o.experimental_optimization.map_and_batch_fusion = True
print(o.deterministic, o.experimental_optimization.map_and_batch_fusion)
ds = tf.data.Dataset.range(3).with_options(o)
print(ds._variant_tensor.op.type, ds.options().deterministic,
      tf.data.Dataset.range(3).options().deterministic)
try:
    o.not_an_option = 1
except AttributeError as e:
    print("AttributeError", e)
it = tf.data.make_initializable_iterator(ds.map(lambda x: (x, tf.cast(x, tf.float32) / 2)))
opt = tf.data.experimental.get_next_as_optional(it)
print(opt.element_spec)
print(opt.has_value().op.type, opt.has_value().dtype, [t.dtype for t in opt.get_value()])
full = tf.data.experimental.Optional.from_value({"a": 1, "b": [2.0, 3.0]})
empty = tf.data.experimental.Optional.empty(tf.TensorSpec([2], tf.int32))
with tf.Session() as sess:
    sess.run(it.initializer)
    for _ in range(4):
        has = sess.run(opt.has_value())
        print(has)
    sess.run(it.initializer)
    print(sess.run([opt.has_value(), opt.get_value()]))
    print(sess.run(full.get_value()), sess.run(empty.has_value()))
    try:
        sess.run(empty.get_value())
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError", any("does not have a value" in l for l in e.message.splitlines()))
