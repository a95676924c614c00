"""Shape-function helpers shared by op declarations."""

from tensorweave.framework.tensor_shape import TensorShape

_UNKNOWN = TensorShape(None)


def broadcast_shape(a, b):
    """Static NumPy-style broadcast of two TensorShapes; ValueError when incompatible."""
    # Reads the dims tuples directly: this runs for every broadcasting op built.
    da = a._dims
    db = b._dims
    if da is None or db is None:
        return _UNKNOWN
    if da == db or not db:
        return a
    if not da:
        return b
    n = max(len(da), len(db))
    da = (1,) * (n - len(da)) + da
    db = (1,) * (n - len(db)) + db
    out = []
    for x, y in zip(da, db):
        if x == 1:
            out.append(y)
        elif y == 1:
            out.append(x)
        elif x is None:
            out.append(y or None)  # NOTE: unknown vs 0 stays unknown (it may be 1 at run time)
        elif y is None:
            out.append(x or None)
        elif x == y:
            out.append(x)
        else:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (x, y))
    return TensorShape(out)


def broadcast_shapes(*shapes):
    result = shapes[0]
    for s in shapes[1:]:
        result = broadcast_shape(result, s)
    return result


def unchanged_shape(x):
    return x.shape


def normalize_axis(axis, ndims, op_name=""):
    if ndims is not None and not -ndims <= axis < max(ndims, 1):
        raise ValueError("axis %d is out of bounds for a tensor of rank %d" % (axis, ndims))
    return axis + ndims if axis < 0 and ndims is not None else axis


def reduced_shape(shape, axes, keep_dims):
    """Static shape of a reduction over `axes` (None = unknown axes, all dims if [])."""
    if shape.ndims is None:
        return _UNKNOWN
    if axes is None:
        if keep_dims:
            return TensorShape([None] * shape.ndims)
        return _UNKNOWN
    dims = shape.as_list()
    n = len(dims)
    norm = set()
    for a in axes:
        a = int(a)
        if not -n <= a < n:
            raise ValueError("Invalid reduction dimension %d for input with %d dimensions." % (a, n))
        norm.add(a % n)
    if keep_dims:
        return TensorShape([1 if i in norm else d for i, d in enumerate(dims)])
    return TensorShape([d for i, d in enumerate(dims) if i not in norm])


def merge_shapes(a, b):
    """`a.merge_with(b)` with the message of TF's C++ shape inference (`InferenceContext::Merge`),
    which shape functions written in C++ report: "Dimension 0 in both shapes must be equal, but
    are 2 and 3. Shapes are [2] and [3]."."""
    if a.ndims is not None and b.ndims is not None:
        if a.ndims != b.ndims:
            raise ValueError("Shapes must be equal rank, but are %d and %d" % (a.ndims, b.ndims))
        da, db = a.as_list(), b.as_list()
        for i, (x, y) in enumerate(zip(da, db)):
            if x is not None and y is not None and x != y:
                text = lambda dims: "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"  # noqa: E731
                raise ValueError("Dimension %d in both shapes must be equal, but are %d and %d. "
                                 "Shapes are %s and %s." % (i, x, y, text(da), text(db)))
    return a.merge_with(b)
