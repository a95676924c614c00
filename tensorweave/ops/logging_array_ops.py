"""Checks and printing: CheckNumerics, Assert, Print (tf.Print), StringFormat + PrintV2 (tf.print)."""

import sys

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

Tensor = _ops.Tensor


# ------------------------------------------------------------- formatting
def _format_float(v, short, full):
    if np.isnan(v):
        return "nan" if not np.signbit(v) else "-nan"
    if np.isinf(v):
        return "inf" if v > 0 else "-inf"
    text = "%.*g" % (short, v)
    if type(v)(float(text)) == v:
        return text
    return "%.*g" % (full, v)


def _escape(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif c in "\"'\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "".join(out)


def _element_formatter(dtype, v2):
    kind = dtype.kind
    if kind == "f":
        short, full = (15, 17) if dtype.itemsize == 8 else (6, 9)
        return lambda v: _format_float(v, short, full)
    if kind == "b":
        return lambda v: "1" if v else "0"
    if kind in "iu":
        return lambda v: str(int(v))
    if v2:
        return lambda v: '"%s"' % _escape(v if isinstance(v, bytes) else str(v).encode())
    return lambda v: _escape(v if isinstance(v, bytes) else str(v).encode())


def _unprintable(n, limit):
    # TF has no text form for these dtypes (complex): one "?" per shown element, flat.
    return " ".join(["?"] * min(n, limit)) + ("..." if n > limit else "")


def summarize_v1(arr, max_entries):
    """A tensor's values as TF1's Print and Assert show them: the first `max_entries` in order."""
    arr = np.asarray(arr)
    if arr.dtype.kind == "c":
        return _unprintable(arr.size, arr.size if max_entries < 0 else max_entries)
    fmt = _element_formatter(arr.dtype, False)
    flat = arr.reshape(-1)
    n = flat.size
    limit = n if max_entries < 0 else min(max_entries, n)
    if arr.ndim == 0:
        return fmt(flat[0]) if limit else ""
    out = []
    index = [0]

    def one_dim(dim):
        if index[0] >= limit:
            return
        count = arr.shape[dim]
        if dim == arr.ndim - 1:
            for i in range(count):
                if index[0] >= limit:
                    if dim != 0:
                        out.append("...")
                    return
                if i > 0:
                    out.append(" ")
                out.append(fmt(flat[index[0]]))
                index[0] += 1
            return
        for _ in range(count):
            opened = index[0] < limit
            if opened:
                out.append("[")
            one_dim(dim + 1)
            if index[0] < limit or opened:
                out.append("]")

    one_dim(0)
    if n > limit:
        out.append("...")
    return "".join(out)


def summarize_v2(arr, summarize):
    """A tensor's values as tf.print shows them: NumPy-like, `summarize` items at each end."""
    arr = np.asarray(arr)
    if arr.dtype.kind == "c":
        text = _unprintable(arr.size, arr.size if summarize is None or summarize < 0 else summarize)
        return text if arr.ndim == 0 else "[" + text + "]"
    fmt = _element_formatter(arr.dtype, True)
    if arr.ndim == 0:
        return fmt(arr.reshape(-1)[0])
    ends = arr.size if summarize is None or summarize < 0 else min(summarize, arr.size)
    ndim = arr.ndim
    parts = []

    def spacing(dim):
        if dim == ndim - 1:
            parts.append(" ")
        else:
            parts.append("\n" * (ndim - dim - 1) + " " * (dim + 1))

    def one_dim(sub, dim):
        if dim == ndim:
            parts.append(fmt(sub))
            return
        parts.append("[")
        count = sub.shape[0]
        for i in range(min(ends, count)):
            if i > 0:
                spacing(dim)
            one_dim(sub[i], dim + 1)
        if count > 2 * ends:
            spacing(dim)
            parts.append("...")
        for i in range(max(ends, count - ends), count):
            spacing(dim)
            one_dim(sub[i], dim + 1)
        parts.append("]")

    one_dim(arr, 0)
    return "".join(parts)


def _bracketed(values, summarize):
    return ["[" + summarize_v1(v, summarize) + "]" for v in values]


# ------------------------------------------------------------ CheckNumerics
@register_op("CheckNumerics", inputs=["tensor: T"], outputs=["output: T"],
             attrs=["T: {bfloat16, half, float, double}", "message: string"], stateful=True)
class CheckNumerics(OpDef):
    def shape(self, tensor):
        return tensor.shape

    def kernel(self, tensor, *, message):
        if not np.isfinite(tensor).all():
            has_nan = bool(np.isnan(tensor).any())
            has_inf = bool(np.isinf(tensor).any())
            what = "Inf and NaN" if has_nan and has_inf else ("NaN" if has_nan else "Inf")
            raise errors.InvalidArgumentError(None, None, "%s : Tensor had %s values" % (message, what))
        return tensor

    def grad(self, op, grad):
        msg = ("Not a number (NaN) or infinity (Inf) values detected in gradient. %s"
               % op._attrs["message"])
        return [apply_op("CheckNumerics", [grad], {"message": msg})]


@tf_export("debugging.check_numerics", "check_numerics")
def check_numerics(tensor, message, name=None):
    if isinstance(message, bytes):
        message = message.decode()
    if not isinstance(message, str):
        raise TypeError("Expected string for argument 'message' not %r." % (message,))
    return apply_op("CheckNumerics", [tensor], {"message": message}, name=name)


@tf_export("verify_tensor_all_finite", "debugging.assert_all_finite")
def verify_tensor_all_finite(t=None, msg=None, name=None, x=None, message=None):
    t = t if t is not None else x
    msg = msg if msg is not None else message
    with name_scope(name, "VerifyFinite", [t]):
        t = _ops.convert_to_tensor(t, name="x")
        with t.graph.colocate_with(t.op):
            verify = check_numerics(t, message=msg)
            with t.graph.control_dependencies([verify]):
                return apply_op("Identity", [t], {}, name="control_dependency")


# ------------------------------------------------------------------ Assert
@register_op("Assert", inputs=["condition: bool", "data: T"], attrs=["T: list(type)", "summarize: int = 3"],
             stateful=True)
class AssertOp(OpDef):
    def shape(self, condition, data):
        return []

    def kernel(self, condition, *data, summarize):
        if np.ndim(condition) != 0:
            raise errors.InvalidArgumentError(None, None, "In[0] should be a scalar: %s"
                                              % summarize_v1(condition, 3))
        if not bool(condition):
            raise errors.InvalidArgumentError(
                None, None, "assertion failed: " + " ".join(_bracketed(data, summarize)))

    grad = None


@tf_export("debugging.Assert", "Assert")
def Assert(condition, data, summarize=None, name=None):
    """tf.Assert: an op that raises InvalidArgumentError with `data` when `condition` is false."""
    attrs = {"summarize": 3 if summarize is None else summarize}
    with name_scope(name, "Assert", [condition] + [d for d in data if type(d) is Tensor]):
        xs = [_ops.convert_to_tensor(d) for d in data]
        if all(x.dtype.base_dtype in (_dtypes.string, _dtypes.int32) for x in xs):
            # Like TF: data that lives on the host needs no guard ("Assert/Assert"). As TF's,
            # the op is given `data` as passed: its Python values become new constants in the
            # op's own scope ("Assert/Assert/data_0"), the conversions above staying unused.
            return apply_op("Assert", [condition, list(data)], attrs, name="Assert")
        # Otherwise TF only runs the Assert (and formats its data) when the condition is false:
        # a cond named "AssertGuard", whose output's op is returned.
        from tensorweave.ops import control_flow_ops, graph_ops

        condition = _ops.convert_to_tensor(condition, name="Condition")

        def true_assert():
            return apply_op("Assert", [condition, xs], attrs, name="Assert")

        guarded = control_flow_ops.cond(condition, graph_ops.no_op, true_assert,
                                        name="AssertGuard")
        return guarded.op


# ------------------------------------------------------------------- Print
@register_op("Print", inputs=["input: T", "data: U"], outputs=["output: T"],
             attrs=["T: type", "U: list(type) >= 0", "message: string = ''", "first_n: int = -1",
                    "summarize: int = 3"], stateful=True)
class PrintOp(OpDef):
    def shape(self, input, data):
        return input.shape

    def kernel(self, ctx, input, *data, message, first_n, summarize):
        if first_n >= 0:
            count = ctx.state.get("count", 0)
            if count >= first_n:
                return input
            ctx.state["count"] = count + 1
        sys.stderr.write(message + "".join(_bracketed(data, summarize)) + "\n")
        sys.stderr.flush()
        return input

    def grad(self, op, grad):
        return [grad] + [None] * (len(op.inputs) - 1)


@tf_export("Print")
def Print(input_, data, message=None, first_n=None, summarize=None, name=None):
    """tf.Print (TF1): an identity op that prints `message` and `data` to stderr when run."""
    attrs = {"message": message or "", "first_n": -1 if first_n is None else first_n,
             "summarize": 3 if summarize is None else summarize}
    return apply_op("Print", [input_, list(data)], attrs, name=name)


# ------------------------------------------------------ StringFormat/PrintV2
@register_op("StringFormat", inputs=["inputs: T"], outputs=["output: string"],
             attrs=["T: list(type) >= 0", "template: string = '%s'", "placeholder: string = '%s'",
                    "summarize: int = 3"])
class StringFormat(OpDef):
    def shape(self, inputs):
        return TensorShape([])

    def kernel(self, *inputs, template, placeholder, summarize):
        pieces = template.split(placeholder)
        if len(pieces) - 1 != len(inputs):
            raise errors.InvalidArgumentError(
                None, None, "num placeholders in template and num inputs must match: %d vs. %d"
                % (len(pieces) - 1, len(inputs)))
        out = [pieces[0]]
        for value, rest in zip(inputs, pieces[1:]):
            out.append(summarize_v2(value, summarize))
            out.append(rest)
        return np.array("".join(out).encode("utf-8"), dtype=object)

    grad = None


@tf_export("strings.format")
def string_format(template, inputs, placeholder="{}", summarize=3, name=None):
    if isinstance(inputs, (Tensor,)) or not isinstance(inputs, (list, tuple)):
        inputs = [inputs]
    if template.count(placeholder) != len(inputs):
        raise ValueError("The template expects %d tensors, but the inputs only has %d."
                         % (template.count(placeholder), len(inputs)))
    tensors = [_ops.convert_to_tensor(v) for v in inputs]
    return apply_op("StringFormat", [tensors], {"template": template, "placeholder": placeholder,
                                               "summarize": summarize}, name=name)


_STREAMS = {"stdout", "stderr", "log(info)", "log(warning)", "log(error)"}


@register_op("PrintV2", inputs=["input: string"], attrs=["output_stream: string = 'stderr'",
                                                         "end: string = '\n'"], stateful=True)
class PrintV2(OpDef):
    def shape(self, input):
        return []

    def kernel(self, input, *, output_stream, end):
        text = input.reshape(-1)[0]
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        if output_stream == "stdout":
            sys.stdout.write(text + end)
            sys.stdout.flush()
        elif output_stream.startswith("file://"):
            with open(output_stream[len("file://"):], "a", encoding="utf-8") as f:
                f.write(text + end)
        else:
            sys.stderr.write(text + end)
            sys.stderr.flush()

    grad = None


def _stream_name(stream):
    if stream is sys.stdout or stream == "stdout":
        return "stdout"
    if stream is sys.stderr or stream == "stderr" or stream is None:
        return "stderr"
    if isinstance(stream, str) and (stream in _STREAMS or stream.startswith("file://")):
        return stream
    name = getattr(stream, "__name__", "")
    if name in ("info", "warning", "error"):
        return "log(%s)" % name
    raise ValueError("Unsupported output stream, logging level, or file. %s. Supported streams are "
                     "sys.stdout, sys.stderr, tf.compat.v1.logging levels, or a file:// path." % stream)


# Tensors in the template become a marker no user text contains, so literal "{}" survives.
_MARK = "\x00{}\x00"


def _has_tensor(v):
    if type(v) is Tensor:
        return True
    if isinstance(v, (list, tuple)):
        return any(_has_tensor(e) for e in v)
    if isinstance(v, dict):
        return any(_has_tensor(e) for e in v.values())
    return False


def _template_part(v, tensors):
    """The template text for one print argument; tensors inside become placeholders."""
    if type(v) is Tensor:
        tensors.append(v)
        return _MARK
    if isinstance(v, (list, tuple)) and _has_tensor(v):
        inner = ", ".join(_template_part(e, tensors) for e in v)
        if isinstance(v, list):
            return "[%s]" % inner
        return "(%s,)" % inner if len(v) == 1 else "(%s)" % inner
    if isinstance(v, dict) and _has_tensor(v):
        return "{%s}" % ", ".join("%r: %s" % (k, _template_part(e, tensors)) for k, e in v.items())
    return str(v)


@tf_export("print")
def print_v2(*inputs, **kwargs):
    """tf.print: a PrintV2 op printing the formatted `inputs` (to stderr unless `output_stream`)."""
    output_stream = kwargs.pop("output_stream", sys.stderr)
    name = kwargs.pop("name", None)
    summarize = kwargs.pop("summarize", 3)
    sep = kwargs.pop("sep", " ")
    end = kwargs.pop("end", "\n")
    if kwargs:
        raise ValueError("Unrecognized keyword arguments for tf.print: %s" % kwargs)
    stream = _stream_name(output_stream)
    tensors = []
    template = sep.join(_template_part(v, tensors) for v in inputs)
    # The placeholder must not occur in the user's own text; TF then picks another one.
    literal = template.replace(_MARK, "")
    placeholder = "{}"
    k = 0
    while placeholder in literal:
        k += 1
        placeholder = "{}_%d" % k
    template = template.replace(_MARK, placeholder)
    formatted = apply_op("StringFormat", [tensors], {"template": template, "placeholder": placeholder,
                                                     "summarize": summarize})
    return apply_op("PrintV2", [formatted], {"output_stream": stream, "end": end}, name=name)


_ = _dtypes
