# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Creating a tf.Session", second half of the block: a remote session
# "grpc://example.org:2222" (002 prints the target as just "grpc://").
# Changed/added (marked): the import line; the address of a real server cannot
# be assumed, so an in-process server is started with
# tf.train.Server.create_local_server() and its target ("grpc://localhost:<port>")
# is used in place of "grpc://example.org:2222"; a body in place of "# ...".
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

server = tf.train.Server.create_local_server()  # added

# Create a remote session.
with tf.Session(server.target):  # changed: server.target for the address
  # ...
  print(tf.get_default_session().run(tf.constant(42)))  # added
