# conv2d/conv1d on inputs of the wrong rank or unknown channels, and bad arguments.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        out = fn()
        print(label, "ok", out.shape.as_list())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__)


attempt("rank3", lambda: tf.layers.conv2d(tf.zeros([2, 5, 5]), 2, 3))
attempt("rank5", lambda: tf.layers.conv2d(tf.zeros([1, 2, 5, 5, 1]), 2, 3))
attempt("nochannels", lambda: tf.layers.conv2d(tf.placeholder(tf.float32, [1, 5, 5, None]), 2, 3))
attempt("badpadding", lambda: tf.layers.conv2d(tf.zeros([1, 5, 5, 1]), 2, 3, padding="full"))
attempt("badformat", lambda: tf.layers.conv2d(tf.zeros([1, 5, 5, 1]), 2, 3,
                                              data_format="NHWC"))
attempt("badkernel", lambda: tf.layers.conv2d(tf.zeros([1, 5, 5, 1]), 2, (3, 3, 3)))
attempt("conv1d_rank4", lambda: tf.layers.conv1d(tf.zeros([1, 5, 5, 1]), 2, 3))
attempt("too_small", lambda: tf.layers.conv2d(tf.zeros([1, 2, 2, 1]), 2, 3))
print([v.name for v in tf.global_variables()])
