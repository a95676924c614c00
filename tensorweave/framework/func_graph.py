"""FuncGraph: the body of a function (a tf.cond branch, a tf.while_loop cond or body).

A FuncGraph is a Graph built by a Python function. Its `inputs` are Placeholders: first the
function's arguments, then one per *capture*. Building an op in a FuncGraph from a tensor of an
enclosing graph captures that tensor: the op gets a placeholder of the FuncGraph instead, and
`captures` records (outer tensor, placeholder) so that the op calling the function (If, While)
passes the outer value in. Reading a variable (an Identity of a ref tensor, e.g. `v/read`) is
captured as the variable's ref and re-read inside, so a loop body sees the variable's current
value, as TF's resource variables do. `control_outputs` holds the ops with side effects built
inside: the session runs them whenever the function runs, even when no output depends on them.

Hooks elsewhere: `ops.get_graph_from_inputs` sends ops whose inputs come from enclosing graphs
into the default FuncGraph, and `op_def._create` calls `FuncGraph.capture` for them.
"""

from tensorweave.framework import context
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import Graph


def _has_side_effects(op):
    """Stateful ops and ops writing through a reference input (Assign, ScatterAdd, ...)."""
    op_def = op._op_def
    if op_def is None:
        return False
    if op_def.is_stateful:
        return True
    if getattr(op_def, "forwards_refs", False):  # If/While: only their bodies decide
        return False
    return any(arg.is_ref for arg in op_def.input_args)


def _root_graph(graph):
    while isinstance(graph, FuncGraph):
        graph = graph.outer_graph
    return graph


def unique_function_name(graph, base):
    """A function name unused in the library of `graph`'s outermost graph."""
    root = _root_graph(graph)
    n = getattr(root, "_function_name_counter", 0) + 1
    root._function_name_counter = n
    base = "".join(c if c.isalnum() or c == "_" else "_" for c in base) or "fn"
    return "%s_%d" % (base, n)


def _variable_ref_of_read(t):
    """The ref tensor `t` reads when `t` is an Identity of a variable reference, else None."""
    op = t._op
    if op._type == "Identity" and op._inputs and op._inputs[0]._dtype._is_ref_dtype:
        return op._inputs[0]
    return None


class FuncGraph(Graph):
    """A graph holding a function body; see the module docstring."""

    def __init__(self, name, outer_graph=None, refs_as_values=False):
        super().__init__()
        outer = outer_graph if outer_graph is not None else context.get_default_graph()
        self.name = name
        self.outer_graph = outer
        self.inputs = []
        self.outputs = []
        self.structured_outputs = None
        self.control_outputs = []
        self.control_captures = []  # ops of enclosing graphs named in control_dependencies
        self._captures = {}  # outer tensor -> tensor standing for it here
        self._capture_list = []  # (outer tensor, placeholder) in capture order
        self._building_function = True
        self._record_side_effects = True
        # A control flow v2 body (tf.cond, tf.while_loop): a captured ref tensor arrives as its
        # value, so an op writing through it (Assign, AssignAdd, ...) is refused, as in TF 2.x.
        self._refs_as_values = refs_as_values
        self._seed = outer.seed
        # cond/while bodies share the collections of the graph they are built in (as in TF).
        self._collections = outer._collections
        self._variable_store = outer._variable_store
        mine, theirs = self._scopes, outer._scopes
        mine.device_stack = list(theirs.device_stack)
        mine.device_cache = theirs.device_cache

    # ---------------------------------------------------------------- captures
    @property
    def captures(self):
        """(outer tensor, placeholder) pairs, in the order the placeholders were added."""
        return list(self._capture_list)

    @property
    def external_captures(self):
        return [outer for outer, _ in self._capture_list]

    @property
    def internal_captures(self):
        return [inner for _, inner in self._capture_list]

    def encloses(self, graph):
        """Whether `graph` is this graph or one it is (transitively) built in."""
        g = self
        while g is not None:
            if g is graph:
                return True
            g = getattr(g, "outer_graph", None)
        return False

    def capture(self, tensor):
        """The tensor of this graph standing for `tensor` of an enclosing graph."""
        inner = self._captures.get(tensor)
        if inner is not None:
            return inner
        g = tensor._op._graph
        if g is self:
            return tensor
        if not self.encloses(g):
            raise ValueError("%s must be from the same graph as the op's other inputs (or from a "
                             "graph enclosing the function being built)." % tensor)
        outer_t = tensor if g is self.outer_graph else self.outer_graph.capture(tensor)
        ref = _variable_ref_of_read(outer_t)
        if ref is not None:
            inner = self._read_in_body(self.add_capture(ref))
        elif self._refs_as_values and outer_t._dtype._is_ref_dtype:
            inner = self._read_in_body(self.add_capture(outer_t))
        else:
            inner = self.add_capture(outer_t)
        self._captures[tensor] = inner
        self._captures[outer_t] = inner
        return inner

    def add_capture(self, outer_tensor):
        """A placeholder input for `outer_tensor` (a tensor of `outer_graph`), made once."""
        for outer, inner in self._capture_list:
            if outer is outer_tensor:
                return inner
        from tensorweave.framework.op_def import apply_op

        scopes = self._scopes
        saved = scopes.control_stack, scopes.colocation_stack
        scopes.control_stack, scopes.colocation_stack = [], []
        try:
            name = outer_tensor._op._name.rsplit("/", 1)[-1]
            ph = apply_op("Placeholder", [], {"dtype": outer_tensor._dtype, "shape": outer_tensor._shape},
                          name=name, graph=self)
        finally:
            scopes.control_stack, scopes.colocation_stack = saved
        self.inputs.append(ph)
        self._capture_list.append((outer_tensor, ph))
        self._captures.setdefault(outer_tensor, ph)
        return ph

    def _read_in_body(self, ref_placeholder):
        from tensorweave.framework.op_def import apply_op

        scopes = self._scopes
        saved = scopes.control_stack
        scopes.control_stack = []
        try:
            return apply_op("Identity", [ref_placeholder], {}, name="read", graph=self)
        finally:
            scopes.control_stack = saved

    def _graph_for_inputs(self, values, graph=None):
        """Hook of `ops.get_graph_from_inputs`: inputs from enclosing graphs build here."""
        if graph is not None and graph is not self:
            return None
        for v in values:
            g = _ops._graph_of(v)
            if g is not None and not self.encloses(g):
                raise ValueError("%s must be from the same graph as other inputs." % _ops._describe(v))
        return self

    # ------------------------------------------------------------- op creation
    def _add_op(self, op):
        if self._refs_as_values:
            _check_ref_inputs(op)
        super()._add_op(op)
        if self._record_side_effects and _has_side_effects(op):
            self.control_outputs.append(op)

    def control_dependencies(self, control_inputs):
        """Control inputs from enclosing graphs become control inputs of the calling op."""
        if control_inputs is None:
            return super().control_dependencies(None)
        local = []
        for c in control_inputs:
            op = _op_of(c)
            g = None if op is None else op._graph
            if g is not None and g is not self and self.encloses(g):
                self._add_control_capture(op)
            else:
                local.append(c)
        return super().control_dependencies(local)

    def _add_control_capture(self, op):
        if op._graph is not self.outer_graph:
            self.outer_graph._add_control_capture(op)
            return
        if op not in self.control_captures:
            self.control_captures.append(op)

    def __repr__(self):
        return "<tensorweave.FuncGraph '%s' at 0x%x>" % (self.name, id(self))


def _check_ref_inputs(op):
    """TypeError, as TF's op construction gives, when a ref input of `op` got a value."""
    op_def = op._op_def
    if op_def is None or getattr(op_def, "forwards_refs", False):
        return
    args = op_def.input_args
    if len(args) != len(op._inputs) or not any(a.is_ref for a in args):
        return
    if all(t._dtype._is_ref_dtype for a, t in zip(args, op._inputs) if a.is_ref):
        return
    for t in op._inputs:
        if op in t._consumers:
            t._consumers.remove(op)
    given = ", ".join("tf.%s" % t._dtype.name for t in op._inputs)
    wanted = ", ".join("tf.%s%s" % (t._dtype.base_dtype.name, "_ref" if a.is_ref else "")
                       for a, t in zip(args, op._inputs))
    raise TypeError("In op '%s', input types ([%s]) are not compatible with expected types ([%s]): "
                    "a tf.cond/tf.while_loop body (control flow v2) captures a ref variable by value "
                    "and cannot assign to it; use resource variables, or tf.disable_control_flow_v2()."
                    % (op.type, given, wanted))


def _op_of(c):
    if isinstance(c, _ops.Operation):
        return c
    if isinstance(c, _ops.Tensor):
        return c._op
    op = getattr(c, "op", None)
    return op if isinstance(op, _ops.Operation) else None


def func_graph_from_py_func(name, python_func, arg_specs=(), outer_graph=None, op_return_value=None,
                            convert_outputs=True, refs_as_values=False):
    """Builds a FuncGraph by calling `python_func` on placeholders for `arg_specs`.

    `arg_specs` holds (dtype, shape, name) per argument. Returns (func_graph, arg placeholders,
    structured result). `outputs` are the flattened result converted to tensors of the graph
    (Python values become constants, captured tensors their placeholders, Operations become
    `op_return_value` under a control dependency, as TF does); None leaves are dropped.
    `refs_as_values`: see `FuncGraph._refs_as_values`.
    """
    from tensorweave.framework import nest
    from tensorweave.framework.op_def import apply_op

    fg = FuncGraph(name, outer_graph, refs_as_values)
    with fg.as_default():
        args = []
        for dtype, shape, arg_name in arg_specs:
            args.append(apply_op("Placeholder", [], {"dtype": dtype, "shape": shape}, name=arg_name))
        fg.inputs = list(args)
        result = python_func(*args)
        if convert_outputs:
            flat = []
            for x in nest.flatten(result):
                if x is None:
                    continue
                flat.append(as_output(fg, x, op_return_value))
            fg.outputs = flat
        fg.structured_outputs = result
    # captures made while building went after the arguments
    return fg, args, result


def as_output(fg, x, op_return_value=None):
    """`x` (a tensor, variable, Python value or Operation) as a non-ref tensor of `fg`."""
    from tensorweave.framework.op_def import apply_op

    if isinstance(x, _ops.Operation):
        if op_return_value is None:
            raise TypeError("To be compatible with tf.function, Python functions must return zero or "
                            "more Tensors or ExtensionTypes or None values; found return value of "
                            "type Operation, which is not a Tensor or ExtensionType.")
        with fg.control_dependencies([x]):
            return apply_op("Identity", [op_return_value], {})
    if isinstance(x, _ops.Tensor):
        t = x
    else:
        t = _ops.convert_to_tensor(x)
    if t._op._graph is not fg:
        t = fg.capture(t)
    if t._dtype._is_ref_dtype:
        t = apply_op("Identity", [t], {})
    return t


class FunctionView:
    """A function whose body is a part of an existing FuncGraph (gradient functions).

    Running it feeds `inputs` (any tensors of `graph`, not only placeholders) and computes
    `outputs`: only the ops between them run. `get_operations` lists the ops it owns (for
    GraphDef export), the ones created for it after the forward body.
    """

    def __init__(self, name, graph, inputs, outputs, ops):
        self.name = name
        self.graph = graph
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        self.structured_outputs = list(outputs)
        self.control_outputs = []
        self.control_captures = []
        self.captures = []
        self._ops = list(ops)

    def get_operations(self):
        return list(self._ops)

    @property
    def _version(self):
        return self.graph._version

    @property
    def _mutations(self):
        return self.graph._mutations

    @property
    def version(self):
        return self.graph._version

    def __repr__(self):
        return "<tensorweave.FunctionView '%s' of '%s'>" % (self.name, self.graph.name)
