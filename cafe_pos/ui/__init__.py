"""ui layer of cafe-pos."""
