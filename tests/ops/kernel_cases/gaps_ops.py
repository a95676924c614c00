"""Special functions, linear algebra and morphology gaps (tensorweave/ops/special_math_extra_ops.py,
linalg_extra_ops.py, nn_extra_ops.py). References: values recorded from TensorFlow 2.21, or
NumPy where the definition is direct (nextafter, tridiagonal products, trivial backprops)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case

_X = np.array([0.2, 1.0, 2.5, 7.0, 30.0])
# TF 2.21 float64 values at _X.
_TF_UNARY = {
    "Dawsn": [0.1947510333680281, 0.5380795069127684, 0.22308372216743552, 0.0721809746582363, 0.016675941401059175],
    "Expint": [-0.8217605879024003, 1.895117816355937, 7.073765894578601, 191.50474333550136, 368973209407.2742],
    "FresnelCos": [0.19992105759445308, 0.779893400376823, 0.45741300964177706, 0.5454670925469698, 0.4999962473706091],
    "FresnelSin": [0.004187609161656763, 0.4382591473903547, 0.6191817558195929, 0.4997047894534464, 0.4893896744421938],
    "Spence": [1.0747946000082482, 0.0, -1.1473806603755703, -3.089942051088032, -7.280084707384272],
    "BesselJ0": [0.9900249722395763, 0.7651976865579665, -0.04838377646819804, 0.3000792705195556, -0.08636798358104031],
    "BesselJ1": [0.09950083263923604, 0.44005058574493355, 0.497094102464274, -0.004682823482345807, -0.11875106261662303],
    "BesselY0": [-1.081105322372115, 0.08825696421567697, 0.498070359615232, -0.025949743967209254, -0.11729573168666396],
    "BesselY1": [-3.323824988111847, -0.7812128213002888, 0.14591813796678577, -0.3026672370241849, 0.08442557066174712],
    "BesselK0": [1.7527038555281451, 0.42102443824070823, 0.062347553200366196, 0.0004247957418692318, 2.132477496463056e-14],
    "BesselK0e": [2.1407573233800403, 1.1444630798068947, 0.7595486903280997, 0.46584509609301583, 0.2278866656162537],
    "BesselK1": [4.775972543220472, 0.6019072301972348, 0.07389081634774707, 0.0004541824868848969, 2.1677320018915495e-14],
    "BesselK1e": [5.833386037186725, 1.6361534862632587, 0.900174423907878, 0.49807157509547645, 0.2316541293777118],
}


def _recorded(values, dtype):
    return lambda *inputs: np.array(values).astype(dtype)


def _unary_cases(op_type):
    return [Case([_X.astype(d)], _recorded(_TF_UNARY[op_type], d), rtol=2e-5 if d == F32 else 1e-9,
                 atol=1e-7 if d == F32 else 1e-12, name=np.dtype(d).name) for d in (F32, F64)]


CASES = {op: _unary_cases(op) for op in _TF_UNARY}

_A = np.array([0.5, 1.0, 2.0, 10.0, 0.0, -1.0, 3.0, 2.0])
_AX = np.array([0.3, 2.0, 1.5, 12.0, 1.0, 1.0, 0.0, np.inf])
CASES.update({
    "Igamma": [Case([_A, _AX], _recorded([0.5614219739190001, 0.8646647167633873, 0.44217459962892536,
                                          0.757607838329488, np.nan, np.nan, 0.0, 1.0], F64), rtol=1e-9)],
    "Igammac": [Case([_A, _AX], _recorded([0.43857802608099994, 0.1353352832366127, 0.5578254003710746,
                                           0.24239216167051197, np.nan, np.nan, 1.0, 0.0], F64), rtol=1e-9)],
    "IgammaGradA": [Case([_A[:4], _AX[:4]], _recorded([-0.7705703513753518, -0.22082542621185938,
                                                       -0.31348863782507946, -0.09717797203717947], F64),
                         rtol=1e-7)],
    # Recorded from TF 2.21 (tf.raw_ops.RandomGammaGrad).
    "RandomGammaGrad": [Case([np.array([0.5, 2.0], F64), np.array([0.2, 1.0], F64)],
                             _recorded([0.7940505663308433, 0.7507786921262597], F64), rtol=1e-6, name="float64"),
                        Case([np.array([[0.5], [2.0], [7.5]], F32),
                              np.array([[0.01, 0.3, 1.0], [0.5, 2.0, 6.0], [3.0, 7.0, 12.0]], F32)],
                             _recorded([[0.09354404, 1.0098021, 1.8782471], [0.49802664, 1.0862083, 1.7880158],
                                        [0.6241343, 0.9876149, 1.2814151]], F32), rtol=1e-4, name="broadcast")],
    "Betainc": [Case([np.array([0.5, 2.0, 5.0, 1.0, 2.0, -1.0], F32), np.array([0.5, 3.0, 1.5, 1.0, 2.0, 1.0], F32),
                      np.array([0.3, 0.8, 0.95, 0.0, 1.0, 0.5], F32)],
                     _recorded([0.36901015043258667, 0.9728000164031982, 0.9105891585350037, 0.0, 1.0, np.nan], F32),
                     rtol=1e-5),
                Case([np.array(2.0, F32), np.array([0.5, 3.0], F32), np.array([0.3, 0.8], F32)],
                     _recorded([0.03784096613526344, 0.9728000164031982], F32), rtol=1e-5, name="scalar_a")],
    "Zeta": [Case([np.array([2.0, 3.0, 1.5, 1.0, 0.5, 2.0, 2.0, 2.5], F32),
                   np.array([1.0, 2.5, 0.3, 1.0, 1.0, -2.0, -1.5, -1.5], F32)],
                  _recorded([1.644934058189392, 0.11810202151536942, 8.237762451171875, np.inf, np.nan, np.inf,
                             9.379246711730957, np.nan], F32), rtol=1e-5)],
    "Polygamma": [Case([np.array([0.0, 1.0, 2.0, 3.0, 1.5, -1.0, 1.0], F32),
                        np.array([2.5, 0.7, 3.0, 1.2, 1.0, 1.0, 0.0], F32)],
                       _recorded([0.7031568288803101, 2.8340485095977783, -0.1541137993335724, 3.244994640350342,
                                  np.nan, np.nan, np.inf], F32), rtol=1e-5)],
    "NextAfter": [Case([np.array([1.0, 0.0, 2.0], d), np.array([2.0, -1.0, 2.0], d)], np.nextafter,
                       rtol=0, atol=0, name=np.dtype(d).name) for d in (F32, F64)],
})

_LU_A = np.array([[1.0, 2.0, 0.5], [4.0, 1.0, -1.0], [0.3, -2.0, 3.0]])
_B = np.array([[2.0, 1.0], [0.5, 3.0]])
_DIAGS = np.array([[1.0, 2.0, 0.0], [4.0, 6.0, 7.0], [0.0, 8.0, 9.0]])


def _tri_dense(d):
    return np.diag(d[1]) + np.diag(d[0][:-1], 1) + np.diag(d[2][1:], -1)


def _check_lu(outs, ins):
    lu, p = outs
    a = ins[0]
    assert p.dtype == np.int32
    for i in range(a.shape[0]):
        lower = np.tril(lu[i], -1) + np.eye(3)
        np.testing.assert_allclose(lower @ np.triu(lu[i]), a[i][p[i]], rtol=1e-12, atol=1e-12)


CASES.update({
    "Lu": [Case([_LU_A], lambda a: [np.array([[4.0, 1.0, -1.0], [0.075, -2.075, 3.075],
                                              [0.25, -0.8433734939759036, 3.3433734939759034]]),
                                    np.array([1, 2, 0], I32)], rtol=1e-12),
           Case([np.stack([_LU_A, _LU_A.T])], None, check=_check_lu, name="batch")],
    "MatrixSquareRoot": [Case([_B], _recorded([[1.395851935785898, 0.32123939161554177],
                                               [0.1606196958077708, 1.7170913274014397]], F64), rtol=1e-12),
                         Case([np.array([[-1.0, 0.0], [0.0, 4.0]])], _recorded(np.full((2, 2), np.nan), F64),
                              name="negative_eigenvalue")],
    "MatrixLogarithm": [Case([_B.astype(np.complex128)],
                             _recorded([[0.6437435629862358, 0.4172609662659539],
                                        [0.20863048313297694, 1.0610045292521897]], np.complex128), rtol=1e-12)],
    "TridiagonalSolve": [Case([_DIAGS, np.array([[1.0], [2.0], [3.0]])],
                              _recorded([[0.4000000000000001], [-0.6000000000000002], [1.2000000000000004]], F64),
                              rtol=1e-12),
                         Case([np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 1.0], [0.0, 1.0, 1.0]]),
                               np.array([[1.0], [2.0], [3.0]])], _recorded(np.full((3, 1), np.nan), F64),
                              {"partial_pivoting": False}, name="zero_pivot_without_pivoting")],
    "TridiagonalMatMul": [Case([_DIAGS[0][None].astype(d), _DIAGS[1][None].astype(d), _DIAGS[2][None].astype(d),
                                np.array([[1.0, 0.5], [2.0, -1.0], [3.0, 2.0]], d)],
                               lambda s, m, b, r: (_tri_dense(np.concatenate([s, m, b]).astype(F64)) @ r).astype(r.dtype),
                               name=np.dtype(d).name) for d in (F32, F64)],
})

_DIL_X = (np.arange(40, dtype=F32).reshape(1, 4, 5, 2) % 7) - 3
_DIL_F = (np.arange(12, dtype=F32).reshape(2, 3, 2) % 5) * 0.5 - 1
_DIL = {"strides": [1, 1, 2, 1], "rates": [1, 2, 1, 1]}
_ONE = {"strides": [1, 1, 1, 1], "rates": [1, 1, 1, 1], "padding": "VALID"}
CASES.update({
    "Dilation2D": [
        Case([_DIL_X, _DIL_F], _recorded(np.reshape([1.0, 2.5, 1.5, 3.0, 1.5, 3.0, 3.5, -1.0, 4.0, 2.5, 2.0, 3.0, 3.0,
                                                     2.0, 3.5, 2.5, 1.0, 2.5, 3.0, -2.0, 3.0, 2.0, 1.0, 2.5],
                                                    (1, 4, 3, 2)), F32), dict(_DIL, padding="SAME"), name="same"),
        Case([_DIL_X, _DIL_F], _recorded(np.reshape([2.5, 1.0, 3.0, 4.0, 2.0, 3.5, 2.5, 1.0], (1, 2, 2, 2)), F32),
             dict(_DIL, padding="VALID"), name="valid")],
    # A 1x1 zero filter: every output picks its own input, so the backprops are the identity
    # and the sum over positions.
    "Dilation2DBackpropInput": [Case([np.arange(4, dtype=F32).reshape(1, 2, 2, 1), np.zeros((1, 1, 1), F32),
                                      np.array([1.0, 2.0, 3.0, 4.0], F32).reshape(1, 2, 2, 1)],
                                     lambda x, f, dy: dy, _ONE)],
    "Dilation2DBackpropFilter": [Case([np.arange(4, dtype=F32).reshape(1, 2, 2, 1), np.zeros((1, 1, 1), F32),
                                       np.array([1.0, 2.0, 3.0, 4.0], F32).reshape(1, 2, 2, 1)],
                                      lambda x, f, dy: np.full((1, 1, 1), 10.0, F32), _ONE)],
    "EditDistance": [Case([np.array([[0, 0], [0, 1], [1, 0]], I64), np.array([1, 2, 3], I32), np.array([2, 2], I64),
                           np.array([[0, 0], [1, 0], [1, 1]], I64), np.array([1, 3, 4], I32), np.array([2, 2], I64)],
                          _recorded([1.0, 0.5], F32), const=(2, 5)),
                     Case([np.array([[0, 0], [0, 1]], I64), np.array([1, 2], I64), np.array([2, 2], I64),
                           np.array([[0, 0]], I64), np.array([1], I64), np.array([2, 2], I64)],
                          _recorded([1.0, 0.0], F32), {"normalize": True}, const=(2, 5), name="empty_rows")],
})
