# linear_model naming: model and column scopes are uniquified where it is called.
from prelude import tf, np, rnd

fc = tf.feature_column
n = fc.numeric_column("n")
c = fc.categorical_column_with_identity("c", 3)
f = {"n": tf.constant([[1.0]]), "c": tf.constant([[1]])}
print(fc.linear_model(f, [n, c]).name)
with tf.variable_scope("outer"):
    print(fc.linear_model(f, [n, c]).name)
    print(fc.input_layer(f, [n]).name)
print(fc.linear_model(f, [c]).name)
with tf.name_scope("ns"):
    print(fc.linear_model(f, [c], units=2).name)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)] == [v.name for v in tf.global_variables()])
try:
    fc.linear_model(f, [fc.sequence_numeric_column("n")])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
