"""More special functions: the incomplete gamma and beta functions (Igamma, Igammac,
IgammaGradA, Betainc), Zeta, Polygamma, NextAfter, tf.math.special's Bessel J/Y/K, Dawson,
exponential, Fresnel and Spence functions, and the composites lbeta and erfcinv.

Kernels compute in float64 with the NumPy code of special_math_numpy.py (no SciPy).
"""

import math
import types

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework import scopes as _scopes
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.ops import math_ops as _m
from tensorweave.ops import special_math_numpy as _sn
from tensorweave.ops.special_math_ops import _c
from tensorweave.ops.special_math_ops import _wrapper as _public

_FLOAT = "bfloat16, half, float, double"


def _tf(name):
    return _api.EXPORTS[name]


def _op(type_name, *inputs):
    return apply_op(type_name, list(inputs), {})


def _float64(fn):
    """An array function computed in float64 and returned in the first input's dtype."""
    def kernel(self, *args):
        with np.errstate(all="ignore"):
            out = fn(*(np.asarray(a, np.float64) for a in args))
        return np.asarray(out).astype(args[0].dtype)

    return kernel


def _reduced(op, gx, gy):
    return list(_m.broadcast_gradients(op, gx, gy))


# ------------------------------------------------------------------ binary special functions
@register_op("Igamma", inputs=["a: T", "x: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT])
class Igamma(_m._Binary):
    kernel = _float64(lambda a, x: _sn.igamma_pair(a, x)[0])

    def grad(self, op, grad):
        a, x = op.inputs
        return _igamma_grads(op, a, x, grad, 1.0)


@register_op("Igammac", inputs=["a: T", "x: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT])
class Igammac(_m._Binary):
    kernel = _float64(lambda a, x: _sn.igamma_pair(a, x)[1])

    def grad(self, op, grad):
        a, x = op.inputs
        return _igamma_grads(op, a, x, grad, -1.0)


def _igamma_grads(op, a, x, grad, sign):
    partial_a = _op("IgammaGradA", a, x)
    # d/dx P(a, x) = exp(-x + (a - 1) log x - lgamma(a))
    log_density = _op("Sub", _op("Sub", _op("Mul", _op("Sub", a, _c(1, a)), _op("Log", x)), x),
                      _op("Lgamma", a))
    partial_x = _op("Exp", log_density)
    if sign < 0:
        partial_a, partial_x = _op("Neg", partial_a), _op("Neg", partial_x)
    return _reduced(op, _op("Mul", partial_a, grad), _op("Mul", partial_x, grad))


@register_op("IgammaGradA", inputs=["a: T", "x: T"], outputs=["z: T"], attrs=["T: {float, double}"])
class IgammaGradA(_m._Binary):
    kernel = _float64(_sn.igamma_grad_a)
    grad = None


def _random_gamma_grad(alpha, sample):
    """d sample / d alpha of a Gamma(alpha, 1) sample held at its CDF value (implicit
    reparameterization): -(dP/d alpha) / (dP/d sample), P the regularized lower gamma."""
    a, x = np.broadcast_arrays(np.asarray(alpha, np.float64), np.asarray(sample, np.float64))
    with np.errstate(all="ignore"):
        log_pdf = (a - 1.0) * np.log(x) - x - _sn._lgamma(a)
        return -_sn.igamma_grad_a(a, x) / np.exp(log_pdf)


@register_op("RandomGammaGrad", inputs=["alpha: T", "sample: T"], outputs=["output: T"],
             attrs=["T: {float, double}"])
class RandomGammaGrad(_m._Binary):
    kernel = _float64(_random_gamma_grad)
    grad = None


@register_op("Zeta", inputs=["x: T", "q: T"], outputs=["z: T"], attrs=["T: {float, double}"])
class Zeta(_m._Binary):
    kernel = _float64(_sn.zeta)

    def grad(self, op, grad):
        x, q = op.inputs
        partial_q = _op("Neg", _op("Mul", x, _op("Zeta", _op("AddV2", x, _c(1, x)), q)))
        return [None, _reduced(op, grad, _op("Mul", partial_q, grad))[1]]


@register_op("Polygamma", inputs=["a: T", "x: T"], outputs=["z: T"], attrs=["T: {float, double}"])
class Polygamma(_m._Binary):
    kernel = _float64(_sn.polygamma)

    def grad(self, op, grad):
        n, x = op.inputs
        partial_x = _op("Polygamma", _op("AddV2", n, _c(1, n)), x)
        return [None, _reduced(op, grad, _op("Mul", partial_x, grad))[1]]


@register_op("NextAfter", inputs=["x1: T", "x2: T"], outputs=["output: T"],
             attrs=["T: {double, float} = DT_FLOAT"])
class NextAfter(_m._Binary):
    def kernel(self, x1, x2):
        return np.nextafter(x1, x2)

    def grad(self, op, grad):
        x1, x2 = op.inputs
        with _scopes.control_dependencies([grad]):
            ones = _op("OnesLike", x1)
            zeros = _op("ZerosLike", x2)
        return _reduced(op, _op("Mul", ones, grad), _op("Mul", zeros, grad))


@register_op("Betainc", inputs=["a: T", "b: T", "x: T"], outputs=["z: T"], attrs=["T: {float, double}"])
class Betainc(OpDef):
    def shape(self, a, b, x):
        merged = None
        for t in (a, b, x):
            s = t.shape
            if s.ndims == 0:
                continue
            if merged is None:
                merged = s
            else:
                merged = merged.merge_with(s)
        return merged if merged is not None else a.shape

    def kernel(self, a, b, x):
        shapes = {v.shape for v in (a, b, x) if v.ndim}
        if len(shapes) > 1:
            from tensorweave.framework import errors

            raise errors.InvalidArgumentError(
                None, None, "Shapes of a, b, and x must match, or be scalars.")
        with np.errstate(all="ignore"):
            return _sn.betainc(a, b, x).astype(x.dtype)

    def grad(self, op, grad):
        a, b, x = op.inputs
        log_beta = _op("Sub", _op("AddV2", _op("Lgamma", a), _op("Lgamma", b)),
                       _op("Lgamma", _op("AddV2", a, b)))
        # Xlog1py/Xlogy: a zero exponent gives 0 even where the log is NaN (x outside [0, 1]).
        log_density = _op("Sub", _op("AddV2", _op("Xlog1py", _op("Sub", b, _c(1, b)), _op("Neg", x)),
                                     _op("Xlogy", _op("Sub", a, _c(1, a)), x)), log_beta)
        partial_x = _op("Mul", _op("Exp", log_density), grad)
        pair = types.SimpleNamespace(inputs=[a, x])
        return [None, None, _m.broadcast_gradients(pair, partial_x, partial_x)[1]]


# ------------------------------------------------------------------ unary special functions
def _unary(type_name, fn, grad):
    class Unary(OpDef):
        def shape(self, x):
            return x.shape

    Unary.kernel = _float64(fn)
    Unary.grad = lambda self, op, dy: [_op("Mul", dy, grad(op.inputs[0], op.outputs[0]))]
    Unary.__name__ = type_name
    register_op(type_name, inputs=["x: T"], outputs=["y: T"], attrs=["T: {%s}" % _FLOAT])(Unary)


def _safe_over_x(x, value, at_zero):
    """value / x, with `at_zero` where x == 0."""
    zero = _op("Equal", x, _c(0, x))
    safe = _op("SelectV2", zero, _op("OnesLike", x), x)
    return _op("SelectV2", zero, _op("Fill", _op("Shape", x), _c(at_zero, x)), _op("RealDiv", value, safe))


_unary("BesselJ0", lambda x: _sn.bessel_j(0, x), lambda x, y: _op("Neg", _op("BesselJ1", x)))
_unary("BesselJ1", lambda x: _sn.bessel_j(1, x),
       lambda x, y: _op("Sub", _op("BesselJ0", x), _safe_over_x(x, y, 0.5)))
_unary("BesselY0", lambda x: _sn.bessel_y(0, x), lambda x, y: _op("Neg", _op("BesselY1", x)))
_unary("BesselY1", lambda x: _sn.bessel_y(1, x),
       lambda x, y: _op("Sub", _op("BesselY0", x), _op("RealDiv", y, x)))
_unary("BesselK0", lambda x: _sn.bessel_k(0, x, False), lambda x, y: _op("Neg", _op("BesselK1", x)))
_unary("BesselK0e", lambda x: _sn.bessel_k(0, x, True), lambda x, y: _op("Sub", y, _op("BesselK1e", x)))
_unary("BesselK1", lambda x: _sn.bessel_k(1, x, False),
       lambda x, y: _op("Neg", _op("AddV2", _op("BesselK0", x), _op("RealDiv", y, x))))
_unary("BesselK1e", lambda x: _sn.bessel_k(1, x, True),
       lambda x, y: _op("Sub", _op("Sub", y, _op("BesselK0e", x)), _op("RealDiv", y, x)))
_unary("Dawsn", _sn.dawsn,
       lambda x, y: _op("Sub", _c(1, x), _op("Mul", _op("Mul", _c(2, x), x), y)))
_unary("Expint", _sn.expint, lambda x, y: _op("RealDiv", _op("Exp", x), x))
_unary("FresnelCos", lambda x: _sn.fresnel(x)[1],
       lambda x, y: _op("Cos", _op("Mul", _c(math.pi / 2, x), _op("Square", x))))
_unary("FresnelSin", lambda x: _sn.fresnel(x)[0],
       lambda x, y: _op("Sin", _op("Mul", _c(math.pi / 2, x), _op("Square", x))))


def _spence_slope(x, y):
    slope = _op("RealDiv", _op("Log", x), _op("Sub", _c(1, x), x))
    one = _op("Equal", x, _c(1, x))
    return _op("SelectV2", one, _op("Neg", _op("OnesLike", x)), slope)


_unary("Spence", _sn.spence, _spence_slope)


# ------------------------------------------------------------------------- public names
dawsn = _public("Dawsn", "dawsn", "math.special.dawsn")
expint = _public("Expint", "expint", "math.special.expint")
fresnel_cos = _public("FresnelCos", "fresnel_cos", "math.special.fresnel_cos")
fresnel_sin = _public("FresnelSin", "fresnel_sin", "math.special.fresnel_sin")
spence = _public("Spence", "spence", "math.special.spence")
bessel_j0 = _public("BesselJ0", "bessel_j0", "math.special.bessel_j0")
bessel_j1 = _public("BesselJ1", "bessel_j1", "math.special.bessel_j1")
bessel_y0 = _public("BesselY0", "bessel_y0", "math.special.bessel_y0")
bessel_y1 = _public("BesselY1", "bessel_y1", "math.special.bessel_y1")
bessel_k0 = _public("BesselK0", "bessel_k0", "math.special.bessel_k0")
bessel_k0e = _public("BesselK0e", "bessel_k0e", "math.special.bessel_k0e")
bessel_k1 = _public("BesselK1", "bessel_k1", "math.special.bessel_k1")
bessel_k1e = _public("BesselK1e", "bessel_k1e", "math.special.bessel_k1e")


def _binary(type_name, first, second):
    def fn(a, b, name=None):
        return apply_op(type_name, [a, b], {}, name=name)

    fn.__name__ = type_name.lower()
    fn.__doc__ = "Elementwise %s(%s, %s)." % (type_name, first, second)
    return fn


igamma = tf_export("math.igamma", "igamma")(_binary("Igamma", "a", "x"))
igammac = tf_export("math.igammac", "igammac")(_binary("Igammac", "a", "x"))
zeta = tf_export("math.zeta", "zeta")(_binary("Zeta", "x", "q"))
polygamma = tf_export("math.polygamma", "polygamma")(_binary("Polygamma", "a", "x"))


@tf_export("math.nextafter")
def nextafter(x1, x2, name=None):
    """The next representable value of x1 in the direction of x2, elementwise."""
    return apply_op("NextAfter", [x1, x2], {}, name=name)


@tf_export("math.betainc", "betainc")
def betainc(a, b, x, name=None):
    """The regularized incomplete beta function I_x(a, b)."""
    return apply_op("Betainc", [a, b, x], {}, name=name)


@tf_export("math.lbeta", "lbeta")
def lbeta(x, name=None):
    """log(|Beta(x)|) over the last dimension: sum(lgamma(x)) - lgamma(sum(x))."""
    with name_scope(name, "lbeta", [x]):
        x = _ops.convert_to_tensor(x, name="x")
        log_prod_gamma_x = _tf("reduce_sum")(_tf("lgamma")(x), axis=[-1])
        log_gamma_sum_x = _tf("lgamma")(_tf("reduce_sum")(x, axis=[-1]))
        return log_prod_gamma_x - log_gamma_sum_x


@tf_export("math.erfcinv")
def erfcinv(x, name=None):
    """The inverse of erfc: -ndtri(x / 2) / sqrt(2)."""
    with name_scope(name, "erfcinv", [x]):
        x = _ops.convert_to_tensor(x, name="start")
        return -_tf("math.ndtri")(0.5 * x) * np.sqrt(0.5)
