"""TensorFlow's ``tf.errors``: canonical error codes and the exception class for each.

Every runtime failure is an ``OpError`` (a plain ``Exception`` subclass) carrying the failing
op, its NodeDef and a numeric code; each code has its own subclass, constructed as
``InvalidArgumentError(node_def, op, message)``.
"""

OK = 0
CANCELLED = 1
UNKNOWN = 2
INVALID_ARGUMENT = 3
DEADLINE_EXCEEDED = 4
NOT_FOUND = 5
ALREADY_EXISTS = 6
PERMISSION_DENIED = 7
RESOURCE_EXHAUSTED = 8
FAILED_PRECONDITION = 9
ABORTED = 10
OUT_OF_RANGE = 11
UNIMPLEMENTED = 12
INTERNAL = 13
UNAVAILABLE = 14
DATA_LOSS = 15
UNAUTHENTICATED = 16


def _format_frames(trace) -> str:
    """Formats an op's creation site(s) like ``traceback.format_list`` (without importing it).

    Accepts one ``(filename, lineno, funcname)`` tuple (tensorweave's ``Operation._traceback``)
    or a sequence of such tuples, each optionally followed by the source line.
    """
    if not trace:
        return ""
    if isinstance(trace[0], str):
        trace = (trace,)
    out = []
    for frame in trace:
        out.append('  File "%s", line %s, in %s\n' % tuple(frame[:3]))
        if len(frame) > 3 and frame[3]:
            out.append("    %s\n" % frame[3].strip())
    return "".join(out)


def graph_execution_error(err: "OpError", graph: object) -> "OpError":
    """Rewrites the message of an error leaving ``Session.run`` the way TF 2.x's session does.

    TF's message reads ``Graph execution error:``, then (when the failing node is an op of the
    session's graph) ``Detected at node 'N' defined at ...`` with its creation site and
    ``Node: 'N'``, then the kernel's message and ``\t [[{{node N}}]]``. An op inside a function
    body (cond branch, loop body) is not in the graph: TF reports no op for it.
    """
    message = err._message
    if not isinstance(message, str) or message.startswith("Graph execution error:"):
        return err
    op = err._op
    if op is None:
        return err
    name = getattr(op, "name", None)
    if not isinstance(name, str):
        return err
    if getattr(op, "graph", None) is not graph:
        err._message = "Graph execution error:\n\n%s\n\t [[{{node %s}}]]" % (message, name)
        err._op = None
        err._node_def = None
        return err
    trace = getattr(op, "_traceback", None)
    frames = _format_frames(trace)
    detected = ""
    if frames:
        detected = "Detected at node '%s' defined at (most recent call last):\n%sNode: '%s'\n" % (
            name, "".join("  " + line for line in frames.splitlines(True)), name)
    err._message = "Graph execution error:\n\n%s%s\n\t [[{{node %s}}]]" % (detected, message, name)
    return err


class OpError(Exception):
    """The base class of the errors TensorFlow operations raise.

    Args:
      node_def: the NodeDef of the failing op, or None.
      op: the failing Operation, or None.
      message: what went wrong.
      error_code: one of the codes of this module.
      *args: optional; the first is a dict of extra details (``experimental_payloads``).
    """

    def __init__(self, node_def: object, op: object, message: str, error_code: int | None,
                 *args: object) -> None:
        # NOTE: like TF, Exception.args stays empty: the fields live in properties.
        super().__init__()
        self._node_def = node_def
        self._op = op
        self._message = message
        self._error_code = error_code
        self._experimental_payloads = args[0] if args else {}

    @property
    def message(self) -> str:
        """The error message, without the op's creation site."""
        return self._message

    @property
    def op(self) -> object:
        """The Operation that failed, or None when unknown."""
        return self._op

    @property
    def node_def(self) -> object:
        """The NodeDef of the failed op, or None when unknown."""
        node_def = self._node_def
        if node_def is None and self._op is not None:
            # NOTE: the runtime fills in only the op (cheap); TF's errors carry its NodeDef too.
            node_def = getattr(self._op, "node_def", None)
        return node_def

    @property
    def error_code(self) -> int | None:
        """The integer code of this error (e.g. ``INVALID_ARGUMENT``)."""
        return self._error_code

    @property
    def experimental_payloads(self) -> object:
        """Extra details of the error (a dict, empty unless given)."""
        return self._experimental_payloads

    def __str__(self) -> str:
        message = self._message if isinstance(self._message, str) else str(self._message)
        op = self._op
        if op is None:
            return message
        trace = getattr(op, "_traceback", None)
        if trace is None:
            trace = getattr(op, "traceback", None)
        frames = _format_frames(trace)
        if not frames:
            # NOTE: TF would print the header with no frames; without a creation site we
            # leave the message alone rather than print an empty stack.
            return message
        return "%s\n\nOriginal stack trace for %r:\n%s" % (
            message, getattr(op, "name", op), frames)

    def __reduce__(self):
        # Rebuild through the class's own constructor: (node_def, op, message[, error_code]).
        init = type(self).__init__
        code = getattr(init, "__code__", None)
        names = code.co_varnames[1:code.co_argcount] if code is not None else ()
        return type(self), tuple(getattr(self, name, None) for name in names)


class CancelledError(OpError):
    """An operation or step was cancelled (e.g. a queue was closed while it waited)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, CANCELLED, *args)


class UnknownError(OpError):
    """An error with no better description (e.g. raised by a Python function in a py_func)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, UNKNOWN, *args)


class InvalidArgumentError(OpError):
    """An op received an invalid argument (bad shape, bad value, missing feed...)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, INVALID_ARGUMENT, *args)


class DeadlineExceededError(OpError):
    """A deadline expired before the operation could complete."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, DEADLINE_EXCEEDED, *args)


class NotFoundError(OpError):
    """A requested entity (file, checkpoint, variable...) was not found."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, NOT_FOUND, *args)


class AlreadyExistsError(OpError):
    """An entity that an operation tried to create already exists."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, ALREADY_EXISTS, *args)


class PermissionDeniedError(OpError):
    """The caller does not have permission to run the operation."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, PERMISSION_DENIED, *args)


class UnauthenticatedError(OpError):
    """The request does not have valid authentication credentials."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, UNAUTHENTICATED, *args)


class ResourceExhaustedError(OpError):
    """Some resource (memory, quota...) has been exhausted."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, RESOURCE_EXHAUSTED, *args)


class FailedPreconditionError(OpError):
    """The system is not in a state to run the op (e.g. reading an uninitialized variable)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, FAILED_PRECONDITION, *args)


class AbortedError(OpError):
    """The operation was aborted, typically by a concurrency conflict."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, ABORTED, *args)


class OutOfRangeError(OpError):
    """An operation ran past the valid range (e.g. dequeuing from a closed, empty queue)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, OUT_OF_RANGE, *args)


class UnimplementedError(OpError):
    """The operation is not implemented or not supported."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, UNIMPLEMENTED, *args)


class InternalError(OpError):
    """An internal invariant of the runtime was broken."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, INTERNAL, *args)


class UnavailableError(OpError):
    """The runtime is currently unavailable."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, UNAVAILABLE, *args)


class DataLossError(OpError):
    """Unrecoverable data loss or corruption (e.g. a truncated record file)."""

    def __init__(self, node_def: object, op: object, message: str, *args: object) -> None:
        super().__init__(node_def, op, message, DATA_LOSS, *args)


_CODE_TO_EXCEPTION_CLASS: dict[int, type[OpError]] = {
    CANCELLED: CancelledError,
    UNKNOWN: UnknownError,
    INVALID_ARGUMENT: InvalidArgumentError,
    DEADLINE_EXCEEDED: DeadlineExceededError,
    NOT_FOUND: NotFoundError,
    ALREADY_EXISTS: AlreadyExistsError,
    PERMISSION_DENIED: PermissionDeniedError,
    UNAUTHENTICATED: UnauthenticatedError,
    RESOURCE_EXHAUSTED: ResourceExhaustedError,
    FAILED_PRECONDITION: FailedPreconditionError,
    ABORTED: AbortedError,
    OUT_OF_RANGE: OutOfRangeError,
    UNIMPLEMENTED: UnimplementedError,
    INTERNAL: InternalError,
    UNAVAILABLE: UnavailableError,
    DATA_LOSS: DataLossError,
}
_EXCEPTION_CLASS_TO_CODE: dict[type, int] = {
    cls: code for code, cls in _CODE_TO_EXCEPTION_CLASS.items()}


def exception_type_from_error_code(error_code: int) -> type[OpError]:
    """The OpError subclass for a code. Raises KeyError for OK and unknown codes (as TF)."""
    return _CODE_TO_EXCEPTION_CLASS[error_code]


def error_code_from_exception_type(cls: type) -> object:
    """The code of an OpError subclass (exact class, subclasses of it are not looked through).

    NOTE: for any other class TF warns "Unknown class exception" and returns an UnknownError
    *instance* rather than raising; kept for compatibility.
    """
    try:
        return _EXCEPTION_CLASS_TO_CODE[cls]
    except (KeyError, TypeError):
        import warnings

        warnings.warn("Unknown class exception")
        return UnknownError(None, None, "Unknown class exception", None)


def error_from_code(error_code: int, message: str, node_def: object = None,
                    op: object = None) -> OpError:
    """An exception of the class matching ``error_code``; unknown codes give UnknownError."""
    cls = _CODE_TO_EXCEPTION_CLASS.get(error_code)
    if cls is None:
        import warnings

        warnings.warn("Unknown error code: %s" % (error_code,))
        return UnknownError(node_def, op, message)
    return cls(node_def, op, message)


class _Status:
    """A mutable (code, message) pair that a runtime call fills in; ``OK`` by default."""

    __slots__ = ("code", "message")

    def __init__(self, code: int = OK, message: str = "") -> None:
        self.code = code
        self.message = message


class raise_exception_on_not_ok_status:  # noqa: N801  (TF's name)
    """Context manager yielding a Status; on exit raises the matching OpError unless OK."""

    def __enter__(self) -> "_Status":
        self.status = _Status()
        return self.status

    def __exit__(self, exc_type: object, exc_value: object, tb: object) -> bool:
        status = self.status
        del self.status
        if status.code != OK:
            raise error_from_code(status.code, status.message)
        return False


__all__ = [
    "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
    "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
    "UNAUTHENTICATED",
    "OpError", "CancelledError", "UnknownError", "InvalidArgumentError",
    "DeadlineExceededError", "NotFoundError", "AlreadyExistsError", "PermissionDeniedError",
    "UnauthenticatedError", "ResourceExhaustedError", "FailedPreconditionError",
    "AbortedError", "OutOfRangeError", "UnimplementedError", "InternalError",
    "UnavailableError", "DataLossError",
    "exception_type_from_error_code", "error_code_from_exception_type",
    "raise_exception_on_not_ok_status",
]
