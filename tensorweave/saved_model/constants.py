"""SavedModel constants: file names, collection keys, tags and signature keys (TF's values)."""

from tensorweave._api import tf_export_value


def _export(value, *names):
    for name in names:
        tf_export_value(name, value)
    return value


# -- layout and collection keys
ASSETS_DIRECTORY = _export("assets", "saved_model.constants.ASSETS_DIRECTORY",
                           "saved_model.ASSETS_DIRECTORY")
ASSETS_KEY = _export("saved_model_assets", "saved_model.constants.ASSETS_KEY",
                     "saved_model.ASSETS_KEY")
DEBUG_DIRECTORY = _export("debug", "saved_model.constants.DEBUG_DIRECTORY",
                          "saved_model.DEBUG_DIRECTORY")
DEBUG_INFO_FILENAME_PB = _export("saved_model_debug_info.pb",
                                 "saved_model.constants.DEBUG_INFO_FILENAME_PB",
                                 "saved_model.DEBUG_INFO_FILENAME_PB")
LEGACY_INIT_OP_KEY = _export("legacy_init_op", "saved_model.constants.LEGACY_INIT_OP_KEY",
                             "saved_model.LEGACY_INIT_OP_KEY")
MAIN_OP_KEY = _export("saved_model_main_op", "saved_model.constants.MAIN_OP_KEY",
                      "saved_model.MAIN_OP_KEY")
SAVED_MODEL_FILENAME_PB = _export("saved_model.pb", "saved_model.constants.SAVED_MODEL_FILENAME_PB",
                                  "saved_model.SAVED_MODEL_FILENAME_PB")
SAVED_MODEL_FILENAME_PBTXT = _export("saved_model.pbtxt",
                                     "saved_model.constants.SAVED_MODEL_FILENAME_PBTXT",
                                     "saved_model.SAVED_MODEL_FILENAME_PBTXT")
SAVED_MODEL_SCHEMA_VERSION = _export(1, "saved_model.constants.SAVED_MODEL_SCHEMA_VERSION",
                                     "saved_model.SAVED_MODEL_SCHEMA_VERSION")
VARIABLES_DIRECTORY = _export("variables", "saved_model.constants.VARIABLES_DIRECTORY",
                              "saved_model.VARIABLES_DIRECTORY")
VARIABLES_FILENAME = _export("variables", "saved_model.constants.VARIABLES_FILENAME",
                             "saved_model.VARIABLES_FILENAME")
# Written by TF2's builder: the init op as the only output of this reserved signature.
INIT_OP_SIGNATURE_KEY = "__saved_model_init_op"
TRAIN_OP_SIGNATURE_KEY = "__saved_model_train_op"
ASSET_FILE_DEF_TYPE_URL = "type.googleapis.com/tensorflow.AssetFileDef"

# -- tags
SERVING = _export("serve", "saved_model.tag_constants.SERVING", "saved_model.SERVING")
TRAINING = _export("train", "saved_model.tag_constants.TRAINING", "saved_model.TRAINING")
GPU = _export("gpu", "saved_model.tag_constants.GPU", "saved_model.GPU")
TPU = _export("tpu", "saved_model.tag_constants.TPU", "saved_model.TPU")

# -- signature keys and method names
_SIG = "saved_model.signature_constants."
DEFAULT_SERVING_SIGNATURE_DEF_KEY = _export("serving_default", _SIG + "DEFAULT_SERVING_SIGNATURE_DEF_KEY",
                                            "saved_model.DEFAULT_SERVING_SIGNATURE_DEF_KEY")
CLASSIFY_INPUTS = _export("inputs", _SIG + "CLASSIFY_INPUTS", "saved_model.CLASSIFY_INPUTS")
CLASSIFY_METHOD_NAME = _export("tensorflow/serving/classify", _SIG + "CLASSIFY_METHOD_NAME",
                               "saved_model.CLASSIFY_METHOD_NAME")
CLASSIFY_OUTPUT_CLASSES = _export("classes", _SIG + "CLASSIFY_OUTPUT_CLASSES",
                                  "saved_model.CLASSIFY_OUTPUT_CLASSES")
CLASSIFY_OUTPUT_SCORES = _export("scores", _SIG + "CLASSIFY_OUTPUT_SCORES",
                                 "saved_model.CLASSIFY_OUTPUT_SCORES")
PREDICT_INPUTS = _export("inputs", _SIG + "PREDICT_INPUTS", "saved_model.PREDICT_INPUTS")
PREDICT_METHOD_NAME = _export("tensorflow/serving/predict", _SIG + "PREDICT_METHOD_NAME",
                              "saved_model.PREDICT_METHOD_NAME")
PREDICT_OUTPUTS = _export("outputs", _SIG + "PREDICT_OUTPUTS", "saved_model.PREDICT_OUTPUTS")
REGRESS_INPUTS = _export("inputs", _SIG + "REGRESS_INPUTS", "saved_model.REGRESS_INPUTS")
REGRESS_METHOD_NAME = _export("tensorflow/serving/regress", _SIG + "REGRESS_METHOD_NAME",
                              "saved_model.REGRESS_METHOD_NAME")
REGRESS_OUTPUTS = _export("outputs", _SIG + "REGRESS_OUTPUTS", "saved_model.REGRESS_OUTPUTS")
