# tf.errors classes: hierarchy, codes, constructor attributes.
from prelude import tf, np

names = ["CancelledError", "UnknownError", "InvalidArgumentError", "DeadlineExceededError", "NotFoundError",
         "AlreadyExistsError", "PermissionDeniedError", "UnauthenticatedError", "ResourceExhaustedError",
         "FailedPreconditionError", "AbortedError", "OutOfRangeError", "UnimplementedError", "InternalError",
         "UnavailableError", "DataLossError"]
for n in names:
    cls = getattr(tf.errors, n)
    e = cls(None, None, "msg " + n)
    print(n, issubclass(cls, tf.errors.OpError), issubclass(cls, Exception), e.error_code, e.message, str(e), e.op, e.node_def)
print(tf.errors.OK, tf.errors.CANCELLED, tf.errors.UNKNOWN, tf.errors.INVALID_ARGUMENT, tf.errors.NOT_FOUND,
      tf.errors.OUT_OF_RANGE, tf.errors.UNIMPLEMENTED, tf.errors.INTERNAL, tf.errors.DATA_LOSS,
      tf.errors.FAILED_PRECONDITION, tf.errors.RESOURCE_EXHAUSTED, tf.errors.UNAUTHENTICATED)
e = tf.errors.OpError(None, None, "base", tf.errors.ABORTED)
print(e.error_code, e.message, type(e).__name__)
print(tf.errors.InvalidArgumentError.__mro__[1].__name__, tf.OpError is tf.errors.OpError)
x = tf.placeholder(tf.float32, name="feed_me")
y = tf.identity(x, name="y")
with tf.Session() as sess:
    try:
        sess.run(y)
    except tf.errors.InvalidArgumentError as err:
        print(type(err).__name__, err.error_code, err.op is not None and err.op.name, "feed_me" in err.message)
        print(err.node_def is not None, "placeholder" in str(err))
    try:
        sess.run(tf.debugging.assert_equal(1, 2, message="boom"))
    except tf.errors.OpError as err:
        print(type(err).__name__, err.error_code, "boom" in err.message)
try:
    raise tf.errors.NotFoundError(None, None, "gone")
except tf.errors.OpError as err:
    print(type(err).__name__, err.message)
print(tf.errors.exception_type_from_error_code(3).__name__, tf.errors.error_code_from_exception_type(tf.errors.NotFoundError))
