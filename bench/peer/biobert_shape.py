"""Writes a model with BioBERT's shape and random weights, to stand in for BioBERT.

    docker run --rm -i -v OUT_DIR:/out zivo/ml-worker python - /out < bench/peer/biobert_shape.py

It runs where torch and transformers are, i.e. in the worker image (bench/deploy.py runs it so), which is
why it sits with the peer files outside Pants: bench/ itself may not import the ML libraries.

BioBERT v1.1 (dmis-lab/biobert-base-cased-v1.1) is a BERT-base-cased: vocabulary 28,996, 12 layers,
hidden size 768, 12 heads, intermediate 3,072, 512 positions. Its weights cannot be downloaded here, so
image size, memory and speed are measured with a model of the same shape (same tensors, same bytes on disk)
whose weights are random, seeded, so the directory and its content hash are the same on every run. It is
saved as a plain Hugging Face checkpoint, which zivo's embedder loads with mean pooling.
The WordPiece vocabulary holds the words and word pieces of zivo's labelled lab names first (so names
tokenize into as few pieces as with a real vocabulary), padded to 28,996 entries. Never commit the output.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from importlib import resources
from pathlib import Path

VOCAB_SIZE = 28_996
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def lab_words() -> list[str]:
    """Words of the labelled lab names shipped with zivo.ml, most frequent first."""
    counts: dict[str, int] = {}
    data = resources.files("zivo.ml.categorization") / "data"
    for entry in data.iterdir():
        if entry.name.endswith(".csv"):
            for row in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
                for word in re.findall(r"\w+|[^\w\s]", row.get("name", "")):
                    counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))


def vocabulary() -> list[str]:
    chars = [chr(c) for c in range(33, 127)]
    tokens = SPECIAL + chars + [f"##{c}" for c in chars if c.isalnum()] + lab_words()
    seen: set[str] = set()
    unique = [t for t in tokens if not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]
    unique = unique[:VOCAB_SIZE]
    unique += [f"[unused{i}]" for i in range(VOCAB_SIZE - len(unique))]
    return unique


def write(out: Path) -> None:
    import torch
    from transformers import BertConfig, BertModel, BertTokenizer

    out.mkdir(parents=True, exist_ok=True)
    tokens = vocabulary()
    tokenizer = BertTokenizer(vocab={token: i for i, token in enumerate(tokens)}, do_lower_case=False)
    if len(tokenizer) != VOCAB_SIZE:
        raise RuntimeError(f"the tokenizer holds {len(tokenizer)} tokens, not {VOCAB_SIZE}")
    tokenizer.save_pretrained(out)
    config = BertConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=768,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=3072,
        max_position_embeddings=512,
    )
    torch.manual_seed(0)
    BertModel(config).save_pretrained(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="directory the model is written to")
    args = parser.parse_args()
    write(args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
