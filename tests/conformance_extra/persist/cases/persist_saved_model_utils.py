# saved_model constants and utils: build_tensor_info (dense, sparse), get_tensor_from_tensor_info.
from prelude import tf, np, rnd

sc = tf.saved_model.signature_constants
tc = tf.saved_model.tag_constants
print(sc.DEFAULT_SERVING_SIGNATURE_DEF_KEY, sc.PREDICT_METHOD_NAME, sc.CLASSIFY_METHOD_NAME, sc.REGRESS_METHOD_NAME)
print(sc.PREDICT_INPUTS, sc.PREDICT_OUTPUTS, sc.CLASSIFY_INPUTS, sc.CLASSIFY_OUTPUT_CLASSES, sc.CLASSIFY_OUTPUT_SCORES)
print(sc.REGRESS_INPUTS, sc.REGRESS_OUTPUTS)
print(tc.SERVING, tc.TRAINING, tc.GPU, tc.TPU)
print(tf.saved_model.constants.SAVED_MODEL_FILENAME_PB, tf.saved_model.constants.VARIABLES_DIRECTORY,
      tf.saved_model.constants.VARIABLES_FILENAME, tf.saved_model.constants.ASSETS_DIRECTORY)
with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [None, 4], name="x")
    sp = tf.sparse_placeholder(tf.int64, shape=[3, 5], name="sp")
    u = tf.placeholder(tf.int32, None, name="u")
    ti = tf.saved_model.utils.build_tensor_info(x)
    print(ti.name, ti.dtype, [d.size for d in ti.tensor_shape.dim], ti.tensor_shape.unknown_rank)
    tu = tf.saved_model.utils.build_tensor_info(u)
    print(tu.name, tu.dtype, tu.tensor_shape.unknown_rank)
    ts = tf.saved_model.utils.build_tensor_info(sp)
    print(ts.WhichOneof("encoding"), ts.coo_sparse.values_tensor_name, ts.coo_sparse.indices_tensor_name,
          ts.coo_sparse.dense_shape_tensor_name, ts.dtype)
    back = tf.saved_model.utils.get_tensor_from_tensor_info(ti)
    print(back.name, back is x)
    back_sp = tf.saved_model.utils.get_tensor_from_tensor_info(ts)
    print(type(back_sp).__name__, back_sp.values.name)
    bad = tf.saved_model.utils.build_tensor_info(x)
    bad.name = "missing:0"
    try:
        tf.saved_model.utils.get_tensor_from_tensor_info(bad)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
