from mouplanner.batches import KEYS, ROWS, in_chunks


def test_in_chunks_gives_every_item_once_in_order_in_slices_of_at_most_size():
    items = list(range(1234))
    chunks = list(in_chunks(items, 500))
    assert [len(c) for c in chunks] == [500, 500, 234] and [i for c in chunks for i in c] == items
    assert list(in_chunks([], ROWS)) == [] and ROWS < KEYS < 32_766  # (SQLite's parameter limit)
