"""Session.partial_run: one step of a graph run in several calls, feeding and fetching as it goes.

A partial run remembers what each call fed and computed. A later call feeds all of that back, so
ops already run are not run again (a random op gives the same value to every call of the run,
a variable update happens once). Values held by outputs that cannot be fed back (variables,
resource handles) are recomputed; an op fetched without outputs runs again if a later fetch
depends on it through a control edge.
"""

import itertools

from tensorweave.client.fetch import FetchMapper, expand_sparse_feeds
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors

_handles = itertools.count()
# Ops whose outputs stand for state rather than a value computed by this run.
_NOT_FED_BACK = frozenset(["VariableV2", "Variable", "VarHandleOp", "Placeholder", "PlaceholderV2"])
_PLACEHOLDERS = frozenset(["Placeholder", "PlaceholderV2"])


def _invalid(message):
    # NOTE: TF 2.21 reports partial-run errors as run errors: "Graph execution error:" first.
    return errors.InvalidArgumentError(None, None, "Graph execution error:\n\n" + message)


class PartialRun:
    """The state of one partial run: what it may feed and fetch, and what it has so far."""

    def __init__(self, session, fetches, feeds):
        graph = session.graph
        mapper = FetchMapper(graph, fetches)
        self.fetchable = set(mapper.tensors) | set(mapper.targets)
        self.feedable = [session._feed_tensor(f) for f in (feeds or [])]
        for t in self.feedable:
            if t in self.fetchable:
                raise _invalid("%s is both fed and fetched." % t.name)
        self.fed = {}  # tensor -> value fed by the user
        self.computed = {}  # tensor -> value computed by an earlier call
        self.fetched = set()

    def run(self, session, fetches, feed_dict):
        graph = session.graph
        feeds = {}
        if feed_dict:
            for key, value in expand_sparse_feeds(feed_dict).items():
                t = session._feed_tensor(key)
                if t not in self.feedable:
                    raise _invalid("The feed %s was not specified in partial_run_setup." % t.name)
                if t in self.fed or t in feeds:
                    raise _invalid("The feed %s has already been fed." % t.name)
                feeds[t] = value
        mapper = FetchMapper(graph, fetches)
        for el in mapper.tensors + mapper.targets:
            if el not in self.fetchable:
                raise _invalid("The fetch %s was not specified in partial_run_setup." % el.name)
            if el in self.fetched:
                raise _invalid("The fetch %s has already been fetched." % el.name)
        known = dict(self.computed)
        known.update(self.fed)
        known.update(feeds)
        extra = self._intermediates(graph, mapper, known)
        tensors = mapper.tensors + extra
        values = session.run(tensors + mapper.targets, feed_dict=known or None)
        self.fed.update(feeds)
        self.fetched.update(mapper.tensors)
        self.fetched.update(mapper.targets)
        for t, v in zip(tensors, values):
            if t not in feeds:
                self.computed[t] = v
        return mapper.build(values[:len(mapper.tensors)])

    def done(self):
        """Whether every feed was fed and every fetch fetched: TF then forgets the run."""
        return self.fetched >= self.fetchable and all(t in self.fed for t in self.feedable)

    def _intermediates(self, graph, mapper, known):
        """Outputs of the ops this call runs that a later call can feed back instead of
        recomputing them. Raises InvalidArgumentError when a fetch needs an unfed feed."""
        wanted = set(mapper.tensors)
        extra = []
        seen = set()
        for el in mapper.tensors + mapper.targets:
            stack = [el.op if el in wanted else el]
            if el in known:
                continue
            while stack:
                op = stack.pop()
                if op in seen:
                    continue
                seen.add(op)
                if op.type in _PLACEHOLDERS and op.outputs[0] not in known:
                    if op.outputs[0] in self.feedable:
                        raise _invalid("Fetch %s can't be computed from the feeds that have been fed "
                                       "so far." % op.outputs[0].name)
                    continue  # not one of this run's feeds: the run reports it
                if op.type not in _NOT_FED_BACK:
                    for t in op.outputs:
                        if t not in known and t not in wanted and _can_feed_back(graph, t):
                            extra.append(t)
                # Reversed: the first input is walked first, so the first unfed feed is named.
                stack.extend(reversed(op.control_inputs))
                stack.extend(reversed([t.op for t in op.inputs if t not in known]))
        return extra


def _can_feed_back(graph, t):
    base = t.dtype.base_dtype
    return base not in (_dtypes.resource, _dtypes.variant) and graph.is_feedable(t) \
        and graph.is_fetchable(t)


def new_handle():
    return "partial_run_%d" % next(_handles)
