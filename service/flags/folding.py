"""The folding of service.understanding.folding, under its former name in this package.

Flags compare letters in the folded form the understanding step produces; there is one `fold`. This name
stays only for modules that have not switched their import yet (competence, matters, bodies,
letter_flags); new code imports service.understanding.folding.
"""

from service.understanding.folding import fold

__all__ = ["fold"]
