"""reports layer of cafe-pos."""
