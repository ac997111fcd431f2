"""The Caisse section: drawer opening, cash in/out, X reading, counting and Z."""
