"""Hold out 10% of UD Indonesian-CSUI train as dev (fixed seed); test stays untouched.

    python split.py SHARED_DATA_DIR   # writes data/{train,dev,test}.conllu in the current folder
"""
import random
import shutil
import sys
from pathlib import Path

ud = Path(sys.argv[1]) / "ud_indonesian_csui"
blocks = [b for b in (ud / "id_csui-ud-train.conllu").read_text(encoding="utf-8").strip().split("\n\n") if b.strip()]
order = list(range(len(blocks)))
random.Random(42).shuffle(order)
dev = set(order[:round(len(blocks) * 0.10)])
Path("data").mkdir(exist_ok=True)
with open("data/train.conllu", "w", encoding="utf-8") as ft, open("data/dev.conllu", "w", encoding="utf-8") as fd:
    for i, b in enumerate(blocks):
        (fd if i in dev else ft).write(b + "\n\n")
shutil.copy(ud / "id_csui-ud-test.conllu", "data/test.conllu")
print(len(blocks), len(blocks) - len(dev), len(dev))
