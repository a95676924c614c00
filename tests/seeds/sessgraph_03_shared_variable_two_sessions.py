# Seed: ../shared/seeds/000_141c81067ed75026.txt ("How do `sess.graph` and
# `tf.get_default_graph()` differ in TensorFlow?"), "Example 3: Sharing
# Operations Across Sessions, Using The Default Graph As a Common Graph".
# Changed: the import line only; the `tf.compat.v1.*` spellings are kept.
# Note: the article's prose says both sessions access "the same variable"; in
# fact each session holds its own value (both print 15.0 because each added 5
# once to its own 10.0). The comparison prints True either way.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Create shared ops inside default graph
with tf.compat.v1.variable_scope("shared_scope"):
    var1 = tf.compat.v1.get_variable("shared_var", initializer = 10.0)
    add_op = tf.compat.v1.assign_add(var1,5.0)

# Create two sessions and execute an operation that references ops defined in the default graph.
sess1 = tf.compat.v1.Session()
sess2 = tf.compat.v1.Session()

# Initialize the variables for both sessions.
sess1.run(tf.compat.v1.global_variables_initializer())
sess2.run(tf.compat.v1.global_variables_initializer())

# Output initial value
print("Initial value:", sess1.run(var1))  # Output: Initial value: 10.0

# Execute add op in both sessions separately.
sess1.run(add_op)
print("Session1 Value:",sess1.run(var1)) # Output: Session1 Value: 15.0
sess2.run(add_op)
print("Session2 Value:", sess2.run(var1))  # Output: Session2 Value: 15.0

# Verify both sessions are accessing the same variable.
print(sess1.run(var1) == sess2.run(var1)) # Output: True

sess1.close()
sess2.close()
