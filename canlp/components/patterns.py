"""What the pattern-based components share: patterns built from the knowledge base, saved to disk.

Like spaCy's ``entity_ruler``, a component keeps its patterns as plain JSON
records and writes them to ``patterns.jsonl`` in ``to_disk``, so a saved
pipeline carries the patterns it was built with.
"""

from pathlib import Path

import srsly


class PatternComponent:
    """Base of ``canlp_states`` and ``canlp_officials``; subclasses define ``build`` and ``set_patterns``."""

    def __init__(self, nlp, name, patterns=None):
        self.nlp = nlp
        self.name = name
        if patterns is None:
            from canlp.kb import load_kb

            patterns = self.build(load_kb())
        self.set_patterns(patterns)

    @staticmethod
    def build(kb):
        raise NotImplementedError

    def set_patterns(self, patterns):
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.patterns)

    def from_disk(self, path, exclude=tuple()):
        self.set_patterns(srsly.read_jsonl(Path(path) / "patterns.jsonl"))
        return self

    def to_bytes(self, exclude=tuple()):
        return srsly.msgpack_dumps({"patterns": self.patterns})

    def from_bytes(self, data, exclude=tuple()):
        self.set_patterns(srsly.msgpack_loads(data)["patterns"])
        return self
