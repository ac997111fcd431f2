"""devices layer of cafe-pos."""
