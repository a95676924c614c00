"""The global step: an int64 scalar variable named "global_step" in the GLOBAL_STEP collection."""

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys

GLOBAL_STEP_READ_KEY = "global_step_read_op_cache"


@tf_export("train.global_step")
def global_step(sess, global_step_tensor):
    """The value of the global step as a Python int."""
    return int(sess.run(global_step_tensor))


@tf_export("train.get_global_step")
def get_global_step(graph=None):
    """The global step variable of `graph` (the default graph), or None."""
    graph = graph or context.get_default_graph()
    tensors = graph.get_collection(GraphKeys.GLOBAL_STEP)
    if len(tensors) == 1:
        step = tensors[0]
    elif not tensors:
        try:
            step = graph.get_tensor_by_name("global_step:0")
        except KeyError:
            return None
    else:
        import logging

        logging.getLogger("tensorflow").error("Multiple tensors in global_step collection.")
        return None
    assert_global_step(step)
    return step


@tf_export("train.assert_global_step")
def assert_global_step(global_step_tensor):
    from tensorweave.training.variables import Variable

    if not isinstance(global_step_tensor, (Variable, _ops.Tensor)):
        raise TypeError('Existing "global_step" must be a Variable or Tensor: %s.'
                        % global_step_tensor)
    if not global_step_tensor.dtype.base_dtype.is_integer:
        raise TypeError('Existing "global_step" does not have integer type: %s'
                        % global_step_tensor.dtype)
    shape = global_step_tensor.get_shape()
    if shape.ndims != 0 and shape.is_fully_defined():
        raise TypeError('Existing "global_step" is not scalar: %s' % shape)


@tf_export("train.create_global_step")
def create_global_step(graph=None):
    """Creates the int64 global step variable (ValueError if it exists)."""
    from tensorweave.ops import init_ops
    from tensorweave.training import variable_scope

    graph = graph or context.get_default_graph()
    if get_global_step(graph) is not None:
        raise ValueError('"global_step" already exists.')
    with graph.as_default(), graph.name_scope(None):
        return variable_scope.get_variable(
            GraphKeys.GLOBAL_STEP, shape=[], dtype=_dtypes.int64,
            initializer=init_ops.zeros_initializer(), trainable=False,
            collections=[GraphKeys.GLOBAL_VARIABLES, GraphKeys.GLOBAL_STEP])


@tf_export("train.get_or_create_global_step")
def get_or_create_global_step(graph=None):
    graph = graph or context.get_default_graph()
    step = get_global_step(graph)
    if step is None:
        step = create_global_step(graph)
    return step


def get_or_create_global_step_read(graph=None):
    """A tensor reading the global step (`global_step/add`: a copy, not the ref), or None."""
    graph = graph or context.get_default_graph()
    cached = graph.get_collection(GLOBAL_STEP_READ_KEY)
    if len(cached) == 1:
        return cached[0]
    step = get_global_step(graph)
    if step is None:
        return None
    with graph.as_default(), graph.name_scope(None), graph.name_scope(step.op.name + "/"):
        read = step + 0
    graph.add_to_collection(GLOBAL_STEP_READ_KEY, read)
    return read
