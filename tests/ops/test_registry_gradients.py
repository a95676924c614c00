"""Every differentiable op of the registry passes a numeric gradient check.

ENTRIES maps an op type to (build, inputs[, options]): `build(*tensors)` creates the op with
`apply_op` (so the op's own declaration is checked, not a composite), `inputs` are NumPy
arrays (floating ones are differentiated; `fixed(...)` ones and integer ones are constants).
Ops whose outputs are not differentiable (integer results) are listed in NO_FLOAT_OUTPUT and
must return only None gradients. An op declaring a `grad` without an entry fails the test.
"""

import types

import numpy as np
import pytest

import tensorweave.compat.v1
import tensorweave.ops.tf1_data_flow_ops  # noqa: F401  (TF1 TensorArray/Stack ops load lazily)
import tensorweave.training.train_api  # noqa: F401  (imports the training ops)
from tensorweave.framework import dtypes, op_def
from tensorweave.training.gradient_checker import check_gradient, fixed
from tensorweave.training.gradients import get_gradient_function

RNG = np.random.default_rng(0)
F32 = {"rtol": 2e-2, "atol": 2e-2}  # float32-only kernels: coarse numeric differences


def op(type_name, *inputs, **attrs):
    return op_def.apply_op(type_name, list(inputs), attrs)


def r(*shape, lo=-1.0, hi=1.0, dtype=np.float64):
    return RNG.uniform(lo, hi, shape).astype(dtype)


def away(*shape, lo=0.2, hi=1.0):
    """Values with |x| in [lo, hi] and random signs (away from kinks at 0)."""
    return r(*shape, lo=lo, hi=hi) * RNG.choice([-1.0, 1.0], shape)


def distinct(*shape, dtype=np.float64):
    """Well separated values (no ties for max/min/sort)."""
    n = int(np.prod(shape))
    return (RNG.permutation(n) * 0.37 - n * 0.15).reshape(shape).astype(dtype)


def cplx(*shape):
    return r(*shape) + 1j * r(*shape)


def i32(*values):
    return np.array(values, np.int32)


def spd(n):
    a = r(n, n)
    return a @ a.T + n * np.eye(n)


def unary(name, x, **attrs):
    return (lambda t: op(name, t, **attrs), [x])


def binary(name, x, y):
    return (lambda a, b: op(name, a, b), [x, y])


def grad_op(name, y, dy):
    return (lambda a, b: op(name, a, b), [y, dy])


def symmetric(t):
    return op("Mul", op("AddV2", t, op("Transpose", t, i32(1, 0))), np.float64(0.5))


CONV = {"strides": [1, 1, 1, 1], "padding": "SAME"}
POOL = {"ksize": [1, 2, 2, 1], "strides": [1, 2, 2, 1], "padding": "VALID"}
POOL3 = {"ksize": [1, 2, 2, 2, 1], "strides": [1, 2, 2, 2, 1], "padding": "VALID"}
_x_img = distinct(1, 4, 4, 2, dtype=np.float32)
_x_vol = distinct(1, 4, 4, 4, 1, dtype=np.float32)


def _maxpool_pair(kind, x, attrs):
    out = np.asarray(_run(lambda: op(kind, x, **attrs)))
    return x, out


def _run(build):
    from tensorweave.client.session import Session
    from tensorweave.framework.graph import Graph

    g = Graph()
    with g.as_default():
        t = build()
        with Session(graph=g) as sess:
            return sess.run(t)


_pool_in, _pool_out = _maxpool_pair("MaxPool", _x_img, POOL)
_pool3_in, _pool3_out = _maxpool_pair("MaxPool3D", _x_vol, POOL3)

ENTRIES = {
    # ---- elementwise unary
    "Abs": unary("Abs", away(2, 3)),
    "Acos": unary("Acos", r(2, 3, lo=-0.9, hi=0.9)),
    "Acosh": unary("Acosh", r(2, 3, lo=1.2, hi=3.0)),
    "Asin": unary("Asin", r(2, 3, lo=-0.9, hi=0.9)),
    "Asinh": unary("Asinh", r(2, 3)),
    "Atan": unary("Atan", r(2, 3)),
    "Atanh": unary("Atanh", r(2, 3, lo=-0.9, hi=0.9)),
    "Ceil": unary("Ceil", r(2, 3) + 0.01),
    "Cos": unary("Cos", r(2, 3)),
    "Cosh": unary("Cosh", r(2, 3)),
    "Erf": unary("Erf", r(2, 3)),
    "Erfc": unary("Erfc", r(2, 3)),
    "Exp": unary("Exp", r(2, 3)),
    "Expm1": unary("Expm1", r(2, 3)),
    "Floor": unary("Floor", r(2, 3) + 0.01),
    "Inv": unary("Inv", away(2, 3, lo=0.5)),
    "Lgamma": unary("Lgamma", r(2, 3, lo=0.5, hi=3.0)),
    "Digamma": unary("Digamma", r(2, 3, lo=0.5, hi=3.0)),
    "Log": unary("Log", r(2, 3, lo=0.5, hi=2.0)),
    "Log1p": unary("Log1p", r(2, 3, lo=0.0, hi=2.0)),
    "Neg": unary("Neg", r(2, 3)),
    "Reciprocal": unary("Reciprocal", away(2, 3, lo=0.5)),
    "Rint": unary("Rint", r(2, 3) + 0.01),
    "Round": unary("Round", r(2, 3) + 0.01),
    "Rsqrt": unary("Rsqrt", r(2, 3, lo=0.5, hi=2.0)),
    "Sigmoid": unary("Sigmoid", r(2, 3)),
    "Sign": unary("Sign", away(2, 3)),
    "Sin": unary("Sin", r(2, 3)),
    "Sinh": unary("Sinh", r(2, 3)),
    "Sqrt": unary("Sqrt", r(2, 3, lo=0.5, hi=2.0)),
    "Square": unary("Square", r(2, 3)),
    "Tan": unary("Tan", r(2, 3)),
    "Tanh": unary("Tanh", r(2, 3)),
    "Relu": unary("Relu", away(2, 3)),
    "Relu6": unary("Relu6", np.array([[-1.0, 0.5, 3.0], [5.5, 6.5, 2.0]])),
    "Elu": unary("Elu", away(2, 3)),
    "Selu": unary("Selu", away(2, 3)),
    "Softplus": unary("Softplus", r(2, 3)),
    "Softsign": unary("Softsign", r(2, 3)),
    "LeakyRelu": unary("LeakyRelu", away(2, 3), alpha=0.3),
    "L2Loss": unary("L2Loss", r(2, 3)),
    "LRN": (lambda t: op("LRN", t, depth_radius=1, bias=1.0, alpha=0.5, beta=0.75),
            [r(1, 2, 2, 4, dtype=np.float32)], F32),
    "Softmax": unary("Softmax", r(2, 3)),
    "LogSoftmax": unary("LogSoftmax", r(2, 3)),
    "Identity": unary("Identity", r(2, 3)),
    "CheckNumerics": unary("CheckNumerics", r(2, 3), message="bad"),
    "PlaceholderWithDefault": (lambda t: op("PlaceholderWithDefault", t,
                                            shape=dtypes_shape([2, 3])), [r(2, 3)]),
    "Print": (lambda t: op("Print", t, [t], message="", first_n=0), [r(2, 3)]),
    "IdentityN": (lambda a, b: op("IdentityN", [a, b]), [r(2), r(3)]),
    # ---- gradients of activations (second order)
    "ReluGrad": grad_op("ReluGrad", r(2, 3), away(2, 3)),
    "Relu6Grad": grad_op("Relu6Grad", r(2, 3), np.array([[-1.0, 0.5, 3.0], [5.5, 6.5, 2.0]])),
    "EluGrad": grad_op("EluGrad", r(2, 3), away(2, 3, lo=0.2, hi=0.9) - 0.05),
    "SeluGrad": grad_op("SeluGrad", r(2, 3), away(2, 3)),
    "LeakyReluGrad": (lambda g, f: op("LeakyReluGrad", g, f, alpha=0.3), [r(2, 3), away(2, 3)]),
    "SoftplusGrad": grad_op("SoftplusGrad", r(2, 3), r(2, 3)),
    "SigmoidGrad": grad_op("SigmoidGrad", r(2, 3, lo=0.1, hi=0.9), r(2, 3)),
    "TanhGrad": grad_op("TanhGrad", r(2, 3, lo=-0.9, hi=0.9), r(2, 3)),
    "SqrtGrad": grad_op("SqrtGrad", r(2, 3, lo=0.5, hi=2.0), r(2, 3)),
    "RsqrtGrad": grad_op("RsqrtGrad", r(2, 3, lo=0.5, hi=2.0), r(2, 3)),
    "ReciprocalGrad": grad_op("ReciprocalGrad", away(2, 3, lo=0.5), r(2, 3)),
    "InvGrad": grad_op("InvGrad", away(2, 3, lo=0.5), r(2, 3)),
    # ---- elementwise binary (with broadcasting)
    "Add": binary("Add", r(2, 3), r(3)),
    "AddV2": binary("AddV2", r(2, 3), r(2, 1)),
    "Sub": binary("Sub", r(2, 3), r(3)),
    "Mul": binary("Mul", r(2, 3), r(2, 1)),
    "Div": binary("Div", r(2, 3), away(3, lo=0.5)),
    "RealDiv": binary("RealDiv", r(2, 3), away(2, 1, lo=0.5)),
    "DivNoNan": binary("DivNoNan", r(2, 3), away(3, lo=0.5)),
    "MulNoNan": binary("MulNoNan", r(2, 3), r(3)),
    "Maximum": binary("Maximum", distinct(2, 3), distinct(3) + 0.05),
    "Minimum": binary("Minimum", distinct(2, 3), distinct(3) + 0.05),
    "Pow": binary("Pow", r(2, 3, lo=0.5, hi=2.0), r(3)),
    "SquaredDifference": binary("SquaredDifference", r(2, 3), r(3)),
    "Atan2": binary("Atan2", r(2, 3), away(3, lo=0.5)),
    "FloorMod": binary("FloorMod", np.array([[2.3, -1.7, 5.2]]), np.array([1.5, 1.1, -2.2])),
    "Xdivy": binary("Xdivy", r(2, 3), away(3, lo=0.5)),
    "Xlogy": binary("Xlogy", r(2, 3), r(3, lo=0.5, hi=2.0)),
    "Xlog1py": binary("Xlog1py", r(2, 3), r(3, lo=0.0, hi=2.0)),
    "Complex": (lambda a, b: op("Complex", a, b, Tout=dtypes.complex128), [r(2, 3), r(2, 3)]),
    "AddN": (lambda a, b, c: op("AddN", [a, b, c]), [r(2, 3), r(2, 3), r(2, 3)]),
    "Select": (lambda c, a, b: op("Select", c, a, b),
               [np.array([[True, False, True], [False, False, True]]), r(2, 3), r(2, 3)]),
    "SelectV2": (lambda c, a, b: op("SelectV2", c, a, b),
                 [np.array([True, False, True]), r(2, 3), r(3)]),
    "ClipByValue": (lambda t, lo, hi: op("ClipByValue", t, lo, hi),
                    [np.array([[-2.0, 0.1, 0.4], [2.0, -0.3, 0.9]]), np.array(-0.5),
                     np.array(0.5)]),
    "Cast": (lambda t: op("Cast", t, DstT=dtypes.float64), [r(2, 3, dtype=np.float32)]),
    # ---- complex
    "Angle": unary("Angle", cplx(2, 3), Tout=dtypes.float64),
    "ComplexAbs": unary("ComplexAbs", cplx(2, 3), Tout=dtypes.float64),
    "Conj": unary("Conj", cplx(2, 3)),
    "Real": unary("Real", cplx(2, 3), Tout=dtypes.float64),
    "Imag": unary("Imag", cplx(2, 3), Tout=dtypes.float64),
    # ---- reductions and scans
    "Sum": (lambda t: op("Sum", t, i32(1)), [r(2, 3)]),
    "Mean": (lambda t: op("Mean", t, i32(0), keep_dims=True), [r(2, 3)]),
    "Max": (lambda t: op("Max", t, i32(1)), [distinct(2, 3)]),
    "Min": (lambda t: op("Min", t, i32(0, 1)), [distinct(2, 3)]),
    "Prod": (lambda t: op("Prod", t, i32(1)), [away(2, 3, lo=0.5)]),
    "EuclideanNorm": (lambda t: op("EuclideanNorm", t, i32(1)), [away(2, 3)]),
    "Cumsum": (lambda t: op("Cumsum", t, np.int32(1), exclusive=True), [r(2, 3)]),
    "Cumprod": (lambda t: op("Cumprod", t, np.int32(1), reverse=True), [away(2, 3, lo=0.5)]),
    "CumulativeLogsumexp": (lambda t: op("CumulativeLogsumexp", t, np.int32(1)), [r(2, 3)]),
    # ---- shapes, slices, gathers
    "Reshape": (lambda t: op("Reshape", t, i32(3, 2)), [r(2, 3)]),
    "ExpandDims": (lambda t: op("ExpandDims", t, np.int32(1)), [r(2, 3)]),
    "Squeeze": (lambda t: op("Squeeze", t, squeeze_dims=[1]), [r(2, 1, 3)]),
    "Transpose": (lambda t: op("Transpose", t, i32(1, 0)), [r(2, 3)]),
    "ConjugateTranspose": (lambda t: op("ConjugateTranspose", t, i32(1, 0)), [cplx(2, 3)]),
    "Tile": (lambda t: op("Tile", t, i32(2, 1)), [r(2, 3)]),
    "BroadcastTo": (lambda t: op("BroadcastTo", t, i32(2, 2, 3)), [r(2, 1, 3)]),
    "Fill": (lambda v: op("Fill", i32(2, 3), v), [np.array(0.7)]),
    "Pad": (lambda t: op("Pad", t, i32(1, 0, 0, 2).reshape(2, 2)), [r(2, 3)]),
    "PadV2": (lambda t, c: op("PadV2", t, i32(1, 0, 0, 2).reshape(2, 2), c),
              [r(2, 3), fixed(np.array(0.5))]),
    "MirrorPad": (lambda t: op("MirrorPad", t, i32(1, 1, 2, 0).reshape(2, 2), mode="REFLECT"),
                  [r(3, 4)]),
    "MirrorPadGrad": (lambda t: op("MirrorPadGrad", t, i32(1, 1, 2, 0).reshape(2, 2),
                                   mode="SYMMETRIC"), [r(5, 6)]),
    "Slice": (lambda t: op("Slice", t, i32(0, 1), i32(2, 2)), [r(3, 4)]),
    "StridedSlice": (lambda t: op("StridedSlice", t, i32(0, 3), i32(3, 0), i32(2, -1)),
                     [r(3, 4)]),
    "StridedSliceGrad": (lambda dy: op("StridedSliceGrad", i32(3, 4), i32(0, 3), i32(3, 0),
                                       i32(2, -1), dy), [r(2, 3)]),
    "ConcatV2": (lambda a, b: op("ConcatV2", [a, b], np.int32(1)), [r(2, 3), r(2, 2)]),
    "Pack": (lambda a, b: op("Pack", [a, b], axis=1), [r(2, 3), r(2, 3)]),
    "Unpack": (lambda t: op("Unpack", t, num=3, axis=1), [r(2, 3)]),
    "Split": (lambda t: op("Split", np.int32(1), t, num_split=2), [r(2, 4)]),
    "SplitV": (lambda t: op("SplitV", t, i32(1, 3), np.int32(1), num_split=2), [r(2, 4)]),
    "ReverseV2": (lambda t: op("ReverseV2", t, i32(1)), [r(2, 3)]),
    "GatherV2": (lambda p: op("GatherV2", p, i32(2, 0, 2), np.int32(0)), [r(3, 2)]),
    "GatherNd": (lambda p: op("GatherNd", p, i32(0, 1, 2, 0, 0, 1).reshape(3, 2)), [r(3, 2)]),
    "ScatterNd": (lambda u: op("ScatterNd", i32(2, 0, 2).reshape(3, 1), u, i32(4, 2)),
                  [r(3, 2)]),
    "Diag": unary("Diag", r(3)),
    "DiagPart": unary("DiagPart", r(3, 3)),
    "MatrixBandPart": (lambda t: op("MatrixBandPart", t, np.int64(1), np.int64(0)), [r(3, 3)]),
    "MatrixDiagPartV3": (lambda t: op("MatrixDiagPartV3", t, np.int32(1), np.float64(0.0)),
                         [r(3, 4)]),
    "MatrixDiagV3": (lambda d: op("MatrixDiagV3", d, np.int32(0), np.int32(-1), np.int32(-1),
                                  np.float64(0.0)), [r(3)]),
    "MatrixSetDiagV3": (lambda t, d: op("MatrixSetDiagV3", t, d, np.int32(0)), [r(3, 3), r(3)]),
    "MatrixDiag": unary("MatrixDiag", r(2, 3)),
    "MatrixDiagPart": unary("MatrixDiagPart", r(2, 3, 3)),
    "MatrixSetDiag": binary("MatrixSetDiag", r(3, 4), r(3)),
    "ReverseSequence": (lambda t: op("ReverseSequence", t, np.array([2, 3], np.int64), seq_dim=1),
                        [r(2, 4)]),
    "TensorScatterAdd": (lambda t, u: op("TensorScatterAdd", t, i32(2, 0).reshape(2, 1), u),
                         [r(4, 2), r(2, 2)]),
    "TensorScatterSub": (lambda t, u: op("TensorScatterSub", t, i32(2, 0).reshape(2, 1), u),
                         [r(4, 2), r(2, 2)]),
    "TensorScatterUpdate": (lambda t, u: op("TensorScatterUpdate", t, i32(2, 0).reshape(2, 1), u),
                            [r(4, 2), r(2, 2)]),
    "EnsureShape": (lambda t: op("EnsureShape", t, shape=dtypes_shape([2, 3])), [r(2, 3)]),
    "TopKV2": (lambda t: op("TopKV2", t, np.int32(2)), [distinct(2, 4)]),
    # ---- segments
    "SegmentSum": (lambda d: op("SegmentSum", d, i32(0, 0, 1)), [r(3, 2)]),
    "SegmentMean": (lambda d: op("SegmentMean", d, i32(0, 0, 1)), [r(3, 2)]),
    "SegmentMax": (lambda d: op("SegmentMax", d, i32(0, 0, 1)), [distinct(3, 2)]),
    "SegmentMin": (lambda d: op("SegmentMin", d, i32(0, 0, 1)), [distinct(3, 2)]),
    "SegmentProd": (lambda d: op("SegmentProd", d, i32(0, 0, 1)), [away(3, 2, lo=0.5)]),
    "UnsortedSegmentSum": (lambda d: op("UnsortedSegmentSum", d, i32(1, 0, 1), np.int32(3)),
                           [r(3, 2)]),
    "UnsortedSegmentMax": (lambda d: op("UnsortedSegmentMax", d, i32(1, 0, 1), np.int32(2)),
                           [distinct(3, 2)]),
    "UnsortedSegmentMin": (lambda d: op("UnsortedSegmentMin", d, i32(1, 0, 1), np.int32(2)),
                           [distinct(3, 2)]),
    "UnsortedSegmentProd": (lambda d: op("UnsortedSegmentProd", d, i32(1, 0, 1), np.int32(2)),
                            [away(3, 2, lo=0.5)]),
    # ---- linear algebra
    "MatMul": (lambda a, b: op("MatMul", a, b, transpose_b=True), [r(2, 3), r(4, 3)]),
    "BatchMatMul": (lambda a, b: op("BatchMatMul", a, b, adj_x=True), [r(2, 3, 2), r(2, 3, 4)]),
    "BatchMatMulV2": (lambda a, b: op("BatchMatMulV2", a, b), [r(2, 2, 3), r(3, 4)]),
    "SparseMatMul": (lambda a, b: op("SparseMatMul", a, b, transpose_b=True),
                     [r(2, 3, dtype=np.float32), r(4, 3, dtype=np.float32)], F32),
    "Einsum": (lambda a, b: op("Einsum", [a, b], equation="ij,jk->ik"), [r(2, 3), r(3, 2)]),
    "Cross": binary("Cross", r(2, 3), r(2, 3)),
    "Cholesky": (lambda a: op("Cholesky", op("AddV2", op("MatMul", a, a, transpose_b=True),
                                             3.0 * np.eye(3))), [r(3, 3)]),
    "MatrixDeterminant": unary("MatrixDeterminant", spd(3)),
    "LogMatrixDeterminant": unary("LogMatrixDeterminant", spd(3) * np.array([1, -1, 1.0])),
    "MatrixInverse": unary("MatrixInverse", spd(3)),
    "MatrixSolve": binary("MatrixSolve", spd(3), r(3, 2)),
    "MatrixTriangularSolve": (lambda m, b: op("MatrixTriangularSolve", m, b, lower=True),
                              [np.tril(r(3, 3)) + 2 * np.eye(3), r(3, 2)]),
    "Qr": unary("Qr", r(4, 3)),
    "Svd": (lambda t: op("Svd", t, compute_uv=False), [r(3, 3)]),
    "SelfAdjointEigV2": (lambda t: op("SelfAdjointEigV2", symmetric(t), compute_v=False),
                         [r(3, 3)]),
    # ---- nn
    "BiasAdd": binary("BiasAdd", r(2, 3), r(3)),
    "BiasAddGrad": unary("BiasAddGrad", r(2, 3)),
    # Both outputs (loss and backprop) are weighted: the logits' gradient includes the
    # second-order term. TF's gradient for labels ignores the backprop output, so the labels
    # are checked through the loss alone in SoftmaxCrossEntropyWithLogits:labels below.
    "SoftmaxCrossEntropyWithLogits": (
        lambda f, lab: op("SoftmaxCrossEntropyWithLogits", f, lab),
        [r(2, 3), fixed(np.array([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]]))]),
    "SoftmaxCrossEntropyWithLogits:labels": (
        lambda f, lab: op("SoftmaxCrossEntropyWithLogits", f, lab)[0],
        [r(2, 3), np.array([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])]),
    "SparseSoftmaxCrossEntropyWithLogits": (
        lambda f: op("SparseSoftmaxCrossEntropyWithLogits", f, i32(2, 0))[0], [r(2, 3)]),
    "Conv2D": (lambda x, f: op("Conv2D", x, f, **CONV), [r(1, 4, 4, 2), r(2, 2, 2, 3)]),
    "Conv2DBackpropInput": (lambda f, g: op("Conv2DBackpropInput", i32(1, 4, 4, 2), f, g, **CONV),
                            [r(2, 2, 2, 3), r(1, 4, 4, 3)]),
    "Conv2DBackpropFilter": (lambda x, g: op("Conv2DBackpropFilter", x, i32(2, 2, 2, 3), g,
                                             **CONV), [r(1, 4, 4, 2), r(1, 4, 4, 3)]),
    "DepthwiseConv2dNative": (lambda x, f: op("DepthwiseConv2dNative", x, f, **CONV),
                              [r(1, 4, 4, 2), r(2, 2, 2, 2)]),
    "DepthwiseConv2dNativeBackpropInput": (
        lambda f, g: op("DepthwiseConv2dNativeBackpropInput", i32(1, 4, 4, 2), f, g, **CONV),
        [r(2, 2, 2, 2), r(1, 4, 4, 4)]),
    "DepthwiseConv2dNativeBackpropFilter": (
        lambda x, g: op("DepthwiseConv2dNativeBackpropFilter", x, i32(2, 2, 2, 2), g, **CONV),
        [r(1, 4, 4, 2), r(1, 4, 4, 4)]),
    "AvgPool": (lambda x: op("AvgPool", x, **POOL), [r(1, 4, 4, 2)]),
    "AvgPoolGrad": (lambda g: op("AvgPoolGrad", i32(1, 4, 4, 2), g, **POOL), [r(1, 2, 2, 2)]),
    "MaxPool": (lambda x: op("MaxPool", x, **POOL), [distinct(1, 4, 4, 2)]),
    "MaxPoolGrad": (lambda a, b, g: op("MaxPoolGrad", a, b, g, **POOL),
                    [fixed(_pool_in), fixed(_pool_out), r(1, 2, 2, 2, dtype=np.float32)], F32),
    "MaxPoolGradGrad": (lambda a, b, g: op("MaxPoolGradGrad", a, b, g, **POOL),
                        [fixed(_pool_in), fixed(_pool_out), r(1, 4, 4, 2, dtype=np.float32)],
                        F32),
    "AvgPool3D": (lambda x: op("AvgPool3D", x, **POOL3), [r(1, 4, 4, 4, 1)]),
    "AvgPool3DGrad": (lambda g: op("AvgPool3DGrad", i32(1, 4, 4, 4, 1), g, **POOL3),
                      [r(1, 2, 2, 2, 1)]),
    "MaxPool3D": (lambda x: op("MaxPool3D", x, **POOL3), [_x_vol], F32),
    "MaxPool3DGrad": (lambda a, b, g: op("MaxPool3DGrad", a, b, g, **POOL3),
                      [fixed(_pool3_in), fixed(_pool3_out), r(1, 2, 2, 2, 1, dtype=np.float32)],
                      F32),
    "MaxPool3DGradGrad": (lambda a, b, g: op("MaxPool3DGradGrad", a, b, g, **POOL3),
                          [fixed(_pool3_in), fixed(_pool3_out),
                           r(1, 4, 4, 4, 1, dtype=np.float32)], F32),
    "FusedBatchNormV3": (lambda x, s, o: op("FusedBatchNormV3", x, s, o,
                                            np.zeros(0, np.float32), np.zeros(0, np.float32),
                                            is_training=True)[0],
                         [r(2, 2, 2, 3, dtype=np.float32), r(3, lo=0.5, hi=1.5, dtype=np.float32),
                          r(3, dtype=np.float32)], F32),
}

def _cond(x, stateful=False):
    import tensorweave.compat.v1 as tf

    def square():
        y = op("Mul", x, x)
        return op("Print", y, [y], first_n=0) if stateful else y

    return tf.cond(tf.constant(True), square, lambda: op("Mul", x, 3.0))


def _switch_case(x, stateful=False):
    import tensorweave.compat.v1 as tf

    def square():
        y = op("Mul", x, x)
        return op("Print", y, [y], first_n=0) if stateful else y

    return tf.switch_case(tf.constant(1), [lambda: op("Mul", x, 2.0), square])


def _while(x, stateful=False):
    import tensorweave.compat.v1 as tf

    def body(i, v):
        v = op("Mul", v, x)
        return i + 1, (op("Print", v, [v], first_n=0) if stateful else v)

    return tf.while_loop(lambda i, v: i < 3, body, [tf.constant(0), tf.ones([2], tf.float64)])[1]


def _partitioned_call(x, stateful=False):
    from tensorweave.ops import control_flow_ops

    def fn():
        y = op("Mul", op("Sin", x), x)
        return op("Print", y, [y], first_n=0) if stateful else y

    return control_flow_ops.partitioned_call(fn)


def _tensor_list(t):
    """Through a TensorList: from_tensor, set_item, get_item and stack."""
    shape = i32(3)
    handle = op("TensorListFromTensor", t, shape, element_dtype=dtypes.float64)
    row = op("TensorListGetItem", handle, np.int32(1), shape, element_dtype=dtypes.float64)
    handle = op("TensorListSetItem", handle, np.int32(0), op("Mul", row, row),
                element_dtype=dtypes.float64)
    return op("TensorListStack", handle, shape, element_dtype=dtypes.float64)


def _tensor_list_gather_scatter(t):
    """Scatter rows (squared) into a reserved list, then gather them back in another order."""
    shape = i32(3)
    handle = op("TensorListReserve", shape, np.int32(4), element_dtype=dtypes.float64,
                shape_type=dtypes.int32)
    handle = op("TensorListScatterIntoExistingList", handle, op("Mul", t, t), i32(3, 0))
    return op("TensorListGather", handle, i32(0, 3), shape, element_dtype=dtypes.float64)


def _tensor_list_concat_split(t):
    """Split a vector into a list of pieces, scale one piece, concatenate them again."""
    handle = op("TensorListSplit", t, np.int32(-1), np.array([2, 4], np.int64),
                element_dtype=dtypes.float64, shape_type=dtypes.int32)
    piece = op("TensorListGetItem", handle, np.int32(0), i32(2), element_dtype=dtypes.float64)
    handle = op("TensorListSetItem", handle, np.int32(0), op("Mul", piece, piece),
                element_dtype=dtypes.float64)
    return op("TensorListConcatV2", handle, i32(-1), np.array([2, 4], np.int64),
              element_dtype=dtypes.float64, shape_type=dtypes.int32)[0]


CONTROL_FLOW = {
    "TensorListGather": (_tensor_list_gather_scatter, [r(2, 3)]),
    "TensorListScatterIntoExistingList": (_tensor_list_gather_scatter, [r(2, 3)]),
    "TensorListSplit": (_tensor_list_concat_split, [r(6)]),
    "TensorListConcatV2": (_tensor_list_concat_split, [r(6)]),
    "PartitionedCall": (_partitioned_call, [r(3)]),
    "StatefulPartitionedCall": (lambda x: _partitioned_call(x, stateful=True), [r(3)]),
    "TensorListFromTensor": (_tensor_list, [r(2, 3)]),
    "TensorListGetItem": (_tensor_list, [r(2, 3)]),
    "TensorListSetItem": (_tensor_list, [r(2, 3)]),
    "TensorListStack": (_tensor_list, [r(2, 3)]),
    "StatelessIf": (_cond, [r(2)]),
    "If": (lambda x: _cond(x, stateful=True), [r(2)]),
    "StatelessCase": (_switch_case, [r(2)]),
    "Case": (lambda x: _switch_case(x, stateful=True), [r(2)]),
    "StatelessWhile": (_while, [r(2)]),
    "While": (lambda x: _while(x, stateful=True), [r(2)]),
}
ENTRIES.update(CONTROL_FLOW)

# Image resizing (tensorweave/ops/image_ops.py): kernels compute in float32, so float32
# inputs (large numeric steps; the ops are linear) and coarse tolerances.
ENTRIES.update({
    "ResizeBilinear": (lambda x: op("ResizeBilinear", x, i32(3, 5)), [r(1, 2, 3, 2, dtype=np.float32)], F32),
    "ResizeBilinear:half_pixel": (lambda x: op("ResizeBilinear", x, i32(5, 2), half_pixel_centers=True),
                                  [r(1, 3, 3, 1, dtype=np.float32)], F32),
    "ResizeBicubic": (lambda x: op("ResizeBicubic", x, i32(4, 5), align_corners=True),
                      [r(1, 3, 3, 1, dtype=np.float32)], F32),
    "ResizeNearestNeighbor": (lambda x: op("ResizeNearestNeighbor", x, i32(5, 3)), [r(2, 3, 2, 1)]),
})

# SparseToDense (tensorweave/framework/sparse_tensor.py): values and default_value get gradients.
ENTRIES.update({
    "SparseToDense": (lambda v, d: op("SparseToDense", np.array([[0, 1], [1, 0], [2, 2]], np.int64),
                                      np.array([3, 3], np.int64), v, d), [r(3), r()]),
})

# Partition/stitch, roll and space/depth shuffles (tensorweave/ops/data_flow_ops.py,
# tensorweave/ops/array_extra_ops.py). Stitch indices are distinct: TF's gradient gives
# every duplicate the gradient, which is not the numeric one.
ENTRIES.update({
    "DynamicPartition": (lambda d: op("DynamicPartition", d, i32(1, 0, 1, 2), num_partitions=3),
                         [r(4, 2)]),
    "DynamicStitch": (lambda a, b: op("DynamicStitch", [i32(0, 3), i32(1, 2)], [a, b]), [r(2, 2), r(2, 2)]),
    "ParallelDynamicStitch": (lambda a, b: op("ParallelDynamicStitch", [i32(2, 0), i32(1)], [a, b]),
                              [r(2), r(1)]),
    "Roll": (lambda x: op("Roll", x, i32(1, -2), i32(0, 1)), [r(3, 4)]),
    "SpaceToDepth": (lambda x: op("SpaceToDepth", x, block_size=2), [r(1, 4, 2, 3)]),
    "DepthToSpace": (lambda x: op("DepthToSpace", x, block_size=2), [r(2, 1, 2, 4)]),
})

# Sparse segment reductions (tensorweave/ops/sparse_segment_ops.py): a row used twice and
# one never used; segment 1 is empty in the num_segments forms.
_SSEG_IDX, _SSEG_SEG = i32(0, 2, 2, 3), i32(0, 0, 2, 2)
ENTRIES.update({
    "SparseSegment%s" % kind: (lambda d, k=kind: op("SparseSegment" + k, d, _SSEG_IDX, _SSEG_SEG), [r(4, 2)])
    for kind in ("Sum", "Mean", "SqrtN")})
ENTRIES.update({
    "SparseSegment%sWithNumSegments" % kind: (
        lambda d, k=kind: op("SparseSegment%sWithNumSegments" % k, d, _SSEG_IDX, _SSEG_SEG, np.int32(4)),
        [r(4, 3)])
    for kind in ("Sum", "Mean", "SqrtN")})

# MaxPoolWithArgmax (tensorweave/ops/pooling_extra_ops.py): distinct values, no ties.
ENTRIES.update({
    "MaxPoolWithArgmax": (lambda x: op("MaxPoolWithArgmax", x, **POOL)[0], [distinct(1, 4, 4, 2)]),
    "MaxPoolWithArgmax:same": (lambda x: op("MaxPoolWithArgmax", x, ksize=[1, 3, 3, 1], strides=[1, 2, 2, 1],
                                            padding="SAME")[0], [distinct(2, 5, 5, 1)]),
})

# 3-D convolutions (tensorweave/ops/conv3d_ops.py).
_CONV3D = {"strides": [1, 1, 2, 1, 1], "padding": "SAME"}
ENTRIES.update({
    "Conv3D": (lambda x, f: op("Conv3D", x, f, **_CONV3D), [r(1, 3, 4, 3, 2), r(2, 2, 2, 2, 2)]),
    "Conv3DBackpropInputV2": (lambda w, g: op("Conv3DBackpropInputV2", i32(1, 3, 4, 3, 2), w, g, **_CONV3D),
                              [r(2, 2, 2, 2, 2), r(1, 3, 2, 3, 2)]),
    "Conv3DBackpropFilterV2": (lambda x, g: op("Conv3DBackpropFilterV2", x, i32(2, 2, 2, 2, 2), g, **_CONV3D),
                               [r(1, 3, 4, 3, 2), r(1, 3, 2, 3, 2)]),
})

# Sparse ops (tensorweave/ops/sparse_ops.py, sparse_math_ops.py): gradients of the values
# (and of the dense operand); indices and shapes are fixed.
_SP_IDX = np.array([[0, 0], [1, 2], [2, 1], [2, 3]], np.int64)
_SP_IDX_B = np.array([[0, 1], [1, 2], [2, 0]], np.int64)
_SP_SHAPE = np.array([3, 4], np.int64)
ENTRIES.update({
    "SparseAdd": (lambda a, b: op("SparseAdd", _SP_IDX, a, _SP_SHAPE, _SP_IDX_B, b, _SP_SHAPE, np.float64(0))[1],
                  [r(4), r(3)]),
    "SparseTensorDenseAdd": (lambda v, d: op("SparseTensorDenseAdd", _SP_IDX, v, _SP_SHAPE, d), [r(4), r(3, 4)]),
    "SparseReorder": (lambda v: op("SparseReorder", _SP_IDX[::-1].copy(), v, _SP_SHAPE)[1], [r(4)]),
    "SparseSlice": (lambda v: op("SparseSlice", _SP_IDX, v, _SP_SHAPE, np.array([1, 1], np.int64),
                                 np.array([2, 2], np.int64))[1], [r(4)]),
    "SparseFillEmptyRows": (lambda v, d: op("SparseFillEmptyRows", np.array([[3, 0], [1, 2], [1, 0]], np.int64), v,
                                            np.array([5, 4], np.int64), d)[1], [r(3), r()]),
    "SparseTensorDenseMatMul": (lambda v, b: op("SparseTensorDenseMatMul", _SP_IDX, v, _SP_SHAPE, b),
                                [r(4), r(4, 2)]),
    "SparseTensorDenseMatMul:adjoint": (lambda v, b: op("SparseTensorDenseMatMul", _SP_IDX, v, _SP_SHAPE, b,
                                                        adjoint_a=True, adjoint_b=True), [r(4), r(2, 3)]),
    "SparseReduceSum": (lambda v: op("SparseReduceSum", _SP_IDX, v, _SP_SHAPE, i32(-1)), [r(4)]),
    "SparseReduceSum:keep_dims": (lambda v: op("SparseReduceSum", _SP_IDX, v, _SP_SHAPE, i32(0), keep_dims=True),
                                  [r(4)]),
    "SparseSoftmax": (lambda v: op("SparseSoftmax", _SP_IDX, v, _SP_SHAPE), [r(4)]),
    "SparseDenseCwiseMul": (lambda v, d: op("SparseDenseCwiseMul", _SP_IDX, v, _SP_SHAPE, d), [r(4), r(3, 1)]),
    "SparseDenseCwiseDiv": (lambda v, d: op("SparseDenseCwiseDiv", _SP_IDX, v, _SP_SHAPE, d),
                            [r(4), away(4, lo=0.5)]),
})

# Space/batch shuffles (tensorweave/ops/space_batch_ops.py).
ENTRIES.update({
    "SpaceToBatchND": (lambda x: op("SpaceToBatchND", x, i32(2, 2), i32(1, 1, 0, 2).reshape(2, 2)), [r(1, 2, 2, 1)]),
    "BatchToSpaceND": (lambda x: op("BatchToSpaceND", x, i32(2, 1), i32(1, 0, 0, 0).reshape(2, 2)), [r(2, 2, 2, 1)]),
    "SpaceToBatch": (lambda x: op("SpaceToBatch", x, i32(0, 0, 1, 1).reshape(2, 2), block_size=2), [r(1, 2, 2, 1)]),
    "BatchToSpace": (lambda x: op("BatchToSpace", x, i32(0, 1, 1, 0).reshape(2, 2), block_size=2), [r(4, 1, 2, 1)]),
})

# Special functions, least squares and Fourier transforms (tensorweave/ops/special_math_ops.py,
# spectral_ops.py). Complex inputs are differentiated in real and imaginary parts.
ENTRIES.update({
    "Erfinv": unary("Erfinv", r(2, 3, lo=-0.9, hi=0.9)),
    "Ndtri": unary("Ndtri", r(2, 3, lo=0.1, hi=0.9)),
    "BesselI0e": unary("BesselI0e", away(2, 3, lo=0.2, hi=3.0)),
    "BesselI1e": unary("BesselI1e", away(2, 3, lo=0.2, hi=3.0)),
    "BesselI0": unary("BesselI0", r(2, 3, lo=-3.0, hi=3.0)),
    "BesselI1": unary("BesselI1", r(2, 3, lo=-3.0, hi=3.0)),
    "MatrixSolveLs": (lambda a, b: op("MatrixSolveLs", a, b, np.float64(0.3)), [r(4, 2), r(4, 2)]),
    "MatrixSolveLs:under": (lambda a, b: op("MatrixSolveLs", a, b, np.float64(0.0)), [r(2, 3) + np.eye(2, 3), r(2, 1)]),
})
for _rank, _sfx in ((1, ""), (2, "2D"), (3, "3D")):
    _cshape = (2,) * _rank
    ENTRIES["FFT" + _sfx] = (lambda x, s=_sfx: op("FFT" + s, x), [cplx(*_cshape)])
    ENTRIES["IFFT" + _sfx] = (lambda x, s=_sfx: op("IFFT" + s, x), [cplx(*_cshape)])
ENTRIES.update({
    "RFFT": (lambda x: op("RFFT", x, i32(6), Tcomplex=dtypes.complex128), [r(2, 4)]),
    "RFFT:crop": (lambda x: op("RFFT", x, i32(3), Tcomplex=dtypes.complex128), [r(5)]),
    "RFFT2D": (lambda x: op("RFFT2D", x, i32(3, 4), Tcomplex=dtypes.complex128), [r(3, 3)]),
    "IRFFT": (lambda y: op("IRFFT", y, i32(6), Treal=dtypes.float64), [cplx(2, 4)]),
    "IRFFT:odd": (lambda y: op("IRFFT", y, i32(5), Treal=dtypes.float64), [cplx(3)]),
    "IRFFT2D": (lambda y: op("IRFFT2D", y, i32(2, 4), Treal=dtypes.float64), [cplx(2, 3)]),
})

# CTC loss (tensorweave/ops/ctc_ops.py): gradient of the loss output with respect to the logits.
ENTRIES["CTCLoss"] = (lambda x: op("CTCLoss", x, np.array([[0, 0], [0, 1], [1, 0]], np.int64),
                                   i32(1, 0, 1), i32(4, 3))[0], [r(4, 2, 3)])

# TensorScatterMax/Min (tensorweave/ops/variable_update_ops.py): distinct values, no ties.
ENTRIES.update({
    "TensorScatter%s" % kind: (lambda t, u, k=kind: op("TensorScatter" + k, t, i32(1, 3).reshape(2, 1), u),
                               [distinct(4, 2), distinct(2, 2) + 0.05])
    for kind in ("Max", "Min")})

# Declared gradients that knowingly raise LookupError: TF1 dataflow control flow cannot run
# here (graphs using it are converted to functional If/While, whose gradients are checked).
NOT_CHECKED = {name: "TF1 dataflow control flow" for name in (
    "Switch", "RefSwitch", "Merge", "RefMerge", "Enter", "RefEnter", "Exit", "RefExit",
    "NextIteration", "RefNextIteration", "LoopCond")}
# Image ops TF registers no gradient for (tensorweave/ops/image_ops.py).
NOT_CHECKED.update({name: "no gradient in TF either" for name in (
    "ResizeArea", "AdjustContrastv2", "ResizeBicubicGrad", "ResizeNearestNeighborGrad")})
# Ops TF registers no gradient for: tf.gradients through them raises LookupError, as in TF.
NOT_CHECKED.update({name: "no gradient in TF either" for name in (
    "Unique", "UniqueWithCounts", "UniqueV2", "UniqueWithCountsV2", "ListDiff")})
# tf.py_function bodies run on NumPy arrays here (TF differentiates them with a GradientTape).
NOT_CHECKED["EagerPyFunc"] = "py_function bodies are not differentiable ops"

# Sparse ops TF registers no gradient for (tensorweave/ops/sparse_ops.py, sparse_math_ops.py).
NOT_CHECKED.update({name: "no gradient in TF either" for name in (
    "SparseReshape", "SparseSplit", "SparseSliceGrad", "SparseFillEmptyRowsGrad", "SparseReduceMax",
    "SparseReduceMaxSparse", "SparseReduceSumSparse")})

NOT_CHECKED.update({name: "no gradient in TF either" for name in ("RFFT3D", "IRFFT3D")})
NOT_CHECKED["GuaranteeConst"] = "no gradient in TF either (tensorweave/ops/misc_api_ops.py)"

# Image ops of tensorweave/ops/image_extra_ops.py.
ENTRIES.update({
    "RGBToHSV": (lambda x: op("RGBToHSV", x), [np.array([[0.2, 0.5, 0.9], [0.8, 0.3, 0.1],
                                                         [0.4, 0.7, 0.6]])]),
    "CropAndResize": (lambda x, b: op("CropAndResize", x, b, i32(0, 0), i32(3, 2)),
                      [r(1, 4, 5, 2, dtype=np.float32),
                       np.array([[0.11, 0.13, 0.71, 0.83], [0.27, 0.05, 0.62, 0.47]], np.float32)], F32),
    "ExtractImagePatches": (lambda x: op("ExtractImagePatches", x, ksizes=[1, 2, 3, 1],
                                         strides=[1, 2, 1, 1], rates=[1, 1, 2, 1], padding="SAME"),
                            [r(2, 4, 5, 2)]),
    "ExtractVolumePatches": (lambda x: op("ExtractVolumePatches", x, ksizes=[1, 2, 2, 2, 1],
                                          strides=[1, 1, 2, 1, 1], padding="SAME"), [r(1, 3, 3, 4, 2)]),
})
NOT_CHECKED.update({name: "no gradient in TF either" for name in (
    "AdjustHue", "AdjustSaturation", "CropAndResizeGradImage", "CropAndResizeGradBoxes",
    "NonMaxSuppressionV3", "NonMaxSuppressionV4", "NonMaxSuppressionV5", "CombinedNonMaxSuppression",
    "DrawBoundingBoxesV2", "DecodeBmp", "DecodeGif", "ExtractJpegShape", "DecodeAndCropJpeg",
    "EncodeJpegVariableQuality")})

# Gradients TF declares but that fail when called (recorded from TF 2.21): the same class here.
RAISING = {
    "SparseSparseMaximum": TypeError,
    "SparseSparseMinimum": TypeError,
    "SparseDenseCwiseAdd": NotImplementedError,
    "SoftsignGrad": LookupError,  # TF registers no gradient for it
}

# Ops reading a resource variable: differentiated with respect to the variable's handle (the
# gradient of the value it holds), numerically by loading perturbed values into the variable.
# Differentiable ops whose gradient is checked by another test, not numerically here.
CHECKED_ELSEWHERE = {
    **{name: "TF1 TensorArray ops (resource handle and flow): their gradients go through "
             "TensorArrayGradV3 and are checked against TF's values in tests/ops/test_tensor_array_v1.py"
       for name in ("TensorArrayReadV3", "TensorArrayWriteV3", "TensorArrayGatherV3",
                    "TensorArrayScatterV3", "TensorArrayConcatV3", "TensorArraySplitV3")},
    "RandomGamma": "a stateful sampler, not smooth in alpha under a fixed seed: RandomGammaGrad is checked "
                   "against TF's values in tests/ops/test_random_ops.py",
}

VARIABLE_INPUT = {
    "ReadVariableOp": (lambda h: op("ReadVariableOp", h, dtype=dtypes.float64), r(2, 3)),
    "ResourceGather": (lambda h: op("ResourceGather", h, i32(2, 0, 2), dtype=dtypes.float64),
                       r(3, 2)),
}


# Ops with a declared gradient but only integer outputs: the gradient must be all None.
NO_FLOAT_OUTPUT = {
    "ArgMax": lambda: op("ArgMax", np.array([1.0, 3.0, 2.0]), np.int32(0)),
    "ArgMin": lambda: op("ArgMin", np.array([1.0, 3.0, 2.0]), np.int32(0)),
}


# Special functions, linear algebra and morphology gaps (tensorweave/ops/special_math_extra_ops.py,
# linalg_extra_ops.py, nn_extra_ops.py). TF gives no gradient for Betainc's a and b, Zeta's x and
# Polygamma's n: those inputs are fixed.
ENTRIES.update({
    "Igamma": binary("Igamma", r(2, 3, lo=0.5, hi=3.0), r(3, lo=0.3, hi=3.0)),
    "Igammac": binary("Igammac", r(2, 3, lo=0.5, hi=3.0), r(3, lo=0.3, hi=3.0)),
    "Zeta": (lambda x, q: op("Zeta", x, q), [fixed(np.array([2.0, 3.5, 4.0])), r(3, lo=0.5, hi=3.0)]),
    "Polygamma": (lambda n, x: op("Polygamma", n, x), [fixed(np.array([0.0, 1.0, 2.0])), r(2, 3, lo=0.5, hi=3.0)]),
    "NextAfter": binary("NextAfter", r(2, 3), r(3)),
    "Betainc": (lambda a, b, x: op("Betainc", a, b, x),
                [fixed(np.array([0.5, 2.0, 3.0])), fixed(np.array([1.5, 2.0, 0.7])), r(3, lo=0.2, hi=0.8)]),
    "MatrixSquareRoot": unary("MatrixSquareRoot", spd(3)),
    "TridiagonalSolve": (lambda d, b: op("TridiagonalSolve", d, b),
                         [np.array([[1.0, 2.0, 0.0], [4.0, 6.0, 7.0], [0.0, 8.0, 9.0]]) + r(3, 3, lo=-0.1, hi=0.1),
                          r(3, 2)]),
    "TridiagonalMatMul": (lambda a, b, c, x: op("TridiagonalMatMul", a, b, c, x),
                          [r(1, 3), r(1, 3), r(1, 3), r(3, 2)]),
    "Dilation2D": (lambda x, f: op("Dilation2D", x, f, strides=[1, 1, 1, 1], rates=[1, 1, 1, 1], padding="SAME"),
                   [distinct(1, 3, 3, 1), distinct(2, 2, 1) * 0.01]),
})
for _name, _lo, _hi in (("BesselJ0", 0.5, 3.0), ("BesselJ1", 0.5, 3.0), ("BesselY0", 0.5, 3.0),
                        ("BesselY1", 0.5, 3.0), ("BesselK0", 0.5, 3.0), ("BesselK0e", 0.5, 3.0),
                        ("BesselK1", 0.5, 3.0), ("BesselK1e", 0.5, 3.0), ("Dawsn", -2.0, 2.0),
                        ("Expint", 0.5, 3.0), ("FresnelCos", -2.0, 2.0), ("FresnelSin", -2.0, 2.0),
                        ("Spence", 0.2, 3.0)):
    ENTRIES[_name] = unary(_name, r(2, 3, lo=_lo, hi=_hi))
NOT_CHECKED.update({name: "no gradient in TF either" for name in (
    "Lu", "MatrixLogarithm", "Dilation2DBackpropInput", "Dilation2DBackpropFilter")})


# Straight-through estimators and seeded samplers (tensorweave/ops/quantization_ops.py,
# stateless_random_extra_ops.py): piecewise-constant or not smooth in their inputs, so a numeric
# gradient says nothing; their gradients are checked against TF's recorded values instead.
CHECKED_ELSEWHERE.update({name: "straight-through gradient of a quantizer: checked against TF's "
                                "values in tests/ops/test_quantization_ops.py and area ops4"
                          for name in ("FakeQuantWithMinMaxArgs", "FakeQuantWithMinMaxVars",
                                       "FakeQuantWithMinMaxVarsPerChannel",
                                       "QuantizeAndDequantizeV2", "QuantizeAndDequantizeV3",
                                       "QuantizeAndDequantizeV4")})
CHECKED_ELSEWHERE.update({name: "a seeded sampler: the alpha gradient (RandomGammaGrad) is checked "
                                "against TF's values in tests/ops/test_stateless_random_extra_ops.py"
                          for name in ("StatelessRandomGammaV2", "StatelessRandomGammaV3")})


# Fractional pooling (tensorweave/ops/fractional_pool_ops.py): a seeded deterministic op draws
# the same pooling sequences on every run, so its gradient is checked numerically.
_FRACTIONAL = {"pooling_ratio": [1.0, 1.5, 1.3, 1.0], "deterministic": True, "seed": 7, "seed2": 3}
ENTRIES.update({
    "FractionalMaxPool": (lambda x: op("FractionalMaxPool", x, overlapping=True, **_FRACTIONAL)[0],
                          [distinct(1, 5, 6, 2)]),
    "FractionalAvgPool": (lambda x: op("FractionalAvgPool", x, pseudo_random=True,
                                       **_FRACTIONAL)[0], [r(1, 5, 6, 2)]),
})


ENTRIES["ApproxTopK"] = (lambda x: op("ApproxTopK", x, k=2, reduction_dimension=1)[0],
                         [distinct(2, 5, 3, dtype=np.float32)], F32)


def dtypes_shape(dims):
    from tensorweave.framework.tensor_shape import TensorShape

    return TensorShape(dims)


def _differentiable_ops():
    return sorted(name for name, d in op_def.registered_ops().items()
                  if callable(op_def.gradient_of(d)))


def _op_type(entry_name):
    return entry_name.partition(":")[0]


def test_every_differentiable_op_has_a_numeric_check():
    covered = ({_op_type(n) for n in ENTRIES} | set(NO_FLOAT_OUTPUT) | set(NOT_CHECKED) | set(VARIABLE_INPUT)
               | set(RAISING) | set(CHECKED_ELSEWHERE))
    missing = [n for n in _differentiable_ops() if n not in covered]
    assert not missing, "differentiable ops without a gradient check entry: %s" % missing


def test_entries_name_registered_differentiable_ops():
    names = ({_op_type(n) for n in ENTRIES} | set(NO_FLOAT_OUTPUT) | set(NOT_CHECKED) | set(VARIABLE_INPUT)
             | set(RAISING) | set(CHECKED_ELSEWHERE))
    stale = sorted(n for n in names if n not in _differentiable_ops())
    assert not stale, "entries for ops that are not registered as differentiable: %s" % stale


@pytest.mark.parametrize("name", sorted(n for n, why in NOT_CHECKED.items()
                                         if why != "TF1 dataflow control flow"))
def test_unsupported_gradients_raise_lookup_error(name):
    # (TF1 dataflow control flow has TF's gradients: tests/ops/test_control_flow_v1.py)
    fake_op = types.SimpleNamespace(type=name, name="op", inputs=())
    grad_fn = op_def.registered_ops()[name].grad
    with pytest.raises(LookupError):
        grad_fn(fake_op, None)


@pytest.mark.parametrize("name", sorted(RAISING))
def test_gradients_that_fail_in_tf_fail_alike(name):
    fake_op = types.SimpleNamespace(type=name, name="op", inputs=())
    grad_fn = op_def.registered_ops()[name].grad
    with pytest.raises(RAISING[name]):
        grad_fn(fake_op, None)


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_gradient_matches_numeric(name):
    build, inputs, *options = ENTRIES[name]
    tolerance = options[0] if options else {}
    check_gradient(build, inputs, **tolerance)


@pytest.mark.parametrize("name", sorted(NO_FLOAT_OUTPUT))
def test_gradient_of_integer_outputs_is_none(name):
    from tensorweave.framework.graph import Graph

    with Graph().as_default():
        out = NO_FLOAT_OUTPUT[name]()
        grads = get_gradient_function(out.op)(out.op, out)
        assert list(grads) == [None] * len(out.op.inputs)


@pytest.mark.parametrize("name", sorted(VARIABLE_INPUT))
def test_gradient_through_a_variable_handle_matches_numeric(name):
    from tensorweave.framework.graph import Graph
    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.training.gradients import gradients

    build, value = VARIABLE_INPUT[name]
    tf = tensorweave.compat.v1
    with Graph().as_default():
        var = tf.Variable(value, use_resource=True)
        y = build(var.handle)
        w = tf.constant(RNG.standard_normal(y.shape.as_list()))
        loss = tf.reduce_sum(y * w)
        g = gradients(loss, [var.handle])[0]
        if isinstance(g, IndexedSlices):
            g = tf.convert_to_tensor(g)
        with tf.Session() as sess:
            sess.run(var.initializer)
            symbolic = sess.run(g)
            numeric = np.zeros_like(value)
            for j in range(value.size):
                vals = []
                for step in (1e-6, -1e-6):
                    x = value.copy()
                    x.reshape(-1)[j] += step
                    var.load(x, sess)
                    vals.append(sess.run(loss))
                numeric.reshape(-1)[j] = (vals[0] - vals[1]) / 2e-6
    np.testing.assert_allclose(symbolic, numeric, rtol=1e-5, atol=1e-6)
