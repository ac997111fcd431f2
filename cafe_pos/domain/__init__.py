"""domain layer of cafe-pos."""
