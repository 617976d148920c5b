"""Offline exchange between laptops: copies with their own replica identity, change files sent by
e-mail or USB stick, and a field-by-field merge on the change journal that converges and shows
every real conflict to a person. No Qt, no server."""
