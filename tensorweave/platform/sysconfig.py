"""tf.sysconfig for tensorweave itself.

tensorweave is pure Python on NumPy: it has no C++ headers, no shared library and no custom-op
ABI, so the compile and link flags are empty and `get_include` / `get_lib` name the directory of
the tensorweave package. `get_build_info` reports a build without CUDA, ROCm or TensorRT.
"""

import collections
import os

CXX11_ABI_FLAG = 0
CXX_VERSION = 0  # no C++ is compiled
MONOLITHIC_BUILD = 0


def _package_dir():
    import tensorweave

    return os.path.dirname(os.path.abspath(tensorweave.__file__))


def get_include():
    """The tensorweave package directory (there are no C++ headers to include)."""
    return _package_dir()


def get_lib():
    """The tensorweave package directory (there is no shared library to link)."""
    return _package_dir()


def get_compile_flags():
    """[]: tensorweave has no C++ API, so custom C++ ops cannot be built against it."""
    return []


def get_link_flags():
    """[]: there is no tensorweave library to link."""
    return []


def get_build_info():
    """How this build was made: pure Python, no CUDA, ROCm or TensorRT."""
    return collections.OrderedDict(
        [("is_cuda_build", False), ("is_rocm_build", False), ("is_tensorrt_build", False)])
