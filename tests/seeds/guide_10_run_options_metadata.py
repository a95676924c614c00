# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text; there every `sess.run(...)` call was lost in rendering, 003
# has the complete code).
# Section "Using tf.Session.run to execute operations", the RunOptions /
# RunMetadata tracing example.
# Added: the import line only. The guide states no output; the test checks
# that one partition graph holding the MatMul and per-op step stats come back.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

y = tf.matmul([[37.0, -23.0], [1.0, 4.0]], tf.random_uniform([2, 2]))

with tf.Session() as sess:
  # Define options for the `sess.run()` call.
  options = tf.RunOptions()
  options.output_partition_graphs = True
  options.trace_level = tf.RunOptions.FULL_TRACE

  # Define a container for the returned metadata.
  metadata = tf.RunMetadata()

  sess.run(y, options=options, run_metadata=metadata)

  # Print the subgraphs that executed on each device.
  print(metadata.partition_graphs)

  # Print the timings of each operation that executed.
  print(metadata.step_stats)
