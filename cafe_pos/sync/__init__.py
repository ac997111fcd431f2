"""sync layer of cafe-pos."""
