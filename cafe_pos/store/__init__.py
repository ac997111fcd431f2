"""store layer of cafe-pos."""
