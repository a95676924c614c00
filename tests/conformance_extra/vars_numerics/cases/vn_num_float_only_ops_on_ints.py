# Float-only ops given integer or bool tensors: is_nan, is_inf, sqrt, exp, softmax, sigmoid: error classes.
from prelude import tf, np, rnd

i = [1, 2]
for label, fn in [("is_nan int", lambda: tf.math.is_nan(tf.constant(i))), ("is_inf int", lambda: tf.math.is_inf(tf.constant(i))),
                  ("is_finite int", lambda: tf.math.is_finite(tf.constant(i))), ("is_nan bool", lambda: tf.math.is_nan(tf.constant([True]))),
                  ("sqrt int", lambda: tf.sqrt(tf.constant(i))), ("exp int", lambda: tf.exp(tf.constant(i))), ("log int", lambda: tf.log(tf.constant(i))),
                  ("softmax int", lambda: tf.nn.softmax(tf.constant(i))), ("sigmoid int", lambda: tf.sigmoid(tf.constant(i))),
                  ("tanh int", lambda: tf.tanh(tf.constant(i))), ("floor int", lambda: tf.floor(tf.constant(i))), ("ceil int", lambda: tf.ceil(tf.constant(i))),
                  ("reciprocal int", lambda: tf.reciprocal(tf.constant(i))), ("square int", lambda: tf.square(tf.constant(i))),
                  ("is_nan f16", lambda: tf.math.is_nan(tf.constant([np.nan], tf.float16))),
                  ("is_nan bf16", lambda: tf.math.is_nan(tf.cast(tf.constant([np.nan, 1.0]), tf.bfloat16))),
                  ("is_nan f64", lambda: tf.math.is_nan(tf.constant([np.nan], tf.float64))),
                  ("relu int", lambda: tf.nn.relu(tf.constant([-1, 2]))), ("relu uint8", lambda: tf.nn.relu(tf.constant([1], tf.uint8))),
                  ("abs uint8", lambda: tf.abs(tf.constant([1], tf.uint8))), ("neg bool", lambda: tf.negative(tf.constant([True]))),
                  ("sign uint8", lambda: tf.sign(tf.constant([3], tf.uint8)))]:
    try:
        with tf.Graph().as_default(), tf.Session() as sess:
            t = fn()
            print(label, t.dtype.name, rnd(sess.run(t), 4))
    except Exception as e:
        print(label, type(e).__name__)
