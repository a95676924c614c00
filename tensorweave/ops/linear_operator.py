"""tf.linalg.LinearOperator and its common structured forms: FullMatrix, Diag, Identity,
ScaledIdentity and LowerTriangular.

As in TF these are Python objects that emit ordinary ops (MatMul, MatrixSolve, ...) when a
method is called; a structured operator uses its structure (a Diag multiplies element-wise,
a LowerTriangular solves by substitution) instead of building the dense matrix.
"""

import contextlib

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


def _tf(name):
    return _api.EXPORTS[name]


_FLOATING = (_dtypes.float16, _dtypes.bfloat16, _dtypes.float32, _dtypes.float64,
             _dtypes.complex64, _dtypes.complex128)


def _check_dtype(t, kind):
    if t.dtype.base_dtype not in _FLOATING:
        raise TypeError("Argument %s must have dtype in %s. Found: %s"
                        % (kind, [d.name for d in _FLOATING], t.dtype.name))


@tf_export("linalg.LinearOperator")
class LinearOperator:
    """Base class: subclasses define `_shape`, `_shape_tensor` and `_to_dense`, and override the
    other `_method`s where their structure gives a cheaper form than the dense matrix."""

    def __init__(self, dtype, graph_parents=None, is_non_singular=None, is_self_adjoint=None,
                 is_positive_definite=None, is_square=None, name=None, parameters=None):
        if is_positive_definite:
            if is_non_singular is False:
                raise ValueError("A positive definite matrix is always non-singular.")
            is_non_singular = True
        if is_non_singular:
            if is_square is False:
                raise ValueError("A non-singular matrix is always square.")
            is_square = True
        if is_self_adjoint:
            if is_square is False:
                raise ValueError("A self-adjoint matrix is always square.")
            is_square = True
        self._dtype = _dtypes.as_dtype(dtype).base_dtype if dtype is not None else None
        self._is_non_singular = is_non_singular
        self._is_self_adjoint = is_self_adjoint
        self._is_positive_definite = is_positive_definite
        self._is_square_hint = is_square
        self._name = name or type(self).__name__
        self._parameters = dict(parameters or {})

    # ------------------------------------------------------------ properties
    @property
    def dtype(self):
        return self._dtype

    @property
    def name(self):
        return self._name

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def is_non_singular(self):
        return self._is_non_singular

    @property
    def is_self_adjoint(self):
        return self._is_self_adjoint

    @property
    def is_positive_definite(self):
        return self._is_positive_definite

    @property
    def is_square(self):
        rows, cols = self.range_dimension, self.domain_dimension
        auto = None if rows is None or cols is None else rows == cols
        if self._is_square_hint is False and auto:
            raise ValueError("User set is_square hint to False, but the operator was square.")
        return self._is_square_hint if auto is None else auto

    @property
    def shape(self):
        return self._shape()

    @property
    def batch_shape(self):
        s = self.shape
        return TensorShape(None) if s.ndims is None else TensorShape(s.as_list()[:-2])

    @property
    def tensor_rank(self):
        return self.shape.ndims

    @property
    def range_dimension(self):
        s = self.shape
        return None if s.ndims is None else s.as_list()[-2]

    @property
    def domain_dimension(self):
        s = self.shape
        return None if s.ndims is None else s.as_list()[-1]

    @property
    def graph_parents(self):
        return []

    @contextlib.contextmanager
    def _name_scope(self, name):
        with name_scope(self._name), name_scope(name) as scope:
            yield scope

    def shape_tensor(self, name="shape_tensor"):
        with self._name_scope(name):
            if self.shape.is_fully_defined():
                return _ops.convert_to_tensor(np.array(self.shape.as_list(), np.int32))
            return self._shape_tensor()

    def batch_shape_tensor(self, name="batch_shape_tensor"):
        with self._name_scope(name):
            return self.shape_tensor()[:-2]

    def tensor_rank_tensor(self, name="tensor_rank_tensor"):
        with self._name_scope(name):
            return _tf("size")(self.shape_tensor())

    def range_dimension_tensor(self, name="range_dimension_tensor"):
        with self._name_scope(name):
            return self.shape_tensor()[-2]

    def domain_dimension_tensor(self, name="domain_dimension_tensor"):
        with self._name_scope(name):
            return self.shape_tensor()[-1]

    # ------------------------------------------------------------- methods
    def to_dense(self, name="to_dense"):
        with self._name_scope(name):
            return self._to_dense()

    def matmul(self, x, adjoint=False, adjoint_arg=False, name="matmul"):
        if isinstance(x, LinearOperator):
            left = self.adjoint() if adjoint else self
            right = x.adjoint() if adjoint_arg else x
            return LinearOperatorFullMatrix(_tf("linalg.matmul")(left.to_dense(), right.to_dense()))
        with self._name_scope(name):
            x = _ops.convert_to_tensor(x, dtype=self.dtype, name="x")
            return self._matmul(x, adjoint=adjoint, adjoint_arg=adjoint_arg)

    def __matmul__(self, other):
        return self.matmul(other)

    def matvec(self, x, adjoint=False, name="matvec"):
        with self._name_scope(name):
            x = _ops.convert_to_tensor(x, dtype=self.dtype, name="x")
            mat = _tf("expand_dims")(x, -1)
            return _tf("squeeze")(self._matmul(mat, adjoint=adjoint, adjoint_arg=False), [-1])

    def determinant(self, name="det"):
        if self.is_square is False:
            raise NotImplementedError("Determinant not implemented for an operator that is expected "
                                      "to not be square.")
        with self._name_scope(name):
            return self._determinant()

    def log_abs_determinant(self, name="log_abs_det"):
        if self.is_square is False:
            raise NotImplementedError("Determinant not implemented for an operator that is expected "
                                      "to not be square.")
        with self._name_scope(name):
            return self._log_abs_determinant()

    def solve(self, rhs, adjoint=False, adjoint_arg=False, name="solve"):
        if self.is_non_singular is False:
            raise NotImplementedError("Exact solve not implemented for an operator that is expected "
                                      "to be singular.")
        if self.is_square is False:
            raise NotImplementedError("Exact solve not implemented for an operator that is expected "
                                      "to not be square.")
        with self._name_scope(name):
            rhs = _ops.convert_to_tensor(rhs, dtype=self.dtype, name="rhs")
            return self._solve(rhs, adjoint=adjoint, adjoint_arg=adjoint_arg)

    def solvevec(self, rhs, adjoint=False, name="solve"):
        with self._name_scope(name):
            rhs = _ops.convert_to_tensor(rhs, dtype=self.dtype, name="rhs")
            mat = _tf("expand_dims")(rhs, -1)
            return _tf("squeeze")(self.solve(mat, adjoint=adjoint), [-1])

    def trace(self, name="trace"):
        with self._name_scope(name):
            return self._trace()

    def diag_part(self, name="diag_part"):
        with self._name_scope(name):
            return self._diag_part()

    def add_to_tensor(self, x, name="add_to_tensor"):
        with self._name_scope(name):
            x = _ops.convert_to_tensor(x, name="x")
            return _tf("add")(x, self.to_dense())

    def adjoint(self, name="adjoint"):
        if self.is_self_adjoint:
            return self
        with self._name_scope(name):
            return LinearOperatorFullMatrix(_tf("linalg.adjoint")(self.to_dense()),
                                            is_non_singular=self.is_non_singular,
                                            is_positive_definite=self.is_positive_definite,
                                            is_square=self._is_square_hint)

    H = property(adjoint)

    def inverse(self, name="inverse"):
        if self.is_square is False or self.is_non_singular is False:
            raise ValueError("Cannot take the Inverse: This operator represents a non square or "
                             "singular matrix.")
        with self._name_scope(name):
            return LinearOperatorFullMatrix(_tf("linalg.inv")(self.to_dense()),
                                            is_non_singular=self.is_non_singular,
                                            is_self_adjoint=self.is_self_adjoint,
                                            is_positive_definite=self.is_positive_definite, is_square=True)

    # ------------------------------------------------- dense fallbacks
    def _can_use_cholesky(self):
        return bool(self.is_self_adjoint and self.is_positive_definite)

    def _matmul(self, x, adjoint=False, adjoint_arg=False):
        return _tf("linalg.matmul")(self.to_dense(), x, adjoint_a=adjoint, adjoint_b=adjoint_arg)

    def _determinant(self):
        if self._can_use_cholesky():
            return _tf("exp")(self._log_abs_determinant())
        return _tf("linalg.det")(self.to_dense())

    def _log_abs_determinant(self):
        if self._can_use_cholesky():
            diag = _tf("linalg.diag_part")(_tf("linalg.cholesky")(self.to_dense()))
            return 2.0 * _tf("reduce_sum")(_tf("log")(diag), [-1])
        _, log_abs = _tf("linalg.slogdet")(self.to_dense())
        return log_abs

    def _solve(self, rhs, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            rhs = _tf("linalg.adjoint")(rhs)
        if self._can_use_cholesky():
            return _tf("linalg.cholesky_solve")(_tf("linalg.cholesky")(self.to_dense()), rhs)
        return _tf("linalg.solve")(self.to_dense(), rhs, adjoint=adjoint)

    def _trace(self):
        return _tf("reduce_sum")(self.diag_part(), [-1])

    def _diag_part(self):
        return _tf("linalg.diag_part")(self.to_dense())

    def _shape_tensor(self):
        return _tf("shape")(self.to_dense())

    def _shape(self):
        raise NotImplementedError


@tf_export("linalg.LinearOperatorFullMatrix")
class LinearOperatorFullMatrix(LinearOperator):
    """An operator backed by a dense [..., M, N] matrix."""

    def __init__(self, matrix, is_non_singular=None, is_self_adjoint=None, is_positive_definite=None,
                 is_square=None, name="LinearOperatorFullMatrix"):
        with name_scope(name):
            self._matrix = _ops.convert_to_tensor(matrix, name="matrix")
            _check_dtype(self._matrix, "matrix")
        if self._matrix.shape.ndims is not None and self._matrix.shape.ndims < 2:
            raise ValueError("Argument matrix must have at least 2 dimensions. Found: %s" % self._matrix)
        super().__init__(self._matrix.dtype, is_non_singular=is_non_singular, is_self_adjoint=is_self_adjoint,
                         is_positive_definite=is_positive_definite, is_square=is_square, name=name,
                         parameters={"matrix": matrix})

    def _shape(self):
        return self._matrix.shape

    def _shape_tensor(self):
        return _tf("shape")(self._matrix)

    def _to_dense(self):
        return self._matrix


@tf_export("linalg.LinearOperatorDiag")
class LinearOperatorDiag(LinearOperator):
    """A diagonal operator from its [..., N] diagonal; products are element-wise."""

    def __init__(self, diag, is_non_singular=None, is_self_adjoint=None, is_positive_definite=None,
                 is_square=None, name="LinearOperatorDiag"):
        with name_scope(name):
            self._diag = _ops.convert_to_tensor(diag, name="diag")
            _check_dtype(self._diag, "diag")
        if self._diag.shape.ndims is not None and self._diag.shape.ndims < 1:
            raise ValueError("Argument diag must have at least 1 dimension.  Found: %s" % self._diag)
        if not self._diag.dtype.is_complex:
            if is_self_adjoint is False:
                raise ValueError("A real diagonal operator is always self adjoint.")
            is_self_adjoint = True
        if is_square is False:
            raise ValueError("Only square diagonal operators currently supported.")
        super().__init__(self._diag.dtype, is_non_singular=is_non_singular, is_self_adjoint=is_self_adjoint,
                         is_positive_definite=is_positive_definite, is_square=True, name=name,
                         parameters={"diag": diag})

    @property
    def diag(self):
        return self._diag

    def _shape(self):
        s = self._diag.shape
        return TensorShape(None) if s.ndims is None else s.concatenate([s.as_list()[-1]])

    def _shape_tensor(self):
        d = _tf("shape")(self._diag)
        return _tf("concat")([d, d[-1:]], 0)

    def _term(self, adjoint):
        return _tf("math.conj")(self._diag) if adjoint and self._diag.dtype.is_complex else self._diag

    def _to_dense(self):
        return _tf("linalg.diag")(self._diag)

    def _matmul(self, x, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            x = _tf("linalg.adjoint")(x)
        return _tf("multiply")(_tf("expand_dims")(self._term(adjoint), -1), x)

    def _determinant(self):
        return _tf("reduce_prod")(self._diag, [-1])

    def _log_abs_determinant(self):
        return _tf("reduce_sum")(_tf("log")(_tf("abs")(self._diag)), [-1])

    def _solve(self, rhs, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            rhs = _tf("linalg.adjoint")(rhs)
        return _tf("divide")(rhs, _tf("expand_dims")(self._term(adjoint), -1))

    def _diag_part(self):
        return self._diag

    def _trace(self):
        return _tf("reduce_sum")(self._diag, [-1])


class _BaseIdentity(LinearOperator):
    def _init_rows(self, num_rows, batch_shape):
        if isinstance(num_rows, _ops.Tensor):
            from tensorweave.framework.tensor_util import constant_value

            value = constant_value(num_rows)
            self._num_rows_static = None if value is None else int(value)
            self._num_rows = num_rows
        else:
            if int(num_rows) < 0:
                raise ValueError("Argument num_rows must be non-negative.  Found: %s" % num_rows)
            self._num_rows_static = int(num_rows)
            self._num_rows = _ops.convert_to_tensor(np.int32(num_rows), name="num_rows")
        if batch_shape is None:
            self._batch = []
        elif isinstance(batch_shape, _ops.Tensor):
            raise NotImplementedError("LinearOperatorIdentity with a batch_shape tensor is not supported")
        else:
            self._batch = [int(b) for b in batch_shape]
            if any(b < 0 for b in self._batch):
                raise ValueError("Argument batch_shape must be non-negative.  Found: %s" % batch_shape)

    def _shape(self):
        n = self._num_rows_static
        return TensorShape(self._batch + [n, n])

    def _shape_tensor(self):
        n = _tf("cast")(self._num_rows, _dtypes.int32)
        return _tf("concat")([np.array(self._batch, np.int32), _tf("stack")([n, n])], 0)

    def _ones_diag(self):
        shape = _tf("concat")([np.array(self._batch, np.int32),
                               _tf("reshape")(_tf("cast")(self._num_rows, _dtypes.int32), [1])], 0)
        return _tf("ones")(shape, dtype=self.dtype)

    def _broadcast(self, x):
        """x broadcast against the batch shape, as TF's identity operators do."""
        if not self._batch:
            return x
        zeros = _tf("zeros")(self._batch + [1, 1], dtype=x.dtype)
        return _tf("add")(x, zeros)


@tf_export("linalg.LinearOperatorIdentity")
class LinearOperatorIdentity(_BaseIdentity):
    """The [N, N] identity (optionally batched); products return their argument."""

    def __init__(self, num_rows, batch_shape=None, dtype=None, is_non_singular=True, is_self_adjoint=True,
                 is_positive_definite=True, is_square=True, assert_proper_shapes=False,
                 name="LinearOperatorIdentity"):
        for flag, what in ((is_self_adjoint, "self-adjoint"), (is_positive_definite, "positive definite"),
                           (is_non_singular, "non-singular"), (is_square, "square")):
            if not flag:
                raise ValueError("An identity operator is always %s." % what)
        with name_scope(name):
            self._init_rows(num_rows, batch_shape)
        super().__init__(dtype or _dtypes.float32, is_non_singular=True, is_self_adjoint=True,
                         is_positive_definite=True, is_square=True, name=name,
                         parameters={"num_rows": num_rows, "batch_shape": batch_shape, "dtype": dtype})

    def _to_dense(self):
        return _tf("eye")(self._num_rows, batch_shape=self._batch or None, dtype=self.dtype)

    def _matmul(self, x, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            x = _tf("linalg.adjoint")(x)
        return self._broadcast(x)

    def _determinant(self):
        return _tf("ones")(self._batch, dtype=self.dtype)

    def _log_abs_determinant(self):
        return _tf("zeros")(self._batch, dtype=self.dtype)

    def _solve(self, rhs, adjoint=False, adjoint_arg=False):
        return self._matmul(rhs, adjoint_arg=adjoint_arg)

    def _diag_part(self):
        return self._ones_diag()

    def _trace(self):
        return _tf("multiply")(_tf("ones")(self._batch, dtype=self.dtype),
                               _tf("cast")(self._num_rows, self.dtype))


@tf_export("linalg.LinearOperatorScaledIdentity")
class LinearOperatorScaledIdentity(_BaseIdentity):
    """`multiplier` times the [N, N] identity; `multiplier` is a scalar or has the batch shape."""

    def __init__(self, num_rows, multiplier, is_non_singular=None, is_self_adjoint=None,
                 is_positive_definite=None, is_square=True, assert_proper_shapes=False,
                 name="LinearOperatorScaledIdentity"):
        if not is_square:
            raise ValueError("A ScaledIdentity operator is always square.")
        with name_scope(name):
            self._multiplier = _ops.convert_to_tensor(multiplier, name="multiplier")
            _check_dtype(self._multiplier, "multiplier")
            self._init_rows(num_rows, None)
        m = self._multiplier.shape
        self._batch = [] if m.ndims is None else m.as_list()
        if not self._multiplier.dtype.is_complex and is_self_adjoint is False:
            raise ValueError("A real diagonal operator is always self adjoint.")
        if not self._multiplier.dtype.is_complex:
            is_self_adjoint = True
        super().__init__(self._multiplier.dtype, is_non_singular=is_non_singular, is_self_adjoint=is_self_adjoint,
                         is_positive_definite=is_positive_definite, is_square=True, name=name,
                         parameters={"num_rows": num_rows, "multiplier": multiplier})

    @property
    def multiplier(self):
        return self._multiplier

    def _mult(self, adjoint):
        m = self._multiplier
        return _tf("math.conj")(m) if adjoint and m.dtype.is_complex else m

    def _mat_mult(self, adjoint):
        return _tf("expand_dims")(_tf("expand_dims")(self._mult(adjoint), -1), -1)

    def _to_dense(self):
        return _tf("multiply")(self._mat_mult(False), _tf("eye")(self._num_rows, dtype=self.dtype))

    def _matmul(self, x, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            x = _tf("linalg.adjoint")(x)
        return _tf("multiply")(x, self._mat_mult(adjoint))

    def _n(self):
        return _tf("cast")(self._num_rows, self.dtype.real_dtype if self.dtype.is_complex else self.dtype)

    def _determinant(self):
        return _tf("pow")(self._multiplier, _tf("cast")(self._num_rows, self.dtype))

    def _log_abs_determinant(self):
        return _tf("multiply")(self._n(), _tf("log")(_tf("abs")(self._multiplier)))

    def _solve(self, rhs, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            rhs = _tf("linalg.adjoint")(rhs)
        return _tf("divide")(rhs, self._mat_mult(adjoint))

    def _diag_part(self):
        return _tf("multiply")(_tf("expand_dims")(self._multiplier, -1), self._ones_diag())

    def _trace(self):
        return _tf("multiply")(self._multiplier, _tf("cast")(self._num_rows, self.dtype))


@tf_export("linalg.LinearOperatorLowerTriangular")
class LinearOperatorLowerTriangular(LinearOperator):
    """The lower triangle of a [..., N, N] matrix (the part above the diagonal is ignored)."""

    def __init__(self, tril, is_non_singular=None, is_self_adjoint=None, is_positive_definite=None,
                 is_square=None, name="LinearOperatorLowerTriangular"):
        if is_square is False:
            raise ValueError("Only square lower triangular operators supported at this time.")
        with name_scope(name):
            self._tril = _ops.convert_to_tensor(tril, name="tril")
            _check_dtype(self._tril, "tril")
        if self._tril.shape.ndims is not None and self._tril.shape.ndims < 2:
            raise ValueError("Argument tril must have at least 2 dimensions.  Found: %s" % self._tril)
        super().__init__(self._tril.dtype, is_non_singular=is_non_singular, is_self_adjoint=is_self_adjoint,
                         is_positive_definite=is_positive_definite, is_square=True, name=name,
                         parameters={"tril": tril})

    def _shape(self):
        return self._tril.shape

    def _shape_tensor(self):
        return _tf("shape")(self._tril)

    def _get_tril(self):
        return _tf("linalg.band_part")(self._tril, -1, 0)

    def _to_dense(self):
        return self._get_tril()

    def _matmul(self, x, adjoint=False, adjoint_arg=False):
        return _tf("linalg.matmul")(self._get_tril(), x, adjoint_a=adjoint, adjoint_b=adjoint_arg)

    def _diag_part(self):
        return _tf("linalg.diag_part")(self._tril)

    def _determinant(self):
        return _tf("reduce_prod")(self._diag_part(), [-1])

    def _log_abs_determinant(self):
        return _tf("reduce_sum")(_tf("log")(_tf("abs")(self._diag_part())), [-1])

    def _solve(self, rhs, adjoint=False, adjoint_arg=False):
        if adjoint_arg:
            rhs = _tf("linalg.adjoint")(rhs)
        return _tf("linalg.triangular_solve")(self._get_tril(), rhs, lower=True, adjoint=adjoint)
