"""The format of kernel cases, and generators for the common op shapes.

A case checks one op built on concrete inputs, three times: with constant inputs, with
the inputs fed to placeholders of known rank and unknown dimensions, and fed to
placeholders of unknown rank. Each time:
- every output's value matches `reference` (NumPy), its dtype is the dtype the op
  declares for it (no silent float64), and
- the static shape the op's shape function gave is compatible with the actual shape
  (and equal to it in the all-constant build when fully defined).

    Case(inputs, reference, attrs=None, *, const=(), build=None, check=None,
         rtol=1e-6, atol=1e-6, unknown=True, name="")

- inputs: one entry per input arg of the op: a NumPy array, or a list of arrays for a
  list arg (AddN's `inputs`, ConcatV2's `values`). Use explicit dtypes.
- reference(*inputs) -> array or list of arrays, computed with NumPy independently of the
  kernel; None when `check` is given instead.
- attrs: the op's non-inferred attrs, as for apply_op.
- const: indices of inputs that stay constants in the placeholder builds (shape args,
  axes, sizes: whatever the shape function needs as a value).
- build(*tensors) -> Tensor / list / Operation: builds something other than a plain
  apply_op (ops on variables, ops with required context). Gets the input tensors.
- check(outputs, inputs): asserts properties instead of a reference (random ops).
- unknown: False (or a string saying why) to skip the placeholder builds.
"""

import numpy as np

F32, F64, I32, I64 = np.float32, np.float64, np.int32, np.int64

RNG = np.random.default_rng(1234)


class Case:
    __slots__ = ("inputs", "reference", "attrs", "const", "build", "check", "rtol", "atol",
                 "unknown", "name")

    def __init__(self, inputs, reference, attrs=None, *, const=(), build=None, check=None,
                 rtol=1e-6, atol=1e-6, unknown=True, name=""):
        if reference is None and check is None:
            raise ValueError("a case needs a reference or a check")
        self.inputs = list(inputs)
        self.reference = reference
        self.attrs = dict(attrs or {})
        self.const = tuple(const)
        self.build = build
        self.check = check
        self.rtol = rtol
        self.atol = atol
        self.unknown = unknown
        self.name = name


def arr(shape, dtype=F32, lo=-2.0, hi=2.0):
    """Random values of `shape` and `dtype` (integers in [lo, hi])."""
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        return RNG.integers(int(lo), int(hi) + 1, size=shape).astype(dtype)
    if dtype.kind == "b":
        return RNG.random(shape) < 0.5
    if dtype.kind == "c":
        return (RNG.uniform(lo, hi, shape) + 1j * RNG.uniform(lo, hi, shape)).astype(dtype)
    return RNG.uniform(lo, hi, shape).astype(dtype)


def positive(shape, dtype=F32, lo=0.1, hi=2.0):
    return arr(shape, dtype, lo, hi)


# Shapes for elementwise ops: same shape, broadcasting both ways, scalars, size 0.
UNARY_SHAPES = [(), (5,), (2, 3), (2, 0, 3)]
BINARY_SHAPES = [((2, 3), (2, 3)), ((2, 3), (3,)), ((4, 1, 3), (2, 1)), ((), (5,)),
                 ((3, 1), ()), ((0, 3), (3,))]


def unary(np_fn, dtypes=(F32, F64), make=arr, shapes=UNARY_SHAPES, **kw):
    """Cases for an elementwise unary op whose NumPy reference is np_fn(x)."""
    def ref(x):
        return np.asarray(np_fn(x)).astype(x.dtype)
    return [Case([make(s, d)], ref, name="%s%s" % (np.dtype(d).name, s), **kw)
            for d in dtypes for s in shapes]


def binary(np_fn, dtypes=(F32, F64, I32), make=arr, shapes=BINARY_SHAPES, out_dtype=None, **kw):
    """Cases for an elementwise binary op with broadcasting; reference np_fn(x, y).

    `make(shape, dtype)` draws the inputs (e.g. nonzero divisors); out_dtype fixes the
    result dtype (bool for comparisons), otherwise it is the inputs' dtype.
    """
    def ref(x, y):
        return np.asarray(np_fn(x, y)).astype(out_dtype or x.dtype)
    return [Case([make(a, d), make(b, d)], ref, name="%s%s%s" % (np.dtype(d).name, a, b), **kw)
            for d in dtypes for a, b in shapes]
