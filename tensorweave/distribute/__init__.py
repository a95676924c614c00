"""Distributed execution: grpc:// sessions and the master service of tf.train.Server.

Nothing here is imported by `import tensorweave`; grpcio is imported only when a server or a
grpc:// session is created.
"""
