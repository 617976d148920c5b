"""Thai and Lao lines break between words (locale/wordbreaks.py): ICU's dictionary break iterator,
asked through its C interface, marks where with zero-width spaces, which Qt breaks at."""

from mouplanner.locale.wordbreaks import ZWSP, available, breakable, words

THAI = "การประชุมคณะทำงานร่วมด้านเทคโนโลยีดิจิทัลระหว่างกระทรวง"
LAO = "ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມດ້ານເຕັກໂນໂລຊີດິຈິຕອນລະຫວ່າງກະຊວງ"


def test_icu_is_found_where_the_app_runs():
    assert available()


def test_thai_and_lao_are_cut_into_words():
    assert words(THAI) == ["การ", "ประชุม", "คณะ", "ทำงาน", "ร่วม", "ด้าน", "เทคโนโลยี", "ดิจิทัล", "ระหว่าง",
                           "กระทรวง"]
    assert words(LAO)[:6] == ["ກອງ", "ປະຊຸມ", "ຄະນະ", "ເຮັດວຽກ", "ຮ່ວມ", "ດ້ານ"]
    assert words(LAO)[-2:] == ["ລະຫວ່າງ", "ກະຊວງ"]


def test_only_thai_and_lao_runs_get_marks_and_the_text_is_kept():
    for text in (THAI, LAO, "MOU on ICT การศึกษา 2561 😀 ความร่วมมือ", "plain English, 7 February 2018", ""):
        marked = breakable(text)
        assert marked.replace(ZWSP, "") == text
        assert breakable(marked) == marked  # (again: nothing more)
        assert all("\u0e00" <= marked[i - 1] <= "\u0eff" and "\u0e00" <= marked[i + 1] <= "\u0eff"
                   for i, ch in enumerate(marked) if ch == ZWSP)
    assert breakable("plain English") == "plain English"
    assert breakable("😀 การศึกษา") == "😀 การ" + ZWSP + "ศึกษา"  # (an emoji is two UTF-16 units)
