#!/bin/bash
# Reproduce the parser measurement (not part of Warta; about 20 minutes on one core).
#   bash scripts/parser_experiment/run.sh ../shared/data /tmp/parser_exp
set -euo pipefail
DATA=$(realpath "$1"); WORK=$2; HERE=$(dirname "$(realpath "$0")")
mkdir -p "$WORK" && cd "$WORK"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q "spacy==3.8.18"; }
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
venv/bin/python "$HERE/split.py" "$DATA"
mkdir -p corpus
for s in train dev test; do venv/bin/python -m spacy convert "data/$s.conllu" corpus/ -c conllu -n 10 -t spacy; done
taskset -c 1 venv/bin/python -m spacy train "$HERE/config.cfg" --output training \
    --paths.train corpus/train.spacy --paths.dev corpus/dev.spacy --gpu-id -1
venv/bin/python -m spacy evaluate training/model-best corpus/test.spacy
venv/bin/python "$HERE/eval_goldsent.py" training/model-best corpus/test.spacy
taskset -c 1 venv/bin/python "$HERE/bench.py" training/model-best
