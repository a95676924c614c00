"""Run under a Python that has TensorBoard installed, never under tensorweave; used by
test_tensorboard.py.

    python tensorboard_check.py LOGDIR RUN SCALAR_TAG

Starts the real TensorBoard HTTP server on a free local port over LOGDIR, waits until it has
loaded RUN, and prints one JSON object with its answers: runs, scalar tags, the scalar series of
SCALAR_TAG as [step, value] pairs, histogram and text tags, graph info, and the names of the
graph's nodes. The server stops when this script exits.
"""

import json
import re
import sys
import time
import urllib.parse
import urllib.request

from tensorboard import program


def main(logdir, run, tag):
    board = program.TensorBoard()
    board.configure(
        argv=[
            None,
            "--logdir",
            logdir,
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--reload_interval",
            "1",
            "--load_fast",
            "false",
        ]
    )
    base = board.launch().rstrip("/")

    def get(path, parse=True):
        with urllib.request.urlopen(base + path, timeout=30) as reply:
            body = reply.read().decode()
        return json.loads(body) if parse else body

    quoted = "run=%s&tag=%s" % (urllib.parse.quote(run), urllib.parse.quote(tag))
    deadline = time.time() + 120
    while True:
        scalar_tags = get("/data/plugin/scalars/tags")
        if tag in scalar_tags.get(run, {}) or time.time() > deadline:
            break
        time.sleep(0.5)
    graph = get("/data/plugin/graphs/graph?run=%s&conceptual=false" % urllib.parse.quote(run), parse=False)
    print(
        json.dumps(
            {
                "runs": get("/data/runs"),
                "scalar_tags": {r: sorted(tags) for r, tags in scalar_tags.items()},
                "scalars": [
                    [step, value] for _, step, value in get("/data/plugin/scalars/scalars?" + quoted)
                ],
                "histogram_tags": {
                    r: sorted(tags) for r, tags in get("/data/plugin/histograms/tags").items()
                },
                "text_tags": get("/data/plugin/text/tags"),
                "graph_info": get("/data/plugin/graphs/info"),
                "graph_nodes": re.findall(r'^node \{\n  name: "([^"]+)"', graph, re.MULTILINE),
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
