"""Building graphs: Graph, Operation, Tensor, scopes, dtypes, shapes, devices, errors."""
