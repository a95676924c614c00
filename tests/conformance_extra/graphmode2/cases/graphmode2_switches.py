# tf.compat forward compatibility, tf.debugging switches and tensor equality in graph mode.
from prelude import tf, np, rnd

print(tf.compat.forward_compatible(2019, 1, 1), tf.compat.forward_compatible(2030, 1, 1))
with tf.compat.forward_compatibility_horizon(2040, 1, 1):
    print(tf.compat.forward_compatible(2030, 1, 1))
print(tf.compat.forward_compatible(2030, 1, 1))
print(tf.debugging.get_log_device_placement())
print(tf.debugging.is_traceback_filtering_enabled())
tf.debugging.disable_traceback_filtering()
print(tf.debugging.is_traceback_filtering_enabled())
tf.debugging.enable_traceback_filtering()
print(tf.debugging.is_traceback_filtering_enabled())
tf.enable_tensor_equality()
a = tf.constant([1, 2])
b = tf.constant([1, 3])
print(a == b, a == a, {a: 1}[a])
tf.disable_tensor_equality()
print(a == b, a != b)
