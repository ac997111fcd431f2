"""fiscal layer of cafe-pos."""
