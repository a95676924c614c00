"""Platform helpers of the tf.compat.v1 API: tf.gfile / tf.io.gfile, tf.app, tf.flags."""
