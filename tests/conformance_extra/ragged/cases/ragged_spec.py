# tf.RaggedTensorSpec.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

spec = tf.RaggedTensorSpec([None, None], tf.float32, 1)
print(spec)
print(spec.shape, spec.dtype, spec.ragged_rank, spec.row_splits_dtype)
print(tf.RaggedTensorSpec([2, None, None], tf.int32))
print(tf.RaggedTensorSpec.from_value(tf.ragged.constant([[1, 2], [3]])))
print(spec == tf.RaggedTensorSpec([None, None], tf.float32, 1), spec.value_type.__name__)
err(lambda: tf.RaggedTensorSpec([None, None], tf.float32, 2))
err(lambda: tf.RaggedTensorSpec(None, tf.float32))
