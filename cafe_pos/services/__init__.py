"""services layer of cafe-pos."""
