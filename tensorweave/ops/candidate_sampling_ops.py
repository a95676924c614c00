"""Candidate samplers (tf.nn.log_uniform_candidate_sampler, uniform_candidate_sampler,
fixed_unigram_candidate_sampler, learned_unigram_candidate_sampler, all_candidate_sampler),
compute_accidental_hits, and the sampled losses built on them: tf.nn.nce_loss and
tf.nn.sampled_softmax_loss.

A sampler draws `num_sampled` class ids from its distribution over [0, range_max) (distinct
ones when `unique`, by rejection) and reports each true and sampled class's expected count in
such a draw. Draws come from a per-(session, op) NumPy generator seeded like the other random
ops (see random_ops.py): the same graph seed replays the same candidates, but not TF's.
"""

import math
import collections

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import philox as _philox
from tensorweave.ops import random_ops as _random

_SAMPLER_ATTRS = [
    "num_true: int >= 1",
    "num_sampled: int >= 1",
    "unique: bool",
    "range_max: int >= 1",
    "seed: int = 0",
    "seed2: int = 0",
]
_SAMPLER_OUTPUTS = [
    "sampled_candidates: int64",
    "true_expected_count: float",
    "sampled_expected_count: float",
]


def _tf(name):
    return _api.EXPORTS[name]


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


# ------------------------------------------------------------------- distributions
def _log_uniform_probs(range_max):
    k = np.arange(range_max, dtype=np.float64)
    return (np.log(k + 2.0) - np.log(k + 1.0)) / np.log(range_max + 1.0)


def _draw(rng, probs, num_sampled, unique):
    """(samples, number of draws made): with `unique`, draws until num_sampled distinct ids."""
    cdf = np.cumsum(probs)
    cdf /= cdf[-1]
    if not unique:
        return np.minimum(
            np.searchsorted(cdf, rng.random(num_sampled), side="right"), len(probs) - 1
        ), num_sampled
    if num_sampled > np.count_nonzero(probs):
        raise _invalid(
            "Cannot sample %d unique candidates from %d with nonzero probability"
            % (num_sampled, np.count_nonzero(probs))
        )
    picked, seen, tries = [], set(), 0
    while len(picked) < num_sampled:
        batch = np.minimum(np.searchsorted(cdf, rng.random(2 * num_sampled), side="right"), len(probs) - 1)
        for v in batch.tolist():
            tries += 1
            if v not in seen:
                seen.add(v)
                picked.append(v)
                if len(picked) == num_sampled:
                    break
    return np.array(picked, np.int64), tries


def _expected(p, num_sampled, tries, unique):
    """Expected count of a class of probability p among the draws."""
    p = np.asarray(p, np.float64)
    if not unique or tries == num_sampled:
        return p * num_sampled
    return -np.expm1(tries * np.log1p(-np.minimum(p, 1.0 - 1e-16)))


class _Sampler(OpDef):
    """A candidate sampler over a fixed distribution `_probs(range_max, attrs)`."""

    def shape(self, true_classes, *, num_true, num_sampled):
        s = true_classes.shape
        if s.ndims is not None and s.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % s.ndims)
        dims = s.as_list() if s.ndims == 2 else [None, None]
        if dims[1] is not None and dims[1] != num_true:
            raise ValueError("Dimension must be %d but is %d" % (num_true, dims[1]))
        return [TensorShape([num_sampled]), TensorShape([dims[0], num_true]), TensorShape([num_sampled])]

    def _probs(self, range_max, attrs, ctx):
        raise NotImplementedError

    # TF's own draw of one candidate from the op's word stream, where reproduced (else None:
    # the op draws from NumPy's generator, seeded the same way).
    _tf_sample = None

    def _tf_sampler(self, attrs, ctx, range_max):
        """A function drawing one candidate as TF does from a word stream, or None."""
        if self._tf_sample is None:
            return None
        return lambda words: self._tf_sample(words, range_max)

    def _tf_draw(self, ctx, attrs, sample, num_sampled, unique):
        """TF's sampling: each run reserves 2048 words per sampled candidate; with `unique`,
        draws until num_sampled distinct ids (counting every draw)."""
        state = _random._philox(ctx, attrs["seed"], attrs["seed2"])
        counter = state.reserve_blocks(512 * num_sampled)
        words = _philox.words(_philox.PhiloxState.at(state.key, counter))
        sampled, seen, tries = [], set(), 0
        while len(sampled) < num_sampled:
            value = sample(words)
            tries += 1
            if unique:
                if value in seen:
                    continue
                seen.add(value)
            sampled.append(value)
        return np.array(sampled, np.int64), tries

    def kernel(self, ctx, true_classes, **attrs):
        num_true, num_sampled, unique = attrs["num_true"], attrs["num_sampled"], attrs["unique"]
        range_max = attrs.get("range_max", num_sampled)
        if true_classes.ndim != 2:
            raise _invalid("true_classes must be a matrix")
        if true_classes.shape[1] != num_true:
            raise _invalid(
                "true_classes must have num_true columns, expected: %d was: %d"
                % (num_true, true_classes.shape[1])
            )
        if unique and num_sampled > range_max:
            raise _invalid("Sampler's range is too small.")
        outside = (true_classes < 0) | (true_classes >= range_max)
        if outside.any():
            raise _invalid(
                "`true_candidate` out of range [0, %d), received %d"
                % (range_max, int(true_classes[outside][0]))
            )
        probs = self._probs(range_max, attrs, ctx)
        sample = self._tf_sampler(attrs, ctx, range_max)
        if sample is not None:
            sampled, tries = self._tf_draw(ctx, attrs, sample, num_sampled, unique)
        else:
            rng = _random._rng(ctx, attrs["seed"], attrs["seed2"])
            sampled, tries = _draw(rng, probs, num_sampled, unique)
        true_p = probs[true_classes]
        return [
            sampled.astype(np.int64),
            _expected(true_p, num_sampled, tries, unique).astype(np.float32),
            _expected(probs[sampled], num_sampled, tries, unique).astype(np.float32),
        ]

    grad = None


@register_op(
    "LogUniformCandidateSampler",
    inputs=["true_classes: int64"],
    outputs=_SAMPLER_OUTPUTS,
    attrs=_SAMPLER_ATTRS,
    stateful=True,
)
class LogUniformCandidateSampler(_Sampler):
    def _probs(self, range_max, attrs, ctx):
        return _log_uniform_probs(range_max)

    @staticmethod
    def _tf_sample(words, range_max):
        # exp(u * log(range_max + 1)) - 1, truncated, u a double from two words (high first)
        u = _philox.double_of_words(next(words), next(words))
        return int(math.exp(u * math.log1p(range_max))) - 1


@register_op(
    "UniformCandidateSampler",
    inputs=["true_classes: int64"],
    outputs=_SAMPLER_OUTPUTS,
    attrs=_SAMPLER_ATTRS,
    stateful=True,
)
class UniformCandidateSampler(_Sampler):
    def _probs(self, range_max, attrs, ctx):
        return np.full(range_max, 1.0 / range_max)

    @staticmethod
    def _tf_sample(words, range_max):
        low, high = next(words), next(words)
        return (low | (high << 32)) % range_max


def _unigram_weights(attrs):
    """Per-id weights of a FixedUnigramCandidateSampler: reserved ids, then the unigram counts
    (or the last column of each vocab_file line), raised to `distortion`; ids of other shards 0."""
    if attrs["vocab_file"]:
        from tensorweave.platform import gfile

        counts = []
        with gfile.GFile(attrs["vocab_file"]) as f:
            for line in f.read().splitlines():
                if line.strip():
                    counts.append(float(line.split(",")[-1]))
    else:
        counts = list(attrs["unigrams"])
    weights = np.array([0.0] * attrs["num_reserved_ids"] + counts, np.float64) ** attrs["distortion"]
    ids = np.arange(len(weights))
    weights[ids % attrs["num_shards"] != attrs["shard"]] = 0.0
    return weights


@register_op(
    "FixedUnigramCandidateSampler",
    inputs=["true_classes: int64"],
    outputs=_SAMPLER_OUTPUTS,
    attrs=_SAMPLER_ATTRS[:4]
    + [
        "vocab_file: string = ''",
        "distortion: float = 1.0",
        "num_reserved_ids: int = 0",
        "num_shards: int >= 1 = 1",
        "shard: int >= 0 = 0",
        "unigrams: list(float) = []",
    ]
    + _SAMPLER_ATTRS[4:],
    stateful=True,
)
class FixedUnigramCandidateSampler(_Sampler):
    def _probs(self, range_max, attrs, ctx):
        if bool(attrs["vocab_file"]) == bool(attrs["unigrams"]):
            raise _invalid("Must provide either vocab_file or unigrams.")
        weights = _unigram_weights(attrs)
        if len(weights) != range_max:
            raise _invalid(
                "range_max must equal the number of unigrams plus reserved ids: %d vs %d"
                % (range_max, len(weights))
            )
        return weights / weights.sum()

    def _tf_sampler(self, attrs, ctx, range_max):
        if attrs["num_shards"] != 1:
            return None  # (NumPy's generator)
        table = ctx.state.get("alias")
        if table is None:
            table = ctx.state["alias"] = _alias_table(_unigram_weights(attrs).astype(np.float32))
        prob, alt = table
        n = len(prob)

        def sample(words):
            # TF's DistributionSampler: a float from one word, a bucket from the next.
            r = _philox.float_of_word(next(words))
            idx = next(words) % n
            return idx if r < prob[idx] else alt[idx]

        return sample


def _alias_table(weights):
    """Walker's alias table as TF builds it: buckets of probability n * w / sum, each short one
    (last first) paired with the last long one, whose excess is carried on; what is left over
    (rounding) gets probability 1 and itself as alias. Probabilities are stored as float32."""
    n = len(weights)
    total = float(np.sum(weights, dtype=np.float64))
    pr = [float(w) * n / total for w in weights]
    alt = [-1] * n
    high = [i for i in range(n) if pr[i] >= 1.0]
    low = [i for i in range(n) if pr[i] < 1.0]
    while high and low:
        short, long_ = low.pop(), high.pop()
        alt[short] = long_
        pr[long_] -= 1.0 - pr[short]
        (low if pr[long_] < 1.0 else high).append(long_)
    prob = [np.float32(p) for p in pr]
    for i in high + low:
        prob[i], alt[i] = np.float32(1.0), i
    return prob, alt


@register_op(
    "LearnedUnigramCandidateSampler",
    inputs=["true_classes: int64"],
    outputs=_SAMPLER_OUTPUTS,
    attrs=_SAMPLER_ATTRS,
    stateful=True,
)
class LearnedUnigramCandidateSampler(_Sampler):
    """Samples from the counts of the true classes it has seen in this session (each id
    starting at one), updated after every batch."""

    def kernel(self, ctx, true_classes, **attrs):
        out = super().kernel(ctx, true_classes, **attrs)
        seen = true_classes[(true_classes >= 0) & (true_classes < attrs["range_max"])]
        np.add.at(self._counts(ctx, attrs["range_max"]), seen, 1.0)
        return out

    def _counts(self, ctx, range_max):
        counts = ctx.state.get("counts")
        if counts is None:
            counts = ctx.state["counts"] = np.ones(range_max, np.float64)
        return counts

    def _probs(self, range_max, attrs, ctx):
        counts = self._counts(ctx, range_max)
        return counts / counts.sum()


@register_op(
    "AllCandidateSampler",
    inputs=["true_classes: int64"],
    outputs=_SAMPLER_OUTPUTS,
    attrs=["num_true: int >= 1", "num_sampled: int >= 1", "unique: bool", "seed: int = 0", "seed2: int = 0"],
    stateful=True,
)
class AllCandidateSampler(_Sampler):
    def kernel(self, ctx, true_classes, **attrs):
        n = attrs["num_sampled"]
        if true_classes.ndim != 2 or true_classes.shape[1] != attrs["num_true"]:
            raise _invalid("true_classes must be a matrix with num_true columns")
        return [np.arange(n, dtype=np.int64), np.ones(true_classes.shape, np.float32), np.ones(n, np.float32)]


@register_op(
    "ComputeAccidentalHits",
    inputs=["true_classes: int64", "sampled_candidates: int64"],
    outputs=["indices: int32", "ids: int64", "weights: float"],
    attrs=["num_true: int", "seed: int = 0", "seed2: int = 0"],
)
class ComputeAccidentalHits(OpDef):
    def shape(self, true_classes, sampled_candidates, *, num_true):
        return [TensorShape([None])] * 3

    def kernel(self, true_classes, sampled_candidates, *, num_true):
        if true_classes.ndim != 2 or true_classes.shape[1] != num_true:
            raise _invalid(
                "true_classes must be a matrix with num_true columns, got shape [%s]"
                % ",".join(str(d) for d in true_classes.shape)
            )
        if sampled_candidates.ndim != 1:
            raise _invalid("sampled_candidates must be a vector")
        hits = (sampled_candidates[None, None, :] == true_classes[:, :, None]).any(axis=1)
        rows, cols = np.nonzero(hits)
        lowest = np.finfo(np.float32).max
        return [rows.astype(np.int32), cols.astype(np.int64), np.full(len(rows), -lowest, np.float32)]

    grad = None


# ---------------------------------------------------------------------------- wrappers
_RESULTS = {}


def _result(type_name, outputs):
    """The op's outputs as TF returns them: a namedtuple named after the op."""
    if type_name not in _RESULTS:
        fields = ["sampled_candidates", "true_expected_count", "sampled_expected_count"]
        if type_name == "ComputeAccidentalHits":
            fields = ["indices", "ids", "weights"]
        _RESULTS[type_name] = collections.namedtuple(type_name, fields)
    return _RESULTS[type_name](*outputs)


def _sampler(type_name, *exports):
    def sampler(true_classes, num_true, num_sampled, unique, range_max, seed=None, name=None):
        seed1, seed2 = _random.get_seed(seed)
        return _result(
            type_name,
            apply_op(
                type_name,
                [true_classes],
                {
                    "num_true": int(num_true),
                    "num_sampled": int(num_sampled),
                    "unique": bool(unique),
                    "range_max": int(range_max),
                    "seed": seed1 or 0,
                    "seed2": seed2 or 0,
                },
                name=name,
            ),
        )

    sampler.__name__ = exports[0].rpartition(".")[2]
    sampler.__doc__ = (
        "(sampled_candidates, true_expected_count, sampled_expected_count) drawn by a %s." % type_name
    )
    return tf_export(*exports)(sampler)


log_uniform_candidate_sampler = _sampler(
    "LogUniformCandidateSampler", "random.log_uniform_candidate_sampler", "nn.log_uniform_candidate_sampler"
)
uniform_candidate_sampler = _sampler(
    "UniformCandidateSampler", "random.uniform_candidate_sampler", "nn.uniform_candidate_sampler"
)
learned_unigram_candidate_sampler = _sampler(
    "LearnedUnigramCandidateSampler",
    "random.learned_unigram_candidate_sampler",
    "nn.learned_unigram_candidate_sampler",
)


@tf_export("random.fixed_unigram_candidate_sampler", "nn.fixed_unigram_candidate_sampler")
def fixed_unigram_candidate_sampler(
    true_classes,
    num_true,
    num_sampled,
    unique,
    range_max,
    vocab_file="",
    distortion=1.0,
    num_reserved_ids=0,
    num_shards=1,
    shard=0,
    unigrams=(),
    seed=None,
    name=None,
):
    """Samples from the unigram counts given as `unigrams` or read from `vocab_file`."""
    seed1, seed2 = _random.get_seed(seed)
    return _result(
        "FixedUnigramCandidateSampler",
        apply_op(
            "FixedUnigramCandidateSampler",
            [true_classes],
            {
                "num_true": int(num_true),
                "num_sampled": int(num_sampled),
                "unique": bool(unique),
                "range_max": int(range_max),
                "vocab_file": vocab_file,
                "distortion": float(distortion),
                "num_reserved_ids": int(num_reserved_ids),
                "num_shards": int(num_shards),
                "shard": int(shard),
                "unigrams": [float(u) for u in unigrams],
                "seed": seed1 or 0,
                "seed2": seed2 or 0,
            },
            name=name,
        ),
    )


@tf_export("random.all_candidate_sampler", "nn.all_candidate_sampler")
def all_candidate_sampler(true_classes, num_true, num_sampled, unique, seed=None, name=None):
    """The classes 0 .. num_sampled - 1, each with expected count 1."""
    seed1, seed2 = _random.get_seed(seed)
    return _result(
        "AllCandidateSampler",
        apply_op(
            "AllCandidateSampler",
            [true_classes],
            {
                "num_true": int(num_true),
                "num_sampled": int(num_sampled),
                "unique": bool(unique),
                "seed": seed1 or 0,
                "seed2": seed2 or 0,
            },
            name=name,
        ),
    )


@tf_export("nn.compute_accidental_hits")
def compute_accidental_hits(true_classes, sampled_candidates, num_true, seed=None, name=None):
    """(row indices, sampled positions, -FLT_MAX weights) of the sampled candidates that equal a
    true class of their row."""
    seed1, seed2 = _random.get_seed(seed)
    return _result(
        "ComputeAccidentalHits",
        apply_op(
            "ComputeAccidentalHits",
            [true_classes, sampled_candidates],
            {"num_true": int(num_true), "seed": seed1 or 0, "seed2": seed2 or 0},
            name=name,
        ),
    )


# ------------------------------------------------------------------------ sampled losses
def _sum_rows(x):
    """The row sums of a matrix, as TF computes them (a matmul with ones)."""
    cols = _tf("shape")(x)[1]
    ones = _tf("ones")(_tf("stack")([cols, 1]), x.dtype)
    return _tf("reshape")(_tf("matmul")(x, ones), [-1])


def _compute_sampled_logits(
    weights,
    biases,
    labels,
    inputs,
    num_sampled,
    num_classes,
    num_true=1,
    sampled_values=None,
    subtract_log_q=True,
    remove_accidental_hits=False,
    partition_strategy="mod",
    name=None,
    seed=None,
):
    """(logits, labels) over each row's true classes followed by the shared sampled ones."""
    weights = list(weights) if isinstance(weights, (list, tuple)) else [weights]
    with name_scope(name, "compute_sampled_logits", weights + [biases, inputs, labels]):
        if labels.dtype.base_dtype != _dtypes.int64:
            labels = _tf("cast")(labels, _dtypes.int64)
        labels_flat = _tf("reshape")(labels, [-1])
        if sampled_values is None:
            sampled_values = log_uniform_candidate_sampler(
                true_classes=labels,
                num_true=num_true,
                num_sampled=num_sampled,
                unique=True,
                range_max=num_classes,
                seed=seed,
            )
        sampled, true_expected_count, sampled_expected_count = (
            _tf("stop_gradient")(s) for s in sampled_values
        )
        sampled = _tf("cast")(sampled, _dtypes.int64)
        all_ids = _tf("concat")([labels_flat, sampled], 0)
        all_w = _tf("nn.embedding_lookup")(weights, all_ids, partition_strategy=partition_strategy)
        if all_w.dtype.base_dtype != inputs.dtype.base_dtype:
            all_w = _tf("cast")(all_w, inputs.dtype)
        shape, stack, slice_ = _tf("shape"), _tf("stack"), _tf("slice")
        true_w = slice_(all_w, [0, 0], stack([shape(labels_flat)[0], -1]))
        sampled_w = slice_(all_w, stack([shape(labels_flat)[0], 0]), [-1, -1])
        sampled_logits = _tf("matmul")(inputs, sampled_w, transpose_b=True)
        all_b = _tf("nn.embedding_lookup")(biases, all_ids, partition_strategy=partition_strategy)
        if all_b.dtype.base_dtype != inputs.dtype.base_dtype:
            all_b = _tf("cast")(all_b, inputs.dtype)
        true_b = slice_(all_b, [0], shape(labels_flat))
        sampled_b = slice_(all_b, shape(labels_flat), [-1])
        dim = shape(true_w)[1:2]
        new_true_w_shape = _tf("concat")([[-1, num_true], dim], 0)
        row_wise_dots = _tf("multiply")(
            _tf("expand_dims")(inputs, 1), _tf("reshape")(true_w, new_true_w_shape)
        )
        dots_as_matrix = _tf("reshape")(row_wise_dots, _tf("concat")([[-1], dim], 0))
        true_logits = _tf("reshape")(_sum_rows(dots_as_matrix), [-1, num_true])
        true_b = _tf("reshape")(true_b, [-1, num_true])
        true_logits += true_b
        sampled_logits += sampled_b
        if remove_accidental_hits:
            acc_indices, acc_ids, acc_weights = compute_accidental_hits(labels, sampled, num_true=num_true)
            acc_indices_2d = _tf("reshape")(acc_indices, [-1, 1])
            acc_ids_2d = _tf("reshape")(_tf("cast")(acc_ids, _dtypes.int32), [-1, 1])
            sparse_indices = _tf("concat")([acc_indices_2d, acc_ids_2d], 1, "sparse_indices")
            logits_shape = _tf("concat")([shape(labels)[:1], _tf("expand_dims")(num_sampled, 0)], 0)
            if sampled_logits.dtype.base_dtype != acc_weights.dtype.base_dtype:
                acc_weights = _tf("cast")(acc_weights, sampled_logits.dtype)
            sampled_logits += apply_op(
                "SparseToDense", [sparse_indices, logits_shape, acc_weights, 0.0], {"validate_indices": False}
            )
        if subtract_log_q:
            true_logits -= _tf("log")(true_expected_count)
            sampled_logits -= _tf("log")(sampled_expected_count)
        out_logits = _tf("concat")([true_logits, sampled_logits], 1)
        out_labels = _tf("concat")(
            [_tf("ones_like")(true_logits) / num_true, _tf("zeros_like")(sampled_logits)], 1
        )
        return out_logits, out_labels


@tf_export("nn.nce_loss")
def nce_loss(
    weights,
    biases,
    labels,
    inputs,
    num_sampled,
    num_classes,
    num_true=1,
    sampled_values=None,
    remove_accidental_hits=False,
    partition_strategy="mod",
    name="nce_loss",
):
    """Noise-contrastive estimation loss per example: logistic losses of the true classes
    and `num_sampled` sampled ones (log-uniform by default), summed."""
    logits, labels = _compute_sampled_logits(
        weights=weights,
        biases=biases,
        labels=labels,
        inputs=inputs,
        num_sampled=num_sampled,
        num_classes=num_classes,
        num_true=num_true,
        sampled_values=sampled_values,
        subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits,
        partition_strategy=partition_strategy,
        name=name,
    )
    losses = _tf("nn.sigmoid_cross_entropy_with_logits")(labels=labels, logits=logits, name="sampled_losses")
    return _sum_rows(losses)


@tf_export("nn.sampled_softmax_loss")
def sampled_softmax_loss(
    weights,
    biases,
    labels,
    inputs,
    num_sampled,
    num_classes,
    num_true=1,
    sampled_values=None,
    remove_accidental_hits=True,
    partition_strategy="mod",
    name="sampled_softmax_loss",
    seed=None,
):
    """Softmax cross entropy over each example's true classes and `num_sampled` sampled ones."""
    logits, labels = _compute_sampled_logits(
        weights=weights,
        biases=biases,
        labels=labels,
        inputs=inputs,
        num_sampled=num_sampled,
        num_classes=num_classes,
        num_true=num_true,
        sampled_values=sampled_values,
        subtract_log_q=True,
        remove_accidental_hits=remove_accidental_hits,
        partition_strategy=partition_strategy,
        name=name,
        seed=seed,
    )
    labels = _tf("stop_gradient")(labels, name="labels_stop_gradient")
    return _tf("nn.softmax_cross_entropy_with_logits_v2")(labels=labels, logits=logits)
