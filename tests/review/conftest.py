from tests.review.fixtures import install

__all__ = ["install"]
