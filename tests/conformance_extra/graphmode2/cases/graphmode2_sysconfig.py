# tf.sysconfig: types of the answers and the build info of a CPU build.
from prelude import tf, np, rnd

print(type(tf.sysconfig.get_include()).__name__, type(tf.sysconfig.get_lib()).__name__)
print(type(tf.sysconfig.get_compile_flags()).__name__, type(tf.sysconfig.get_link_flags()).__name__)
info = tf.sysconfig.get_build_info()
print(info["is_cuda_build"], info["is_rocm_build"], info["is_tensorrt_build"])
print(tf.sysconfig.MONOLITHIC_BUILD, tf.test.is_built_with_rocm(), tf.test.is_gpu_available())
