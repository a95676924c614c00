"""TensorInfo and SignatureDef protos: `tf.saved_model.utils` and `tf.saved_model.signature_def_utils`."""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes
from tensorweave.saved_model import constants


def _meta_graph_pb2():
    from tensorweave.protos import meta_graph_pb2  # protobuf loads only when used

    return meta_graph_pb2


def _is_sparse(value):
    from tensorweave.framework.sparse_tensor import SparseTensor

    return isinstance(value, SparseTensor)


@tf_export("saved_model.build_tensor_info", "saved_model.utils.build_tensor_info")
def build_tensor_info(tensor):
    """The TensorInfo proto (name or COO components, dtype, static shape) of a graph tensor."""
    from tensorweave.framework.ops import Tensor

    info = _meta_graph_pb2().TensorInfo()
    if _is_sparse(tensor):
        info.dtype = tensor.dtype.as_datatype_enum
        info.tensor_shape.CopyFrom(tensor.get_shape().as_proto())
        info.coo_sparse.values_tensor_name = tensor.values.name
        info.coo_sparse.indices_tensor_name = tensor.indices.name
        info.coo_sparse.dense_shape_tensor_name = tensor.dense_shape.name
        return info
    if not isinstance(tensor, Tensor):
        raise TypeError("build_tensor_info expects a Tensor or SparseTensor, got %r of type %s."
                        % (tensor, type(tensor).__name__))
    info.name = tensor.name
    info.dtype = tensor.dtype.as_datatype_enum
    info.tensor_shape.CopyFrom(tensor.get_shape().as_proto())
    return info


@tf_export("saved_model.get_tensor_from_tensor_info", "saved_model.utils.get_tensor_from_tensor_info")
def get_tensor_from_tensor_info(tensor_info, graph=None, import_scope=None):
    """The Tensor (or SparseTensor) of `graph` (default: the default graph) that `tensor_info`
    names, under `import_scope` when the graph was loaded with one."""
    from tensorweave.framework import context

    graph = graph if graph is not None else context.get_default_graph()

    def by_name(name):
        return graph.get_tensor_by_name(import_scope + "/" + name if import_scope else name)

    encoding = tensor_info.WhichOneof("encoding")
    if encoding == "name":
        return by_name(tensor_info.name)
    if encoding == "coo_sparse":
        from tensorweave.framework.sparse_tensor import SparseTensor

        coo = tensor_info.coo_sparse
        return SparseTensor(by_name(coo.indices_tensor_name), by_name(coo.values_tensor_name),
                            by_name(coo.dense_shape_tensor_name))
    raise ValueError("Invalid TensorInfo.encoding: %s" % encoding)


@tf_export("saved_model.build_signature_def", "saved_model.signature_def_utils.build_signature_def")
def build_signature_def(inputs=None, outputs=None, method_name=None, defaults=None):
    """A SignatureDef from dicts of TensorInfo protos, a method name and default input values."""
    sig = _meta_graph_pb2().SignatureDef()
    for key, info in (inputs or {}).items():
        sig.inputs[key].CopyFrom(info)
    for key, info in (outputs or {}).items():
        sig.outputs[key].CopyFrom(info)
    if method_name is not None:
        sig.method_name = method_name
    if defaults is not None:
        from tensorweave.framework import proto_convert

        for key, value in defaults.items():
            sig.defaults[key].CopyFrom(proto_convert.make_tensor_proto(value))
    return sig


def _infos(tensors):
    return {key: build_tensor_info(t) for key, t in tensors.items()}


@tf_export("saved_model.predict_signature_def", "saved_model.signature_def_utils.predict_signature_def")
def predict_signature_def(inputs, outputs):
    """A Predict SignatureDef from dicts of input and output tensors."""
    if not inputs:
        raise ValueError("Prediction `inputs` cannot be None or empty.")
    if not outputs:
        raise ValueError("Prediction `outputs` cannot be None or empty.")
    return build_signature_def(_infos(inputs), _infos(outputs), constants.PREDICT_METHOD_NAME)


def _dtype_enum(tensor):
    return tensor.dtype.as_datatype_enum


@tf_export("saved_model.classification_signature_def",
           "saved_model.signature_def_utils.classification_signature_def")
def classification_signature_def(examples, classes, scores):
    """A Classify SignatureDef: string `examples` in; string `classes` and/or float `scores` out."""
    if examples is None:
        raise ValueError("Classification `examples` cannot be None.")
    if examples.dtype != dtypes.string:
        raise ValueError("Classification input tensors must be of type string. Found tensors of "
                         "type %d" % _dtype_enum(examples))
    if classes is None and scores is None:
        raise ValueError("Classification `classes` and `scores` cannot both be None.")
    outputs = {}
    if classes is not None:
        if classes.dtype != dtypes.string:
            raise ValueError("Classification classes must be of type string Tensor. Found tensors "
                             "of type %d." % _dtype_enum(classes))
        outputs[constants.CLASSIFY_OUTPUT_CLASSES] = classes
    if scores is not None:
        if scores.dtype != dtypes.float32:
            raise ValueError("Classification scores must be a float Tensor.")
        outputs[constants.CLASSIFY_OUTPUT_SCORES] = scores
    return build_signature_def(_infos({constants.CLASSIFY_INPUTS: examples}), _infos(outputs),
                               constants.CLASSIFY_METHOD_NAME)


@tf_export("saved_model.regression_signature_def",
           "saved_model.signature_def_utils.regression_signature_def")
def regression_signature_def(examples, predictions):
    """A Regress SignatureDef: string `examples` in, float `predictions` out."""
    if examples is None:
        raise ValueError("Regression `examples` cannot be None.")
    if examples.dtype != dtypes.string:
        raise ValueError("Regression input tensors must be of type string. Found tensors with "
                         "type %d." % _dtype_enum(examples))
    if predictions is None:
        raise ValueError("Regression `predictions` cannot be None.")
    if predictions.dtype != dtypes.float32:
        raise ValueError("Regression output tensors must be of type float. Found tensors with "
                         "type %d." % _dtype_enum(predictions))
    return build_signature_def(_infos({constants.REGRESS_INPUTS: examples}),
                               _infos({constants.REGRESS_OUTPUTS: predictions}),
                               constants.REGRESS_METHOD_NAME)


def _has_dtype(info, dtype):
    return info.dtype == dtype.as_datatype_enum


@tf_export("saved_model.is_valid_signature", "saved_model.signature_def_utils.is_valid_signature")
def is_valid_signature(signature_def):
    """Whether `signature_def` is a well-formed Predict, Classify or Regress signature."""
    if not signature_def:
        return False
    method = signature_def.method_name
    inputs, outputs = signature_def.inputs, signature_def.outputs
    if method == constants.PREDICT_METHOD_NAME:
        return bool(inputs) and bool(outputs)
    if method == constants.CLASSIFY_METHOD_NAME:
        if set(inputs) != {constants.CLASSIFY_INPUTS} or \
                not _has_dtype(inputs[constants.CLASSIFY_INPUTS], dtypes.string):
            return False
        allowed = {constants.CLASSIFY_OUTPUT_CLASSES: dtypes.string,
                   constants.CLASSIFY_OUTPUT_SCORES: dtypes.float32}
        return bool(outputs) and all(k in allowed and _has_dtype(v, allowed[k])
                                     for k, v in outputs.items())
    if method == constants.REGRESS_METHOD_NAME:
        return (set(inputs) == {constants.REGRESS_INPUTS} and set(outputs) == {constants.REGRESS_OUTPUTS}
                and _has_dtype(inputs[constants.REGRESS_INPUTS], dtypes.string)
                and _has_dtype(outputs[constants.REGRESS_OUTPUTS], dtypes.float32))
    return False
