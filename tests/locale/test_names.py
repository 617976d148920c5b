from mouplanner.locale.text import sort_key, without_honorifics


def test_titles_are_not_part_of_the_name():
    assert without_honorifics("H.E. Mr. Thansamay Kommasith") == "Thansamay Kommasith"
    assert without_honorifics("นางสาวศิริพร ชัยภูมิ") == "ศิริพร ชัยภูมิ"
    assert without_honorifics("ดร.พิเชฐ ดุรงคเวโรจน์") == "พิเชฐ ดุรงคเวโรจน์"
    assert without_honorifics("ທ່ານ ນາງ ວິໄລວັນ") == "ວິໄລວັນ"
    assert without_honorifics("Mr.") == "Mr."  # nothing else to go by


def test_names_sort_by_the_name_and_thai_leading_vowels_follow_their_consonant():
    names = ["Mr. Somphone", "Dr. Pichet", "Ms. Khamla"]
    assert sorted(names, key=sort_key) == ["Ms. Khamla", "Dr. Pichet", "Mr. Somphone"]
    assert sorted(["นายแก้ว", "นายขวัญ", "นายกมล"], key=sort_key) == ["นายกมล", "นายแก้ว", "นายขวัญ"]
