# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Naming operations", first bullet (inline code): tf.constant(42.0,
# name="answer") creates an operation "answer" and a tensor "answer:0"; a
# second one is uniquified with "_1".
# Added: the import line, the second constant and the prints.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

answer = tf.constant(42.0, name="answer")
print(answer.op.name)  # => answer
print(answer.name)  # => answer:0
answer_again = tf.constant(42.0, name="answer")
print(answer_again.op.name)  # => answer_1
