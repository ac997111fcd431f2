"""The Presse section: press on consignment and the money the café holds for others."""
