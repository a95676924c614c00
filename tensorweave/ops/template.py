"""tf.make_template: wraps a function so that every call shares the variables of the first."""

import functools
import traceback

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.training import variable_scope as vs


def _collection(name):
    return list(context.get_default_graph().get_collection(name))


class Template:
    """A function whose variables are created on the first call and reused by later ones."""

    def __init__(self, name, func, create_scope_now=False, unique_name=None, custom_getter=None,
                 create_graph_function=False):
        self._func = func
        self._name = name
        self._unique_name = unique_name
        self._custom_getter = custom_getter
        self._stacktrace = traceback.format_stack()[:-2]
        self._variables_created = False
        self._variable_scope = None
        if create_scope_now:
            with vs.variable_scope(unique_name, name, custom_getter=custom_getter) as scope:
                self._variable_scope = scope

    def _call_func(self, args, kwargs):
        before = len(_collection("trainable_variables"))
        result = self._func(*args, **kwargs)
        trainable = _collection("trainable_variables")
        if self._variables_created:
            if len(trainable) != before:
                raise ValueError(
                    "Trainable variable created when calling a template after the first time, perhaps "
                    "you used tf.Variable when you meant tf.get_variable: %s\n\noriginally defined at:\n%s"
                    % (trainable[before:], "".join(self._stacktrace[-4:])))
        else:
            self._variables_created = True
        return result

    def __call__(self, *args, **kwargs):
        if self._variable_scope is not None:
            reuse = True if self._variables_created else None
            with vs.variable_scope(self._variable_scope, reuse=reuse):
                return self._call_func(args, kwargs)
        with vs.variable_scope(self._unique_name, self._name, custom_getter=self._custom_getter) as scope:
            self._variable_scope = scope
            return self._call_func(args, kwargs)

    @property
    def name(self):
        return self._name

    @property
    def func(self):
        return self._func

    @property
    def variable_scope(self):
        return self._variable_scope

    @property
    def variable_scope_name(self):
        if self._variable_scope is None:
            return None
        name = self._variable_scope.name
        return name + "/" if name else name

    def _scoped(self, collection):
        prefix = self.variable_scope_name
        if prefix is None:
            return []
        return [v for v in _collection(collection) if v.name.startswith(prefix)]

    @property
    def variables(self):
        return self._scoped("variables")

    @property
    def global_variables(self):
        return self._scoped("variables")

    @property
    def trainable_variables(self):
        return self._scoped("trainable_variables")

    @property
    def non_trainable_variables(self):
        trainable = set(id(v) for v in self.trainable_variables)
        return [v for v in self.global_variables if id(v) not in trainable]

    @property
    def local_variables(self):
        return self._scoped("local_variables")

    @property
    def weights(self):
        return self.variables

    @property
    def trainable_weights(self):
        return self.trainable_variables

    @property
    def non_trainable_weights(self):
        return self.non_trainable_variables


@tf_export("make_template")
def make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None,
                  **kwargs):
    """Wraps `func_` so that all calls share the variables (tf.get_variable) of the first call."""
    if kwargs:
        func_ = functools.partial(func_, **kwargs)
    return Template(name_, func_, create_scope_now=create_scope_now_, unique_name=unique_name_,
                    custom_getter=custom_getter_)
