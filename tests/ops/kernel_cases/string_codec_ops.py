"""Kernel cases for tensorweave/ops/string_codec_ops.py: expected values recorded from TF 2.21."""

import numpy as np

from kernel_cases._common import I64, Case
from kernel_cases.strings import S

CASES = {
    "EncodeBase64": [
        Case([S([["hello", ""], [b"\xc3\xbf\xc3\xbe", "ab?>"]])],
             lambda x: S([["aGVsbG8", ""], ["w7_Dvg", "YWI_Pg"]]), name="web_safe_unpadded"),
        Case([S("a", "ab")], lambda x: S("YQ==", "YWI="), {"pad": True}, name="padded"),
    ],
    "DecodeBase64": [
        Case([S([["aGVsbG8", "aGVsbG8="], ["", "YWI_Pg"]])], lambda x: S([["hello", "hello"], ["", "ab?>"]]),
             name="with_and_without_padding"),
    ],
    "StringToHashBucketStrong": [
        # SipHash-2-4 under the key, mod num_buckets.
        Case([S("", "a", "hello", "hello world")],
             lambda x: np.array([436933189, 142192448, 889399473, 503275796], I64),
             {"num_buckets": 1000000007, "key": [1, 2]}, name="vector"),
        Case([S([["a", "b"]])], lambda x: np.array([[3, 8]], I64),
             {"num_buckets": 10, "key": [123456789, 2 ** 40 + 7]}, name="matrix_big_key"),
    ],
}
