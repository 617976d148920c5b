from types import SimpleNamespace

from mouplanner.locale.text import display, pick, pick_field


def test_pick_prefers_the_language_then_falls_back_and_says_so():
    titles = {"en": "Training", "th": "การฝึกอบรม", "lo": ""}
    assert pick(titles, "th") == ("การฝึกอบรม", None)
    assert pick(titles, "lo") == ("การฝึกอบรม", "th")  # Lao readers read Thai before English
    assert pick({"en": "", "th": "", "lo": "ຝຶກ"}, "en") == ("ຝຶກ", "lo")
    assert pick({"en": "X"}, "th") == ("X", "en")
    assert pick({}, "en") == ("", None)


def test_pick_field_and_display():
    row = SimpleNamespace(title_en="MOU", title_th="", title_lo="ບົດບັນທຶກ")
    assert pick_field(row, "title", "th") == ("MOU", "en")
    assert display(row, "lo") == "ບົດບັນທຶກ"
