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
    "Fingerprint": [
        # FarmHash Fingerprint64 of each row, as 8 little-endian bytes.
        Case([S("", "a", "hello world", "x" * 70), S("farmhash64")], lambda x, m: np.array(
            [[79, 64, 144, 47, 59, 106, 225, 154], [227, 117, 223, 182, 101, 66, 69, 179],
             [27, 176, 214, 139, 71, 183, 143, 88], [129, 209, 41, 241, 65, 12, 188, 75]], np.uint8),
             const=(1,), name="strings"),
        Case([S([["a", "b"], ["c", "d"], ["e", "f"]]), S("farmhash64")], lambda x, m: np.array(
            [[122, 64, 59, 169, 136, 60, 55, 83], [52, 252, 224, 38, 64, 226, 155, 60],
             [126, 162, 195, 107, 236, 27, 143, 247]], np.uint8), const=(1,), name="string_rows"),
        Case([np.array([[1, 2, 3], [4, 5, 6]], np.int32), S("farmhash64")], lambda x, m: np.array(
            [[197, 243, 108, 84, 102, 77, 162, 216], [168, 91, 168, 112, 25, 85, 121, 5]], np.uint8),
             const=(1,), name="int32_rows"),
        Case([np.zeros((0, 3), I64), S("farmhash64")], lambda x, m: np.zeros((0, 8), np.uint8),
             const=(1,), name="empty"),
    ],
}
